#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/sheet/sheet_validation.hpp"
#include "support/grid_support.hpp"
#include "support/test_support.hpp"

// What a reviewer sees once a project's rows are read (section_rules.cpp), each rule where it
// fires and where it must not, on exports made here the way the budget system writes them.
namespace core = jixiao::core;
using core::LocatedFinding;
using core::validate_grid;
using jixiao::test::grid_from_tsv;
using jixiao::test::joined;
using jixiao::test::has_rule;
using jixiao::test::rule_cells;

constexpr auto has = jixiao::test::has_cell;
constexpr auto find = jixiao::test::find_finding;

namespace {

const std::string export_header =
    "部门预算项目绩效目标表（2025年度）\n"
    "\t\t\t\t\t\t\t\t\t\t金额单位：万元\n"
    "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性\n";

// The rows of a whole project after its first (A:D empty): 质量, 时效, 效益, 满意度.
const std::string rest_of_project =
    "\t\t\t\t产出指标\t质量指标\t培训合格率\t≥\t95\t%\t20\t正向指标\n"
    "\t\t\t\t产出指标\t时效指标\t培训完成及时率\t≥\t95\t%\t10\t正向指标\n"
    "\t\t\t\t效益指标\t社会效益指标\t就业率\t≥\t80\t%\t20\t正向指标\n"
    "\t\t\t\t满意度指标\t服务对象满意度指标\t学员满意度\t≥\t90\t%\t20\t正向指标\n";

std::string project(const std::string& name, const std::string& budget, const std::string& goal,
                    const std::string& first_row = "产出指标\t数量指标\t培训人数\t≥\t200\t人\t20\t正向指标") {
  return "101001-某某局\t" + name + "\t" + budget + "\t" + goal + "\t" + first_row + "\n" + rest_of_project;
}

std::vector<std::string> found(const std::string& rows) { return rule_cells(validate_grid(grid_from_tsv(export_header + rows))); }

}  // namespace

BOOST_AUTO_TEST_SUITE(section_rules_tests)

BOOST_AUTO_TEST_CASE(a_whole_project_is_silent) {
  const auto findings = found(project("职业技能培训", "10.00", "完成职业技能培训200人，合格率95%以上"));
  BOOST_TEST(findings.empty(), joined(findings, " "));
}

// A project with money and no indicator; one with its indicators is not reported.
BOOST_AUTO_TEST_CASE(project_without_indicators) {
  const std::string bare = "101001-某某局\t51192321T000000033650-设备购置\t24.83\t购置教学设备30台\t\t\t\t\t\t\t\t\n";
  const auto findings = found(bare + project("职业技能培训", "10.00", "完成培训200人"));
  BOOST_TEST(has(findings, "project-without-indicators@B4"), joined(findings, " "));
  BOOST_TEST(!has_rule(std::vector<std::string>(findings.begin() + 1, findings.end()), "project-without-indicators"));
  // The department's total line above its projects is no project.
  const std::string total = "101001-某某局\t合计\t34.83\t\t\t\t\t\t\t\t\t\n";
  const auto totalled = found(total + project("职业技能培训", "10.00", "完成培训200人"));
  BOOST_TEST(!has_rule(totalled, "project-without-indicators"), joined(totalled, " "));
}

// Required groups: 产出 with only 数量 misses 质量, 时效, 效益 and 满意度; a group of 不适用 only is
// missing too; the budget system's standard personnel (R) and running-cost (Y) projects are not
// judged.
BOOST_AUTO_TEST_CASE(missing_indicator_groups) {
  const std::string only_count = "101001-某某局\t统计调查\t5.00\t完成统计调查12次\t产出指标\t数量指标\t调查次数\t≥\t12\t次\t90\t正向指标\n";
  const auto grid = grid_from_tsv(export_header + only_count);
  const auto findings = validate_grid(grid);
  const LocatedFinding* missing = find(findings, "missing-indicator-group@B4");
  BOOST_TEST_REQUIRE(missing != nullptr, joined(rule_cells(findings), " "));
  BOOST_TEST(core::render_message(missing->finding, core::Language::zh_cn) ==
             "“统计调查”缺少质量指标、时效指标、效益指标、满意度指标下的指标，请补充。");
  const std::string not_applicable =
      "101001-某某局\t职业技能培训\t10.00\t完成培训200人\t产出指标\t数量指标\t培训人数\t≥\t200\t人\t20\t正向指标\n"
      "\t\t\t\t产出指标\t质量指标\t培训合格率\t≥\t95\t%\t20\t正向指标\n"
      "\t\t\t\t产出指标\t时效指标\t不适用\t\t\t\t10\t\n"
      "\t\t\t\t效益指标\t社会效益指标\t就业率\t≥\t80\t%\t20\t正向指标\n"
      "\t\t\t\t满意度指标\t服务对象满意度指标\t学员满意度\t≥\t90\t%\t20\t正向指标\n";
  const auto placeholder = validate_grid(grid_from_tsv(export_header + not_applicable));
  const LocatedFinding* time = find(placeholder, "missing-indicator-group@B4");
  BOOST_TEST_REQUIRE(time != nullptr, joined(rule_cells(placeholder), " "));
  BOOST_TEST(core::render_message(time->finding, core::Language::zh_cn).find("时效指标") != std::string::npos);
  const std::string standard =
      "101001-某某局\t51192321Y000000033650-小学公用经费\t24.83\t保障学校运转\t产出指标\t数量指标\t保障学生人数\t≥\t320\t人\t90\t正向指标\n";
  BOOST_TEST(!has_rule(found(standard), "missing-indicator-group"), joined(found(standard), " "));
}

// A table that is one project keeps its groups in several blocks (决策 and 过程 in one, 效益 and
// 满意度 in another): judged as a whole.
BOOST_AUTO_TEST_CASE(groups_of_a_table_across_its_blocks) {
  const std::string table =
      "项目支出绩效目标表（2025年度）\n项目名称\t职业技能培训\t\t\n"
      "一级指标\t二级指标\t三级指标\t指标值\n"
      "产出指标\t数量指标\t培训人数\t≥200人\n\t质量指标\t培训合格率\t≥95%\n\t时效指标\t培训完成及时率\t≥95%\n"
      "\n一级指标\t二级指标\t三级指标\t指标值\n"
      "效益指标\t社会效益指标\t就业率\t≥80%\n满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\n";
  const auto whole = rule_cells(validate_grid(grid_from_tsv(table)));
  BOOST_TEST(!has_rule(whole, "missing-indicator-group"), joined(whole, " "));
  const std::string half = table.substr(0, table.find("\n\n") + 1);
  const auto findings = validate_grid(grid_from_tsv(half));
  const LocatedFinding* missing = find(findings, "missing-indicator-group@A3");
  BOOST_TEST_REQUIRE(missing != nullptr, joined(rule_cells(findings), " "));
  BOOST_TEST(core::render_message(missing->finding, core::Language::zh_cn) ==
             "“职业技能培训”缺少效益指标、满意度指标下的指标，请补充。");
}

// 成本指标 is asked of a project when most of its table's projects set theirs (the 2021
// framework); a table where one project does is not read as asking it of the others.
BOOST_AUTO_TEST_CASE(costs_where_the_table_sets_them) {
  const std::string cost = "\t\t\t\t成本指标\t经济成本指标\t培训成本\t≤\t10\t万元\t0\t反向指标\n";
  const std::string three = project("职业技能培训", "10.00", "完成培训200人") + cost +
                            project("创业培训", "10.00", "完成培训100人") + cost +
                            project("技能鉴定", "10.00", "完成鉴定200人");
  const auto grid = grid_from_tsv(export_header + three);
  const auto findings = validate_grid(grid);
  const LocatedFinding* missing = find(findings, "missing-indicator-group@B16");
  BOOST_TEST_REQUIRE(missing != nullptr, joined(rule_cells(findings), " "));
  BOOST_TEST(core::render_message(missing->finding, core::Language::zh_cn) == "“技能鉴定”缺少成本指标下的指标，请补充。");
  BOOST_TEST(!has(rule_cells(findings), "missing-indicator-group@B4"), joined(rule_cells(findings), " "));
  const std::string one = project("职业技能培训", "10.00", "完成培训200人") + cost +
                          project("创业培训", "10.00", "完成培训100人") + project("技能鉴定", "10.00", "完成鉴定200人");
  BOOST_TEST(!has_rule(found(one), "missing-indicator-group"), joined(found(one), " "));
}

// 年度目标 empty, only the project's name again, or of another year.
BOOST_AUTO_TEST_CASE(annual_goals) {
  BOOST_TEST(has(found(project("职业技能培训", "10.00", "")), "info-field-empty@D4"));
  BOOST_TEST(has(found(project("51192325T000013549778-地质灾害综合治理项目", "10.00", "2025年度地质灾害综合治理项目")),
                 "info-field-repeats-name@D4"));
  BOOST_TEST(has(found(project("燃气安全宣传", "10.00", "完成2022年燃气宣传、巡查任务")), "stale-year@D4"));
  const auto fine = found(project("燃气安全宣传", "10.00", "完成2024-2026年规划中本年度的燃气宣传任务"));
  BOOST_TEST(fine.empty(), joined(fine, " "));
  // A year the project's own name holds is the project's (a programme named by the year it began).
  const auto named = found(project("2023年地质灾害防治体系建设", "10.00", "推进2023年地质灾害防治体系建设"));
  BOOST_TEST(!has_rule(named, "stale-year"), joined(named, " "));
  const auto other = found(project("2023年地质灾害防治体系建设", "10.00", "完成2022年遗留治理点位"));
  BOOST_TEST(has(other, "stale-year@D4"), joined(other, " "));
}

// Targets equal to their weights on three rows, or on two making half the weighted rows; two of
// six (≥5% twice under weights of 5) may be chance, and so may one.
BOOST_AUTO_TEST_CASE(values_copying_weights) {
  const std::string copied =
      "101001-某某局\t疾病防控\t10.00\t完成防控任务\t产出指标\t数量指标\t防控次数\t≥\t30\t次\t30\t正向指标\n"
      "\t\t\t\t产出指标\t质量指标\t防控及时率\t≥\t40\t%\t40\t正向指标\n"
      "\t\t\t\t满意度指标\t服务对象满意度指标\t群众满意度\t≥\t20\t%\t20\t正向指标\n";
  const auto findings = found(copied);
  BOOST_TEST(has(findings, "value-is-weight@I4"), joined(findings, " "));
  BOOST_TEST(has(findings, "value-is-weight@I6"), joined(findings, " "));
  const std::string two_of_six =
      "101001-某某局\t疾病防控\t10.00\t完成防控任务\t产出指标\t数量指标\t防控次数\t≥\t20\t次\t20\t正向指标\n"
      "\t\t\t\t产出指标\t质量指标\t防控及时率\t≥\t20\t%\t20\t正向指标\n" + rest_of_project;
  BOOST_TEST(!has_rule(found(two_of_six), "value-is-weight"), joined(found(two_of_six), " "));
  BOOST_TEST(!has_rule(found(project("职业技能培训", "10.00", "完成培训", "产出指标\t数量指标\t培训人数\t≥\t20\t人\t20\t正向指标")),
                       "value-is-weight"));
}

// A cost above the project's budget: ≤1570000元 against 15.70万元; ≤157000元 is within it.
BOOST_AUTO_TEST_CASE(cost_above_the_budget) {
  const std::string cost = "\t\t\t\t产出指标\t成本指标\t培训成本\t≤\t1570000\t元\t0\t反向指标\n";
  const auto findings = found(project("职业技能培训", "15.70", "完成培训") + cost);
  BOOST_TEST(has(findings, "cost-exceeds-budget@I9"), joined(findings, " "));
  const std::string within = "\t\t\t\t产出指标\t成本指标\t培训成本\t≤\t157000\t元\t0\t反向指标\n";
  BOOST_TEST(!has_rule(found(project("职业技能培训", "15.70", "完成培训") + within), "cost-exceeds-budget"));
  // 万 alone on a cost line is 万元; a cost line is also known by its name under another group.
  const std::string wan = "\t\t\t\t成本指标\t经济成本指标\t成本控制在预算内\t＝\t20\t万\t0\t反向指标\n"
                          "\t\t\t\t产出指标\t质量指标\t成本控制节约开支\t≤\t200\t万元\t0\t反向指标\n";
  const auto over = found(project("职业技能培训", "15.70", "完成培训") + wan);
  BOOST_TEST(has(over, "cost-exceeds-budget@I9"), joined(over, " "));
  BOOST_TEST(has(over, "cost-exceeds-budget@I10"), joined(over, " "));
  // Not money: 20万 people under a name without 成本, 经费 or 费用; 15万 within the budget.
  const std::string people = "\t\t\t\t产出指标\t数量指标\t受益人数\t≥\t20\t万\t0\t正向指标\n"
                             "\t\t\t\t成本指标\t经济成本指标\t培训经费\t≤\t15\t万\t0\t反向指标\n";
  BOOST_TEST(!has_rule(found(project("职业技能培训", "15.70", "完成培训") + people), "cost-exceeds-budget"));
}

// Cost lines of one table declared both ways: the odd one against a clear majority; all 正向
// is worth a word (the system's default); 反向 throughout is silent.
BOOST_AUTO_TEST_CASE(directions_of_like_lines) {
  std::string rows;
  const auto cost = [](int n, const std::string& way) {
    return "101001-某某局\t项目" + std::to_string(n) + "\t10.00\t完成工作\t产出指标\t成本指标\t工作经费\t≤\t4\t万元\t90\t" + way + "\n";
  };
  for (int n = 0; n < 4; ++n) rows += cost(n, "反向指标");
  rows += cost(4, "正向指标");
  const auto findings = found(rows);
  BOOST_TEST(has(findings, "direction-inconsistent@L8"), joined(findings, " "));
  BOOST_TEST(!has_rule(findings, "cost-declared-higher"));
  const auto all_higher = found(cost(0, "正向指标") + cost(1, "正向指标"));
  BOOST_TEST(has(all_higher, "cost-declared-higher@L4"), joined(all_higher, " "));
  BOOST_TEST(!has_rule(all_higher, "direction-inconsistent"));
  const auto all_lower = found(cost(0, "反向指标") + cost(1, "反向指标"));
  BOOST_TEST(!has_rule(all_lower, "cost-declared-higher"));
  BOOST_TEST(!has_rule(all_lower, "direction-inconsistent"));
}

// 定性 rows with a unit: one finding a project, counting them; a 定性 row without a unit is fine.
BOOST_AUTO_TEST_CASE(units_on_qualitative_rows) {
  const std::string rows =
      "101001-某某局\t治安防控\t10.00\t完成治安防控\t效益指标\t社会效益指标\t社会治安\t定性\t好\t%\t45\t正向指标\n"
      "\t\t\t\t效益指标\t社会效益指标\t群众安全感\t定性\t好\t%\t45\t正向指标\n"
      "\t\t\t\t效益指标\t社会效益指标\t管理机制\t定性\t健全\t\t0\t正向指标\n";
  const auto findings = validate_grid(grid_from_tsv(export_header + rows));
  const LocatedFinding* unit = find(findings, "unit-on-qualitative@J4");
  BOOST_TEST_REQUIRE(unit != nullptr, joined(rule_cells(findings), " "));
  BOOST_TEST(core::render_message(unit->finding, core::Language::zh_cn).find("共2行") != std::string::npos);
  BOOST_TEST(!has(rule_cells(findings), "unit-on-qualitative@J5"));
}

// The 预算数 typed by a person (137,640.00) is text no sum counts; plain digits as text are an
// export's way of writing every amount.
BOOST_AUTO_TEST_CASE(budget_typed_as_text) {
  const auto typed = validate_grid(grid_from_tsv(export_header + project("职业技能培训", "137,640.00", "完成培训200人")));
  const LocatedFinding* text = find(typed, "number-stored-as-text@C4");
  BOOST_TEST_REQUIRE(text != nullptr, joined(rule_cells(typed), " "));
  BOOST_TEST(std::get<double>(text->edits.at(0).value) == 137640.0);
  core::Grid plain = grid_from_tsv(export_header + project("职业技能培训", "x", "完成培训200人"));
  plain.cells[static_cast<std::size_t>(3 * plain.columns + 2)] = std::string("56.42");
  BOOST_TEST(!has_rule(rule_cells(validate_grid(plain)), "number-stored-as-text"));
}

// An export row without its second level; a table of merged levels leaves it to the row above.
BOOST_AUTO_TEST_CASE(second_level_missing_in_an_export) {
  const std::string lost = "\t\t\t\t效益指标\t\t县域经济发展\t≥\t7\t%\t0\t正向指标\n";
  BOOST_TEST(has(found(project("职业技能培训", "10.00", "完成培训") + lost), "missing-second-level@F9"));
  const std::string merged = "项目支出绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\n"
                             "产出指标\t数量指标\t培训人数\t≥200人\n\t\t培训次数\t≥4次\n";
  BOOST_TEST(!has_rule(rule_cells(validate_grid(grid_from_tsv(merged))), "missing-second-level"));
}

BOOST_AUTO_TEST_SUITE_END()
