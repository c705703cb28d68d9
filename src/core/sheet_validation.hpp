#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.hpp"
#include "core/grid.hpp"

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

// Everything found on one grid: table recognition, every table rule, every value rule, formatting
// leftovers; sorted by row, then column, then severity. A grid with no recognizable table gives a
// single finding `no-table-found`. Beyond max_findings, the first ones (by row) are kept and the
// last of them is `too-many-findings`, which says where listing stopped. Never throws for any cell
// content.
std::vector<LocatedFinding> validate_grid(const Grid& grid, const ValidationOptions& options = {});

// The names of the templates available (built-in plus extra), for --template and the sidebar.
std::vector<std::string> template_names(const ValidationOptions& options = {});

}  // namespace jixiao::core
