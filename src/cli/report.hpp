// Printing findings as text, JSON or CSV (the CSV shape is the core's, shared with
// org.jixiao.ReportWriter). Plain data in, text out: no UNO.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/outputs/findings_csv.hpp"
#include "cli/options.hpp"

namespace jixiao::cli {

using FindingRow = core::FindingRecord;

struct FileReport {
  std::string file;
  std::optional<std::string> error;  // the file could not be checked
  std::vector<FindingRow> findings;
  std::optional<std::string> fixed_copy;
  int fixed_cells = 0;
  int moves_left = 0;  // fixes that move cells, left for a person (the sidebar's 修复所选)
};

// Header (csv), then called per file, then the end (json's closing brackets).
void print_begin(std::ostream& out, Format format);
void print_file(std::ostream& out, Format format, const FileReport& report, bool first);
void print_end(std::ostream& out, Format format);

}  // namespace jixiao::cli
