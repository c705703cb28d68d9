// The report sheet of findings (org.jixiao.ReportWriter::writeReport): its name, its rows and the
// links from each row to the finding's cell. The adapter only writes what this returns.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/outputs/findings_csv.hpp"

namespace jixiao::core {

// A sheet name as a Calc reference writes it: in single quotes, a quote inside doubled.
std::string quoted_sheet_name(std::string_view sheet);

// =HYPERLINK("#'Sheet name'.D23";"D23"): a click jumps to the cell (Calc reads the text after '#'
// as a reference in its own A1 syntax; the quotes keep spaces, quotes and Chinese in sheet names
// working). In the API's formula syntax: English function name, ';' between arguments.
std::string cell_link_formula(std::string_view sheet, std::string_view cell);

// `base`, or "base (2)", "base (3)", … : the first not among `taken`, compared as Calc compares
// sheet names (ignoring case).
std::string unused_sheet_name(std::string_view base, const std::vector<std::string>& taken);

// The report as text: the heading row and one row per finding, six columns each: severity (a
// word), sheet, cell (the link formula), rule id, message, fix available (a word).
struct ReportTable {
  static constexpr int kColumns = 6;
  static constexpr int kCellColumn = 2;  // holds formulas; every other column plain text
  std::vector<std::string> headings;
  std::vector<std::vector<std::string>> rows;
};
ReportTable report_table(const std::vector<FindingRecord>& findings, Language language);

}  // namespace jixiao::core
