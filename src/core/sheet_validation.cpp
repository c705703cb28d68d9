#include "core/sheet_validation.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/sheet_rules.hpp"

namespace jixiao::core {

namespace {

int severity_rank(Severity severity) { return severity == Severity::error ? 0 : severity == Severity::warning ? 1 : 2; }

std::vector<LocatedFinding> validate(const Grid& grid, const ValidationOptions& options) {
  const std::vector<TableTemplate> templates = load_templates(options.extra_templates);
  const TableTemplate* forced = nullptr;
  for (const TableTemplate& t : templates)
    if (!options.template_name.empty() && t.name == options.template_name) forced = &t;

  const GridView view(grid);
  FindingSink sink(view);
  const std::vector<RecognizedTable> tables = recognize_tables(view, templates, forced);
  if (tables.empty()) {
    sink.add(0, 0, make_finding("no-table-found"));
    return sink.take();
  }
  for (const RecognizedTable& table : tables) {
    std::unordered_map<std::string, std::pair<int, int>> seen_names;  // duplicates are per table
    for (const IndicatorBlock& block : table.indicator_blocks)
      check_indicator_block(view, *table.table_template, block, seen_names, sink);
    for (const BudgetBlock& block : table.budget_blocks) check_budget_block(view, *table.table_template, block, sink);
  }
  check_text_cells(view, sink);
  check_error_cells(view, sink);
  return sink.take();
}

}  // namespace

std::vector<LocatedFinding> validate_grid(const Grid& grid, const ValidationOptions& options) {
  std::vector<LocatedFinding> findings;
  try {
    findings = validate(grid, options);
  } catch (const std::exception&) {
    // The contract is "never throws": a failure here is a bug in a check (or memory exhaustion),
    // and a sheet must still open. Report what we have not got rather than crash the office.
    findings.clear();
    findings.push_back({grid.sheet, grid.origin_row, grid.origin_column, make_finding("no-table-found"), {}});
  }
  std::stable_sort(findings.begin(), findings.end(), [](const LocatedFinding& a, const LocatedFinding& b) {
    if (a.row != b.row) return a.row < b.row;
    if (a.column != b.column) return a.column < b.column;
    return severity_rank(a.finding.severity) < severity_rank(b.finding.severity);
  });
  return findings;
}

std::vector<std::string> template_names(const ValidationOptions& options) {
  std::vector<std::string> names;
  for (const TableTemplate& t : load_templates(options.extra_templates)) names.push_back(t.name);
  return names;
}

}  // namespace jixiao::core
