#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <charconv>
#include <cmath>
#include <random>
#include <limits>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/text/number_text.hpp"
#include "support/test_support.hpp"

namespace bdata = boost::unit_test::data;
using jixiao::core::parse_number_text;
using jixiao::test::visible;

namespace {

struct Accepted {
  std::string text;
  double expected;
};

std::ostream& operator<<(std::ostream& out, const Accepted& c) {
  return out << visible(c.text) << " -> " << c.expected;
}

struct Rejected {
  std::string text;
};

std::ostream& operator<<(std::ostream& out, const Rejected& c) { return out << visible(c.text); }

const std::vector<Accepted> accepted_cases{
    {"0", 0.0},
    {"42", 42.0},
    {"007", 7.0},
    {"0.1", 0.1},
    {"-1,234.5", -1234.5},
    {"+7", 7.0},
    {"1,234", 1234.0},
    {"1,234,567.89", 1234567.89},
    {"999,999", 999999.0},
    {"35097.99\u3000", 35097.99},
    {"\u3000 35097.99", 35097.99},
    {"\u00A012\u00A0", 12.0},
    {" 12 \t\r\n", 12.0},
    {"\u200B5\uFEFF", 5.0},
    {"３５０９７．９９", 35097.99},
    {"３５０９７．９９\u3000", 35097.99},
    {"－１２", -12.0},
    {"＋１２", 12.0},
    {"１，２３４", 1234.0},
    {".5", 0.5},
    {"5.", 5.0},
    {"-.5", -0.5},
    {"1,234.", 1234.0},
    {"123456.000001", 123456.000001},
    {"1,000,000,000,000,000,000", 1e18},
    // Far below the smallest double: still a number, and it is zero for every practical purpose.
    {"0." + std::string(400, '0') + "1", 0.0},
};

const std::vector<Rejected> rejected_cases{
    {""},
    {"   "},
    {"\u3000"},
    {"abc"},
    {"%"},
    {"50%"},
    {"１００％"},
    {"12元"},
    {"1,23"},
    {"1,2345"},
    {"1234,567"},
    {"1,234,56"},
    {",123"},
    {"1,,234"},
    {"1,"},
    {"1.2.3"},
    {"1.,5"},
    {"12 34"},
    {"1 000"},
    {"１２\u3000３"},
    {"1e5"},
    {"1E5"},
    {"0x10"},
    {"NaN"},
    {"nan"},
    {"inf"},
    {"-inf"},
    {"Infinity"},
    {"-"},
    {"+"},
    {"."},
    {"-."},
    {"--5"},
    {"+-5"},
    {"- 5"},
    {"5-"},
    {"(5)"},
    // U+2212 MINUS SIGN is not folded by NFKC and the contract allows only + and -.
    {"\u22125"},
    // Arabic-Indic digits: NFKC leaves them alone and the contract asks for ASCII digits.
    {"\u0661\u0662"},
    {"\xff\xfe"},
    {"1\xff"},
    // Larger than any double: the result must be finite, so it is not a number we can return.
    {"1" + std::string(400, '0')},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(number_text_tests)

BOOST_DATA_TEST_CASE(parse_number_text_accepts_numbers_stored_as_text, bdata::make(accepted_cases), c) {
  const std::optional<double> parsed = parse_number_text(c.text);
  BOOST_TEST_REQUIRE(parsed.has_value());
  // Exact: the parser must round correctly like the compiler does for the literal.
  BOOST_TEST(*parsed == c.expected);
}

BOOST_DATA_TEST_CASE(parse_number_text_rejects_everything_else, bdata::make(rejected_cases), c) {
  const std::optional<double> parsed = parse_number_text(c.text);
  BOOST_TEST(!parsed.has_value(), "parsed as " << parsed.value_or(std::numeric_limits<double>::quiet_NaN()));
}

BOOST_AUTO_TEST_CASE(parse_number_text_keeps_the_sign_of_negative_zero) {
  const std::optional<double> parsed = parse_number_text("-0");
  BOOST_TEST_REQUIRE(parsed.has_value());
  BOOST_TEST(*parsed == 0.0);
  BOOST_TEST(std::signbit(*parsed));
}

BOOST_AUTO_TEST_CASE(parse_number_text_handles_a_megabyte_quickly) {
  using jixiao::test::linear_slowdown_limit;
  using jixiao::test::one_megabyte;
  using jixiao::test::repeated_to_size;

  const std::vector<std::string> huge_inputs{
      repeated_to_size("9", one_megabyte),        // too large for a double
      "1" + repeated_to_size(",000", 4 * (one_megabyte / 4)),  // valid grouping all the way, too large
      "0." + repeated_to_size("0", one_megabyte), // a valid zero
      repeated_to_size("1,", one_megabyte),
      repeated_to_size("\xff", one_megabyte),
      repeated_to_size("\u3000", one_megabyte),
      "０．" + repeated_to_size("０", 3 * (one_megabyte / 3)),  // full-width: NFKC runs over all of it
  };
  const std::vector<std::optional<double>> expected{std::nullopt, std::nullopt, 0.0, std::nullopt,
                                                    std::nullopt, std::nullopt, 0.0};
  for (std::size_t i = 0; i < huge_inputs.size(); ++i) {
    BOOST_TEST_CONTEXT("input " << i << ": " << visible(huge_inputs[i])) {
      std::optional<double> parsed;
      const double slowdown = jixiao::test::slowdown_against_linear_pass(
          [&] { parsed = parse_number_text(huge_inputs[i]); }, huge_inputs[i]);
      BOOST_TEST(slowdown < linear_slowdown_limit);
      BOOST_TEST(parsed.has_value() == expected[i].has_value());
      if (parsed && expected[i]) BOOST_TEST(*parsed == *expected[i]);
    }
  }
}

// decimal_from_chars stands in for std::from_chars (which the component cannot use, see its
// header): on numbers of every shape, and at the edges of the double range, both must agree on the
// value, the end and the error. The system's libstdc++ is the oracle.
BOOST_AUTO_TEST_CASE(decimal_from_chars_is_std_from_chars) {
  std::vector<std::string> inputs{"0", "95", "95.5", ".5", "5.", "1e5", "1E-5", "-3", "+3", "1e400", "1e-400",
                                  "0e999", "4.9e-324", "2.4e-324", "1.7976931348623157e308", "1.8e308", "abc",
                                  "", "12abc", "0x10", "inf", "nan", "1,5", "00012.3400", "1e", "1e+"};
  std::mt19937 random(1201);
  const std::string alphabet = "0123456789.eE-+";
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(1, 24);
  for (int i = 0; i < 50000; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += alphabet[pick(random)];
    inputs.push_back(text);
  }
  int wrong = 0;
  for (const std::chars_format format : {std::chars_format::general, std::chars_format::fixed}) {
    for (const std::string& text : inputs) {
      double mine = -1.0;
      double expected = -1.0;
      const auto [mine_end, mine_error] = jixiao::core::decimal_from_chars(text.data(), text.data() + text.size(), mine, format);
      const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), expected, format);
      const bool same_value = (std::isnan(mine) && std::isnan(expected)) || mine == expected;
      if (mine_end != end || mine_error != error || !same_value) {
        if (++wrong <= 5) BOOST_ERROR("\"" << text << "\": " << mine << " vs " << expected);
      }
    }
  }
  BOOST_TEST(wrong == 0);
}

BOOST_AUTO_TEST_SUITE_END()
