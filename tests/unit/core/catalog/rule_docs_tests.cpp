#include <boost/test/unit_test.hpp>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "core/catalog/rule_docs.hpp"
#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"

using jixiao::core::Language;
using jixiao::core::RuleId;

namespace {

bool has_ideograph(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) >= 0xE4 && static_cast<unsigned char>(c) <= 0xE9;
  });
}

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++count;
  return count;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rule_docs_tests)

BOOST_AUTO_TEST_CASE(embedded_explanations_are_the_data_file_and_load_without_problems) {
  std::ifstream file(JIXIAO_SOURCE_DATA_DIR "/rules/explanations.tsv", std::ios::binary);
  BOOST_TEST_REQUIRE(file.is_open());
  const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  BOOST_TEST(jixiao::core::embedded_rule_explanations_tsv() == text);
  std::ostringstream problems;
  for (const auto& p : jixiao::core::rule_explanation_problems()) problems << p.line << ": " << p.message << "\n";
  BOOST_TEST(jixiao::core::rule_explanation_problems().empty(), problems.str());
}

BOOST_AUTO_TEST_CASE(every_rule_of_the_registry_is_explained_in_both_languages) {
  for (std::size_t i = 0; i < jixiao::core::rule_count; ++i) {
    const auto rule = static_cast<RuleId>(i);
    BOOST_TEST_CONTEXT(rule) {
      const auto zh = jixiao::core::rule_explanation(rule, Language::zh_cn);
      const auto en = jixiao::core::rule_explanation(rule, Language::en);
      BOOST_TEST_REQUIRE(zh.has_value());
      BOOST_TEST_REQUIRE(en.has_value());
      for (const std::string* text : {&zh->checks, &zh->why, &zh->fix}) BOOST_TEST(has_ideograph(*text), *text);
      BOOST_TEST(zh->checks != en->checks);
      BOOST_TEST(zh->wrong == en->wrong);  // an example is a cell, the same in both languages
      BOOST_TEST(zh->wrong != zh->right);
    }
  }
}

BOOST_AUTO_TEST_CASE(an_unknown_id_has_no_explanation) {
  BOOST_TEST(!jixiao::core::rule_explanation("no-such-rule", Language::en).has_value());
  BOOST_TEST(jixiao::core::rule_explanation("operator-variant", Language::en).has_value());
}

BOOST_AUTO_TEST_CASE(explanation_text_names_the_rule_and_shows_the_example) {
  const std::string zh = jixiao::core::explanation_text(RuleId::operator_variant, Language::zh_cn);
  BOOST_TEST(zh.starts_with("比较符号写法不规范（operator-variant）\n检查："));
  BOOST_TEST(zh.find("示例：“>=95%”应写作“≥95%”。") != std::string::npos);
  const std::string en = jixiao::core::explanation_text(RuleId::operator_variant, Language::en);
  BOOST_TEST(en.starts_with("Operator written non-standardly (operator-variant)\nChecks: "));
  BOOST_TEST(en.find("Example: \">=95%\" should read \"≥95%\".") != std::string::npos);
  BOOST_TEST(en.find("\nFix: Rewrites the comparison") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_rules_page_has_a_line_and_a_section_for_every_rule) {
  const std::string md = jixiao::core::rules_markdown();
  BOOST_TEST(count_of(md, "\n## ") == jixiao::core::rule_count);
  BOOST_TEST(count_of(md, "](#") == jixiao::core::rule_count);
  BOOST_TEST(md.find("\n## misaligned-row\n") != std::string::npos);
  // Examples holding " | " (name | value) stay inside their table cell or code span.
  BOOST_TEST(md.find("- 错误示例 · Wrong: `差错率 | ≥5%`") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
