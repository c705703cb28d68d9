#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/finding.hpp"
#include "core/sheet/grid.hpp"

namespace jixiao::core {

// One cell's new content, in sheet coordinates: what a fix writes.
struct CellEdit {
  int row = 0;
  int column = 0;
  CellValue value;  // text, a number (numbers stored as text become numbers), or empty
};

// A finding with its place: what every surface (service, sidebar, command line) shows.
struct LocatedFinding {
  std::string sheet;
  int row = 0;     // zero-based sheet row
  int column = 0;  // zero-based sheet column
  Finding finding;
  // The fix as cell edits; empty when the finding has no safe fix. A value fix is one edit of
  // its own cell; moving a misaligned row back is several.
  std::vector<CellEdit> edits;
  // The fix moves cells (misaligned-row): it is offered one finding at a time, never by "fix all",
  // because only a person looking at the row can tell that the move is right.
  bool moves_cells = false;
  std::string cell() const { return a1_address(row, column); }  // "D23"
};

struct ValidationOptions {
  // A template name from the template files ("project", "department-jiangsu", "department-hubei"),
  // or empty to detect it per table.
  std::string template_name;
  // Extra template files' contents (user-supplied), added to the built-in ones.
  std::vector<std::string> extra_templates;
};

// The most findings validate_grid returns for one grid. Nobody reads more, and a million-row sheet
// with a defect a row would otherwise hand gigabytes of findings to the office and its caller.
inline constexpr std::size_t max_findings = 100000;

// What one sheet holds, as validate_sheet sees it.
enum class SheetContent {
  nothing,      // no table recognized
  targets,      // at least one target table (checked)
  evaluations,  // only self-evaluation or monitoring tables (recognized, not checked as targets)
};

// One table of a sheet as people name it (the sidebar's groups, a review's projects): a table that
// is one project or department, or one project's section of a budget-system export.
struct TableOutline {
  int first_row = 0;
  int end_row = 0;            // exclusive
  std::string project;        // as the table names it (项目名称, 单位名称, else its title); may be ""
  std::string template_name;  // the template it was read with ("national", "project", …)
  std::string kind;           // "target", "self-evaluation" or "monitoring"
};

struct SheetValidation {
  std::vector<LocatedFinding> findings;
  SheetContent content = SheetContent::nothing;
  std::vector<TableOutline> tables;  // top to bottom
};

// The project of the table holding `row` ("" when no table holds it).
std::string project_at(const std::vector<TableOutline>& tables, int row);

// Everything found on one sheet of a workbook: table recognition, every table rule, every value
// rule, formatting leftovers; sorted by row, then column, then severity. A sheet without a table
// gives no finding of its own: whether that matters is the workbook's question
// (workbook_findings). A sheet with only self-evaluation or monitoring tables gives
// evaluation-table-not-checked. Beyond max_findings, the first ones (by row) are kept and the
// last of them is `too-many-findings`, which says where listing stopped. Never throws for any cell
// content; a failure inside a check gives check-failed.
SheetValidation validate_sheet(const Grid& grid, const ValidationOptions& options = {});

// A sheet checked on its own (the sidebar, validateSheet, validateRange, JXCHECK's callers):
// validate_sheet, and `no-table-found` when the sheet has no table at all.
std::vector<LocatedFinding> validate_grid(const Grid& grid, const ValidationOptions& options = {});

// validate_grid with the tables it found (SheetValidation::tables).
SheetValidation validate_sheet_alone(const Grid& grid, const ValidationOptions& options = {});

// Whether the grid holds a table Jixiao recognizes (of any kind), without checking it.
bool holds_table(const Grid& grid, const ValidationOptions& options = {});

// What the workbook adds to its sheets' findings: one `no-table-found` (at A1 of the first sheet)
// when no sheet holds a table; sheets without a table are silent when another sheet has one.
std::vector<LocatedFinding> workbook_findings(const std::vector<SheetContent>& sheets, const std::string& first_sheet);

// The names of the templates available (built-in plus extra), for --template and the sidebar.
std::vector<std::string> template_names(const ValidationOptions& options = {});

}  // namespace jixiao::core
