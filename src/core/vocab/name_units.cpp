#include "core/vocab/name_units.hpp"

#include <utility>
#include <vector>

#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/vocab/indicator_names.hpp"
#include "core/text/text.hpp"

namespace jixiao::core {

namespace {

// ending → unit, "money" for an amount in the table's money unit
const std::vector<std::pair<std::string, std::string>>& builtin() {
  static const std::vector<std::pair<std::string, std::string>> endings = read_ending_table(embedded_name_units_tsv());
  return endings;
}

// The money units a table declares, longest first where one ends another (万元 before 元).
constexpr std::string_view money_units[] = {"万元", "千元", "亿元", "元"};

}  // namespace

std::optional<ImpliedUnit> implied_unit(std::string_view name) {
  const std::pair<std::string, std::string>* best = longest_ending(builtin(), name_matching_form(name));
  if (!best) return std::nullopt;
  return best->second == "money" ? ImpliedUnit{"", true} : ImpliedUnit{best->second, false};
}

std::optional<std::string> money_unit_note(std::string_view text) {
  if (text.size() > 60) return std::nullopt;
  const std::string folded = remove_all_space(nfkc(text));
  const std::size_t at = folded.find("单位:");
  if (at == std::string::npos) return std::nullopt;
  const std::string_view rest = std::string_view(folded).substr(at + std::string_view("单位:").size());
  for (std::string_view unit : money_units)
    if (rest.starts_with(unit)) return std::string(unit);
  return std::nullopt;
}

std::optional<std::string> money_unit_of_heading(std::string_view text) {
  if (text.size() > 60 || text.find("元") == std::string_view::npos) return std::nullopt;
  const std::string folded = remove_all_space(nfkc(text));
  bool money_word = false;
  for (std::string_view word : {"金额", "资金", "预算", "经费", "支出", "收入"})
    money_word = money_word || folded.find(word) != std::string::npos;
  if (!money_word) return std::nullopt;
  for (std::string_view unit : money_units)
    if (folded.find("(" + std::string(unit) + ")") != std::string::npos) return std::string(unit);
  return std::nullopt;
}

}  // namespace jixiao::core
