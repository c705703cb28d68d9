#include "core/outputs/findings_csv.hpp"

#include "core/catalog/finding.hpp"
#include "core/catalog/label_catalog.hpp"

namespace jixiao::core {

std::string csv_field(std::string_view utf8) {
  if (utf8.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(utf8);
  std::string out = "\"";
  for (const char c : utf8) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

const std::vector<std::string>& findings_csv_columns() {
  static const std::vector<std::string> columns{"file",     "sheet",   "cell",    "row",    "column",
                                                "severity", "rule_id", "message", "has_fix"};
  return columns;
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += csv_field(fields[i]);
  }
  return line + "\r\n";
}

namespace {

// A finding's row in the columns' order, with its severity, rule and fix said as given.
std::string row_of(std::string_view file, const FindingRecord& f, std::string severity, std::string rule,
                   std::string has_fix) {
  return csv_line({std::string(file), f.sheet, f.cell, std::to_string(f.row + 1), std::to_string(f.column + 1),
                   std::move(severity), std::move(rule), f.message, std::move(has_fix)});
}

}  // namespace

std::string findings_csv_row(std::string_view file, const FindingRecord& f) {
  return row_of(file, f, std::string(severity_code(f.severity)), f.rule_id, f.has_fix ? "true" : "false");
}

std::string findings_csv_file(const std::vector<FindingRecord>& findings, Language language) {
  std::vector<std::string> header;
  for (const std::string& column : findings_csv_columns())
    header.push_back(report_labels().text("csv_" + column, language));
  std::string out(kUtf8ByteOrderMark);
  out += csv_line(header);
  // In Chinese the rows speak as the header does (严重, 规则的名称, 是/否); the English file keeps the
  // codes of jixiao-check --format csv, which its header names and programs read.
  for (const FindingRecord& f : findings)
    out += language == Language::zh_cn
               ? row_of("", f, severity_word(f.severity, language), rule_title(f.rule_id, language),
                        report_labels().text(f.has_fix ? "yes" : "no", language))
               : findings_csv_row("", f);
  return out;
}

std::string findings_csv_file_name(std::string_view document_file_name, Language language) {
  if (document_file_name.empty()) return "jixiao-findings.csv";
  const std::size_t dot = document_file_name.rfind('.');
  const std::string_view base = dot == std::string_view::npos || dot == 0 ? document_file_name : document_file_name.substr(0, dot);
  return std::string(base) + (language == Language::zh_cn ? "-绩效检查.csv" : "-jixiao-findings.csv");
}

}  // namespace jixiao::core
