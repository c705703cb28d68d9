#include "core/catalog/finding.hpp"

#include <algorithm>
#include <ostream>
#include <stdexcept>

#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/text/text.hpp"
#include "core/vocab/vocab.hpp"

namespace jixiao::core {

namespace {

bool is_placeholder_name_character(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

std::vector<std::string> split_arguments(std::string_view list) {
  std::vector<std::string> names;
  while (!list.empty()) {
    const std::size_t comma = list.find(',');
    names.emplace_back(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return names;
}

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
          if (fields.size() != 8)
            return "expected id<TAB>severity<TAB>kind<TAB>arguments<TAB>zh-CN title<TAB>en title<TAB>zh-CN<TAB>en";
          const std::string id = trim_outer_space(fields[0]);
          if (!is_rule_id(id)) return "id must be kebab-case";
          const std::optional<RuleId> known = rule_of_code(id);
          if (!known) return "no rule " + id + " in the build (its enum is made from this file when building)";
          const std::optional<Severity> severity = parse_severity(trim_outer_space(fields[1]));
          if (!severity) return "severity must be error, warning or info";
          Rule rule{id,
                    *known,
                    *severity,
                    rule_info(*known).kind,
                    split_arguments(rule_info(*known).arguments),
                    trim_outer_space(fields[4]),
                    trim_outer_space(fields[5]),
                    trim_outer_space(fields[6]),
                    trim_outer_space(fields[7])};
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

// A list of codes ("tab,line-break") in words, when each code is a term of the group: "制表符和换行符",
// "tabs and line breaks".
std::optional<std::string> term_list_text(std::string_view group, std::string_view codes, Language language) {
  if (codes.find(',') == std::string_view::npos) return std::nullopt;
  std::vector<std::string> words;
  for (std::size_t start = 0; start <= codes.size();) {
    const std::size_t comma = std::min(codes.find(',', start), codes.size());
    std::optional<std::string> word = term_text(group, codes.substr(start, comma - start), language);
    if (!word) return std::nullopt;
    words.push_back(std::move(*word));
    start = comma + 1;
  }
  // The joining words are terms too (group "list"); English puts spaces around them, Chinese none.
  const std::string comma = term_text("list", "comma", language).value_or(",");
  const std::string last = term_text("list", "and", language).value_or(",");
  const bool spaced = language != Language::zh_cn;
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && i + 1 == words.size()) text += spaced ? " " + last + " " : last;
    else if (i > 0) text += spaced ? comma + " " : comma;
    text += words[i];
  }
  return text;
}

std::string_view argument_text(const Finding& finding, std::string_view placeholder, Language language,
                               std::string& storage) {
  for (const auto& [name, value] : finding.arguments) {
    if (name != placeholder) continue;
    std::optional<std::string> term = term_text(term_group_of(placeholder), value, language);
    if (!term) term = term_list_text(term_group_of(placeholder), value, language);
    if (term) {
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

std::optional<Severity> parse_severity(std::string_view code) {
  for (Severity severity : {Severity::error, Severity::warning, Severity::info}) {
    if (severity_code(severity) == code) return severity;
  }
  return std::nullopt;
}

Severity severity_from_code(std::string_view code) { return parse_severity(code).value_or(Severity::info); }

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

std::optional<RuleId> rule_of_code(std::string_view id) {
  for (std::size_t i = 0; i < rule_count; ++i)
    if (rule_infos[i].code == id) return static_cast<RuleId>(i);
  return std::nullopt;
}

std::ostream& operator<<(std::ostream& out, RuleId rule) { return out << rule_code(rule); }

const Rule& rule_entry(RuleId rule) {
  // Index by enum: the catalog holds every rule of the registry (a unit test checks), so the
  // lookup below only fails for a catalog that lost lines, and then loudly.
  static const std::vector<const Rule*> by_rule = [] {
    std::vector<const Rule*> entries(rule_count, nullptr);
    for (const Rule& entry : rule_catalog()) entries[static_cast<std::size_t>(entry.rule)] = &entry;
    return entries;
  }();
  const Rule* entry = by_rule[static_cast<std::size_t>(rule)];
  if (!entry) throw std::logic_error("rule " + std::string(rule_code(rule)) + " is not in data/rules/rules.tsv");
  return *entry;
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
  const std::optional<RuleId> rule = rule_of_code(id);
  return rule && rule_info(*rule).kind == RuleKind::refusal;
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

Finding make_finding(RuleId rule, std::vector<std::pair<std::string, std::string>> arguments,
                     std::optional<std::string> fix) {
  const Rule& entry = rule_entry(rule);
  for (const auto& argument : arguments) {
    if (std::find(entry.arguments.begin(), entry.arguments.end(), argument.first) == entry.arguments.end())
      throw std::logic_error("rule " + entry.id + " has no argument " + argument.first + " in data/rules/rules.tsv");
  }
  return Finding{rule, entry.severity, std::move(arguments), std::move(fix)};
}

std::string render_message(const Finding& finding, Language language) {
  const Rule& rule = rule_entry(finding.rule_id);
  const std::string_view message = language == Language::zh_cn ? rule.message_zh : rule.message_en;
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
    result += rule_code(finding.rule_id);
    result += ": ";
    result += render_message(finding, language);
  }
  return result;
}

std::string first_rule_code(std::string_view rendered) {
  const std::string_view first_line = rendered.substr(0, rendered.find('\n'));
  return trim_outer_space(first_line.substr(0, first_line.find(':')));
}

}  // namespace jixiao::core
