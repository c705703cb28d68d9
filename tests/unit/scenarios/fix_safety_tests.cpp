#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/sheet/sheet_validation.hpp"
#include "support/grid_support.hpp"

using jixiao::core::RuleId;

// Fixes that cannot hurt (issue 11, item 8): a fix writes only what its finding is certain of, and
// a fix that moves cells is marked so that it is offered one at a time. Each fix, on a
// real-shaped table, where it must not be offered.
using jixiao::core::LocatedFinding;
using jixiao::core::validate_grid;
using jixiao::test::grid_from_tsv;

namespace {

const LocatedFinding* find(const std::vector<LocatedFinding>& findings, const std::string& rule, const std::string& cell) {
  for (const LocatedFinding& f : findings)
    if (jixiao::core::rule_code(f.finding.rule_id) == rule && f.cell() == cell) return &f;
  return nullptr;
}

const std::string export_header =
    "部门预算项目绩效目标表（2025年度）\n"
    "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性\n";

const std::string department_header =
    "部门整体支出绩效目标表\n"
    "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值（包含数字及文字描述）\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(fix_safety_tests)

// The one fix that moves cells is marked as such; no other fix is.
BOOST_AUTO_TEST_CASE(only_a_shifted_row_moves_cells) {
  const std::string project_header = "项目支出预算绩效目标表\n一级指标\t二级指标\t三级指标\t半年（程）指标值\t全年（程）指标值\n";
  const auto findings = validate_grid(grid_from_tsv(project_header +
                                                    "决策\t项目立项\t知晓率\t>=90%\t≥90%\n"
                                                    "\t合规性\t合规\t合规\t\n"));
  for (const LocatedFinding& f : findings)
    BOOST_TEST(f.moves_cells == (f.finding.rule_id == RuleId::misaligned_row), f.finding.rule_id << "@" << f.cell());
  const LocatedFinding* moved = find(findings, "misaligned-row", "B4");
  BOOST_TEST_REQUIRE(moved != nullptr);
  BOOST_TEST(moved->moves_cells);
}

// Rows of an export are machine-written under their headers: never moved, whatever they hold (a
// name in the value column, a project's text in a level column).
BOOST_AUTO_TEST_CASE(no_row_of_an_export_is_moved) {
  const std::string rows =
      "101-局\t项目\t1\t目标\t产出指标\t数量指标\t开展培训\t≥\t开展培训次数\t次\t45\t正向指标\n"
      "\t\t\t\t产出指标\t项目名称写在这里\t培训\t≥\t5\t次\t45\t正向指标\n";
  const auto findings = validate_grid(grid_from_tsv(export_header + rows));
  // The rows were read as an export's (not passed over as no table): the name in I3 is reported.
  BOOST_TEST_REQUIRE(find(findings, "comparison-without-number", "I3") != nullptr);
  for (const LocatedFinding& f : findings) BOOST_TEST(!f.moves_cells, f.finding.rule_id << "@" << f.cell());
}

// A label that may stand in either level column (成本指标 is a first level in 2021 and a second
// one under 产出指标), prose in a value column, 无 for "none": no row of these moves.
BOOST_AUTO_TEST_CASE(rows_that_could_be_right_are_not_moved) {
  const std::string rows =
      "\t产出指标\t数量指标\t开展各项调查\t≥100次\n"
      "\t\t成本指标\t经费预算不超指标\t支出控制在预算额度内\n"
      "\t\t时效指标\t无\t无\n"
      "\t效益指标\t经济效益指标\t无\t\n"
      "\t满意度指标\t服务对象满意度指标\t服务对象满意度\t达到95%以上\n";
  const auto findings = validate_grid(grid_from_tsv(department_header + rows));
  // The rows were checked as indicator rows: the last one's value is reported.
  BOOST_TEST_REQUIRE(find(findings, "operator-variant", "E7") != nullptr);
  for (const LocatedFinding& f : findings)
    BOOST_TEST((f.finding.rule_id != RuleId::misaligned_row && f.finding.rule_id != RuleId::value_without_name),
               f.finding.rule_id << "@" << f.cell());
}

// Level labels: fixed for a slip of one character or a label cut short, never for a guess.
BOOST_AUTO_TEST_CASE(level_labels_are_fixed_only_when_certain) {
  const std::string rows =
      "\t产出指标\t数量指标\t事务代理\t≥100件\n"
      "\t时效指标\t时效指标\t完成时间\t2025年底\n"          // a second level as first: suggested, not fixed
      "\t效益指标\t数量指标\t服务人次\t≥100人次\n"          // under the wrong first level: not fixed
      "\t满意度指标\t服务对象满意度指\t企业满意度\t≥90%\n";  // cut short: fixed
  const auto findings = validate_grid(grid_from_tsv(department_header + rows));
  const LocatedFinding* misplaced_first = find(findings, "unknown-first-level", "B4");
  const LocatedFinding* misplaced_second = find(findings, "second-level-under-other-first", "C5");
  const LocatedFinding* cut_short = find(findings, "unknown-second-level", "C6");
  BOOST_TEST_REQUIRE(misplaced_first != nullptr);
  BOOST_TEST_REQUIRE(misplaced_second != nullptr);
  BOOST_TEST_REQUIRE(cut_short != nullptr);
  BOOST_TEST(misplaced_first->edits.empty());
  BOOST_TEST(misplaced_second->edits.empty());
  BOOST_TEST_REQUIRE(cut_short->edits.size() == 1u);
  BOOST_TEST(std::get<std::string>(cut_short->edits[0].value) == "服务对象满意度指标");
}

// A unit cell holding a name: fixed when the unit is plain (人数 -> 人), not when it is a guess.
BOOST_AUTO_TEST_CASE(bad_units_are_fixed_only_when_the_unit_is_plain) {
  const std::string rows =
      "101-局\t项目\t1\t目标\t产出指标\t数量指标\t退役安置人员\t≥\t700\t人数\t45\t正向指标\n"
      "\t\t\t\t效益指标\t社会效益指标\t政策宣传\t≥\t90\t覆盖率\t45\t正向指标\n";
  const auto findings = validate_grid(grid_from_tsv(export_header + rows));
  const LocatedFinding* plain = find(findings, "bad-unit", "J3");
  const LocatedFinding* guess = find(findings, "bad-unit", "J4");
  BOOST_TEST_REQUIRE(plain != nullptr);
  BOOST_TEST_REQUIRE(guess != nullptr);
  BOOST_TEST_REQUIRE(plain->edits.size() == 1u);
  BOOST_TEST(std::get<std::string>(plain->edits[0].value) == "人");
  BOOST_TEST(guess->edits.empty());
}

// A formula is rewritten only when it is a target typed with "=": a computed value keeps its
// formula even when its text would be fixed (operator-variant without a fix).
BOOST_AUTO_TEST_CASE(formulas_are_rewritten_only_when_they_are_typed_targets) {
  auto grid = grid_from_tsv(department_header +
                            "\t产出指标\t数量指标\t开展各项调查\t>=100次\n"
                            "\t\t质量指标\t调查工作完成率\t1\n");
  grid.formulas = {{2, 4, "=\">=\"&\"100次\""}, {3, 4, "=100%"}};
  const auto findings = validate_grid(grid);
  const LocatedFinding* computed = find(findings, "operator-variant", "E3");
  const LocatedFinding* typed = find(findings, "target-typed-as-formula", "E4");
  BOOST_TEST_REQUIRE(computed != nullptr);
  BOOST_TEST_REQUIRE(typed != nullptr);
  BOOST_TEST(computed->edits.empty());
  BOOST_TEST_REQUIRE(typed->edits.size() == 1u);
  BOOST_TEST(std::get<std::string>(typed->edits[0].value) == "=100%");
  // Under a merge a typed target's cell is hidden: the finding stays, its fix does not.
  grid.merges.push_back({2, 4, 3, 4});
  for (const LocatedFinding& f : validate_grid(grid))
    for (const auto& edit : f.edits) BOOST_TEST(!(edit.row == 3 && edit.column == 4), f.finding.rule_id);
}

// What only restates an export's style has no finding, so no fix: its ＝ and ＞, its bare numbers.
BOOST_AUTO_TEST_CASE(an_exports_style_is_not_fixed) {
  const std::string rows =
      "101-局\t项目\t1\t目标\t产出指标\t数量指标\t发放覆盖率\t＝\t100\t%\t45\t正向指标\n"
      "\t\t\t\t满意度指标\t服务对象满意度指标\t满意度\t＞\t90\t%\t45\t正向指标\n";
  BOOST_TEST(jixiao::test::fragment_findings(validate_grid(grid_from_tsv(export_header + rows))).empty());
}

BOOST_AUTO_TEST_SUITE_END()
