// What each rule is for, as users read it (data/rules/explanations.tsv): the explanation the
// sidebar shows beside a finding, JXEXPLAIN returns, and docs/rules.md lists for every rule.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/finding.hpp"

namespace jixiao::core {

struct VocabProblem;  // data_lines.hpp

// One rule's explanation in one language.
struct RuleExplanation {
  std::string checks;  // what the rule looks at
  std::string why;     // why it matters
  std::string wrong;   // a cell the rule reports, as typed
  std::string right;   // the same, written so that the rule is silent
  std::string fix;     // what the fix does, or that there is none
};

// The explanation of a rule; nullopt only for a rule the embedded file lacks (a unit test checks
// that none does).
std::optional<RuleExplanation> rule_explanation(RuleId rule, Language language);

// The same for an id crossing a boundary (a finding from UNO, a Calc argument); nullopt for an id
// this version does not have.
std::optional<RuleExplanation> rule_explanation(std::string_view id, Language language);

// The explanation as a few lines of plain text, for a cell or the sidebar: title, what it checks,
// why, the example wrong and right, the fix.
// `with_id` adds the rule's id to the title line (JXEXPLAIN, where the user typed it); the sidebar
// shows the title alone (issue 20: no codes where a person reads).
std::string explanation_text(RuleId rule, Language language, bool with_id = true);

// Lines of explanations.tsv that could not be used; empty for the shipped file (a unit test checks).
const std::vector<VocabProblem>& rule_explanation_problems();

// docs/rules.md: every rule of the registry with its id, severity, kind, titles, messages and
// explanation in both languages, generated so that it cannot drift from the registry.
std::string rules_markdown();

}  // namespace jixiao::core
