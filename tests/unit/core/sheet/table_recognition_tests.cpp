#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/sheet/grid_view.hpp"
#include "core/sheet/table_recognition.hpp"
#include "support/grid_support.hpp"

using jixiao::core::GridView;
using jixiao::core::recognize_tables;
using jixiao::test::grid_from_tsv;

namespace {

const std::string project_table =
    "市级财政项目支出预算绩效目标表\n"
    "一级指标\t二级指标\t三级指标\t半年（程）指标值\t全年（程）指标值\n"
    "产出指标\t数量指标\t培训人次\t≥200人次\t≥500人次\n"
    "\t质量指标\t培训合格率\t≥90%\t≥95%\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(table_recognition_tests)

BOOST_AUTO_TEST_CASE(a_title_and_an_indicator_header_make_a_table) {
  const auto grid = grid_from_tsv(project_table);
  const GridView view(grid);
  const auto templates = jixiao::core::load_templates({});
  const auto tables = recognize_tables(view, templates, nullptr);
  BOOST_TEST_REQUIRE(tables.size() == 1u);
  BOOST_TEST(tables[0].first_row == 0);
  BOOST_TEST_REQUIRE(tables[0].indicator_blocks.size() == 1u);
  BOOST_TEST(tables[0].indicator_blocks[0].header_row == 1);
  BOOST_TEST(tables[0].table_template != nullptr);
}

// Two titles each with a header: two tables, the first ending where the second starts.
BOOST_AUTO_TEST_CASE(each_title_with_a_header_starts_a_table) {
  const auto grid = grid_from_tsv(project_table + "\n" + project_table);
  const GridView view(grid);
  const auto templates = jixiao::core::load_templates({});
  const auto tables = recognize_tables(view, templates, nullptr);
  BOOST_TEST_REQUIRE(tables.size() == 2u);
  BOOST_TEST(tables[0].end_row == tables[1].first_row);
}

// A cover page (a title with nothing under it) and prose are no table.
BOOST_AUTO_TEST_CASE(a_title_alone_or_prose_is_no_table) {
  const auto templates = jixiao::core::load_templates({});
  for (const std::string& tsv : {std::string("市级财政项目支出预算绩效目标表\n\n编制单位：某局\n"),
                                std::string("根据文件精神，提升社会化管理水平。\n")}) {
    const auto grid = grid_from_tsv(tsv);
    const GridView view(grid);
    BOOST_TEST(recognize_tables(view, templates, nullptr).empty(), tsv);
  }
}

// The brief spoke of 15 projects; the seed file holds 18 titles, 18 项目名称 and 18 header rows.
BOOST_AUTO_TEST_CASE(project_seed_has_18_tables) {
  const auto grid = jixiao::test::grid_from_tsv_file(JIXIAO_SEEDS_DIR "/projects_jiangyin_hrss_2024.tsv");
  const jixiao::core::GridView view(grid);
  const auto templates = jixiao::core::load_templates({});
  const auto tables = jixiao::core::recognize_tables(view, templates, nullptr);
  BOOST_TEST(tables.size() == 18u);
  for (const auto& table : tables) BOOST_TEST(table.table_template->name == "project");
}

namespace {

std::vector<jixiao::core::RecognizedTable> tables_of(const jixiao::core::Grid& grid) {
  static const auto templates = jixiao::core::load_templates({});
  const GridView view(grid);
  return recognize_tables(view, templates, nullptr);
}

}  // namespace

// A list without levels, as Chongqing's department tables write it: the row's label (绩效指标),
// then 指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值. The names and values are read as a block.
BOOST_AUTO_TEST_CASE(a_list_of_indicators_without_levels_is_a_block) {
  const auto grid = grid_from_tsv(
      "2022年部门(单位)整体绩效目标表\n"
      "绩效指标\t指标名称\t指标权重\t计量单位\t指标性质\t指标值\n"
      "\t预算执行率\t10\t%\t=\t100\n"
      "\t农村公路养护里程\t10\t公里\t=\t120\n");
  const auto tables = tables_of(grid);
  BOOST_TEST_REQUIRE(tables.size() == 1u);
  BOOST_TEST_REQUIRE(tables[0].indicator_blocks.size() == 1u);
  const auto& columns = tables[0].indicator_blocks[0].columns;
  BOOST_TEST(columns.first == -1);
  BOOST_TEST(columns.third == 1);
  BOOST_TEST(columns.weight == 2);
  BOOST_TEST(columns.operator_column == 4);
  BOOST_TEST(columns.value == 5);
}

// Levels or names without any value column are no indicator block (a catalogue of purchased
// services, names with weights only).
BOOST_AUTO_TEST_CASE(names_without_values_are_no_block) {
  const auto grid = grid_from_tsv("政府购买服务预算表\n一级\t二级\t三级\t项目名称\n"
                                  "B08-咨询服务\tB0801-规划\t\t规划编制\n");
  BOOST_TEST(tables_of(grid).empty());
  const auto names = grid_from_tsv("支出明细\n指标名称\t权重\t备注\n培训\t10\t\n");
  for (const auto& table : tables_of(names)) BOOST_TEST(table.indicator_blocks.empty());
}

// Levels headed 一级 | 二级 | 三级 and a value column headed 年度数值 (a Shandong form).
BOOST_AUTO_TEST_CASE(bare_level_words_with_a_value_column) {
  const auto grid = grid_from_tsv("项目支出目标申报表\n一级\t二级\t三级\t年度数值\t备注\n"
                                  "产出指标\t数量指标\t小学就读人数\t≥6962人\t\n");
  const auto tables = tables_of(grid);
  BOOST_TEST_REQUIRE(tables.size() == 1u);
  BOOST_TEST_REQUIRE(tables[0].indicator_blocks.size() == 1u);
  BOOST_TEST(tables[0].indicator_blocks[0].columns.value == 3);
}

// The approvals under a form end its indicator block: (盖章) is no first level.
BOOST_AUTO_TEST_CASE(signatures_under_a_form_end_the_block) {
  const auto grid = grid_from_tsv("绩效目标申报表\n一级指标\t二级指标\t三级指标\t指标值\n"
                                  "产出指标\t数量指标\t培训人次\t≥200人次\n"
                                  "财政部门审核意见\t(盖章) 年 月 日\t\t\n"
                                  "填报人:\t\t联系电话:\t\n");
  const auto tables = tables_of(grid);
  BOOST_TEST_REQUIRE(tables.size() == 1u);
  BOOST_TEST(tables[0].indicator_blocks[0].end_row == 3);
}

// A value header over two columns with its own row under it (指标值 over last year's actual and
// this year's expected value): the year's target is the value; the levels start under that row.
// Without the row that names them, the merged header's first column stays the value.
BOOST_AUTO_TEST_CASE(a_value_header_of_two_rows_reads_the_years_target) {
  auto grid = grid_from_tsv("项目支出绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\t\n"
                            "\t\t\t2024年实际实现值\t预期2025年实现值\n"
                            "产出指标\t数量指标\t培训人次\t180人次\t≥200人次\n");
  grid.merges.push_back({1, 3, 1, 4});
  const GridView view(grid);
  const auto tables = recognize_tables(view, jixiao::core::load_templates({}), nullptr);
  BOOST_TEST_REQUIRE(tables.size() == 1u);
  BOOST_TEST_REQUIRE(tables[0].indicator_blocks.size() == 1u);
  BOOST_TEST(tables[0].indicator_blocks[0].columns.value == 4);
  BOOST_TEST(tables[0].indicator_blocks[0].columns.past == 3);
  auto plain = grid_from_tsv("项目支出绩效目标表\n一级指标\t二级指标\t三级指标\t指标值\t\n"
                             "产出指标\t数量指标\t培训人次\t≥200人次\t\n");
  plain.merges.push_back({1, 3, 1, 4});
  const GridView plain_view(plain);
  const auto plain_tables = recognize_tables(plain_view, jixiao::core::load_templates({}), nullptr);
  BOOST_TEST_REQUIRE(plain_tables.size() == 1u);
  BOOST_TEST(plain_tables[0].indicator_blocks[0].columns.value == 3);
}

BOOST_AUTO_TEST_SUITE_END()
