// data/ui/labels.tsv: well formed, and holding every label the panels ask for.
#include <boost/test/unit_test.hpp>
#include <set>

#include "core/catalog/ui_labels.hpp"
#include "support/test_support.hpp"

using namespace jixiao::core;

BOOST_AUTO_TEST_SUITE(ui_labels_tests)

BOOST_AUTO_TEST_CASE(catalog_has_no_problems) {
  for (const VocabProblem& p : ui_label_problems()) BOOST_ERROR(p.source << ":" << p.line << ": " << p.message);
}

BOOST_AUTO_TEST_CASE(every_label_the_panels_use_exists) {
  const std::set<std::string> codes = jixiao::test::codes_passed_to("label", "panel");
  BOOST_TEST(codes.size() > 20u);  // the scan found the panels' calls at all
  for (const std::string& code : codes) BOOST_TEST(has_ui_label(code), "no label " << code << " in data/ui/labels.tsv");
}

BOOST_AUTO_TEST_CASE(chooses_the_language_and_fills_placeholders) {
  BOOST_TEST(ui_label("validate", Language::zh_cn) == "检查");
  BOOST_TEST(ui_label("validate", Language::en) == "Validate");
  BOOST_TEST(ui_label("fixed", Language::en, {{"count", "3"}}) == "Fixed 3 cells (undo reverts)");
  BOOST_TEST(ui_label("counts", Language::zh_cn, {{"errors", "1"}, {"warnings", "2"}, {"infos", "0"}}) ==
             "严重 1 · 警告 2 · 提示 0");
  // A value that looks like a placeholder is not expanded again.
  BOOST_TEST(ui_label("report_written", Language::en, {{"sheet", "{sheet}"}}) == "Report written to sheet “{sheet}”");
}

BOOST_AUTO_TEST_CASE(an_unknown_code_shows_itself) {
  BOOST_TEST(!has_ui_label("no_such_label"));
  BOOST_TEST(ui_label("no_such_label", Language::zh_cn) == "no_such_label");
}

BOOST_AUTO_TEST_SUITE_END()
