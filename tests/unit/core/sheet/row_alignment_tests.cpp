#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/sheet/grid_view.hpp"
#include "core/sheet/row_alignment.hpp"
#include "core/vocab/table_template.hpp"
#include "support/grid_support.hpp"

using jixiao::core::GridView;
using jixiao::core::IndicatorColumns;
using jixiao::core::LogicalRow;
using jixiao::test::grid_from_tsv;

namespace {

// 一级指标 | 二级指标 | 三级指标 | 指标值 in columns A to D.
IndicatorColumns four_columns() {
  IndicatorColumns columns;
  columns.first = 0;
  columns.second = 1;
  columns.third = 2;
  columns.value = 3;
  return columns;
}

const jixiao::core::TableTemplate& national() {
  static const std::vector<jixiao::core::TableTemplate> templates = jixiao::core::load_templates({});
  for (const auto& t : templates)
    if (t.name == "national") return t;
  return templates.front();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(row_alignment_tests)

BOOST_AUTO_TEST_CASE(a_row_as_it_stands_keeps_each_cell_under_its_header) {
  const auto grid = grid_from_tsv("产出指标\t数量指标\t培训人次\t≥500人次\n");
  const GridView view(grid);
  const LogicalRow row = jixiao::core::row_as_is(view, four_columns(), 0);
  BOOST_TEST(row.at(2) == 2);
  BOOST_TEST(row.at(3) == 3);
  BOOST_TEST(!row.moved());
  BOOST_TEST(row.at(9) == -1);  // no such column
}

// A row typed one column to the left (the name under 二级指标, the value under 三级指标) goes back.
BOOST_AUTO_TEST_CASE(a_row_shifted_left_is_put_back_under_its_headers) {
  const auto grid = grid_from_tsv("产出指标\t数量指标\t培训人次\t≥500人次\n\t培训合格率\t≥95%\t\n");
  const GridView view(grid);
  const LogicalRow row = jixiao::core::aligned_row(view, national(), four_columns(), 1);
  BOOST_TEST(row.moved());
  BOOST_TEST(row.shift() == 1);
  BOOST_TEST(row.at(2) == 1);  // the name stands in B
  BOOST_TEST(row.at(3) == 2);  // the value in C
}

// A row that could be right as it is stays: a clean row, and 无 | 无.
BOOST_AUTO_TEST_CASE(a_row_that_fits_its_headers_is_not_moved) {
  const auto grid = grid_from_tsv("产出指标\t数量指标\t培训人次\t≥500人次\n\t成本指标\t无\t无\n");
  const GridView view(grid);
  BOOST_TEST(!jixiao::core::aligned_row(view, national(), four_columns(), 0).moved());
  BOOST_TEST(!jixiao::core::aligned_row(view, national(), four_columns(), 1).moved());
}

BOOST_AUTO_TEST_SUITE_END()
