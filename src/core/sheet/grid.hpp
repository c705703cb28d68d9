#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/values/cell_value.hpp"

namespace jixiao::core {

// A merged range on a sheet, zero-based and inclusive.
struct Merge {
  int first_row = 0;
  int first_column = 0;
  int last_row = 0;
  int last_column = 0;
};

// A cell's place in a Grid, zero-based.
struct CellPosition {
  int row = 0;
  int column = 0;
};

// What a number cell's format makes of it on screen, by the format's type in Calc
// (com.sun.star.util.NumberFormat): typing 95% stores 0.95 with a percent format, 2024-12-31 a
// date serial with a date format. Text cells show their text whatever their format.
enum class FormatKind : unsigned char {
  general, number, percent, currency, scientific, fraction, date, time, date_time, boolean, text
};

// A number format as a cell carries it: its kind and its code as Calc writes it ("0.00%",
// "#,##0.00", "YYYY\"年\"M\"月\"D\"日\""), from which the shown decimals are read.
struct NumberFormat {
  FormatKind kind = FormatKind::general;
  std::string code;
};

// A rectangle of cells sharing one number format, zero-based and inclusive, in grid coordinates.
struct FormatArea {
  int first_row = 0;
  int first_column = 0;
  int last_row = 0;
  int last_column = 0;
  int format = 0;  // index into Grid::number_formats
};

// A cell holding a formula, with the formula as Calc gives it back (API grammar: "=100%",
// "=SUM(B2:B9)", "=9个月" for a value a person typed with a leading "=").
struct FormulaCell {
  int row = 0;
  int column = 0;
  std::string formula;
};

// A block of cells as read in bulk from a sheet (getDataArray), with the sheet's merges. Row 0,
// column 0 of the grid is the sheet cell (origin_row, origin_column), so a grid read from a
// selection still reports the cells' real addresses. A cell holding a Calc error arrives as text
// starting with '#' only if the caller chooses so; callers put error cells in `errors` instead.
struct Grid {
  std::string sheet;  // the sheet's name, as findings report it
  int origin_row = 0;
  int origin_column = 0;
  int rows = 0;
  int columns = 0;
  std::vector<CellValue> cells;  // row-major, rows * columns
  std::vector<Merge> merges;     // in grid coordinates (origin subtracted)

  struct ErrorCell {
    int row = 0;
    int column = 0;
    std::string code;  // "#DIV/0!", "Err:502", …
  };
  std::vector<ErrorCell> errors;  // cells whose formula result is an error (grid coordinates)
  // Cells holding a formula, whatever its result (grid coordinates). A fix never overwrites one,
  // unless the finding is about the formula itself (a target typed as "=100%").
  std::vector<FormulaCell> formulas;

  // Number formats other than General, by area (grid coordinates); cells outside every area show
  // as General. Several areas may share one format.
  std::vector<NumberFormat> number_formats;
  std::vector<FormatArea> format_areas;
  // Days from 1899-12-30 to the document's null date (1462 for a file using the 1904 system), so
  // that a date serial shows the date the user sees.
  int null_date_offset = 0;

  // The size of the area the grid was cut from when that area was larger than a grid may hold
  // (checked_area); 0 when the grid holds all of it. Validation then says what it left out.
  int full_rows = 0;
  int full_columns = 0;

  const CellValue& at(int row, int column) const {
    return cells[static_cast<std::size_t>(row) * static_cast<std::size_t>(columns) + static_cast<std::size_t>(column)];
  }
};

// The most cells one Grid holds: a full-height sheet (1 048 576 rows) eight columns wide. The core
// keeps under 50 bytes a cell, so a sheet's validation stays within a few hundred megabytes however
// large its used area is (one stray value in AMJ1048576 makes it a billion cells).
inline constexpr long long max_grid_cells = 8LL * 1024 * 1024;

struct AreaSize {
  int rows = 0;
  int columns = 0;
};

// The top-left part of a rows x columns area that fits in max_grid_cells: all of it when it fits,
// else every row and as many columns from the left as fit (tables are long and narrow; a huge used
// area comes from stray content far to the right or far down), and when not even one column of
// rows fits, the rows that do.
AreaSize checked_area(long long rows, long long columns);

// "A1"-style address of a zero-based sheet position ("A1", "AB12"; columns up to XFD and beyond).
std::string a1_address(int row, int column);

// The zero-based (row, column) of an "A1"-style address ("D23", "$D$23", lower case too); nullopt
// for anything else, such as a range or a sheet-qualified address.
std::optional<std::pair<int, int>> parse_a1_address(std::string_view address);

// The letters of a zero-based column ("A", "AB").
std::string column_name(int column);

}  // namespace jixiao::core
