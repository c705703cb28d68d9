#include <boost/test/unit_test.hpp>

#include "core/text/date_text.hpp"

BOOST_AUTO_TEST_SUITE(date_text_tests)

BOOST_AUTO_TEST_CASE(dates_and_periods_are_when_not_how_much) {
  for (const char* date : {"2023年", "12月", "2025年12月", "2025年底", "2025年12月底前", "2021年12月31日前", "2023.12.31前",
                           "2025.1-2025.12", "2025年度", "12月底前", "截至2025年6月30日", "2025-12-31", "2025/6/30"}) {
    BOOST_TEST_CONTEXT(date) { BOOST_TEST(jixiao::core::is_date_text(date)); }
  }
  for (const char* other : {"2025", "1年", "12个月", "≥2025年", "13月", "2025.13", "30天", "2.5", "1800年", "第1季度", ""}) {
    BOOST_TEST_CONTEXT(other) { BOOST_TEST(!jixiao::core::is_date_text(other)); }
  }
}

BOOST_AUTO_TEST_SUITE_END()
