// Conversions between what Calc passes to and expects from an add-in
// function (css::uno::Any) and the core's values. No logic of the domain.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <com/sun/star/uno/Any.hxx>
#include <rtl/ustring.hxx>

#include "core/cell_value.hpp"

namespace jixiao::uno {

// The SDK, unlike LibreOffice's own build, does not put these in the global
// namespace.
using rtl::OString;
using rtl::OUString;

std::string to_utf8(const OUString& text);
OUString from_utf8(std::string_view text);

// A required argument: Calc passes a single value or cell as a 1x1 array.
using CellArray = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

// One cell as the core sees it. Calc passes a double for a number (an empty
// cell arrives as 0, as in =A1), an OUString for text, and void for an
// omitted optional argument. nullopt for any other type.
std::optional<core::CellValue> to_cell_value(const css::uno::Any& cell);

// The single cell of a required argument; nullopt when it is a larger range.
std::optional<core::CellValue> to_cell_value(const CellArray& argument);

// A result Calc shows as #VALUE! or #DIV/0!. Calc's interpreter reads a NaN
// double whose low 32 fraction bits hold one of its error codes as that error
// (formula/errorcodes.hxx, CreateDoubleError), the same encoding it uses
// internally; an exception could only ever show Err:502 or #VALUE!.
css::uno::Any calc_error(core::CalcError error);

}  // namespace jixiao::uno
