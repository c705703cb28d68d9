#include <boost/test/unit_test.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "core/rates/rate_plan.hpp"
#include "core/values/schedule.hpp"
#include "support/grid_support.hpp"
#include "support/rate_sheets.hpp"

using namespace jixiao::core;
using namespace jixiao::test::rate_sheets;
using jixiao::test::grid_from_tsv;

BOOST_AUTO_TEST_SUITE(rate_plan_tests)

BOOST_AUTO_TEST_CASE(formulas_for_the_sample_on_the_full_year_budget) {
  const RatePlan plan = plan_of(grid_from_tsv(sample_sheet), request(RateBase::budget));
  // Right of the user's two JXRATE columns: G..K.
  BOOST_TEST(plan.insert_column == 6);
  BOOST_TEST(plan.first_row == 0);
  BOOST_TEST(plan.last_row == 2);
  BOOST_TEST((plan.line_rows == std::vector<int>{1, 2}));
  BOOST_TEST(plan.label_column == 0);
  BOOST_TEST_REQUIRE(plan.cells.size() == 3u);
  BOOST_TEST((plan.cells[0] == std::vector<std::string>{"执行率（全年预算数）", "与序时进度偏差", "预警", "序时进度",
                                                        "序时进度（截至2026-06-30）"}));
  BOOST_TEST((plan.cells[1] ==
              std::vector<std::string>{"=IF(N(B2)=0;\"\";D2/B2)", "=IF(G2=\"\";\"\";G2-$K$2)",
                                       "=IF(G2=\"\";\"\";IF(G2>1;\"超预算\";IF(H2<-0.1;\"滞后\";\"\")))", "=$K$2",
                                       "=(DATE(2026;6;30)-DATE(2026;1;1)+1)/(DATE(2026;12;31)-DATE(2026;1;1)+1)"}));
  // The executed amount stored as text is read through VALUE() once its spaces are gone.
  BOOST_TEST(plan.cells[2][RatePlan::rate] ==
             "=IF(N(B3)=0;\"\";VALUE(TRIM(SUBSTITUTE(SUBSTITUTE(D3;UNICHAR(12288);\" \");UNICHAR(160);\" \")))/B3)");
  BOOST_TEST(plan.cells[2][RatePlan::progress_cell] == "");
  BOOST_TEST(plan.lag_condition == "$I2=\"滞后\"");
  BOOST_TEST(plan.over_condition == "$I2=\"超预算\"");
}

// A second 计算执行率 on the block writes over the set the first left (its headers side by side, in
// either language), in the same columns; the user's own rate columns (执行率（到位资金）) are no
// such set, and a first run inserts right of them.
BOOST_AUTO_TEST_CASE(a_second_run_writes_over_the_first_set) {
  const RatePlan first = plan_of(grid_from_tsv(sample_sheet), request(RateBase::budget));
  BOOST_TEST(!first.replaces_earlier);
  for (Language language : {Language::zh_cn, Language::en}) {
    RateRequest r = request(RateBase::received);
    r.language = language;
    const RatePlan earlier = plan_of(grid_from_tsv(sample_sheet), r);
    // The sheet as the first run left it: its headers in G1:K1, its formulas below.
    std::string sheet = sample_sheet;
    std::string headers;
    for (const std::string& header : earlier.cells.front()) headers += "\t" + header;
    sheet.insert(sheet.find('\n'), headers);
    const RatePlan again = plan_of(grid_from_tsv(sheet), request(RateBase::budget));
    BOOST_TEST(again.insert_column == first.insert_column);
    BOOST_TEST(again.replaces_earlier);
    BOOST_TEST(again.cells.front()[RatePlan::rate] == "执行率（全年预算数）");
  }
}

BOOST_AUTO_TEST_CASE(received_base_threshold_and_english) {
  RateRequest r = request(RateBase::received, Language::en);
  r.lag_threshold = 0.2;
  const RatePlan plan = plan_of(grid_from_tsv(sample_sheet), r);
  BOOST_TEST(plan.cells[0][RatePlan::rate] == "Execution rate (funds received)");
  BOOST_TEST(plan.cells[0][RatePlan::progress_cell] == "Time progress as of 2026-06-30");
  BOOST_TEST(plan.cells[1][RatePlan::rate] == "=IF(N(C2)=0;\"\";D2/C2)");
  BOOST_TEST(plan.cells[1][RatePlan::flag] == "=IF(G2=\"\";\"\";IF(G2>1;\"Over budget\";IF(H2<-0.2;\"Behind\";\"\")))");
}

BOOST_AUTO_TEST_CASE(progress_cell_matches_core_time_progress) {
  for (const auto date : {std::chrono::year{2026} / 6 / 30, std::chrono::year{2024} / 12 / 31,
                          std::chrono::year{2024} / 2 / 29, std::chrono::year{2025} / 1 / 1}) {
    RateRequest r = request(RateBase::budget);
    r.as_of = date;
    const RatePlan plan = plan_of(grid_from_tsv(sample_sheet), r);
    BOOST_TEST(plan.progress == std::get<double>(time_progress(std::chrono::sys_days{date})));
    BOOST_TEST(plan.progress_row == 1);
  }
  const RatePlan june = plan_of(grid_from_tsv(sample_sheet), request(RateBase::budget));
  BOOST_TEST(june.progress == 181.0 / 365.0);
}

BOOST_AUTO_TEST_CASE(department_plan_base_starts_at_its_section_header) {
  const Grid grid = grid_from_tsv(department_with_executed());
  const RatePlan plan = plan_of(grid, request(RateBase::plan));
  const int spending = row_of(grid, "支出情况"), first = row_of(grid, "基本支出");
  BOOST_TEST(plan.first_row == spending);
  BOOST_TEST(plan.line_rows.front() == first);
  BOOST_TEST(plan.insert_column == 6);
  BOOST_TEST(plan.label_column == 2);
  const std::string n = std::to_string(first + 1);
  BOOST_TEST(plan.cells[static_cast<std::size_t>(first - spending)][RatePlan::rate] ==
             "=IF(N(E" + n + ")=0;\"\";F" + n + "/E" + n + ")");
  BOOST_TEST(plan.cells[0][RatePlan::rate] == "执行率（半年计划执行数）");
  // On the budget, the income lines of the first section get the rates.
  const RatePlan budget = plan_of(grid, request(RateBase::budget));
  BOOST_TEST(budget.first_row == row_of(grid, "收入"));
  BOOST_TEST(budget.line_rows.front() == row_of(grid, "资金总额"));
  BOOST_TEST(budget.label_column == 3);  // 小计, 一般公共预算资金 …: most of the income lines' names
}

BOOST_AUTO_TEST_CASE(columns_go_right_of_cells_showing_an_error) {
  Grid wide = grid_from_tsv("项目\t预算数\t执行数\t\t\n培训费\t0\t5\t\t\n");
  wide.errors.push_back({1, 4, "#DIV/0!"});  // E2 =JXRATE(C2;B2): an error cell reads as empty
  BOOST_TEST(plan_of(wide, request(RateBase::budget)).insert_column == 5);
}

BOOST_AUTO_TEST_CASE(addresses_follow_the_grid_origin) {
  Grid grid = grid_from_tsv("项目\t预算数\t执行数\n培训费\t10\t5\n");
  grid.origin_row = 4;
  grid.origin_column = 2;
  const RatePlan plan = plan_of(grid, request(RateBase::budget));
  BOOST_TEST(plan.insert_column == 5);
  BOOST_TEST(plan.first_row == 4);
  BOOST_TEST((plan.line_rows == std::vector<int>{5}));
  BOOST_TEST(plan.cells[1][RatePlan::rate] == "=IF(N(D6)=0;\"\";E6/D6)");
  BOOST_TEST(plan.cells[1][RatePlan::deviation] == "=IF(F6=\"\";\"\";F6-$J$6)");
}

BOOST_AUTO_TEST_CASE(refusals) {
  const auto refusal = [](const Grid& grid, const RateRequest& r) {
    const auto result = plan_rates(grid, r);
    return std::holds_alternative<RateRefusal>(result) ? std::get<RateRefusal>(result) : RateRefusal::read_only;
  };
  const Grid sample = grid_from_tsv(sample_sheet);
  BOOST_TEST(
      (refusal(grid_from_tsv("项目\t全年预算数\n培训费\t10\n"), request(RateBase::budget)) == RateRefusal::no_block));
  BOOST_TEST((refusal(sample, request(RateBase::plan)) == RateRefusal::no_base_column));
  BOOST_TEST(
      (refusal(grid_from_tsv("项目\t全年预算数\t已执行数\n"), request(RateBase::budget)) == RateRefusal::no_lines));
  RateRequest bad_date = request(RateBase::budget);
  bad_date.as_of = std::chrono::year{2026} / 2 / 30;
  BOOST_TEST((refusal(sample, bad_date) == RateRefusal::bad_date));
  for (double threshold : {-0.1, 1.5, std::nan("")}) {
    RateRequest r = request(RateBase::budget);
    r.lag_threshold = threshold;
    BOOST_TEST((refusal(sample, r) == RateRefusal::bad_threshold));
  }
}

BOOST_AUTO_TEST_CASE(refusal_messages_name_the_base_in_each_language) {
  const std::string zh = refusal_message(RateRefusal::no_base_column, RateBase::plan, Language::zh_cn);
  const std::string en = refusal_message(RateRefusal::no_base_column, RateBase::plan, Language::en);
  BOOST_TEST(zh.find("半年计划执行数") != std::string::npos);
  BOOST_TEST(en.find("half-year plan") != std::string::npos);
  for (RateRefusal r : {RateRefusal::no_block, RateRefusal::no_lines, RateRefusal::unknown_base, RateRefusal::bad_date,
                        RateRefusal::bad_threshold, RateRefusal::protected_sheet, RateRefusal::read_only}) {
    const std::string message_zh = refusal_message(r, RateBase::budget, Language::zh_cn);
    const std::string message_en = refusal_message(r, RateBase::budget, Language::en);
    BOOST_TEST(!message_zh.empty());
    BOOST_TEST(message_zh != message_en);
    BOOST_TEST(message_en.find('{') == std::string::npos);
  }
}

BOOST_AUTO_TEST_SUITE_END()
