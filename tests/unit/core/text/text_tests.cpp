#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "core/text/text.hpp"
#include "support/test_support.hpp"

namespace bdata = boost::unit_test::data;
using jixiao::test::visible;

namespace {

struct Conversion {
  std::string input;
  std::string expected;
};

std::ostream& operator<<(std::ostream& out, const Conversion& c) {
  return out << visible(c.input) << " -> " << visible(c.expected);
}

const std::vector<Conversion> trim_cases{
    {"  a  ", "a"},
    {"\u3000a\u3000", "a"},
    {"\u00A0a\u00A0", "a"},
    {"\u2007a\u202F", "a"},
    {"\ta\n", "a"},
    {"\r\n a \r\n", "a"},
    {"\u200Ba\uFEFF", "a"},
    {"\u0085a\u2028", "a"},
    {"\uFEFF\u3000 35097.99\u3000\u00A0", "35097.99"},
    {"a b", "a b"},
    {" 合 计 ", "合 计"},
    {"缴费补贴\u3000人数", "缴费补贴\u3000人数"},
    {"", ""},
    {"   ", ""},
    {"\u3000\u00A0\u200B\t", ""},
    // Soft hyphen and letters are content, not space.
    {"\u00ADa", "\u00ADa"},
    {"\xff\xfe", "\xff\xfe"},
    {" \xff ", "\xff"},
    {"\u3000a\xff\u3000", "a\xff"},
    {"\xe5\x81", "\xe5\x81"},
};

const std::vector<Conversion> nfkc_cases{
    {"１００％", "100%"},
    {"＞＝９５％", ">=95%"},
    {"Ａｂｃ", "Abc"},
    {"３５０９７．９９", "35097.99"},
    {"㎞", "km"},
    {"\u3000", " "},
    {"健全", "健全"},
    {"abc", "abc"},
    {"", ""},
    {"\xff\xfe", "\xff\xfe"},
    {"１\xff", "１\xff"},
};

const std::vector<Conversion> remove_all_space_cases{
    {"合 计", "合计"},
    {"2022\u3000年", "2022年"},
    {"全年 预算数", "全年预算数"},
    {"一级\n指标", "一级指标"},
    {" \u00A0a\u200Bb\uFEFF ", "ab"},
    {"a\xff b", "a\xff" "b"},
    {"健全", "健全"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(text_tests)

BOOST_DATA_TEST_CASE(trim_outer_space_strips_only_outer_space, bdata::make(trim_cases), c) {
  BOOST_TEST(visible(jixiao::core::trim_outer_space(c.input)) == visible(c.expected));
}

BOOST_DATA_TEST_CASE(nfkc_folds_compatibility_forms, bdata::make(nfkc_cases), c) {
  BOOST_TEST(visible(jixiao::core::nfkc(c.input)) == visible(c.expected));
}

BOOST_DATA_TEST_CASE(remove_all_space_removes_inner_space_too, bdata::make(remove_all_space_cases), c) {
  BOOST_TEST(visible(jixiao::core::remove_all_space(c.input)) == visible(c.expected));
}

// The space tests take shortcuts for speed (ASCII, nothing above U+3000 but U+FEFF, lead bytes that
// cannot start a space): every code point, alone and between letters, must still be judged as
// ICU's White_Space property judges it, plus the control characters (general category Cc: U+0001
// is how Calc hands over a tab) and the zero-width U+200B..U+200D, U+2060 and U+FEFF.
BOOST_AUTO_TEST_CASE(space_is_white_space_for_every_code_point) {
  int wrong = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    if (U_IS_SURROGATE(c)) continue;
    char bytes[U8_MAX_LENGTH];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(bytes, length, U8_MAX_LENGTH, c, error);
    if (error) ++wrong;
    const std::string alone(bytes, static_cast<std::size_t>(length));
    const bool space = (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF ||
                       u_charType(c) == U_CONTROL_CHAR || u_hasBinaryProperty(c, UCHAR_WHITE_SPACE);
    const bool removed = jixiao::core::remove_all_space("a" + alone + "b") == "ab";
    const bool trimmed = jixiao::core::trim_outer_space(alone).empty();
    if (removed != space || trimmed != space) {
      if (++wrong <= 5) BOOST_ERROR("U+" << std::hex << c << (space ? " is" : " is not") << " a space");
    }
  }
  BOOST_TEST(wrong == 0);
}

BOOST_AUTO_TEST_CASE(is_valid_utf8_accepts_well_formed_text) {
  for (const std::string& text : std::vector<std::string>{"", "abc", "健全", "≥95%", "\U0001F600", std::string("a\0b", 3)}) {
    BOOST_TEST_CONTEXT(visible(text)) { BOOST_TEST(jixiao::core::is_valid_utf8(text)); }
  }
}

BOOST_AUTO_TEST_CASE(is_valid_utf8_rejects_ill_formed_bytes) {
  for (const std::string text : {"\xff", "\xff\xfe", "\xc0\xaf", "\xed\xa0\x80", "\xe5\x81", "\xf4\x90\x80\x80",
                                 "\x80", "ok\xe5"}) {
    BOOST_TEST_CONTEXT(visible(text)) { BOOST_TEST(!jixiao::core::is_valid_utf8(text)); }
  }
}

BOOST_AUTO_TEST_SUITE_END()
