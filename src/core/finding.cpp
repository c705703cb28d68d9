#include "core/finding.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/data_lines.hpp"
#include "core/embedded_data.hpp"
#include "core/text.hpp"
#include "core/vocab.hpp"

namespace jixiao::core {

namespace {

std::optional<Severity> severity_from_code(std::string_view code) {
  for (Severity severity : {Severity::error, Severity::warning, Severity::info}) {
    if (severity_code(severity) == code) return severity;
  }
  return std::nullopt;
}

bool is_placeholder_name_character(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

struct Catalog {
  std::vector<Rule> rules;
  std::vector<VocabProblem> problems;
};

const Catalog& catalog() {
  static const Catalog built = [] {
    Catalog catalog;
    const std::string source = "data/rules/rules.tsv";
    catalog.problems =
        read_data_lines(embedded_rules_tsv(), source, [&](std::string_view content) -> std::optional<std::string> {
          const std::vector<std::string_view> fields = split_on_tabs(content);
          if (fields.size() != 6) return "expected id<TAB>severity<TAB>zh-CN title<TAB>en title<TAB>zh-CN<TAB>en";
          const std::string id = trim_outer_space(fields[0]);
          if (!is_rule_id(id)) return "id must be kebab-case";
          const std::optional<Severity> severity = severity_from_code(trim_outer_space(fields[1]));
          if (!severity) return "severity must be error, warning or info";
          Rule rule{id,
                    *severity,
                    trim_outer_space(fields[2]),
                    trim_outer_space(fields[3]),
                    trim_outer_space(fields[4]),
                    trim_outer_space(fields[5])};
          if (rule.title_zh.empty() || rule.title_en.empty()) return "both titles are needed";
          if (rule.message_zh.empty() || rule.message_en.empty()) return "both messages are needed";
          if (find_if(catalog.rules.begin(), catalog.rules.end(), [&](const Rule& r) { return r.id == id; }) !=
              catalog.rules.end()) {
            return "duplicate id " + id;
          }
          catalog.rules.push_back(std::move(rule));
          return std::nullopt;
        });
    return catalog;
  }();
  return built;
}

struct Term {
  std::string group;
  std::string code;
  std::string zh;
  std::string en;
};

struct Terms {
  std::vector<Term> terms;
  std::vector<VocabProblem> problems;
};

const Terms& terms() {
  static const Terms built = [] {
    Terms terms;
    const std::string source = "data/rules/terms.tsv";
    for_each_content_line(embedded_terms_tsv(), [&](int line, std::string_view content) {
      const std::vector<std::string_view> fields = split_on_tabs(content);
      if (!is_valid_utf8(content) || fields.size() != 4) {
        return terms.problems.push_back({source, line, "expected group<TAB>code<TAB>zh-CN<TAB>en"});
      }
      terms.terms.push_back({trim_outer_space(fields[0]), trim_outer_space(fields[1]), trim_outer_space(fields[2]),
                             trim_outer_space(fields[3])});
    });
    return terms;
  }();
  return built;
}

// {half_kind} is translated like {kind}: the group is the placeholder's name after its last "_".
std::string_view term_group_of(std::string_view placeholder) {
  const std::size_t underscore = placeholder.rfind('_');
  return underscore == std::string_view::npos ? placeholder : placeholder.substr(underscore + 1);
}

std::string_view argument_text(const Finding& finding, std::string_view placeholder, Language language,
                               std::string& storage) {
  for (const auto& [name, value] : finding.arguments) {
    if (name != placeholder) continue;
    if (std::optional<std::string> term = term_text(term_group_of(placeholder), value, language)) {
      storage = std::move(*term);
      return storage;
    }
    return value;
  }
  return {};
}

}  // namespace

std::string_view severity_code(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view code) { return severity_from_code(code); }

Language language_from_tag(std::string_view tag) {
  // Any Chinese tag (zh, zh-CN, zh_CN, zh-Hans, and also zh-TW): the messages are Simplified
  // Chinese, which a Traditional Chinese reader still follows better than the English fallback.
  if (tag.size() < 2) return Language::en;
  const bool zh = (tag[0] == 'z' || tag[0] == 'Z') && (tag[1] == 'h' || tag[1] == 'H');
  if (zh && (tag.size() == 2 || tag[2] == '-' || tag[2] == '_')) return Language::zh_cn;
  return Language::en;
}

const std::vector<Rule>& rule_catalog() { return catalog().rules; }

const std::vector<VocabProblem>& rule_catalog_problems() {
  static const std::vector<VocabProblem> problems = [] {
    std::vector<VocabProblem> all = catalog().problems;
    all.insert(all.end(), terms().problems.begin(), terms().problems.end());
    return all;
  }();
  return problems;
}

const Rule* find_rule(std::string_view id) {
  for (const Rule& rule : rule_catalog()) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

bool is_rule_id(std::string_view id) {
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  char previous = 0;
  for (char c : id) {
    const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!allowed || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

bool is_refusal(std::string_view id) {
  return id == "fix-refused-read-only" || id == "fix-refused-protected" || id == "check-failed";
}

std::string rule_title(std::string_view id, Language language) {
  const Rule* rule = find_rule(id);
  if (!rule) return std::string(id);
  return language == Language::zh_cn ? rule->title_zh : rule->title_en;
}

std::optional<std::string> term_text(std::string_view group, std::string_view code, Language language) {
  for (const Term& term : terms().terms) {
    if (term.group == group && term.code == code) return language == Language::zh_cn ? term.zh : term.en;
  }
  return std::nullopt;
}

Finding make_finding(std::string_view rule_id, std::vector<std::pair<std::string, std::string>> arguments,
                     std::optional<std::string> fix) {
  const Rule* rule = find_rule(rule_id);
  if (!rule) throw std::logic_error("no rule " + std::string(rule_id) + " in data/rules/rules.tsv");
  return Finding{rule->id, rule->severity, std::move(arguments), std::move(fix)};
}

std::string render_message(const Finding& finding, Language language) {
  const Rule* rule = find_rule(finding.rule_id);
  if (!rule) return finding.rule_id;
  const std::string_view message = language == Language::zh_cn ? rule->message_zh : rule->message_en;
  std::string result;
  result.reserve(message.size() + 64);
  std::size_t position = 0;
  while (position < message.size()) {
    const std::size_t open = message.find('{', position);
    if (open == std::string_view::npos) break;
    std::size_t close = open + 1;
    while (close < message.size() && is_placeholder_name_character(message[close])) ++close;
    result.append(message.substr(position, open - position));
    if (close == open + 1 || close == message.size() || message[close] != '}') {
      result.push_back('{');  // not a placeholder: a brace in the text
      position = open + 1;
      continue;
    }
    const std::string_view placeholder = message.substr(open + 1, close - open - 1);
    std::string storage;
    const bool known = std::any_of(finding.arguments.begin(), finding.arguments.end(),
                                   [&](const auto& argument) { return argument.first == placeholder; });
    if (known) {
      result.append(argument_text(finding, placeholder, language, storage));
    } else {
      result.append(message.substr(open, close - open + 1));
    }
    position = close + 1;
  }
  result.append(message.substr(std::min(position, message.size())));
  return with_replacement_characters(result);
}

std::vector<Finding> most_severe_first(std::vector<Finding> findings) {
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
  return findings;
}

std::string render_findings(const std::vector<Finding>& findings, Language language) {
  std::string result;
  for (const Finding& finding : most_severe_first(findings)) {
    if (!result.empty()) result += "\n";
    result += finding.rule_id;
    result += ": ";
    result += render_message(finding, language);
  }
  return result;
}

}  // namespace jixiao::core
