#include <algorithm>
#include <cmath>
#include <optional>

#include "core/values/arithmetic_checks.hpp"
#include "core/sheet/cell_display.hpp"
#include "core/text/number_text.hpp"
#include "core/sheet/sheet_rules.hpp"
#include "core/text/value_text.hpp"

// The budget block (万元): every line has a label and amounts; totals equal their parts in each
// year column; shares equal part / total. Totals are found by their words: the template's named
// sums (资金总额 = 财政拨款 + 上年结转资金 + 其他资金), and any group closed (or opened) by its own
// 合计, 小计 or 总计 (Hubei: 收入构成 … 合计, 支出构成 … 合计, each share of its own group's 合计).
namespace jixiao::core {

namespace {

struct BudgetLine {
  int row = 0;
  std::string key;  // header_key of the label, "" for a line without one
  bool has_amounts = false;
  bool group_header = false;  // 收入构成, 支出构成: starts a group, holds no amounts
  int shift = 0;  // its amounts stand this many columns right (+) or left (-) of their headers
};

bool in(const std::vector<std::string>& words, const std::string& key) {
  return std::find(words.begin(), words.end(), key) != words.end();
}

// The label of a line: the nearest text left of the amounts; "小计" (subtotal) belongs to the
// label before it (财政拨款 | 小计).
std::optional<int> label_column(const GridView& view, int row, int first_amount) {
  std::optional<int> subtotal;
  for (int c = first_amount - 1; c >= 0; --c) {
    if (view.empty(row, c) || !view.text(row, c)) continue;
    if (view.key(row, c) == "小计") {
      subtotal = c;
      continue;
    }
    return c;
  }
  return subtotal;
}

bool is_named_line(const TableTemplate& t, const std::string& key) {
  for (const BudgetSum& sum : t.sums)
    if (in(sum.total_labels, key) || in(sum.parts, key)) return true;
  return false;
}

bool is_explicit_total(const TableTemplate& t, const std::string& key) {
  for (const BudgetSum& sum : t.sums)
    if (in(sum.total_labels, key)) return true;
  return false;
}

// 合计, 小计, 总计, 收入合计, 支出总计: a line that totals its group.
bool is_group_total(const std::string& key) {
  return key == "合计" || key == "小计" || key == "总计" || key.ends_with("合计") || key.ends_with("总计");
}

// The amount and share columns of a line, left to right.
std::vector<int> value_columns(const BudgetBlock::Columns& columns) {
  std::vector<int> all = columns.amounts;
  all.insert(all.end(), columns.shares.begin(), columns.shares.end());
  std::sort(all.begin(), all.end());
  return all;
}

// The cell a line's amount for `column` is in: its own, or the one its shift put it in.
CellValue amount_at(const GridView& view, const BudgetLine& line, int column) {
  return view.cell(line.row, column + line.shift);
}

std::string shown_amount(const GridView& view, int row, int column) {
  return shortened_for_message(view.shown(row, column));
}

void report_sum(int row, int column, const CellValue& total, const std::vector<CellValue>& parts, FindingSink& sink) {
  if (std::all_of(parts.begin(), parts.end(), [](const CellValue& v) { return std::holds_alternative<std::monostate>(v); }))
    return;
  const auto result = sum_check(total, parts, std::nullopt, Rounding::each_rounded);
  if (const SumCheck* check = std::get_if<SumCheck>(&result); check && check->finding)
    sink.add(row, column, *check->finding);
}

class BudgetChecker {
 public:
  BudgetChecker(const GridView& view, const TableTemplate& t, const BudgetBlock& block, FindingSink& sink)
      : view_(view), t_(t), block_(block), sink_(sink) {}

  void run() {
    // Header rows are the template's words; spaces and line breaks in them are layout.
    for (int row = block_.header_row + 1; row < block_.end_row; ++row) read_line(row);
    check_named_sums();
    check_group_totals();
    check_shares();
  }

 private:
  void read_line(int row) {
    const BudgetBlock::Columns& columns = block_.columns_at(row);
    if (columns.from_row == row) return;  // a header row inside the block (支出 | 半年计划执行数)
    if (columns.amounts.empty()) return;
    const int first_amount = *std::min_element(columns.amounts.begin(), columns.amounts.end());
    const std::optional<int> label = label_column(view_, row, first_amount);
    if (label) check_label_spaces(view_, row, *label, sink_);
    BudgetLine line{row, label ? view_.key(row, *label) : std::string(), false, false, 0};
    if (label && !view_.error(row, first_amount)) {
      if (const int shift = shifted_by(row, columns); shift != 0) {
        line.shift = shift;
        line.has_amounts = true;
        report_shift(row, columns, shift);
        lines_.push_back(std::move(line));
        return;
      }
    }
    std::vector<int> filled;
    bool error_amount = false;  // an amount whose formula gives an error: cell-error, not a missing value
    for (int c : columns.amounts) {
      error_amount = error_amount || view_.error(row, c);
      if (view_.empty(row, c)) continue;
      filled.push_back(c);
      check_stored_as_text(row, c);
    }
    line.has_amounts = !filled.empty();
    if (!label && !filled.empty()) {
      sink_.add(row, filled.front(), make_finding(RuleId::value_without_name, {{"value", shown_amount(view_, row, filled.front())}}));
    }
    if (label && !line.has_amounts && !error_amount && view_.text(row, *label)) {
      if (is_budget_group_heading(line.key))
        line.group_header = true;
      else
        sink_.add(row, *label, make_finding(RuleId::missing_value, {{"name", shortened_for_message(*view_.text(row, *label))}}));
    }
    lines_.push_back(std::move(line));
  }

  void check_stored_as_text(int row, int column) {
    sink_.mark_value_cell(row, column);
    const std::string* text = view_.text(row, column);
    if (!text) return;
    if (std::optional<double> number = parse_number_text(*text)) {
      // Read as the number it is for the sums; stored as text it drops out of Calc's own SUM.
      Finding finding = make_finding(RuleId::number_stored_as_text, {{"value", shortened_for_message(*text)}});
      sink_.add(row, column, std::move(finding), {sink_.edit(row, column, *number)});
    }
  }

  // A line pasted one column off: the first of its columns left empty, every amount and share one
  // column to the right of where its header is (a share where a share belongs, an amount where an
  // amount does), and its last value past the block's last column. Its amounts count where they
  // belong.
  int shifted_by(int row, const BudgetBlock::Columns& columns) const {
    const std::vector<int> all = value_columns(columns);
    if (all.size() < 2 || !view_.empty(row, all.front()) || all.back() + 1 >= view_.columns()) return 0;
    if (!view_.holds_number(row, all.back() + 1)) return 0;
    int values = 0;
    for (int c : all) {
      const int from = c + 1;
      if (view_.empty(row, from)) continue;
      const bool share = std::binary_search(columns.shares.begin(), columns.shares.end(), c);
      if (share ? !is_share(view_.cell(row, from)) : !view_.holds_number(row, from)) return 0;
      ++values;
    }
    return values >= 2 ? 1 : 0;
  }

  static bool is_share(const CellValue& cell) {
    if (const double* number = std::get_if<double>(&cell)) return std::abs(*number) <= 1.5;
    const std::string* text = std::get_if<std::string>(&cell);
    if (!text) return false;
    std::string t = *text;
    while (!t.empty() && (t.back() == ' ')) t.pop_back();
    return t.ends_with("%") && parse_number_text(t.substr(0, t.size() - 1)).has_value();
  }

  void report_shift(int row, const BudgetBlock::Columns& columns, int shift) {
    const std::vector<int> all = value_columns(columns);
    std::vector<CellEdit> edits;
    for (int c : all) edits.push_back(sink_.edit(row, c, view_.cell(row, c + shift)));
    // The cell the move leaves behind on the far side is emptied.
    edits.push_back(sink_.edit(row, shift > 0 ? all.back() + 1 : all.front() - 1, CellValue{}));
    for (int c : all) sink_.mark_value_cell(row, c + shift);
    sink_.add_move(row, all.front() + std::min(shift, 0),
                   make_finding(RuleId::misaligned_row, {{"side", shift > 0 ? "left" : "right"}, {"columns", "1"}}),
                   std::move(edits));
  }

  // The template's named sums: 资金总额 = its sources, 项目支出 = the project lines after it.
  void check_named_sums() {
    for (const BudgetSum& sum : t_.sums) {
      const auto total =
          std::find_if(lines_.begin(), lines_.end(), [&](const BudgetLine& l) { return in(sum.total_labels, l.key); });
      if (total == lines_.end()) continue;
      std::vector<const BudgetLine*> parts;
      if (sum.parts_follow) {
        for (auto line = total + 1; line != lines_.end() && !is_named_line(t_, line->key); ++line)
          if (!line->key.empty()) parts.push_back(&*line);
      }
      for (const BudgetLine& line : lines_)
        if (in(sum.parts, line.key)) parts.push_back(&line);
      check_total(*total, parts);
    }
  }

  // Groups closed by their own 合计 (or opened by it when nothing stands before it in its group):
  // every amount column of the group adds up to its total.
  void check_group_totals() {
    std::size_t group_start = 0;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      const BudgetLine& line = lines_[i];
      if (line.group_header) {
        group_start = i + 1;
        continue;
      }
      if (!is_group_total(line.key) || is_explicit_total(t_, line.key)) continue;
      std::vector<const BudgetLine*> parts;
      for (std::size_t j = group_start; j < i; ++j)
        if (is_part(lines_[j])) parts.push_back(&lines_[j]);
      if (parts.empty()) {
        // Opening total: the lines after it, to the next total or heading.
        for (std::size_t j = i + 1; j < lines_.size() && !lines_[j].group_header && !is_group_total(lines_[j].key); ++j)
          if (is_part(lines_[j])) parts.push_back(&lines_[j]);
      }
      group_totals_.push_back({&line, group_start, i});
      check_total(line, parts);
      group_start = i + 1;
    }
  }

  static bool is_part(const BudgetLine& line) { return !line.group_header && !line.key.empty() && line.has_amounts; }

  void check_total(const BudgetLine& total, const std::vector<const BudgetLine*>& parts) {
    if (parts.empty()) return;
    for (int column : block_.columns_at(total.row).amounts) {
      std::vector<CellValue> cells;
      for (const BudgetLine* part : parts) cells.push_back(amount_at(view_, *part, column));
      if (view_.empty(total.row, column + total.shift)) continue;
      report_sum(total.row, column + total.shift, amount_at(view_, total, column), cells, sink_);
    }
  }

  // Shares (占比): of the line's own group total (收入构成 … 合计), else of the template's share total.
  void check_shares() {
    const auto named_total = std::find_if(lines_.begin(), lines_.end(), [&](const BudgetLine& l) { return in(t_.share_totals, l.key); });
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      const BudgetLine& line = lines_[i];
      const BudgetLine* total = group_total_of(i);
      if (!total && named_total != lines_.end()) total = &*named_total;
      if (!total) continue;
      const BudgetBlock::Columns& columns = block_.columns_at(line.row);
      for (int share_column : columns.shares) {
        // A share belongs to the nearest amount column on its left (当年金额 | 占比).
        int amount_column = -1;
        for (int c : columns.amounts)
          if (c < share_column) amount_column = std::max(amount_column, c);
        const int at = share_column + line.shift;
        if (amount_column < 0 || view_.empty(line.row, at)) continue;
        const auto result = share_check(amount_at(view_, line, amount_column), amount_at(view_, *total, amount_column),
                                        view_.cell(line.row, at));
        if (const ShareCheck* check = std::get_if<ShareCheck>(&result); check && check->finding)
          sink_.add(line.row, at, *check->finding);
      }
    }
  }

  const BudgetLine* group_total_of(std::size_t index) const {
    for (const GroupTotal& group : group_totals_)
      if (index >= group.first && index <= group.total_index) return group.total;
    return nullptr;
  }

  struct GroupTotal {
    const BudgetLine* total;
    std::size_t first;
    std::size_t total_index;
  };

  const GridView& view_;
  const TableTemplate& t_;
  const BudgetBlock& block_;
  FindingSink& sink_;
  std::vector<BudgetLine> lines_;
  std::vector<GroupTotal> group_totals_;
};

}  // namespace

void check_budget_block(const GridView& view, const TableTemplate& table_template, const BudgetBlock& block,
                        FindingSink& sink) {
  BudgetChecker(view, table_template, block, sink).run();
}

void check_budget_row(const GridView& view, const BudgetRow& budget, FindingSink& sink) {
  std::vector<CellValue> parts;
  for (int c : budget.part_columns) {
    parts.push_back(view.cell(budget.value_row, c));
    if (view.text(budget.value_row, c)) sink.mark_value_cell(budget.value_row, c);
  }
  sink.mark_value_cell(budget.value_row, budget.total_column);
  report_sum(budget.value_row, budget.total_column, view.cell(budget.value_row, budget.total_column), parts, sink);
}

}  // namespace jixiao::core
