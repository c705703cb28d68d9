#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/text/embedded_data.hpp"
#include "core/catalog/finding.hpp"
#include "core/vocab/vocab.hpp"
#include "support/finding_support.hpp"
#include "support/test_support.hpp"

using jixiao::core::RuleId;

using jixiao::core::Finding;
using jixiao::core::Language;
using jixiao::core::Rule;
using jixiao::core::Severity;
using jixiao::test::placeholders_of;

namespace {

std::string read_source_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  BOOST_TEST_REQUIRE(file.is_open(), "cannot open " << path);
  return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

std::set<std::string> as_set(const std::vector<std::string>& names) { return {names.begin(), names.end()}; }

std::string describe(const std::set<std::string>& names) {
  std::string result;
  for (const std::string& name : names) result += "{" + name + "}";
  return result;
}

bool is_kebab_case(const std::string& id) {
  if (id.empty() || id.front() == '-' || id.back() == '-' || id.find("--") != std::string::npos) return false;
  return std::all_of(id.begin(), id.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

}  // namespace

BOOST_AUTO_TEST_SUITE(finding_tests)

BOOST_AUTO_TEST_CASE(embedded_catalog_is_the_data_files_byte_for_byte) {
  BOOST_TEST(jixiao::core::embedded_rules_tsv() == read_source_file(JIXIAO_SOURCE_DATA_DIR "/rules/rules.tsv"));
  BOOST_TEST(jixiao::core::embedded_terms_tsv() == read_source_file(JIXIAO_SOURCE_DATA_DIR "/rules/terms.tsv"));
}

BOOST_AUTO_TEST_CASE(catalog_loads_without_problems) {
  std::ostringstream problems;
  for (const auto& problem : jixiao::core::rule_catalog_problems()) {
    problems << problem.source << ":" << problem.line << ": " << problem.message << "\n";
  }
  BOOST_TEST(jixiao::core::rule_catalog_problems().empty(), problems.str());
}

BOOST_AUTO_TEST_CASE(every_rule_has_a_kebab_case_unique_id_and_both_messages) {
  std::set<std::string> ids;
  for (const Rule& rule : jixiao::core::rule_catalog()) {
    BOOST_TEST_CONTEXT(rule.id) {
      BOOST_TEST(is_kebab_case(rule.id));
      BOOST_TEST(ids.insert(rule.id).second, "duplicate id");
      BOOST_TEST(!rule.message_zh.empty());
      BOOST_TEST(!rule.message_en.empty());
      // The zh-CN message is Chinese: it has at least one ideograph (all CJK ideographs are 3 UTF-8
      // bytes starting with 0xE4..0xE9).
      BOOST_TEST(std::any_of(rule.message_zh.begin(), rule.message_zh.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0xE4 && static_cast<unsigned char>(c) <= 0xE9;
      }));
      BOOST_TEST(jixiao::core::find_rule(rule.id) == &rule);
    }
  }
  BOOST_TEST(ids.size() == jixiao::core::rule_count);
}

// The settings list rules by title: each must name its rule briefly, in both languages, and no
// two rules may look the same in that list.
BOOST_AUTO_TEST_CASE(every_rule_has_a_short_unique_title_in_both_languages) {
  std::set<std::string> zh_titles;
  std::set<std::string> en_titles;
  for (const Rule& rule : jixiao::core::rule_catalog()) {
    BOOST_TEST_CONTEXT(rule.id) {
      BOOST_TEST(!rule.title_zh.empty());
      BOOST_TEST(!rule.title_en.empty());
      BOOST_TEST(std::any_of(rule.title_zh.begin(), rule.title_zh.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0xE4 && static_cast<unsigned char>(c) <= 0xE9;
      }));
      BOOST_TEST(placeholders_of(rule.title_zh).empty());
      BOOST_TEST(placeholders_of(rule.title_en).empty());
      BOOST_TEST(rule.title_zh.size() <= 14u * 3u, "the zh-CN title is longer than 14 ideographs");
      BOOST_TEST(rule.title_en.size() <= 40u, "the en title is longer than 40 characters");
      BOOST_TEST(rule.title_zh != rule.message_zh);
      BOOST_TEST(zh_titles.insert(rule.title_zh).second, "zh-CN title used twice: " << rule.title_zh);
      BOOST_TEST(en_titles.insert(rule.title_en).second, "en title used twice: " << rule.title_en);
    }
  }
  BOOST_TEST(zh_titles.size() == jixiao::core::rule_count);
}

BOOST_AUTO_TEST_CASE(refusals_are_catalog_entries_but_not_findings_of_cells) {
  for (const char* id : {"fix-refused-read-only", "fix-refused-protected", "check-failed"}) {
    BOOST_TEST(jixiao::core::find_rule(id) != nullptr, id);
    BOOST_TEST(jixiao::core::is_refusal(id), id);
  }
  BOOST_TEST(!jixiao::core::is_refusal("operator-variant"));
  BOOST_TEST(!jixiao::core::is_refusal("too-many-findings"));
  BOOST_TEST(!jixiao::core::is_refusal("no-such-rule"));
  BOOST_TEST((jixiao::core::rule_entry(RuleId::too_many_findings).kind == jixiao::core::RuleKind::limit));
}

BOOST_AUTO_TEST_CASE(rule_title_in_each_language_and_the_id_for_an_unknown_rule) {
  BOOST_TEST(jixiao::core::rule_title("operator-variant", Language::zh_cn) == "比较符号写法不规范");
  BOOST_TEST(jixiao::core::rule_title("operator-variant", Language::en) == "Operator written non-standardly");
  BOOST_TEST(jixiao::core::rule_title("no-such-rule", Language::zh_cn) == "no-such-rule");
}

BOOST_AUTO_TEST_CASE(rule_ids_are_kebab_case) {
  for (const char* id : {"operator-variant", "percent-above-100", "a", "x1-y2"}) {
    BOOST_TEST_CONTEXT(id) { BOOST_TEST(jixiao::core::is_rule_id(id)); }
  }
  for (const char* id : {"", "-a", "a-", "a--b", "Operator", "a b", "a_b", "a:b", "规则"}) {
    BOOST_TEST_CONTEXT(id) { BOOST_TEST(!jixiao::core::is_rule_id(id)); }
  }
}

// The registry lists the arguments the code may fill; both messages use exactly those.
BOOST_AUTO_TEST_CASE(every_rule_of_the_registry_has_its_arguments_as_placeholders_in_both_messages) {
  for (std::size_t i = 0; i < jixiao::core::rule_count; ++i) {
    const auto rule_id = static_cast<RuleId>(i);
    BOOST_TEST_CONTEXT(jixiao::core::rule_code(rule_id)) {
      const Rule& rule = jixiao::core::rule_entry(rule_id);
      BOOST_TEST(rule.id == jixiao::core::rule_code(rule_id));
      BOOST_TEST((jixiao::core::rule_of_code(rule.id) == rule_id));
      const std::set<std::string> arguments(rule.arguments.begin(), rule.arguments.end());
      BOOST_TEST(arguments.size() == rule.arguments.size(), "an argument listed twice");
      BOOST_TEST(describe(as_set(placeholders_of(rule.message_zh))) == describe(arguments));
      BOOST_TEST(describe(as_set(placeholders_of(rule.message_en))) == describe(arguments));
    }
  }
}

// A rule of the registry that no code reports is a rule users read about but never see.
BOOST_AUTO_TEST_CASE(every_rule_of_the_registry_is_reported_by_some_code) {
  const std::string sources = jixiao::test::source_text(JIXIAO_SOURCE_SRC_DIR);
  for (std::size_t i = 0; i < jixiao::core::rule_count; ++i) {
    std::string name(jixiao::core::rule_code(static_cast<RuleId>(i)));
    std::replace(name.begin(), name.end(), '-', '_');
    BOOST_TEST(sources.find("RuleId::" + name) != std::string::npos, "RuleId::" << name << " is used nowhere in src/");
  }
}

BOOST_AUTO_TEST_CASE(severities_follow_the_brief) {
  const std::map<std::string, Severity> expected{
      {"operator-variant", Severity::warning},
      {"full-width-characters", Severity::warning},
      {"whitespace-in-value", Severity::info},
      {"latex-leftover", Severity::warning},
      {"html-leftover", Severity::warning},
      {"empty-value", Severity::error},
      {"malformed-value", Severity::error},
      {"unrecognized-value", Severity::warning},
      {"bare-number", Severity::info},
      {"missing-unit", Severity::warning},
      {"suspicious-ocr-operator", Severity::warning},
      {"percent-above-100", Severity::warning},
      {"kind-mismatch-name", Severity::warning},
      {"direction-mismatch", Severity::warning},
      {"half-full-kind-mismatch", Severity::error},
      {"half-full-unit-mismatch", Severity::error},
      {"half-exceeds-full", Severity::error},
      {"sum-mismatch", Severity::error},
      {"share-mismatch", Severity::warning},
  };
  for (const auto& [id, severity] : expected) {
    BOOST_TEST_CONTEXT(id) {
      const Rule* rule = jixiao::core::find_rule(id);
      BOOST_TEST_REQUIRE(rule != nullptr);
      BOOST_TEST(jixiao::core::severity_code(rule->severity) == jixiao::core::severity_code(severity));
    }
  }
}

BOOST_AUTO_TEST_CASE(severity_codes_are_stable) {
  BOOST_TEST(jixiao::core::severity_code(Severity::error) == "error");
  BOOST_TEST(jixiao::core::severity_code(Severity::warning) == "warning");
  BOOST_TEST(jixiao::core::severity_code(Severity::info) == "info");
}

BOOST_AUTO_TEST_CASE(severity_read_at_a_boundary_is_exact_for_every_code_and_info_for_the_rest) {
  for (Severity severity : {Severity::error, Severity::warning, Severity::info})
    BOOST_TEST((jixiao::core::severity_from_code(jixiao::core::severity_code(severity)) == severity));
  for (const char* code : {"", "Error", "fatal", " error"}) {
    BOOST_TEST_CONTEXT(code) {
      BOOST_TEST((jixiao::core::severity_from_code(code) == Severity::info));
      BOOST_TEST(!jixiao::core::parse_severity(code).has_value());
    }
  }
}

BOOST_AUTO_TEST_CASE(language_tags) {
  for (const char* tag : {"zh-CN", "zh", "zh-Hans", "zh_CN", "ZH-cn", "zh-Hans-CN", "zh-TW"}) {
    BOOST_TEST_CONTEXT(tag) { BOOST_TEST((jixiao::core::language_from_tag(tag) == Language::zh_cn)); }
  }
  for (const char* tag : {"en", "en-US", "", "z", "zu", "de-DE", "zhx", "x-zh"}) {
    BOOST_TEST_CONTEXT(tag) { BOOST_TEST((jixiao::core::language_from_tag(tag) == Language::en)); }
  }
}

BOOST_AUTO_TEST_CASE(make_finding_takes_the_severity_from_the_catalog_and_rejects_unlisted_arguments) {
  const Finding finding = jixiao::core::make_finding(RuleId::missing_unit, {{"value", "≥15"}});
  BOOST_TEST(finding.rule_id == RuleId::missing_unit);
  BOOST_TEST((finding.severity == Severity::warning));
  BOOST_TEST(!finding.fix.has_value());
  const Finding with_fix =
      jixiao::core::make_finding(RuleId::operator_variant, {{"value", ">=95%"}, {"fix", "≥95%"}}, "≥95%");
  BOOST_TEST(with_fix.fix.value_or("") == "≥95%");
  // An argument the registry does not list for the rule (a misspelt placeholder) is a bug.
  BOOST_CHECK_THROW(jixiao::core::make_finding(RuleId::missing_unit, {{"valeu", "≥15"}}), std::logic_error);
  BOOST_TEST(jixiao::core::find_rule("no-such-rule") == nullptr);
  BOOST_TEST(!jixiao::core::rule_of_code("no-such-rule").has_value());
}

BOOST_AUTO_TEST_CASE(render_message_fills_placeholders_in_each_language) {
  const Finding finding = jixiao::core::make_finding(RuleId::operator_variant, {{"value", ">=95%"}, {"fix", "≥95%"}});
  BOOST_TEST(jixiao::core::render_message(finding, Language::zh_cn) ==
             "指标值“>=95%”的比较符号写法不规范，标准写法是“≥95%”（比较符号统一使用 ≥ ≤ = > <）。");
  BOOST_TEST(jixiao::core::render_message(finding, Language::en) ==
             "The comparison in \">=95%\" is not written with a standard symbol; the standard form is \"≥95%\" (use ≥ "
             "≤ = > <).");
}

BOOST_AUTO_TEST_CASE(render_message_leaves_a_placeholder_without_argument_as_written) {
  const Finding finding = jixiao::core::make_finding(RuleId::operator_variant, {{"value", ">=95%"}});
  BOOST_TEST(jixiao::core::render_message(finding, Language::en).find("\"{fix}\"") != std::string::npos);
  // An argument that looks like a placeholder is inserted as it is, never expanded again.
  const Finding tricky = jixiao::core::make_finding(RuleId::missing_unit, {{"value", "{value}"}});
  BOOST_TEST(jixiao::core::render_message(tricky, Language::en) ==
             "\"{value}\" is a number without a unit (such as 人, 次, 个 or 万元); please add the unit.");
}

BOOST_AUTO_TEST_CASE(render_message_translates_codes_through_the_terms) {
  const Finding finding = jixiao::core::make_finding(
      RuleId::kind_mismatch_name, {{"name", "预算执行率"}, {"value", "100"}, {"kind", "number"}, {"expected", "rate"}});
  BOOST_TEST(jixiao::core::render_message(finding, Language::zh_cn) ==
             "指标“预算执行率”按名称应填百分比或定性词语，但指标值“100”是不带单位或百分号的数字，请核对。");
  BOOST_TEST(jixiao::core::render_message(finding, Language::en) ==
             "Judging by its name, \"预算执行率\" takes a percentage or a qualitative word, but \"100\" is a number "
             "without a unit or % sign; please check.");
  // {half_kind} uses the group "kind"; {value} has no group, so a value that is a code stays itself.
  const Finding kinds = jixiao::core::make_finding(
      RuleId::half_full_kind_mismatch,
      {{"half", "percent"}, {"full", "健全"}, {"half_kind", "percent"}, {"full_kind", "qualitative"}});
  BOOST_TEST(jixiao::core::render_message(kinds, Language::zh_cn) ==
             "半年指标值“percent”是百分比，全年指标值“健全”是定性词语，两者应为同一类值，请统一。");
}

BOOST_AUTO_TEST_CASE(every_code_a_message_can_show_has_words_in_both_languages) {
  const std::map<std::string, std::vector<std::string>> codes{
      {"kind", {"percent", "count", "amount", "duration", "qualitative", "schedule", "invalid", "number"}},
      {"expected", {"rate", "count", "amount", "quality"}},
      {"direction", {"higher", "lower", "growth"}},
  };
  for (const auto& [group, group_codes] : codes) {
    for (const std::string& code : group_codes) {
      BOOST_TEST_CONTEXT(group << " " << code) {
        BOOST_TEST(jixiao::core::term_text(group, code, Language::zh_cn).has_value());
        BOOST_TEST(jixiao::core::term_text(group, code, Language::en).has_value());
      }
    }
  }
  BOOST_TEST(!jixiao::core::term_text("kind", "no-such-kind", Language::en).has_value());
}

BOOST_AUTO_TEST_CASE(render_findings_puts_the_most_severe_first) {
  const std::vector<Finding> findings{
      jixiao::core::make_finding(RuleId::bare_number, {{"value", "100"}, {"normalized", "100"}}),
      jixiao::core::make_finding(RuleId::missing_unit, {{"value", "100"}}),
      jixiao::core::make_finding(RuleId::empty_value),
      jixiao::core::make_finding(RuleId::whitespace_in_value, {{"value", "1 00"}}),
  };
  BOOST_TEST(jixiao::test::rule_ids(jixiao::core::most_severe_first(findings)) ==
             "empty-value missing-unit bare-number whitespace-in-value");
  const std::string rendered = jixiao::core::render_findings(findings, Language::en);
  BOOST_TEST(rendered.starts_with("empty-value: The target value is empty; please fill it in.\nmissing-unit: "));
  BOOST_TEST(rendered.find("\nbare-number: ") < rendered.find("\nwhitespace-in-value: "));
  BOOST_TEST(jixiao::core::render_findings({}, Language::zh_cn) == "");
}

// JXEXPLAIN reads the rule a JXCHECK result names first, or a bare id.
BOOST_AUTO_TEST_CASE(first_rule_code_reads_what_render_findings_wrote) {
  const std::vector<Finding> findings{jixiao::core::make_finding(RuleId::missing_unit, {{"value", "100"}}),
                                      jixiao::core::make_finding(RuleId::empty_value)};
  BOOST_TEST(jixiao::core::first_rule_code(jixiao::core::render_findings(findings, Language::en)) == "empty-value");
  BOOST_TEST(jixiao::core::first_rule_code(" operator-variant ") == "operator-variant");
  BOOST_TEST(jixiao::core::first_rule_code("") == "");
  BOOST_TEST(jixiao::core::first_rule_code("\nmissing-unit: x") == "");  // an empty first line names nothing
}

BOOST_AUTO_TEST_SUITE_END()
