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

BOOST_AUTO_TEST_SUITE_END()
