#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/sheet/grid.hpp"
#include "core/sheet/sheet_validation.hpp"

namespace jixiao::test {

// A grid from tab-separated text, as the seeds are written: one line a row, one tab a column.
// A plain ASCII number ("3782.13", "0") becomes a number cell, any other text a text cell, an
// empty field an empty cell; rows are padded to the widest.
core::Grid grid_from_tsv(std::string_view tsv, std::string sheet = "Sheet1");

// The same for a file (the seed tables in tests/fixtures/seeds).
core::Grid grid_from_tsv_file(const std::string& path);

// The findings without missing-indicator-group: a few rows made to show one rule are no whole
// project, and the groups they leave out are not what such a test is about.
std::vector<core::LocatedFinding> fragment_findings(std::vector<core::LocatedFinding> findings);

// The finding "rule-id@A1" among the findings, or nullptr.
const core::LocatedFinding* find_finding(const std::vector<core::LocatedFinding>& findings, const std::string& rule_cell);

// Whether "rule-id@A1" is among rule_cells, and whether any of them is of the rule.
bool has_cell(const std::vector<std::string>& rule_cells, const std::string& rule_cell);
bool has_rule(const std::vector<std::string>& rule_cells, const std::string& rule);

// "rule-id@A1" for each finding, in the order given.
std::vector<std::string> rule_cells(const std::vector<core::LocatedFinding>& findings);

}  // namespace jixiao::test
