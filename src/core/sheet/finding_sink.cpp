// FindingSink (finding_sink.hpp): where the sheet rules put what they find.
#include "core/sheet/finding_sink.hpp"

#include <algorithm>

#include "core/text/invisible_characters.hpp"

namespace jixiao::core {

FindingSink::FindingSink(const GridView& view)
    : view_(view),
      value_cells_(static_cast<std::size_t>(view.rows()) * static_cast<std::size_t>(view.columns())),
      spaces_checked_(value_cells_.size()) {}

CellEdit FindingSink::edit(int row, int column, CellValue value) const {
  return {row + view_.grid().origin_row, column + view_.grid().origin_column, std::move(value)};
}

void FindingSink::add(int row, int column, Finding finding, std::vector<CellEdit> edits, Writes writes) {
  add_located(row, column, std::move(finding), std::move(edits), writes, false);
}

void FindingSink::add_located(int row, int column, Finding finding, std::vector<CellEdit> edits, Writes writes,
                              bool moves_cells) {
  // A fix writes only cells the user sees as plain content: never over a formula (its value comes
  // from elsewhere) nor into a cell a merge hides. The finding stays, without its fix.
  const auto untouchable = [&](const CellEdit& e) {
    const int r = e.row - view_.grid().origin_row, c = e.column - view_.grid().origin_column;
    const bool own_formula = writes == Writes::the_formula && r == row && c == column;
    return (view_.formula(r, c) && !own_formula) || view_.covered(r, c);
  };
  if (std::any_of(edits.begin(), edits.end(), untouchable)) {
    edits.clear();
    finding.fix.reset();
  }
  for (CellEdit& e : edits) keep_writable(e, finding, moves_cells);
  const bool moves = moves_cells && !edits.empty();
  findings_.push_back({view_.grid().sheet, row + view_.grid().origin_row, column + view_.grid().origin_column,
                       std::move(finding), std::move(edits), moves});
  if (findings_.size() >= 2 * max_findings) {
    // A sheet with a defect on every one of a million rows: keep the first ones only, so memory
    // stays bounded (stable, so equal positions keep the order they were found in).
    std::stable_sort(findings_.begin(), findings_.end(), finding_order);
    dropped_ += findings_.size() - max_findings;
    findings_.resize(max_findings);
  }
}

// No fix writes a character the user cannot type into a cell: a tab (Calc hands one over as
// U+0001, and writing that back stores the control character itself, which .xlsx keeps as
// _x0001_), another control character, a zero-width character, nor a line break the cell did not
// hold. A moved cell keeps its own line breaks (the user typed them); any other text keeps them
// only when the cell it is written to had one. The rules write clean text already; this is the
// last guard, and the finding's fix is what the edit writes.
void FindingSink::keep_writable(CellEdit& e, Finding& finding, bool moved) const {
  std::string* text = std::get_if<std::string>(&e.value);
  if (!text) return;
  bool line_breaks = moved;
  if (!moved) {
    const std::string* before = view_.text(e.row - view_.grid().origin_row, e.column - view_.grid().origin_column);
    line_breaks = before && before->find('\n') != std::string::npos;
  }
  if (!has_unwritable_character(*text, line_breaks)) return;
  std::string clean = writable_text(*text, line_breaks);
  if (finding.fix && *finding.fix == *text) finding.fix = clean;
  *text = std::move(clean);
}

void FindingSink::add_with_text_fix(int row, int column, Finding finding, Writes writes) {
  std::vector<CellEdit> edits;
  if (finding.fix) edits.push_back(edit(row, column, *finding.fix));
  add(row, column, std::move(finding), std::move(edits), writes);
}

void FindingSink::add_move(int row, int column, Finding finding, std::vector<CellEdit> edits) {
  add_located(row, column, std::move(finding), std::move(edits), Writes::content, true);
}

void FindingSink::explain(int row, int column) { explained_.emplace_back(row, column); }

bool FindingSink::explained(int row, int column) const {
  return std::find(explained_.begin(), explained_.end(), std::pair(row, column)) != explained_.end();
}

void FindingSink::mark_value_cell(int row, int column) {
  if (row >= 0 && column >= 0 && row < view_.rows() && column < view_.columns())
    value_cells_[static_cast<std::size_t>(row) * static_cast<std::size_t>(view_.columns()) + column] = true;
}

bool FindingSink::is_value_cell(int row, int column) const {
  return value_cells_[static_cast<std::size_t>(row) * static_cast<std::size_t>(view_.columns()) + column];
}

void FindingSink::mark_spaces_checked(int row, int column) {
  if (row >= 0 && column >= 0 && row < view_.rows() && column < view_.columns())
    spaces_checked_[static_cast<std::size_t>(row) * static_cast<std::size_t>(view_.columns()) + column] = true;
}

bool FindingSink::spaces_checked(int row, int column) const {
  return spaces_checked_[static_cast<std::size_t>(row) * static_cast<std::size_t>(view_.columns()) + column];
}

void FindingSink::withdraw(RuleId rule, int from_row, int end_row) {
  std::erase_if(findings_, [&](const LocatedFinding& f) {
    return f.finding.rule_id == rule && f.row >= from_row && f.row < end_row;
  });
}

std::vector<LocatedFinding> FindingSink::take() { return std::move(findings_); }

}  // namespace jixiao::core
