#pragma once

#include <string>
#include <string_view>

#include "core/sheet/grid.hpp"

// A number cell as its format shows it. Rules judge what the user sees: typing 95% in Calc or
// Excel stores 0.95 with a percent format, and the cell shows (and means) 95%, not 0.95.
namespace jixiao::core {

// The decimals a format code shows in its first section ("0.00%" -> 2, "#,##0" -> 0), or -1 when
// the code does not fix them (General, "@", an empty code).
int format_decimals(std::string_view code);

// The number as a cell of this format shows it, without locale (no thousands separators: a
// separator would read as a second number in a Chinese message): "95%" or "95.00%" for 0.95 in a
// percent format, "2024年12月31日" for a date serial under a code with 年, "2024-12-31" under
// another date code, "12:00" for a time, the shortest exact form for General. Never fewer digits
// than the value needs: 0.955 under "0%" shows "95.5%", so that nothing judged is rounded away.
std::string shown_number(double value, const NumberFormat& format, int null_date_offset = 0);

// Days from 1899-12-30 to a date of the proleptic Gregorian calendar (a document's null date to
// Grid::null_date_offset: 1462 for 1904-01-01).
int days_from_1899_12_30(int year, int month, int day);

}  // namespace jixiao::core
