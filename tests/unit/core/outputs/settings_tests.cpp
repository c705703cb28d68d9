#include <boost/test/unit_test.hpp>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "core/outputs/settings.hpp"
#include "support/test_support.hpp"

using jixiao::core::Settings;
using jixiao::core::usable_settings;
using jixiao::test::joined;

BOOST_AUTO_TEST_SUITE(settings_tests)

BOOST_AUTO_TEST_CASE(the_defaults_are_those_of_the_schema) {
  const Settings defaults;
  BOOST_TEST(defaults.template_name == "");
  BOOST_TEST(defaults.language == "");
  BOOST_TEST(defaults.lag_threshold == 0.10);
  BOOST_TEST(defaults.rate_base == "budget");
  BOOST_TEST(defaults.disabled_rules.empty());
}

BOOST_AUTO_TEST_CASE(usable_values_are_kept) {
  Settings chosen;
  chosen.template_name = "department-jiangsu";
  chosen.language = "zh-CN";
  chosen.lag_threshold = 0.2;
  chosen.rate_base = "received";
  chosen.disabled_rules = {"bare-number", "a-rule-of-a-newer-version"};
  const Settings kept = usable_settings(chosen);
  BOOST_TEST(kept.template_name == "department-jiangsu");
  BOOST_TEST(kept.language == "zh-CN");
  BOOST_TEST(kept.lag_threshold == 0.2);
  BOOST_TEST(kept.rate_base == "received");
  BOOST_TEST(joined(kept.disabled_rules, " ") == "bare-number a-rule-of-a-newer-version ");
  for (const char* name : {"project", "department-hubei", ""}) {
    chosen.template_name = name;
    BOOST_TEST(usable_settings(chosen).template_name == name);
  }
  for (const char* base : {"budget", "plan"}) {
    chosen.rate_base = base;
    BOOST_TEST(usable_settings(chosen).rate_base == base);
  }
  for (double threshold : {0.0, 1.0, 0.05}) {
    chosen.lag_threshold = threshold;
    BOOST_TEST(usable_settings(chosen).lag_threshold == threshold);
  }
  chosen.language = "en";
  BOOST_TEST(usable_settings(chosen).language == "en");
}

BOOST_AUTO_TEST_CASE(unusable_values_fall_back_to_the_defaults) {
  for (double threshold : {-0.1, 1.5, 10.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
    Settings bad;
    bad.lag_threshold = threshold;
    BOOST_TEST_CONTEXT(threshold) { BOOST_TEST(usable_settings(bad).lag_threshold == 0.10); }
  }
  for (const char* base : {"Budget", "", "executed", "预算"}) {
    Settings bad;
    bad.rate_base = base;
    BOOST_TEST_CONTEXT(base) { BOOST_TEST(usable_settings(bad).rate_base == "budget"); }
  }
  for (const char* name : {"no-such-template", "auto", "Project"}) {
    Settings bad;
    bad.template_name = name;
    BOOST_TEST_CONTEXT(name) { BOOST_TEST(usable_settings(bad).template_name == ""); }
  }
  for (const char* language : {"fr", "zh", "EN", "zh_CN"}) {
    Settings bad;
    bad.language = language;
    BOOST_TEST_CONTEXT(language) { BOOST_TEST(usable_settings(bad).language == ""); }
  }
}

BOOST_AUTO_TEST_CASE(disabled_rules_drop_malformed_ids_and_repeats) {
  Settings settings;
  settings.disabled_rules = {"missing-unit", "", "Bad Id", "missing-unit", "bare-number", "a:b"};
  BOOST_TEST(joined(usable_settings(settings).disabled_rules, " ") == "missing-unit bare-number ");
}

BOOST_AUTO_TEST_CASE(drop_disabled_rules_keeps_the_other_findings_in_order) {
  const std::vector<std::string> findings{"bare-number", "missing-unit", "empty-value", "bare-number", "cell-error"};
  const auto same = [](const std::string& id) -> std::string_view { return id; };
  BOOST_TEST(joined(jixiao::core::drop_disabled_rules(findings, {"bare-number", "cell-error"}, same), " ") ==
             "missing-unit empty-value ");
  BOOST_TEST(joined(jixiao::core::drop_disabled_rules(findings, {}, same), " ") == joined(findings, " "));
  BOOST_TEST(joined(jixiao::core::drop_disabled_rules(findings, {"bare-numbe"}, same), " ") == joined(findings, " "));
}

// A user's template file names its own template: usable as the Template when its name is known.
BOOST_AUTO_TEST_CASE(a_users_template_name_is_usable_when_its_file_gives_it) {
  jixiao::core::Settings settings;
  settings.template_name = "my-province";
  settings.template_files = {"/home/user/my-province.tsv", ""};
  BOOST_TEST(jixiao::core::usable_settings(settings).template_name == "");
  const auto usable = jixiao::core::usable_settings(settings, {"my-province"});
  BOOST_TEST(usable.template_name == "my-province");
  BOOST_TEST(usable.template_files == std::vector<std::string>{"/home/user/my-province.tsv"},
             boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
