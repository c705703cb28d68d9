#include "core/vocab/column_vocabulary.hpp"

#include <array>

#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/vocab/table_template.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

constexpr std::array<std::pair<std::string_view, ColumnRole>, 21> role_codes = {{
    {"first", ColumnRole::first},       {"second", ColumnRole::second},
    {"third", ColumnRole::third},       {"operator", ColumnRole::operator_column},
    {"value", ColumnRole::value},       {"unit", ColumnRole::unit},
    {"direction", ColumnRole::direction}, {"weight", ColumnRole::weight},
    {"half", ColumnRole::half},         {"full", ColumnRole::full},
    {"expected", ColumnRole::expected}, {"past", ColumnRole::past},
    {"basis", ColumnRole::basis},       {"category", ColumnRole::category},
    {"key_work", ColumnRole::key_work}, {"project", ColumnRole::project},
    {"info", ColumnRole::info},         {"actual", ColumnRole::actual},
    {"score", ColumnRole::score},       {"reason", ColumnRole::reason},
    {"possibility", ColumnRole::possibility},
}};

// A header word, or the word with its last character lost ("二级指" for 二级指标): truncated
// headers occur in real tables, and no two header words share such a prefix.
bool word_matches(const std::string& word, std::string_view key) {
  if (key == word) return true;
  return key.size() >= 6 && word.size() > key.size() && word.size() - key.size() <= 3 && word.starts_with(key);
}

}  // namespace

std::string_view column_role_code(ColumnRole role) {
  for (const auto& [code, value] : role_codes)
    if (value == role) return code;
  return "info";
}

std::optional<ColumnRole> parse_column_role(std::string_view code) {
  for (const auto& [name, value] : role_codes)
    if (name == code) return value;
  return std::nullopt;
}

bool reports_on_targets(ColumnRole role) {
  return role == ColumnRole::actual || role == ColumnRole::score || role == ColumnRole::possibility;
}

ColumnVocabulary parse_column_vocabulary(std::string_view text) {
  ColumnVocabulary vocabulary;
  for_each_content_line(text, [&](int number, std::string_view line) {
    const std::vector<std::string_view> fields = split_on_tabs(line);
    const std::optional<ColumnRole> role = parse_column_role(trim_outer_space(fields[0]));
    if (!role || fields.size() < 2) {
      vocabulary.problems.push_back("line " + std::to_string(number) + ": not a role and its words");
      return;
    }
    for (std::size_t i = 1; i < fields.size(); ++i) {
      std::string key = header_key(fields[i]);
      if (!key.empty()) vocabulary.words.emplace_back(*role, std::move(key));
    }
  });
  return vocabulary;
}

const ColumnVocabulary& builtin_column_vocabulary() {
  static const ColumnVocabulary vocabulary = parse_column_vocabulary(embedded_template_columns_tsv());
  return vocabulary;
}

std::string_view without_trailing_note(std::string_view key) {
  if (!key.ends_with(')')) return key;
  // The matching "(" of the last ")": notes may nest ("指标值(包含数字(个)及文字)").
  int depth = 0;
  std::size_t open = std::string_view::npos;
  for (std::size_t i = key.size(); i-- > 0;) {
    if (key[i] == ')') ++depth;
    if (key[i] == '(' && --depth == 0) {
      open = i;
      break;
    }
  }
  if (open == std::string_view::npos || open == 0) return key;
  std::string_view core = key.substr(0, open);
  while (core.ends_with('/') || core.ends_with('\\')) core.remove_suffix(1);
  return core.empty() ? key : core;
}

std::vector<ColumnRole> header_roles(const ColumnVocabulary& vocabulary, std::string_view key) {
  std::vector<ColumnRole> roles;
  if (key.empty()) return roles;
  const std::string_view core = without_trailing_note(key);
  for (const auto& [role, word] : vocabulary.words) {
    if (!word_matches(word, key) && (core == key || !word_matches(word, core))) continue;
    if (std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(role);
  }
  return roles;
}

}  // namespace jixiao::core
