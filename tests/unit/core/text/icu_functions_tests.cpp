// The core's Unicode functions (core/text/icu_functions.hpp) against the system's ICU,
// linked into this test only as the oracle.
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "core/text/icu_functions.hpp"

namespace unicode = jixiao::core::unicode;

BOOST_AUTO_TEST_SUITE(icu_functions_tests)

// The core found an ICU at run time, by itself, although it links none: the one the oracle
// linked into this process is already loaded and must be the one found.
BOOST_AUTO_TEST_CASE(finds_the_icu_of_the_process) {
  const std::string origin = unicode::icu_origin();
  BOOST_TEST_MESSAGE("ICU in use: " << origin);
  BOOST_TEST(origin.starts_with("ICU " + std::to_string(U_ICU_VERSION_MAJOR_NUM) + "."));
  BOOST_TEST(origin.find("libicuuc.so") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(properties_are_icus_for_every_code_point) {
  int wrong = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    const auto code_point = static_cast<char32_t>(c);
    if (unicode::is_white_space(code_point) != (u_hasBinaryProperty(c, UCHAR_WHITE_SPACE) != 0) ||
        unicode::is_ideographic(code_point) != (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) != 0)) {
      if (++wrong <= 5) BOOST_ERROR("U+" << std::hex << c);
    }
  }
  BOOST_TEST(wrong == 0);
}

// The built-in tables a process without ICU uses: White_Space exactly; Ideographic exactly in
// the BMP and never claiming a character ICU does not (a newer ICU may add CJK extensions).
BOOST_AUTO_TEST_CASE(fallback_tables_agree_with_icu) {
  int wrong = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    const auto code_point = static_cast<char32_t>(c);
    const bool space = u_hasBinaryProperty(c, UCHAR_WHITE_SPACE) != 0;
    const bool ideograph = u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) != 0;
    const bool fallback_ideograph = unicode::fallback_is_ideographic(code_point);
    if (unicode::fallback_is_white_space(code_point) != space || (fallback_ideograph && !ideograph) ||
        (c <= 0xFFFF && fallback_ideograph != ideograph)) {
      if (++wrong <= 5) BOOST_ERROR("U+" << std::hex << c);
    }
  }
  BOOST_TEST(wrong == 0);
}

BOOST_AUTO_TEST_CASE(nfkc_is_icus) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* oracle = unorm2_getNFKCInstance(&status);
  BOOST_REQUIRE(U_SUCCESS(status));
  for (const std::u16string& text : std::vector<std::u16string>{u"", u"abc", u"≥９５％", u"１２３　个", u"㎡", u"ﬁ", u"完成率≥95%", u"\U0002F800",
                                    std::u16string(500, u'Ａ')}) {
    char16_t expected[4096];
    status = U_ZERO_ERROR;
    const int32_t length = unorm2_normalize(oracle, reinterpret_cast<const UChar*>(text.data()),
                                            static_cast<int32_t>(text.size()), reinterpret_cast<UChar*>(expected),
                                            4096, &status);
    BOOST_REQUIRE(U_SUCCESS(status));
    const std::u16string want(expected, static_cast<std::size_t>(length));
    BOOST_TEST((unicode::nfkc(text) == want));
    BOOST_TEST(unicode::is_nfkc(text) == (want == text));
  }
}

BOOST_AUTO_TEST_CASE(compare_folded_folds_case_beyond_ascii) {
  BOOST_TEST(unicode::compare_folded(u"Sheet1", u"SHEET1") == 0);
  BOOST_TEST(unicode::compare_folded(u"ÄRGER", u"ärger") == 0);
  BOOST_TEST(unicode::compare_folded(u"表1", u"表2") != 0);
  BOOST_TEST(unicode::compare_folded(u"a", u"ab") != 0);
}

BOOST_AUTO_TEST_SUITE_END()
