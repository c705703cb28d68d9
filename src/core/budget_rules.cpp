#include <algorithm>
#include <optional>

#include "core/arithmetic_checks.hpp"
#include "core/number_text.hpp"
#include "core/sheet_rules.hpp"
#include "core/value_text.hpp"

// The budget block (万元): every line has a label and amounts; totals equal their parts in each
// year column; shares equal part / total.
namespace jixiao::core {

namespace {

struct BudgetLine {
  int row = 0;
  std::string key;  // header_key of the label, "" for a line without one
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

void check_sums(const GridView& view, const TableTemplate& t, const BudgetBlock& block,
                const std::vector<BudgetLine>& lines, FindingSink& sink) {
  for (const BudgetSum& sum : t.sums) {
    const auto total = std::find_if(lines.begin(), lines.end(), [&](const BudgetLine& l) { return in(sum.total_labels, l.key); });
    if (total == lines.end()) continue;
    std::vector<int> part_rows;
    if (sum.parts_follow) {
      for (auto line = total + 1; line != lines.end() && !is_named_line(t, line->key); ++line)
        if (!line->key.empty()) part_rows.push_back(line->row);
    }
    for (const BudgetLine& line : lines)
      if (in(sum.parts, line.key)) part_rows.push_back(line.row);
    if (part_rows.empty()) continue;
    for (int column : block.columns_at(total->row).amounts) {
      const CellValue& total_cell = view.cell(total->row, column);
      std::vector<CellValue> parts;
      for (int row : part_rows) parts.push_back(view.cell(row, column));
      if (std::all_of(parts.begin(), parts.end(), [](const CellValue& v) { return std::holds_alternative<std::monostate>(v); }))
        continue;
      const auto result = sum_check(total_cell, parts);
      if (const SumCheck* check = std::get_if<SumCheck>(&result); check && check->finding)
        sink.add(total->row, column, *check->finding);
    }
  }
}

void check_shares(const GridView& view, const TableTemplate& t, const BudgetBlock& block,
                  const std::vector<BudgetLine>& lines, FindingSink& sink) {
  const auto total = std::find_if(lines.begin(), lines.end(), [&](const BudgetLine& l) { return in(t.share_totals, l.key); });
  if (total == lines.end()) return;
  for (const BudgetLine& line : lines) {
    const BudgetBlock::Columns& columns = block.columns_at(line.row);
    for (int share_column : columns.shares) {
      // A share belongs to the nearest amount column on its left (当年金额 | 占比).
      int amount_column = -1;
      for (int c : columns.amounts)
        if (c < share_column) amount_column = std::max(amount_column, c);
      if (amount_column < 0 || view.empty(line.row, share_column)) continue;
      const auto result = share_check(view.cell(line.row, amount_column), view.cell(total->row, amount_column),
                                      view.cell(line.row, share_column));
      if (const ShareCheck* check = std::get_if<ShareCheck>(&result); check && check->finding)
        sink.add(line.row, share_column, *check->finding);
    }
  }
}

}  // namespace

void check_budget_block(const GridView& view, const TableTemplate& table_template, const BudgetBlock& block,
                        FindingSink& sink) {
  // Header rows are the template's words; spaces and line breaks in them are layout.
  std::vector<BudgetLine> lines;
  for (int row = block.header_row + 1; row < block.end_row; ++row) {
    const BudgetBlock::Columns& columns = block.columns_at(row);
    if (columns.from_row == row) continue;  // a header row inside the block (支出 | 半年计划执行数)
    if (columns.amounts.empty()) continue;
    const int first_amount = *std::min_element(columns.amounts.begin(), columns.amounts.end());
    std::vector<int> filled;
    bool error_amount = false;  // an amount whose formula gives an error: cell-error, not a missing value
    for (int c : columns.amounts) {
      error_amount = error_amount || view.error(row, c);
      if (view.empty(row, c)) continue;
      filled.push_back(c);
      sink.mark_value_cell(row, c);
      if (const std::string* text = view.text(row, c)) {
        if (std::optional<double> number = parse_number_text(*text)) {
          Finding finding = make_finding("number-stored-as-text", {{"value", shortened_for_message(*text)}});
          sink.add(row, c, std::move(finding), {sink.edit(row, c, *number)});
        }
      }
    }
    const std::optional<int> label = label_column(view, row, first_amount);
    if (label) check_label_spaces(view, row, *label, sink);
    if (!label && !filled.empty()) {
      const CellValue& value = view.cell(row, filled.front());
      std::string shown = std::holds_alternative<double>(value) ? std::to_string(std::get<double>(value)) : "";
      if (const std::string* text = view.text(row, filled.front())) shown = shortened_for_message(*text);
      if (std::holds_alternative<double>(value)) {
        // The number as written: no trailing zeros from to_string.
        shown.erase(shown.find_last_not_of('0') + 1);
        if (!shown.empty() && shown.back() == '.') shown.pop_back();
      }
      sink.add(row, filled.front(), make_finding("value-without-name", {{"value", shown}}));
    }
    if (label && filled.empty() && !error_amount && view.text(row, *label)) {
      sink.add(row, *label, make_finding("missing-value", {{"name", shortened_for_message(*view.text(row, *label))}}));
    }
    lines.push_back({row, label ? view.key(row, *label) : std::string()});
  }
  check_sums(view, table_template, block, lines, sink);
  check_shares(view, table_template, block, lines, sink);
}

}  // namespace jixiao::core
