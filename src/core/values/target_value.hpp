#pragma once

#include <string>
#include <string_view>

namespace jixiao::core {

class Vocab;

// Normalizes an indicator target value (指标值) to its canonical written form, or returns the text with only its outer
// whitespace trimmed (trim_outer_space) when it is not a target value (qualitative words like 健全, 序时进度, prose).
// Uses builtin_vocab().
std::string normalize_target(std::string_view utf8);

// The same with a caller-supplied vocabulary (for example the built-in one extended by a user file).
std::string normalize_target(std::string_view utf8, const Vocab& vocab);

}  // namespace jixiao::core
