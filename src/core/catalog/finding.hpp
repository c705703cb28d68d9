#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/catalog/rule_ids.hpp"

namespace jixiao::core {

struct VocabProblem;  // data_lines.hpp

enum class Severity { error, warning, info };

// "error", "warning", "info": stable codes for files, JSON and the command line.
std::string_view severity_code(Severity severity);

// The severity of a code ("error", "warning", "info"); nullopt for anything else.
std::optional<Severity> parse_severity(std::string_view code);

// A severity read where findings cross a boundary as text (a UNO Finding, a caller's macro): a
// code this version does not know is info, shown but never failing a run.
Severity severity_from_code(std::string_view code);

// Languages of messages: zh-CN first, English as the fallback for everything else.
enum class Language { zh_cn, en };

// Language from a BCP 47 tag or a bare language code ("zh-CN", "zh", "zh-Hans" -> zh_cn; else en).
Language language_from_tag(std::string_view tag);

// One defect found in one value. A value, never an exception. Where it sits (sheet, cell) is
// added by the layer that knows, the table recognizer; the value checks do not.
struct Finding {
  RuleId rule_id;       // the rule (rule_code gives its stable kebab-case id)
  Severity severity;    // from the rule catalog
  // Named placeholder values for the rule's message templates, e.g. {"value", ">=95%"}.
  std::vector<std::pair<std::string, std::string>> arguments;
  // The cell text that mends the defect, only where that is safe to do mechanically.
  std::optional<std::string> fix;
};

// A rule as the catalog (data/rules/rules.tsv) describes it.
struct Rule {
  std::string id;  // rule_code(rule)
  RuleId rule;
  Severity severity;
  RuleKind kind;
  std::vector<std::string> arguments;  // the placeholders the code may fill
  std::string title_zh;  // a few words naming the rule (the settings' list of rules)
  std::string title_en;
  std::string message_zh;  // template with {placeholders}
  std::string message_en;
};

// All rules, parsed once from the embedded catalog.
const std::vector<Rule>& rule_catalog();

// Lines of the embedded catalog (rules.tsv, terms.tsv) that could not be used; empty for the
// shipped files (a unit test checks). VocabProblem is the vocabularies' line report.
const std::vector<VocabProblem>& rule_catalog_problems();

// The rule with this id, or nullptr (ids crossing a boundary: settings, files, UNO).
const Rule* find_rule(std::string_view id);

// A rule written as its stable id (operator-variant), for logs and test messages.
std::ostream& operator<<(std::ostream& out, RuleId rule);

// The catalog's entry of a rule of the code.
const Rule& rule_entry(RuleId rule);

// The rule whose stable id this is; nullopt for an id this version does not have.
std::optional<RuleId> rule_of_code(std::string_view id);

// Whether `id` is written as a rule id is (kebab-case: a-z, 0-9, single inner hyphens), whether or
// not the catalog has it. Ids travel through files and settings, where a newer version may have
// written ids this one does not know.
bool is_rule_id(std::string_view id);

// The rule's title in `language`; the id itself for a rule the catalog does not have.
std::string rule_title(std::string_view id, Language language);

// Whether the catalog entry is a message the Validator throws when it refuses or cannot finish
// (kind refusal: fix-refused-read-only, fix-refused-protected, check-failed) rather than a finding
// of a cell: there is nothing to turn off, so the settings do not offer it.
bool is_refusal(std::string_view id);

// A finding of a rule (severity from the catalog). An argument the registry does not list for the
// rule is a programming error: it throws std::logic_error, which the tests catch.
Finding make_finding(RuleId rule, std::vector<std::pair<std::string, std::string>> arguments = {},
                     std::optional<std::string> fix = std::nullopt);

// The rule's template in `language` with every {name} replaced by the finding's argument of that
// name; a placeholder without an argument stays as written.
std::string render_message(const Finding& finding, Language language);

// The word that data/rules/terms.tsv gives for a code in a group ("kind", "percent" -> 百分比),
// nullopt when it has none. Messages show these in place of codes such as {kind}.
std::optional<std::string> term_text(std::string_view group, std::string_view code, Language language);

// The findings sorted by severity, errors first, keeping their order otherwise.
std::vector<Finding> most_severe_first(std::vector<Finding> findings);

// "rule-id: message" for each finding, most severe first, one per line (JXCHECK's result; the
// messages themselves contain "; " and "，", so only a line break separates them unambiguously).
std::string render_findings(const std::vector<Finding>& findings, Language language);

// The rule id that starts a render_findings text (its first line up to ":", trimmed), or a bare
// id as it is; "" for an empty text. Whether the id is a rule is rule_of_code's to say.
std::string first_rule_code(std::string_view rendered);

}  // namespace jixiao::core
