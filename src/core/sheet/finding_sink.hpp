// FindingSink: the findings the sheet rules report for one grid, in sheet coordinates, with the
// cell edits of their fixes kept to cells a fix may write.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "core/sheet/grid_view.hpp"
#include "core/sheet/sheet_validation.hpp"

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
  // A cell whose whitespace a rule has judged already (a name, an export's unit cell): the
  // sweep over the table's other text cells (check_whitespace_cells) passes it by.
  void mark_spaces_checked(int row, int column);
  bool spaces_checked(int row, int column) const;
  // Takes back the findings of `rule` in rows [from_row, end_row): a finding about the whole
  // table says what they would say cell by cell (an empty table's empty groups).
  void withdraw(RuleId rule, int from_row, int end_row);
  std::vector<LocatedFinding> take();
  // Findings let go to keep at most about twice max_findings in memory (only the first
  // max_findings in finding_order are ever returned).
  std::size_t dropped() const { return dropped_; }

 private:
  void add_located(int row, int column, Finding finding, std::vector<CellEdit> edits, Writes writes, bool moves_cells);
  void keep_writable(CellEdit& edit, Finding& finding, bool moved) const;

  const GridView& view_;
  std::vector<LocatedFinding> findings_;
  std::size_t dropped_ = 0;
  std::vector<bool> value_cells_;
  std::vector<bool> spaces_checked_;
  std::vector<std::pair<int, int>> explained_;
};

// The order of validate_grid's result: row, column, then errors before warnings before infos.
bool finding_order(const LocatedFinding& a, const LocatedFinding& b);

}  // namespace jixiao::core
