#include "core/table_template.hpp"

#include <algorithm>

#include "core/data_lines.hpp"
#include "core/embedded_data.hpp"
#include "core/text.hpp"

// Templates are data (data/templates/*.tsv): a user adds a province's table without a new build.
namespace jixiao::core {

namespace {

std::vector<std::string> split_variants(std::string_view field) {
  std::vector<std::string> variants;
  std::size_t start = 0;
  while (start <= field.size()) {
    const std::size_t bar = field.find('|', start);
    const std::string_view part = field.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
    if (!part.empty()) variants.push_back(header_key(part));
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return variants;
}

bool role_from_code(std::string_view code, ColumnRole& role) {
  static const std::pair<std::string_view, ColumnRole> roles[] = {
      {"first", ColumnRole::first},       {"second", ColumnRole::second}, {"key_work", ColumnRole::key_work},
      {"project", ColumnRole::project},   {"third", ColumnRole::third},   {"half", ColumnRole::half},
      {"full", ColumnRole::full},         {"value", ColumnRole::value},   {"basis", ColumnRole::basis},
      {"category", ColumnRole::category}, {"past", ColumnRole::past},     {"expected", ColumnRole::expected}};
  for (const auto& [name, value] : roles)
    if (name == code) {
      role = value;
      return true;
    }
  return false;
}

void append_all(std::vector<std::string>& to, const std::vector<std::string_view>& fields, std::size_t from) {
  for (std::size_t i = from; i < fields.size(); ++i)
    for (std::string& variant : split_variants(fields[i])) to.push_back(std::move(variant));
}

}  // namespace

std::string header_key(std::string_view text) { return remove_all_space(nfkc(text)); }

TableTemplate parse_template(std::string_view text) {
  TableTemplate result;
  for_each_content_line(text, [&](int, std::string_view line) {
    const std::vector<std::string_view> fields = split_on_tabs(line);
    if (fields.size() < 2) return;
    const std::string_view key = fields[0];
    if (key == "name") {
      result.name = std::string(trim_outer_space(fields[1]));
    } else if (key == "title") {
      append_all(result.titles, fields, 1);
    } else if (key == "level") {
      FirstLevel level;
      level.labels = split_variants(fields[1]);
      for (std::size_t i = 2; i < fields.size(); ++i) {
        if (trim_outer_space(fields[i]) == "*") level.free_seconds = true;
        else
          for (std::string& variant : split_variants(fields[i])) level.seconds.push_back(std::move(variant));
      }
      if (!level.labels.empty()) result.first_levels.push_back(std::move(level));
    } else if (key == "column") {
      ColumnRole role;
      if (!role_from_code(trim_outer_space(fields[1]), role)) return;
      for (std::size_t i = 2; i < fields.size(); ++i)
        for (std::string& variant : split_variants(fields[i])) result.columns.emplace_back(role, std::move(variant));
    } else if (key == "budget_column" && fields.size() >= 3) {
      const std::string role(trim_outer_space(fields[1]));
      if (role == "amount") append_all(result.amount_columns, fields, 2);
      if (role == "share") append_all(result.share_columns, fields, 2);
    } else if (key == "budget_sum" && fields.size() >= 3) {
      BudgetSum sum;
      sum.total_labels = split_variants(fields[1]);
      for (std::size_t i = 2; i < fields.size(); ++i) {
        if (trim_outer_space(fields[i]) == "…") sum.parts_follow = true;
        else
          for (std::string& variant : split_variants(fields[i])) sum.parts.push_back(std::move(variant));
      }
      result.sums.push_back(std::move(sum));
    } else if (key == "budget_share_total") {
      append_all(result.share_totals, fields, 1);
    }
  });
  return result;
}

std::vector<TableTemplate> load_templates(const std::vector<std::string>& extra_templates) {
  static const std::vector<TableTemplate> built_in = {parse_template(embedded_template_project_tsv()),
                                                      parse_template(embedded_template_department_jiangsu_tsv()),
                                                      parse_template(embedded_template_department_hubei_tsv())};
  std::vector<TableTemplate> all = built_in;
  for (const std::string& text : extra_templates) {
    TableTemplate extra = parse_template(text);
    if (extra.name.empty()) continue;
    // A user's template of the same name replaces the built-in one.
    std::erase_if(all, [&](const TableTemplate& t) { return t.name == extra.name; });
    all.push_back(std::move(extra));
  }
  return all;
}

const FirstLevel* find_first_level(const TableTemplate& table_template, std::string_view key) {
  for (const FirstLevel& level : table_template.first_levels)
    if (std::find(level.labels.begin(), level.labels.end(), key) != level.labels.end()) return &level;
  return nullptr;
}

bool allows_second(const FirstLevel& first, std::string_view key) {
  return first.free_seconds || std::find(first.seconds.begin(), first.seconds.end(), key) != first.seconds.end();
}

bool is_any_second(const TableTemplate& table_template, std::string_view key) {
  for (const FirstLevel& level : table_template.first_levels)
    if (std::find(level.seconds.begin(), level.seconds.end(), key) != level.seconds.end()) return true;
  return false;
}

}  // namespace jixiao::core
