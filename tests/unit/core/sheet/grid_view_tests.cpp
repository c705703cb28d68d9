#include <boost/test/unit_test.hpp>
#include <string>

#include "core/sheet/grid_view.hpp"
#include "support/grid_support.hpp"

using jixiao::core::FormatKind;
using jixiao::core::Grid;
using jixiao::core::GridView;
using jixiao::test::grid_from_tsv;

BOOST_AUTO_TEST_SUITE(grid_view_tests)

// The grid as the user sees it: a percent-formatted 1 shows 100%, text as typed.
BOOST_AUTO_TEST_CASE(a_cell_shows_what_its_format_shows) {
  Grid grid = grid_from_tsv("指标值\t≥95%\n");
  grid.cells[1] = 1.0;  // B1: 100% typed into Calc
  grid.number_formats.push_back({FormatKind::percent, "0%"});
  grid.format_areas.push_back({0, 1, 0, 1, 0});
  const GridView view(grid);
  BOOST_TEST(view.shown(0, 1) == "100%");
  BOOST_TEST(view.shown(0, 0) == "指标值");
  BOOST_TEST(view.text(0, 1) == nullptr);
  BOOST_TEST(view.holds_number(0, 1));
  BOOST_TEST(view.shown(5, 5) == "");  // outside the grid: empty, never out of bounds
}

// A merge shows its top-left cell; the cells it hides read as empty and are marked covered.
BOOST_AUTO_TEST_CASE(a_merge_hides_all_but_its_first_cell) {
  Grid grid = grid_from_tsv("产出指标\tstray\nx\ty\n");
  grid.merges.push_back({0, 0, 0, 1});
  const GridView view(grid);
  BOOST_TEST(view.shown(0, 0) == "产出指标");
  BOOST_TEST(view.covered(0, 1));
  BOOST_TEST(view.empty(0, 1));
  BOOST_TEST(!view.covered(1, 1));
}

// Keys compare header words as header_key does, and equal keys share one id.
BOOST_AUTO_TEST_CASE(equal_words_have_equal_keys_and_ids) {
  const Grid grid = grid_from_tsv("全年（程）指标值\t全年(程) 指标值\t三级指标\n");
  const GridView view(grid);
  BOOST_TEST(view.key(0, 0) == view.key(0, 1));
  BOOST_TEST(view.key_id(0, 0) == view.key_id(0, 1));
  BOOST_TEST(view.key_id(0, 0) != view.key_id(0, 2));
  BOOST_TEST(view.key_id(0, 0) != 0u);
}

BOOST_AUTO_TEST_CASE(blank_rows_formulas_and_errors) {
  Grid grid = grid_from_tsv("a\tb\n\t\nc\td\n");
  grid.formulas.push_back({2, 0, "=A1"});
  grid.errors.push_back({2, 1, "#DIV/0!"});
  const GridView view(grid);
  BOOST_TEST(view.blank_row(1));
  BOOST_TEST(!view.blank_row(0));
  BOOST_TEST(view.formula(2, 0));
  BOOST_TEST(view.formula_text(2, 0) != nullptr);
  BOOST_TEST(!view.formula(0, 0));
  BOOST_TEST(view.error(2, 1));
  BOOST_TEST(!view.error(2, 0));
}

BOOST_AUTO_TEST_SUITE_END()
