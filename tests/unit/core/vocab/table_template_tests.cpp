#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "core/vocab/table_template.hpp"

using jixiao::core::header_key;
using jixiao::core::label_key;
using jixiao::core::load_templates;
using jixiao::core::TableTemplate;

namespace {

const TableTemplate& named(const std::vector<TableTemplate>& templates, const std::string& name) {
  for (const TableTemplate& t : templates)
    if (t.name == name) return t;
  BOOST_FAIL("no template " << name);
  return templates.front();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(table_template_tests)

// Headers compare as written, whatever the width of their brackets and the spaces inside them.
BOOST_AUTO_TEST_CASE(header_words_compare_without_width_and_spaces) {
  BOOST_TEST(header_key("全年（程）指标值") == header_key("全年(程) 指标值"));
  BOOST_TEST(header_key("一级\n指标") == "一级指标");
  BOOST_TEST(header_key("三级指标") != header_key("二级指标"));
}

BOOST_AUTO_TEST_CASE(level_labels_compare_without_a_trailing_zhibiao) {
  BOOST_TEST(label_key("产出指标") == label_key("产出"));
  BOOST_TEST(label_key("社会效益指标") == "社会效益");
  BOOST_TEST(label_key("指标") == "指标");  // nothing else would remain
}

// The built-in templates, and the ones that extend the national framework keep its levels.
BOOST_AUTO_TEST_CASE(templates_load_and_extend_the_national_framework) {
  const std::vector<TableTemplate> templates = load_templates({});
  const TableTemplate& national = named(templates, "national");
  const TableTemplate& project = named(templates, "project");
  BOOST_TEST(project.extends == "national");
  BOOST_TEST(jixiao::core::find_first_level(national, header_key("产出指标")) != nullptr);
  BOOST_TEST(jixiao::core::find_first_level(project, header_key("产出指标")) != nullptr);
  BOOST_TEST(jixiao::core::find_first_level(national, header_key("法等")) == nullptr);
  const auto* output = jixiao::core::find_first_level(national, header_key("产出"));
  BOOST_TEST_REQUIRE(output != nullptr);
  BOOST_TEST(jixiao::core::allows_second(*output, header_key("数量指标")));
  BOOST_TEST(!jixiao::core::allows_second(*output, header_key("经济效益指标")));
  BOOST_TEST(jixiao::core::is_any_second(national, header_key("经济效益指标")));
}

BOOST_AUTO_TEST_SUITE_END()
