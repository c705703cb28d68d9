#include <boost/test/unit_test.hpp>
#include <string>

#include "core/text/value_text.hpp"

namespace core = jixiao::core;

BOOST_AUTO_TEST_SUITE(value_text_tests)

BOOST_AUTO_TEST_CASE(characters_counted_and_classified) {
  BOOST_TEST(core::code_point_count("≥95%") == 4u);
  BOOST_TEST(core::code_point_count("健全") == 2u);
  BOOST_TEST(core::code_point_count("") == 0u);
  BOOST_TEST(core::has_ascii_digit("≥1.2万人"));
  BOOST_TEST(!core::has_ascii_digit("健全"));
  BOOST_TEST(core::starts_with_ideograph("不低于95%"));
  BOOST_TEST(!core::starts_with_ideograph("≥95%"));
  BOOST_TEST(!core::starts_with_ideograph("&gt;95%"));
  BOOST_TEST(core::has_ideograph("≥3人"));
  BOOST_TEST(!core::has_ideograph(">=95%"));
  BOOST_TEST(core::ideograph_count("≥1.2万人次") == 3u);
}

BOOST_AUTO_TEST_CASE(words_saying_there_is_nothing_here) {
  for (const char* word : {"无", "不适用", "暂无"}) BOOST_TEST_CONTEXT(word) { BOOST_TEST(core::is_not_applicable_word(word)); }
  for (const char* word : {"无障碍", "健全", "", "0"}) BOOST_TEST_CONTEXT(word) { BOOST_TEST(!core::is_not_applicable_word(word)); }
}

BOOST_AUTO_TEST_CASE(spaces_and_full_width_forms_as_pasted_from_word) {
  BOOST_TEST(core::has_space("≥95\u3000%"));
  BOOST_TEST(core::has_space("≥95\u00a0%"));
  BOOST_TEST(!core::has_space("≥95%"));
  BOOST_TEST(core::has_full_width_form("≥９５％"));
  BOOST_TEST(!core::has_full_width_form("＞＝95%"));  // the comparison's business, not the number's
  BOOST_TEST(core::has_full_width_comparison("＞＝95%"));
  BOOST_TEST(!core::has_full_width_comparison("≥95%"));
}

BOOST_AUTO_TEST_CASE(html_markup_removed_and_references_decoded) {
  BOOST_TEST(core::without_html_markup("<p>&gt;=95%</p>").value_or("?") == ">=95%");
  BOOST_TEST(core::without_html_markup("&#8805;95%").value_or("?") == "≥95%");
  BOOST_TEST(!core::without_html_markup("≥95%").has_value());
}

BOOST_AUTO_TEST_CASE(placeholders_are_only_dashes_dots_and_slashes) {
  for (const char* text : {"/", "------", "......", "—"}) BOOST_TEST_CONTEXT(text) { BOOST_TEST(core::is_placeholder_text(text)); }
  for (const char* text : {"≥95%", "无", "-5", "a/b"}) BOOST_TEST_CONTEXT(text) { BOOST_TEST(!core::is_placeholder_text(text)); }
}

BOOST_AUTO_TEST_CASE(a_message_quotes_at_most_the_limit_and_marks_the_cut) {
  BOOST_TEST(core::shortened_for_message("≥95%") == "≥95%");
  const std::string long_text(100, 'a');
  const std::string shortened = core::shortened_for_message(long_text, 10);
  BOOST_TEST(core::code_point_count(shortened) <= 11u);
  BOOST_TEST(shortened.ends_with("…"));
  // Never cut inside a character.
  BOOST_TEST(core::shortened_for_message("健全健全健全", 3).starts_with("健全"));
}

BOOST_AUTO_TEST_SUITE_END()
