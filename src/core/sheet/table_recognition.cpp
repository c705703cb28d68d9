#include "core/sheet/table_recognition.hpp"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "core/vocab/name_units.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

bool is_signature_line(std::string_view head) {
  for (std::string_view word : {"(盖章)", "盖章", "财政部门审核意见", "主管部门审核意见", "审核意见", "填报人", "单位负责人:",
                                "联系电话:", "填报日期", "填表人", "联系人:", "单位领导", "分管领导", "经办人", "审核人", "制表人"})
    if (head.starts_with(word)) return true;
  // Any office's opinion box (财政部门支出股室初审意见 | （盖章）, 区扶贫办审核意见): a short label ending so.
  return head.size() <= 48 && (head.ends_with("意见") || head.ends_with("意见:"));
}

namespace {

// "2024年", "2023年度", "2022年执行数": a past-year amount column of the Hubei budget block.
bool is_year_header(const std::string& key) {
  if (key.size() < 7) return false;
  for (int i = 0; i < 4; ++i)
    if (key[i] < '0' || key[i] > '9') return false;
  return key.compare(4, 3, "年") == 0;
}

struct HeaderVocabulary {
  ColumnVocabulary columns;  // columns.tsv and every template's own words
  std::unordered_set<std::string> amounts, shares;
  std::vector<std::string> titles;
  std::vector<BudgetSum> sums;  // of every template, for budgets given across a row
};

// What a grid's keys are, worked out once a key: a sheet repeats the same words on every row, and
// recognition asks about every cell of every row.
class KeyFacts {
 public:
  KeyFacts(const GridView& view, const HeaderVocabulary& vocabulary)
      : view_(view), vocabulary_(vocabulary), roles_(view.key_count()), known_(view.key_count(), 0) {}

  const std::vector<ColumnRole>& roles(int row, int column) {
    const std::uint32_t id = view_.key_id(row, column);
    if (id == 0) return no_roles_;
    learn(id, row, column);
    return roles_[id];
  }

  bool title(int row, int column) {
    const std::uint32_t id = view_.key_id(row, column);
    if (id == 0) return false;
    learn(id, row, column);
    return known_[id] & title_bit;
  }

 private:
  static constexpr unsigned char known_bit = 1, title_bit = 2;

  void learn(std::uint32_t id, int row, int column) {
    if (known_[id] & known_bit) return;
    const std::string& key = view_.key(row, column);
    roles_[id] = header_roles(vocabulary_.columns, key);
    unsigned char facts = known_bit;
    for (const std::string& title : vocabulary_.titles)
      if (key.find(title) != std::string::npos) facts |= title_bit;
    known_[id] = facts;
  }

  const GridView& view_;
  const HeaderVocabulary& vocabulary_;
  std::vector<std::vector<ColumnRole>> roles_;
  std::vector<unsigned char> known_;
  const std::vector<ColumnRole> no_roles_;
};

HeaderVocabulary vocabulary_of(const std::vector<TableTemplate>& templates, const ColumnVocabulary& columns) {
  HeaderVocabulary vocabulary;
  vocabulary.columns = columns;
  for (const TableTemplate& t : templates) {
    vocabulary.columns.words.insert(vocabulary.columns.words.end(), t.columns.begin(), t.columns.end());
    vocabulary.amounts.insert(t.amount_columns.begin(), t.amount_columns.end());
    vocabulary.shares.insert(t.share_columns.begin(), t.share_columns.end());
    vocabulary.titles.insert(vocabulary.titles.end(), t.titles.begin(), t.titles.end());
    vocabulary.sums.insert(vocabulary.sums.end(), t.sums.begin(), t.sums.end());
  }
  return vocabulary;
}

bool is_level_or_value(ColumnRole role) {
  return role == ColumnRole::second || role == ColumnRole::third || role == ColumnRole::value;
}

TableKind kind_of(const IndicatorColumns& columns) {
  if (columns.possibility >= 0) return TableKind::monitoring;
  if (columns.actual >= 0 && columns.score < 0 && columns.expected >= 0) return TableKind::monitoring;
  if (columns.actual >= 0 || columns.score >= 0) return TableKind::self_evaluation;
  return TableKind::target;
}

// The panels of an indicator header row, when it is one: 一级指标, a second or third level, three
// header words at least. A level or value role named again starts a second panel of the same rows
// (中长期目标 | 年度目标 side by side), which shares the first level.
std::vector<IndicatorColumns> level_less_header(const GridView& view, int row, KeyFacts& facts);

// A list of indicators without levels (指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值, as Chongqing's
// department tables write them) is a block too: a name and a value column and a third word, its
// first level the column left of the names (-1, none: IndicatorColumns::first stays -1).
std::vector<IndicatorColumns> indicator_header(const GridView& view, int row, KeyFacts& facts) {
  int first = -1;
  for (int c = 0; c < view.columns() && first < 0; ++c) {
    const std::vector<ColumnRole>& r = facts.roles(row, c);
    if (std::find(r.begin(), r.end(), ColumnRole::first) != r.end()) first = c;
  }
  if (first < 0) return level_less_header(view, row, facts);
  std::vector<std::vector<ColumnRole>> roles(static_cast<std::size_t>(view.columns()));
  for (int c = 0; c < view.columns(); ++c) roles[c] = facts.roles(row, c);
  std::vector<IndicatorColumns> panels(1);
  panels[0].first = first;
  int matched = 1;
  // A header of two rows keeps its project columns in the row above, merged down (单位代码 |
  // 单位(专项)名称 | 资金总额 over an empty cell, beside 一级指标 | 二级指标 …).
  if (row > 0)
    for (int c = 0; c < first; ++c)
      if (roles[c].empty() && view.empty(row, c)) {
        const std::vector<ColumnRole>& above = facts.roles(row - 1, c);
        if (std::find(above.begin(), above.end(), ColumnRole::info) != above.end()) roles[c] = {ColumnRole::info};
      }
  for (int c = 0; c < view.columns(); ++c) {
    if (c == first || roles[c].empty()) continue;
    bool info = std::find(roles[c].begin(), roles[c].end(), ColumnRole::info) != roles[c].end();
    if (c < first) {
      // Left of the levels only the project or unit a row belongs to is meaningful.
      if (info) panels[0].info.push_back(c);
      continue;
    }
    const auto role = std::find_if(roles[c].begin(), roles[c].end(),
                                   [](ColumnRole r) { return r != ColumnRole::info && r != ColumnRole::first; });
    if (role == roles[c].end()) continue;
    int* slot = panels.back().slot(*role);
    if (*slot >= 0) {
      if (!is_level_or_value(*role)) continue;
      IndicatorColumns next;
      next.first = first;
      panels.push_back(next);
      slot = panels.back().slot(*role);
    }
    *slot = c;
    ++matched;
  }
  if (matched < 3 || (panels[0].second < 0 && panels[0].third < 0)) return {};
  // Levels without any value (一级 | 二级 | 三级 of a catalogue of purchased services) are no
  // indicator block: a block has targets, or reports on them.
  const IndicatorColumns& p = panels[0];
  if (p.value_columns().empty() && p.actual < 0 && p.score < 0 && p.possibility < 0 && p.operator_column < 0)
    return {};
  // A second panel needs indicators of its own.
  std::erase_if(panels, [&](const IndicatorColumns& p) { return &p != &panels[0] && p.third < 0 && p.value < 0; });
  return panels;
}

std::vector<IndicatorColumns> level_less_header(const GridView& view, int row, KeyFacts& facts) {
  IndicatorColumns columns;
  // The names' column first; the row's label left of it (绩效指标) says nothing of the columns.
  for (int c = 0; c < view.columns() && columns.third < 0; ++c) {
    const std::vector<ColumnRole>& roles = facts.roles(row, c);
    if (std::find(roles.begin(), roles.end(), ColumnRole::third) != roles.end()) columns.third = c;
  }
  if (columns.third < 0) return {};
  int matched = 1;
  for (int c = columns.third + 1; c < view.columns(); ++c) {
    const std::vector<ColumnRole>& roles = facts.roles(row, c);
    const auto role = std::find_if(roles.begin(), roles.end(), [](ColumnRole r) {
      return r != ColumnRole::info && r != ColumnRole::first && r != ColumnRole::second && r != ColumnRole::half;
    });
    if (role == roles.end()) continue;
    int* slot = columns.slot(*role);
    if (*slot >= 0) return {};  // a role named twice: no plain list
    *slot = c;
    ++matched;
  }
  if (columns.third < 0 || columns.value < 0 || columns.value < columns.third || matched < 3) return {};
  // Self-evaluation and monitoring lists are recognized by their words all the same.
  return {columns};
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

bool is_title_row(const GridView& view, int row, KeyFacts& facts) {
  for (int c = 0; c < view.columns(); ++c)
    if (facts.title(row, c)) return true;
  return false;
}

// A budget across a row: every label of the row after its first is a total or a part of one sum
// (资金总额 | 财政拨款 | 其他资金; a sub-label such as 其中 makes it something else), and the next row
// has amounts under the total and under a part.
std::optional<BudgetRow> budget_row(const GridView& view, int row, const HeaderVocabulary& vocabulary) {
  std::vector<int> labelled;
  for (int c = 0; c < view.columns(); ++c)
    if (!view.key(row, c).empty()) labelled.push_back(c);
  if (labelled.size() < 2) return std::nullopt;
  int next = row + 1;
  while (next < view.rows() && view.blank_row(next)) ++next;
  if (next >= view.rows()) return std::nullopt;
  for (const BudgetSum& sum : vocabulary.sums) {
    if (sum.parts.empty()) continue;
    BudgetRow found{row, next, -1, {}};
    bool other = false;
    for (std::size_t i = 0; i < labelled.size(); ++i) {
      const std::string& key = view.key(row, labelled[i]);
      const bool total = std::find(sum.total_labels.begin(), sum.total_labels.end(), key) != sum.total_labels.end();
      const bool part = std::find(sum.parts.begin(), sum.parts.end(), key) != sum.parts.end();
      if (total && found.total_column < 0) found.total_column = labelled[i];
      else if (part && found.total_column >= 0) found.part_columns.push_back(labelled[i]);
      else if (i > 0) other = true;  // the first label may name the row (年度部门整体支出预算)
    }
    if (other || found.total_column < 0 || found.part_columns.empty()) continue;
    if (!view.holds_number(next, found.total_column)) continue;
    if (std::none_of(found.part_columns.begin(), found.part_columns.end(),
                     [&](int c) { return view.holds_number(next, c); }))
      continue;
    return found;
  }
  return std::nullopt;
}

// A row whose first text is a budget group heading.
bool is_group_heading_row(const GridView& view, int row) {
  for (int c = 0; c < view.columns(); ++c) {
    const std::string& key = view.key(row, c);
    if (key.empty()) continue;
    return is_budget_group_heading(key);
  }
  return false;
}

bool has_amount(const GridView& view, int row, const BudgetBlock::Columns& columns) {
  for (int c : columns.amounts)
    if (!view.empty(row, c)) return true;
  return false;
}

// A note under a table (注：…, 说明：…, 填报说明) or a row with content only left of the levels
// outside the project columns (a footnote across the page): the indicator block has ended.
bool ends_block(const GridView& view, int row, const IndicatorColumns& columns) {
  const int leftmost = columns.leftmost();
  bool first_filled = true;
  bool any = false;
  for (int c = 0; c < view.columns(); ++c) {
    if (view.empty(row, c)) continue;
    if (first_filled) {
      first_filled = false;
      const std::string& key = view.key(row, c);
      const std::string* text = view.text(row, c);
      // Long notes have no key; their first characters say what they are.
      const std::string head = !key.empty() ? key : text ? header_key(std::string_view(*text).substr(0, 24)) : "";
      for (std::string_view note : {"注:", "注1", "说明:", "备注", "填报说明", "填表说明", "取数说明", "附件"})
        if (head.starts_with(note)) return true;
      // The signatures under a form (财政部门审核意见 | (盖章) 年 月 日, 填报人:, 联系电话:).
      if (is_signature_line(head)) return true;
    }
    if (c >= leftmost || std::find(columns.info.begin(), columns.info.end(), c) != columns.info.end()) return false;
    any = true;
  }
  return any;
}

void find_sections(const GridView& view, IndicatorBlock& block) {
  block.section_starts.assign(1, block.header_row + 1);
  if (block.columns.info.empty()) return;
  for (int row = block.header_row + 2; row < block.end_row; ++row)
    for (int c : block.columns.info)
      if (!view.empty(row, c)) {
        block.section_starts.push_back(row);
        break;
      }
}

// The longest title word of the template found in the table's title rows, in bytes (UTF-8: a
// longer, more specific title such as 项目支出预算绩效目标表 beats 绩效目标表).
std::size_t title_length(const GridView& view, const std::vector<int>& title_rows, const TableTemplate& candidate) {
  std::size_t longest = 0;
  for (int row : title_rows)
    for (int c = 0; c < view.columns(); ++c) {
      const std::string& key = view.key(row, c);
      if (key.empty()) continue;
      for (const std::string& title : candidate.titles)
        if (title.size() > longest && key.find(title) != std::string::npos) longest = title.size();
    }
  return longest;
}

bool has_signature(const TableTemplate& candidate, const IndicatorColumns& columns) {
  if (candidate.signature.empty()) return false;
  return std::all_of(candidate.signature.begin(), candidate.signature.end(),
                     [&](ColumnRole role) { return columns.at(role) >= 0; });
}

int score(const GridView& view, const RecognizedTable& table, const TableTemplate& candidate,
          const std::vector<int>& title_rows) {
  int points = static_cast<int>(title_length(view, title_rows, candidate)) * 10;
  for (const IndicatorBlock& block : table.indicator_blocks) {
    if (has_signature(candidate, block.columns)) points += 20;
    if (block.second_panel) continue;
    for (int r = block.header_row + 1; r < block.end_row; ++r) {
      const FirstLevel* first = find_first_level(candidate, view.key(r, block.columns.first));
      if (!first) continue;
      points += 2;
      const std::string& second = view.key(r, block.columns.second);
      if (!second.empty() && !first->free_seconds && allows_second(*first, second)) ++points;
    }
  }
  if (!table.budget_blocks.empty() && !candidate.amount_columns.empty()) points += 5;
  return points;
}

}  // namespace

namespace {

// The member of `columns` that holds a role's column (const or not), nullptr for info.
template <class Columns>
auto* member(Columns& columns, ColumnRole role) {
  switch (role) {
    case ColumnRole::first: return &columns.first;
    case ColumnRole::second: return &columns.second;
    case ColumnRole::third: return &columns.third;
    case ColumnRole::operator_column: return &columns.operator_column;
    case ColumnRole::value: return &columns.value;
    case ColumnRole::unit: return &columns.unit;
    case ColumnRole::direction: return &columns.direction;
    case ColumnRole::weight: return &columns.weight;
    case ColumnRole::half: return &columns.half;
    case ColumnRole::full: return &columns.full;
    case ColumnRole::expected: return &columns.expected;
    case ColumnRole::past: return &columns.past;
    case ColumnRole::basis: return &columns.basis;
    case ColumnRole::category: return &columns.category;
    case ColumnRole::key_work: return &columns.key_work;
    case ColumnRole::project: return &columns.project;
    case ColumnRole::actual: return &columns.actual;
    case ColumnRole::score: return &columns.score;
    case ColumnRole::reason: return &columns.reason;
    case ColumnRole::possibility: return &columns.possibility;
    case ColumnRole::info: break;
  }
  return static_cast<decltype(&columns.first)>(nullptr);
}

}  // namespace

int* IndicatorColumns::slot(ColumnRole role) {
  // Info columns are a list (IndicatorColumns::info); a scratch slot keeps callers simple.
  static thread_local int scratch = -1;
  int* found = member(*this, role);
  if (found) return found;
  scratch = -1;
  return &scratch;
}

int IndicatorColumns::at(ColumnRole role) const {
  if (role == ColumnRole::info) return info.empty() ? -1 : info.front();
  const int* found = member(*this, role);
  return found ? *found : -1;
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
  for (int c : {first, second, third, operator_column, value, unit, direction, weight, half, full, expected, past,
                basis, category, key_work, project, actual, score, reason, possibility})
    result = std::max(result, c);
  return result;
}

bool is_budget_group_heading(const std::string& key) {
  return key.ends_with("构成") || key == "收入" || key == "支出" || key.ends_with("情况");
}

const BudgetBlock::Columns& BudgetBlock::columns_at(int row) const {
  const Columns* found = &columns.front();
  for (const Columns& c : columns)
    if (c.from_row <= row) found = &c;
  return *found;
}

std::vector<RecognizedTable> recognize_tables(const GridView& view, const std::vector<TableTemplate>& templates,
                                              const TableTemplate* forced) {
  return recognize_tables(view, templates, forced, builtin_column_vocabulary());
}

namespace {

// Reads a sheet row by row into tables, each row going to the first phase that claims it: a
// blank row, a title, a money note, a budget across one row, an indicator header, the end of an
// indicator block, a second header row of years, a budget header, a budget line.
class TableScanner {
 public:
  TableScanner(const GridView& view, const HeaderVocabulary& vocabulary)
      : view_(view), vocabulary_(vocabulary), facts_(view, vocabulary) {}

  void scan() {
    for (int row = 0; row < view_.rows(); ++row) {
      if (blank_row(row) || title_row(row) || money_note_row(row)) continue;
      take_heading_money_unit(row);
      if (budget_across_row(row) || indicator_header_row(row) || indicator_block_end(row) ||
          year_header_row(row) || budget_header_row(row))
        continue;
      budget_line(row);
    }
    if (in_table_) close_open(view_.rows());
  }

  std::vector<RecognizedTable> tables;
  std::vector<std::vector<int>> title_rows;  // per table

 private:
  // One blank line ends a budget block (its rows are contiguous); indicator blocks carry on
  // across blank lines, which real tables have inside them.
  bool blank_row(int row) {
    if (!view_.blank_row(row)) return false;
    if (open_budget_) {
      open_budget_->end_row = row;
      open_budget_ = nullptr;
    }
    return true;
  }

  bool title_row(int row) {
    if (!is_title_row(view_, row, facts_)) return false;
    start_table(row);
    title_rows.back().push_back(row);
    // A title may carry the note itself (…绩效目标表（单位：万元）).
    note_money_unit(row);
    return true;
  }

  bool money_note_row(int row) { return open_blocks_.empty() && note_money_unit(row); }

  // A budget heading in 万元 (预算金额（万元）) is the table's unit when no note gave one.
  void take_heading_money_unit(int row) {
    if (!open_blocks_.empty() || !in_table_ || !tables.back().money_unit.empty()) return;
    if (std::optional<std::string> unit = money_unit_in_row(row, money_unit_of_heading))
      tables.back().money_unit = *unit;
  }

  // A budget written across one row (header and amounts side by side); `row` moves past it.
  bool budget_across_row(int& row) {
    if (!open_blocks_.empty() || open_budget_) return false;
    std::optional<BudgetRow> across = budget_row(view_, row, vocabulary_);
    if (!across) return false;
    if (!in_table_) start_table(row);
    tables.back().budget_rows.push_back(*across);
    row = across->value_row;
    return true;
  }

  bool indicator_header_row(int& row) {
    std::vector<IndicatorColumns> panels = indicator_header(view_, row, facts_);
    if (panels.empty()) return false;
    if (!in_table_) start_table(row);
    close_open(row);
    if (value_subheader(row, panels.front())) ++row;
    for (IndicatorColumns& panel : panels) swap_direction_and_operator(row, panel);
    const TableKind kind = kind_of(panels.front());
    for (std::size_t p = 0; p < panels.size(); ++p) {
      open_blocks_.push_back(tables.back().indicator_blocks.size());
      tables.back().indicator_blocks.push_back({row, view_.rows(), std::move(panels[p]), kind, p > 0, {}});
    }
    return true;
  }

  // Some systems (内蒙古's among them) head the direction 指标性质 (正向 / 反向) and the comparison
  // 指标方向 (= ≥ ≤): the words say the opposite of what the columns hold. The cells below decide:
  // when the operator column holds directions and the direction column comparisons, the two
  // roles are swapped, so that neither 正向 is reported as an unknown comparison nor = as a
  // missing direction.
  void swap_direction_and_operator(int header_row, IndicatorColumns& columns) const {
    if (columns.operator_column < 0 || columns.direction < 0) return;
    const auto is_direction = [](const std::string& key) { return key.starts_with("正向") || key.starts_with("反向"); };
    const auto is_comparison = [](const std::string& key) {
      for (std::string_view sign : {"=", "≥", "≤", ">", "<", ">=", "<=", "定性"})
        if (key == sign) return true;
      return false;
    };
    int directions_under_operator = 0, comparisons_under_direction = 0, others = 0;
    const int last = std::min(view_.rows(), header_row + 1 + 40);
    for (int r = header_row + 1; r < last; ++r) {
      const std::string& op = view_.key(r, columns.operator_column);
      const std::string& dir = view_.key(r, columns.direction);
      if (!op.empty()) (is_direction(op) ? directions_under_operator : others) += 1;
      if (!dir.empty()) (is_comparison(dir) ? comparisons_under_direction : others) += 1;
    }
    if (directions_under_operator >= 2 && comparisons_under_direction >= 2 &&
        others <= (directions_under_operator + comparisons_under_direction) / 4)
      std::swap(columns.operator_column, columns.direction);
  }

  // A value header over two columns with a row of its own under it (指标值 over 2021年实际实现值 |
  // 预期2022年实现值): the row below names the columns, the levels' cells in it are empty. The
  // value is the column of the year's target (预期, 目标, 指标值 …); the other is last year's.
  // Returns whether the row below is such a sub-header (the block then starts after it).
  bool value_subheader(int row, IndicatorColumns& columns) const {
    const int value = columns.value;
    if (value < 0 || row + 1 >= view_.rows()) return false;
    for (int c : {columns.first, columns.second, columns.third})
      if (c >= 0 && !view_.empty(row + 1, c) && !view_.covered(row + 1, c)) return false;
    // The value header's own width: its merge, else the value column and the one after it.
    int last = value;
    while (last + 1 < view_.columns() && view_.covered(row, last + 1)) ++last;
    if (last == value) return false;
    int target = -1, past = -1;
    for (int c = value; c <= last; ++c) {
      const std::string& key = view_.key(row + 1, c);
      if (key.empty()) continue;
      if (key.find("实际") != std::string::npos || key.find("上年") != std::string::npos) past = c;
      else if (key.find("预期") != std::string::npos || key.find("目标") != std::string::npos ||
               key.find("指标值") != std::string::npos || key.find("本年") != std::string::npos)
        target = c;
    }
    if (target < 0) return false;
    columns.value = target;
    if (past >= 0) columns.past = past;
    return true;
  }

  bool indicator_block_end(int row) {
    if (open_blocks_.empty() || !ends_block(view_, row, tables.back().indicator_blocks[open_blocks_.front()].columns))
      return false;
    close_open(row);
    return true;
  }

  // A second header row of year columns (近两年收支金额 over 2024年 | 2023年): more amounts.
  bool year_header_row(int row) {
    if (!open_budget_ || row != open_budget_->columns.back().from_row + 1 ||
        has_amount(view_, row, open_budget_->columns.back()))
      return false;
    std::vector<int> years;
    for (int c = 0; c < view_.columns(); ++c)
      if (is_year_header(view_.key(row, c))) years.push_back(c);
    if (years.empty()) return false;
    BudgetBlock::Columns& columns = open_budget_->columns.back();
    for (int c : years)
      if (std::find(columns.amounts.begin(), columns.amounts.end(), c) == columns.amounts.end())
        columns.amounts.push_back(c);
    std::sort(columns.amounts.begin(), columns.amounts.end());
    columns.from_row = row;  // the header ends here: lines start below it
    return true;
  }

  bool budget_header_row(int row) {
    std::optional<BudgetBlock::Columns> budget = budget_header(view_, row, vocabulary_);
    if (!budget) return false;
    if (open_budget_) {
      open_budget_->columns.push_back(std::move(*budget));
      return true;
    }
    if (!in_table_) start_table(row);
    close_open(row);
    tables.back().budget_blocks.push_back({row, view_.rows(), {std::move(*budget)}});
    open_budget_ = &tables.back().budget_blocks.back();
    return true;
  }

  // A line without amounts ends a budget block, unless it heads the next group (支出构成).
  void budget_line(int row) {
    if (open_budget_ && !has_amount(view_, row, open_budget_->columns.back()) && !is_group_heading_row(view_, row)) {
      open_budget_->end_row = row;
      open_budget_ = nullptr;
    }
  }

  void close_open(int row) {
    for (std::size_t i : open_blocks_) tables.back().indicator_blocks[i].end_row = row;
    if (open_budget_) open_budget_->end_row = row;
    open_blocks_.clear();
    open_budget_ = nullptr;
  }

  // The first money unit `read` finds in a text of the row (money_unit_note, money_unit_of_heading).
  template <class Read>
  std::optional<std::string> money_unit_in_row(int row, Read read) const {
    for (int c = 0; c < view_.columns(); ++c)
      if (const std::string* text = view_.text(row, c))
        if (std::optional<std::string> unit = read(*text)) return unit;
    return std::nullopt;
  }

  // The money note in the row, if any: it applies to the open table and to the tables after it.
  bool note_money_unit(int row) {
    const std::optional<std::string> unit = money_unit_in_row(row, money_unit_note);
    if (!unit) return false;
    pending_money_unit_ = *unit;
    if (in_table_) tables.back().money_unit = *unit;
    return true;
  }

  void start_table(int row) {
    if (in_table_) close_open(row);
    if (in_table_) tables.back().end_row = row;
    tables.push_back({row, view_.rows(), nullptr, TableKind::target, pending_money_unit_, {}, {}, {}});
    title_rows.emplace_back();
    in_table_ = true;
  }

  const GridView& view_;
  const HeaderVocabulary& vocabulary_;
  KeyFacts facts_;
  bool in_table_ = false;
  std::vector<std::size_t> open_blocks_;  // indexes into tables.back().indicator_blocks (one a panel)
  BudgetBlock* open_budget_ = nullptr;
  std::string pending_money_unit_;  // the last money note seen (金额单位：万元)
};

// The template a table is checked against: the forced one, else the best scoring candidate.
const TableTemplate* template_of(const GridView& view, const RecognizedTable& table, const std::vector<int>& title_rows,
                                 const std::vector<TableTemplate>& templates, const TableTemplate* forced) {
  if (forced) return forced;
  const TableTemplate* chosen = nullptr;
  int best = -1;
  for (const TableTemplate& candidate : templates) {
    const int points = score(view, table, candidate, title_rows);
    if (points > best) {
      best = points;
      chosen = &candidate;
    }
  }
  return chosen;
}

}  // namespace

std::vector<RecognizedTable> recognize_tables(const GridView& view, const std::vector<TableTemplate>& templates,
                                              const TableTemplate* forced, const ColumnVocabulary& columns) {
  const HeaderVocabulary vocabulary = vocabulary_of(templates, columns);
  TableScanner scanner(view, vocabulary);
  scanner.scan();
  std::vector<RecognizedTable> found;
  for (std::size_t i = 0; i < scanner.tables.size(); ++i) {
    RecognizedTable& table = scanner.tables[i];
    // A title with nothing under it (a cover page) is not a table, nor are budget rows alone.
    if (table.indicator_blocks.empty() && table.budget_blocks.empty()) continue;
    for (IndicatorBlock& block : table.indicator_blocks) {
      find_sections(view, block);
      if (block.kind != TableKind::target) table.kind = block.kind;
    }
    table.table_template = template_of(view, table, scanner.title_rows[i], templates, forced);
    if (table.table_template) found.push_back(std::move(table));
  }
  return found;
}

}  // namespace jixiao::core
