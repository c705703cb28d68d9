#include "core/sheet/sheet_validation.hpp"

#include <algorithm>

#include "core/sheet/sheet_rules.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

int severity_rank(Severity severity) { return severity == Severity::error ? 0 : severity == Severity::warning ? 1 : 2; }

struct Validated {
  std::vector<LocatedFinding> findings;
  std::size_t dropped = 0;  // found but let go by the sink (FindingSink::dropped)
  SheetContent content = SheetContent::nothing;
  std::vector<TableOutline> tables;
};

const char* kind_code(TableKind kind) {
  return kind == TableKind::self_evaluation ? "self-evaluation" : kind == TableKind::monitoring ? "monitoring" : "target";
}

// The table as people name it, or each project of an export: a project's rows run from its section's
// start to the next one's.
void outline(const GridView& view, const RecognizedTable& table, std::vector<TableOutline>& out) {
  const std::string template_name = table.table_template ? table.table_template->name : std::string();
  for (const IndicatorBlock& block : table.indicator_blocks) {
    const int column = export_project_column(view, block);
    if (column < 0 || block.section_starts.empty()) continue;
    const std::size_t before = out.size();
    for (std::size_t i = 0; i < block.section_starts.size(); ++i) {
      const int start = block.section_starts[i];
      const int end = i + 1 < block.section_starts.size() ? block.section_starts[i + 1] : block.end_row;
      out.push_back({i == 0 ? table.first_row : start, end, trim_outer_space(view.shown(start, column)), template_name,
                     kind_code(table.kind)});
    }
    if (out.size() > before) {
      out.back().end_row = std::max(out.back().end_row, table.end_row);
      return;
    }
  }
  const int header = table.indicator_blocks.empty() ? table.first_row : table.indicator_blocks.front().header_row;
  out.push_back({table.first_row, table.end_row, table_project_name(view, table, header), template_name,
                 kind_code(table.kind)});
}

// area-too-large when the grid was cut from a larger area (checked_area): what was used, what was
// checked, so the user knows which cells no rule has seen.
void report_area_left_out(const Grid& grid, FindingSink& sink) {
  if (grid.full_rows <= grid.rows && grid.full_columns <= grid.columns) return;
  const auto range = [&](int rows, int columns) {
    return a1_address(grid.origin_row, grid.origin_column) + ":" +
           a1_address(grid.origin_row + std::max(rows, 1) - 1, grid.origin_column + std::max(columns, 1) - 1);
  };
  sink.add(0, 0, make_finding(RuleId::area_too_large, {{"used", range(std::max(grid.full_rows, grid.rows),
                                                                 std::max(grid.full_columns, grid.columns))},
                                                 {"checked", range(grid.rows, grid.columns)},
                                                 {"limit", std::to_string(max_grid_cells)}}));
}

// Whether every first-level label of the block is one of the template's (the cells under a
// merge and empty ones aside).
bool levels_all_known(const GridView& view, const TableTemplate& t, const IndicatorBlock& block) {
  const int column = block.columns.first;
  if (column < 0) return false;
  for (int row = block.header_row + 1; row < block.end_row; ++row) {
    if (view.covered(row, column)) continue;
    const std::string& key = view.key(row, column);
    if (!key.empty() && !find_first_level(t, key)) return false;
  }
  return true;
}

Validated validate(const Grid& grid, const ValidationOptions& options) {
  const std::vector<TableTemplate> templates = load_templates(options.extra_templates);
  const TableTemplate* forced = nullptr;
  for (const TableTemplate& t : templates)
    if (!options.template_name.empty() && t.name == options.template_name) forced = &t;

  const GridView view(grid);
  FindingSink sink(view);
  report_area_left_out(grid, sink);
  const std::vector<RecognizedTable> tables = recognize_tables(view, templates, forced);
  SheetContent content = SheetContent::nothing;
  bool evaluation_targets_checked = false;
  std::vector<TableOutline> outlines;
  for (const RecognizedTable& table : tables) {
    outline(view, table, outlines);
    if (table.kind != TableKind::target) {
      if (content == SheetContent::nothing) content = SheetContent::evaluations;
      // A self-evaluation or monitoring table restates the year's targets (年度指标值): they are
      // checked like any target, since a ≥ typed as >= there is the same slip. Its actuals,
      // scores and budget execution are not judged yet, and the table's groups are not asked
      // for: what it holds is what the target table held. Only a block whose first levels are
      // all the template's: the budget system stacks its evaluation tables with the year's goal
      // and its summary rows in the level columns, which this reading would take for levels.
      for (const IndicatorBlock& block : table.indicator_blocks)
        if (levels_all_known(view, *table.table_template, block)) {
          check_indicator_block(view, *table.table_template, block, table.money_unit, sink);
          check_block_placeholders(view, table, block, sink);
          evaluation_targets_checked = true;
        }
      continue;
    }
    content = SheetContent::targets;
    std::vector<IndicatorRowFacts> rows;
    for (const IndicatorBlock& block : table.indicator_blocks) {
      std::vector<IndicatorRowFacts> read = check_indicator_block(view, *table.table_template, block, table.money_unit, sink);
      rows.insert(rows.end(), std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()));
    }
    check_table_groups(view, table, rows, sink);
    for (const BudgetBlock& block : table.budget_blocks) check_budget_block(view, *table.table_template, block, sink);
    for (const BudgetRow& budget : table.budget_rows) check_budget_row(view, budget, sink);
  }
  if (content == SheetContent::evaluations) {
    const RecognizedTable& first = tables.front();
    const auto kind = first.kind == TableKind::monitoring ? "monitoring" : "self-evaluation";
    sink.add(first.indicator_blocks.empty() ? first.first_row : first.indicator_blocks.front().header_row, 0,
             make_finding(evaluation_targets_checked ? RuleId::evaluation_targets_only : RuleId::evaluation_table_not_checked,
                          {{"table", kind}}));
  }
  if (content == SheetContent::targets) {
    check_whitespace_cells(view, tables, sink);
    check_form_fields(view, tables, sink);
    check_text_cells(view, sink);
    check_error_cells(view, sink);
  }
  return {sink.take(), sink.dropped(), content, std::move(outlines)};
}

}  // namespace

bool finding_order(const LocatedFinding& a, const LocatedFinding& b) {
  if (a.row != b.row) return a.row < b.row;
  if (a.column != b.column) return a.column < b.column;
  return severity_rank(a.finding.severity) < severity_rank(b.finding.severity);
}

SheetValidation validate_sheet(const Grid& grid, const ValidationOptions& options) {
  Validated found;
  try {
    found = validate(grid, options);
  } catch (const std::exception& e) {
    // The contract is "never throws": a failure here is a bug in a check (or memory exhaustion),
    // and a sheet must still open. Say that the check failed rather than crash the office.
    found = {{{grid.sheet, grid.origin_row, grid.origin_column, make_finding(RuleId::check_failed, {{"reason", e.what()}}), {}}},
             0,
             SheetContent::targets,
             {}};
  }
  std::vector<LocatedFinding>& findings = found.findings;
  std::stable_sort(findings.begin(), findings.end(), finding_order);
  if (findings.size() > max_findings || found.dropped > 0) {
    const std::size_t total = findings.size() + found.dropped;
    findings.resize(std::min(findings.size(), max_findings - 1));
    const LocatedFinding& last = findings.back();
    findings.push_back({grid.sheet, last.row, last.column,
                        make_finding(RuleId::too_many_findings, {{"limit", std::to_string(findings.size())},
                                                           {"total", std::to_string(total)},
                                                           {"cell", last.cell()}}),
                        {}});
  }
  return {std::move(findings), found.content, std::move(found.tables)};
}

std::string project_at(const std::vector<TableOutline>& tables, int row) {
  for (const TableOutline& table : tables)
    if (row >= table.first_row && row < table.end_row) return table.project;
  return {};
}

SheetValidation validate_sheet_alone(const Grid& grid, const ValidationOptions& options) {
  SheetValidation sheet = validate_sheet(grid, options);
  if (sheet.content == SheetContent::nothing) {
    sheet.findings.insert(sheet.findings.begin(),
                          LocatedFinding{grid.sheet, grid.origin_row, grid.origin_column, make_finding(RuleId::no_table_found), {}});
  }
  return sheet;
}

std::vector<LocatedFinding> validate_grid(const Grid& grid, const ValidationOptions& options) {
  return std::move(validate_sheet_alone(grid, options).findings);
}

bool holds_table(const Grid& grid, const ValidationOptions& options) {
  try {
    const std::vector<TableTemplate> templates = load_templates(options.extra_templates);
    return !recognize_tables(GridView(grid), templates, nullptr).empty();
  } catch (const std::exception&) {
    return false;  // a sheet whose recognition fails is checked (and says so) when chosen
  }
}

std::vector<LocatedFinding> workbook_findings(const std::vector<SheetContent>& sheets, const std::string& first_sheet) {
  if (std::any_of(sheets.begin(), sheets.end(), [](SheetContent c) { return c != SheetContent::nothing; })) return {};
  return {LocatedFinding{first_sheet, 0, 0, make_finding(RuleId::no_table_found), {}}};
}

std::vector<std::string> template_names(const ValidationOptions& options) {
  std::vector<std::string> names;
  for (const TableTemplate& t : load_templates(options.extra_templates)) names.push_back(t.name);
  return names;
}

}  // namespace jixiao::core
