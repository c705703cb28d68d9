#pragma once

#include <string>
#include <variant>

namespace jixiao::core {

// A spreadsheet cell as the core sees it: empty, a number, or text in UTF-8.
using CellValue = std::variant<std::monostate, double, std::string>;

// Errors the core reports for a formula result; the adapter maps them to Calc's #VALUE!, #DIV/0!
// and #N/A (not_available: the input is fine but has no such thing, e.g. the number of 健全).
enum class CalcError { value, div_zero, not_available };

}  // namespace jixiao::core
