#include "calc_values.hpp"

#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/math.hxx>
#include <sal/mathconf.h>

namespace jixiao::uno {

namespace {

// Calc's own error numbers (formula/errorcodes.hxx, stable since the 2000s
// because they are also written to files as Err:NNN).
constexpr sal_uInt32 kErrorNoValue = 519;       // #VALUE!
constexpr sal_uInt32 kErrorDivisionByZero = 532;  // #DIV/0!

double coded_error(sal_uInt32 code) {
  sal_math_Double d;
  rtl::math::setNan(&d.value);
  d.nan_parts.fraction_lo = code;
  return d.value;
}

}  // namespace

std::string to_utf8(const OUString& text) {
  const OString utf8 = OUStringToOString(text, RTL_TEXTENCODING_UTF8);
  return std::string(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()));
}

OUString from_utf8(std::string_view text) {
  return OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

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

css::uno::Any calc_error(core::CalcError error) {
  switch (error) {
    case core::CalcError::div_zero: return css::uno::Any(coded_error(kErrorDivisionByZero));
    case core::CalcError::value: break;
  }
  return css::uno::Any(coded_error(kErrorNoValue));
}

}  // namespace jixiao::uno
