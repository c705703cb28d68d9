#pragma once

#include <string>
#include <variant>

namespace jixiao::core {

// A spreadsheet cell as the core sees it: empty, a number, or text in UTF-8.
using CellValue = std::variant<std::monostate, double, std::string>;

// Errors the core reports for a formula result; the adapter maps them to Calc's #VALUE! and #DIV/0!.
enum class CalcError { value, div_zero };

}  // namespace jixiao::core
