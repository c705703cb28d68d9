// The report sheet's rows, names and links, and the words they use (data/ui/reports.tsv).
#include <boost/test/unit_test.hpp>
#include <set>

#include "core/outputs/findings_report.hpp"
#include "core/catalog/label_catalog.hpp"
#include "support/test_support.hpp"

using namespace jixiao::core;

BOOST_AUTO_TEST_SUITE(findings_report_tests)

BOOST_AUTO_TEST_CASE(labels_are_well_formed_and_complete) {
  for (const VocabProblem& p : report_labels().problems()) BOOST_ERROR(p.source << ":" << p.line << ": " << p.message);
  const std::set<std::string> codes = jixiao::test::codes_passed_to("report_label", "");
  BOOST_TEST(codes.size() >= 8u);  // the scan found the services' calls at all
  for (const std::string& code : codes)
    BOOST_TEST(report_labels().has(code), "no label " << code << " in data/ui/reports.tsv");
  // The CSV header in English is the codes programs read.
  for (const std::string& column : findings_csv_columns())
    BOOST_TEST(report_labels().text("csv_" + column, Language::en) == column);
}

BOOST_AUTO_TEST_CASE(labels_fill_placeholders_once) {
  const LabelCatalog catalog("# comment\ngreet\t你好，{name}\tHello, {name}{name}\nbad line\n", "test");
  BOOST_TEST(catalog.problems().size() == 1u);
  BOOST_TEST(catalog.text("greet", Language::zh_cn, {{"name", "甲"}}) == "你好，甲");
  BOOST_TEST(catalog.text("greet", Language::en, {{"name", "{name}"}}) == "Hello, {name}{name}");
  BOOST_TEST(catalog.text("greet", Language::en) == "Hello, {name}{name}");
  BOOST_TEST(catalog.text("missing", Language::en) == "missing");
}

BOOST_AUTO_TEST_CASE(sheet_names_are_quoted_for_references) {
  BOOST_TEST(quoted_sheet_name("目标表") == "'目标表'");
  BOOST_TEST(quoted_sheet_name("My Sheet") == "'My Sheet'");
  BOOST_TEST(quoted_sheet_name("It's") == "'It''s'");
}

BOOST_AUTO_TEST_CASE(links_jump_to_the_cell) {
  BOOST_TEST(cell_link_formula("目标表", "D23") == "=HYPERLINK(\"#'目标表'.D23\";\"D23\")");
  BOOST_TEST(cell_link_formula("It's \"x\"", "A1") == "=HYPERLINK(\"#'It''s \"\"x\"\"'.A1\";\"A1\")");
}

BOOST_AUTO_TEST_CASE(a_taken_sheet_name_gets_a_number) {
  BOOST_TEST(unused_sheet_name("绩效检查报告", {"目标表"}) == "绩效检查报告");
  BOOST_TEST(unused_sheet_name("绩效检查报告", {"目标表", "绩效检查报告"}) == "绩效检查报告 (2)");
  BOOST_TEST(unused_sheet_name("Jixiao report", {"jixiao REPORT", "Jixiao report (2)"}) == "Jixiao report (3)");
}

BOOST_AUTO_TEST_CASE(rows_in_both_languages) {
  const std::vector<FindingRecord> findings{
      {"目标表", "E23", 22, 4, "operator-variant", Severity::warning, "标准写法是“≥95%”", true},
      {"Sheet 2", "", 0, 1, "no-table-found", Severity::error, "none", false}};
  const ReportTable zh = report_table(findings, Language::zh_cn);
  BOOST_TEST(zh.headings == (std::vector<std::string>{"级别", "工作表", "单元格", "规则", "说明", "可自动修复"}));
  BOOST_TEST_REQUIRE(zh.rows.size() == 2u);
  BOOST_TEST(zh.rows[0] == (std::vector<std::string>{"警告", "目标表", "=HYPERLINK(\"#'目标表'.E23\";\"E23\")",
                                                     "比较符号写法不规范", "标准写法是“≥95%”", "是"}));
  BOOST_TEST(zh.rows[1][0] == "严重");
  BOOST_TEST(zh.rows[1][2] == "=HYPERLINK(\"#'Sheet 2'.B1\";\"B1\")");  // no Cell: from Row and Column
  BOOST_TEST(zh.rows[1][5] == "否");
  const ReportTable en = report_table(findings, Language::en);
  BOOST_TEST(en.headings[5] == "Fix available");
  BOOST_TEST(en.rows[0][0] == "Warning");
  BOOST_TEST(en.rows[0][5] == "yes");
  BOOST_TEST(en.rows[0][3] == "Operator written non-standardly");  // a rule's title, never its id
  BOOST_TEST(en.rows[1][5] == "no");
  for (const auto& row : en.rows) BOOST_TEST(row.size() == std::size_t(ReportTable::kColumns));
}

BOOST_AUTO_TEST_SUITE_END()
