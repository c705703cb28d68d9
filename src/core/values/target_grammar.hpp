#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/vocab/comparison.hpp"

namespace jixiao::core {

class Vocab;

// The grammar of an indicator target value, `[OP] NUMBER [万|亿] [UNIT] [SUFFIX-OP]`, shared by
// normalize_target (which rewrites a value) and parse_target (which understands it), so that both
// always agree on what a target value is.

// The parts of a matched value. Views into the working copy that was matched.
struct TargetMatch {
  std::optional<Comparison> comparison;  // from the prefix or the suffix operator; none when bare
  std::string_view prefix_operator;      // the variant as matched ("&gt;=", "不低于"), "" when none
  std::string_view suffix_operator;      // "以上", "以下", … "" when none
  std::string_view number;               // ASCII digits as written, thousands separators included
  std::string_view multiplier;           // "万", "亿" or ""
  std::string_view unit;                 // "%", "人", "万元", … or ""
};

// Removes TeX math delimiters and spacing commands and turns the operator commands (\geq, \le,
// \gt, …) and "\%" into their symbols. Any other command is left in place.
std::string strip_latex_leftovers(std::string_view text);

// The form the grammar matches: NFKC, TeX leftovers resolved, every whitespace character removed.
// `trimmed` must be valid UTF-8.
std::string target_working_copy(std::string_view trimmed);

// Matches the whole working copy against the grammar; nullopt when it is anything else.
std::optional<TargetMatch> match_target(std::string_view working, const Vocab& vocab);

// The canonical written form of a match: canonical operator, number, multiplier, unit ("≥1.2万人").
std::string canonical_text(const TargetMatch& match);

}  // namespace jixiao::core
