#include "core/values/meets.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/values/target_parse.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

bool is_percent_sign(std::string_view unit) { return unit == "%" || unit == "‰"; }

// Units an actual text may carry for a target: the same one, or for percentages % and ‰, which are
// both read as fractions.
bool same_unit(const ParsedTarget& target, const ParsedTarget& actual) {
  return target.unit == actual.unit || (is_percent_sign(target.unit) && is_percent_sign(actual.unit));
}

// The actual number in the target's terms, or nullopt when the two cannot be compared.
std::optional<double> actual_number(const CellValue& actual, const ParsedTarget& target) {
  if (const double* number = std::get_if<double>(&actual)) {
    if (!std::isfinite(*number)) return std::nullopt;
    return *number;
  }
  const std::string* text = std::get_if<std::string>(&actual);
  if (!text) return std::nullopt;
  const ParsedTarget written = parse_target(*text);
  // An actual value is a plain number with its unit: "96%", "13000人", not "≥96%".
  if (!written.number || !written.implicit_equal || written.kind != target.kind || !same_unit(target, written)) {
    return std::nullopt;
  }
  return written.number;
}

bool compare(double actual, Comparison comparison, double target) {
  // Relative tolerance: 0.95 from Calc and 95% from the text are the same double, but a sum of
  // amounts may be a rounding step away from the number it should equal.
  const double tolerance = 1e-9 * std::max(std::abs(actual), std::abs(target));
  switch (comparison) {
    case Comparison::equal:
      return std::abs(actual - target) <= tolerance;
    case Comparison::at_least:
      return actual >= target - tolerance;
    case Comparison::at_most:
      return actual <= target + tolerance;
    case Comparison::greater:
      return actual > target + tolerance;
    case Comparison::less:
      return actual < target - tolerance;
  }
  return false;
}

}  // namespace

std::variant<bool, CalcError> meets(const CellValue& actual, std::string_view target_text) {
  const ParsedTarget target = parse_target(target_text);
  switch (target.kind) {
    case ValueKind::invalid:
    case ValueKind::schedule:
      return CalcError::value;
    case ValueKind::qualitative: {
      const std::string* text = std::get_if<std::string>(&actual);
      if (!text) return CalcError::value;
      return nfkc(trim_outer_space(*text)) == nfkc(trim_outer_space(target_text));
    }
    case ValueKind::percent:
    case ValueKind::count:
    case ValueKind::amount:
    case ValueKind::duration:
      break;
  }
  const std::optional<double> number = actual_number(actual, target);
  if (!number || !target.number || !target.comparison) return CalcError::value;
  return compare(*number, *target.comparison, *target.number);
}

}  // namespace jixiao::core
