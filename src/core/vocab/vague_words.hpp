// Words that make a target impossible to assess (data/vocab/vague.tsv): vague-target.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jixiao::core {

struct VagueWords {
  std::vector<std::string> vague;        // header_keys of whole values (效果良好, 稳定)
  std::vector<std::string> growth;       // whole values saying only "more" (有所提升), or after a base
  std::vector<std::string> hollow;       // how a value saying only "it works" ends (效果良好, 影响可持续)
  std::vector<std::string> deferred;     // phrases anywhere in a value (待定)
  std::vector<std::string> approximate;  // next to the number (约, 左右, 余)
  std::vector<std::string> goal;         // how a name stating a goal starts (提高, 促进)
  std::vector<std::string> placeholders;  // what a template prints for a person to replace (**, XX)
};

VagueWords parse_vague_words(std::string_view text);
const VagueWords& builtin_vague_words();

// Why a value (its header_key: NFKC, no spaces) cannot be assessed, as a term code of the group
// "reason" (vague-word, deferred, approximate), or nullopt.
std::optional<std::string> vague_reason(const VagueWords& words, std::string_view key);

// Whether the value says only "more" (有所提升), or "more than" a base with no figure
// (较2023年有所提升), or only that something works (经济效益良好, 影响程度明显, with no figure):
// vague wherever it stands, unlike 稳定 or 良好, which a 效益 row may rightly hold.
bool vague_wherever(const VagueWords& words, std::string_view key);

// Whether an indicator name (its header_key) states a goal or a task rather than what is measured:
// it starts like a goal (提高居民生活质量) or is a sentence (two clauses joined by a comma), and is
// at least four characters long. Callers exclude names that end like a measure (…率, …人数).
bool reads_as_goal(const VagueWords& words, std::string_view key);

// Whether a text states a figure a target could be measured by: a digit, 百分之, or a Chinese
// numeral before a measure word (三个, 两项, 十二人). 年度目标 without one says what is hoped for,
// not how much.
bool states_a_figure(std::string_view text);

}  // namespace jixiao::core
