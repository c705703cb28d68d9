#include <boost/test/unit_test.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/text/data_lines.hpp"

using jixiao::core::for_each_content_line;
using jixiao::core::read_data_lines;
using jixiao::core::split_on_tabs;

BOOST_AUTO_TEST_SUITE(data_lines_tests)

// Every loader accepts the same files: a byte order mark, CRLF, comments and blank lines.
BOOST_AUTO_TEST_CASE(content_lines_skip_comments_and_blanks_and_keep_line_numbers) {
  std::vector<std::pair<int, std::string>> seen;
  for_each_content_line("\xEF\xBB\xBF# a comment\r\n\r\n  ≥\t>=  \r\n# another\nunits\n",
                        [&](int line, std::string_view text) { seen.emplace_back(line, std::string(text)); });
  const std::vector<std::pair<int, std::string>> expected{{3, "≥\t>="}, {5, "units"}};
  BOOST_TEST((seen == expected));
}

BOOST_AUTO_TEST_CASE(a_line_that_is_not_utf8_or_not_usable_is_reported_not_dropped) {
  const auto problems = read_data_lines("good\nbad\n\xFF\xFE\n", "test.tsv", [](std::string_view line) {
    return line == "bad" ? std::optional<std::string>("not usable") : std::nullopt;
  });
  BOOST_TEST_REQUIRE(problems.size() == 2u);
  BOOST_TEST(problems[0].source == "test.tsv");
  BOOST_TEST(problems[0].line == 2);
  BOOST_TEST(problems[0].message == "not usable");
  BOOST_TEST(problems[1].line == 3);
  BOOST_TEST(read_data_lines("a\n# b\n", "x", [](std::string_view) { return std::nullopt; }).empty());
}

BOOST_AUTO_TEST_CASE(fields_split_on_every_tab_keeping_empty_ones) {
  const auto fields = split_on_tabs("a\t\tb\t");
  BOOST_TEST_REQUIRE(fields.size() == 4u);
  BOOST_TEST(fields[0] == "a");
  BOOST_TEST(fields[1] == "");
  BOOST_TEST(fields[2] == "b");
  BOOST_TEST(fields[3] == "");
  BOOST_TEST(split_on_tabs("one").size() == 1u);
}

BOOST_AUTO_TEST_SUITE_END()
