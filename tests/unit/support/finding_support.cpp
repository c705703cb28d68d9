#include "support/finding_support.hpp"

#include <algorithm>

namespace jixiao::test {

std::vector<std::string> placeholders_of(std::string_view message_template) {
  std::vector<std::string> names;
  std::size_t position = 0;
  while ((position = message_template.find('{', position)) != std::string_view::npos) {
    const std::size_t close = message_template.find('}', position);
    if (close == std::string_view::npos) break;
    names.emplace_back(message_template.substr(position + 1, close - position - 1));
    position = close + 1;
  }
  return names;
}

std::string argument_problems(const core::Finding& finding) {
  const core::Rule* rule = &core::rule_entry(finding.rule_id);
  const std::string id(core::rule_code(finding.rule_id));
  std::string problems;
  const auto zh = placeholders_of(rule->message_zh);
  const auto en = placeholders_of(rule->message_en);
  auto contains = [](const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  for (const auto& [name, value] : finding.arguments) {
    if (!contains(zh, name)) problems += id + ": zh template lacks {" + name + "}; ";
    if (!contains(en, name)) problems += id + ": en template lacks {" + name + "}; ";
  }
  for (const auto* names : {&zh, &en}) {
    for (const std::string& name : *names) {
      const bool given = std::any_of(finding.arguments.begin(), finding.arguments.end(),
                                     [&](const auto& argument) { return argument.first == name; });
      if (!given) problems += id + ": no argument for {" + name + "}; ";
    }
  }
  return problems;
}

std::string rule_ids(const std::vector<core::Finding>& findings) {
  std::string ids;
  for (const core::Finding& finding : findings) ids += (ids.empty() ? "" : " ") + std::string(core::rule_code(finding.rule_id));
  return ids;
}

}  // namespace jixiao::test
