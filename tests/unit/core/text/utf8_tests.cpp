// utf8: the core's own UTF-8 decoding and encoding, ICU's U8_NEXT as the oracle.
#include <unicode/utf8.h>

#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <random>
#include <string>

#include "core/text/utf8.hpp"

namespace utf8 = jixiao::core::utf8;

BOOST_AUTO_TEST_SUITE(utf8_tests)

// utf8::next must step through ill-formed bytes exactly as ICU's U8_NEXT does (one -1 for each
// maximal subpart): the whitespace and replacement-character code depends on it.
BOOST_AUTO_TEST_CASE(utf8_next_steps_as_icu_does) {
  std::mt19937 random(20261201);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<int> size(0, 12);
  int wrong = 0;
  for (int round = 0; round < 200000; ++round) {
    std::string text;
    const int n = size(random);
    // Mostly bytes that start or continue multi-byte sequences, where the cases lie.
    for (int i = 0; i < n; ++i) text += static_cast<char>(round % 3 == 0 ? byte(random) : 0x80 | (byte(random) & 0x7F) | (i % 3 == 0 ? 0x40 : 0));
    std::size_t mine = 0;
    int32_t icu_position = 0;
    while (mine < text.size()) {
      const int32_t c = utf8::next(text, mine);
      UChar32 expected;
      U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), icu_position, static_cast<int32_t>(text.size()), expected);
      if ((c < 0) != (expected < 0) || (c >= 0 && c != expected) || mine != static_cast<std::size_t>(icu_position)) {
        ++wrong;
        break;
      }
    }
  }
  BOOST_TEST(wrong == 0);
}

BOOST_AUTO_TEST_CASE(utf8_previous_finds_the_last_character) {
  const std::string text = "a健\U0001F600";
  std::size_t start = 0;
  BOOST_TEST(utf8::previous(text, text.size(), start) == 0x1F600);
  BOOST_TEST(start == 4u);
  BOOST_TEST(utf8::previous(text, 4, start) == 0x5065);
  BOOST_TEST(start == 1u);
  const std::string broken = "a\xe5\x81";  // a truncated ideograph ends the text
  BOOST_TEST(utf8::previous(broken, broken.size(), start) == -1);
  BOOST_TEST(start == broken.size() - 1);
}

BOOST_AUTO_TEST_CASE(utf16_round_trip) {
  for (const std::string text : {"", "abc", "完成率≥95%", "\U0001F600x", "\xe2\x80\x83"}) {
    BOOST_TEST(utf8::from_utf16(utf8::to_utf16(text)) == text);
  }
  BOOST_TEST((utf8::to_utf16("a\xff") == u"a\uFFFD"));
}

BOOST_AUTO_TEST_CASE(append_writes_scalar_values_and_nothing_for_a_surrogate) {
  std::string out;
  utf8::append(out, U'健');
  utf8::append(out, 0x1F600);
  BOOST_TEST(out == "健\U0001F600");
  utf8::append(out, 0xD800);
  utf8::append(out, 0x110000);
  BOOST_TEST(out == "健\U0001F600");
}

BOOST_AUTO_TEST_SUITE_END()
