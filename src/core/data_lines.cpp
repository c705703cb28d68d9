#include "core/data_lines.hpp"

#include <string>

#include "core/text.hpp"

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

}  // namespace jixiao::core
