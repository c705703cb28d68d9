// Rules over a whole section (a project of an export, or a whole table) and a whole block: what a
// reviewer sees only once every row of the project has been read.
#include <algorithm>
#include <cmath>
#include <map>

#include "core/sheet/cell_display.hpp"
#include "core/sheet/sheet_rules.hpp"
#include "core/text/date_text.hpp"
#include "core/text/number_text.hpp"
#include "core/text/text.hpp"
#include "core/text/value_text.hpp"
#include "core/vocab/indicator_names.hpp"
#include "core/vocab/vague_words.hpp"

namespace jixiao::core {

// stale-year for a text naming only years before the budget year (below).
// `project`: the project's own name; a year it holds (2024年地质灾害综合防治体系建设) is the
// project's, not last year's text.
void report_stale_year(int row, int column, std::string_view text, int budget_year, FindingSink& sink,
                       std::string_view project = {});

namespace {

std::string number_text(double value) {
  NumberFormat general;
  return shown_number(value, general);
}

bool live(const IndicatorRowFacts& row) { return !row.not_applicable && !row.name.empty(); }

// 51192321Y000000033650-小学公用经费 -> Y: the type letter of a budget-system project code.
char project_type(std::string_view project) {
  std::size_t digits = 0;
  while (digits < project.size() && project[digits] >= '0' && project[digits] <= '9') ++digits;
  if (digits < 6 || digits >= project.size()) return 0;
  const char letter = project[digits];
  return letter >= 'A' && letter <= 'Z' ? letter : 0;
}

// The project's name without its code: 51192321Y000000033650-小学公用经费 -> 小学公用经费.
std::string_view without_project_code(std::string_view project) {
  const std::size_t dash = project.find('-');
  if (dash != std::string_view::npos && project_type(project) != 0) return project.substr(dash + 1);
  return project;
}

// What a text says once spaces, years and the words every goal shares are gone: 2025年度XX项目
// and XX are the same goal.
std::string core_words(std::string_view text) {
  std::string key = header_key(text);
  for (std::string_view noise : {"年度", "项目", "工作", "经费", "资金", "完成", "年"}) {
    for (std::size_t at = key.find(noise); at != std::string::npos; at = key.find(noise, at)) key.erase(at, noise.size());
  }
  std::erase_if(key, [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '_'; });
  return key;
}

// An amount in 万元 from a target's number and unit (元, 万元, 亿元, 元/年 …); nullopt for other units.
std::optional<double> in_wan_yuan(const ParsedTarget& target) {
  if (!target.number || target.kind != ValueKind::amount) return std::nullopt;
  const std::string_view unit = target.unit;
  if (unit.starts_with("亿元")) return *target.number * 1e4;
  if (unit.starts_with("万元")) return *target.number;
  if (unit.starts_with("千元")) return *target.number / 10;
  if (unit.starts_with("元")) return *target.number / 1e4;
  return std::nullopt;
}

// A second level as the template writes it (质量指标), from its label_key (质量).
std::string label_shown(const FirstLevel& first, const std::string& key) {
  for (std::size_t i = 0; i < first.seconds.size(); ++i)
    if (first.second_keys[i] == key) return first.seconds[i];
  return key;
}

// A project of the budget system's standard kinds (51192321R…: personnel, Y: running costs),
// which carries the system's own indicators and goal.
bool is_standard_project(const TableTemplate& t, std::string_view project) {
  const char type = project_type(project);
  return type != 0 && std::find(t.standard_project_types.begin(), t.standard_project_types.end(), std::string(1, type)) !=
                          t.standard_project_types.end();
}

// The template's required groups: 产出 with 数量, 质量 and 时效, 效益, 满意度. A group holding only
// 无 or 不适用 is missing all the same. Projects of the budget system's standard kinds carry the
// system's own set. Reported once, at `where`, naming `name`.
void check_required_groups(const TableTemplate& t, std::string_view project, const std::vector<IndicatorRowFacts>& rows,
                           std::pair<int, int> where, const std::string& name, FindingSink& sink,
                           bool costs_expected = false) {
  if (t.required.empty() || is_standard_project(t, project)) return;
  std::vector<std::string> missing;
  for (const RequiredGroup& group : t.required) {
    const FirstLevel* first = find_first_level(t, group.first);
    if (!first) continue;
    const auto under_first = [&](const IndicatorRowFacts& row) {
      // A row whose first level is unknown belongs where its second level says (时效指标).
      const FirstLevel* level = row.first ? row.first : first_of_second(t, row.second_key);
      return live(row) && level == first;
    };
    // A row that neither level places, in a table of another wording (产出值 | 数量值), holds the
    // group its second level names a part of: 数量值 is 数量, 经济效益值 is 效益.
    const auto named_in_unplaced = [&](const IndicatorRowFacts& row, const std::string& key) {
      return live(row) && !row.first && !first_of_second(t, row.second_key) && !key.empty() &&
             row.second_key.find(key) != std::string::npos;
    };
    if (group.seconds.empty()) {
      const std::string first_key = label_key(first->labels.front());
      if (std::none_of(rows.begin(), rows.end(), under_first) &&
          std::none_of(rows.begin(), rows.end(), [&](const IndicatorRowFacts& row) { return named_in_unplaced(row, first_key); }))
        missing.push_back(first->labels.front());
      continue;
    }
    for (const std::string& second : group.seconds) {
      const bool present = std::any_of(rows.begin(), rows.end(), [&](const IndicatorRowFacts& row) {
        return (under_first(row) && label_of_key(row.second_key) == second) || named_in_unplaced(row, second);
      });
      if (!present) missing.push_back(label_shown(*first, second));
    }
  }
  // 成本指标 where the table's other projects set theirs (SectionInfo::costs_expected).
  if (costs_expected && std::none_of(rows.begin(), rows.end(), [](const IndicatorRowFacts& row) {
        return live(row) && (row.second_key.find("成本") != std::string::npos ||
                             (row.first && row.first->labels.front().find("成本") != std::string::npos));
      }))
    missing.push_back("成本指标");
  if (missing.empty()) return;
  std::string groups;
  for (const std::string& label : missing) groups += (groups.empty() ? "" : "、") + label;
  sink.add(where.first, where.second, make_finding(RuleId::missing_indicator_group, {{"project", name}, {"groups", groups}}));
}

class SectionChecker {
 public:
  SectionChecker(const GridView& view, const TableTemplate& t, const IndicatorBlock& block, const SectionInfo& info,
                 const std::vector<IndicatorRowFacts>& rows, std::string_view money_unit, FindingSink& sink)
      : view_(view), t_(t), block_(block), info_(info), rows_(rows), money_unit_(money_unit), sink_(sink) {}

  void run() {
    const bool export_section = !block_.columns.info.empty();
    const bool has_indicators = std::any_of(rows_.begin(), rows_.end(), live);
    if (export_section) {
      check_budget_cell();
      if (info_.project.empty()) return;
      // A note under the export (取数说明：…) in the project column is no project.
      if (!has_indicators && code_point_count(info_.project) > 60) return;
      // The department's total line (合计 | 593.13) above its projects is no project.
      if (!has_indicators && is_total_line(info_.project)) return;
      check_goal();
      if (!has_indicators) {
        report_without_indicators();
        return;
      }
    }
    if (!has_indicators || block_.second_panel) return;
    check_units_on_qualitative_rows();
    if (export_section) check_required_groups(t_, info_.project, rows_, where_project_is(), project_name(), sink_,
                                            info_.costs_expected);
    check_values_copying_weights();
    check_costs_against_budget();
  }

 private:
  // 预算数 typed as text ("137,640.00"): the sum of a package cannot count it.
  void check_budget_cell() {
    if (info_.budget_column < 0) return;
    const std::string* text = view_.text(info_.first_row, info_.budget_column);
    // Plain digits as text are how some exports write every amount; thousands separators, spaces
    // or full-width digits are a person's (137,640.00): that text is what no sum counts.
    if (!text || (text->find(',') == std::string::npos && !has_space(*text) && !has_full_width_form(*text))) return;
    if (const std::optional<double> number = parse_number_text(*text))
      sink_.add(info_.first_row, info_.budget_column,
                make_finding(RuleId::number_stored_as_text, {{"value", shortened_for_message(*text)}}),
                {sink_.edit(info_.first_row, info_.budget_column, *number)});
  }

  std::optional<double> budget() const {
    if (info_.budget_column < 0) return std::nullopt;
    const CellValue& cell = view_.cell(info_.first_row, info_.budget_column);
    if (const double* number = std::get_if<double>(&cell)) return *number;
    if (const std::string* text = std::get_if<std::string>(&cell)) return parse_number_text(*text);
    return std::nullopt;
  }

  std::string budget_shown() const {
    if (info_.budget_column < 0) return "-";
    const std::string shown = view_.shown(info_.first_row, info_.budget_column);
    return shown.empty() ? "-" : shortened_for_message(shown) + std::string(money_unit_);
  }

  void report_without_indicators() {
    sink_.add(info_.first_row, info_.project_column,
              make_finding(RuleId::project_without_indicators,
                           {{"project", shortened_for_message(info_.project)}, {"budget", budget_shown()}}));
  }

  // 年度目标 left empty, or only the project's name again.
  void check_goal() {
    if (info_.goal_column < 0) return;
    const std::string field = "年度目标";
    const std::string goal = view_.shown(info_.first_row, info_.goal_column);
    const std::string project = shortened_for_message(without_project_code(info_.project));
    if (trim_outer_space(goal).empty()) {
      sink_.add(info_.first_row, info_.goal_column,
                make_finding(RuleId::info_field_empty, {{"field", field}, {"project", project}}));
      return;
    }
    const std::string goal_words = core_words(goal), name_words = core_words(without_project_code(info_.project));
    if (!goal_words.empty() && goal_words == name_words) {
      sink_.add(info_.first_row, info_.goal_column,
                make_finding(RuleId::info_field_repeats_name, {{"field", field}, {"project", project}}));
      return;
    }
    report_stale_year(info_.first_row, info_.goal_column, goal, info_.budget_year, sink_, info_.project);
    if (!is_standard_project(t_, info_.project)) report_goal_without_figure(info_.first_row, info_.goal_column, field, goal, sink_);
  }

  static bool is_total_line(const std::string& project) {
    const std::string key = header_key(project);
    return key == "合计" || key == "总计" || key == "小计" || key == "总合计";
  }

  // unit-on-qualitative: 定性 rows whose unit cell holds a unit (定性 | 好 | %). An export fills a
  // project's rows in one go: one finding a project, at its first such row, with how many.
  void check_units_on_qualitative_rows() {
    std::vector<const IndicatorRowFacts*> with_unit;
    for (const IndicatorRowFacts& row : rows_) {
      if (!live(row) || !row.qualitative || row.unit_column < 0) continue;
      const std::string unit = trim_outer_space(row.unit_text);
      if (!unit.empty() && unit != "-" && unit != "/" && unit != "无") with_unit.push_back(&row);
    }
    if (with_unit.empty()) return;
    const IndicatorRowFacts& first = *with_unit.front();
    sink_.add(first.row, first.unit_column,
              make_finding(RuleId::unit_on_qualitative, {{"name", shortened_for_message(first.name)},
                                                         {"unit", shortened_for_message(trim_outer_space(first.unit_text))},
                                                         {"count", std::to_string(with_unit.size())}}));
  }

  std::pair<int, int> where_project_is() const {
    if (info_.project_column >= 0 && !info_.project.empty()) return {info_.first_row, info_.project_column};
    const int column = block_.columns.first >= 0 ? block_.columns.first : block_.columns.third;
    return {info_.first_row, std::max(column, 0)};
  }

  std::string project_name() const { return shortened_for_message(without_project_code(info_.project)); }

  // A target that is the row's weight again (60 | 60, ≥10% | 10) on two rows of the project or more:
  // one equal pair is chance, a pattern is the weight column copied.
  void check_values_copying_weights() {
    std::vector<const IndicatorRowFacts*> copies;
    for (const IndicatorRowFacts& row : rows_) {
      if (!live(row) || !row.weight || *row.weight <= 0 || row.value_column < 0) continue;
      const std::optional<double> written = written_number(row.value_text);
      if (written && std::abs(*written - *row.weight) < 1e-9) copies.push_back(&row);
    }
    // Three such rows, or two making at least half of the weighted rows: ≥5% twice under weights
    // of 5 may be chance.
    const std::size_t weighted = static_cast<std::size_t>(
        std::count_if(rows_.begin(), rows_.end(), [](const IndicatorRowFacts& row) { return live(row) && row.weight; }));
    if (copies.size() < 3 && (copies.size() < 2 || 2 * copies.size() < weighted)) return;
    for (const IndicatorRowFacts* row : copies)
      sink_.add(row->row, row->value_column,
                make_finding(RuleId::value_is_weight,
                             {{"value", shortened_for_message(row->value_text)}, {"weight", number_text(*row->weight)}}));
  }

  // The number as written in a value cell: 40 of ＝40%, 10 of ≥10, 60 of "60".
  static std::optional<double> written_number(std::string_view text) {
    const ParsedTarget parsed = parse_target(text);
    if (!parsed.number) return std::nullopt;
    return parsed.unit == "%" ? *parsed.number * 100 : *parsed.number;
  }

  // A cost target above the project's whole budget (≤1570000元 against 15.7万元): an amount in 元
  // under a 万元 heading, or a cost that cannot be.
  void check_costs_against_budget() {
    const std::optional<double> total = budget();
    if (!total || *total <= 0) return;
    // The budget column's unit: the table's note (金额：万元), 万元 when it says none.
    const double budget_wan = money_unit_ == "元" ? *total / 1e4 : *total;
    for (const IndicatorRowFacts& row : rows_) {
      if (!live(row) || !row.target || row.value_column < 0) continue;
      // A cost line by its group (经济成本指标) or by its name under another (成本控制节约开支 under
      // 质量指标): 成本, 经费, 费用 name money.
      const std::string name = header_key(row.name);
      const bool cost_line = row.second_key.find("成本") != std::string::npos ||
                             name.find("成本") != std::string::npos || name.find("经费") != std::string::npos ||
                             name.find("费用") != std::string::npos;
      if (!cost_line) continue;
      std::optional<double> cost = in_wan_yuan(*row.target);
      // 万 alone on a cost line (＝ | 20 | 万) is 万元: money is what a cost counts.
      // (parse_target reads 万 as a multiplier: 20万 is 200000 with no unit.)
      if (!cost && row.target->number && row.target->unit.empty() && row.target->normalized.ends_with("万"))
        cost = *row.target->number / 1e4;
      if (!cost || *cost <= budget_wan * 1.0001) continue;
      sink_.add(row.row, row.value_column,
                make_finding(RuleId::cost_exceeds_budget,
                             {{"value", shortened_for_message(row.target->normalized)}, {"budget", budget_shown()}}));
    }
  }

 private:
  const GridView& view_;
  const TableTemplate& t_;
  const IndicatorBlock& block_;
  const SectionInfo& info_;
  const std::vector<IndicatorRowFacts>& rows_;
  const std::string_view money_unit_;
  FindingSink& sink_;
};

// Cost lines and time limits: lower is better by their nature (a cap, a deadline).
bool lower_by_nature(const IndicatorRowFacts& row) {
  // A cap (≤, <): with = the direction decides nothing, and a year (2025) is a date, no duration.
  if (!row.target || !row.target->comparison || row.target->implicit_equal) return false;
  if (*row.target->comparison != Comparison::at_most && *row.target->comparison != Comparison::less) return false;
  if (row.target->number && *row.target->number >= 1990 && *row.target->number <= 2100) return false;
  if (row.second_key.find("成本") != std::string::npos) return row.target->kind == ValueKind::amount;
  if (row.second_key.find("时效") != std::string::npos)
    return row.target->kind == ValueKind::duration && *row.target->comparison != Comparison::at_least &&
           *row.target->comparison != Comparison::greater;
  return false;
}

}  // namespace

void check_section(const GridView& view, const TableTemplate& table_template, const IndicatorBlock& block,
                   const SectionInfo& info, const std::vector<IndicatorRowFacts>& rows, std::string_view money_unit,
                   FindingSink& sink) {
  SectionChecker(view, table_template, block, info, rows, money_unit, sink).run();
}

int export_project_column(const GridView& view, const IndicatorBlock& block) {
  int unit_column = -1;
  for (int c : block.columns.info) {
    const std::string& header = view.key(block.header_row, c);
    if (header.find("项目名称") != std::string::npos) return c;
    if (header.find("单位名称") != std::string::npos && unit_column < 0) unit_column = c;
  }
  return unit_column;
}

std::string table_project_name(const GridView& view, const RecognizedTable& table, int header_row) {
  for (std::string_view label : {"项目名称", "部门(单位)名称", "单位名称"})
    for (int r = table.first_row; r < header_row; ++r)
      for (int c = 0; c < view.columns(); ++c) {
        const std::string& key = view.key(r, c);
        if (!key.starts_with(label)) continue;
        std::string_view rest = std::string_view(key).substr(label.size());
        if (rest.starts_with(":")) rest.remove_prefix(1);
        if (!rest.empty()) return std::string(rest);
        for (int next = c + 1; next < view.columns(); ++next)
          if (!view.empty(r, next)) return trim_outer_space(view.shown(r, next));
      }
  for (int c = 0; c < view.columns(); ++c)
    if (!view.empty(table.first_row, c)) return trim_outer_space(view.shown(table.first_row, c));
  return {};
}

void check_table_groups(const GridView& view, const RecognizedTable& table, const std::vector<IndicatorRowFacts>& rows,
                        FindingSink& sink) {
  if (table.indicator_blocks.empty() || !table.table_template) return;
  const IndicatorBlock& first = table.indicator_blocks.front();
  // An export's projects are judged one by one (check_section).
  if (!first.columns.info.empty()) return;
  const int column = first.columns.first >= 0 ? first.columns.first : first.columns.third;
  std::string name = table_project_name(view, table, first.header_row);
  if (name.empty()) name = "本表";
  // Names, or values without names (value-without-name says those): either is a table filled in.
  bool filled = std::any_of(rows.begin(), rows.end(), [](const IndicatorRowFacts& row) { return !row.name.empty(); });
  for (const IndicatorBlock& block : table.indicator_blocks)
    for (int r = block.header_row + 1; r < block.end_row && !filled; ++r)
      for (int c : block.columns.value_columns())
        if (!trim_outer_space(view.shown(r, c)).empty()) filled = true;
  if (!filled) {
    // A form printed and never filled in: one finding for the table, not one for each of its
    // empty groups.
    sink.withdraw(RuleId::empty_second_level_group, table.first_row, table.end_row);
    sink.add(first.header_row, std::max(column, 0),
             make_finding(RuleId::empty_target_table, {{"project", shortened_for_message(name)}}));
    return;
  }
  if (std::none_of(rows.begin(), rows.end(), live)) return;
  check_required_groups(*table.table_template, "", rows, {first.header_row, std::max(column, 0)},
                        shortened_for_message(name), sink);
}

void report_goal_without_figure(int row, int column, const std::string& field, std::string_view goal, FindingSink& sink) {
  const std::string trimmed = trim_outer_space(goal);
  if (code_point_count(trimmed) < 6 || states_a_figure(trimmed)) return;
  sink.add(row, column, make_finding(RuleId::goal_without_figure, {{"field", field}, {"goal", shortened_for_message(trimmed)}}));
}

void report_stale_year(int row, int column, std::string_view text, int budget_year, FindingSink& sink,
                       std::string_view project) {
  if (budget_year == 0) return;
  // A year in a document's number (川财社〔2022〕153号, [2020]11号) cites a document in force.
  std::string cited = nfkc(text);
  for (std::string_view open : {"(", "[", "【", "〔", "［"}) {
    for (std::size_t at = cited.find(open); at != std::string::npos; at = cited.find(open, at + 1)) {
      const std::size_t digits = at + open.size();
      if (digits + 4 <= cited.size() && years_in(cited.substr(digits, 4)).size() == 1) cited.replace(digits, 4, "____");
    }
  }
  const std::vector<int> years = years_in(cited);
  if (years.empty()) return;
  // A span reaching the budget year (2024-2026年, 自2021年以来…2025年) speaks of it too.
  if (std::any_of(years.begin(), years.end(), [&](int year) { return year >= budget_year; })) return;
  const std::vector<int> named = years_in(nfkc(project));
  if (std::all_of(years.begin(), years.end(),
                  [&](int year) { return std::find(named.begin(), named.end(), year) != named.end(); }))
    return;
  sink.add(row, column, make_finding(RuleId::stale_year, {{"value", shortened_for_message(text)},
                                                          {"year", std::to_string(years.front())},
                                                          {"budget_year", std::to_string(budget_year)}}));
}

void check_block_directions(const std::vector<IndicatorRowFacts>& rows, FindingSink& sink) {
  // Cost lines and time limits of one table are declared one way: the few declared the other way
  // against a clear majority are the slips (16 of 20 cost lines 反向指标, 4 正向指标).
  std::map<bool, std::vector<const IndicatorRowFacts*>> by_kind_and_way[2];
  for (const IndicatorRowFacts& row : rows) {
    if (!live(row) || !row.declared || row.direction_column < 0 || !lower_by_nature(row)) continue;
    const int kind = row.second_key.find("成本") != std::string::npos ? 0 : 1;
    by_kind_and_way[kind][*row.declared == DeclaredDirection::higher].push_back(&row);
  }
  for (auto& ways : by_kind_and_way) {
    const std::vector<const IndicatorRowFacts*>& higher = ways[true];
    const std::vector<const IndicatorRowFacts*>& lower = ways[false];
    const auto clear_majority = [](const auto& most, const auto& few) {
      return !few.empty() && most.size() >= 3 && most.size() >= 2 * few.size();
    };
    const std::vector<const IndicatorRowFacts*>* odd = nullptr;
    const std::vector<const IndicatorRowFacts*>* even = nullptr;
    // Only rows declared higher-is-better against a 反向 majority: a few 反向 among many 正向 are
    // the right ones (cost-declared-higher speaks of the others).
    if (clear_majority(lower, higher)) odd = &higher, even = &lower;
    if (odd) {
      for (const IndicatorRowFacts* row : *odd)
        sink.add(row->row, row->direction_column,
                 make_finding(RuleId::direction_inconsistent,
                              {{"name", shortened_for_message(row->name)},
                               {"declared", shortened_for_message(row->declared_text)},
                               {"majority", shortened_for_message(even->front()->declared_text)},
                               {"count", std::to_string(even->size())}}));
    }
    // A cost or a time limit declared higher-is-better, where no majority says otherwise: the
    // budget system fills in 正向指标 by default, so a word, not a warning.
    if (odd == &higher) continue;
    for (const IndicatorRowFacts* row : higher)
      sink.add(row->row, row->direction_column,
               make_finding(RuleId::cost_declared_higher, {{"name", shortened_for_message(row->name)},
                                                           {"declared", shortened_for_message(row->declared_text)}}));
  }
}

void check_row_target(const TableTemplate& table_template, const IndicatorRowFacts& row, int budget_year,
                      FindingSink& sink) {
  (void)table_template;
  if (!live(row) || row.value_column < 0) return;
  const std::string key = header_key(row.value_text);
  std::optional<std::string> reason;
  // A cost in words (合理, 不超预算); a rule with its numbers (不超实际缴费2/3) is a cap all the same.
  if (row.target && row.target->kind == ValueKind::qualitative && row.second_key.find("成本") != std::string::npos &&
      !has_ascii_digit(key))
    reason = "cost-not-quantified";
  // A value the parser could not read (name-in-value, malformed-value) has its finding already.
  if (row.target && row.target->kind == ValueKind::invalid) return;
  if (!reason && !key.empty() && key == header_key(row.name)) reason = "repeats-name";
  // 办结时限 | 及时: a time limit asks for a number of days, not for timeliness.
  const std::string name_key = header_key(row.name);
  if (!reason && (name_key.ends_with("时限") || name_key.ends_with("期限") || name_key.ends_with("时间")) &&
      (key == "及时" || key == "按时" || key == "准时" || key == "按期" || key == "尽快"))
    reason = "no-deadline";
  // A vague word where a number is asked: under 数量, 质量, 时效 or 成本, or under a name that
  // counts or rates (群众生活水平提高率 | 有所提升). Elsewhere 稳定, 良好 are accepted qualitative
  // words (社会治安 | 稳定), and a name ending in 性 asks for one.
  const std::optional<NameExpectation> expects = builtin_indicator_names().traits(row.name).expectation;
  const bool quantitative_group = row.second_key.find("数量") != std::string::npos ||
                                  row.second_key.find("质量") != std::string::npos ||
                                  row.second_key.find("时效") != std::string::npos ||
                                  row.second_key.find("成本") != std::string::npos;
  const bool number_asked = expects == NameExpectation::rate || expects == NameExpectation::count ||
                            expects == NameExpectation::amount;
  // 是否在制度范围内规范使用 | 是: a yes-or-no question answered, which is checkable.
  const bool answers_question = name_key.find("是否") != std::string::npos && (key == "是" || key == "否");
  if (!reason && expects != NameExpectation::quality && !answers_question) {
    std::optional<std::string> why = vague_reason(builtin_vague_words(), key);
    if (why && (*why != "vague-word" || quantitative_group || number_asked || vague_wherever(builtin_vague_words(), key)))
      reason = why;
  }
  if (reason)
    sink.add(row.row, row.value_column,
             make_finding(RuleId::vague_target, {{"value", shortened_for_message(row.value_text)}, {"reason", *reason}}));
  // A deadline of a year gone by (≤2023年, 2023年12月底前 in a 2025 table): last year's row.
  const bool time_target = row.second_key.find("时效") != std::string::npos ||
                           (row.target && (row.target->kind == ValueKind::schedule || row.target->kind == ValueKind::duration));
  if (!reason && time_target) report_stale_year(row.row, row.value_column, row.value_text, budget_year, sink);
}

}  // namespace jixiao::core
