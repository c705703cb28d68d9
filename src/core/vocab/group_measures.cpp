#include "core/vocab/group_measures.hpp"

#include <utility>
#include <vector>

#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/vocab/indicator_names.hpp"
#include "core/vocab/table_template.hpp"

namespace jixiao::core {

namespace {

// ending → the group's label_key ("" for "-", an ending that takes the group away)
const std::vector<std::pair<std::string, std::string>>& builtin() {
  static const std::vector<std::pair<std::string, std::string>> endings = [] {
    std::vector<std::pair<std::string, std::string>> table = read_ending_table(embedded_group_measures_tsv());
    for (auto& entry : table) entry.second = entry.second == "-" ? std::string() : label_key(entry.second);
    return table;
  }();
  return endings;
}

}  // namespace

std::optional<std::string> group_of_measure(std::string_view name) {
  const std::pair<std::string, std::string>* best = longest_ending(builtin(), name_matching_form(name));
  if (!best || best->second.empty()) return std::nullopt;
  return best->second;
}

}  // namespace jixiao::core
