#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "core/values/target_parse.hpp"
#include "support/finding_support.hpp"
#include "support/test_support.hpp"

namespace bdata = boost::unit_test::data;
using jixiao::core::check_consistency;
using jixiao::core::Finding;
using jixiao::core::parse_target;
using jixiao::test::visible;

namespace {

struct RowCase {
  std::string half;
  std::string full;
  std::string name;
  std::string rules;     // the rule ids check_consistency reports, "" for none
  std::string severity;  // of the first finding, "" for none
};

std::ostream& operator<<(std::ostream& out, const RowCase& c) {
  return out << visible(c.half) << " / " << visible(c.full) << " " << c.name;
}

const std::vector<RowCase> row_cases{
    // Consistent rows, as the seeds have them.
    {"序时进度", "100%", "资金到位率", "", ""},
    {"=50%", "=100%", "预算执行率", "", ""},
    {"≥7家", "≥15家", "工商注册数", "", ""},
    {"=800份", "=1750份", "干部档案整理份数", "", ""},
    {"完成无锡指标", "≥100人", "再就业人数", "", ""},
    {"≥1.2万", "≥2.3万", "城镇新增就业人数", "", ""},
    {"健全", "健全", "管理制度健全性", "", ""},
    {"及时", "准确", "", "", ""},
    // Kinds.
    {"≥95%", "≥10人", "", "half-full-kind-mismatch", "error"},
    {"健全", "≥95%", "", "half-full-kind-mismatch", "error"},
    {"序时进度", "健全", "", "half-full-kind-mismatch", "error"},
    {"=9个月", "=100%", "", "half-full-kind-mismatch", "error"},
    {"≥15万元", "≥100人", "", "half-full-kind-mismatch", "error"},
    // A number without a unit has only a guessed kind; its own missing-unit says what is wrong.
    {"=65万", "=65万元", "", "", ""},
    {"100", "100%", "", "", ""},
    // Units.
    {"≥1.2万人", "≥2万人次", "", "half-full-unit-mismatch", "error"},
    {"≥100万元", "≥50元", "", "half-full-unit-mismatch", "error"},
    {"≥10%", "≥950‰", "", "half-full-unit-mismatch", "error"},
    {"≥10人", "≥10人", "", "", ""},
    // Half above full.
    {"≥15家", "≥7家", "", "half-exceeds-full", "error"},
    {"≥2万人", "≥1.5万人", "", "half-exceeds-full", "error"},
    {"=60万元", "=50万元", "", "half-exceeds-full", "error"},
    {"=100%", "=50%", "预算执行率", "half-exceeds-full", "warning"},
    {"≥95%", "≥90%", "满意度", "half-exceeds-full", "warning"},
    {"≤20%", "≤5%", "", "", ""},            // a ceiling may be looser at half-year
    {"=20%", "=5%", "结转结余率", "", ""},  // lower is better: balances shrink through the year
    {"=5天", "=3天", "办结时限", "", ""},   // durations are limits, not totals
    {"≥10人", "≥10人", "", "", ""},
    {"≥1.2万人", "≥12000人", "", "", ""},  // equal once 万 is applied
    // OCR damage across the row.
    {"≥280次", "2280次", "", "suspicious-ocr-operator", "warning"},
    {"2280次", "≥280次", "", "suspicious-ocr-operator", "warning"},
    {"280次", "2280次", "", "suspicious-ocr-operator", "warning"},
    {"≥92%", "292%", "", "", ""},  // 292% is suspected on its own already
    {"≥280次", "≥2280次", "", "", ""},
    {"≥280次", "3280次", "", "", ""},
    // Invalid values have findings of their own.
    {"预算编制科学性", "科学", "资金投入", "", ""},
    {"合理", "", "合理", "", ""},
    {"", "", "", "", ""},
    {"≥", "≥95%", "", "", ""},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(consistency_tests)

BOOST_DATA_TEST_CASE(half_against_full, bdata::make(row_cases), c) {
  const std::vector<Finding> findings =
      check_consistency(parse_target(c.half, c.name), parse_target(c.full, c.name), c.name);
  BOOST_TEST(jixiao::test::rule_ids(findings) == c.rules);
  if (!findings.empty()) {
    BOOST_TEST(jixiao::core::severity_code(findings.front().severity) == c.severity);
    BOOST_TEST(!findings.front().fix.has_value());
  }
  for (const Finding& finding : findings) BOOST_TEST(jixiao::test::argument_problems(finding) == "");
}

BOOST_AUTO_TEST_CASE(ocr_damage_across_the_row_names_the_suspect_and_its_likely_value) {
  const std::vector<Finding> findings = check_consistency(parse_target("≥280次"), parse_target("2280次"), "");
  BOOST_TEST_REQUIRE(findings.size() == 1u);
  const auto& arguments = findings.front().arguments;
  BOOST_TEST(
      (arguments == std::vector<std::pair<std::string, std::string>>{{"value", "2280次"}, {"suggestion", "≥280次"}}));
}

BOOST_AUTO_TEST_CASE(messages_name_both_values_and_their_kinds) {
  const std::vector<Finding> findings = check_consistency(parse_target("≥95%"), parse_target("≥10人"), "");
  BOOST_TEST_REQUIRE(findings.size() == 1u);
  BOOST_TEST(jixiao::core::render_message(findings.front(), jixiao::core::Language::zh_cn) ==
             "半年指标值“≥95%”是百分比，全年指标值“≥10人”是数量，两者应为同一类值，请统一。");
}

BOOST_AUTO_TEST_SUITE_END()
