// sheet_dump: what validate_grid finds on a table kept as tab-separated text, one finding a line
// (cell, rule, severity, message, number of cell edits of its fix), or with --cells only
// rule@cell. For writing a test's expected findings down by hand and comparing; not a test.
//   build/tools/sheet_dump FILE.tsv [--cells]
// The TSV is read as the unit tests read their fixtures (tests/unit/support/grid_support.cpp).
#include <cstring>
#include <exception>
#include <iostream>

#include "core/catalog/finding.hpp"
#include "core/sheet/sheet_validation.hpp"
#include "support/grid_support.hpp"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3 || (argc == 3 && std::strcmp(argv[2], "--cells") != 0)) {
    std::cerr << "usage: sheet_dump FILE.tsv [--cells]\n";
    return 2;
  }
  const bool cells_only = argc == 3;
  try {
    const auto grid = jixiao::test::grid_from_tsv_file(argv[1]);
    for (const auto& f : jixiao::core::validate_grid(grid)) {
      if (cells_only) {
        std::cout << jixiao::core::rule_code(f.finding.rule_id) << "@" << f.cell() << "\n";
        continue;
      }
      std::cout << f.cell() << "\t" << jixiao::core::rule_code(f.finding.rule_id) << "\t" << jixiao::core::severity_code(f.finding.severity)
                << "\t" << jixiao::core::render_message(f.finding, jixiao::core::Language::zh_cn) << "\t"
                << f.edits.size() << "\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "sheet_dump: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
