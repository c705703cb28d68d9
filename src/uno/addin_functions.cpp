#include "addin_functions.hpp"

#include <variant>

#include <com/sun/star/uno/Sequence.hxx>

#include "calc_values.hpp"
#include "core/rates.hpp"
#include "core/target_value.hpp"
#include "function_table.hpp"

namespace jixiao::uno {

namespace {

constexpr char kSheetAddInService[] = "com.sun.star.sheet.AddIn";

// JXNORMALIZE of one cell: text is normalized; a number or an empty cell is
// already as canonical as it gets and comes back as it was.
css::uno::Any normalize_cell(const css::uno::Any& cell) {
  const auto value = to_cell_value(cell);
  if (!value) return calc_error(core::CalcError::value);
  if (const auto* text = std::get_if<std::string>(&*value))
    return css::uno::Any(from_utf8(core::normalize_target(*text)));
  if (const auto* number = std::get_if<double>(&*value)) return css::uno::Any(*number);
  return css::uno::Any(OUString());
}

}  // namespace

css::uno::Any AddInFunctions::jxRate(const CellArray& executed, const CellArray& base) {
  const auto executed_value = to_cell_value(executed);
  const auto base_value = to_cell_value(base);
  if (!executed_value || !base_value) return calc_error(core::CalcError::value);
  const auto rate = core::execution_rate(*executed_value, *base_value);
  if (const auto* error = std::get_if<core::CalcError>(&rate)) return calc_error(*error);
  return css::uno::Any(std::get<double>(rate));
}

css::uno::Any AddInFunctions::jxNormalize(const CellArray& text) {
  if (text.getLength() == 1 && text[0].getLength() == 1) return normalize_cell(text[0][0]);
  // A range gives an array of the same shape, so the function works as an
  // array formula over a whole column of target values.
  CellArray result(text.getLength());
  auto* rows = result.getArray();
  for (sal_Int32 r = 0; r < text.getLength(); ++r) {
    rows[r].realloc(text[r].getLength());
    auto* cells = rows[r].getArray();
    for (sal_Int32 c = 0; c < text[r].getLength(); ++c) cells[c] = normalize_cell(text[r][c]);
  }
  return css::uno::Any(result);
}

OUString AddInFunctions::getServiceName() { return from_utf8(kAddInServiceName); }

OUString AddInFunctions::getImplementationName() { return from_utf8(kAddInImplementationName); }

sal_Bool AddInFunctions::supportsService(const OUString& name) {
  return name == getServiceName() || name.equalsAscii(kSheetAddInService);
}

css::uno::Sequence<OUString> AddInFunctions::getSupportedServiceNames() {
  css::uno::Sequence<OUString> names(2);
  names.getArray()[0] = getServiceName();
  names.getArray()[1] = OUString::createFromAscii(kSheetAddInService);
  return names;
}

}  // namespace jixiao::uno
