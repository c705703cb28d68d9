#include <boost/test/unit_test.hpp>

#include "core/vocab/comparison.hpp"

using jixiao::core::Comparison;
using jixiao::core::canonical_symbol;
using jixiao::core::comparison_from_symbol;

BOOST_AUTO_TEST_SUITE(comparison_tests)

BOOST_AUTO_TEST_CASE(every_comparison_has_one_symbol_that_reads_back) {
  for (Comparison c : {Comparison::at_least, Comparison::at_most, Comparison::equal, Comparison::greater,
                       Comparison::less}) {
    const auto symbol = canonical_symbol(c);
    BOOST_TEST_CONTEXT(symbol) {
      BOOST_TEST(!symbol.empty());
      BOOST_TEST((comparison_from_symbol(symbol) == c));
    }
  }
  BOOST_TEST(canonical_symbol(Comparison::at_least) == "≥");
  BOOST_TEST(canonical_symbol(Comparison::at_most) == "≤");
}

// Only the canonical symbols: variants (>=, 不低于) are the vocabulary's business.
BOOST_AUTO_TEST_CASE(a_variant_or_other_text_is_no_symbol) {
  for (const char* text : {">=", "不低于", "", "≥≥", "="" "}) {
    BOOST_TEST_CONTEXT(text) { BOOST_TEST(!comparison_from_symbol(text).has_value()); }
  }
}

BOOST_AUTO_TEST_SUITE_END()
