#include "core/vocab/table_template.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>

#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/text/text.hpp"

// Templates are data (data/templates/*.tsv): a user adds a province's table without a new build.
namespace jixiao::core {

namespace {

std::vector<std::string> split_variants(std::string_view field) {
  std::vector<std::string> variants;
  std::size_t start = 0;
  while (start <= field.size()) {
    const std::size_t bar = field.find('|', start);
    const std::string_view part = field.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
    if (!part.empty()) {
      std::string key = header_key(part);
      if (!key.empty() && std::find(variants.begin(), variants.end(), key) == variants.end()) variants.push_back(std::move(key));
    }
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return variants;
}

bool contains(const std::vector<std::string>& words, std::string_view key) {
  return std::find(words.begin(), words.end(), key) != words.end();
}

// The child's facts after the parent's; a child level replaces the parent's level that shares a
// label with it.
TableTemplate merged(const TableTemplate& parent, const TableTemplate& child) {
  TableTemplate result = child;
  result.first_levels.clear();
  for (const FirstLevel& level : parent.first_levels) {
    const bool replaced = std::any_of(child.first_levels.begin(), child.first_levels.end(), [&](const FirstLevel& own) {
      return std::any_of(own.label_keys.begin(), own.label_keys.end(),
                         [&](const std::string& l) { return contains(level.label_keys, l); });
    });
    if (!replaced) result.first_levels.push_back(level);
  }
  result.first_levels.insert(result.first_levels.end(), child.first_levels.begin(), child.first_levels.end());
  for (const std::string& title : parent.titles)
    if (!contains(result.titles, title)) result.titles.push_back(title);
  if (result.weight_totals.empty()) result.weight_totals = parent.weight_totals;
  if (!child.declares_required) result.required = parent.required;
  if (result.optional_seconds.empty()) result.optional_seconds = parent.optional_seconds;
  if (result.standard_project_types.empty()) result.standard_project_types = parent.standard_project_types;
  result.columns.insert(result.columns.begin(), parent.columns.begin(), parent.columns.end());
  return result;
}

void append_all(std::vector<std::string>& to, const std::vector<std::string_view>& fields, std::size_t from) {
  for (std::size_t i = from; i < fields.size(); ++i)
    for (std::string& variant : split_variants(fields[i])) to.push_back(std::move(variant));
}

}  // namespace

std::string header_key(std::string_view text) { return remove_all_space(nfkc(text)); }

std::string_view label_of_key(std::string_view key) {
  // 产出指标(50分), 数量指标(20%): the points a level carries, written after its label, are no
  // part of the label.
  if (key.ends_with(")")) {
    const std::size_t open = key.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      const std::string_view remark = key.substr(open + 1, key.size() - open - 2);
      if (!remark.empty() && (remark.ends_with("分") || remark.ends_with("%")) &&
          std::isdigit(static_cast<unsigned char>(remark.front())))
        key = key.substr(0, open);
    }
  }
  constexpr std::string_view suffix = "指标";
  if (key.size() > suffix.size() && key.ends_with(suffix)) key.remove_suffix(suffix.size());
  return key;
}

std::string label_key(std::string_view text) { return std::string(label_of_key(header_key(text))); }

TableTemplate parse_template(std::string_view text) {
  TableTemplate result;
  for_each_content_line(text, [&](int, std::string_view line) {
    const std::vector<std::string_view> fields = split_on_tabs(line);
    if (fields.size() < 2) return;
    const std::string_view key = fields[0];
    if (key == "name") {
      result.name = std::string(trim_outer_space(fields[1]));
    } else if (key == "extends") {
      result.extends = std::string(trim_outer_space(fields[1]));
    } else if (key == "signature") {
      for (std::size_t i = 1; i < fields.size(); ++i)
        if (const std::optional<ColumnRole> role = parse_column_role(trim_outer_space(fields[i])))
          result.signature.push_back(*role);
    } else if (key == "weight_total") {
      for (std::size_t i = 1; i < fields.size(); ++i) {
        const std::string number(trim_outer_space(fields[i]));
        char* end = nullptr;
        const double total = std::strtod(number.c_str(), &end);
        if (!number.empty() && end == number.c_str() + number.size() && total > 0) result.weight_totals.push_back(total);
      }
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
      for (const std::string& label : level.labels) level.label_keys.push_back(label_key(label));
      for (const std::string& second : level.seconds) level.second_keys.push_back(label_key(second));
      if (!level.labels.empty()) result.first_levels.push_back(std::move(level));
    } else if (key == "column") {
      const std::optional<ColumnRole> role = parse_column_role(trim_outer_space(fields[1]));
      if (!role) return;
      for (std::size_t i = 2; i < fields.size(); ++i)
        for (std::string& variant : split_variants(fields[i])) result.columns.emplace_back(*role, std::move(variant));
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
    } else if (key == "required") {
      result.declares_required = true;
      if (trim_outer_space(fields[1]) == "-") return;
      RequiredGroup group{label_key(fields[1]), {}};
      for (std::size_t i = 2; i < fields.size(); ++i) group.seconds.push_back(label_key(fields[i]));
      result.required.push_back(std::move(group));
    } else if (key == "optional") {
      for (std::size_t i = 1; i < fields.size(); ++i)
        for (const std::string& variant : split_variants(fields[i])) result.optional_seconds.push_back(label_key(variant));
    } else if (key == "standard_project_types") {
      append_all(result.standard_project_types, fields, 1);
    }
  });
  return result;
}

std::vector<TableTemplate> load_templates(const std::vector<std::string>& extra_templates) {
  static const std::vector<TableTemplate> built_in = {
      parse_template(embedded_template_national_tsv()), parse_template(embedded_template_budget_system_tsv()),
      parse_template(embedded_template_project_tsv()), parse_template(embedded_template_department_jiangsu_tsv()),
      parse_template(embedded_template_department_hubei_tsv())};
  std::vector<TableTemplate> all = built_in;
  for (const std::string& text : extra_templates) {
    TableTemplate extra = parse_template(text);
    if (extra.name.empty()) continue;
    // A user's template of the same name replaces the built-in one.
    std::erase_if(all, [&](const TableTemplate& t) { return t.name == extra.name; });
    all.push_back(std::move(extra));
  }
  // Parents before children: a template extends one already resolved (a cycle or an unknown
  // parent leaves the template as written).
  std::vector<TableTemplate> resolved;
  std::vector<bool> done(all.size(), false);
  for (std::size_t pass = 0; pass < all.size(); ++pass)
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (done[i]) continue;
      const TableTemplate& t = all[i];
      if (t.extends.empty() || t.extends == t.name) {
        done[i] = true;
        continue;
      }
      for (std::size_t j = 0; j < all.size(); ++j)
        if (done[j] && all[j].name == t.extends) {
          all[i] = merged(all[j], t);
          done[i] = true;
          break;
        }
    }
  return all;
}

const FirstLevel* find_first_level(const TableTemplate& table_template, std::string_view key) {
  const std::string_view label = label_of_key(key);
  for (const FirstLevel& level : table_template.first_levels)
    if (contains(level.label_keys, label)) return &level;
  return nullptr;
}

bool allows_second(const FirstLevel& first, std::string_view key) {
  return first.free_seconds || contains(first.second_keys, label_of_key(key));
}

bool optional_second(const TableTemplate& table_template, std::string_view key) {
  return contains(table_template.optional_seconds, label_of_key(key));
}

bool is_any_second(const TableTemplate& table_template, std::string_view key) {
  return first_of_second(table_template, key) != nullptr;
}

const FirstLevel* first_of_second(const TableTemplate& table_template, std::string_view key) {
  const std::string_view label = label_of_key(key);
  for (const FirstLevel& level : table_template.first_levels)
    if (contains(level.second_keys, label)) return &level;
  return nullptr;
}

}  // namespace jixiao::core
