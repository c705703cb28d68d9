#include <boost/test/unit_test.hpp>
#include <string>

#include "core/values/target_grammar.hpp"
#include "core/vocab/vocab.hpp"

using jixiao::core::Comparison;
using jixiao::core::match_target;
using jixiao::core::target_working_copy;

BOOST_AUTO_TEST_SUITE(target_grammar_tests)

// [OP] NUMBER [万|亿] [UNIT] [SUFFIX-OP], matched on the working copy.
BOOST_AUTO_TEST_CASE(the_parts_of_a_target_value) {
  const std::string working = target_working_copy("不低于 1.2万 人");
  const auto match = match_target(working, jixiao::core::builtin_vocab());
  BOOST_TEST_REQUIRE(match.has_value());
  BOOST_TEST((match->comparison == Comparison::at_least));
  BOOST_TEST(match->prefix_operator == "不低于");
  BOOST_TEST(match->number == "1.2");
  BOOST_TEST(match->multiplier == "万");
  BOOST_TEST(match->unit == "人");
  BOOST_TEST(jixiao::core::canonical_text(*match) == "≥1.2万人");
}

BOOST_AUTO_TEST_CASE(a_suffix_operator_and_a_bare_number) {
  const std::string above = target_working_copy("95%以上");
  const auto suffixed = match_target(above, jixiao::core::builtin_vocab());
  BOOST_TEST_REQUIRE(suffixed.has_value());
  BOOST_TEST(suffixed->suffix_operator == "以上");
  BOOST_TEST(jixiao::core::canonical_text(*suffixed) == "≥95%");
  const std::string bare = target_working_copy("100");
  const auto number = match_target(bare, jixiao::core::builtin_vocab());
  BOOST_TEST_REQUIRE(number.has_value());
  BOOST_TEST(!number->comparison.has_value());
}

// Units real tables use (盏, 株, 村, ㎡) and units per several things (元/生/年) are units: the
// value is a count or an amount, not a malformed one.
BOOST_AUTO_TEST_CASE(units_real_tables_use) {
  for (const char* text : {"≥4000盏", "≥600株", "≥70村", "≥20㎡", "780元/生/年", "≥3.5平米", "≤17元/人/天"}) {
    const std::string working = target_working_copy(text);
    BOOST_TEST_CONTEXT(text) { BOOST_TEST(match_target(working, jixiao::core::builtin_vocab()).has_value()); }
  }
  // A word after the slash is a short one: a sentence is no unit.
  const std::string sentence = target_working_copy("≥70村/其中贫困村不少于二十个村子");
  BOOST_TEST(!match_target(sentence, jixiao::core::builtin_vocab()).has_value());
}

// Anything else is no target value: words, an operator alone, two numbers.
BOOST_AUTO_TEST_CASE(anything_else_is_no_match) {
  for (const char* text : {"健全", "≥", "≥≥95", "95%-100%", ""}) {
    const std::string working = target_working_copy(text);
    BOOST_TEST_CONTEXT(text) { BOOST_TEST(!match_target(working, jixiao::core::builtin_vocab()).has_value()); }
  }
}

BOOST_AUTO_TEST_CASE(tex_leftovers_become_symbols) {
  BOOST_TEST(jixiao::core::strip_latex_leftovers("$\\geq$95\\%") == "≥95%");
  BOOST_TEST(jixiao::core::strip_latex_leftovers("≥95%") == "≥95%");
  BOOST_TEST(target_working_copy("＞＝ ９５ ％") == ">=95%");
}

BOOST_AUTO_TEST_SUITE_END()
