#include "core/outputs/findings_report.hpp"

#include "core/sheet/grid.hpp"
#include "core/text/icu_functions.hpp"
#include "core/catalog/finding.hpp"
#include "core/catalog/label_catalog.hpp"
#include "core/text/utf8.hpp"

namespace jixiao::core {

namespace {

std::string doubled(std::string_view text, char quote) {
  std::string out;
  for (const char c : text) {
    if (c == quote) out += quote;
    out += c;
  }
  return out;
}

// A formula's string literal.
std::string string_literal(std::string_view text) { return "\"" + doubled(text, '"') + "\""; }

bool same_sheet_name(std::string_view a, std::string_view b) {
  return unicode::compare_folded(utf8::to_utf16(a), utf8::to_utf16(b)) == 0;
}

}  // namespace

std::string quoted_sheet_name(std::string_view sheet) { return "'" + doubled(sheet, '\'') + "'"; }

std::string cell_link_formula(std::string_view sheet, std::string_view cell) {
  return "=HYPERLINK(" + string_literal("#" + quoted_sheet_name(sheet) + "." + std::string(cell)) + ";" +
         string_literal(cell) + ")";
}

std::string unused_sheet_name(std::string_view base, const std::vector<std::string>& taken) {
  std::string name(base);
  for (int n = 2;; ++n) {
    bool free = true;
    for (const std::string& t : taken) free = free && !same_sheet_name(t, name);
    if (free) return name;
    name = std::string(base) + " (" + std::to_string(n) + ")";
  }
}

ReportTable report_table(const std::vector<FindingRecord>& findings, Language language) {
  const LabelCatalog& labels = report_labels();
  ReportTable table;
  for (const char* code :
       {"heading_severity", "heading_sheet", "heading_cell", "heading_rule", "heading_message", "heading_fix"})
    table.headings.push_back(labels.text(code, language));
  for (const FindingRecord& f : findings) {
    const std::string cell = f.cell.empty() ? a1_address(f.row, f.column) : f.cell;
    // The rule by its title (操作符写法不规范), never its code: the sheet is read by people.
    table.rows.push_back({severity_word(f.severity, language), f.sheet, cell_link_formula(f.sheet, cell),
                          rule_title(f.rule_id, language), f.message, labels.text(f.has_fix ? "yes" : "no", language)});
  }
  return table;
}

}  // namespace jixiao::core
