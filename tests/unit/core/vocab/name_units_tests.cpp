#include <boost/test/unit_test.hpp>
#include <string>

#include "core/vocab/name_units.hpp"

using jixiao::core::implied_unit;
using jixiao::core::money_unit_note;
using jixiao::core::money_unit_of_heading;

BOOST_AUTO_TEST_SUITE(name_units_tests)

// 会议次数 | 6 is six meetings: the name gives a bare number its unit.
BOOST_AUTO_TEST_CASE(a_names_ending_gives_a_bare_number_its_unit) {
  const auto times = implied_unit("会议次数");
  BOOST_TEST_REQUIRE(times.has_value());
  BOOST_TEST(times->unit == "次");
  BOOST_TEST(!times->money);
  BOOST_TEST(!implied_unit("工作开展情况").has_value());
}

BOOST_AUTO_TEST_CASE(money_notes_and_headings_declare_the_tables_unit) {
  BOOST_TEST(money_unit_note("金额单位：万元").value_or("") == "万元");
  BOOST_TEST(money_unit_note("单位：元").value_or("") == "元");
  BOOST_TEST(!money_unit_note("预算执行率").has_value());
  BOOST_TEST(money_unit_of_heading("预算金额（万元）").value_or("") == "万元");
  BOOST_TEST(money_unit_of_heading("资金总额(元)").value_or("") == "元");
  BOOST_TEST(!money_unit_of_heading("项目名称").has_value());
}

BOOST_AUTO_TEST_SUITE_END()
