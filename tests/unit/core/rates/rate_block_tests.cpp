#include <boost/test/unit_test.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "core/rates/rate_block.hpp"
#include "support/grid_support.hpp"
#include "support/rate_sheets.hpp"

using namespace jixiao::core;
using namespace jixiao::test::rate_sheets;
using jixiao::test::grid_from_tsv;

BOOST_AUTO_TEST_SUITE(rate_block_tests)

BOOST_AUTO_TEST_CASE(header_words_match_whole_after_units_and_spaces) {
  const RateVocabulary& v = rate_vocabulary();
  BOOST_TEST((rate_role(v, header_key("全年预算数（万元）")) == RateRole::budget));
  BOOST_TEST((rate_role(v, header_key("全年 预算数")) == RateRole::budget));
  BOOST_TEST((rate_role(v, header_key("已执行数 (万元)")) == RateRole::executed));
  BOOST_TEST((rate_role(v, header_key("实际到位资金（万元）")) == RateRole::received));
  BOOST_TEST((rate_role(v, header_key("执行数")) == RateRole::executed));
  // 半年计划执行数 contains 执行数 and is the plan, never an executed amount.
  BOOST_TEST((rate_role(v, header_key("半年 计划执行数")) == RateRole::plan));
  BOOST_TEST((rate_role(v, header_key("项目名称")) == RateRole::label));
  // A parenthesized word that is not a unit keeps the header what it is.
  BOOST_TEST(!rate_role(v, header_key("执行率（全年预算）")).has_value());
  BOOST_TEST(!rate_role(v, header_key("执行数（合计）")).has_value());
  BOOST_TEST(!rate_role(v, header_key("已执行数说明")).has_value());
}

BOOST_AUTO_TEST_CASE(fires_on_the_sample_execution_sheet) {
  const Grid grid = grid_from_tsv(sample_sheet);
  const auto block = block_of(grid);
  BOOST_TEST_REQUIRE(block.has_value());
  BOOST_TEST(block->header_row == 0);
  BOOST_TEST(block->end_row == 3);
  const RateColumns& c = block->sections.front().columns;
  BOOST_TEST((std::vector<int>{c.label, c.budget, c.received, c.executed, c.plan}) ==
             (std::vector<int>{0, 1, 2, 3, -1}));
  BOOST_TEST((available_rate_bases(grid) == std::vector<RateBase>{RateBase::budget, RateBase::received}));
}

BOOST_AUTO_TEST_CASE(fires_on_the_department_budget_block_with_an_executed_column) {
  const Grid grid = grid_from_tsv(department_with_executed());
  const auto block = block_of(grid);
  BOOST_TEST_REQUIRE(block.has_value());
  const int income = row_of(grid, "收入"), spending = row_of(grid, "支出情况");
  BOOST_TEST(block->header_row == income);
  BOOST_TEST_REQUIRE(block->sections.size() == 2u);
  BOOST_TEST(block->sections[1].header_row == spending);
  // 收入 | 全年预算数 | 已执行数, then 支出 | 支出情况 | 半年计划执行数 in the same column as the budget.
  BOOST_TEST(block->sections[0].columns.budget == 4);
  BOOST_TEST(block->sections[0].columns.executed == 5);
  BOOST_TEST(block->sections[1].columns.budget == -1);
  BOOST_TEST(block->sections[1].columns.plan == 4);
  BOOST_TEST(block->sections[1].columns.executed == 5);
  BOOST_TEST(block->sections[1].columns.label == 2);
  // The block ends with the budget block's last amount, before 中长期目标 and the indicators.
  BOOST_TEST(block->end_row == row_of(grid, "中长期目标"));
  BOOST_TEST((available_rate_bases(grid) == std::vector<RateBase>{RateBase::budget, RateBase::plan}));
  const GridView view(grid);
  const auto plan_lines = rate_lines(view, *block, RateBase::plan);
  BOOST_TEST(plan_lines.size() == 9u);  // 基本支出 … 其他运转保障专项经费 and the unnamed 150
  BOOST_TEST(plan_lines.front() == row_of(grid, "基本支出"));
  const auto budget_lines = rate_lines(view, *block, RateBase::budget);
  BOOST_TEST(budget_lines.size() == 9u);  // 资金总额 … 其他资金
  BOOST_TEST(budget_lines.front() == row_of(grid, "资金总额"));
}

BOOST_AUTO_TEST_CASE(does_not_fire_without_an_executed_column) {
  // The department seed as it is: 全年预算数 and 半年计划执行数, no executed amount.
  BOOST_TEST(!block_of(jixiao::test::grid_from_tsv_file(JIXIAO_SEEDS_DIR "/department_jiangning_hrss_2026.tsv")));
  BOOST_TEST(!block_of(jixiao::test::grid_from_tsv_file(JIXIAO_SEEDS_DIR "/projects_jiangyin_hrss_2024.tsv")));
  // 半年计划执行数 is no executed column, whatever its ending.
  BOOST_TEST(!block_of(grid_from_tsv("项目\t全年预算数\t半年计划执行数\n基本支出\t100\t50\n")));
  // An executed word alone in a row is no header: a line label, not a table.
  BOOST_TEST(!block_of(grid_from_tsv("说明\n执行数\n")));
  BOOST_TEST(available_rate_bases(grid_from_tsv("项目\t全年预算数\n基本支出\t100\n")).empty());
}

BOOST_AUTO_TEST_CASE(plan_column_beside_the_executed_one_is_told_apart) {
  const Grid grid = grid_from_tsv("项目\t半年计划执行数\t已执行数\n基本支出\t50\t20\n");
  const auto block = block_of(grid);
  BOOST_TEST_REQUIRE(block.has_value());
  BOOST_TEST(block->sections.front().columns.plan == 1);
  BOOST_TEST(block->sections.front().columns.executed == 2);
}

BOOST_AUTO_TEST_CASE(found_anywhere_on_the_sheet) {
  const Grid grid =
      grid_from_tsv("执行情况表\n\n\t\t\t\n\t\t支出项目\t全年预算\t实际执行数\n\t\t培训费\t10\t4\n\t\t合计\t10\t4\n");
  const auto block = block_of(grid);
  BOOST_TEST_REQUIRE(block.has_value());
  BOOST_TEST(block->header_row == 3);
  BOOST_TEST(block->end_row == 6);
  BOOST_TEST(block->sections.front().columns.executed == 4);
}

BOOST_AUTO_TEST_CASE(lines_skip_blank_and_sub_header_rows_and_keep_totals) {
  const Grid grid = grid_from_tsv(
      "项目名称\t全年预算数\t已执行数\n"
      "一、基本支出\t\t\n"  // sub-header: words only
      "人员经费\t100\t40\n"
      "\t\t\n"                // one blank row inside
      "二、项目支出\t/\t/\n"  // placeholders are no amounts and no words
      "培训费\t50\t\n"        // nothing executed yet: a line (rate 0)
      "合计\t150\t40\n"       // the total is a line too
      "\n\n"                  // two blank rows end the block
      "附注\t100\t1\n");
  const auto block = block_of(grid);
  BOOST_TEST_REQUIRE(block.has_value());
  BOOST_TEST(block->end_row == 7);
  const GridView view(grid);
  BOOST_TEST((rate_lines(view, *block, RateBase::budget) == std::vector<int>{2, 5, 6}));
}

BOOST_AUTO_TEST_CASE(words_under_the_amounts_end_the_block) {
  const Grid grid = grid_from_tsv(
      "项目名称\t全年预算数\t已执行数\n培训费\t50\t10\n一级指标\t全年指标值\t半年指标值\n决策\t100\t50\n");
  const auto block = block_of(grid);
  BOOST_TEST_REQUIRE(block.has_value());
  BOOST_TEST(block->end_row == 2);
}

BOOST_AUTO_TEST_SUITE_END()
