#include <boost/test/unit_test.hpp>
#include <string>

#include "core/vocab/indicator_names.hpp"

using jixiao::core::builtin_indicator_names;
using jixiao::core::NameDirection;
using jixiao::core::NameExpectation;

BOOST_AUTO_TEST_SUITE(indicator_names_tests)

// What a name's ending says about its value: a 率 takes a percent, a 人数 a count.
BOOST_AUTO_TEST_CASE(a_names_ending_says_what_value_it_takes) {
  const auto& names = builtin_indicator_names();
  BOOST_TEST((names.traits("预算执行率").expectation == NameExpectation::rate));
  BOOST_TEST((names.traits("预算执行率").direction == NameDirection::higher));
  BOOST_TEST((names.traits("培训人数").expectation == NameExpectation::count));
  BOOST_TEST((names.traits("失业率").direction == NameDirection::lower));
  BOOST_TEST((names.traits("收入增长率").direction == NameDirection::growth));
  // A trailing remark in brackets does not hide the ending.
  BOOST_TEST((names.traits("离校未就业高校毕业生年末就业率(年报)").expectation == NameExpectation::rate));
}

// Names without a known ending, and endings that only look like one (完成年度 is no 度 rate).
BOOST_AUTO_TEST_CASE(no_trait_without_a_known_ending) {
  const auto& names = builtin_indicator_names();
  BOOST_TEST(!names.traits("工作开展情况").expectation.has_value());
  BOOST_TEST(!names.traits("").direction.has_value());
  BOOST_TEST(!names.traits("完成年度").direction.has_value());
}

BOOST_AUTO_TEST_CASE(a_name_standing_in_a_value_column_is_told_from_a_value) {
  const auto& names = builtin_indicator_names();
  BOOST_TEST(names.looks_like_name("组织建设工作及时完成率"));
  BOOST_TEST(names.looks_like_name("培训人次"));
  BOOST_TEST(!names.looks_like_name("健全"));
  BOOST_TEST(!names.looks_like_name("≥95%"));
}

BOOST_AUTO_TEST_SUITE_END()
