#include <boost/test/unit_test.hpp>
#include <string>

#include "core/sheet/cell_display.hpp"
#include "core/sheet/grid_view.hpp"
#include "support/grid_support.hpp"

// Cells as the user sees them: a number shown through its format (cell_display.hpp, GridView).
using jixiao::core::FormatKind;
using jixiao::core::NumberFormat;
using jixiao::core::shown_number;

BOOST_AUTO_TEST_SUITE(cell_display_tests)

BOOST_AUTO_TEST_CASE(format_decimals_read_the_first_section) {
  using jixiao::core::format_decimals;
  BOOST_TEST(format_decimals("0.00%") == 2);
  BOOST_TEST(format_decimals("0%") == 0);
  BOOST_TEST(format_decimals("#,##0.00") == 2);
  BOOST_TEST(format_decimals("0.00_);[RED]\\(0.00\\)") == 2);
  BOOST_TEST(format_decimals("0.0000_);\\(0.0000\\)") == 4);
  BOOST_TEST(format_decimals("\"共\"0.0\"人\"") == 1);  // quoted text is no digit placeholder
  BOOST_TEST(format_decimals("[$-804]0.0") == 1);
  BOOST_TEST(format_decimals("General") == -1);
  BOOST_TEST(format_decimals("@") == -1);
  BOOST_TEST(format_decimals("") == -1);
}

// Typing 100% in Calc or Excel stores 1 in a percent format: the user sees 100%, and so do the rules.
BOOST_AUTO_TEST_CASE(a_percent_formatted_number_shows_as_a_percent) {
  BOOST_TEST(shown_number(1, {FormatKind::percent, "0%"}) == "100%");
  BOOST_TEST(shown_number(1, {FormatKind::percent, "0.00%"}) == "100.00%");
  BOOST_TEST(shown_number(0.95, {FormatKind::percent, "0%"}) == "95%");
  // Never fewer digits than the value has: nothing judged is rounded away.
  BOOST_TEST(shown_number(0.955, {FormatKind::percent, "0%"}) == "95.5%");
  BOOST_TEST(shown_number(0.05, {FormatKind::percent, "#0.00%"}) == "5.00%");
}

BOOST_AUTO_TEST_CASE(numbers_dates_and_times_show_as_their_formats_say) {
  BOOST_TEST(shown_number(43200, {FormatKind::number, "#,##0.00"}) == "43200.00");
  BOOST_TEST(shown_number(3782.13, {}) == "3782.13");
  BOOST_TEST(shown_number(0.1 + 0.2, {}) == "0.3");  // binary noise is not what anyone typed
  BOOST_TEST(shown_number(45657, {FormatKind::date, "YYYY-MM-DD"}) == "2024-12-31");
  BOOST_TEST(shown_number(45657, {FormatKind::date, "YYYY\"年\"M\"月\"D\"日\""}) == "2024年12月31日");
  BOOST_TEST(shown_number(45657.5, {FormatKind::date_time, "YYYY-MM-DD HH:MM"}) == "2024-12-31 12:00");
  BOOST_TEST(shown_number(0.5, {FormatKind::time, "HH:MM"}) == "12:00");
  BOOST_TEST(shown_number(1, {FormatKind::boolean, "BOOLEAN"}) == "TRUE");
  // A document in the 1904 date system: serial 0 is 1904-01-01.
  BOOST_TEST(jixiao::core::days_from_1899_12_30(1904, 1, 1) == 1462);
  BOOST_TEST(shown_number(0, {FormatKind::date, "YYYY-MM-DD"}, 1462) == "1904-01-01");
}

BOOST_AUTO_TEST_CASE(grid_view_shows_cells_through_their_format_areas_and_keeps_formulas) {
  jixiao::core::Grid grid = jixiao::test::grid_from_tsv("1\t0.95\t1\n45657\tx\t2\n");
  grid.number_formats = {{FormatKind::percent, "0%"}, {FormatKind::date, "YYYY-MM-DD"}};
  grid.format_areas = {{0, 0, 0, 1, 0}, {1, 0, 1, 0, 1}};
  grid.formulas = {{0, 2, "=100%"}};
  const jixiao::core::GridView view(grid);
  BOOST_TEST(view.shown(0, 0) == "100%");
  BOOST_TEST(view.shown(0, 1) == "95%");
  BOOST_TEST(view.shown(0, 2) == "1");  // General
  BOOST_TEST(view.shown(1, 0) == "2024-12-31");
  BOOST_TEST(view.shown(1, 1) == "x");  // a text cell shows its text whatever its format
  BOOST_TEST(view.shown(5, 5) == "");   // outside the grid
  BOOST_TEST_REQUIRE(view.formula_text(0, 2) != nullptr);
  BOOST_TEST(*view.formula_text(0, 2) == "=100%");
  BOOST_TEST(view.formula_text(0, 0) == nullptr);
  // A malformed area (index out of range, rows outside the grid) is ignored, not trusted.
  grid.format_areas.push_back({0, 0, 99, 99, 7});
  BOOST_TEST(jixiao::core::GridView(grid).shown(0, 0) == "100%");
}

BOOST_AUTO_TEST_SUITE_END()
