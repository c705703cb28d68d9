#include "report.hpp"

#include <cstdio>

namespace jixiao::cli {

std::string json_string(const std::string& utf8) {
  std::string out = "\"";
  for (const unsigned char c : utf8) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out += static_cast<char>(c);  // UTF-8 passes through
        }
    }
  }
  return out + "\"";
}

void print_begin(std::ostream& out, Format format) {
  // No byte-order mark: this is a stream (often piped, or several runs concatenated), and its
  // consumers are programs; the ReportWriter's CSV files, opened by people in Excel or WPS, have one.
  if (format == Format::csv) out << core::csv_line(core::findings_csv_columns());
  if (format == Format::json) out << "{\"files\": [";
}

void print_file(std::ostream& out, Format format, const FileReport& report, bool first) {
  switch (format) {
    case Format::text:
      for (const auto& f : report.findings)
        out << report.file << ':' << f.sheet << '!' << f.cell << ' ' << f.severity << ' ' << f.rule_id << ' '
            << f.message << '\n';
      break;
    case Format::csv:
      for (const auto& f : report.findings) out << core::findings_csv_row(report.file, f);
      break;
    case Format::json: {
      out << (first ? "\n" : ",\n") << "  {\"file\": " << json_string(report.file);
      if (report.error) out << ", \"error\": " << json_string(*report.error);
      if (report.fixed_copy)
        out << ", \"fixed_copy\": " << json_string(*report.fixed_copy) << ", \"fixed_cells\": " << report.fixed_cells
            << ", \"moves_left\": " << report.moves_left;
      out << ", \"findings\": [";
      bool first_finding = true;
      for (const auto& f : report.findings) {
        out << (first_finding ? "\n" : ",\n") << "    {\"sheet\": " << json_string(f.sheet)
            << ", \"cell\": " << json_string(f.cell) << ", \"row\": " << f.row << ", \"column\": " << f.column
            << ", \"severity\": " << json_string(f.severity) << ", \"rule_id\": " << json_string(f.rule_id)
            << ", \"message\": " << json_string(f.message) << ", \"has_fix\": " << (f.has_fix ? "true" : "false")
            << "}";
        first_finding = false;
      }
      out << (first_finding ? "]}" : "\n  ]}");
      break;
    }
  }
}

void print_end(std::ostream& out, Format format) {
  if (format == Format::json) out << "\n]}\n";
  out.flush();
}

}  // namespace jixiao::cli
