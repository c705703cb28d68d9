#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <vector>

#include "core/values/target_value.hpp"
#include "core/vocab/vocab.hpp"
#include "support/test_support.hpp"

namespace bdata = boost::unit_test::data;
using jixiao::core::normalize_target;
using jixiao::test::visible;

namespace {

struct Normalization {
  std::string input;
  std::string expected;
};

std::ostream& operator<<(std::ostream& out, const Normalization& c) {
  return out << visible(c.input) << " -> " << visible(c.expected);
}

// Every spelling of "at least 95 percent" from the brief and the domain notes.
const std::vector<Normalization> at_least_95_percent_cases{
    {"＞＝９５％", "≥95%"},
    {">=95%", "≥95%"},
    {"$\\geq 95\\%$", "≥95%"},
    {"≧95 %", "≥95%"},
    {" ≥95%\u3000", "≥95%"},
    {"=>95%", "≥95%"},
    {"不低于95%", "≥95%"},
    {"95%以上", "≥95%"},
    {"> = 95%", "≥95%"},
    {"⩾95%", "≥95%"},
    {"≥95％", "≥95%"},
    {"大于等于95%", "≥95%"},
    {"大于或等于 95%", "≥95%"},
    {"不小于95%", "≥95%"},
    {"\\geqslant 95\\%", "≥95%"},
    {"\\ge95%", "≥95%"},
    {"\\(\\geq 95\\%\\)", "≥95%"},
    {"$\\geq\\,95\\%$", "≥95%"},
    {"&gt;=95%", "≥95%"},
    {"&ge;95%", "≥95%"},
    {"≥\u00A095%", "≥95%"},
    {"\uFEFF≥95%\u200B", "≥95%"},
    {"\t≥95%\n", "≥95%"},
    {"９５％以上", "≥95%"},
};

const std::vector<Normalization> other_target_cases{
    // The same operator said twice (达到…以上 is how the phrase goes) is one operator.
    {"＞＝９５％以上", "≥95%"},
    {"≥95%以上", "≥95%"},
    {"达到95%以上", "≥95%"},
    {"<=5%", "≤5%"},
    {"=<5%", "≤5%"},
    {"≦5%", "≤5%"},
    {"\\leq 5\\%", "≤5%"},
    {"$\\le 5\\%$", "≤5%"},
    {"⩽5%", "≤5%"},
    {"&lt;=5%", "≤5%"},
    {"小于或等于5%", "≤5%"},
    {"5%以下", "≤5%"},
    {"3个工作日以内", "≤3个工作日"},
    {"不超过5天", "≤5天"},
    {"不高于3%", "≤3%"},
    {"≤ 1.5‰", "≤1.5‰"},
    {"＝100%", "=100%"},
    {"==100%", "=100%"},
    {"等于100%", "=100%"},
    {"达到100%", "≥100%"},
    {">15万", ">15万"},
    {"大于0", ">0"},
    {"\\gt 0", ">0"},
    {"低于3%", "<3%"},
    {"\\lt 3\\%", "<3%"},
    {"＜3%", "<3%"},
    {"≥1.2万人", "≥1.2万人"},
    {"≥34万人", "≥34万人"},
    {"≥ 1,000 人次", "≥1,000人次"},
    {"≥1,234.5万元", "≥1,234.5万元"},
    {"≥15万元", "≥15万元"},
    {"≤2亿元", "≤2亿元"},
    {"≥3万人次", "≥3万人次"},
    {"=9个月", "=9个月"},
    {"不少于12次", "≥12次"},
    {"≥90分", "≥90分"},
    {"≤500元/人", "≤500元/人"},
    {"≥100M", "≥100M"},
    {"≥1 000人", "≥1000人"},
    {"≥２８０次", "≥280次"},
    {"100%", "100%"},
    {"１００", "100"},
    {" 95 ", "95"},
    {"2024年", "2024年"},
};

// Not target values: returned with only outer space trimmed, never NFKC'd or otherwise rewritten.
const std::vector<Normalization> untouched_cases{
    {"健全", "健全"},
    {" 序时进度 ", "序时进度"},
    {"按时足额发放", "按时足额发放"},
    {"确保资金到位率>=95%的前提下", "确保资金到位率>=95%的前提下"},
    {"完成市下达指标", "完成市下达指标"},
    {"abc", "abc"},
    {"", ""},
    {"\u3000", ""},
    {" \u00A0\u200B ", ""},
    {"序时进度（≥５０％）", "序时进度（≥５０％）"},
    {"\u3000完成１００％\u3000", "完成１００％"},
    // Operators that contradict each other: a human must decide, so the form is kept as typed.
    {"≤95%以上", "≤95%以上"},
    {"不超过５％以上", "不超过５％以上"},
    {"≥", "≥"},
    {"%", "%"},
    {"≥%", "≥%"},
    {"≥≥95%", "≥≥95%"},
    {"≥-5%", "≥-5%"},
    {"≥1,23人", "≥1,23人"},
    {"≥1,2345人", "≥1,2345人"},
    {"≥1234,567人", "≥1234,567人"},
    {"≥.5%", "≥.5%"},
    {"≥5.%", "≥5.%"},
    {"≥1.2.3%", "≥1.2.3%"},
    {"≥95%人", "≥95%人"},
    {"≥95个人次", "≥95个人次"},
    {"≥15万亿", "≥15万亿"},
    {"≥1e5", "≥1e5"},
    {"95%左右", "95%左右"},
    {"第1季度", "第1季度"},
    {"$\\text{95}$", "$\\text{95}$"},
    {"\\geq", "\\geq"},
    {"≥95% ≥90%", "≥95% ≥90%"},
    {"\xff\xfe", "\xff\xfe"},
    {" ≥95%\xff ", "≥95%\xff"},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(target_value_tests)

BOOST_DATA_TEST_CASE(normalize_target_recognizes_at_least_95_percent, bdata::make(at_least_95_percent_cases), c) {
  BOOST_TEST(visible(normalize_target(c.input)) == visible(c.expected));
}

BOOST_DATA_TEST_CASE(normalize_target_writes_the_canonical_form, bdata::make(other_target_cases), c) {
  BOOST_TEST(visible(normalize_target(c.input)) == visible(c.expected));
}

BOOST_DATA_TEST_CASE(normalize_target_leaves_non_targets_trimmed_only, bdata::make(untouched_cases), c) {
  BOOST_TEST(visible(normalize_target(c.input)) == visible(c.expected));
}

BOOST_AUTO_TEST_CASE(normalize_target_is_idempotent) {
  for (const auto* cases : {&at_least_95_percent_cases, &other_target_cases, &untouched_cases}) {
    for (const Normalization& c : *cases) {
      BOOST_TEST_CONTEXT(visible(c.input)) {
        const std::string once = normalize_target(c.input);
        BOOST_TEST(visible(normalize_target(once)) == visible(once));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(normalize_target_uses_the_vocabulary_it_is_given) {
  jixiao::core::Vocab extended = jixiao::core::builtin_vocab();
  // Made-up words, so that users extending the shipped data cannot make this test pass vacuously.
  BOOST_TEST_REQUIRE(extended.add_units("# a user's extra unit\n测试单位\n", "user units").empty());
  BOOST_TEST_REQUIRE(extended.add_operators("测试至少\t≥\n", "user operators").empty());

  BOOST_TEST(normalize_target("＞＝5测试单位") == "＞＝5测试单位");
  BOOST_TEST(normalize_target("＞＝5测试单位", extended) == "≥5测试单位");
  BOOST_TEST(normalize_target("测试至少5人") == "测试至少5人");
  BOOST_TEST(normalize_target("测试至少5人", extended) == "≥5人");
  // Extending does not lose the built-in words.
  BOOST_TEST(normalize_target("不低于95%", extended) == "≥95%");
}

BOOST_AUTO_TEST_CASE(normalize_target_handles_a_megabyte_quickly) {
  using jixiao::test::linear_slowdown_limit;
  using jixiao::test::one_megabyte;
  using jixiao::test::repeated_to_size;

  const std::string digits = repeated_to_size("9", one_megabyte);
  const std::string prose = repeated_to_size("确保资金到位率>=95%的前提下", one_megabyte);
  const std::string groups = "1" + repeated_to_size(",000", 4 * (one_megabyte / 4));
  struct HugeCase {
    std::string input;
    std::string expected;
  };
  const std::vector<HugeCase> huge_cases{
      {">=" + digits + "%", "≥" + digits + "%"},
      {repeated_to_size("a", one_megabyte), repeated_to_size("a", one_megabyte)},
      {repeated_to_size("1,", one_megabyte), repeated_to_size("1,", one_megabyte)},
      {"≥" + groups + "人", "≥" + groups + "人"},
      {prose, prose},
      {repeated_to_size("\\", one_megabyte), repeated_to_size("\\", one_megabyte)},
      {repeated_to_size("$\\geq", one_megabyte), repeated_to_size("$\\geq", one_megabyte)},
      {repeated_to_size("\xff", one_megabyte), repeated_to_size("\xff", one_megabyte)},
      {repeated_to_size(" ", one_megabyte), ""},
      {"≥" + repeated_to_size("\u3000", 3 * (one_megabyte / 3)) + "95%", "≥95%"},
  };
  for (const HugeCase& c : huge_cases) {
    BOOST_TEST_CONTEXT(visible(c.input)) {
      std::string normalized;
      const double slowdown =
          jixiao::test::slowdown_against_linear_pass([&] { normalized = normalize_target(c.input); }, c.input);
      BOOST_TEST(slowdown < linear_slowdown_limit);
      BOOST_TEST(normalized.size() == c.expected.size());
      BOOST_TEST((normalized == c.expected));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
