// data/ui/labels.tsv: well formed, and holding every label the panels ask for.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/ui_labels.hpp"

using namespace jixiao::core;

namespace {

// Every code the panel sources pass to their label("…") helper.
std::set<std::string> codes_used_by_panels() {
  std::set<std::string> codes;
  const std::regex call(R"(label\(\s*"([a-z_]+)\")");
  for (const auto& entry : std::filesystem::directory_iterator(JIXIAO_SOURCE_UNO_DIR)) {
    if (entry.path().filename().string().find("panel") == std::string::npos) continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string source = text.str();
    for (std::sregex_iterator it(source.begin(), source.end(), call), end; it != end; ++it) codes.insert((*it)[1]);
  }
  return codes;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ui_labels)

BOOST_AUTO_TEST_CASE(catalog_has_no_problems) {
  for (const VocabProblem& p : ui_label_problems()) BOOST_ERROR(p.source << ":" << p.line << ": " << p.message);
}

BOOST_AUTO_TEST_CASE(every_label_the_panels_use_exists) {
  const std::set<std::string> codes = codes_used_by_panels();
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
