#include <boost/test/unit_test.hpp>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/rate_block.hpp"
#include "core/rate_plan.hpp"
#include "core/schedule.hpp"
#include "grid_support.hpp"

using namespace jixiao::core;
using jixiao::test::grid_from_tsv;

namespace {

// The sample's execution sheet (tests/fixtures/make_fixtures.py --sample): header in row 1, one
// executed amount stored as text with an ideographic space, and two JXRATE columns of the user.
const std::string sample_sheet =
    "项目名称\t全年预算数（万元）\t实际到位资金（万元）\t已执行数（万元）\t执行率（全年预算）\t执行率（到位资金）\n"
    "企业退休人员体检费\t4012.8\t2006.4\t1503.2\t=JXRATE(D2;B2)\t=JXRATE(D2;C2)\n"
    "创业投资引导资金（促进就业资金）\t13645.49\t13645.49\t6822.75\u3000\t=JXRATE(D3;B3)\t=JXRATE(D3;C3)\n";

// The department seed's budget block with an executed column added, as the integration fixture
// builds it (tests/fixtures/rate_docs.py): 已执行数 in the block's first header row, a figure for each
// named line, and the seed's stray 150 (one column right of its column) put back under 半年计划执行数.
const std::map<std::string, std::string> department_executed = {{"资金总额", "1450.4"},
                                                                {"小计", "1450.4"},
                                                                {"一般公共预算资金", "1450.4"},
                                                                {"政府性基金", "0"},
                                                                {"财政专户管理资金", "0"},
                                                                {"国有资本金", "0"},
                                                                {"社保基金", "0"},
                                                                {"上年结转资金", "0"},
                                                                {"其他资金", "0"},
                                                                {"基本支出", "1150.2"},
                                                                {"项目支出", "420.5"},
                                                                {"委托劳务与服务专项经费", "12"},
                                                                {"房租", "0"},
                                                                {"信息系统维护专项经费", "58"},
                                                                {"人才引进专项经费（特定目标类）", "30"},
                                                                {"区委区政府年度表彰奖励个人奖金", "0"},
                                                                {"其他运转保障专项经费", "45.5"}};

std::vector<std::string> fields_of(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream in(line);
  for (std::string field; std::getline(in, field, '\t');) fields.push_back(field);
  if (!line.empty() && line.back() == '\t') fields.emplace_back();
  return fields;
}

std::string department_with_executed() {
  std::ifstream file(JIXIAO_SEEDS_DIR "/department_jiangning_hrss_2026.tsv");
  std::string out, line;
  bool in_block = false;
  while (std::getline(file, line)) {
    std::vector<std::string> f = fields_of(line);
    if (line.find("全年 预算数") != std::string::npos) in_block = true;
    if (line.starts_with("中长期目标")) in_block = false;
    if (in_block) {
      f.resize(std::max<std::size_t>(f.size(), 6));
      if (f[4].empty() && !f[5].empty()) std::swap(f[4], f[5]);  // the stray amount
      if (line.find("全年 预算数") != std::string::npos) f[5] = "已执行数";
      for (const std::string& label : {f[3], f[2]})
        if (auto e = department_executed.find(label); e != department_executed.end() && f[5].empty()) f[5] = e->second;
    }
    for (std::size_t i = 0; i < f.size(); ++i) out += (i ? "\t" : "") + f[i];
    out += "\n";
  }
  return out;
}

int row_of(const Grid& grid, const std::string& text) {
  for (int r = 0; r < grid.rows; ++r)
    for (int c = 0; c < grid.columns; ++c)
      if (const auto* t = std::get_if<std::string>(&grid.at(r, c)); t && *t == text) return r;
  return -1;
}

std::optional<RateBlock> block_of(const Grid& grid) {
  const GridView view(grid);
  return find_rate_block(view, rate_vocabulary());
}

RateRequest request(RateBase base, Language language = Language::zh_cn) {
  return {base, std::chrono::year{2026} / 6 / 30, 0.10, language};
}

RatePlan plan_of(const Grid& grid, const RateRequest& r) {
  auto result = plan_rates(grid, r);
  BOOST_TEST_REQUIRE(std::holds_alternative<RatePlan>(result));
  return std::get<RatePlan>(result);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rate_block)

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

BOOST_AUTO_TEST_SUITE(rate_plan)

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
