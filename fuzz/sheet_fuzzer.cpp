// libFuzzer target: table recognition and whole-sheet validation (validate_grid) on a Grid built
// from arbitrary bytes. Crashes, sanitizer reports and broken invariants (abort via check) are the
// findings. sheet.dict holds the templates' header words, so the search reaches the table rules.
//
// Input: a sheet as tab-separated text, one line a row (as the seeds are written), then
// optionally a form feed and control bytes:
//   cell "3782.13"      a number cell (plain ASCII decimal), "" an empty cell, anything else text
//   cell "#DIV/0!"      a cell whose formula gives an error (Grid::errors), as Calc shows it
//   cell "=…"           a formula cell (Grid::formulas) whose result is the text after "="
//   after "\f": byte 0  template (0: detect; else one of template_names by index)
//               byte 1  origin row, byte 2 origin column (where the grid sits on its sheet)
//               byte 3  odd: the grid was cut from a larger area (full_rows, full_columns)
//               then 4 bytes a merge (first row, first column, last row, last column; minus 8,
//               so merges may start before the grid, end past it, overlap or be inverted)

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/finding.hpp"
#include "core/sheet/grid.hpp"
#include "core/text/number_text.hpp"
#include "core/sheet/sheet_validation.hpp"
#include "core/sheet/table_recognition.hpp"
#include "core/vocab/table_template.hpp"
#include "core/text/text.hpp"
#include "fuzz_support.hpp"

namespace {

using namespace jixiao::core;
using jixiao::fuzz::check;

bool is_plain_number(std::string_view field) {
  std::size_t i = field.starts_with('-') ? 1 : 0;
  const std::size_t digits_from = i;
  while (i < field.size() && field[i] >= '0' && field[i] <= '9') ++i;
  if (i == digits_from) return false;
  if (i == field.size()) return true;
  if (field[i] != '.' || i + 1 == field.size()) return false;
  for (++i; i < field.size(); ++i)
    if (field[i] < '0' || field[i] > '9') return false;
  return true;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

struct Sheet {
  Grid grid;
  ValidationOptions options;
};

Sheet sheet_of(std::string_view input) {
  Sheet sheet;
  Grid& grid = sheet.grid;
  grid.sheet = "Fuzz";
  const std::size_t form_feed = input.find('\f');
  const std::string_view body = input.substr(0, form_feed);
  const std::string_view control = form_feed == std::string_view::npos ? std::string_view{} : input.substr(form_feed + 1);

  const std::vector<std::string_view> lines = split(body, '\n');
  grid.rows = static_cast<int>(lines.size());
  for (std::string_view line : lines) grid.columns = std::max(grid.columns, static_cast<int>(split(line, '\t').size()));
  grid.cells.resize(static_cast<std::size_t>(grid.rows) * static_cast<std::size_t>(grid.columns));
  for (int r = 0; r < grid.rows; ++r) {
    const std::vector<std::string_view> fields = split(lines[r], '\t');
    for (int c = 0; c < static_cast<int>(fields.size()); ++c) {
      std::string_view field = fields[c];
      CellValue& cell = grid.cells[static_cast<std::size_t>(r) * grid.columns + c];
      if (field.empty()) continue;
      if (field.starts_with('#')) {
        grid.errors.push_back({r, c, std::string(field)});
        continue;
      }
      if (field.starts_with('=')) {
        grid.formulas.push_back({r, c, std::string(field)});
        field.remove_prefix(1);
      }
      if (is_plain_number(field))
        cell = parse_number_text(field).value_or(0.0);
      else
        cell = std::string(field);
    }
  }

  const auto byte = [&](std::size_t i) { return i < control.size() ? static_cast<unsigned char>(control[i]) : 0; };
  if (const unsigned choice = byte(0)) {
    static const std::vector<std::string> names = template_names();
    sheet.options.template_name = names[(choice - 1) % names.size()];
  }
  grid.origin_row = byte(1);
  grid.origin_column = byte(2);
  if (byte(3) & 1) {
    grid.full_rows = grid.rows + byte(3);
    grid.full_columns = grid.columns + 1;
  }
  for (std::size_t i = 4; i + 3 < control.size() && grid.merges.size() < 64; i += 4)
    grid.merges.push_back({byte(i) - 8, byte(i + 1) - 8, byte(i + 2) - 8, byte(i + 3) - 8});
  return sheet;
}

bool is_formula(const Grid& grid, int row, int column) {
  return std::any_of(grid.formulas.begin(), grid.formulas.end(),
                     [&](const FormulaCell& p) { return p.row == row && p.column == column; });
}

bool is_covered(const Grid& grid, int row, int column) {
  for (const Merge& m : grid.merges)
    if (row >= m.first_row && row <= m.last_row && column >= m.first_column && column <= m.last_column &&
        (row != m.first_row || column != m.first_column))
      return true;
  return false;
}

void findings_are_sane(const Sheet& sheet, const std::vector<LocatedFinding>& findings, std::string_view input) {
  const Grid& grid = sheet.grid;
  check(findings.size() <= max_findings, "at most max_findings findings", input);
  check(std::is_sorted(findings.begin(), findings.end(),
                       [](const LocatedFinding& a, const LocatedFinding& b) {
                         return a.row != b.row ? a.row < b.row : a.column < b.column;
                       }),
        "findings are sorted by row and column", input);
  for (const LocatedFinding& f : findings) {
    check(find_rule(rule_code(f.finding.rule_id)) != nullptr, "every finding's rule is in the catalog", input);
    check(f.sheet == grid.sheet, "findings name the grid's sheet", input);
    for (const Language language : {Language::zh_cn, Language::en}) {
      const std::string message = render_message(f.finding, language);
      check(is_valid_utf8(message), "messages are valid UTF-8", input);
      check(message.size() < 4000, "messages quote shortened values", input);
    }
    for (const CellEdit& e : f.edits) {
      const int r = e.row - grid.origin_row, c = e.column - grid.origin_column;
      check(r >= 0 && c >= 0 && r < grid.rows && c < grid.columns, "a fix writes inside the grid", input);
      // A target typed with "=" is the one formula a fix replaces: its own cell, by the text typed.
      const bool typed_target = f.finding.rule_id == RuleId::target_typed_as_formula && e.row == f.row && e.column == f.column;
      check(!is_formula(grid, r, c) || typed_target, "a fix never overwrites a formula", input);
      check(!is_covered(grid, r, c), "a fix never writes under a merge", input);
    }
  }
}

// validate_grid turns an exception from a check into check-failed: a bug the contract hides, so
// the fuzzer fails on it; and no-table-found comes exactly when nothing is recognized.
void no_check_throws(const Sheet& sheet, const std::vector<LocatedFinding>& findings, std::string_view input) {
  static const std::vector<TableTemplate> templates = load_templates({});
  const TableTemplate* forced = nullptr;
  for (const TableTemplate& t : templates)
    if (t.name == sheet.options.template_name) forced = &t;
  const GridView view(sheet.grid);
  const bool tables = !recognize_tables(view, templates, forced).empty();
  const bool none_found = std::any_of(findings.begin(), findings.end(), [](const LocatedFinding& f) {
    return f.finding.rule_id == RuleId::no_table_found;
  });
  check(tables != none_found, "no-table-found exactly when no table is recognized", input);
  check(std::none_of(findings.begin(), findings.end(),
                     [](const LocatedFinding& f) { return f.finding.rule_id == RuleId::check_failed; }),
        "no check throws (check-failed)", input);
}

// The fixes applied (first edit of a cell wins, as the Validator writes them) give a sheet whose
// validation is as sane.
void fixed_sheet_is_sane(Sheet sheet, const std::vector<LocatedFinding>& findings, std::string_view input) {
  std::map<std::pair<int, int>, const CellValue*> edits;
  for (const LocatedFinding& f : findings)
    for (const CellEdit& e : f.edits) edits.emplace(std::pair(e.row - sheet.grid.origin_row, e.column - sheet.grid.origin_column), &e.value);
  if (edits.empty()) return;
  for (const auto& [where, value] : edits)
    sheet.grid.cells[static_cast<std::size_t>(where.first) * sheet.grid.columns + where.second] = *value;
  const std::vector<LocatedFinding> again = validate_grid(sheet.grid, sheet.options);
  findings_are_sane(sheet, again, input);
  no_check_throws(sheet, again, input);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return -1;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const Sheet sheet = sheet_of(input);
  const std::vector<LocatedFinding> findings = validate_grid(sheet.grid, sheet.options);
  findings_are_sane(sheet, findings, input);
  no_check_throws(sheet, findings, input);
  fixed_sheet_is_sane(sheet, findings, input);
  return 0;
}
