#include "core/catalog/rule_docs.hpp"

#include <array>

#include "core/catalog/label_catalog.hpp"
#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

struct Entry {
  RuleExplanation zh, en;
};

struct Explanations {
  std::array<std::optional<Entry>, rule_count> entries;
  std::vector<VocabProblem> problems;
};

const Explanations& explanations() {
  static const Explanations built = [] {
    Explanations all;
    all.problems = read_data_lines(
        embedded_rule_explanations_tsv(), "data/rules/explanations.tsv",
        [&](std::string_view content) -> std::optional<std::string> {
          const std::vector<std::string_view> f = split_on_tabs(content);
          if (f.size() != 9) return "expected id and eight texts: checks, why (zh-CN, en), wrong, right, fix (zh-CN, en)";
          const std::string id = trim_outer_space(f[0]);
          const std::optional<RuleId> rule = rule_of_code(id);
          if (!rule) return "no rule " + id + " in data/rules/rules.tsv";
          std::optional<Entry>& entry = all.entries[static_cast<std::size_t>(*rule)];
          if (entry) return "second explanation of " + id;
          std::array<std::string, 8> text;
          for (std::size_t i = 0; i < text.size(); ++i) {
            text[i] = trim_outer_space(f[i + 1]);
            if (text[i].empty()) return "every text of " + id + " is needed";
          }
          entry = Entry{{text[0], text[2], text[4], text[5], text[6]}, {text[1], text[3], text[4], text[5], text[7]}};
          return std::nullopt;
        });
    return all;
  }();
  return built;
}

std::string_view kind_code(RuleKind kind) {
  switch (kind) {
    case RuleKind::finding: return "finding";
    case RuleKind::limit: return "limit";
    case RuleKind::refusal: return "refusal";
  }
  return "finding";
}

// A table cell's text: a '|' would end the cell.
std::string table_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::optional<RuleExplanation> rule_explanation(RuleId rule, Language language) {
  const std::optional<Entry>& entry = explanations().entries[static_cast<std::size_t>(rule)];
  if (!entry) return std::nullopt;
  return language == Language::zh_cn ? entry->zh : entry->en;
}

std::optional<RuleExplanation> rule_explanation(std::string_view id, Language language) {
  const std::optional<RuleId> rule = rule_of_code(id);
  if (!rule) return std::nullopt;
  return rule_explanation(*rule, language);
}

std::string explanation_text(RuleId rule, Language language, bool with_id) {
  const LabelCatalog& words = report_labels();
  const Rule& entry = rule_entry(rule);
  const std::string& title = language == Language::zh_cn ? entry.title_zh : entry.title_en;
  std::string text = with_id ? words.text("explanation_title", language, {{"title", title}, {"id", entry.id}}) : title;
  const std::optional<RuleExplanation> e = rule_explanation(rule, language);
  if (!e) return text;
  for (const auto& line : {words.text("explanation_checks", language, {{"text", e->checks}}),
                           words.text("explanation_why", language, {{"text", e->why}}),
                           words.text("explanation_example", language, {{"wrong", e->wrong}, {"right", e->right}}),
                           words.text("explanation_fix", language, {{"text", e->fix}})})
    text += "\n" + line;
  return text;
}

const std::vector<VocabProblem>& rule_explanation_problems() { return explanations().problems; }

std::string rules_markdown() {
  std::string md =
      "# Jixiao rules · 规则说明\n\n"
      "<!-- Generated from data/rules/rules.tsv and data/rules/explanations.tsv by build/tools/rule_docs. "
      "Do not edit. -->\n\n"
      "Every finding Jixiao reports comes from one of these rules. Severity: error (the value is wrong or "
      "cannot be checked), warning (probably wrong or non-standard), info (worth knowing). Kind: finding "
      "(a claim about a cell), limit (the check stopped short of the whole sheet), refusal (a service "
      "refuses or cannot finish). Rules can be turned off in the sidebar's settings.\n\n"
      "每条问题都来自下列规则之一。级别：严重、警告、提示。可在侧边栏的设置中关闭规则。\n\n"
      "| Rule | 级别 Severity | Kind | 规则 | Title |\n|---|---|---|---|---|\n";
  for (const Rule& rule : rule_catalog()) {
    // The severity in the words the sidebar and the report use, then its code.
    md += "| [" + rule.id + "](#" + rule.id + ") | " + severity_word(rule.severity, Language::zh_cn) + " " +
          std::string(severity_code(rule.severity)) + " | " + std::string(kind_code(rule.kind)) + " | " +
          table_cell(rule.title_zh) + " | " + table_cell(rule.title_en) + " |\n";
  }
  for (const Rule& rule : rule_catalog()) {
    md += "\n## " + rule.id + "\n\n**" + rule.title_zh + "** · " + rule.title_en + " · " +
          std::string(severity_code(rule.severity)) + " · " + std::string(kind_code(rule.kind)) + "\n\n";
    const std::optional<RuleExplanation> zh = rule_explanation(rule.rule, Language::zh_cn);
    const std::optional<RuleExplanation> en = rule_explanation(rule.rule, Language::en);
    if (zh && en) {
      md += "| | 中文 | English |\n|---|---|---|\n";
      md += "| 检查什么 · What it checks | " + table_cell(zh->checks) + " | " + table_cell(en->checks) + " |\n";
      md += "| 为什么 · Why it matters | " + table_cell(zh->why) + " | " + table_cell(en->why) + " |\n";
      md += "| 修复 · Fix | " + table_cell(zh->fix) + " | " + table_cell(en->fix) + " |\n\n";
      md += "- 错误示例 · Wrong: `" + zh->wrong + "`\n- 正确写法 · Right: `" + zh->right + "`\n";
    }
    md += "- 提示文字 · Message: " + rule.message_zh + "\n- Message: " + rule.message_en + "\n";
  }
  return md;
}

}  // namespace jixiao::core
