#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/vocab/vocab.hpp"

namespace jixiao::core {

// Words of target values that are not numbers: qualitative words (健全, 及时) and schedule values
// (序时进度, 完成…指标). Built-in data comes from data/vocab/qualitative.txt and schedule.txt;
// users extend it by loading more text into the same object. Everything is stored and matched in
// the working copy's form (NFKC, all whitespace removed).
class ValueVocab {
 public:
  // One word per line; '#' comment lines and blank lines ignored.
  std::vector<VocabProblem> add_qualitative_words(std::string_view text, std::string_view source_name);

  // One pattern per line, "*" standing for any text; '#' comment lines and blank lines ignored.
  std::vector<VocabProblem> add_schedule_patterns(std::string_view text, std::string_view source_name);

  bool is_qualitative_word(std::string_view working) const;

  // The first listed word that occurs in the text, if any (逐步提升 contains 提升).
  std::optional<std::string> contained_qualitative_word(std::string_view working) const;

  // Whether a schedule pattern matches the whole text.
  bool is_schedule(std::string_view working) const;

 private:
  std::vector<std::string> words_in_order_;  // for contained_qualitative_word
  std::set<std::string, std::less<>> words_;
  std::vector<std::vector<std::string>> schedule_patterns_;  // each split at its "*"s
};

// The vocabulary built from the embedded data/vocab files, parsed once on first use.
const ValueVocab& builtin_value_vocab();

}  // namespace jixiao::core
