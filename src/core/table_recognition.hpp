#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/grid.hpp"
#include "core/table_template.hpp"

// Finding the tables on a grid by their words: titles, indicator header rows, budget header rows.
namespace jixiao::core {

// Read access to a Grid that tolerates malformed grids (too few cells, merges and marks outside it),
// hides the cells a merge covers, and keeps each short text cell's header_key, computed once.
// Memory stays a few bytes a cell over the grid's own: keys are interned (a sheet repeats its
// words), and merges, formulas and errors are one flag byte a cell, only when the grid has any.
class GridView {
 public:
  explicit GridView(const Grid& grid);
  const Grid& grid() const { return grid_; }
  int rows() const { return rows_; }
  int columns() const { return columns_; }
  // The cell, or empty outside the grid and for cells a merge covers (all but its top-left).
  const CellValue& cell(int row, int column) const;
  const std::string* text(int row, int column) const;  // nullptr unless a text cell
  // header_key of a text cell up to key_limit bytes ("" otherwise): long prose is never a header.
  const std::string& key(int row, int column) const;
  bool covered(int row, int column) const;
  bool formula(int row, int column) const;     // holds a formula (Grid::formulas)
  bool error(int row, int column) const;       // its formula gives an error (Grid::errors)
  bool empty(int row, int column) const;
  bool blank_row(int row) const;

  static constexpr std::size_t key_limit = 120;

 private:
  enum Flag : unsigned char { covered_flag = 1, formula_flag = 2, error_flag = 4 };
  bool has_flag(int row, int column, Flag flag) const;
  void set_flag(int row, int column, Flag flag);

  const Grid& grid_;
  int rows_ = 0;
  int columns_ = 0;
  std::vector<std::uint32_t> key_ids_;  // by cell: index into key_pool_ (0: no key)
  std::vector<std::string> key_pool_;
  std::vector<unsigned char> flags_;  // by cell, empty when no cell has a flag
};

// Where each role's column is in an indicator block (-1 when the header has none).
struct IndicatorColumns {
  int first = -1, second = -1, key_work = -1, project = -1, third = -1, half = -1, full = -1, value = -1;
  int basis = -1, category = -1, past = -1, expected = -1;
  std::vector<int> value_columns() const;  // half, full, value, expected, in that order when present
  int leftmost() const;
  int rightmost() const;
};

struct IndicatorBlock {
  int header_row = 0;
  int end_row = 0;  // exclusive
  IndicatorColumns columns;
};

// A budget block: its rows, and for each row the columns that hold amounts and shares (a later
// header row such as 支出 | 半年计划执行数 changes them for the rows below it).
struct BudgetBlock {
  int header_row = 0;
  int end_row = 0;  // exclusive
  struct Columns {
    int from_row = 0;
    std::vector<int> amounts;
    std::vector<int> shares;
  };
  std::vector<Columns> columns;  // by from_row, ascending
  const Columns& columns_at(int row) const;
};

struct RecognizedTable {
  int first_row = 0;
  int end_row = 0;  // exclusive
  const TableTemplate* table_template = nullptr;
  std::vector<IndicatorBlock> indicator_blocks;
  std::vector<BudgetBlock> budget_blocks;
};

// Every table on the grid, top to bottom. A title row starts a table; an indicator or budget
// header without a title before it starts one too. The template is `forced` when not null,
// otherwise the one whose title, first levels and header words fit best. Linear in the grid size.
std::vector<RecognizedTable> recognize_tables(const GridView& view, const std::vector<TableTemplate>& templates,
                                              const TableTemplate* forced);

}  // namespace jixiao::core
