#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/sheet/grid.hpp"

// Read access to a Grid as the user sees it, shared by table recognition, the sheet rules and the
// execution-rate planner.
namespace jixiao::core {

// Tolerates malformed grids (too few cells, merges and marks outside it), hides the cells a merge
// covers, and keeps each short text cell's header_key, computed once. Memory stays a few bytes a
// cell over the grid's own: keys are interned (a sheet repeats its words); merges, formulas and
// errors are one flag byte a cell and number formats two bytes, each only when the grid has any.
class GridView {
 public:
  explicit GridView(const Grid& grid);
  const Grid& grid() const { return grid_; }
  int rows() const { return rows_; }
  int columns() const { return columns_; }
  // The cell, or empty outside the grid and for cells a merge covers (all but its top-left).
  const CellValue& cell(int row, int column) const;
  const std::string* text(int row, int column) const;  // nullptr unless a text cell
  // What the cell shows: a text cell its text, a number as its format shows it (cell_display.hpp:
  // a percent-formatted 1 is "100%"), "" for an empty cell.
  std::string shown(int row, int column) const;
  // The number format of a number cell (General when the grid gives none).
  const NumberFormat& number_format(int row, int column) const;
  // The formula a cell holds, or nullptr.
  const std::string* formula_text(int row, int column) const;
  // header_key of a text cell up to key_limit bytes ("" otherwise): long prose is never a header.
  const std::string& key(int row, int column) const;
  // The same key as a small number (0: no key), equal for equal keys: what a caller caches its
  // conclusions about a key by (a sheet repeats its words on every row).
  std::uint32_t key_id(int row, int column) const;
  std::size_t key_count() const { return key_pool_.size(); }
  bool covered(int row, int column) const;
  bool formula(int row, int column) const;  // holds a formula (Grid::formulas)
  bool error(int row, int column) const;    // its formula gives an error (Grid::errors)
  bool empty(int row, int column) const;
  // A number, or a number stored as text (1,234.50): an amount a budget line may hold.
  bool holds_number(int row, int column) const;
  bool blank_row(int row) const;

  static constexpr std::size_t key_limit = 120;

 private:
  enum Flag : unsigned char { covered_flag = 1, formula_flag = 2, error_flag = 4 };
  bool has_flag(int row, int column, Flag flag) const;
  void set_flag(int row, int column, Flag flag);
  std::size_t index(int row, int column) const;

  const Grid& grid_;
  int rows_ = 0;
  int columns_ = 0;
  std::vector<std::uint32_t> key_ids_;  // by cell: index into key_pool_ (0: no key)
  std::vector<std::string> key_pool_;
  std::vector<unsigned char> flags_;         // by cell, empty when no cell has a flag
  std::vector<std::uint16_t> format_ids_;    // by cell: 1 + index into grid.number_formats, 0: General
  std::unordered_map<std::size_t, std::size_t> formula_at_;  // cell index -> index into grid.formulas
};

}  // namespace jixiao::core
