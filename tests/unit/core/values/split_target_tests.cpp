#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/text/date_text.hpp"
#include "core/values/split_target.hpp"
#include "support/test_support.hpp"

// A target kept in three cells as the budget system exports it (指标性质 | 指标值 | 度量单位 |
// 指标方向性), each finding at the cell that holds the defect; and dates as values.
namespace bdata = boost::unit_test::data;
using jixiao::core::check_split_target;
using jixiao::core::SplitCells;
using jixiao::core::TargetCell;

namespace {

struct SplitCase {
  const char* op;
  const char* value;
  const char* unit;
  std::optional<const char*> direction;  // nullopt: no direction column
  const char* name;
  const char* rule;  // the rule that must (fires) or must not (silent) be found
  bool fires;
  TargetCell cell = TargetCell::value_cell;
  std::optional<const char*> fix = std::nullopt;
  const char* second = "";  // the row's second level
};

std::ostream& operator<<(std::ostream& out, const SplitCase& c) {
  return out << c.op << "|" << c.value << "|" << c.unit << "|" << c.direction.value_or("-") << " " << c.name << " "
             << c.rule;
}

constexpr bool fires = true, silent = false;

const std::vector<SplitCase> split_cases{
    // The export's own style is no defect: full-width ＝ ＞, a bare number, the unit apart.
    {"＝", "100", "%", "正向指标", "发放（缴纳）覆盖率", "operator-variant", silent},
    {"＞", "90", "%", "正向指标", "服务对象满意度", "full-width-characters", silent},
    {"≥", "95", "%", "正向指标", "调查置信度", "bare-number", silent},
    {"≥", "22", "个", "正向指标", "调查乡镇数量", "missing-unit", silent},
    {"大于等于", "1000", "人", std::nullopt, "培训应急救护人数", "unknown-operator", silent},
    {"≥", "4000", "盏", std::nullopt, "管理路灯盏数", "malformed-value", silent},  // units beyond the list
    {"＝", "3191", "元/人*月", std::nullopt, "专科毕业生工资标准", "malformed-value", silent},
    {"≥", "50", "50-%", "1-正向指标", "满意度", "bad-unit", silent},  // a coded unit and direction
    {"定性", "高中低", "", "正向指标", "规范市场经营秩序", "comparison-without-number", silent},  // a grading scale
    {"定性", "好", "", "正向指标", "双拥在基层", "qualitative-with-number", silent},
    // 指标性质
    {"", "95", "%", "正向指标", "满意度", "missing-operator", fires, TargetCell::operator_cell},
    {"正向", "95", "%", "正向指标", "满意度", "unknown-operator", fires, TargetCell::operator_cell},
    // 定性 with a number, a comparison with words
    {"定性", "50", "", "正向指标", "服务对象满意", "qualitative-with-number", fires},
    {"定性", "100", "%", "正向指标", "肺结核患者管理率", "qualitative-with-number", fires},
    {"≥", "高", "", "正向指标", "群众满意度", "comparison-without-number", fires},
    {"≥", "", "%", "正向指标", "群众满意度", "empty-value", fires},
    // 度量单位
    {"≥", "700", "人数", "正向指标", "全县退役安置人员", "bad-unit", fires, TargetCell::unit_cell, "人"},
    {"≥", "40", "户数", std::nullopt, "受益", "bad-unit", fires, TargetCell::unit_cell, "户"},
    {"≥", "60", "人次", "正向指标", "提升高血压患者规范管理率", "kind-mismatch-name", fires, TargetCell::unit_cell},
    {"≥", "10", "", "正向指标", "受益群众满意度", "kind-mismatch-name", fires, TargetCell::unit_cell},
    {"≥", "22", "", "正向指标", "调查乡镇数量", "missing-unit", fires, TargetCell::unit_cell},
    {"＝", "4550", "%", "正向指标", "65岁及以上居民健康管理人数", "kind-mismatch-name", fires, TargetCell::unit_cell},
    {"＝", "4550", "%", "正向指标", "65岁及以上居民健康管理人数", "percent-above-100", silent},
    {"＝", "1000", "%", std::nullopt, "服务对象满意度", "percent-above-100", fires},
    // 指标方向性: the operator against the declared direction, the declared direction against the name
    {"≤", "100", "%", "正向指标", "社会公众满意度", "direction-mismatch", fires, TargetCell::operator_cell},
    {"≤", "5", "次", "反向指标", "科目调整次数", "direction-mismatch", silent},
    {"≤", "5", "次", "反向指标", "科目调整次数", "direction-against-name", silent},
    {"＜", "100", "%", "反向指标", "群众满意度", "direction-against-name", fires, TargetCell::direction_cell},
    {"≤", "5", "%", "正向指标", "设备故障率", "direction-against-name", fires, TargetCell::direction_cell},
    {"≤", "5", "%", "正向指标", "设备故障率", "direction-mismatch", silent},  // the direction cell is the odd one
    {"≤", "5", "%", "反向指标", "预算编制准确率（计算方法为：∣（执行数-预算数）/预算数∣）", "direction-against-name", silent},
    {"≤", "100", "%", "2-反向指标", "“三公”经费控制率", "direction-against-name", silent},
    {"＝", "1", "年", "正向指标", "项目完成时间", "direction-against-name", silent},  // ＝ decides nothing
    {"≤", "1", "年", "正向指标", "项目完成时间", "direction-against-name", fires, TargetCell::direction_cell},
    // A count under a rate's name (a goal with 率 at its end): the kind is wrong, not the direction.
    {"≥", "10", "人", "正向指标", "防治结合，控制疾病的传染率", "direction-against-name", silent},
    {"≥", "10", "%", "正向指标", "疾病传染率", "direction-against-name", fires, TargetCell::direction_cell},
    // Without a direction column the name decides, at the operator.
    {"≤", "90", "%", std::nullopt, "老年人健康管理覆盖率", "direction-mismatch", fires, TargetCell::operator_cell},
    // A name with its formula and a capped section (a cost, a time) let ≤ stand under 正向指标.
    {"≤", "5", "%", "正向指标", "预算编制准确率（计算方法为：∣（执行数-预算数）/预算数∣）", "direction-mismatch", silent},
    {"≤", "4", "万元", "正向指标", "监测工作经费", "direction-mismatch", silent, TargetCell::value_cell, std::nullopt,
     "经济成本指标"},
    {"≤", "1", "年", "正向指标", "完成餐饮消费恢复发展", "direction-mismatch", silent, TargetCell::value_cell,
     std::nullopt, "时效指标"},
    {"≤", "4", "万元", "正向指标", "监测工作经费", "direction-mismatch", fires, TargetCell::operator_cell,
     std::nullopt, "数量指标"},
    {"≤", "100", "%", "正向指标", "发放及时率", "direction-mismatch", fires, TargetCell::operator_cell, std::nullopt,
     "时效指标"},
    // A value of another kind than the name's is a kind mismatch, and no direction to judge.
    {"≤", "2025", "年", std::nullopt, "项目按时完成率", "kind-mismatch-name", fires, TargetCell::unit_cell},
    {"≤", "2025", "年", std::nullopt, "项目按时完成率", "direction-mismatch", silent},
    {"≤", "4901.36", "万元", std::nullopt, "成本控制数", "direction-mismatch", silent},
    {"≥", "4901.36", "万元", std::nullopt, "成本控制数", "direction-mismatch", fires, TargetCell::operator_cell},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(split_target_tests)

BOOST_DATA_TEST_CASE(each_rule_at_its_cell, bdata::make(split_cases), c) {
  SplitCells cells{c.op, c.value, c.unit, c.direction ? std::optional<std::string>(*c.direction) : std::nullopt,
                   c.second};
  const auto check = check_split_target(cells, c.name);
  const auto found = std::find_if(check.findings.begin(), check.findings.end(),
                                  [&](const auto& f) { return jixiao::core::rule_code(f.finding.rule_id) == c.rule; });
  std::string all;
  for (const auto& f : check.findings) all += std::string(jixiao::core::rule_code(f.finding.rule_id)) + " ";
  if (!c.fires) {
    BOOST_TEST((found == check.findings.end()), "found: " << all);
    return;
  }
  BOOST_TEST_REQUIRE((found != check.findings.end()), "found: " << all);
  BOOST_TEST((found->cell == c.cell));
  if (c.fix) BOOST_TEST(found->finding.fix.value_or("<none>") == *c.fix);
}

BOOST_AUTO_TEST_CASE(the_cells_make_one_target) {
  const auto check = check_split_target({"≥", "95", "%", std::string("正向指标")}, "满意度");
  BOOST_TEST(check.findings.empty());
  BOOST_TEST_REQUIRE(check.target.has_value());
  BOOST_TEST(check.target->normalized == "≥95%");
  BOOST_TEST(check.target->number.value_or(0) == 0.95);
  // A percent-formatted 95% in the value cell (shown "95%") is the same target.
  BOOST_TEST(check_split_target({"≥", "95%", "%", std::string("正向指标")}, "满意度").target->normalized == "≥95%");
  // An empty direction is remembered for the section's one finding.
  BOOST_TEST(check_split_target({"≥", "95", "%", std::string("")}, "满意度").direction_missing);
  BOOST_TEST(!check_split_target({"≥", "95", "%", std::nullopt}, "满意度").direction_missing);
}

BOOST_AUTO_TEST_CASE(operator_cells_and_directions_read_as_written) {
  using Kind = jixiao::core::OperatorCell::Kind;
  BOOST_TEST((jixiao::core::read_operator_cell("＝").kind == Kind::comparison));
  BOOST_TEST((jixiao::core::read_operator_cell(" ≥ ").kind == Kind::comparison));
  BOOST_TEST((jixiao::core::read_operator_cell("大于等于").kind == Kind::comparison));
  BOOST_TEST((jixiao::core::read_operator_cell("定性").kind == Kind::qualitative));
  BOOST_TEST((jixiao::core::read_operator_cell("").kind == Kind::empty));
  BOOST_TEST((jixiao::core::read_operator_cell("≥95").kind == Kind::other));
  BOOST_TEST((jixiao::core::declared_direction("1-正向指标") == jixiao::core::DeclaredDirection::higher));
  BOOST_TEST((jixiao::core::declared_direction("反向") == jixiao::core::DeclaredDirection::lower));
  BOOST_TEST(!jixiao::core::declared_direction("其他").has_value());
  BOOST_TEST(jixiao::core::unit_of_cell("50-%") == "%");
  BOOST_TEST(jixiao::core::unit_of_cell(" 万元 ") == "万元");
}

BOOST_AUTO_TEST_SUITE_END()
