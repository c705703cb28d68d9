#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/sheet/sheet_validation.hpp"
#include "core/values/target_parse.hpp"
#include "support/finding_support.hpp"
#include "support/grid_support.hpp"
#include "support/test_support.hpp"

// What careful reviewers of every province report (issue 19) that a row or a cell shows: stray
// whitespace anywhere in a table, labels, names stating goals, targets no one can assess, units,
// directions; each where it fires and where it must not. Tables made here.
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

const std::string project_header = "项目支出绩效目标表（2025年度）\n一级指标\t二级指标\t三级指标\t指标值\n";

std::vector<std::string> found(const std::string& tsv, const core::ValidationOptions& options = {}) {
  return rule_cells(jixiao::test::fragment_findings(validate_grid(grid_from_tsv(tsv), options)));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(reviewer_findings_tests)

// Stray whitespace anywhere in a table with indicators: a leading space in a header, a space
// inside a level label, a cell holding only a space (its fix empties it), prose indented with
// U+3000. Not: a header's inner spaces and line breaks (layout), a form's tick boxes and blanks,
// one space between English words.
BOOST_AUTO_TEST_CASE(whitespace_anywhere_in_the_table) {
  const std::string table =
      "项目支出绩效目标表（2025年度）\n"
      "项目名称\t职业技能培训\t项目属性\t□新增项目   ☑延续项目\n"
      "年度目标\t\u3000完成职业技能培训200人\t资金总额\t中期资金总额：  万元\n"
      " 一级指标\t二级⏎指标\t三级指标\t指标值\n"
      "产出 指标\t数量指标\t培训人数\t≥200人\n"
      "\t质量指标\t培训合格率\t≥95%\n"
      "\t时效指标\t GDP report\t≥95%\n"
      "备注\t \t\t\n";
  core::Grid grid = grid_from_tsv(table);
  for (core::CellValue& cell : grid.cells)  // a line break inside the header cell, as typed
    if (std::string* text = std::get_if<std::string>(&cell); text && *text == "二级⏎指标") *text = "二级\n指标";
  const auto findings = validate_grid(grid);
  const auto cells = rule_cells(findings);
  BOOST_TEST(has(cells, "whitespace-in-text@A4"), joined(cells, " "));  // leading space in a header
  BOOST_TEST(has(cells, "whitespace-in-text@A5"), joined(cells, " "));  // 产出 指标
  BOOST_TEST(has(cells, "whitespace-in-text@B3"), joined(cells, " "));  // U+3000 indent
  BOOST_TEST(!has(cells, "whitespace-in-text@B4"));                      // 二级⏎指标: layout
  BOOST_TEST(!has(cells, "whitespace-in-text@D2"));                      // tick boxes
  BOOST_TEST(!has(cells, "whitespace-in-text@D3"));                      // a blank to fill in
  const LocatedFinding* label = find(findings, "whitespace-in-text@A5");
  BOOST_TEST_REQUIRE(label != nullptr);
  BOOST_TEST(label->finding.fix.value_or("?") == "产出指标");
  const LocatedFinding* header = find(findings, "whitespace-in-text@A4");
  BOOST_TEST_REQUIRE(header != nullptr);
  BOOST_TEST(header->finding.fix.value_or("?") == "一级指标");
}

BOOST_AUTO_TEST_CASE(a_cell_holding_only_a_space_is_emptied) {
  const auto findings = validate_grid(grid_from_tsv(project_header + "产出指标\t数量指标\t培训人数\t≥200人\n备注\t \t\t\n"));
  const LocatedFinding* blank = find(findings, "whitespace-in-text@B4");
  BOOST_TEST_REQUIRE(blank != nullptr, joined(rule_cells(findings), " "));
  BOOST_TEST(blank->finding.fix.value_or("?") == "");
}

// A budget table alone (no indicators) is printed by the budget system, spacing and all: the sweep
// leaves its cells to the budget rules.
BOOST_AUTO_TEST_CASE(a_budget_table_alone_is_left_to_the_budget_rules) {
  const std::string budget = "部门整体绩效目标申报表\n部门总体资金情况（万元）\t\t填报单位：  某某局  \n项目\t当年金额\t占比\n"
                             "收入构成\t\t\n财政拨款\t800\t80%\n单位资金\t200\t20%\n合计\t1000\t100%\n";
  BOOST_TEST(!has_rule(rule_cells(validate_grid(grid_from_tsv(budget))), "whitespace-in-text"));
  const std::string with_indicators = budget + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥200人\n";
  BOOST_TEST(has(rule_cells(validate_grid(grid_from_tsv(with_indicators))), "whitespace-in-text@C2"));
}

// 满意度指标 repeated as its own second level; the template's only second level is the fix.
BOOST_AUTO_TEST_CASE(second_level_repeating_the_first) {
  const std::string rows = project_header + "满意度指标\t满意度指标\t学员满意度\t≥90%\n";
  const auto national = validate_grid(grid_from_tsv(rows));
  const LocatedFinding* repeated = find(national, "second-level-is-first-level@B3");
  BOOST_TEST_REQUIRE(repeated != nullptr, joined(rule_cells(national), " "));
  BOOST_TEST(!repeated->finding.fix.has_value());  // two second levels: no certain fix
  const core::ValidationOptions one{"mine", {"name\tmine\nextends\tnational\nlevel\t满意度指标\t服务对象满意度指标\n"}};
  const auto mine = validate_grid(grid_from_tsv(rows), one);
  const LocatedFinding* fixed = find(mine, "second-level-is-first-level@B3");
  BOOST_TEST_REQUIRE(fixed != nullptr, joined(rule_cells(mine), " "));
  BOOST_TEST(fixed->finding.fix.value_or("?") == "服务对象满意度指标");
  BOOST_TEST(!has_rule(found(project_header + "满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\n"),
                       "second-level-is-first-level"));
}

// A second level a province adds is a word (info) naming the framework's; a framework label is not.
BOOST_AUTO_TEST_CASE(second_levels_outside_the_framework) {
  const auto findings = validate_grid(grid_from_tsv(project_header + "满意度指标\t帮扶对象满意度指标\t群众满意度\t≥90%\n"));
  const LocatedFinding* added = find(findings, "unlisted-second-level@B3");
  BOOST_TEST_REQUIRE(added != nullptr, joined(rule_cells(findings), " "));
  BOOST_TEST((added->finding.severity == core::Severity::info));
  BOOST_TEST(core::render_message(added->finding, core::Language::zh_cn).find("服务对象满意度指标") != std::string::npos);
}

// Names that state a goal; names that end like a measure, whatever they start with, or that are a
// measure with a remark after a comma (…覆盖率，农村（%）), do not.
BOOST_AUTO_TEST_CASE(names_stating_goals) {
  const auto goal = found(project_header + "效益指标\t社会效益指标\t提高居民生活质量\t≥5%\n"
                                           "\t\t防治结合，控制疾病传染\t好\n"
                                           "\t\t不断提升群众满意度，维护社会和谐稳定\t≥90%\n");
  BOOST_TEST(has(goal, "name-is-a-goal@C3"), joined(goal, " "));
  BOOST_TEST(has(goal, "name-is-a-goal@C4"), joined(goal, " "));
  BOOST_TEST(has(goal, "name-is-a-goal@C5"), joined(goal, " "));
  const auto measures = found(project_header + "效益指标\t社会效益指标\t保障对象覆盖率\t≥95%\n"
                                               "\t\t提高就业人数\t≥200人\n\t\t居民生活质量满意度\t≥90%\n"
                                               "\t\t社区综合服务设施覆盖率，农村（%）\t≥95%\n");
  BOOST_TEST(!has_rule(measures, "name-is-a-goal"), joined(measures, " "));
}

// Targets no one can assess, and their look-alikes that can be.
BOOST_AUTO_TEST_CASE(targets_that_cannot_be_assessed) {
  const auto vague = found(project_header +
                           "产出指标\t质量指标\t培训质量\t有所提升\n"
                           "\t\t培训人数\t约3000人\n"
                           "\t\t就业帮扶人数\t待定\n"
                           "\t\t政策知晓情况\t政策知晓情况\n"
                           "产出指标\t成本指标\t维修费用\t合理\n");
  for (const char* cell : {"vague-target@D3", "vague-target@D4", "vague-target@D5", "vague-target@D6", "vague-target@D7"})
    BOOST_TEST(has(vague, cell), cell << " in " << joined(vague, " "));
  const auto fine = found(project_header +
                          "过程\t组织实施\t制度执行有效性\t有效\n"
                          "效益指标\t社会效益指标\t社会治安\t稳定\n"
                          "效益指标\t社会效益指标\t培训人数\t≥3000人\n"
                          "产出指标\t成本指标\t社保补贴标准\t不超实际缴费2/3\n");
  BOOST_TEST(!has_rule(fine, "vague-target"), joined(fine, " "));
}

// A time limit of a year gone by, in a 2025 table; a deadline within it is fine.
BOOST_AUTO_TEST_CASE(deadlines_of_past_years) {
  BOOST_TEST(has(found(project_header + "产出指标\t时效指标\t完成时限\t≤2023年\n"), "stale-year@D3"));
  BOOST_TEST(!has_rule(found(project_header + "产出指标\t时效指标\t完成时限\t2025年12月底前\n"), "stale-year"));
  // Without a budget year in the title there is nothing to compare with.
  BOOST_TEST(!has_rule(found("项目支出绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t时效指标\t完成时限\t≤2023年\n"),
                       "stale-year"));
}

// ≥100% of a rate no one can exceed; a completion rate may run over its plan.
BOOST_AUTO_TEST_CASE(rates_of_at_least_a_hundred_percent) {
  const auto rate = core::parse_target("≥100%", "产品合格率");
  BOOST_TEST(jixiao::test::rule_ids(rate.findings).find("rate-at-least-full") != std::string::npos);
  const auto completion = core::parse_target("≥100%", "非税收入预算完成率");
  BOOST_TEST(jixiao::test::rule_ids(completion.findings).find("rate-at-least-full") == std::string::npos);
}

// Lower-is-better rates by their names (传染率): ≥ is a reversed direction.
BOOST_AUTO_TEST_CASE(rates_lower_by_name) {
  const auto reversed = core::parse_target("≥5%", "传染病传染率");
  BOOST_TEST(jixiao::test::rule_ids(reversed.findings).find("direction-mismatch") != std::string::npos);
  BOOST_TEST(jixiao::test::rule_ids(core::parse_target("≤5%", "传染病传染率").findings).find("direction-mismatch") ==
             std::string::npos);
}

// Unit cells: a spelling the lists do not hold gets its standard unit (平米 -> 平方米); 万 alone is
// no certain unit; a unit of the budget system's coded list (186-人数) is its own word: info, no
// fix; 人/次 is in that list too.
BOOST_AUTO_TEST_CASE(unit_cells_of_an_export) {
  const std::string header =
      "部门预算项目绩效目标表（2025年度）\n"
      "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性\n";
  const auto row = [&](const std::string& unit) {
    return header + "101-局\t项目\t10\t目标\t产出指标\t数量指标\t培训人次\t≥\t200\t" + unit + "\t90\t正向指标\n";
  };
  const auto spelled = validate_grid(grid_from_tsv(row("平米")));
  const LocatedFinding* square = find(spelled, "nonstandard-unit@J3");
  BOOST_TEST_REQUIRE(square != nullptr, joined(rule_cells(spelled), " "));
  BOOST_TEST(square->finding.fix.value_or("?") == "平方米");
  const auto wan_findings = validate_grid(grid_from_tsv(row("万")));
  const LocatedFinding* wan = find(wan_findings, "nonstandard-unit@J3");
  BOOST_TEST_REQUIRE(wan != nullptr);
  BOOST_TEST(!wan->finding.fix.has_value());
  const auto coded_findings = validate_grid(grid_from_tsv(row("186-人数")));
  const LocatedFinding* coded = find(coded_findings, "bad-unit@J3");
  BOOST_TEST_REQUIRE(coded != nullptr);
  BOOST_TEST(!coded->finding.fix.has_value());
  BOOST_TEST((coded->finding.severity == core::Severity::info));
  BOOST_TEST(!has_rule(found(row("人次")), "bad-unit"));
  BOOST_TEST(!has_rule(found(row("人/次")), "bad-unit"));
  BOOST_TEST(!has_rule(found(row("人/次")), "nonstandard-unit"));
}

// Placeholder rows (无 with a weight) count in the weight total; optional groups a form prints may
// stay empty, required ones may not.
BOOST_AUTO_TEST_CASE(placeholder_rows_and_optional_groups) {
  const std::string header =
      "部门预算项目绩效目标表（2025年度）\n"
      "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性\n";
  const std::string rows = header +
                           "101-局\t项目\t10\t目标\t产出指标\t数量指标\t培训人数\t≥\t200\t人\t80\t正向指标\n"
                           "\t\t\t\t效益指标\t生态效益指标\t无\t定性\t优\t\t10\t正向指标\n";
  BOOST_TEST(!has_rule(found(rows), "weight-total"), joined(found(rows), " "));
  const std::string forms = project_header + "产出指标\t数量指标\t培训人数\t≥200人\n"
                                             "效益指标\t经济效益指标\t\t\n\t社会效益指标\t\t\n\t生态效益指标\t就业率\t≥80%\n";
  const auto groups = found(forms);
  BOOST_TEST(!has(groups, "empty-second-level-group@B4"), joined(groups, " "));  // 经济效益: optional
  BOOST_TEST(has(groups, "empty-second-level-group@B5"), joined(groups, " "));   // 社会效益: required
}

// A group whose first-level cell is blank: the first level is what is missing (fixed with the
// second level's own first level), not a wrong second level; a merge above covers it.
BOOST_AUTO_TEST_CASE(a_group_without_its_first_level) {
  const std::string rows = project_header + "产出指标\t数量指标\t培训人数\t≥200人\n"
                                            "\t生态效益指标\t绿化面积\t≥20亩\n\t可持续影响指标\t机制健全性\t健全\n";
  const auto findings = validate_grid(grid_from_tsv(rows));
  const LocatedFinding* missing = find(findings, "missing-first-level@A4");
  BOOST_TEST_REQUIRE(missing != nullptr, joined(rule_cells(findings), " "));
  BOOST_TEST(missing->finding.fix.value_or("?") == "效益指标");
  BOOST_TEST(!has_rule(rule_cells(findings), "unknown-second-level"), joined(rule_cells(findings), " "));
  core::Grid merged = grid_from_tsv(rows);
  merged.merges.push_back({2, 0, 4, 0});  // 产出指标 merged down over the rows below
  BOOST_TEST(!has_rule(rule_cells(validate_grid(merged)), "missing-first-level"));
}

// A year in a cited document's number is no stale year; the footnote under an export is no project.
BOOST_AUTO_TEST_CASE(document_numbers_and_footnotes) {
  const std::string header =
      "部门预算项目绩效目标表（2025年度）\n"
      "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性\n";
  const std::string cited = header +
      "101-局\t社会保险补贴\t10\t按川财社〔2022〕153号文件发放补贴\t产出指标\t数量指标\t补贴人数\t≥\t200\t人\t90\t正向指标\n";
  BOOST_TEST(!has_rule(found(cited), "stale-year"), joined(found(cited), " "));
  const std::string note = cited + "\t取数说明：本表数据取自预算管理一体化系统，项目支出绩效目标按项目逐项填报，金额单位为万元，"
                                   "权重合计为90分，其余10分为预算执行率。\t\t\t\t\t\t\t\t\t\t\n";
  const auto findings = found(note);
  BOOST_TEST(!has_rule(findings, "project-without-indicators"), joined(findings, " "));
  BOOST_TEST(!has_rule(findings, "info-field-empty"), joined(findings, " "));
}

// A cost or a cap written as a bare number meant "at most" if not "equal": the message says ≤.
BOOST_AUTO_TEST_CASE(bare_numbers_under_caps_suggest_at_most) {
  const auto cap = core::parse_target("1万元/年", "经费预算不超指标");
  const auto bare = std::find_if(cap.findings.begin(), cap.findings.end(),
                                 [](const core::Finding& f) { return f.rule_id == core::RuleId::bare_number; });
  BOOST_TEST_REQUIRE((bare != cap.findings.end()));
  BOOST_TEST(core::render_message(*bare, core::Language::zh_cn).find("不高于") != std::string::npos);
  BOOST_TEST(core::render_message(*bare, core::Language::zh_cn).find("≤1万元/年") != std::string::npos);
  const auto count = core::parse_target("8个", "安置小区数量");
  const auto plain = std::find_if(count.findings.begin(), count.findings.end(),
                                  [](const core::Finding& f) { return f.rule_id == core::RuleId::bare_number; });
  BOOST_TEST_REQUIRE((plain != count.findings.end()));
  BOOST_TEST(core::render_message(*plain, core::Language::zh_cn).find("≥8个") != std::string::npos);
}

// A target in a sentence, a suffix 内, and 及时 where a time limit is asked.
BOOST_AUTO_TEST_CASE(targets_written_in_words) {
  const auto findings = found(project_header + "产出指标\t数量指标\t培训人数\t培训人数大于等于200人\n"
                                               "\t时效指标\t办结时限\t2个工作日内\n\t\t办理时限\t及时\n\t\t支付及时性\t及时\n");
  BOOST_TEST(has(findings, "target-in-sentence@D3"), joined(findings, " "));
  BOOST_TEST(has(findings, "operator-variant@D4"), joined(findings, " "));
  BOOST_TEST(has(findings, "vague-target@D5"), joined(findings, " "));
  BOOST_TEST(!has(findings, "vague-target@D6"), joined(findings, " "));  // 及时性 asks for 及时
  const auto prose = found(project_header + "产出指标\t数量指标\t培训人数\t满意度达94%以上\n\t\t完成时间\t2025年内\n");
  BOOST_TEST(!has_rule(prose, "target-in-sentence"), joined(prose, " "));
  BOOST_TEST(!has_rule(prose, "operator-variant"), joined(prose, " "));
}

// cost-declared-higher speaks of caps only: =1年 decides nothing, 2025 is a date.
BOOST_AUTO_TEST_CASE(directions_of_caps_only) {
  const std::string header =
      "部门预算项目绩效目标表（2025年度）\n"
      "单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t指标方向性\n";
  const std::string rows = header + "101-局\t养护\t10\t完成养护\t产出指标\t时效指标\t养护时间\t＝\t1\t年\t45\t正向指标\n"
                                    "\t\t\t\t产出指标\t时效指标\t完成时间\t≤\t2025\t年\t45\t正向指标\n";
  BOOST_TEST(!has_rule(found(rows), "cost-declared-higher"), joined(found(rows), " "));
}

// Above and below the indicators the label columns hold a form's fields, read as prose: a blank
// to fill in (中期资金总额：  万元) is the form's, a stray space between words (机构设置及 人员配置)
// is not; inside the block a label's space is reported as before.
BOOST_AUTO_TEST_CASE(label_columns_outside_the_indicators_are_prose) {
  const auto findings = found("项目支出绩效目标表（2025年度）\n"
                              "资金情况\t中期资金总额：  万元\t\t\n"
                              "机构设置及 人员配置\t科室3个\t（康复工作经费 ）\t填报日期：2025年  月  日\n"
                              "一级指标\t二级指标\t三级指标\t指标值\n"
                              "产出 指标\t数量指标\t培训人数\t≥200人\n");
  BOOST_TEST(!has(findings, "whitespace-in-text@B2"), joined(findings, " "));
  BOOST_TEST(has(findings, "whitespace-in-text@A3"), joined(findings, " "));
  BOOST_TEST(has(findings, "whitespace-in-text@C3"), joined(findings, " "));   // a space before ）
  BOOST_TEST(!has(findings, "whitespace-in-text@D3"), joined(findings, " "));  // 年  月  日 to fill in
  BOOST_TEST(has(findings, "whitespace-in-text@A5"), joined(findings, " "));
}

// A form's sub-item indented with U+3000 (　　其中：财政拨款   万元) keeps its indent and its blank;
// prose opening with U+3000 (　完成…) is reported, and so are ASCII spaces before it.
BOOST_AUTO_TEST_CASE(indents_of_a_form_and_of_prose) {
  const std::string head = "项目支出绩效目标表（2025年度）\n年度目标\t";
  const std::string rows = "\t\t\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥200人\n";
  BOOST_TEST(!has_rule(found(head + "\u3000\u3000其中：财政拨款   万元" + rows), "whitespace-in-text"));
  const auto prose = validate_grid(grid_from_tsv(head + "\u3000\u3000完成职业技能培训200人" + rows));
  const LocatedFinding* indent = find(prose, "whitespace-in-text@B2");
  BOOST_TEST_REQUIRE(indent != nullptr, joined(rule_cells(prose), " "));
  BOOST_TEST(indent->finding.fix.value_or("?") == "完成职业技能培训200人");
  const auto ascii = validate_grid(grid_from_tsv(head + "  完成职业技能培训200人" + rows));
  const LocatedFinding* leading = find(ascii, "whitespace-in-text@B2");
  BOOST_TEST_REQUIRE(leading != nullptr, joined(rule_cells(ascii), " "));
  BOOST_TEST(leading->finding.fix.value_or("?") == "完成职业技能培训200人");
}

// A second level under another first level (a merged first level spanning the wrong rows): its
// own rule, with no fix, since renaming the second level would move the rows to another category.
BOOST_AUTO_TEST_CASE(second_level_under_another_first) {
  const auto findings = validate_grid(grid_from_tsv(project_header +
                                                    "产出指标\t数量指标\t培训人数\t≥200人\n"
                                                    "效益指标\t社会效益指标\t就业率\t≥80%\n"
                                                    "效益指标\t服务对象满意度指标\t学员满意度\t≥90%\n"));
  const LocatedFinding* misplaced = find(findings, "second-level-under-other-first@B5");
  BOOST_TEST_REQUIRE(misplaced != nullptr, joined(rule_cells(findings), " "));
  BOOST_TEST(!misplaced->finding.fix.has_value());
  BOOST_TEST(misplaced->edits.empty());
  BOOST_TEST(core::render_message(misplaced->finding, core::Language::zh_cn).find("满意度指标") != std::string::npos);
  BOOST_TEST(!has_rule(rule_cells(findings), "unknown-second-level"), joined(rule_cells(findings), " "));
  // The same as the merge reviewers meet: 效益指标 merged down over the satisfaction row.
  core::Grid merged = grid_from_tsv(project_header + "产出指标\t数量指标\t培训人数\t≥200人\n"
                                                     "效益指标\t社会效益指标\t就业率\t≥80%\n"
                                                     "\t服务对象满意度指标\t学员满意度\t≥90%\n");
  merged.merges.push_back({3, 0, 4, 0});
  const auto spanning = rule_cells(validate_grid(merged));
  BOOST_TEST(has(spanning, "second-level-under-other-first@B5"), joined(spanning, " "));
  // 成本指标 | 成本指标: the first level written again, whatever else lists 成本指标 as a second.
  const auto repeated = found(project_header + "产出指标\t数量指标\t培训人数\t≥200人\n成本指标\t成本指标\t培训成本\t≤10万元\n");
  BOOST_TEST(!has_rule(repeated, "second-level-under-other-first"), joined(repeated, " "));
  BOOST_TEST(has(repeated, "second-level-is-first-level@B4"), joined(repeated, " "));
  const auto right = found(project_header + "产出指标\t数量指标\t培训人数\t≥200人\n"
                                            "效益指标\t社会效益指标\t就业率\t≥80%\n"
                                            "满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\n");
  BOOST_TEST(!has_rule(right, "second-level-under-other-first"), joined(right, " "));
}

// 是否 asked and answered 是 is checkable; 是 under a name asking for a number is not.
BOOST_AUTO_TEST_CASE(yes_or_no_questions_answered) {
  const auto answered = found(project_header + "过程\t资金管理\t资金是否在制度范围内规范使用\t是\n");
  BOOST_TEST(!has_rule(answered, "vague-target"), joined(answered, " "));
  const auto vague = found(project_header + "产出指标\t质量指标\t培训合格率\t是\n\t\t设备完好率\t较高\n");
  BOOST_TEST(has(vague, "vague-target@D3"), joined(vague, " "));
  BOOST_TEST(has(vague, "vague-target@D4"), joined(vague, " "));
}

// A satisfaction indicator listed under another group (经济效益指标); under any satisfaction group
// or first level it is in place, and a count of surveys is no satisfaction rate.
BOOST_AUTO_TEST_CASE(satisfaction_outside_its_group) {
  const auto misplaced = found(project_header + "效益指标\t经济效益指标\t公立医院职工满意度\t≥90%\n"
                                                "\t可持续影响指标\t患者满意率\t≥90%\n");
  BOOST_TEST(has(misplaced, "satisfaction-outside-its-group@C3"), joined(misplaced, " "));
  BOOST_TEST(has(misplaced, "satisfaction-outside-its-group@C4"), joined(misplaced, " "));
  const auto in_place = found(project_header + "产出指标\t数量指标\t满意度调查次数\t≥2次\n"
                                               "满意度指标\t服务对象满意度指标\t患者满意度\t≥90%\n"
                                               "效益指标\t服务对象满意度\t职工满意度\t≥90%\n");
  BOOST_TEST(!has_rule(in_place, "satisfaction-outside-its-group"), joined(in_place, " "));
}

// An output indicator under another output group: a 合格率 under 数量指标, a 及时率 or a 完成时间
// under 质量指标, a 成本 under 时效指标. Not: each under its own group, a 不合格率 (still a
// quality) under 质量指标, a 完成率 (a count's share) under 数量指标, a 及时率 under 效益 (no
// output group there to move it to), a 满意率 (another rule's).
BOOST_AUTO_TEST_CASE(indicator_in_other_group) {
  const auto misplaced = found(project_header + "产出指标\t数量指标\t培训人数\t≥200人\n"
                                                "\t\t验收合格率\t≥95%\n"
                                                "\t质量指标\t资金拨付及时率\t≥95%\n"
                                                "\t\t项目完成时间\t2025年12月底前\n"
                                                "\t时效指标\t人均培训成本（元）\t≤2500元\n");
  BOOST_TEST(has(misplaced, "indicator-in-other-group@C4"), joined(misplaced, " "));
  BOOST_TEST(has(misplaced, "indicator-in-other-group@C5"), joined(misplaced, " "));
  BOOST_TEST(has(misplaced, "indicator-in-other-group@C6"), joined(misplaced, " "));
  BOOST_TEST(has(misplaced, "indicator-in-other-group@C7"), joined(misplaced, " "));
  BOOST_TEST(!has(misplaced, "indicator-in-other-group@C3"), joined(misplaced, " "));
  const auto one = validate_grid(grid_from_tsv(project_header + "产出指标\t数量指标\t验收合格率\t≥95%\n"));
  const LocatedFinding* moved = find(one, "indicator-in-other-group@C3");
  BOOST_TEST_REQUIRE(moved != nullptr, joined(rule_cells(one), " "));
  const std::string message = core::render_message(moved->finding, core::Language::zh_cn);
  BOOST_TEST(message.find("移到“质量指标”下") != std::string::npos, message);
  BOOST_TEST(message.find("列在“数量指标”之下") != std::string::npos, message);
  const auto in_place = found(project_header + "产出指标\t数量指标\t培训人数\t≥200人\n"
                                               "\t\t培训计划完成率\t≥95%\n"
                                               "\t质量指标\t验收合格率\t≥95%\n"
                                               "\t\t产品不合格率\t≤5%\n"
                                               "\t时效指标\t资金拨付及时率\t≥95%\n"
                                               "\t成本指标\t人均培训成本（元）\t≤2500元\n"
                                               "效益指标\t社会效益指标\t政务服务办理及时率\t≥95%\n");
  BOOST_TEST(!has_rule(in_place, "indicator-in-other-group"), joined(in_place, " "));
}

// A deadline whose cell lost its date format shows the serial (44561 is 2021-12-31), in a table
// of one value column and in an export's operator | value | unit. Not: the same number as a
// count under 数量指标, a date-formatted cell, a year (2025) under 时效指标.
BOOST_AUTO_TEST_CASE(date_shown_as_number) {
  const auto serials = validate_grid(grid_from_tsv(project_header + "产出指标\t时效指标\t项目完成时间\t44561\n"
                                                                  "\t数量指标\t培训人次\t≥44561人次\n"));
  const LocatedFinding* serial = find(serials, "date-shown-as-number@D3");
  BOOST_TEST_REQUIRE(serial != nullptr, joined(rule_cells(serials), " "));
  BOOST_TEST(core::render_message(serial->finding, core::Language::zh_cn).find("2021年12月31日") != std::string::npos);
  BOOST_TEST(!has(rule_cells(serials), "date-shown-as-number@D4"));
  BOOST_TEST(!has(rule_cells(serials), "missing-unit@D3"));  // the serial is no count missing its unit
  const auto split = found("项目支出绩效目标表（2025年度）\n一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\n"
                           "产出指标\t时效指标\t资金到位时间\t＝\t44561\t\n"
                           "\t数量指标\t培训人数\t≥\t44561\t人\n");
  BOOST_TEST(has(split, "date-shown-as-number@E3"), joined(split, " "));
  BOOST_TEST(!has(split, "date-shown-as-number@E4"), joined(split, " "));
  core::Grid dated = grid_from_tsv(project_header + "产出指标\t时效指标\t项目完成时间\t44561\n\t\t完成年度\t2025\n");
  dated.number_formats.push_back({core::FormatKind::date, "YYYY-MM-DD"});
  dated.format_areas.push_back({2, 3, 2, 3, static_cast<int>(dated.number_formats.size()) - 1});
  BOOST_TEST(!has_rule(rule_cells(validate_grid(dated)), "date-shown-as-number"));
}

// An amount in 万 alone (≤250万 under 成本指标, 12万 as a 经费) is written 万元; the fix adds 元.
// Not: 万元 written in full, 1.2万 people under a count, 万 in the middle of a value.
BOOST_AUTO_TEST_CASE(money_in_wan_alone) {
  const auto located = validate_grid(grid_from_tsv(project_header + "产出指标\t成本指标\t造林成本\t≤250万\n"
                                                                   "\t\t项目总成本\t≤300万元\n"
                                                                   "\t数量指标\t培训人数\t≥1.2万\n"
                                                                   "效益指标\t经济效益指标\t带动农户增收\t≥1万户增收\n"));
  const LocatedFinding* wan = find(located, "nonstandard-unit@D3");
  BOOST_TEST_REQUIRE(wan != nullptr, joined(rule_cells(located), " "));
  BOOST_TEST(wan->finding.fix.value_or("?") == "≤250万元");
  const auto cells = rule_cells(located);
  BOOST_TEST(!has(cells, "nonstandard-unit@D4"), joined(cells, " "));
  BOOST_TEST(!has(cells, "nonstandard-unit@D5"), joined(cells, " "));
  BOOST_TEST(!has(cells, "nonstandard-unit@D6"), joined(cells, " "));
  const auto expense = found(project_header + "产出指标\t数量指标\t人均培训经费\t≤1.2万\n");
  BOOST_TEST(has(expense, "nonstandard-unit@D3"), joined(expense, " "));
}

// An amount under 成本指标 asking for at least (≥1050元) is a cap written the wrong way round, in a
// table of one value column and in an export without a declared direction. Not: ≤, a name that
// saves (成本节约额), a rate under 成本指标 (misplaced, not reversed), an export's declared 正向
// (cost-declared-higher speaks of that).
BOOST_AUTO_TEST_CASE(cost_asking_for_at_least) {
  const auto reversed = found(project_header + "产出指标\t成本指标\t防疫室84平米\t≥1050元\n"
                                               "\t\t建设成本\t≤200万元\n"
                                               "\t\t成本节约额\t≥5万元\n"
                                               "\t\t资金使用率\t≥95%\n");
  BOOST_TEST(has(reversed, "direction-mismatch@D3"), joined(reversed, " "));
  BOOST_TEST(!has(reversed, "direction-mismatch@D4"), joined(reversed, " "));
  BOOST_TEST(!has(reversed, "direction-mismatch@D5"), joined(reversed, " "));
  BOOST_TEST(!has(reversed, "direction-mismatch@D6"), joined(reversed, " "));
  const std::string export_header = "项目支出绩效目标表（2025年度）\n一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t指标方向性\n";
  const auto split = found(export_header + "产出指标\t成本指标\t设备购置成本\t≥\t30\t万元\t\n"
                                           "\t\t培训成本\t≥\t20\t万元\t正向指标\n");
  BOOST_TEST(has(split, "direction-mismatch@D3"), joined(split, " "));
  BOOST_TEST(!has(split, "direction-mismatch@D4"), joined(split, " "));
}

// Growth without a size or a base's figure (有所提升, 较2023年有所提升) is vague wherever it
// stands, also under 社会效益 where 稳定 is accepted; a figure against the base is a target.
BOOST_AUTO_TEST_CASE(growth_without_a_size) {
  const auto vague = found(project_header + "效益指标\t社会效益指标\t医疗服务水平\t较2023年有所提升\n"
                                            "\t可持续影响指标\t区域医疗服务水平\t不断提升\n"
                                            "\t\t全民健康\t促进人民群众健康水平不断提高。\n"
                                            "\t社会效益指标\t全民健身\t通过本项目实施，有效提高全民健康水平。\n");
  BOOST_TEST(has(vague, "vague-target@D3"), joined(vague, " "));
  BOOST_TEST(has(vague, "vague-target@D4"), joined(vague, " "));
  BOOST_TEST(has(vague, "vague-target@D5"), joined(vague, " "));  // a sentence ending in growth
  BOOST_TEST(has(vague, "vague-target@D6"), joined(vague, " "));  // growth with its adverb inside
  const auto sized = found(project_header + "效益指标\t社会效益指标\t医疗服务水平\t较2023年提升5%\n"
                                            "\t\t社会治安\t稳定\n"
                                            "\t\t群众健康\t有效提高全民健康水平，体检覆盖率达到95%\n"
                                            "\t\t服务能力\t提高群众办事便利度\n");
  BOOST_TEST(!has_rule(sized, "vague-target"), joined(sized, " "));
}

// A target saying only "more" (提升, 提高) or only that something works (经济效益良好, 影响程度明显,
// 影响可持续, 持续保障) is vague wherever it stands; 有效, 优良 and 长期 where a number is asked (时效,
// 质量). Not: the same words with a figure (效果良好率≥90%), 稳定 under 社会效益, 有效 under a name
// ending in 性, and 提升 with its size against the base.
BOOST_AUTO_TEST_CASE(hollow_and_bare_growth_targets) {
  const auto vague = found(project_header + "产出指标\t时效指标\t养护时限\t长期\n"
                                            "\t质量指标\t服务周期内空气质量\t优良\n"
                                            "效益指标\t经济效益指标\t带动地方经济\t经济效益良好\n"
                                            "\t社会效益指标\t群众文化生活\t影响程度明显\n"
                                            "\t可持续影响指标\t退休人员生活质量\t提升\n"
                                            "\t\t后续管护\t持续保障\n");
  for (const char* cell : {"D3", "D4", "D5", "D6", "D7", "D8"})
    BOOST_TEST(has(vague, std::string("vague-target@") + cell), cell << ": " << joined(vague, " "));
  const auto assessable = found(project_header + "产出指标\t质量指标\t制度执行有效性\t有效\n"
                                                 "效益指标\t社会效益指标\t培训效果良好率\t≥90%\n"
                                                 "\t\t社会治安\t稳定\n"
                                                 "\t可持续影响指标\t群众生活水平\t较上年提高5%\n");
  BOOST_TEST(!has_rule(assessable, "vague-target"), joined(assessable, " "));
}

// Other provinces' forms: 指标值及单位 names the value column (Hunan), 社会公众或服务对象满意度指标
// is the 2018 framework's first level (not an unknown one, and the project has its 满意度), and the
// office boxes under the form (财政部门支出股室初审意见 | （盖章）, 附件：…) end the table: no first
// level is asked of them; the space between a signature line's fields is its layout.
BOOST_AUTO_TEST_CASE(other_provinces_forms_are_read) {
  const auto hunan = found("2023年项目支出绩效目标申报表\n"
                           "本年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值及单位\n"
                           "\t产出指标\t数量指标\t配备车辆数\t≥10辆\n"
                           "\t\t质量指标\t服务周期内空气质量\t优良\n"
                           "\t\t时效指标\t服务完成时间\t2023年12月底前\n"
                           "\t效益指标\t社会效益指标\t空气质量优良天数比例\t≥85%\n"
                           "\t社会公众或服务对象满意度指标\t\t市民满意度\t≥90%\n"
                           "财政部门支出股室初审意见\t（盖章）\n"
                           "区扶贫办审核意见\t（盖章）\n"
                           "附件：项目绩效目标设定表.xlsx\n"
                           "填表人：宋某 联系电话：16600000000 填报日期：\n");
  BOOST_TEST(has(hunan, "vague-target@E4"), joined(hunan, " "));  // read: its values are checked
  BOOST_TEST(!has_rule(hunan, "unknown-first-level"), joined(hunan, " "));
  BOOST_TEST(!has_rule(hunan, "no-table-found"), joined(hunan, " "));
  BOOST_TEST(!has(hunan, "whitespace-in-text@A11"), joined(hunan, " "));  // a signature line's layout
  const auto all = rule_cells(validate_grid(grid_from_tsv("项目支出绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\n"
                                                          "产出指标\t数量指标\t配备车辆数\t≥10辆\n"
                                                          "\t质量指标\t验收合格率\t=100%\n"
                                                          "\t时效指标\t完成时间\t2025年12月底前\n"
                                                          "效益指标\t社会效益指标\t空气质量优良天数比例\t≥85%\n"
                                                          "社会公众或服务对象满意度指标\t\t市民满意度\t≥90%\n")));
  BOOST_TEST(!has_rule(all, "missing-indicator-group"), joined(all, " "));
}

// A table of another wording (产出值 | 数量值, Shandong) whose levels the template does not place:
// the groups its second levels name are there, so only the one it lacks is reported missing.
BOOST_AUTO_TEST_CASE(required_groups_under_levels_of_another_wording) {
  const std::vector<LocatedFinding> findings = validate_grid(grid_from_tsv("项目支出目标申报表\n一级\t二级\t三级\t年度数值\n"
                                                                          "产出值\t数量值\t小学就读人数\t≥6962人\n"
                                                                          "\t质量值\t教学设施完好率\t≥95%\n"
                                                                          "\t时效值\t经费拨付及时率\t=100%\n"
                                                                          "效益值\t社会效益值\t义务教育巩固率\t≥99%\n"));
  std::string groups;
  for (const LocatedFinding& f : findings)
    if (f.finding.rule_id == core::RuleId::missing_indicator_group)
      for (const auto& [key, value] : f.finding.arguments)
        if (key == "groups") groups = value;
  BOOST_TEST(groups == "满意度指标", joined(rule_cells(findings), " ") << " groups: " << groups);
}

// A cost is a cap: a bare amount under 成本指标 (1600元/亩) is reported even in a table whose other
// numbers go without operators, as they may, and suggests ≤; a bare count there stays the
// table's style; a zero cost needs no operator, and a name that caps (经费预算不超指标) says ≤.
BOOST_AUTO_TEST_CASE(bare_cost_amount_whatever_the_style) {
  const auto bare = found(project_header + "产出指标\t数量指标\t建设面积\t1200亩\n"
                                           "\t质量指标\t验收合格率\t100%\n"
                                           "\t成本指标\t亩均建设成本\t1600元/亩\n");
  BOOST_TEST(has(bare, "bare-number@D5"), joined(bare, " "));
  BOOST_TEST(!has(bare, "bare-number@D3"), joined(bare, " "));
  const auto capped = found(project_header + "产出指标\t数量指标\t建设面积\t1200亩\n"
                                             "\t成本指标\t亩均建设成本\t≤1600元/亩\n"
                                             "\t\t其他成本\t0\n"
                                             "\t\t经费预算不超指标\t1.6万元\n");
  BOOST_TEST(!has_rule(capped, "bare-number"), joined(capped, " "));
  // 250万 under 成本指标 (the table's 万元 left out) is a cap as well: ≤250万, never ≥.
  std::string suggested;
  for (const LocatedFinding& f : validate_grid(grid_from_tsv(project_header + "产出指标\t成本指标\t服务成本\t250万\n")))
    if (f.finding.rule_id == core::RuleId::bare_number)
      for (const auto& [key, value] : f.finding.arguments)
        if (key == "operator") suggested = value;
  BOOST_TEST(suggested == "≤");
}

// A message names the template as people call it (全国通用), never by its code (national), in
// Chinese; the English keeps its English name (issue 20: no codes in a Chinese UI).
BOOST_AUTO_TEST_CASE(template_named_in_the_users_language) {
  const auto findings = validate_grid(grid_from_tsv("绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\n"
                                                    "产出值\t数量指标\t培训人数\t≥100人\n"));
  const LocatedFinding* unknown = find(findings, "unknown-first-level@A3");
  BOOST_TEST_REQUIRE(unknown != nullptr, joined(rule_cells(findings), " "));
  const std::string zh = core::render_message(unknown->finding, core::Language::zh_cn);
  BOOST_TEST(zh.find("“全国通用”模板") != std::string::npos, zh);
  BOOST_TEST(zh.find("national") == std::string::npos, zh);
  BOOST_TEST(core::render_message(unknown->finding, core::Language::en).find("\"national\"") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
