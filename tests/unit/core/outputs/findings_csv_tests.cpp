// The CSV of findings shared by jixiao-check and org.jixiao.ReportWriter.
#include <boost/test/unit_test.hpp>
#include <string>

#include "core/outputs/findings_csv.hpp"

using namespace jixiao::core;

namespace {

FindingRecord record(std::string sheet, std::string message) {
  return FindingRecord{std::move(sheet), "E23", 22, 4, "operator-variant", Severity::warning, std::move(message), true};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(findings_csv_tests)

BOOST_AUTO_TEST_CASE(plain_fields_are_not_quoted) {
  BOOST_TEST(csv_field("operator-variant") == "operator-variant");
  BOOST_TEST(csv_field("目标表") == "目标表");
  BOOST_TEST(csv_field("") == "");
  BOOST_TEST(csv_field("a;b\tc 'd'") == "a;b\tc 'd'");  // only , " CR LF need quotes
}

BOOST_AUTO_TEST_CASE(commas_quotes_and_line_breaks_are_quoted) {
  BOOST_TEST(csv_field("a,b") == "\"a,b\"");
  BOOST_TEST(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  BOOST_TEST(csv_field("\"") == "\"\"\"\"");
  BOOST_TEST(csv_field("two\nlines") == "\"two\nlines\"");
  BOOST_TEST(csv_field("cr\r\nlf") == "\"cr\r\nlf\"");
  BOOST_TEST(csv_field("指标值“≥95%”，请核对") == "指标值“≥95%”，请核对");  // full-width comma and quotes are text
  BOOST_TEST(csv_field("甲,\"乙\"") == "\"甲,\"\"乙\"\"\"");
}

BOOST_AUTO_TEST_CASE(header_is_the_column_codes) {
  BOOST_TEST(csv_line(findings_csv_columns()) == "file,sheet,cell,row,column,severity,rule_id,message,has_fix\r\n");
}

BOOST_AUTO_TEST_CASE(row_counts_from_one_and_quotes_what_needs_it) {
  BOOST_TEST(findings_csv_row("a.ods", record("目标表", "plain")) ==
             "a.ods,目标表,E23,23,5,warning,operator-variant,plain,true\r\n");
  FindingRecord no_fix = record("My, \"sheet\"", "x\ny");
  no_fix.has_fix = false;
  BOOST_TEST(findings_csv_row("", no_fix) ==
             ",\"My, \"\"sheet\"\"\",E23,23,5,warning,operator-variant,\"x\ny\",false\r\n");
}

BOOST_AUTO_TEST_CASE(file_has_bom_localized_header_and_rows_and_crlf) {
  const std::vector<FindingRecord> findings{record("目标表", "指标值“>=95%”，标准写法是“≥95%”"),
                                            record("Sheet 2", "a, b")};
  const std::string en = findings_csv_file(findings, Language::en);
  BOOST_TEST(en ==
             "\xEF\xBB\xBF"
             "file,sheet,cell,row,column,severity,rule_id,message,has_fix\r\n"
             ",目标表,E23,23,5,warning,operator-variant,指标值“>=95%”，标准写法是“≥95%”,true\r\n"
             ",Sheet 2,E23,23,5,warning,operator-variant,\"a, b\",true\r\n");
  const std::string zh = findings_csv_file(findings, Language::zh_cn);
  // In Chinese the rows speak as the header does: severity and yes/no words, the rule's title.
  BOOST_TEST(zh ==
             "\xEF\xBB\xBF文件,工作表,单元格,行,列,级别,规则,说明,可自动修复\r\n"
             ",目标表,E23,23,5,警告,比较符号写法不规范,指标值“>=95%”，标准写法是“≥95%”,是\r\n"
             ",Sheet 2,E23,23,5,警告,比较符号写法不规范,\"a, b\",是\r\n");
}

BOOST_AUTO_TEST_CASE(no_findings_is_the_header_alone) {
  BOOST_TEST(findings_csv_file({}, Language::en) ==
             "\xEF\xBB\xBF"
             "file,sheet,cell,row,column,severity,rule_id,message,has_fix\r\n");
}

// The export is offered beside the document, named after it; never a name ending in a dot.
BOOST_AUTO_TEST_CASE(file_name_follows_the_document) {
  BOOST_TEST(findings_csv_file_name("预算绩效目标表.xlsx", Language::zh_cn) == "预算绩效目标表-绩效检查.csv");
  BOOST_TEST(findings_csv_file_name("2025 budget.v2.ods", Language::en) == "2025 budget.v2-jixiao-findings.csv");
  BOOST_TEST(findings_csv_file_name("表格", Language::zh_cn) == "表格-绩效检查.csv");
  BOOST_TEST(findings_csv_file_name(".hidden", Language::en) == ".hidden-jixiao-findings.csv");
  BOOST_TEST(findings_csv_file_name("", Language::zh_cn) == "jixiao-findings.csv");
}

BOOST_AUTO_TEST_SUITE_END()
