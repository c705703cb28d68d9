#include "core/ui_labels.hpp"

#include <unordered_map>

#include "core/embedded_data.hpp"
#include "core/text.hpp"

namespace jixiao::core {

namespace {

struct Label {
  std::string zh;
  std::string en;
};

struct Labels {
  std::unordered_map<std::string, Label> by_code;
  std::vector<VocabProblem> problems;
};

const Labels& labels() {
  static const Labels built = [] {
    Labels result;
    result.problems = read_data_lines(embedded_ui_labels_tsv(), "data/ui/labels.tsv",
                                      [&](std::string_view line) -> std::optional<std::string> {
      const std::vector<std::string_view> fields = split_on_tabs(line);
      if (fields.size() != 3 || trim_outer_space(fields[1]).empty() || trim_outer_space(fields[2]).empty())
        return "expected code<TAB>zh-CN<TAB>en, both texts given";
      const auto [_, added] = result.by_code.emplace(
          trim_outer_space(fields[0]), Label{trim_outer_space(fields[1]), trim_outer_space(fields[2])});
      if (!added) return "the code " + trim_outer_space(fields[0]) + " is given twice";
      return std::nullopt;
    });
    return result;
  }();
  return built;
}

}  // namespace

std::string ui_label(std::string_view code, Language language,
                     const std::vector<std::pair<std::string, std::string>>& arguments) {
  const auto found = labels().by_code.find(std::string(code));
  if (found == labels().by_code.end()) return std::string(code);
  std::string text = language == Language::zh_cn ? found->second.zh : found->second.en;
  for (const auto& [name, value] : arguments) {
    const std::string placeholder = "{" + name + "}";
    for (std::size_t at = text.find(placeholder); at != std::string::npos;
         at = text.find(placeholder, at + value.size())) {
      text.replace(at, placeholder.size(), value);
    }
  }
  return text;
}

bool has_ui_label(std::string_view code) { return labels().by_code.contains(std::string(code)); }

const std::vector<VocabProblem>& ui_label_problems() { return labels().problems; }

}  // namespace jixiao::core
