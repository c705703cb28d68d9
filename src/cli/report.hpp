// Printing findings as text, JSON or CSV. Plain data in, text out: no UNO.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "options.hpp"

namespace jixiao::cli {

struct FindingRow {
  std::string sheet, cell;
  int row = 0, column = 0;
  std::string rule_id, severity, message;
  bool has_fix = false;
};

struct FileReport {
  std::string file;
  std::optional<std::string> error;  // the file could not be checked
  std::vector<FindingRow> findings;
  std::optional<std::string> fixed_copy;
  int fixed_cells = 0;
};

// Header (csv), then called per file, then the end (json's closing brackets).
void print_begin(std::ostream& out, Format format);
void print_file(std::ostream& out, Format format, const FileReport& report, bool first);
void print_end(std::ostream& out, Format format);

std::string json_string(const std::string& utf8);
std::string csv_field(const std::string& utf8);

}  // namespace jixiao::cli
