#include "cli/report.hpp"

#include "core/outputs/json_text.hpp"

namespace jixiao::cli {

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
        out << report.file << ':' << f.sheet << '!' << f.cell << ' ' << core::severity_code(f.severity) << ' ' << f.rule_id << ' '
            << f.message << '\n';
      break;
    case Format::csv:
      for (const auto& f : report.findings) out << core::findings_csv_row(report.file, f);
      break;
    case Format::json: {
      out << (first ? "\n" : ",\n") << "  {\"file\": " << core::json_string(report.file);
      if (report.error) out << ", \"error\": " << core::json_string(*report.error);
      if (report.fixed_copy)
        out << ", \"fixed_copy\": " << core::json_string(*report.fixed_copy) << ", \"fixed_cells\": " << report.fixed_cells
            << ", \"moves_left\": " << report.moves_left;
      out << ", \"findings\": [";
      bool first_finding = true;
      for (const auto& f : report.findings) {
        out << (first_finding ? "\n" : ",\n") << "    {\"sheet\": " << core::json_string(f.sheet)
            << ", \"cell\": " << core::json_string(f.cell) << ", \"row\": " << f.row << ", \"column\": " << f.column
            << ", \"severity\": " << core::json_string(core::severity_code(f.severity)) << ", \"rule_id\": " << core::json_string(f.rule_id)
            << ", \"message\": " << core::json_string(f.message) << ", \"has_fix\": " << (f.has_fix ? "true" : "false")
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
