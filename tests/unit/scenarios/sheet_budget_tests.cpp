#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/sheet/sheet_validation.hpp"
#include "support/grid_support.hpp"
#include "support/test_support.hpp"

// Budget blocks by their words (budget_rules.cpp): groups with their own totals, shares of their
// own group's total, every year column, amounts stored as text, lines pasted one column off.
using jixiao::core::validate_grid;
using jixiao::test::grid_from_tsv;
using jixiao::test::joined;
using jixiao::test::rule_cells;

namespace {

// Hubei style (部门总体资金情况): 收入构成 and 支出构成, each closed by its 合计, with 当年金额,
// 占比 and the two past years under 近两年收支金额. A synthetic table made from DOMAIN.md.
const std::string hubei_head =
    "部门整体绩效目标申报表\n"
    "部门总体资金情况（万元）\n"
    "项目\t当年金额\t占比\t近两年收支金额\t\n"
    "\t\t\t2024年\t2023年\n";

const std::string hubei_clean =
    "收入构成\t\t\t\t\n"
    "财政拨款\t800\t80%\t700\t600\n"
    "财政专户管理资金\t150\t15%\t150\t100\n"
    "单位资金\t50\t5%\t50\t50\n"
    "合计\t1000\t100%\t900\t750\n"
    "支出构成\t\t\t\t\n"
    "人员类\t500\t50%\t450\t400\n"
    "运转类\t200\t20%\t150\t150\n"
    "特定目标类项目支出\t300\t30%\t300\t200\n"
    "合计\t1000\t100%\t900\t750\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(sheet_budget_tests)

BOOST_AUTO_TEST_CASE(a_clean_hubei_block_is_silent) {
  const auto findings = rule_cells(validate_grid(grid_from_tsv(hubei_head + hubei_clean)));
  BOOST_TEST(findings.empty(), joined(findings, " "));
}

// Each group against its own 合计, in every column; each share of its own group's 合计.
BOOST_AUTO_TEST_CASE(each_group_adds_up_to_its_own_total_in_every_column) {
  std::string tsv = hubei_head + hubei_clean;
  const auto replace = [&](const std::string& from, const std::string& to) { tsv.replace(tsv.find(from), from.size(), to); };
  replace("运转类\t200\t20%\t150\t150", "运转类\t200\t25%\t150\t160");  // a share off, and 2023 of 支出 off by 10
  replace("单位资金\t50\t5%\t50\t50", "单位资金\t60\t6%\t50\t50");      // 收入 this year off by 10
  const auto findings = rule_cells(validate_grid(grid_from_tsv(tsv)));
  // 单位资金 60 of 1000 is the 6% it says; 收入 adds up to 1010 (B9); 运转类 is 20% of 支出, not 25%
  // (C12); 支出 of 2023 adds up to 760 (E14).
  const std::vector<std::string> expected{"sum-mismatch@B9", "share-mismatch@C12", "sum-mismatch@E14"};
  BOOST_TEST(findings == expected, boost::test_tools::per_element());
}

// Amounts stored as text (a trailing U+3000, thousands separators) are read as the numbers they
// are for the sums, and each is reported with a fix that turns it into a number.
BOOST_AUTO_TEST_CASE(amounts_stored_as_text_are_counted_and_reported) {
  std::string tsv = hubei_head + hubei_clean;
  tsv.replace(tsv.find("财政拨款\t800"), std::string("财政拨款\t800").size(), "财政拨款\t800.00\u3000");
  tsv.replace(tsv.find("合计\t1000\t100%\t900\t750\n支出构成"), std::string("合计\t1000").size(), "合计\t1,000.00");
  const auto located = validate_grid(grid_from_tsv(tsv));
  const std::vector<std::string> expected{"number-stored-as-text@B6", "number-stored-as-text@B9"};
  BOOST_TEST(rule_cells(located) == expected, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(located[0].edits.size() == 1u);
  BOOST_TEST(std::get<double>(located[0].edits[0].value) == 800.0);
  BOOST_TEST(std::get<double>(located[1].edits[0].value) == 1000.0);
}

// A line pasted one column to the right drops out of its sum in Calc; here it is counted where it
// belongs (no false sum-mismatch) and reported, with a fix that moves it back offered one at a
// time (it moves cells).
BOOST_AUTO_TEST_CASE(a_line_pasted_one_column_off_is_counted_where_it_belongs) {
  std::string tsv = hubei_head + hubei_clean;
  tsv.replace(tsv.find("人员类\t500\t50%\t450\t400"), std::string("人员类\t500\t50%\t450\t400").size(),
              "人员类\t\t500\t50%\t450\t400");
  const auto located = validate_grid(grid_from_tsv(tsv));
  BOOST_TEST(rule_cells(located) == std::vector<std::string>{"misaligned-row@B11"}, boost::test_tools::per_element());
  BOOST_TEST_REQUIRE(located.size() == 1u);
  BOOST_TEST(located[0].moves_cells);
  BOOST_TEST(located[0].edits.size() == 5u);  // B..E get the amounts back, F is emptied
  // Not shifted: a line with its own amount stands where it is; its share written 50 instead of
  // 50% is a share of 5000%, which is what it says.
  std::string own = hubei_head + hubei_clean;
  own.replace(own.find("人员类\t500\t50%"), std::string("人员类\t500\t50%").size(), "人员类\t500\t50");
  BOOST_TEST(rule_cells(validate_grid(grid_from_tsv(own))) == std::vector<std::string>{"share-mismatch@C11"},
             boost::test_tools::per_element());
}

// A block whose total stands on top (Jiangsu: 资金总额 then its sources) keeps its named sum, and a
// group opened by its 合计 sums the lines after it.
BOOST_AUTO_TEST_CASE(totals_on_top) {
  const std::string tsv =
      "部门整体支出绩效目标表\n"
      "项目\t当年金额\t占比\n"
      "合计\t1000\t100%\n"
      "财政拨款\t800\t80%\n"
      "单位资金\t100\t10%\n";
  const auto findings = rule_cells(validate_grid(grid_from_tsv(tsv)));
  BOOST_TEST(findings == (std::vector<std::string>{"sum-mismatch@B3"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
