#pragma once

#include <optional>
#include <string_view>

namespace jixiao::core {

// The five canonical comparison operators of an indicator target value.
enum class Comparison { at_least, at_most, equal, greater, less };

// "≥", "≤", "=", ">", "<".
std::string_view canonical_symbol(Comparison comparison);

// Inverse of canonical_symbol; nullopt for anything that is not exactly one canonical symbol.
std::optional<Comparison> comparison_from_symbol(std::string_view symbol);

}  // namespace jixiao::core
