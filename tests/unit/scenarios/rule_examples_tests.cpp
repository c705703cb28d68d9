#include <boost/test/unit_test.hpp>
#include <string>

#include "core/catalog/rule_docs.hpp"
#include "core/values/target_parse.hpp"
#include "support/finding_support.hpp"

using jixiao::core::Language;
using jixiao::core::RuleId;

// The examples users read (docs/rules.md, the sidebar, JXEXPLAIN) are true: for the rules about
// one target value, the wrong example is reported and the right one is not. An example written
// "name | value" is checked with that indicator name.
BOOST_AUTO_TEST_SUITE(rule_examples_tests)

BOOST_AUTO_TEST_CASE(value_rules_fire_on_the_wrong_example_and_not_on_the_right_one) {
  for (RuleId rule : {RuleId::operator_variant, RuleId::full_width_characters, RuleId::whitespace_in_value,
                      RuleId::latex_leftover, RuleId::html_leftover, RuleId::malformed_value,
                      RuleId::unrecognized_value, RuleId::placeholder_value, RuleId::long_qualitative_value,
                      RuleId::bare_number, RuleId::missing_unit, RuleId::suspicious_ocr_operator,
                      RuleId::percent_above_100, RuleId::kind_mismatch_name, RuleId::direction_mismatch,
                      RuleId::rate_at_least_full}) {
    BOOST_TEST_CONTEXT(rule) {
      const auto example = jixiao::core::rule_explanation(rule, Language::en);
      BOOST_TEST_REQUIRE(example.has_value());
      const auto parsed = [](const std::string& cell) {
        const std::size_t bar = cell.find(" | ");
        return bar == std::string::npos ? jixiao::core::parse_target(cell)
                                        : jixiao::core::parse_target(cell.substr(bar + 3), cell.substr(0, bar));
      };
      const auto fires = [&](const std::string& cell) {
        for (const auto& f : parsed(cell).findings)
          if (f.rule_id == rule) return true;
        return false;
      };
      BOOST_TEST(fires(example->wrong), example->wrong << ": " << jixiao::test::rule_ids(parsed(example->wrong).findings));
      BOOST_TEST(!fires(example->right), example->right << ": " << jixiao::test::rule_ids(parsed(example->right).findings));
    }
  }
}

BOOST_AUTO_TEST_SUITE_END()
