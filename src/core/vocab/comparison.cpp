#include "core/vocab/comparison.hpp"

#include <array>
#include <utility>

namespace jixiao::core {

namespace {

constexpr std::array<std::pair<Comparison, std::string_view>, 5> symbols{{
    {Comparison::at_least, "≥"},
    {Comparison::at_most, "≤"},
    {Comparison::equal, "="},
    {Comparison::greater, ">"},
    {Comparison::less, "<"},
}};

}  // namespace

std::string_view canonical_symbol(Comparison comparison) {
  for (const auto& [candidate, symbol] : symbols) {
    if (candidate == comparison) return symbol;
  }
  return "=";  // unreachable for valid enumerators
}

std::optional<Comparison> comparison_from_symbol(std::string_view symbol) {
  for (const auto& [comparison, candidate] : symbols) {
    if (candidate == symbol) return comparison;
  }
  return std::nullopt;
}

}  // namespace jixiao::core
