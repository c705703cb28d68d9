#include <boost/test/unit_test.hpp>
#include <string>

#include "core/text/decimal_syntax.hpp"

using jixiao::core::BarePoint;
using jixiao::core::unsigned_decimal_length;

BOOST_AUTO_TEST_SUITE(decimal_syntax_tests)

BOOST_AUTO_TEST_CASE(the_longest_unsigned_decimal_at_the_start) {
  BOOST_TEST(unsigned_decimal_length("95%", BarePoint::rejected) == 2u);
  BOOST_TEST(unsigned_decimal_length("1,234,567.89万元", BarePoint::rejected) == std::string("1,234,567.89").size());
  BOOST_TEST(unsigned_decimal_length("0.25", BarePoint::rejected) == 4u);
  BOOST_TEST(unsigned_decimal_length("12", BarePoint::rejected) == 2u);
}

// A comma not followed by exactly three digits ends the number before it.
BOOST_AUTO_TEST_CASE(a_comma_is_a_thousands_separator_only_before_three_digits) {
  BOOST_TEST(unsigned_decimal_length("1,23", BarePoint::rejected) == 1u);
  BOOST_TEST(unsigned_decimal_length("1,2345", BarePoint::rejected) == 1u);
  BOOST_TEST(unsigned_decimal_length("1,234", BarePoint::rejected) == 5u);
}

BOOST_AUTO_TEST_CASE(no_number_no_length) {
  for (const char* text : {"", "≥95%", "-5", "x1", ",123"}) {
    BOOST_TEST_CONTEXT(text) { BOOST_TEST(unsigned_decimal_length(text, BarePoint::allowed) == 0u); }
  }
}

// ".5" and "5." are numbers stored as text, never a target's form.
BOOST_AUTO_TEST_CASE(a_bare_point_only_where_allowed) {
  BOOST_TEST(unsigned_decimal_length(".5", BarePoint::allowed) == 2u);
  BOOST_TEST(unsigned_decimal_length(".5", BarePoint::rejected) == 0u);
  BOOST_TEST(unsigned_decimal_length("5.", BarePoint::allowed) == 2u);
  BOOST_TEST(unsigned_decimal_length("5.", BarePoint::rejected) == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
