#pragma once

#include <variant>

#include "core/values/cell_value.hpp"

namespace jixiao::core {

// Execution rate executed/base as a fraction (0.5 == 50%).
// executed: empty or whitespace-only text -> 0; number -> itself; text -> parse_number_text, failure -> CalcError::value.
// base: empty / whitespace-only text -> CalcError::div_zero; text that is not a number -> CalcError::value; zero -> div_zero.
// Non-finite numbers in input -> CalcError::value. Never rounds.
// When both arguments are bad, the executed amount's error wins (Calc evaluates operands left to right).
// A quotient that overflows to infinity is reported as CalcError::value.
std::variant<double, CalcError> execution_rate(const CellValue& executed, const CellValue& base);

}  // namespace jixiao::core
