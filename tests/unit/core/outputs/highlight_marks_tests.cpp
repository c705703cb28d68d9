// Mark styles' names and the marks a sheet's findings call for (org.jixiao.Highlighter).
#include <boost/test/unit_test.hpp>

#include "core/outputs/highlight_marks.hpp"

using namespace jixiao::core;

BOOST_AUTO_TEST_SUITE(highlight_marks_tests)

BOOST_AUTO_TEST_CASE(style_names_round_trip) {
  BOOST_TEST(mark_style_name(Severity::error, "Default") == "Jixiao·error·Default");
  BOOST_TEST(mark_style_name(Severity::info, "Heading 1") == "Jixiao·info·Heading 1");
  for (Severity s : {Severity::error, Severity::warning, Severity::info})
    for (const char* base : {"Default", "Mine", "我的样式", "a·b·c", "Accent 3"}) {
      const auto parsed = parse_mark_style(mark_style_name(s, base));
      BOOST_TEST_REQUIRE(parsed.has_value());
      BOOST_TEST((parsed->severity == s));
      BOOST_TEST(parsed->base == base);
    }
}

BOOST_AUTO_TEST_CASE(other_styles_are_not_marks) {
  for (const char* name : {"Default", "Jixiao", "Jixiao·", "Jixiao·error", "Jixiao·error·", "Jixiao·fatal·Default",
                           "jixiao·error·Default", "Jixiao error Default", "Jixiao·error·Jixiao·info·Default"})
    BOOST_TEST(!parse_mark_style(name).has_value(), name);
}

BOOST_AUTO_TEST_CASE(one_light_colour_per_severity) {
  const std::int32_t error = mark_background(Severity::error), warning = mark_background(Severity::warning),
                     info = mark_background(Severity::info);
  BOOST_TEST(error != warning);
  BOOST_TEST(warning != info);
  BOOST_TEST(error != info);
  for (std::int32_t colour : {error, warning, info}) {
    const int r = (colour >> 16) & 0xFF, g = (colour >> 8) & 0xFF, b = colour & 0xFF;
    BOOST_TEST(r + g + b > 3 * 0xC0, "light enough for black text: " << std::hex << colour);
  }
  BOOST_TEST(((error >> 16) & 0xFF) > (error & 0xFF));  // red
  BOOST_TEST((info & 0xFF) > ((info >> 16) & 0xFF));    // blue
}

BOOST_AUTO_TEST_CASE(the_most_severe_finding_of_a_cell_wins) {
  const auto marks = cell_marks({{4, 2, Severity::info},
                                 {4, 2, Severity::error},
                                 {4, 2, Severity::warning},
                                 {1, 1, Severity::warning},
                                 {1, 1, Severity::info},
                                 {0, 3, Severity::info}},
                                {});
  const std::vector<CellMark> expected{{0, 3, Severity::info}, {1, 1, Severity::warning}, {4, 2, Severity::error}};
  BOOST_TEST((marks == expected));
}

BOOST_AUTO_TEST_CASE(a_cell_under_a_merge_marks_the_merge_origin) {
  const std::vector<Merge> merges{{2, 0, 2, 4}, {10, 1, 12, 2}};
  const auto marks = cell_marks(
      {{2, 3, Severity::warning}, {2, 0, Severity::info}, {12, 2, Severity::error}, {13, 2, Severity::info}}, merges);
  const std::vector<CellMark> expected{{2, 0, Severity::warning}, {10, 1, Severity::error}, {13, 2, Severity::info}};
  BOOST_TEST((marks == expected));
}

BOOST_AUTO_TEST_CASE(negative_positions_are_dropped) {
  BOOST_TEST(cell_marks({{-1, 0, Severity::error}, {0, -5, Severity::error}}, {}).empty());
}

BOOST_AUTO_TEST_CASE(a1_addresses_parse_back) {
  BOOST_TEST((parse_a1_address("D23") == std::pair(22, 3)));
  BOOST_TEST((parse_a1_address("$D$23") == std::pair(22, 3)));
  BOOST_TEST((parse_a1_address("a1") == std::pair(0, 0)));
  BOOST_TEST((parse_a1_address("AB12") == std::pair(11, 27)));
  BOOST_TEST((parse_a1_address("XFD1048576") == std::pair(1048575, 16383)));
  for (int row : {0, 7, 99999})
    for (int column : {0, 25, 26, 701, 702, 1023}) {
      const auto parsed = parse_a1_address(a1_address(row, column));
      BOOST_TEST((parsed == std::pair(row, column)), a1_address(row, column));
    }
  for (const char* bad : {"", "D", "23", "D0", "D23:E24", "Sheet1.D23", "D 23", "ABCDE1", "D123456789", "Ｄ23"})
    BOOST_TEST(!parse_a1_address(bad).has_value(), bad);
}

BOOST_AUTO_TEST_SUITE_END()
