#include <boost/test/unit_test.hpp>
#include <string>

#include "core/outputs/json_text.hpp"

using jixiao::core::json_string;

BOOST_AUTO_TEST_SUITE(json_text_tests)

BOOST_AUTO_TEST_CASE(text_passes_through_quoted) {
  BOOST_TEST(json_string("") == "\"\"");
  BOOST_TEST(json_string("目标表!E23 ≥95%") == "\"目标表!E23 ≥95%\"");
  BOOST_TEST(json_string("𠀀") == "\"𠀀\"");  // four bytes, well-formed: as is
}

BOOST_AUTO_TEST_CASE(quotes_backslashes_and_controls_are_escaped) {
  BOOST_TEST(json_string("a\"b\\c") == "\"a\\\"b\\\\c\"");
  BOOST_TEST(json_string("1\n2\r3\t4") == "\"1\\n2\\r3\\t4\"");
  BOOST_TEST(json_string(std::string("x\0y\x1f\x7f", 5)) == "\"x\\u0000y\\u001f\\u007f\"");
}

// A cell's unpaired surrogate arrives as its 3-byte form (uno/common/strings.hpp); JSON can say
// exactly that surrogate, so the report reads back as the text the office had.
BOOST_AUTO_TEST_CASE(an_unpaired_surrogate_becomes_its_escape) {
  BOOST_TEST(json_string("≥9\xED\xA0\x80%") == "\"≥9\\ud800%\"");
  BOOST_TEST(json_string("\xED\xBF\xBF") == "\"\\udfff\"");
}

BOOST_AUTO_TEST_CASE(other_ill_formed_bytes_become_the_replacement_character) {
  BOOST_TEST(json_string("a\xFF" "b") == "\"a\\ufffdb\"");
  BOOST_TEST(json_string("\xE4\xBD") == "\"\\ufffd\"");       // a character cut short: one U+FFFD
  BOOST_TEST(json_string("\xC0\xAF") == "\"\\ufffd\\ufffd\"");  // an overlong '/'
}

BOOST_AUTO_TEST_SUITE_END()
