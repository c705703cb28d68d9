#include "core/sheet/grid_view.hpp"

#include <algorithm>

#include "core/sheet/cell_display.hpp"
#include "core/text/number_text.hpp"
#include "core/vocab/table_template.hpp"

namespace jixiao::core {

namespace {

const CellValue empty_cell{};
const std::string empty_key;
const NumberFormat general_format{};

// Safe against a grid whose cells vector is shorter than rows * columns.
int usable_rows(const Grid& grid) {
  if (grid.rows <= 0 || grid.columns <= 0) return 0;
  const std::size_t available = grid.cells.size() / static_cast<std::size_t>(grid.columns);
  return static_cast<int>(std::min<std::size_t>(available, static_cast<std::size_t>(grid.rows)));
}

}  // namespace

GridView::GridView(const Grid& grid) : grid_(grid), rows_(usable_rows(grid)), columns_(rows_ > 0 ? grid.columns : 0) {
  const std::size_t cells = static_cast<std::size_t>(rows_) * static_cast<std::size_t>(columns_);
  for (const Merge& merge : grid.merges) {
    const int first_row = std::max(merge.first_row, 0), last_row = std::min(merge.last_row, rows_ - 1);
    const int first_column = std::max(merge.first_column, 0), last_column = std::min(merge.last_column, columns_ - 1);
    for (int r = first_row; r <= last_row; ++r)
      for (int c = first_column; c <= last_column; ++c)
        if (r != merge.first_row || c != merge.first_column) set_flag(r, c, covered_flag);
  }
  for (std::size_t i = 0; i < grid.formulas.size(); ++i) {
    const FormulaCell& f = grid.formulas[i];
    if (f.row < 0 || f.column < 0 || f.row >= rows_ || f.column >= columns_) continue;
    set_flag(f.row, f.column, formula_flag);
    formula_at_.emplace(index(f.row, f.column), i);
  }
  for (const Grid::ErrorCell& e : grid.errors) set_flag(e.row, e.column, error_flag);

  // Areas of a format other than General; one index a cell, later areas win (they do not overlap
  // when they come from Calc's unique format ranges).
  for (const FormatArea& area : grid.format_areas) {
    if (area.format < 0 || area.format >= static_cast<int>(grid.number_formats.size()) ||
        grid.number_formats[area.format].kind == FormatKind::general)
      continue;
    if (format_ids_.empty()) format_ids_.assign(cells, 0);
    const int first_row = std::max(area.first_row, 0), last_row = std::min(area.last_row, rows_ - 1);
    const int first_column = std::max(area.first_column, 0), last_column = std::min(area.last_column, columns_ - 1);
    for (int r = first_row; r <= last_row; ++r)
      for (int c = first_column; c <= last_column; ++c) format_ids_[index(r, c)] = static_cast<std::uint16_t>(area.format + 1);
  }

  key_ids_.assign(cells, 0);
  key_pool_.emplace_back();
  std::unordered_map<std::string, std::uint32_t> interned;
  for (int r = 0; r < rows_; ++r)
    for (int c = 0; c < columns_; ++c)
      if (const std::string* t = text(r, c); t && t->size() <= key_limit) {
        std::string key = header_key(*t);
        if (key.empty()) continue;
        const auto [at, added] = interned.try_emplace(key, static_cast<std::uint32_t>(key_pool_.size()));
        if (added) key_pool_.push_back(std::move(key));
        key_ids_[index(r, c)] = at->second;
      }
}

std::size_t GridView::index(int row, int column) const {
  return static_cast<std::size_t>(row) * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(column);
}

bool GridView::has_flag(int row, int column, Flag flag) const {
  if (flags_.empty() || row < 0 || column < 0 || row >= rows_ || column >= columns_) return false;
  return flags_[index(row, column)] & flag;
}

void GridView::set_flag(int row, int column, Flag flag) {
  if (row < 0 || column < 0 || row >= rows_ || column >= columns_) return;
  if (flags_.empty()) flags_.assign(static_cast<std::size_t>(rows_) * static_cast<std::size_t>(columns_), 0);
  flags_[index(row, column)] |= flag;
}

bool GridView::covered(int row, int column) const { return has_flag(row, column, covered_flag); }
bool GridView::formula(int row, int column) const { return has_flag(row, column, formula_flag); }
bool GridView::error(int row, int column) const { return has_flag(row, column, error_flag); }

const CellValue& GridView::cell(int row, int column) const {
  if (row < 0 || column < 0 || row >= rows_ || column >= columns_ || covered(row, column)) return empty_cell;
  return grid_.at(row, column);
}

const std::string* GridView::text(int row, int column) const { return std::get_if<std::string>(&cell(row, column)); }

const NumberFormat& GridView::number_format(int row, int column) const {
  if (format_ids_.empty() || row < 0 || column < 0 || row >= rows_ || column >= columns_) return general_format;
  const std::uint16_t id = format_ids_[index(row, column)];
  return id == 0 ? general_format : grid_.number_formats[id - 1];
}

std::string GridView::shown(int row, int column) const {
  const CellValue& value = cell(row, column);
  if (const std::string* t = std::get_if<std::string>(&value)) return *t;
  if (const double* number = std::get_if<double>(&value))
    return shown_number(*number, number_format(row, column), grid_.null_date_offset);
  return {};
}

const std::string* GridView::formula_text(int row, int column) const {
  if (!formula(row, column)) return nullptr;
  const auto found = formula_at_.find(index(row, column));
  return found == formula_at_.end() ? nullptr : &grid_.formulas[found->second].formula;
}

const std::string& GridView::key(int row, int column) const {
  if (row < 0 || column < 0 || row >= rows_ || column >= columns_) return empty_key;
  return key_pool_[key_ids_[index(row, column)]];
}

std::uint32_t GridView::key_id(int row, int column) const {
  if (row < 0 || column < 0 || row >= rows_ || column >= columns_) return 0;
  return key_ids_[index(row, column)];
}

bool GridView::empty(int row, int column) const {
  const CellValue& value = cell(row, column);
  if (std::holds_alternative<std::monostate>(value)) return true;
  const std::string* t = std::get_if<std::string>(&value);
  return t && (t->empty() || (t->size() <= key_limit && key(row, column).empty()));
}

bool GridView::holds_number(int row, int column) const {
  const CellValue& value = cell(row, column);
  if (std::holds_alternative<double>(value)) return true;
  const std::string* t = std::get_if<std::string>(&value);
  return t && parse_number_text(*t).has_value();
}

bool GridView::blank_row(int row) const {
  for (int c = 0; c < columns_; ++c)
    if (!empty(row, c)) return false;
  return true;
}

}  // namespace jixiao::core
