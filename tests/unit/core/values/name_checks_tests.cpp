#include <boost/test/unit_test.hpp>
#include <string>

#include "core/values/name_checks.hpp"
#include "core/values/target_parse.hpp"
#include "core/vocab/indicator_names.hpp"
#include "support/finding_support.hpp"

using jixiao::core::parse_target;
using jixiao::core::ParsedTarget;
using jixiao::core::RuleId;
using jixiao::core::Severity;

namespace {

// The value parsed alone, then checked against the name, as the sheet rules do.
ParsedTarget checked(const char* value, const char* name) {
  ParsedTarget target = parse_target(value);
  jixiao::core::add_name_checks(target, name, jixiao::core::builtin_indicator_names());
  return target;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(name_checks_tests)

BOOST_AUTO_TEST_CASE(a_value_of_another_kind_than_the_name_expects) {
  // A bare number under a rate's name has lost its % sign: the mismatch says so, missing-unit
  // would only repeat it.
  BOOST_TEST(jixiao::test::rule_ids(checked("100", "预算执行率").findings) == "bare-number kind-mismatch-name");
  // 人数 ≥4550%: the percent sign is the mistake; "above 100%" would only repeat it.
  BOOST_TEST(jixiao::test::rule_ids(checked("≥4550%", "人数").findings) == "kind-mismatch-name");
  BOOST_TEST(jixiao::test::rule_ids(checked("≥100人", "培训人数").findings) == "");
}

BOOST_AUTO_TEST_CASE(a_comparison_against_the_names_direction) {
  BOOST_TEST(jixiao::test::rule_ids(checked("≥5%", "失业率").findings) == "direction-mismatch");
  BOOST_TEST(jixiao::test::rule_ids(checked("≤5%", "失业率").findings) == "");
  // A deadline under a rate's name is a kind mismatch, and that is the whole story.
  BOOST_TEST(jixiao::test::rule_ids(checked("≤2025年", "项目按时完成率").findings) == "kind-mismatch-name");
}

// People counted in households (受益人数 | ≥10户) or households in people: the count is of something
// else than the name says. 人次 for 人数 and 家 for 户数 count alike, and a unit the name says nothing
// of is not judged.
BOOST_AUTO_TEST_CASE(a_unit_that_contradicts_the_name) {
  BOOST_TEST(jixiao::test::rule_ids(checked("≥10户", "受益脱贫户、监测户人口数").findings) == "unit-contradicts-name");
  BOOST_TEST(jixiao::test::rule_ids(checked("≥30人", "帮扶户数").findings) == "unit-contradicts-name");
  BOOST_TEST(jixiao::test::rule_ids(checked("≥100人次", "培训人数").findings) == "");
  BOOST_TEST(jixiao::test::rule_ids(checked("≥12家", "企业户数").findings) == "");
  BOOST_TEST(jixiao::test::rule_ids(checked("≥10户", "受益对象").findings) == "");
}

// A growth rate may exceed 100%: still worth a look, as info.
BOOST_AUTO_TEST_CASE(above_100_percent_is_info_under_a_growth_name) {
  const ParsedTarget growth = checked("≥150%", "收入增长率");
  BOOST_TEST_REQUIRE(growth.findings.size() == 1u);
  BOOST_TEST(growth.findings[0].rule_id == RuleId::percent_above_100);
  BOOST_TEST((growth.findings[0].severity == Severity::info));
  const ParsedTarget rate = checked("≥150%", "预算执行率");
  BOOST_TEST_REQUIRE(rate.findings.size() == 1u);
  BOOST_TEST((rate.findings[0].severity == Severity::warning));
}

BOOST_AUTO_TEST_CASE(no_check_without_a_name_or_a_valid_value) {
  BOOST_TEST(jixiao::test::rule_ids(checked("≥5%", "").findings) == "");
  BOOST_TEST(jixiao::test::rule_ids(checked("≥", "失业率").findings) == "malformed-value");
}

BOOST_AUTO_TEST_SUITE_END()
