#include <algorithm>
#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/values/target_parse.hpp"
#include "core/values/target_value.hpp"
#include "support/finding_support.hpp"
#include "support/test_support.hpp"

using jixiao::core::RuleId;

namespace bdata = boost::unit_test::data;
using jixiao::core::Finding;
using jixiao::core::parse_target;
using jixiao::core::ParsedTarget;
using jixiao::core::Severity;
using jixiao::test::visible;

namespace {

// What parse_target should make of a value: kind, operator ("" when none), number, unit, bare.
struct Understood {
  std::string input;
  std::string kind;
  std::string comparison;
  std::optional<double> number;
  std::string unit;
  bool implicit_equal = false;
};

std::ostream& operator<<(std::ostream& out, const Understood& c) { return out << visible(c.input); }

const std::vector<Understood> grammar_cases{
    {"≥95%", "percent", "≥", 0.95, "%"},
    {"=100%", "percent", "=", 1.0, "%"},
    {"100%", "percent", "=", 1.0, "%", true},
    {"≤0%", "percent", "≤", 0.0, "%"},
    {">85%", "percent", ">", 0.85, "%"},
    {"<5%", "percent", "<", 0.05, "%"},
    {"≤1.5‰", "percent", "≤", 0.0015, "‰"},
    {"≥2个百分点", "percent", "≥", 0.02, "个百分点"},
    {"＞＝９５％", "percent", "≥", 0.95, "%"},
    {"$\\geq 95\\%$", "percent", "≥", 0.95, "%"},
    {"95%以上", "percent", "≥", 0.95, "%"},
    {"不低于99.5%", "percent", "≥", 0.995, "%"},
    {"292%", "percent", "=", 2.92, "%", true},
    {"≥1.2万人", "count", "≥", 12000.0, "人"},
    {"≥34万人", "count", "≥", 340000.0, "人"},
    {">15万", "count", ">", 150000.0, ""},
    {"≥1.2万", "count", "≥", 12000.0, ""},
    {"≥3500件", "count", "≥", 3500.0, "件"},
    {"≥1,000人次", "count", "≥", 1000.0, "人次"},
    {"≥3万人次", "count", "≥", 30000.0, "人次"},
    {"=2栋", "count", "=", 2.0, "栋"},
    {"≥100M", "count", "≥", 100.0, "M"},
    {"100", "count", "=", 100.0, "", true},
    {"2280次", "count", "=", 2280.0, "次", true},
    {"≥15万元", "amount", "≥", 15.0, "万元"},
    {"≤2亿元", "amount", "≤", 2.0, "亿元"},
    {"≥1,234.5万元", "amount", "≥", 1234.5, "万元"},
    {"≤500元/人", "amount", "≤", 500.0, "元/人"},
    {"≥2亿", "count", "≥", 2e8, ""},
    {"=9个月", "duration", "=", 9.0, "个月"},
    {"3个工作日以内", "duration", "≤", 3.0, "个工作日"},
    {"不超过5天", "duration", "≤", 5.0, "天"},
    {"2024年", "schedule", "", std::nullopt, ""},  // a year is when, not how long
    {"2年", "duration", "=", 2.0, "年", true},
    {"2025年12月底前", "schedule", "", std::nullopt, ""},
    {"2025.1-2025.12", "schedule", "", std::nullopt, ""},
    {"12月", "schedule", "", std::nullopt, ""},
    {"12个月", "duration", "=", 12.0, "个月", true},
    {"健全", "qualitative", "", std::nullopt, ""},
    {"按时足额发放", "qualitative", "", std::nullopt, ""},
    {"逐步提升", "qualitative", "", std::nullopt, ""},
    {"明显改善", "qualitative", "", std::nullopt, ""},
    {" 及时 ", "qualitative", "", std::nullopt, ""},
    {"序时进度", "schedule", "", std::nullopt, ""},
    {"按序时进度", "schedule", "", std::nullopt, ""},
    {"符合序时进度", "schedule", "", std::nullopt, ""},
    {"达到序时进度", "schedule", "", std::nullopt, ""},
    {"完成市下达指标", "schedule", "", std::nullopt, ""},
    {"完成上级下达任务指标", "schedule", "", std::nullopt, ""},
    {"完成无锡指标", "schedule", "", std::nullopt, ""},
    {"完成国民经济目标", "schedule", "", std::nullopt, ""},
    {"", "invalid", "", std::nullopt, ""},
    {"≥", "invalid", "", std::nullopt, ""},
    {"95%%", "invalid", "", std::nullopt, ""},
    {"≥abc", "invalid", "", std::nullopt, ""},
    {"不低于上年水平", "qualitative", "", std::nullopt, ""},  // prose describing the target
    {"------", "invalid", "", std::nullopt, ""},
    {"≥" + std::string(400, '9') + "%", "invalid", "", std::nullopt, ""},
};

// A rule that must fire on an input (with this fix, or none), or must not.
struct RuleCase {
  std::string input;
  std::string rule;
  bool fires;
  std::optional<std::string> fix = std::nullopt;
  std::string name = "";
};

std::ostream& operator<<(std::ostream& out, const RuleCase& c) {
  out << c.rule << (c.fires ? " fires on " : " does not fire on ") << visible(c.input);
  if (!c.name.empty()) out << " named " << c.name;
  return out;
}

constexpr bool fires = true;
constexpr bool silent = false;

const std::vector<RuleCase> value_rule_cases{
    // How the value is written; the fix is the standard form.
    {">=95%", "operator-variant", fires, "≥95%"},
    {"＞＝95%", "operator-variant", fires, "≥95%"},
    {"≧95%", "operator-variant", fires, "≥95%"},
    {"不低于95%", "operator-variant", fires, "≥95%"},
    {"95%以上", "operator-variant", fires, "≥95%"},
    {"＝100%", "operator-variant", fires, "=100%"},
    {"&gt;=95%", "operator-variant", silent},  // html-leftover stands for it
    {"$\\geq 95\\%$", "operator-variant", silent},
    {"≥95%", "operator-variant", silent},
    {"100%", "operator-variant", silent},
    {"１００％", "full-width-characters", fires, "100%"},
    {"≥９５％", "full-width-characters", fires, "≥95%"},
    {"≥5ｋｍ", "full-width-characters", fires, "≥5km"},
    {"＞＝95%", "full-width-characters", silent},  // only the operator: operator-variant
    {"≥95%", "full-width-characters", silent},
    {"健全（完善）", "full-width-characters", silent},  // prose keeps its punctuation
    {" 95%", "whitespace-in-value", fires, "95%"},
    {"≥95%\u3000", "whitespace-in-value", fires, "≥95%"},
    {"≥\u00A095%", "whitespace-in-value", fires, "≥95%"},
    {"≥95 %", "whitespace-in-value", fires, "≥95%"},
    {" 健全 ", "whitespace-in-value", fires, "健全"},
    {"健 全", "whitespace-in-value", fires, std::nullopt},  // inside prose: reported, not rewritten
    {"≥95%", "whitespace-in-value", silent},
    {"$\\geq 95\\%$", "whitespace-in-value", silent},  // TeX's own spaces
    {"序时进度", "whitespace-in-value", silent},
    {"≥ 9 5.5.%", "whitespace-in-value", silent},  // malformed: the spaces are not the problem
    {"$\\geq 95\\%$", "latex-leftover", fires, "≥95%"},
    {"\\leq 5\\%", "latex-leftover", fires, "≤5%"},
    {"$95\\%$", "latex-leftover", fires, "95%"},
    {"≥95%", "latex-leftover", silent},
    {"$\\text{95}$", "latex-leftover", silent},
    {"<p>≥95%</p>", "html-leftover", fires, "≥95%"},
    {"&gt;=95%", "html-leftover", fires, "≥95%"},
    {"&ge;95%", "html-leftover", fires, "≥95%"},
    {"≥95&#37;", "html-leftover", fires, "≥95%"},
    {"<p>健全</p>", "html-leftover", fires, "健全"},
    {"<ol style=\"x\"><li>说明</li></ol>", "html-leftover", fires, "说明"},
    {"<p></p>", "html-leftover", fires, std::nullopt},
    {"<p>$$</p>", "html-leftover", fires, std::nullopt},
    {"<5%", "html-leftover", silent},
    {"<=5%", "html-leftover", silent},
    {"A&B", "html-leftover", silent},
    {"≥95%", "html-leftover", silent},
    // What the value means.
    {"", "empty-value", fires},
    {"   ", "empty-value", fires},
    {"\u3000\u00A0", "empty-value", fires},
    {"<p></p>", "empty-value", fires},
    {"$$", "empty-value", fires},
    {"$\\,$", "empty-value", fires},
    {"0", "empty-value", silent},
    {"健全", "empty-value", silent},
    {"\xff", "damaged-characters", fires},
    {"≥95%\xfe", "damaged-characters", fires},
    {"\xED\xA0\x80\xED\xB0\x80", "damaged-characters", fires},  // CESU-8 surrogate pair
    {"≥95%", "damaged-characters", silent},
    {"≥", "malformed-value", fires},
    {"95%%", "malformed-value", fires},
    {"≥9 5.5.%", "malformed-value", fires},
    {"≥abc", "malformed-value", fires},
    {"-5%", "malformed-value", fires},
    {"≤95%以上", "malformed-value", fires},
    {"≥95%以上", "malformed-value", silent},
    {"≥95%以上", "operator-variant", fires, "≥95%"},
    {"不低于", "malformed-value", fires},
    {"达到95%以上", "malformed-value", silent},
    {"达到95%以上", "operator-variant", fires, "≥95%"},
    {"95%左右", "malformed-value", fires},
    {"%", "malformed-value", fires},
    {"≥95%", "malformed-value", silent},
    {"不低于上年水平", "malformed-value", silent},
    {"第1季度", "malformed-value", silent},
    // Prose in Chinese describes the target (a column headed 指标值（包含数字及文字描述） asks for
    // it): not a defect. Text without a word of Chinese is.
    {"不低于上年水平", "unrecognized-value", silent},
    {"第1季度", "unrecognized-value", silent},
    {"原则上不高于当地最低工资标准的1.5倍", "unrecognized-value", silent},
    {"确保资金到位率>=95%的前提下", "unrecognized-value", silent},
    {"满意度达94%以上", "unrecognized-value", silent},
    {"100%维护社会稳定", "malformed-value", silent},
    {"≧次", "malformed-value", fires},
    {"abc", "unrecognized-value", fires},
    {"n/a?", "unrecognized-value", fires},
    {"健全", "unrecognized-value", silent},
    {"逐步提升", "unrecognized-value", silent},
    {"≥95%", "unrecognized-value", silent},
    {"------", "placeholder-value", fires},
    {"……", "placeholder-value", fires},
    {"/", "placeholder-value", fires},
    {"——", "placeholder-value", fires},
    {"-5%", "placeholder-value", silent},
    {"无", "placeholder-value", silent},
    {"预算编制科学性", "name-in-value", fires},
    {"组织建设工作及时完成率", "name-in-value", fires},
    {"服务人数", "name-in-value", fires},
    {"科学", "name-in-value", silent},
    {"及时", "name-in-value", silent},
    {"≥95%", "name-in-value", silent},
    {"按照国家和省市相关规定及时足额发放到位确保资金安全", "long-qualitative-value", fires},
    {"逐步提升", "long-qualitative-value", silent},
    {"健全", "long-qualitative-value", silent},
    {"100%", "bare-number", fires},
    {"100", "bare-number", fires},
    {"2280次", "bare-number", fires},
    {"=100%", "bare-number", silent},
    {"≥95%", "bare-number", silent},
    {"292%", "bare-number", silent},  // suspicious-ocr-operator explains it
    {">15万", "missing-unit", fires},
    {"≥15", "missing-unit", fires},
    {"100", "missing-unit", fires},
    {"≥15人", "missing-unit", silent},
    {"≥95%", "missing-unit", silent},
    {"≥15万元", "missing-unit", silent},
    {"292%", "suspicious-ocr-operator", fires},
    {"2100%", "suspicious-ocr-operator", fires},
    {"292.5%", "suspicious-ocr-operator", fires},
    {"2280次", "suspicious-ocr-operator", silent},  // alone, a count is not suspected
    {"200%", "suspicious-ocr-operator", silent},    // "≥00%" is nothing anyone writes
    {"2101%", "suspicious-ocr-operator", silent},   // 101% would be odd too
    {"≥292%", "suspicious-ocr-operator", silent},
    {"110%", "suspicious-ocr-operator", silent},
    {"92%", "suspicious-ocr-operator", silent},
    {"110%", "percent-above-100", fires},
    {"=110%", "percent-above-100", fires},
    {"1500‰", "percent-above-100", fires},
    {"100%", "percent-above-100", silent},
    {"≥100.0%", "percent-above-100", silent},
    {"292%", "percent-above-100", silent},
    {"≥95%", "percent-above-100", silent},
    {"≥110人", "percent-above-100", silent},
};

const std::vector<RuleCase> name_rule_cases{
    {"100", "kind-mismatch-name", fires, std::nullopt, "预算执行率"},
    {"≥500人", "kind-mismatch-name", fires, std::nullopt, "就业率"},
    {"=9个月", "kind-mismatch-name", fires, std::nullopt, "完成率"},
    {"≥95%", "kind-mismatch-name", fires, std::nullopt, "参保人数"},
    {"健全", "kind-mismatch-name", fires, std::nullopt, "参保人数"},
    {"≥95%", "kind-mismatch-name", silent, std::nullopt, "管理制度健全性"},
    {"≥5个", "kind-mismatch-name", fires, std::nullopt, "管理制度健全性"},
    {"=65万", "kind-mismatch-name", fires, std::nullopt, "购买服务人员总额"},
    {"≥95%", "kind-mismatch-name", silent, std::nullopt, "预算执行率"},
    {"及时", "kind-mismatch-name", silent, std::nullopt, "设施设备维保及时率"},
    {"序时进度", "kind-mismatch-name", silent, std::nullopt, "资金到位率"},
    {"完成无锡指标", "kind-mismatch-name", silent, std::nullopt, "城乡就业困难人员再就业人数"},
    {"≥15", "kind-mismatch-name", silent, std::nullopt, "参保人数"},
    {"健全", "kind-mismatch-name", silent, std::nullopt, "管理制度健全性"},
    {"≥95%", "kind-mismatch-name", silent, std::nullopt, "退休人员生活保障"},
    {"≥95%", "kind-mismatch-name", silent, std::nullopt, "离校未就业高校毕业生年末就业率(年报)"},
    {"≥95%", "kind-mismatch-name", silent, std::nullopt, "服务对象 满意度"},
    {"≥15万元", "kind-mismatch-name", silent, std::nullopt, "补贴金额"},
    {"≥", "kind-mismatch-name", silent, std::nullopt, "参保人数"},  // malformed already
    {"≤90%", "direction-mismatch", fires, std::nullopt, "预算执行率"},
    {"<95%", "direction-mismatch", fires, std::nullopt, "群众满意度"},
    {"≥5%", "direction-mismatch", fires, std::nullopt, "城镇登记失业率"},
    {">3%", "direction-mismatch", fires, std::nullopt, "投诉率"},
    {"≤10个", "direction-mismatch", fires, std::nullopt, "评选大学生优秀创业项目数"},
    {"≥1%", "direction-mismatch", fires, std::nullopt, "产品不合格率"},
    {"≤50%", "direction-mismatch", fires, std::nullopt, "补贴人均增长率"},
    {"≥90%", "direction-mismatch", silent, std::nullopt, "预算执行率"},
    {"=100%", "direction-mismatch", silent, std::nullopt, "预算执行率"},
    {"100%", "direction-mismatch", silent, std::nullopt, "预算执行率"},
    {"≤5%", "direction-mismatch", silent, std::nullopt, "体检指标误差率"},
    {"≥95%", "direction-mismatch", silent, std::nullopt, "合格率"},
    {"≤3%", "direction-mismatch", silent, std::nullopt, "产品不合格率"},
    {"≤0%", "direction-mismatch", silent, std::nullopt, "“三公”经费变动率"},
    {"≥3家", "direction-mismatch", silent, std::nullopt, "区企业专家工作室入选数"},
    {"≤5%", "direction-mismatch", silent, std::nullopt, "体检参与情况"},
};

std::optional<Finding> finding_of(const ParsedTarget& target, const std::string& rule) {
  for (const Finding& finding : target.findings) {
    if (jixiao::core::rule_code(finding.rule_id) == rule) return finding;
  }
  return std::nullopt;
}

void check_rule_case(const RuleCase& c) {
  const ParsedTarget target = c.name.empty() ? parse_target(c.input) : parse_target(c.input, c.name);
  const std::optional<Finding> finding = finding_of(target, c.rule);
  BOOST_TEST(finding.has_value() == c.fires, "findings: " << jixiao::test::rule_ids(target.findings));
  if (finding && c.fires) {
    BOOST_TEST(visible(finding->fix.value_or("<none>")) == visible(c.fix.value_or("<none>")));
  }
  const auto fired = std::count_if(target.findings.begin(), target.findings.end(),
                                   [&](const Finding& f) { return jixiao::core::rule_code(f.rule_id) == c.rule; });
  BOOST_TEST(fired <= 1, "each rule fires at most once");
  for (const Finding& f : target.findings) BOOST_TEST(jixiao::test::argument_problems(f) == "");
}

std::string comparison_text(const ParsedTarget& target) {
  return target.comparison ? std::string(jixiao::core::canonical_symbol(*target.comparison)) : "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(target_parse_tests)

BOOST_DATA_TEST_CASE(understands_kind_operator_number_and_unit, bdata::make(grammar_cases), c) {
  const ParsedTarget target = parse_target(c.input);
  BOOST_TEST(target.original == c.input);
  BOOST_TEST(visible(target.normalized) == visible(jixiao::core::normalize_target(c.input)));
  BOOST_TEST(jixiao::core::kind_code(target.kind) == c.kind);
  BOOST_TEST(comparison_text(target) == c.comparison);
  BOOST_TEST(target.implicit_equal == c.implicit_equal);
  BOOST_TEST(target.number.has_value() == c.number.has_value());
  if (target.number && c.number) {
    // Exactly the double the decimal text denotes: 95% is the double Calc stores for 0.95.
    BOOST_TEST(*target.number == *c.number);
  }
  BOOST_TEST(target.unit == c.unit);
}

BOOST_DATA_TEST_CASE(value_rules_fire_where_they_should_and_nowhere_else, bdata::make(value_rule_cases), c) {
  check_rule_case(c);
}

BOOST_DATA_TEST_CASE(name_rules_fire_where_they_should_and_nowhere_else, bdata::make(name_rule_cases), c) {
  check_rule_case(c);
}

BOOST_AUTO_TEST_CASE(a_value_fine_on_its_own_has_no_findings) {
  for (const char* value : {"≥95%", "=100%", "≤0%", "≥1.2万人", "=9个月", "≥3500件", "≥15万元", "健全", "逐步提升",
                            "序时进度", "完成市下达指标"}) {
    BOOST_TEST_CONTEXT(value) { BOOST_TEST(jixiao::test::rule_ids(parse_target(value).findings) == ""); }
  }
}

BOOST_AUTO_TEST_CASE(several_defects_give_one_finding_each_with_the_same_fix_most_severe_first) {
  const ParsedTarget target = parse_target(" ＞＝ ９５ ％ ");
  BOOST_TEST(jixiao::test::rule_ids(target.findings) == "full-width-characters operator-variant whitespace-in-value");
  for (const Finding& finding : target.findings) BOOST_TEST(finding.fix.value_or("") == "≥95%");

  const ParsedTarget bare = parse_target("100");
  BOOST_TEST(jixiao::test::rule_ids(bare.findings) == "missing-unit bare-number");
}

BOOST_AUTO_TEST_CASE(suspicious_values_are_never_fixed_and_say_what_they_may_be) {
  const ParsedTarget target = parse_target("292%");
  BOOST_TEST_REQUIRE(target.findings.size() == 1u);
  const Finding& finding = target.findings.front();
  BOOST_TEST(finding.rule_id == RuleId::suspicious_ocr_operator);
  BOOST_TEST(!finding.fix.has_value());
  BOOST_TEST(jixiao::core::render_message(finding, jixiao::core::Language::zh_cn).find("“≥92%”") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_growth_rate_above_100_percent_is_only_info) {
  const auto severity_of = [](const ParsedTarget& target) {
    const std::optional<Finding> finding = finding_of(target, "percent-above-100");
    BOOST_TEST_REQUIRE(finding.has_value());
    return std::string(jixiao::core::severity_code(finding->severity));
  };
  BOOST_TEST(severity_of(parse_target("=110%")) == "warning");
  BOOST_TEST(severity_of(parse_target("=110%", "预算执行率")) == "warning");
  BOOST_TEST(severity_of(parse_target("=110%", "补贴人均增长率")) == "info");
  BOOST_TEST(severity_of(parse_target("=110%", "营业收入增幅")) == "info");
  BOOST_TEST(severity_of(parse_target("=110%", "居民收入较上年增长")) == "info");
}

BOOST_AUTO_TEST_CASE(a_bare_number_under_a_rate_is_reported_as_a_missing_percent_sign_once) {
  const ParsedTarget target = parse_target("100", "预算执行率");
  BOOST_TEST(jixiao::test::rule_ids(target.findings) == "kind-mismatch-name bare-number");
  const std::string message = jixiao::core::render_message(target.findings.front(), jixiao::core::Language::zh_cn);
  BOOST_TEST(message.find("百分号") != std::string::npos, message);
  // Under a count's name the same value is a count without its unit.
  BOOST_TEST(jixiao::test::rule_ids(parse_target("100", "参保人数").findings) == "missing-unit bare-number");
}

BOOST_AUTO_TEST_CASE(an_empty_name_adds_nothing) {
  for (const char* value : {"100", "≤90%", "健全", "=110%"}) {
    BOOST_TEST_CONTEXT(value) {
      BOOST_TEST(jixiao::test::rule_ids(parse_target(value, "").findings) ==
                 jixiao::test::rule_ids(parse_target(value).findings));
      BOOST_TEST(jixiao::test::rule_ids(parse_target(value, " \u3000").findings) ==
                 jixiao::test::rule_ids(parse_target(value).findings));
    }
  }
}

BOOST_AUTO_TEST_CASE(kind_codes_are_stable) {
  using jixiao::core::ValueKind;
  BOOST_TEST(jixiao::core::kind_code(ValueKind::percent) == "percent");
  BOOST_TEST(jixiao::core::kind_code(ValueKind::count) == "count");
  BOOST_TEST(jixiao::core::kind_code(ValueKind::amount) == "amount");
  BOOST_TEST(jixiao::core::kind_code(ValueKind::duration) == "duration");
  BOOST_TEST(jixiao::core::kind_code(ValueKind::qualitative) == "qualitative");
  BOOST_TEST(jixiao::core::kind_code(ValueKind::schedule) == "schedule");
  BOOST_TEST(jixiao::core::kind_code(ValueKind::invalid) == "invalid");
}

BOOST_AUTO_TEST_CASE(never_throws_on_damaged_or_odd_input) {
  const std::vector<std::string> inputs{
      std::string("\0", 1),
      "\x01\x02",
      "≥95%\x07",
      "\xC0\x80",
      "\xF4\x90\x80\x80",
      "\xED\xA0\x80",
      "\xE2\x89",
      "≥\xff"
      "95%",
      "<",
      "<p",
      "&",
      "&#;",
      "&#x110000;",
      "&#xD800;",
      "&#0;",
      "&nbsp;",
      "$",
      "\\",
      "{",
      "{value}",
      "２",
      "2",
      "2%",
      "20%",
      "2.%",
      "2..5%",
      "1,",
      ",5",
      "万",
      "亿",
      "万元",
      "1万亿",
      "≥1e308%",
      "0." + std::string(500, '0') + "1%",
      std::string(400, '9') + "亿",
  };
  for (const std::string& input : inputs) {
    BOOST_TEST_CONTEXT(visible(input)) {
      ParsedTarget target;
      BOOST_CHECK_NO_THROW(target = parse_target(input, input));
      for (const Finding& finding : target.findings) BOOST_TEST(jixiao::test::argument_problems(finding) == "");
      if (target.number) BOOST_TEST(std::isfinite(*target.number));
      for (const Finding& finding : target.findings) {
        BOOST_CHECK_NO_THROW(jixiao::core::render_message(finding, jixiao::core::Language::zh_cn));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(handles_a_megabyte_quickly) {
  using jixiao::test::linear_slowdown_limit;
  using jixiao::test::one_megabyte;
  using jixiao::test::repeated_to_size;
  struct HugeCase {
    std::string input;
    std::string kind;
  };
  const std::vector<HugeCase> huge_cases{
      {">=" + repeated_to_size("9", one_megabyte) + "%", "invalid"},  // too large for a double
      {"≥" + repeated_to_size("\u3000", 3 * (one_megabyte / 3)) + "95%", "percent"},
      {repeated_to_size("及时", 6 * (one_megabyte / 6)), "qualitative"},
      // Cut at a megabyte in the middle of a character: damaged text.
      {repeated_to_size("确保资金到位率>=95%的前提下", one_megabyte), "invalid"},
      {repeated_to_size("说明", 6 * (one_megabyte / 6)), "qualitative"},  // prose (long-qualitative-value)
      {repeated_to_size("<p", one_megabyte), "invalid"},
      {repeated_to_size("<p>", one_megabyte), "invalid"},
      {repeated_to_size("&", one_megabyte), "invalid"},
      {repeated_to_size("&gt", one_megabyte), "invalid"},
      {repeated_to_size("\xff", one_megabyte), "invalid"},
      {repeated_to_size("-", one_megabyte), "invalid"},
      {repeated_to_size("$\\geq", one_megabyte), "invalid"},
      {"≥0." + repeated_to_size("0", 3000) + "1%", "invalid"},  // not a finite nonzero double
  };
  for (const HugeCase& c : huge_cases) {
    BOOST_TEST_CONTEXT(visible(c.input)) {
      ParsedTarget target;
      const double slowdown =
          jixiao::test::slowdown_against_linear_pass([&] { target = parse_target(c.input, c.input); }, c.input);
      BOOST_TEST(slowdown < linear_slowdown_limit);
      BOOST_TEST(jixiao::core::kind_code(target.kind) == c.kind);
      // Messages quote a shortened value, not a megabyte.
      for (const Finding& finding : target.findings) {
        BOOST_TEST(jixiao::core::render_message(finding, jixiao::core::Language::en).size() < 2000u);
      }
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
