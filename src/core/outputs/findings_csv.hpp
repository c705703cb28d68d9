// Findings as CSV: the one shape that jixiao-check --format csv prints and
// org.jixiao.ReportWriter exports. RFC 4180: comma-separated, CRLF line ends,
// a field quoted (with its double quotes doubled) when it holds a comma, a
// double quote or a line break. UTF-8 throughout.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/finding.hpp"

namespace jixiao::core {

// One finding as a report lists it: where, which rule, the rendered message.
struct FindingRecord {
  std::string sheet, cell;
  int row = 0, column = 0;  // zero-based
  std::string rule_id;
  Severity severity = Severity::info;
  std::string message;
  bool has_fix = false;
};

// Excel and WPS read a CSV file as the system's ANSI code page (GBK on Chinese
// Windows) unless it starts with this UTF-8 byte-order mark.
inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

// The field as RFC 4180 writes it: unchanged unless it needs quotes.
std::string csv_field(std::string_view utf8);

// The column names of the header line, the stable codes a program reads:
// file,sheet,cell,row,column,severity,rule_id,message,has_fix
const std::vector<std::string>& findings_csv_columns();

// One line (fields joined by commas, quoted where needed, CRLF at the end).
std::string csv_line(const std::vector<std::string>& fields);

// A finding's line: row and column one-based as people count them, severity
// and rule id as codes, has_fix true/false.
std::string findings_csv_row(std::string_view file, const FindingRecord& finding);

// A whole CSV file of findings that come from one document (the file column
// left empty): the byte-order mark, the header in `language` (the codes in
// English, data/ui/reports.tsv's words in Chinese), then one line a finding.
std::string findings_csv_file(const std::vector<FindingRecord>& findings, Language language);

// The name offered for the exported file: the document's own name without its extension and a
// suffix in `language` (预算绩效目标表.xlsx -> 预算绩效目标表-绩效检查.csv), or jixiao-findings.csv
// for a document never saved (an empty name).
std::string findings_csv_file_name(std::string_view document_file_name, Language language);

}  // namespace jixiao::core
