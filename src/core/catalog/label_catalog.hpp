// Words of the user interface kept as data (data/ui/*.tsv, code<TAB>zh-CN<TAB>en), so that the
// services hold no language.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/text/data_lines.hpp"
#include "core/catalog/finding.hpp"

namespace jixiao::core {

using LabelArguments = std::vector<std::pair<std::string, std::string>>;

class LabelCatalog {
 public:
  // Reads `text` (the file's bytes); lines it cannot use are kept in problems().
  LabelCatalog(std::string_view text, std::string_view source_name);

  // The label of `code` in `language`, each {name} of `arguments` filled in (a value is never
  // expanded again); the code itself when the catalog lacks it, a visible and harmless fallback
  // that the unit tests keep from shipping.
  std::string text(std::string_view code, Language language, const LabelArguments& arguments = {}) const;

  bool has(std::string_view code) const;
  const std::vector<VocabProblem>& problems() const { return problems_; }

 private:
  struct Label {
    std::string zh, en;
  };
  std::unordered_map<std::string, Label> by_code_;
  std::vector<VocabProblem> problems_;
};

// data/ui/reports.tsv: the report sheet, the CSV header, the highlighter's and report writer's
// messages, a rule's explanation.
const LabelCatalog& report_labels();

// A severity in the words of reports.tsv (严重 / Error, 警告 / Warning, 提示 / Info): the report
// sheet's and docs/rules.md's.
std::string severity_word(Severity severity, Language language);

}  // namespace jixiao::core
