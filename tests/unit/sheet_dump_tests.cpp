#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <iostream>

#include "core/sheet_validation.hpp"
#include "grid_support.hpp"

// Not a check: prints what validate_grid finds on a file (JIXIAO_DUMP=path), for writing down
// expected findings by hand and comparing.
BOOST_AUTO_TEST_SUITE(sheet_dump)
BOOST_AUTO_TEST_CASE(dump) {
  const char* path = std::getenv("JIXIAO_DUMP");
  if (!path) return;
  const auto grid = jixiao::test::grid_from_tsv_file(path);
  for (const auto& f : jixiao::core::validate_grid(grid)) {
    if (std::getenv("JIXIAO_DUMP_CELLS")) {
      std::cout << "CELL " << f.finding.rule_id << "@" << f.cell() << "\n";
      continue;
    }
    std::cout << f.cell() << "\t" << f.finding.rule_id << "\t" << jixiao::core::severity_code(f.finding.severity) << "\t"
              << jixiao::core::render_message(f.finding, jixiao::core::Language::zh_cn) << "\t" << f.edits.size() << "\n";
  }
}
BOOST_AUTO_TEST_SUITE_END()
