// Conversions between what Calc passes to and expects from an add-in
// function (css::uno::Any) and the core's values. No logic of the domain.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include "core/values/cell_value.hpp"
#include "uno/common/strings.hpp"

namespace jixiao::uno {

// A required argument: Calc passes a single value or cell as a 1x1 array.
using CellArray = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// One cell as the core sees it. Calc passes a double for a number (an empty
// cell arrives as 0, as in =A1), an OUString for text, and void for an
// omitted optional argument. nullopt for any other type.
std::optional<core::CellValue> to_cell_value(const css::uno::Any& cell);

// The single cell of a required argument; nullopt when it is a larger range.
std::optional<core::CellValue> to_cell_value(const CellArray& argument);

// Every cell of a range, row by row; nullopt when one has an unexpected type.
std::optional<std::vector<core::CellValue>> all_cells(const CellArray& argument);

// An optional argument: void when left out.
std::optional<core::CellValue> optional_cell(const css::uno::Any& argument);

// A cell read as the text of a target value: text as is, a number as its
// shortest exact decimal form (the add-in never sees the cell's format), an
// empty cell as "".
std::string as_text(const core::CellValue& cell);

// A Calc date (a day number counted from the document's null date, 1899-12-30
// unless the document says otherwise; a time of day is dropped) as a calendar
// day. nullopt for anything but a number or a number stored as text.
std::optional<std::chrono::sys_days> to_date(const core::CellValue& cell,
                                             const css::uno::Reference<css::beans::XPropertySet>& document);

// fn applied to one cell (css::uno::Any -> css::uno::Any): a single value
// gives a single result, a range an array of the same shape, so a function
// also works as an array formula over a column.
template <class CellFunction>
css::uno::Any element_wise(const CellArray& argument, CellFunction fn) {
  if (argument.getLength() == 1 && argument[0].getLength() == 1) return fn(argument[0][0]);
  CellArray result(argument.getLength());
  auto* rows = result.getArray();
  for (sal_Int32 r = 0; r < argument.getLength(); ++r) {
    rows[r].realloc(argument[r].getLength());
    auto* cells = rows[r].getArray();
    for (sal_Int32 c = 0; c < argument[r].getLength(); ++c) cells[c] = fn(argument[r][c]);
  }
  return css::uno::Any(result);
}

// Text results: "" shows as an empty cell.
css::uno::Any text_result(std::string_view text);

// A result Calc shows as #VALUE!, #DIV/0! or #N/A. Calc's interpreter reads a NaN
// double whose low 32 fraction bits hold one of its error codes as that error
// (formula/errorcodes.hxx, CreateDoubleError), the same encoding it uses
// internally; an exception could only ever show Err:502 or #VALUE!.
css::uno::Any calc_error(core::CalcError error);

// An add-in function's body: what escapes it (a failure inside a check, memory exhaustion)
// becomes #VALUE! in the cell. Calc's interpreter expects at most a UNO exception from an add-in;
// anything else would end the office.
template <class Body>
css::uno::Any cell_result(Body&& body) noexcept {
  try {
    return body();
  } catch (...) {
    return calc_error(core::CalcError::value);
  }
}

}  // namespace jixiao::uno
