#include <boost/test/unit_test.hpp>
#include <string>

#include "core/text/invisible_characters.hpp"
#include "core/text/value_text.hpp"
#include "support/test_support.hpp"

namespace core = jixiao::core;
using jixiao::test::visible;

BOOST_AUTO_TEST_SUITE(invisible_characters_tests)

// What a cell pasted from Word or read back from Calc holds: a tab inside a multi-line cell is
// U+0001 (Calc's edit engine), a plain tab elsewhere.
BOOST_AUTO_TEST_CASE(kinds_are_named_as_the_user_would) {
  BOOST_TEST(core::invisible_kind_codes(core::invisible_kinds("≥95%\x01\n")) == "tab,line-break");
  BOOST_TEST(core::invisible_kind_codes(core::invisible_kinds("总成本\t")) == "tab");
  BOOST_TEST(core::invisible_kind_codes(core::invisible_kinds("产出 指标")) == "space");
  BOOST_TEST(core::invisible_kind_codes(core::invisible_kinds("合\u3000计")) == "full-width-space");
  BOOST_TEST(core::invisible_kind_codes(core::invisible_kinds("\u00a0\u00a0基本工资")) == "no-break-space");
  BOOST_TEST(core::invisible_kind_codes(core::invisible_kinds("\xef\xbb\xbf" "95%")) == "zero-width");
  BOOST_TEST(core::invisible_kind_codes(core::invisible_kinds("95%\r\n")) == "line-break");
  BOOST_TEST(core::invisible_kind_codes(core::invisible_kinds(std::string("9\x00" "5", 3))) == "control");
  BOOST_TEST(core::invisible_kind_codes(core::invisible_kinds("a\u2003b\u2028")) == "other-space,line-break");
}

BOOST_AUTO_TEST_CASE(visible_text_has_no_kind) {
  BOOST_TEST(core::invisible_kinds("≥95%") == 0u);
  BOOST_TEST(core::invisible_kinds("满意度指标") == 0u);
  BOOST_TEST(core::invisible_kinds("") == 0u);
  BOOST_TEST(core::invisible_kinds("\xff\xfe") == 0u);  // ill-formed bytes are content, not spaces
}

BOOST_AUTO_TEST_CASE(unwritable_characters) {
  BOOST_TEST(core::has_unwritable_character("总成本\x01", true));
  BOOST_TEST(core::has_unwritable_character("总成本\t", true));
  BOOST_TEST(core::has_unwritable_character("a\u200bb", true));
  BOOST_TEST(core::has_unwritable_character("第一行\n第二行", false));
  BOOST_TEST(!core::has_unwritable_character("第一行\n第二行", true));
  BOOST_TEST(!core::has_unwritable_character("合 计\u3000", false));  // spaces can be typed
  BOOST_TEST(!core::has_unwritable_character("≥95%", false));
}

BOOST_AUTO_TEST_CASE(writable_text_drops_what_no_one_types) {
  BOOST_TEST(visible(core::writable_text("总成本\x01\n", false)) == visible("总成本"));
  BOOST_TEST(visible(core::writable_text("总成本\t\n", true)) == visible("总成本"));
  BOOST_TEST(visible(core::writable_text("培训\t人数", false)) == visible("培训人数"));
  BOOST_TEST(visible(core::writable_text("GDP\tgrowth", false)) == visible("GDP growth"));
  BOOST_TEST(visible(core::writable_text("第一行\r\n第二行", true)) == visible("第一行\n第二行"));
  BOOST_TEST(visible(core::writable_text("第一行\n第二行", false)) == visible("第一行第二行"));
  BOOST_TEST(visible(core::writable_text("合 计", false)) == visible("合 计"));  // spaces are another finding's
  BOOST_TEST(visible(core::writable_text("\x01", false)) == visible(""));
}

BOOST_AUTO_TEST_CASE(messages_quote_one_visible_line) {
  BOOST_TEST(visible(core::message_text("≥95%\x01\n")) == visible("≥95%"));
  BOOST_TEST(visible(core::message_text("第一行\n第二行")) == visible("第一行 第二行"));
  BOOST_TEST(visible(core::shortened_for_message("不适用\t")) == visible("不适用"));
  BOOST_TEST(visible(core::shortened_for_message("\t")) == visible(""));
  BOOST_TEST(visible(core::shortened_for_message("健全")) == visible("健全"));
}

BOOST_AUTO_TEST_SUITE_END()
