#pragma once

#include <string>
#include <vector>

#include "core/vocab/column_vocabulary.hpp"
#include "core/sheet/grid.hpp"
#include "core/sheet/grid_view.hpp"
#include "core/vocab/table_template.hpp"

// Finding the tables on a grid by their words: titles, indicator header rows (whose column roles
// come from data/templates/columns.tsv), budget header rows.
namespace jixiao::core {

// What a table is for. Only target tables are checked as such; self-evaluation (实际完成值, 得分)
// and monitoring (执行情况, 完成目标可能性) tables report on targets and have rules of their own.
enum class TableKind { target, self_evaluation, monitoring };

// Where each role's column is in an indicator block (-1 when the header has none).
struct IndicatorColumns {
  int first = -1, second = -1, third = -1;
  int operator_column = -1, value = -1, unit = -1, direction = -1, weight = -1;
  int half = -1, full = -1, expected = -1, past = -1;
  int basis = -1, category = -1, key_work = -1, project = -1;
  int actual = -1, score = -1, reason = -1, possibility = -1;
  // Left of the levels in a budget-system export (单位名称, 项目名称, 预算数, 年度目标): a row
  // with one of them filled starts the next project's table.
  std::vector<int> info;

  int* slot(ColumnRole role);
  int at(ColumnRole role) const;
  std::vector<int> value_columns() const;  // half, full, value, expected, in that order when present
  int leftmost() const;                    // of the levels
  int rightmost() const;                   // of every role
  // The target is kept in three columns (operator, value, unit) rather than one.
  bool split_target() const { return operator_column >= 0; }
};

struct IndicatorBlock {
  int header_row = 0;
  int end_row = 0;  // exclusive
  IndicatorColumns columns;
  TableKind kind = TableKind::target;
  // A second panel of the same rows (中长期目标 | 年度目标 side by side): its first level is the
  // first panel's, which reports on it.
  bool second_panel = false;
  // The first row of each section, ascending: one section a project (or a project's unit) in an
  // export of many projects, else one section for the whole block. Repeated indicators, empty
  // groups and weight totals are judged per section.
  std::vector<int> section_starts;
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

// A budget given across one row: a header of a total and its parts (年度部门整体支出预算 | 资金总额 |
// 财政拨款 | 其他资金) and the amounts in the row below it.
struct BudgetRow {
  int header_row = 0;
  int value_row = 0;
  int total_column = 0;
  std::vector<int> part_columns;
};

struct RecognizedTable {
  int first_row = 0;
  int end_row = 0;  // exclusive
  const TableTemplate* table_template = nullptr;
  TableKind kind = TableKind::target;
  // The money unit a note above or in the table declares (金额单位：万元), "" when none: a bare
  // amount under a cost indicator is in this unit.
  std::string money_unit;
  std::vector<IndicatorBlock> indicator_blocks;
  std::vector<BudgetBlock> budget_blocks;
  std::vector<BudgetRow> budget_rows;
};

// 收入构成, 支出构成, 收入, 支出 (a header_key): a line naming the group of budget lines below it,
// which the group's own 合计 closes.
bool is_budget_group_heading(const std::string& key);

// Whether a line under a form (its header_key) is its approvals or the names of who filled it in
// (财政部门审核意见, 填报人：…  联系电话：…): its spacing is the form's, its blanks are left on purpose.
bool is_signature_line(std::string_view head);

// Every table on the grid, top to bottom. A title row starts a table; an indicator or budget
// header without a title before it starts one too. The template is `forced` when not null,
// otherwise the one whose title, first levels and header roles fit best, per table; the national
// framework (the first template) wins a tie. Linear in the grid size.
std::vector<RecognizedTable> recognize_tables(const GridView& view, const std::vector<TableTemplate>& templates,
                                              const TableTemplate* forced);

// recognize_tables with the built-in column vocabulary extended by the templates' own words.
std::vector<RecognizedTable> recognize_tables(const GridView& view, const std::vector<TableTemplate>& templates,
                                              const TableTemplate* forced, const ColumnVocabulary& columns);

}  // namespace jixiao::core
