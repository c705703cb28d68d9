#include <boost/test/unit_test.hpp>
#include <optional>
#include <string>
#include <utility>

#include "core/sheet/grid.hpp"

using jixiao::core::checked_area;
using jixiao::core::max_grid_cells;

BOOST_AUTO_TEST_SUITE(grid_tests)

BOOST_AUTO_TEST_CASE(checked_area_is_bounded) {
  BOOST_TEST(checked_area(80, 8).rows == 80);
  BOOST_TEST(checked_area(80, 8).columns == 8);
  // A stray value in AMJ1048576: every row, as many columns from the left as fit.
  const auto stray = checked_area(1048576, 1024);
  BOOST_TEST(stray.rows == 1048576);
  BOOST_TEST(stray.columns == 8);
  BOOST_TEST(static_cast<long long>(stray.rows) * stray.columns <= max_grid_cells);
  // Taller than the budget itself (never in Calc): the first rows of one column.
  const auto tall = checked_area(max_grid_cells * 4, 3);
  BOOST_TEST(tall.rows == max_grid_cells);
  BOOST_TEST(tall.columns == 1);
  BOOST_TEST(checked_area(0, 5).rows == 0);
  BOOST_TEST(checked_area(-3, 5).columns == 0);
}

BOOST_AUTO_TEST_CASE(addresses_as_calc_writes_them_and_back) {
  BOOST_TEST(jixiao::core::a1_address(0, 0) == "A1");
  BOOST_TEST(jixiao::core::a1_address(22, 3) == "D23");
  BOOST_TEST(jixiao::core::a1_address(11, 27) == "AB12");
  BOOST_TEST(jixiao::core::column_name(16383) == "XFD");
  for (const char* address : {"D23", "$D$23", "d23", "$D23"}) {
    BOOST_TEST_CONTEXT(address) {
      BOOST_TEST((jixiao::core::parse_a1_address(address) == std::optional<std::pair<int, int>>({22, 3})));
    }
  }
  BOOST_TEST((jixiao::core::parse_a1_address("AB12") == std::optional<std::pair<int, int>>({11, 27})));
  for (const char* other : {"", "A0", "D23:E24", "Sheet1.D23", "23D", "A"})
    BOOST_TEST_CONTEXT(other) { BOOST_TEST(!jixiao::core::parse_a1_address(other).has_value()); }
}

BOOST_AUTO_TEST_SUITE_END()
