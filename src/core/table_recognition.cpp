#include "core/table_recognition.hpp"

#include <algorithm>
#include <optional>
#include <unordered_set>

namespace jixiao::core {

namespace {

const CellValue empty_cell{};
const std::string empty_key;

// Safe against a grid whose cells vector is shorter than rows * columns.
int usable_rows(const Grid& grid) {
  if (grid.rows <= 0 || grid.columns <= 0) return 0;
  const std::size_t available = grid.cells.size() / static_cast<std::size_t>(grid.columns);
  return static_cast<int>(std::min<std::size_t>(available, static_cast<std::size_t>(grid.rows)));
}

long long position_id(int row, int column, int columns) { return static_cast<long long>(row) * columns + column; }

// "2024年", "2023年度", "2022年执行数": a past-year amount column of the Hubei budget block.
bool is_year_header(const std::string& key) {
  if (key.size() < 7) return false;
  for (int i = 0; i < 4; ++i)
    if (key[i] < '0' || key[i] > '9') return false;
  return key.compare(4, 3, "年") == 0;
}

// A header word, or the word with its last character lost ("二级指" for 二级指标): truncated
// headers occur in the seeds, and no two header words share such a prefix.
bool header_word_matches(const std::string& word, const std::string& key) {
  if (key == word) return true;
  return key.size() >= 6 && word.size() > key.size() && word.size() - key.size() <= 3 && word.starts_with(key);
}

struct HeaderVocabulary {
  std::vector<std::pair<ColumnRole, std::string>> columns;  // of every template
  std::unordered_set<std::string> amounts, shares;
  std::vector<std::string> titles;
};

HeaderVocabulary vocabulary_of(const std::vector<TableTemplate>& templates) {
  HeaderVocabulary vocabulary;
  for (const TableTemplate& t : templates) {
    vocabulary.columns.insert(vocabulary.columns.end(), t.columns.begin(), t.columns.end());
    vocabulary.amounts.insert(t.amount_columns.begin(), t.amount_columns.end());
    vocabulary.shares.insert(t.share_columns.begin(), t.share_columns.end());
    vocabulary.titles.insert(vocabulary.titles.end(), t.titles.begin(), t.titles.end());
  }
  return vocabulary;
}

void assign(IndicatorColumns& columns, ColumnRole role, int column) {
  int* slot = nullptr;
  switch (role) {
    case ColumnRole::first: slot = &columns.first; break;
    case ColumnRole::second: slot = &columns.second; break;
    case ColumnRole::key_work: slot = &columns.key_work; break;
    case ColumnRole::project: slot = &columns.project; break;
    case ColumnRole::third: slot = &columns.third; break;
    case ColumnRole::half: slot = &columns.half; break;
    case ColumnRole::full: slot = &columns.full; break;
    case ColumnRole::value: slot = &columns.value; break;
    case ColumnRole::basis: slot = &columns.basis; break;
    case ColumnRole::category: slot = &columns.category; break;
    case ColumnRole::past: slot = &columns.past; break;
    case ColumnRole::expected: slot = &columns.expected; break;
  }
  if (*slot < 0) *slot = column;
}

// The indicator columns a row names, when it is an indicator header: 一级指标 and a second or
// third level, three header words at least.
std::optional<IndicatorColumns> indicator_header(const GridView& view, int row, const HeaderVocabulary& vocabulary) {
  IndicatorColumns columns;
  int matched = 0;
  for (int c = 0; c < view.columns(); ++c) {
    const std::string& key = view.key(row, c);
    if (key.empty()) continue;
    for (const auto& [role, word] : vocabulary.columns)
      if (header_word_matches(word, key)) {
        assign(columns, role, c);
        ++matched;
        break;
      }
  }
  if (matched < 3 || columns.first < 0 || (columns.second < 0 && columns.third < 0)) return std::nullopt;
  return columns;
}

std::optional<BudgetBlock::Columns> budget_header(const GridView& view, int row, const HeaderVocabulary& vocabulary) {
  BudgetBlock::Columns columns{row, {}, {}};
  bool named_amount = false;
  for (int c = 0; c < view.columns(); ++c) {
    const std::string& key = view.key(row, c);
    if (key.empty()) continue;
    if (vocabulary.amounts.contains(key)) {
      columns.amounts.push_back(c);
      named_amount = true;
    } else if (vocabulary.shares.contains(key)) {
      columns.shares.push_back(c);
    } else if (is_year_header(key)) {
      columns.amounts.push_back(c);
    }
  }
  if (!named_amount) return std::nullopt;
  return columns;
}

bool is_title_row(const GridView& view, int row, const HeaderVocabulary& vocabulary) {
  for (int c = 0; c < view.columns(); ++c) {
    const std::string& key = view.key(row, c);
    if (key.empty()) continue;
    for (const std::string& title : vocabulary.titles)
      if (key.find(title) != std::string::npos) return true;
  }
  return false;
}

bool has_amount(const GridView& view, int row, const BudgetBlock::Columns& columns) {
  for (int c : columns.amounts)
    if (!view.empty(row, c)) return true;
  return false;
}

int score(const GridView& view, const RecognizedTable& table, const TableTemplate& candidate,
          const std::vector<int>& title_rows) {
  int points = 0;
  for (int row : title_rows)
    for (int c = 0; c < view.columns(); ++c)
      for (const std::string& title : candidate.titles)
        if (!view.key(row, c).empty() && view.key(row, c).find(title) != std::string::npos) points += 100;
  for (const IndicatorBlock& block : table.indicator_blocks) {
    for (int c = 0; c < view.columns(); ++c)
      for (const auto& [role, word] : candidate.columns)
        if (header_word_matches(word, view.key(block.header_row, c))) ++points;
    for (int r = block.header_row + 1; r < block.end_row; ++r)
      if (find_first_level(candidate, view.key(r, block.columns.first))) ++points;
  }
  if (!table.budget_blocks.empty() && !candidate.amount_columns.empty()) points += 5;
  return points;
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
  for (const CellPosition& p : grid.formulas) set_flag(p.row, p.column, formula_flag);
  for (const Grid::ErrorCell& e : grid.errors) set_flag(e.row, e.column, error_flag);

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
        key_ids_[static_cast<std::size_t>(position_id(r, c, columns_))] = at->second;
      }
}

bool GridView::has_flag(int row, int column, Flag flag) const {
  if (flags_.empty() || row < 0 || column < 0 || row >= rows_ || column >= columns_) return false;
  return flags_[static_cast<std::size_t>(position_id(row, column, columns_))] & flag;
}

void GridView::set_flag(int row, int column, Flag flag) {
  if (row < 0 || column < 0 || row >= rows_ || column >= columns_) return;
  if (flags_.empty()) flags_.assign(static_cast<std::size_t>(rows_) * static_cast<std::size_t>(columns_), 0);
  flags_[static_cast<std::size_t>(position_id(row, column, columns_))] |= flag;
}

bool GridView::covered(int row, int column) const { return has_flag(row, column, covered_flag); }
bool GridView::formula(int row, int column) const { return has_flag(row, column, formula_flag); }
bool GridView::error(int row, int column) const { return has_flag(row, column, error_flag); }

const CellValue& GridView::cell(int row, int column) const {
  if (row < 0 || column < 0 || row >= rows_ || column >= columns_ || covered(row, column)) return empty_cell;
  return grid_.at(row, column);
}

const std::string* GridView::text(int row, int column) const { return std::get_if<std::string>(&cell(row, column)); }

const std::string& GridView::key(int row, int column) const {
  if (row < 0 || column < 0 || row >= rows_ || column >= columns_) return empty_key;
  return key_pool_[key_ids_[static_cast<std::size_t>(position_id(row, column, columns_))]];
}

bool GridView::empty(int row, int column) const {
  const CellValue& value = cell(row, column);
  if (std::holds_alternative<std::monostate>(value)) return true;
  const std::string* t = std::get_if<std::string>(&value);
  return t && (t->empty() || (t->size() <= key_limit && key(row, column).empty()));
}

bool GridView::blank_row(int row) const {
  for (int c = 0; c < columns_; ++c)
    if (!empty(row, c)) return false;
  return true;
}

std::vector<int> IndicatorColumns::value_columns() const {
  std::vector<int> result;
  for (int c : {half, full, value, expected})
    if (c >= 0) result.push_back(c);
  return result;
}

int IndicatorColumns::leftmost() const {
  int result = first;
  for (int c : {second, key_work, project, third})
    if (c >= 0 && (result < 0 || c < result)) result = c;
  return result;
}

int IndicatorColumns::rightmost() const {
  int result = -1;
  for (int c : {first, second, key_work, project, third, half, full, value, basis, category, past, expected})
    result = std::max(result, c);
  return result;
}

const BudgetBlock::Columns& BudgetBlock::columns_at(int row) const {
  const Columns* found = &columns.front();
  for (const Columns& c : columns)
    if (c.from_row <= row) found = &c;
  return *found;
}

std::vector<RecognizedTable> recognize_tables(const GridView& view, const std::vector<TableTemplate>& templates,
                                              const TableTemplate* forced) {
  const HeaderVocabulary vocabulary = vocabulary_of(templates);
  std::vector<RecognizedTable> tables;
  std::vector<std::vector<int>> title_rows;
  bool in_table = false;
  IndicatorBlock* open_block = nullptr;
  BudgetBlock* open_budget = nullptr;

  const auto close_open = [&](int row) {
    if (open_block) open_block->end_row = row;
    if (open_budget) open_budget->end_row = row;
    open_block = nullptr;
    open_budget = nullptr;
  };
  const auto start_table = [&](int row) {
    close_open(row);
    if (in_table) tables.back().end_row = row;
    tables.push_back({row, view.rows(), nullptr, {}, {}});
    title_rows.emplace_back();
    in_table = true;
  };

  for (int row = 0; row < view.rows(); ++row) {
    if (view.blank_row(row)) {
      // One blank line ends a budget block (its rows are contiguous); indicator blocks carry on
      // across blank lines, which the seeds have inside them.
      if (open_budget) {
        open_budget->end_row = row;
        open_budget = nullptr;
      }
      continue;
    }
    if (is_title_row(view, row, vocabulary)) {
      start_table(row);
      title_rows.back().push_back(row);
      continue;
    }
    if (std::optional<IndicatorColumns> columns = indicator_header(view, row, vocabulary)) {
      if (!in_table) start_table(row);
      close_open(row);
      tables.back().indicator_blocks.push_back({row, view.rows(), *columns});
      open_block = &tables.back().indicator_blocks.back();
      continue;
    }
    if (std::optional<BudgetBlock::Columns> columns = budget_header(view, row, vocabulary)) {
      if (open_budget) {
        open_budget->columns.push_back(std::move(*columns));
        continue;
      }
      if (!in_table) start_table(row);
      close_open(row);
      tables.back().budget_blocks.push_back({row, view.rows(), {std::move(*columns)}});
      open_budget = &tables.back().budget_blocks.back();
      continue;
    }
    if (open_budget && !has_amount(view, row, open_budget->columns.back())) {
      open_budget->end_row = row;
      open_budget = nullptr;
    }
  }
  close_open(view.rows());

  // A title with nothing under it (a cover page) is not a table.
  std::vector<RecognizedTable> found;
  for (std::size_t i = 0; i < tables.size(); ++i) {
    RecognizedTable& table = tables[i];
    if (table.indicator_blocks.empty() && table.budget_blocks.empty()) continue;
    if (forced) {
      table.table_template = forced;
    } else {
      int best = -1;
      for (const TableTemplate& candidate : templates) {
        const int points = score(view, table, candidate, title_rows[i]);
        if (points > best) {
          best = points;
          table.table_template = &candidate;
        }
      }
    }
    if (table.table_template) found.push_back(std::move(table));
  }
  return found;
}

}  // namespace jixiao::core
