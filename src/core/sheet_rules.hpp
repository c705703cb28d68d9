#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/sheet_validation.hpp"
#include "core/table_recognition.hpp"

// The checks validate_grid runs over recognized tables, split by what they look at. Internal to
// the core: sheet_validation.cpp is their only caller.
namespace jixiao::core {

// Findings collected for one grid, in sheet coordinates, and the cells already looked at as
// indicator values (so that the prose checks do not report them twice).
class FindingSink {
 public:
  explicit FindingSink(const GridView& view);
  // Where a fix may write: cells the user sees as plain content, never over a formula nor into a
  // cell a merge hides; `formula_is_the_finding` lets a fix replace the formula the finding is
  // about (a target typed as "=100%").
  enum class Writes { content, the_formula };
  void add(int row, int column, Finding finding, std::vector<CellEdit> edits = {}, Writes writes = Writes::content);
  // A fix that writes `text` into the finding's own cell.
  void add_with_text_fix(int row, int column, Finding finding, Writes writes = Writes::content);
  // A finding whose fix moves cells (misaligned-row): offered one at a time (LocatedFinding::moves_cells).
  void add_move(int row, int column, Finding finding, std::vector<CellEdit> edits);
  // A cell whose error result another finding explains (a target typed as "=9个月" gives
  // #NAME?): cell-error is not reported for it.
  void explain(int row, int column);
  bool explained(int row, int column) const;
  CellEdit edit(int row, int column, CellValue value) const;
  void mark_value_cell(int row, int column);
  bool is_value_cell(int row, int column) const;
  std::vector<LocatedFinding> take();
  // Findings let go to keep at most about twice max_findings in memory (only the first
  // max_findings in finding_order are ever returned).
  std::size_t dropped() const { return dropped_; }

 private:
  void add_located(int row, int column, Finding finding, std::vector<CellEdit> edits, Writes writes, bool moves_cells);

  const GridView& view_;
  std::vector<LocatedFinding> findings_;
  std::size_t dropped_ = 0;
  std::vector<bool> value_cells_;
  std::vector<std::pair<int, int>> explained_;
};

// The order of validate_grid's result: row, column, then errors before warnings before infos.
bool finding_order(const LocatedFinding& a, const LocatedFinding& b);

// A label without stray spaces: every whitespace character goes except one ASCII space
// next to an ASCII letter or digit ("及时治疗 and 正常生活" keeps its English word apart).
std::string without_stray_spaces(std::string_view text);

// whitespace-in-text for a label or header cell, when it has any stray space.
void check_label_spaces(const GridView& view, int row, int column, FindingSink& sink);

// Levenshtein distance in code points (invalid bytes count as one each).
int edit_distance(std::string_view a, std::string_view b);

// Rows of one indicator block, section by section: alignment, levels, names, values, weights and
// directions (indicator_rules.cpp).
// `money_unit` is the table's (金额单位：万元), "" when it declares none.
void check_indicator_block(const GridView& view, const TableTemplate& table_template, const IndicatorBlock& block,
                           std::string_view money_unit, FindingSink& sink);

// Labels, amounts, totals and shares of one budget block (budget_rules.cpp).
void check_budget_block(const GridView& view, const TableTemplate& table_template, const BudgetBlock& block,
                        FindingSink& sink);

// A budget across one row: its total against its parts (budget_rules.cpp).
void check_budget_row(const GridView& view, const BudgetRow& budget, FindingSink& sink);

// Leftovers in any text cell not checked as a value (HTML, Word bookmarks), and cells holding
// formula errors (text_rules.cpp).
void check_text_cells(const GridView& view, FindingSink& sink);
void check_error_cells(const GridView& view, FindingSink& sink);

}  // namespace jixiao::core
