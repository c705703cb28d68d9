#include <boost/test/unit_test.hpp>
#include <string>

#include "core/catalog/label_catalog.hpp"

using jixiao::core::LabelCatalog;
using jixiao::core::Language;

BOOST_AUTO_TEST_SUITE(label_catalog_tests)

BOOST_AUTO_TEST_CASE(a_label_in_each_language_with_its_arguments_filled) {
  const LabelCatalog labels("# words\nfixed\t已修复 {count} 个单元格\tFixed {count} cell(s)\n", "test.tsv");
  BOOST_TEST(labels.problems().empty());
  BOOST_TEST(labels.has("fixed"));
  BOOST_TEST(labels.text("fixed", Language::zh_cn, {{"count", "3"}}) == "已修复 3 个单元格");
  BOOST_TEST(labels.text("fixed", Language::en, {{"count", "3"}}) == "Fixed 3 cell(s)");
  // A value that looks like a placeholder is inserted as it is, never expanded again.
  BOOST_TEST(labels.text("fixed", Language::en, {{"count", "{count}"}}) == "Fixed {count} cell(s)");
}

// A code the catalog lacks shows as itself (visible, harmless); a line it cannot use is reported.
BOOST_AUTO_TEST_CASE(a_missing_code_shows_itself_and_a_bad_line_is_a_problem) {
  const LabelCatalog labels("only_two\tfields\n", "test.tsv");
  BOOST_TEST(labels.problems().size() == 1u);
  BOOST_TEST(!labels.has("only_two"));
  BOOST_TEST(labels.text("no_such_code", Language::en) == "no_such_code");
}

BOOST_AUTO_TEST_SUITE_END()
