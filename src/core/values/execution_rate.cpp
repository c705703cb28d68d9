#include "core/values/execution_rate.hpp"

#include <cmath>
#include <optional>
#include <string>

#include "core/text/number_text.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

using Amount = std::variant<double, CalcError>;

bool is_blank(const std::string& text) { return trim_outer_space(text).empty(); }

Amount finite_or_value_error(double number) {
  if (!std::isfinite(number)) return CalcError::value;
  return number;
}

Amount number_from_text(const std::string& text) {
  const std::optional<double> number = parse_number_text(text);
  if (!number) return CalcError::value;
  return *number;
}

// An empty cell is "nothing spent yet", which is a legitimate 0, not an error.
Amount executed_amount(const CellValue& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return 0.0;
  if (const double* number = std::get_if<double>(&cell)) return finite_or_value_error(*number);
  const auto& text = std::get<std::string>(cell);
  if (is_blank(text)) return 0.0;
  return number_from_text(text);
}

// An empty base means "no budget entered": dividing by it is a division by zero, as in Calc.
Amount base_amount(const CellValue& cell) {
  if (std::holds_alternative<std::monostate>(cell)) return CalcError::div_zero;
  Amount amount = CalcError::div_zero;
  if (const double* number = std::get_if<double>(&cell)) {
    amount = finite_or_value_error(*number);
  } else {
    const auto& text = std::get<std::string>(cell);
    if (is_blank(text)) return CalcError::div_zero;
    amount = number_from_text(text);
  }
  if (const double* number = std::get_if<double>(&amount); number && *number == 0.0) return CalcError::div_zero;
  return amount;
}

}  // namespace

std::variant<double, CalcError> execution_rate(const CellValue& executed, const CellValue& base) {
  const Amount numerator = executed_amount(executed);
  if (const CalcError* error = std::get_if<CalcError>(&numerator)) return *error;
  const Amount denominator = base_amount(base);
  if (const CalcError* error = std::get_if<CalcError>(&denominator)) return *error;

  const double rate = std::get<double>(numerator) / std::get<double>(denominator);
  // Finite / tiny can overflow; Calc would say #NUM!, which the contract has no code for.
  if (!std::isfinite(rate)) return CalcError::value;
  return rate;
}

}  // namespace jixiao::core
