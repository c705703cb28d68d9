#include "core/text/data_lines.hpp"

#include <string>

#include "core/text/text.hpp"

namespace jixiao::core {

void for_each_content_line(std::string_view text, const std::function<void(int, std::string_view)>& visit) {
  int line_number = 0;
  while (!text.empty()) {
    ++line_number;
    const std::size_t newline = text.find('\n');
    const std::string_view raw = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view{} : text.substr(newline + 1);
    const std::string line = trim_outer_space(raw);
    if (line.empty() || line.front() == '#') continue;
    visit(line_number, line);
  }
}

std::vector<VocabProblem> read_data_lines(std::string_view text, std::string_view source_name,
                                          const std::function<std::optional<std::string>(std::string_view)>& read) {
  std::vector<VocabProblem> problems;
  for_each_content_line(text, [&](int line, std::string_view content) {
    std::optional<std::string> problem;
    if (!is_valid_utf8(content)) {
      problem = "not valid UTF-8";
    } else {
      problem = read(content);
    }
    if (problem) problems.push_back({std::string(source_name), line, std::move(*problem)});
  });
  return problems;
}

std::vector<std::string_view> split_on_tabs(std::string_view line) {
  std::vector<std::string_view> fields;
  while (true) {
    const std::size_t tab = line.find('\t');
    fields.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return fields;
}

std::vector<std::pair<std::string, std::string>> read_ending_table(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> table;
  for_each_content_line(text, [&](int, std::string_view line) {
    const std::vector<std::string_view> fields = split_on_tabs(line);
    if (fields.size() != 2) return;
    std::string ending = remove_all_space(nfkc(fields[0]));
    std::string value(trim_outer_space(fields[1]));
    if (!ending.empty() && !value.empty()) table.emplace_back(std::move(ending), std::move(value));
  });
  return table;
}

const std::pair<std::string, std::string>* longest_ending(const std::vector<std::pair<std::string, std::string>>& table,
                                                          std::string_view name) {
  const std::pair<std::string, std::string>* best = nullptr;
  for (const auto& entry : table)
    if (name.ends_with(entry.first) && (!best || entry.first.size() > best->first.size())) best = &entry;
  return best;
}

}  // namespace jixiao::core
