#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/sheet/sheet_validation.hpp"
#include "support/grid_support.hpp"
#include "support/test_support.hpp"

// The form around the indicators (form_rules.cpp): its fields left empty (info-field-empty) and
// the template's placeholders left in place (template-text-left). Forms made here, laid out as
// the provinces' 申报表 are: labels with their fields beside them above the indicators, the
// signature lines under them.
using jixiao::core::validate_grid;
using jixiao::test::grid_from_tsv;
using jixiao::test::has_rule;
using jixiao::test::joined;
using jixiao::test::rule_cells;

constexpr auto has = jixiao::test::has_cell;

namespace {

const std::string indicators =
    "一级指标\t二级指标\t三级指标\t指标值\n"
    "产出指标\t数量指标\t培训人数\t≥200人\n";

std::vector<std::string> found(const std::string& tsv) { return rule_cells(validate_grid(grid_from_tsv(tsv))); }

}  // namespace

BOOST_AUTO_TEST_SUITE(form_rules_tests)

// A listed label with nothing beside it is reported where the user types (the cell beside); a
// label ending in a colon with nothing after it, at the label. Filled fields are not.
BOOST_AUTO_TEST_CASE(fields_left_empty) {
  const auto empty = found("项目支出绩效目标申报表（2025年度）\n"
                           "项目名称\t职业技能培训\t项目负责人\t\n"
                           "项目编号：\t\t联系电话\t13800000000\n" +
                           indicators);
  BOOST_TEST(has(empty, "info-field-empty@D2"), joined(empty, " "));
  BOOST_TEST(has(empty, "info-field-empty@A3"), joined(empty, " "));
  BOOST_TEST(!has(empty, "info-field-empty@D3"), joined(empty, " "));
  const auto filled = found("项目支出绩效目标申报表（2025年度）\n"
                            "项目名称\t职业技能培训\t项目负责人\t张三\n"
                            "项目编号：51192325T000013549778\t\t联系电话\t13800000000\n" +
                            indicators);
  BOOST_TEST(!has_rule(filled, "info-field-empty"), joined(filled, " "));
}

// Several labels in one cell are the printout's signature line, signed by hand: no field.
BOOST_AUTO_TEST_CASE(a_signature_line_is_no_field) {
  const auto signed_by_hand = found("项目支出绩效目标申报表（2025年度）\n"
                                    "项目名称\t职业技能培训\t项目负责人\t张三\n" +
                                    indicators + "单位领导：  股室负责人：  经办人：\t\t\t\n");
  BOOST_TEST(!has_rule(signed_by_hand, "info-field-empty"), joined(signed_by_hand, " "));
  const auto one_label = found("项目支出绩效目标申报表（2025年度）\n"
                               "项目名称\t职业技能培训\t项目负责人\t张三\n" +
                               indicators + "经办人：\t\t\t\n");
  BOOST_TEST(has(one_label, "info-field-empty@A5"), joined(one_label, " "));
}

// ≥**%, XX年 and 指标1: are the template's; *** masks a name on purpose and XXL is a word.
BOOST_AUTO_TEST_CASE(template_text_left_in_place) {
  const auto left = found("项目支出绩效目标申报表（2025年度）\n" + indicators +
                          "\t质量指标\t培训合格率\t≥**%\n"
                          "\t时效指标\t完成时间\tXX年12月底前\n"
                          "\t\t指标1:项目总成本\t≤10万元\n");
  BOOST_TEST(has(left, "template-text-left@D4"), joined(left, " "));
  BOOST_TEST(has(left, "template-text-left@D5"), joined(left, " "));
  BOOST_TEST(has(left, "template-text-left@C6"), joined(left, " "));
  const auto meant = found("项目支出绩效目标申报表（2025年度）\n"
                           "项目名称\t职业技能培训\t项目负责人\t张***\n" + indicators +
                           "\t质量指标\t服装尺码XXL配发率\t≥95%\n");
  BOOST_TEST(!has_rule(meant, "template-text-left"), joined(meant, " "));
}

// An amount in a form that never says 元 or 万元 (资金总额 | 936, as a Hubei form was published) is
// reported at each amount; a unit in the label, in a note (单位：万元) or in any amount of the form
// says it for all, and a zero needs none.
BOOST_AUTO_TEST_CASE(amounts_without_a_unit) {
  const auto bare = found("项目支出绩效目标表（2021年度）\n"
                          "项目名称\t科学技术研究与开发资金\t实施单位\t区科经局\n"
                          "项目资金\t资金总额\t936\t当年资金总额：\t936\n"
                          "\t其中：财政拨款\t936\t其他资金\t0\n" +
                          indicators);
  for (const char* cell : {"C3", "E3", "C4"})
    BOOST_TEST(has(bare, std::string("amount-without-unit@") + cell), cell << ": " << joined(bare, " "));
  BOOST_TEST(!has(bare, "amount-without-unit@E4"), joined(bare, " "));
  for (const std::string& stated : {std::string("项目资金（万元）\t资金总额\t936\n"), std::string("单位：万元\n资金总额\t936\n"),
                                    std::string("资金总额\t936\n财政拨款\t936万元\n")}) {
    const auto with_unit = found("项目支出绩效目标表（2021年度）\n" + stated + indicators);
    BOOST_TEST(!has_rule(with_unit, "amount-without-unit"), stated << ": " << joined(with_unit, " "));
  }
}

// The year's goal with no figure (goal-without-figure, an info): beside its label, under a label
// that heads a column, in an export's 年度目标 column. Not: a goal with a number, a count in
// words (三个乡镇), a figure in its second row, a standard project's goal (R: the system's own), a
// heading beside the label (年度总体目标完成情况), the long-term goal, a goal of a few characters.
BOOST_AUTO_TEST_CASE(goals_without_a_figure) {
  const auto general = found("项目支出绩效目标申报表（2025年度）\n"
                             "项目名称\t职业技能培训\n"
                             "年度目标\t1、提高培训质量，保障工作顺利开展\n"
                             "实施期目标\t全面提升职业技能水平\n" +
                             indicators);
  BOOST_TEST(has(general, "goal-without-figure@B3"), joined(general, " "));
  BOOST_TEST(!has(general, "goal-without-figure@B4"), joined(general, " "));
  const auto heading = found("项目支出绩效目标申报表（2025年度）\n"
                             "总体目标\t中期目标\t年度目标\n"
                             "\t三年内培训600人\t提高培训质量，保障工作顺利开展\n" +
                             indicators);
  BOOST_TEST(has(heading, "goal-without-figure@C3"), joined(heading, " "));
  BOOST_TEST(!has(heading, "goal-without-figure@B3"), joined(heading, " "));
  for (const std::string goal : {"年内完成培训200人，合格率95%以上", "覆盖三个乡镇的职业技能培训工作", "无"}) {
    const auto measured = found("项目支出绩效目标申报表（2025年度）\n年度目标\t" + goal + "\n" + indicators);
    BOOST_TEST(!has_rule(measured, "goal-without-figure"), goal + ": " + joined(measured, " "));
  }
  const auto two_rows = found("项目支出绩效目标申报表（2025年度）\n"
                              "本年度绩效目标\t1.对就读学生发放就学补助;\n"
                              "\t2.补助标准为每生1500元/学期。\n" +
                              indicators);
  BOOST_TEST(!has_rule(two_rows, "goal-without-figure"), joined(two_rows, " "));
  // A goal ending like a heading (…下达的任务) is a goal; the indicators' heading below is none.
  const auto task = found("部门整体支出绩效目标表\n年度总体目标\t按质按量完成政府下达的任务\n年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n"
                          "\t产出指标\t数量指标\t培训人数\t≥200人\n");
  BOOST_TEST(has(task, "goal-without-figure@B2"), joined(task, " "));
  BOOST_TEST(!has(task, "goal-without-figure@A3"), joined(task, " "));
  const auto report = found("绩效自评\n年度总体目标\t年度总体目标完成情况\n\t完成培训200人\n" + indicators);
  BOOST_TEST(!has_rule(report, "goal-without-figure"), joined(report, " "));
  const std::string export_header = "部门项目支出绩效目标表（2025年度）\n单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\n";
  const auto exported = found(export_header +
                              "某局\t51192325T000001-职业技能培训\t20\t提高培训质量，保障工作顺利开展\t产出指标\t数量指标\t培训人数\t≥\t200\t人\n"
                              "某局\t51192325R000002-工资福利支出\t300\t保障工资及时足额发放\t产出指标\t数量指标\t在职人数\t＝\t30\t人\n");
  BOOST_TEST(has(exported, "goal-without-figure@D3"), joined(exported, " "));
  BOOST_TEST(!has(exported, "goal-without-figure@D4"), joined(exported, " "));
}

BOOST_AUTO_TEST_SUITE_END()
