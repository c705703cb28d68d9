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

std::string csv_field(const std::string& utf8) {
  if (utf8.find_first_of(",\"\r\n") == std::string::npos) return utf8;
  std::string out = "\"";
  for (const char c : utf8) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void print_begin(std::ostream& out, Format format) {
  if (format == Format::csv) out << "file,sheet,cell,row,column,severity,rule_id,message,has_fix\r\n";
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
      for (const auto& f : report.findings)
        out << csv_field(report.file) << ',' << csv_field(f.sheet) << ',' << f.cell << ',' << f.row + 1 << ','
            << f.column + 1 << ',' << f.severity << ',' << f.rule_id << ',' << csv_field(f.message) << ','
            << (f.has_fix ? "true" : "false") << "\r\n";
      break;
    case Format::json: {
      out << (first ? "\n" : ",\n") << "  {\"file\": " << json_string(report.file);
      if (report.error) out << ", \"error\": " << json_string(*report.error);
      if (report.fixed_copy)
        out << ", \"fixed_copy\": " << json_string(*report.fixed_copy) << ", \"fixed_cells\": " << report.fixed_cells;
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
