#include "core/catalog/label_catalog.hpp"

#include "core/text/embedded_data.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

LabelCatalog::LabelCatalog(std::string_view text, std::string_view source_name) {
  problems_ = read_data_lines(text, source_name, [&](std::string_view line) -> std::optional<std::string> {
    const std::vector<std::string_view> fields = split_on_tabs(line);
    if (fields.size() != 3) return "expected code<TAB>zh-CN<TAB>en";
    Label label{trim_outer_space(fields[1]), trim_outer_space(fields[2])};
    if (label.zh.empty() || label.en.empty()) return "both texts are needed";
    const std::string code = trim_outer_space(fields[0]);
    if (!by_code_.emplace(code, std::move(label)).second) return "the code " + code + " is given twice";
    return std::nullopt;
  });
}

std::string LabelCatalog::text(std::string_view code, Language language, const LabelArguments& arguments) const {
  const auto found = by_code_.find(std::string(code));
  if (found == by_code_.end()) return std::string(code);
  const std::string& pattern = language == Language::zh_cn ? found->second.zh : found->second.en;
  // One pass over the pattern, so that a value holding "{name}" stays as it is.
  std::string out;
  for (std::size_t at = 0; at < pattern.size();) {
    bool replaced = false;
    if (pattern[at] == '{') {
      for (const auto& [name, value] : arguments) {
        if (pattern.compare(at + 1, name.size(), name) == 0 && at + 1 + name.size() < pattern.size() &&
            pattern[at + 1 + name.size()] == '}') {
          out += value;
          at += name.size() + 2;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += pattern[at++];
  }
  return out;
}

bool LabelCatalog::has(std::string_view code) const { return by_code_.contains(std::string(code)); }

const LabelCatalog& report_labels() {
  static const LabelCatalog catalog(embedded_ui_reports_tsv(), "data/ui/reports.tsv");
  return catalog;
}

std::string severity_word(Severity severity, Language language) {
  return report_labels().text("severity_" + std::string(severity_code(severity)), language);
}

}  // namespace jixiao::core
