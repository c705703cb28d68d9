#include "uno/functions/calc_values.hpp"

#include <charconv>
#include <cmath>
#include <variant>

#include <com/sun/star/util/Date.hpp>
#include <rtl/math.hxx>
#include <sal/mathconf.h>

#include "core/text/number_text.hpp"

namespace jixiao::uno {

namespace {

// Calc's own error numbers (formula/errorcodes.hxx, stable since the 2000s
// because they are also written to files as Err:NNN).
constexpr sal_uInt32 kErrorNoValue = 519;       // #VALUE!
constexpr sal_uInt32 kErrorDivisionByZero = 532;  // #DIV/0!
constexpr sal_uInt32 kErrorNotAvailable = 0x7fff;   // #N/A

double coded_error(sal_uInt32 code) {
  sal_math_Double d;
  rtl::math::setNan(&d.value);
  d.nan_parts.fraction_lo = code;
  return d.value;
}

}  // namespace

std::optional<core::CellValue> to_cell_value(const css::uno::Any& cell) {
  if (!cell.hasValue()) return core::CellValue{};
  if (OUString text; cell >>= text) return core::CellValue{to_utf8(text)};
  if (double number = 0; cell >>= number) return core::CellValue{number};
  return std::nullopt;
}

std::optional<core::CellValue> to_cell_value(const CellArray& argument) {
  if (argument.getLength() != 1 || argument[0].getLength() != 1) return std::nullopt;
  return to_cell_value(argument[0][0]);
}

std::optional<std::vector<core::CellValue>> all_cells(const CellArray& argument) {
  std::vector<core::CellValue> cells;
  for (const auto& row : argument) {
    for (const auto& cell : row) {
      auto value = to_cell_value(cell);
      if (!value) return std::nullopt;
      cells.push_back(std::move(*value));
    }
  }
  return cells;
}

std::optional<core::CellValue> optional_cell(const css::uno::Any& argument) {
  CellArray range;
  if (argument >>= range) return to_cell_value(range);
  return to_cell_value(argument);
}

std::string as_text(const core::CellValue& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  if (const auto* number = std::get_if<double>(&cell)) {
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, *number);
    if (error == std::errc()) return std::string(buffer, end);
  }
  return {};
}

std::optional<std::chrono::sys_days> to_date(const core::CellValue& cell,
                                             const css::uno::Reference<css::beans::XPropertySet>& document) {
  std::optional<double> serial;
  if (const auto* number = std::get_if<double>(&cell)) serial = *number;
  if (const auto* text = std::get_if<std::string>(&cell)) serial = core::parse_number_text(*text);
  // Beyond about ±2.7 million years a day count stops being a calendar date.
  if (!serial || !std::isfinite(*serial) || std::abs(*serial) > 1e9) return std::nullopt;

  using namespace std::chrono;
  sys_days null_date = sys_days(year{1899} / December / 30);
  css::util::Date configured;
  try {
    if (document.is() && (document->getPropertyValue("NullDate") >>= configured))
      null_date = sys_days(year{configured.Year} / configured.Month / configured.Day);
  } catch (const css::uno::Exception&) {
    // A caller without the property keeps Calc's default null date.
  }
  return null_date + days{static_cast<long>(std::floor(*serial))};
}

css::uno::Any text_result(std::string_view text) { return css::uno::Any(from_utf8(text)); }

css::uno::Any calc_error(core::CalcError error) {
  switch (error) {
    case core::CalcError::div_zero: return css::uno::Any(coded_error(kErrorDivisionByZero));
    case core::CalcError::not_available: return css::uno::Any(coded_error(kErrorNotAvailable));
    case core::CalcError::value: break;
  }
  return css::uno::Any(coded_error(kErrorNoValue));
}

}  // namespace jixiao::uno
