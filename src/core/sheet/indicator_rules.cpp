#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>

#include "core/sheet/cell_display.hpp"
#include "core/vocab/group_measures.hpp"
#include "core/vocab/name_units.hpp"
#include "core/text/number_text.hpp"
#include "core/sheet/row_alignment.hpp"
#include "core/sheet/sheet_rules.hpp"
#include "core/values/name_checks.hpp"
#include "core/values/split_target.hpp"
#include "core/vocab/indicator_names.hpp"
#include "core/values/target_parse.hpp"
#include "core/text/date_text.hpp"
#include "core/text/invisible_characters.hpp"
#include "core/vocab/vague_words.hpp"
#include "core/text/text.hpp"
#include "core/text/value_text.hpp"

// The rows of an indicator block, section by section (one project of an export, or the whole
// block): cells back under their headers, first and second levels against the template, one
// indicator per name, every target checked with its name, weights and directions per section.
namespace jixiao::core {

namespace {

struct Group {  // a second level and whether any indicator stands under it
  int row = -1;
  int column = -1;
  std::string label;
  bool has_indicator = false;
  std::string key;  // label_key(label), what the rows under it ask of it (成本, 时效)
};

struct UnknownFirst {  // a first-level label not in the template, with the second levels under it
  int row = 0;
  int column = 0;
  std::string text;
  std::string key;
  std::vector<std::string> second_keys;
};

std::string allowed_firsts(const TableTemplate& t) {
  std::string list;
  for (const FirstLevel& level : t.first_levels) list += (list.empty() ? "" : "、") + level.labels.front();
  return list;
}

std::string allowed_seconds(const FirstLevel& first) {
  std::string list;
  for (std::size_t i = 0; i < first.seconds.size(); ++i) {
    // One label a level: variants of the same label (产出 | 产出指标) are not listed twice.
    bool repeated = false;
    for (std::size_t j = 0; j < i; ++j) repeated = repeated || first.second_keys[j] == first.second_keys[i];
    if (!repeated) list += (list.empty() ? "" : "、") + first.seconds[i];
  }
  return list;
}

// The level a garbled or misplaced first-level label most likely stands for: a second level's own
// first level (时效指标 in the first-level column is 产出指标's), the one whose second levels appear
// under it (法等 | 项目立项 -> 决策), else the nearest by edit distance. Fixed only when exactly one
// label is within one edit and the second levels agree: a typing slip rather than a guess.
void report_unknown_first(const TableTemplate& t, const UnknownFirst& unknown, FindingSink& sink) {
  const FirstLevel* owner = first_of_second(t, unknown.key);
  const FirstLevel* by_seconds = nullptr;
  int votes = 0;
  for (const FirstLevel& level : t.first_levels) {
    int count = 0;
    for (const std::string& key : unknown.second_keys)
      if (!level.free_seconds && allows_second(level, key)) ++count;
    if (count > votes) {
      votes = count;
      by_seconds = &level;
    }
  }
  const FirstLevel* nearest = nullptr;
  int nearest_distance = std::numeric_limits<int>::max();
  int within_one = 0;
  const std::string* close_label = nullptr;
  for (const FirstLevel& level : t.first_levels)
    for (const std::string& label : level.labels) {
      const int distance = edit_distance(unknown.key, label);
      if (distance < nearest_distance) {
        nearest_distance = distance;
        nearest = &level;
      }
      if (distance <= 1) {
        ++within_one;
        close_label = &label;
      }
    }
  const FirstLevel* suggestion = owner ? owner : by_seconds ? by_seconds : nearest;
  // Within one edit of exactly one label is a slip (满意度目标 for 满意度指标) unless the second
  // levels under it say otherwise (支出 | 项目立项 is 决策, not 产出).
  std::optional<std::string> fix;
  if (!owner && within_one == 1 && (!by_seconds || by_seconds == find_first_level(t, *close_label))) fix = *close_label;
  const std::string suggested = fix ? *fix : suggestion ? suggestion->labels.front() : std::string();
  Finding finding = make_finding(RuleId::unknown_first_level, {{"label", shortened_for_message(unknown.text)},
                                                         {"template", t.name},
                                                         {"allowed", allowed_firsts(t)},
                                                         {"suggestion", suggested}},
                                 fix);
  sink.add_with_text_fix(unknown.row, unknown.column, std::move(finding));
}

// A second level is reported only where the template is sure: a label that belongs under another
// first level (数量指标 under 效益指标), a first-level label in the second-level column, or a slip
// of one character from an allowed label. Provinces add second levels of their own (帮扶对象满意度,
// 可持续发展), which are no defect.
void report_unknown_second(const GridView& view, const TableTemplate& t, const FirstLevel& first, int row, int column,
                           int first_blank_column, const FirstLevel** started_first, FindingSink& sink) {
  const std::string& key = view.key(row, column);
  if (key.empty() || first.free_seconds || allows_second(first, key)) return;
  const FirstLevel* owner = first_of_second(t, key);
  const bool misplaced = owner && owner != &first;
  // 效益指标's group after 产出指标's with its first-level cell left blank: the first level is
  // what is missing, not a wrong second level. Its own label is the fix; the rows after it belong
  // to it (*started_first).
  if (misplaced && first_blank_column >= 0) {
    sink.add_with_text_fix(row, first_blank_column,
                           make_finding(RuleId::missing_first_level,
                                        {{"second", shortened_for_message(view.shown(row, column))},
                                         {"suggestion", owner->labels.front()}},
                                        owner->labels.front()));
    *started_first = owner;
    return;
  }
  // 效益指标 merged over 服务对象满意度指标: the first levels are out of line with the seconds
  // (a merge spanning the wrong rows), or the second level is wrong. Telling the user to rename
  // the second level, as for a slip, would turn satisfaction rows into benefit rows. Not for the
  // first level written again as its own second (成本指标 | 成本指标, though 2021's framework also
  // lists 成本指标 under 产出指标): that is second-level-is-first-level below.
  if (misplaced && find_first_level(t, key) != &first) {
    const std::string* text = view.text(row, column);
    sink.add(row, column, make_finding(RuleId::second_level_under_other_first,
                                       {{"label", text ? shortened_for_message(*text) : key},
                                        {"owner", owner->labels.front()},
                                        {"first", first.labels.front()}}));
    return;
  }
  const FirstLevel* as_first = find_first_level(t, key);
  // 满意度指标 | 满意度指标: the first level written again where its second belongs. The template's
  // second is the fix when the level has only one (服务对象满意度指标), in the label's own form.
  if (as_first == &first) {
    std::vector<std::string> distinct;
    for (std::size_t i = 0; i < first.seconds.size(); ++i)
      if (std::find(distinct.begin(), distinct.end(), first.second_keys[i]) == distinct.end())
        distinct.push_back(first.second_keys[i]);
    std::optional<std::string> fix;
    const std::string* text = view.text(row, column);
    const bool with_suffix = text && label_key(*text) != header_key(*text);  // 满意度指标, not 满意度
    if (distinct.size() == 1)
      for (const std::string& second : first.seconds)
        if ((label_key(second) != header_key(second)) == with_suffix) fix = second;
    sink.add_with_text_fix(row, column,
                           make_finding(RuleId::second_level_is_first_level,
                                        {{"label", text ? shortened_for_message(*text) : key},
                                         {"suggestion", fix.value_or(allowed_seconds(first))}},
                                        fix));
    return;
  }
  const bool first_label = as_first != nullptr;
  // A slip: one character off an allowed label, or the label cut short (时效指, 服务对象).
  int within_one = 0;
  const std::string* close = nullptr;
  for (std::size_t i = 0; i < first.seconds.size(); ++i) {
    const std::string& second = first.seconds[i];
    const bool cut_short = key.size() >= 6 && key.size() < second.size() &&
                           (second.starts_with(key) || first.second_keys[i].starts_with(key));
    if ((edit_distance(key, second) <= 1 || cut_short) && (!close || label_key(*close) != first.second_keys[i])) {
      ++within_one;
      close = &second;
    }
  }
  if (!first_label && within_one == 0) {
    // A label a province adds (帮扶对象满意度指标, 环境效益指标): worth a word, naming the
    // framework's own.
    const std::string* text = view.text(row, column);
    sink.add(row, column, make_finding(RuleId::unlisted_second_level, {{"label", text ? shortened_for_message(*text) : key},
                                                                      {"first", first.labels.front()},
                                                                      {"allowed", allowed_seconds(first)}}));
    return;
  }
  std::optional<std::string> fix;
  if (within_one == 1 && !first_label) fix = *close;
  const std::string* text = view.text(row, column);
  sink.add_with_text_fix(row, column,
                         make_finding(RuleId::unknown_second_level,
                                      {{"label", text ? shortened_for_message(*text) : key},
                                       {"first", first.labels.front()},
                                       {"allowed", allowed_seconds(first)}},
                                      fix));
}

bool placeholder_row(const GridView& view, int row, int last_column, int& first_filled) {
  first_filled = -1;
  for (int c = 0; c <= last_column && c < view.columns(); ++c) {
    if (view.empty(row, c)) continue;
    const std::string& key = view.key(row, c);
    if (key.empty() || !is_placeholder_text(key)) return false;
    if (first_filled < 0) first_filled = c;
  }
  return first_filled >= 0;
}

// A target typed with a leading "=" (=100%, =9个月, =≥95%): Calc took it for a formula. Its
// formula is a literal, nothing a person computes: no cell reference, no function, no arithmetic.
std::optional<std::string> typed_target_of_formula(const std::string& formula) {
  if (formula.size() < 2 || formula.front() != '=') return std::nullopt;
  const std::string_view body = std::string_view(formula).substr(1);
  for (char c : body)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '(' || c == ')' || c == '$' || c == ':' ||
        c == '&' || c == '"' || c == '*' || c == '/' || c == '^')
      return std::nullopt;
  // "=1+1" computes; "=+5%" or "=-5%" is a signed number typed with "=".
  if (body.find_first_of("+-", 1) != std::string_view::npos) return std::nullopt;
  const ParsedTarget as_typed = parse_target(formula);
  if (as_typed.kind != ValueKind::invalid && as_typed.kind != ValueKind::qualitative) return as_typed.normalized;
  const ParsedTarget without_equals = parse_target(body);
  if (without_equals.kind != ValueKind::invalid && without_equals.kind != ValueKind::qualitative &&
      without_equals.comparison && !without_equals.implicit_equal)
    return without_equals.normalized;  // =≥95% meant ≥95%
  return std::nullopt;
}

// 无, 不适用, 暂无, or a lone / or -: a name or value saying there is nothing here.
bool is_not_applicable(const std::string& key) { return is_not_applicable_word(key) || key == "/" || key == "-"; }

double weight_of(const GridView& view, int row, int column, bool& is_number) {
  is_number = false;
  const CellValue& cell = view.cell(row, column);
  if (const double* number = std::get_if<double>(&cell)) {
    is_number = std::isfinite(*number);
    return *number;
  }
  if (const std::string* text = std::get_if<std::string>(&cell))
    if (const std::optional<double> number = parse_number_text(*text)) {
      is_number = true;
      return *number;
    }
  return 0;
}

// A plain year where the row is about time (时效指标, 完成年度 | 2025): a date, not an amount.
bool is_year_under_time(const ParsedTarget& parsed, std::string_view name, std::string_view second_label) {
  if (!parsed.number || !parsed.unit.empty()) return false;
  const double n = *parsed.number;
  return n >= 1990 && n <= 2100 && n == std::floor(n) &&
         (second_label.find("时效") != std::string_view::npos || name.ends_with("年度") || name.ends_with("年份"));
}

// An amount of money by its row: a name that says so (`implied`: 经费, 成本, 补贴 …) or a row
// under 成本指标.
bool is_money_row(const std::optional<ImpliedUnit>& implied, std::string_view second_label) {
  return (implied && implied->money) || second_label.find("成本") != std::string_view::npos;
}

// A bare number whose unit the table gives elsewhere: by the name (召开会议次数 | 6), as money in
// the table's money unit (人员经费支出 | 158.3 under 金额单位：万元) or by its own 万 (成本 ≤500万),
// or a zero, which needs none. `split`: in an export the unit column must be filled all the same;
// only 万 under a cost and zero stand on their own there.
bool unit_given_elsewhere(const ParsedTarget& parsed, std::string_view name, std::string_view second_label,
                          std::string_view money_unit, bool split) {
  if (!parsed.number) return false;
  if (*parsed.number == 0) return true;
  if (!parsed.unit.empty()) return false;
  const std::optional<ImpliedUnit> implied = implied_unit(name);
  const bool multiplier = parsed.normalized.find("万") != std::string::npos || parsed.normalized.find("亿") != std::string::npos;
  if (is_money_row(implied, second_label)) return multiplier || (!split && !money_unit.empty());
  // A year under a time (时效指标 | 完成年度 | 2025) is a date, which has no unit to add.
  if (is_year_under_time(parsed, name, second_label)) return true;
  // 800万 reads as eight million of what the name counts: the 万 says it is no slip of a digit.
  if (multiplier && !split) return true;
  return !split && implied && !implied->money;
}

std::string number_text(double value) {
  NumberFormat general;
  return shown_number(value, general);
}

class BlockChecker {
 public:
  BlockChecker(const GridView& view, const TableTemplate& t, const IndicatorBlock& block, std::string_view money_unit,
               FindingSink& sink)
      : view_(view), t_(t), block_(block), columns_(block.columns), money_unit_(money_unit), sink_(sink),
        may_shift_(!block.columns.split_target() && block.columns.info.empty() && !block.second_panel &&
                   block.columns.first >= 0),
        costs_expected_(projects_set_costs()) {}

  // Every section's indicator rows, for the table's own rules (check_table_groups).
  const std::vector<IndicatorRowFacts>& rows() const { return block_rows_; }

  void run() {
    if (!block_.second_panel)
      for (int c = 0; c < view_.columns(); ++c) check_header_cell(c);
    const std::vector<int>& starts = block_.section_starts;
    for (std::size_t s = 0; s < starts.size(); ++s) {
      const int end = s + 1 < starts.size() ? starts[s + 1] : block_.end_row;
      start_section(starts[s], end);
      for (int row = starts[s]; row < end; ++row) {
        if (view_.blank_row(row)) continue;
        int placeholder_at = -1;
        if (placeholder_row(view_, row, columns_.rightmost(), placeholder_at)) {
          sink_.add(row, placeholder_at,
                    make_finding(RuleId::placeholder_row, {{"value", shortened_for_message(*view_.text(row, placeholder_at))}}));
          continue;
        }
        check_row(may_shift_ ? aligned(row) : row_as_is(view_, columns_, row));
      }
      end_section();
    }
    check_block_directions(block_rows_, sink_);
    for (const UnknownFirst& unknown : unknown_firsts_)
      if (known_first_seen_ || first_of_second(t_, unknown.key) || !unknown.second_keys.empty())
        report_unknown_first(t_, unknown, sink_);
    // A number without operator is a slip only where the table writes its operators; in a table
    // whose numbers mostly go without (指标值（包含数字及文字描述）), it is the table's style.
    // A clear majority only (three or more, twice the others): two operators against one bare
    // 4个 say nothing of a style.
    if (with_operator_ >= 3 && with_operator_ >= 2 * without_operator_)
      for (Deferred& bare : bare_numbers_) sink_.add_with_text_fix(bare.row, bare.column, std::move(bare.finding));
  }

  void count_operator_style(const ParsedTarget& parsed) {
    if (!parsed.number) return;
    if (parsed.implicit_equal) ++without_operator_;
    else ++with_operator_;
  }

  // 100% needs no operator: no rate goes above it, so =100% and ≥100% are the same target.
  static bool is_full_percent(const ParsedTarget& parsed) {
    return parsed.unit == "%" && parsed.number && std::abs(*parsed.number - 1.0) < 1e-12;
  }

 private:
  // Headers are the template's words; their spaces and line breaks are layout. Nothing to report.
  void check_header_cell(int) {}

  void start_section(int first_row, int end_row) {
    section_ = section_info(first_row, end_row);
    section_rows_.clear();
    seen_.clear();
    weights_.clear();
    missing_directions_.clear();
    indicator_rows_ = 0;
    first_ = nullptr;
    group_ = Group{};
    unknown_first_.reset();
  }

  void end_section() {
    close_group();
    close_unknown_first();
    check_weights();
    check_directions();
    check_section(view_, t_, block_, section_, section_rows_, money_unit_, sink_);
    block_rows_.insert(block_rows_.end(), section_rows_.begin(), section_rows_.end());
  }

  // Whether at least two of an export's projects, and half of them, have a 成本 level (成本指标 |
  // 经济成本指标): the table follows the framework that asks every project for its costs.
  bool projects_set_costs() const {
    if (block_.columns.info.empty() || block_.section_starts.size() < 3) return false;
    int with_costs = 0;
    const std::vector<int>& starts = block_.section_starts;
    for (std::size_t s = 0; s < starts.size(); ++s) {
      const int end = s + 1 < starts.size() ? starts[s + 1] : block_.end_row;
      bool costs = false;
      for (int row = starts[s]; row < end && !costs; ++row)
        for (int c : {columns_.first, columns_.second})
          if (c >= 0 && view_.key(row, c).find("成本") != std::string::npos) costs = true;
      with_costs += costs ? 1 : 0;
    }
    return with_costs >= 2 && 2 * with_costs >= static_cast<int>(starts.size());
  }

  // The project a section is about, from the columns left of the levels on its first row: 项目名称
  // (单位名称 when there is none), 预算数, 年度目标, found by their header words.
  SectionInfo section_info(int first_row, int end_row) const {
    SectionInfo info{first_row, end_row, -1, {}, -1, -1, budget_year_, costs_expected_};
    for (int c : columns_.info) {
      const std::string& header = view_.key(block_.header_row, c);
      if (header.find("项目名称") != std::string::npos || header.find("单位名称") != std::string::npos) continue;
      if (header.find("预算") != std::string::npos || header.find("金额") != std::string::npos) info.budget_column = c;
      else if (header.find("目标") != std::string::npos) info.goal_column = c;
    }
    info.project_column = export_project_column(view_, block_);
    if (info.project_column >= 0) info.project = trim_outer_space(view_.shown(first_row, info.project_column));
    return info;
  }

  // The year a table budgets for: the first year of a text saying 年度 above the indicator header
  // (部门项目支出绩效目标表（2025年度）, (2025年度)), else of the sheet's name; 0 when none says.
  int budget_year() const {
    const int top = std::max(0, block_.header_row - 15);
    for (int r = top; r < block_.header_row; ++r)
      for (int c = 0; c < view_.columns(); ++c) {
        const std::string& key = view_.key(r, c);
        if (key.find("年度") == std::string::npos) continue;
        if (const std::vector<int> years = years_in(key); !years.empty()) return years.front();
      }
    const std::string sheet = header_key(view_.grid().sheet);
    if (sheet.find("年度") != std::string::npos)
      if (const std::vector<int> years = years_in(sheet); !years.empty()) return years.front();
    return 0;
  }


  // The row with its cells put back under their headers, reporting misaligned-row when moved.
  LogicalRow aligned(int row) {
    LogicalRow logical = aligned_row(view_, t_, columns_, row);
    if (logical.moved()) report_moved(logical);
    return logical;
  }

  void report_moved(const LogicalRow& logical) {
    std::vector<CellEdit> edits;
    std::vector<bool> written(logical.source.size(), false);
    for (int target = 0; target < static_cast<int>(logical.source.size()); ++target)
      if (logical.source[target] >= 0 && logical.source[target] != target) {
        edits.push_back(sink_.edit(logical.row, target, view_.cell(logical.row, logical.source[target])));
        written[target] = true;
      }
    // A cell that moved out is emptied unless something else moved into it.
    for (int target = 0; target < static_cast<int>(logical.source.size()); ++target) {
      const int from = logical.source[target];
      if (from >= 0 && from != target && !written[from]) edits.push_back(sink_.edit(logical.row, from, CellValue{}));
    }
    int first_cell = -1;
    for (int source : logical.source)
      if (source >= 0 && (first_cell < 0 || source < first_cell)) first_cell = source;
    const int shift = logical.shift();
    sink_.add_move(logical.row, std::max(first_cell, 0),
                   make_finding(RuleId::misaligned_row, {{"side", shift > 0 ? "left" : "right"},
                                                   {"columns", std::to_string(std::abs(shift))}}),
                   std::move(edits));
  }

  void close_group() {
    // A form prints groups not every project fills (经济效益, 生态效益, 可持续影响): left empty, they
    // are no defect (the template's `optional` line).
    if (group_.row >= 0 && !group_.has_indicator && !optional_second(t_, group_.key))
      sink_.add(group_.row, group_.column, make_finding(RuleId::empty_second_level_group, {{"label", group_.label}}));
    group_ = Group{};
  }

  void close_unknown_first() {
    if (unknown_first_) unknown_firsts_.push_back(std::move(*unknown_first_));
    unknown_first_.reset();
  }

  void check_levels(const LogicalRow& logical) {
    const int row = logical.row;
    if (const int at = logical.at(columns_.first); at >= 0 && !block_.second_panel) {
      close_group();
      close_unknown_first();
      // Spaces inside a level label (产出   指标) lay it out in a narrow merged cell; the label
      // still reads as itself, so they are no finding.
      first_ = find_first_level(t_, view_.key(row, at));
      if (first_) known_first_seen_ = true;
      else
        unknown_first_ = UnknownFirst{row, at, view_.shown(row, at), view_.key(row, at), {}};
    }
    if (const int at = logical.at(columns_.second); at >= 0) {
      close_group();
      const std::string* text = view_.text(row, at);
      group_ = Group{row, at, text ? shortened_for_message(*text) : view_.shown(row, at), false, {}};
      group_.key = label_key(group_.label);
      if (unknown_first_) unknown_first_->second_keys.push_back(view_.key(row, at));
      // The first-level cell of this row, when it is blank (not under a merge): a group starting
      // there without its first level.
      const int first_column = columns_.first;
      const bool first_blank = first_column >= 0 && logical.at(first_column) < 0 && !view_.covered(row, first_column) &&
                               columns_.info.empty();
      if (first_ && !block_.second_panel)
        report_unknown_second(view_, t_, *first_, row, at, first_blank ? first_column : -1, &first_, sink_);
    }
  }

  // One indicator row, phase by phase: its levels, then the row's name and values.
  void check_row(const LogicalRow& logical) {
    const int row = logical.row;
    check_levels(logical);
    // 无 in the name column: the group has no indicator, and says so (成本指标 | 无 | 无).
    if (columns_.third >= 0 && is_not_applicable(view_.key(row, columns_.third))) {
      group_.has_indicator = true;
      // Its weight counts all the same (无 | 优 | 10: the points are given).
      record_weight(row);
      record_facts(row, view_.shown(row, columns_.third), true);
      return;
    }
    const std::vector<ValueCell> values = value_cells_of(logical);
    const int name_at = logical.at(columns_.third);
    if (name_at < 0) {
      check_value_without_name(row, values);
      return;
    }
    group_.has_indicator = true;
    // 无 | 无: the row says the group has no indicator (成本指标 not applicable). Nothing to check.
    if (is_not_applicable(view_.key(row, name_at))) {
      record_weight(row);
      record_facts(row, view_.shown(row, name_at), true);
      return;
    }
    ++indicator_rows_;
    check_label_spaces(view_, row, name_at, sink_);
    const std::string name = view_.shown(row, name_at);
    check_name_states_a_goal(row, name_at, name);
    check_satisfaction_group(row, name_at, name);
    check_measure_group(row, name_at, name);
    check_second_level_present(logical, name);
    check_duplicate_name(logical, name_at, name);
    record_weight(row);
    IndicatorRowFacts& facts = record_facts(row, name, false);
    if (columns_.split_target()) {
      check_split_row(row, name);
      finish_facts(facts);
      return;
    }
    if (values.empty()) return;
    if (!has_any_value(row, values)) {
      sink_.add(row, values.front().logical_column,
                make_finding(RuleId::missing_value, {{"name", shortened_for_message(name)}}));
      return;
    }
    check_values(logical, values, name);
    finish_facts(facts);
  }

  // A value column of a row: its logical column and the sheet column it stands in now (-1 when
  // the row holds nothing there).
  struct ValueCell {
    int logical_column;
    int at;
  };

  std::vector<ValueCell> value_cells_of(const LogicalRow& logical) const {
    std::vector<ValueCell> values;
    for (int c : columns_.value_columns()) values.push_back({c, logical.at(c)});
    return values;
  }

  // A value cell whose formula gives an error has its own finding (cell-error); it is neither
  // missing nor an empty value.
  bool error_in(int row, const ValueCell& value) const { return value.at < 0 && view_.error(row, value.logical_column); }

  bool has_any_value(int row, const std::vector<ValueCell>& values) const {
    return std::any_of(values.begin(), values.end(),
                       [&](const ValueCell& v) { return v.at >= 0 || error_in(row, v); });
  }

  // value-without-name: a row with a value and no indicator name, at its first value.
  void check_value_without_name(int row, const std::vector<ValueCell>& values) {
    for (const ValueCell& value : values) {
      if (value.at < 0) continue;
      group_.has_indicator = true;  // value-without-name explains the row; the group is not empty
      sink_.mark_value_cell(row, value.at);
      sink_.add(row, value.at,
                make_finding(RuleId::value_without_name, {{"value", shortened_for_message(view_.shown(row, value.at))}}));
      return;
    }
  }

  // duplicate-indicator: a name seen before in the table.
  void check_duplicate_name(const LogicalRow& logical, int name_at, const std::string& name) {
    const int row = logical.row;
    const std::string& name_key = view_.key(row, name_at);
    if (name_key.empty()) return;
    // A cost line named after its activity (数量指标 | 业务培训 | ≥2次, then 成本指标 | 业务培训 |
    // ≤18万元) measures the same work another way: no repeat to merge.
    // Only when the two measure in different units, one of them money: the same 万元 line
    // under 成本 and under 效益 is a repeat all the same.
    // The units are read only for such a pair: most names are never repeated.
    const bool in_cost = group_.key.find("成本") != std::string::npos;
    const int measured_at = value_cell_of(logical);
    const auto [first_seen, inserted] = seen_.try_emplace(name_key, FirstName{row, name_at, in_cost, measured_at});
    const FirstName& first = first_seen->second;
    const auto money_and_other = [&] {
      const std::string unit = unit_at(row, measured_at), first_unit = unit_at(first.row, first.value_column);
      return first_unit != unit && (first_unit.find("元") != std::string::npos) != (unit.find("元") != std::string::npos);
    };
    if (inserted || (first.in_cost != in_cost && money_and_other())) return;
    sink_.add(row, name_at,
              make_finding(RuleId::duplicate_indicator,
                           {{"name", shortened_for_message(name)},
                            {"first_cell", a1_address(first.row + view_.grid().origin_row,
                                                      first.column + view_.grid().origin_column)}}));
  }

  // The row's weight, for weight-total once the section ends (check_weights).
  void record_weight(int row) {
    if (columns_.weight < 0) return;
    bool is_number = false;
    const double weight = weight_of(view_, row, columns_.weight, is_number);
    weights_.push_back({row, is_number, weight, view_.empty(row, columns_.weight)});
  }

  // Each value of the row parsed with the name (the value rules of target_parse), then the
  // half-year value against the full-year one (check_consistency).
  void check_values(const LogicalRow& logical, const std::vector<ValueCell>& values, const std::string& name) {
    const int row = logical.row;
    std::optional<ParsedTarget> half, full;
    int half_at = -1;
    for (const ValueCell& value : values) {
      // A target typed with "=" is a formula, whether its result shows (=100% gives 1) or is an
      // error (=9个月 gives #NAME?, and the cell reads empty).
      if ((value.at < 0 || value.at == value.logical_column) && formula_target(row, value.logical_column)) continue;
      if (error_in(row, value)) continue;
      if (value.at == value.logical_column && date_shown_as_number(row, value.at, name)) {
        sink_.mark_value_cell(row, value.at);
        continue;
      }
      // A value is reported where it stands now; a moved row's values are judged as moved.
      const int report_at = value.at >= 0 ? value.at : value.logical_column;
      ParsedTarget parsed = check_value(logical, value, report_at, name);
      // The row's target for the section's rules: the full-year one (or the only one).
      if (value.logical_column != columns_.half || !last_target_) {
        last_target_ = parsed;
        last_target_column_ = report_at;
      }
      if (value.logical_column == columns_.half) {
        half = std::move(parsed);
        half_at = report_at;
      } else if (value.logical_column == columns_.full) {
        full = std::move(parsed);
      }
    }
    if (half && full && !half->original.empty() && !full->original.empty())
      for (Finding& finding : check_consistency(*half, *full, name)) sink_.add_with_text_fix(row, half_at, std::move(finding));
  }

  // One value cell: its findings reported (a bare number deferred, check_bare_numbers), the parse
  // returned without them.
  ParsedTarget check_value(const LogicalRow& logical, const ValueCell& value, int report_at, const std::string& name) {
    const int row = logical.row;
    if (value.at >= 0) sink_.mark_value_cell(row, value.at);
    ParsedTarget parsed = value_with_name(logical, value.at, name);
    // 100%, a zero (事故发生率 | 0) and a year (完成年度 | 2025) are exact by nature: "=" is what
    // they mean, no one writes ≥ before them, and they say nothing of the table's style.
    const bool exact = is_full_percent(parsed) || (parsed.number && *parsed.number == 0) ||
                       is_year_under_time(parsed, name, group_.key);
    drop_units_given_elsewhere(parsed, name, false);
    // A cost written as a bare amount (成本指标 | 3.6万元) meant "at most" if not "equal"; it says
    // nothing of the table's style, since it is reported whatever the style.
    // 250万 under 成本指标 is money too: the table's 万元 or 元 is the unit it leaves out.
    const bool cost_amount = group_.key.find("成本") != std::string::npos && parsed.number &&
                             (parsed.kind == ValueKind::amount || parsed.unit.empty() || parsed.unit == "万" ||
                              parsed.unit == "亿");
    if (!exact && !cost_amount) count_operator_style(parsed);
    if (cost_amount) point_bare_numbers_down(parsed);
    if (value.at == value.logical_column) check_money_multiplier(row, report_at, parsed, name);
    if (std::optional<Finding> up = cost_pointing_up(parsed, parsed.findings, name)) parsed.findings.push_back(std::move(*up));
    for (Finding& finding : parsed.findings) {
      // A fix for a value that is about to be moved would be written to the wrong cell.
      if (value.at != value.logical_column) finding.fix.reset();
      if (finding.rule_id == RuleId::bare_number) {
        // A cost is a cap whatever the table's style (财预〔2020〕10号: 成本 ≤): 1600元/亩 alone
        // reads as exactly that, which is no one's target.
        // A name that caps already (经费预算不超指标, 控制在预算内) says what the bare amount means.
        if (cost_amount && !exact && !names_a_cap(name)) sink_.add_with_text_fix(row, report_at, std::move(finding));
        else if (!cost_amount && parsed.findings.size() == 1 && !exact) bare_numbers_.push_back({row, report_at, std::move(finding)});
        continue;
      }
      sink_.add_with_text_fix(row, report_at, std::move(finding));
    }
    parsed.findings.clear();
    return parsed;
  }

  // nonstandard-unit for an amount in 万 or 亿 alone (成本指标 | ≤250万, 培训经费 | 12万): 万元 is the
  // unit, and 万 alone may be 万人 as well. Fixed by adding 元 where no other finding of the cell
  // has a fix of its own (two fixes would overwrite each other).
  void check_money_multiplier(int row, int column, const ParsedTarget& parsed, const std::string& name) {
    if (!parsed.number || !is_money_row(implied_unit(name), group_.key)) return;
    const std::string* text = view_.text(row, column);
    if (!text) return;
    const std::string typed(trim_outer_space(*text));
    std::string_view multiplier;
    for (std::string_view m : {"万", "亿"})
      if (typed.ends_with(m)) multiplier = m;
    if (multiplier.empty()) return;
    const std::string standard = std::string(multiplier) + "元";
    const bool other_fix = std::any_of(parsed.findings.begin(), parsed.findings.end(),
                                       [](const Finding& f) { return f.fix.has_value(); });
    std::optional<std::string> fix;
    if (!other_fix) fix = typed + "元";
    sink_.add_with_text_fix(row, column, make_finding(RuleId::nonstandard_unit,
                                                      {{"unit", std::string(multiplier)}, {"standard", standard}}, fix));
  }

  // direction-mismatch for a cost that asks for at least (成本指标 | 防疫室84平米 | ≥1050元): a cost
  // is a cap (财预〔2020〕10号: 成本 ≤). Not when the name says higher is better (成本节约率) or
  // another finding of the target speaks of its direction already.
  std::optional<Finding> cost_pointing_up(const ParsedTarget& target, const std::vector<Finding>& others,
                                          const std::string& name) const {
    if (group_.key.find("成本") == std::string::npos || !target.comparison) return std::nullopt;
    if (*target.comparison != Comparison::at_least && *target.comparison != Comparison::greater) return std::nullopt;
    // Money only: a rate or a count under 成本指标 is misplaced rather than reversed, and a name
    // that saves or pays off (成本控制节约开支, 消化暂付款) rightly asks for more.
    if (target.unit.find("元") == std::string::npos) return std::nullopt;
    const std::string key = name_matching_form(name);
    for (std::string_view more : {"节约", "节省", "消化", "压减", "减少", "降低"})
      if (key.find(more) != std::string::npos) return std::nullopt;
    const std::optional<NameDirection> by_name = builtin_indicator_names().traits(name).direction;
    if (by_name && *by_name != NameDirection::lower) return std::nullopt;
    if (std::any_of(others.begin(), others.end(), [](const Finding& f) {
          return f.rule_id == RuleId::direction_mismatch || f.rule_id == RuleId::direction_against_name;
        }))
      return std::nullopt;
    return make_finding(RuleId::direction_mismatch, {{"name", shortened_for_message(name)},
                                                     {"value", shortened_for_message(target.original)},
                                                     {"direction", "lower"},
                                                     {"operator", std::string(canonical_symbol(*target.comparison))}});
  }

  void drop_units_given_elsewhere(ParsedTarget& parsed, const std::string& name, bool split) const {
    if (!unit_given_elsewhere(parsed, name, group_.key, money_unit_, split)) return;
    // A name expecting a count or an amount gets it from the unit given elsewhere: its mismatch
    // goes with the missing unit.
    const std::optional<NameExpectation> expects = builtin_indicator_names().traits(name).expectation;
    const bool quantity = expects == NameExpectation::count || expects == NameExpectation::amount;
    std::erase_if(parsed.findings, [&](const Finding& f) {
      return f.rule_id == RuleId::missing_unit || (quantity && f.rule_id == RuleId::kind_mismatch_name);
    });
  }

  // parse_target(the cell as shown, name), from the parse alignment made when there is one.
  ParsedTarget value_with_name(const LogicalRow& logical, int at, const std::string& name) const {
    const std::size_t column = static_cast<std::size_t>(at);
    if (at >= 0 && column < logical.parsed.size() && logical.parsed[column])
      return add_indicator_name(*logical.parsed[column], name);
    return parse_target(at >= 0 ? view_.shown(logical.row, at) : std::string(), name);
  }

  // target-typed-as-formula for a value cell holding a typed target's formula; true when reported
  // (the typed text is what the cell means, and its result, 1 or #NAME?, is no value to judge).
  bool formula_target(int row, int column) {
    const std::string* formula = view_.formula_text(row, column);
    if (!formula) return false;
    const std::optional<std::string> typed = typed_target_of_formula(*formula);
    if (!typed) return false;
    sink_.mark_value_cell(row, column);
    sink_.explain(row, column);
    // In a table with an operator column the value is the number alone (=100 meant 100).
    std::string fix = *typed;
    if (columns_.split_target()) {
      const ParsedTarget parsed = parse_target(*typed);
      if (parsed.number && parsed.unit.empty()) fix = number_text(*parsed.number);
    }
    const std::string result = view_.error(row, column) ? error_code(row, column) : view_.shown(row, column);
    sink_.add_with_text_fix(row, column,
                            make_finding(RuleId::target_typed_as_formula,
                                         {{"formula", shortened_for_message(*formula)}, {"result", result}, {"fix", fix}},
                                         fix),
                            FindingSink::Writes::the_formula);
    return true;
  }

  std::string error_code(int row, int column) const {
    for (const Grid::ErrorCell& e : view_.grid().errors)
      if (e.row == row && e.column == column) return e.code;
    return "#VALUE!";
  }

  // The sheet column of a row's first value cell, -1 when it has none.
  int value_cell_of(const LogicalRow& logical) const {
    for (int c : columns_.value_columns())
      if (const int at = logical.at(c); at >= 0) return at;
    return -1;
  }

  // The unit a row's target is measured in: its unit cell in an export, else its value's own
  // (`value_column`, value_cell_of the row).
  std::string unit_at(int row, int value_column) const {
    if (columns_.unit >= 0) return unit_of_cell(view_.shown(row, columns_.unit));
    return value_column >= 0 ? parse_target(view_.shown(row, value_column)).unit : std::string();
  }

  // date-shown-as-number: a deadline whose cell lost its date format (完成时间 | 44561, which is
  // 2021-12-31): reviewers see a number of days. Only under a time group or a name of a date,
  // for a whole number in the serials of 2000 to 2049, which no count under a time takes. The
  // row's other checks would judge a serial as a count: it is reported alone.
  bool date_shown_as_number(int row, int column, const std::string& name) {
    if (column < 0 || view_.formula(row, column)) return false;
    const double* serial = std::get_if<double>(&view_.cell(row, column));
    if (!serial || *serial != std::floor(*serial) || *serial < 36526 || *serial > 54788) return false;
    const FormatKind kind = view_.number_format(row, column).kind;
    if (kind == FormatKind::date || kind == FormatKind::date_time || kind == FormatKind::percent) return false;
    const std::string key = name_matching_form(name);
    const bool about_time = group_.key.find("时效") != std::string::npos || key.ends_with("时间") ||
                            key.ends_with("日期") || key.ends_with("时限") || key.ends_with("期限");
    if (!about_time) return false;
    const NumberFormat as_date{FormatKind::date, "yyyy年m月d日"};
    sink_.add(row, column, make_finding(RuleId::date_shown_as_number,
                                        {{"value", view_.shown(row, column)}, {"date", shown_number(*serial, as_date, 0)}}));
    return true;
  }

  void check_split_row(int row, const std::string& name) {
    const int value_at = columns_.value;
    if (value_at >= 0 && formula_target(row, value_at)) return;
    SplitCells cells;
    if (columns_.operator_column >= 0) cells.operator_text = view_.shown(row, columns_.operator_column);
    if (value_at >= 0) cells.value_text = view_.shown(row, value_at);
    if (columns_.unit >= 0) cells.unit_text = view_.shown(row, columns_.unit);
    if (columns_.direction >= 0) cells.direction_text = view_.shown(row, columns_.direction);
    cells.second_level = group_.key;
    if (value_at >= 0) sink_.mark_value_cell(row, value_at);
    if (value_at >= 0 && view_.error(row, value_at)) return;  // cell-error says it
    if (date_shown_as_number(row, value_at, name)) {
      // An export's unit cell may hold the same date (时效指标 | ＝ | 44561 | 44561).
      if (columns_.unit >= 0) date_shown_as_number(row, columns_.unit, name);
      return;
    }
    SplitCheck check = check_split_target(cells, name);
    if (check.target) last_target_ = *check.target;
    last_target_column_ = value_at;
    split_qualitative_ = read_operator_cell(cells.operator_text).kind == OperatorCell::Kind::qualitative;
    if (check.target) {
      // The split check put each finding at its cell; drop what a unit given elsewhere answers.
      ParsedTarget probe = *check.target;
      probe.findings.clear();
      for (const CellFinding& f : check.findings) probe.findings.push_back(f.finding);
      const std::size_t before = probe.findings.size();
      drop_units_given_elsewhere(probe, name, true);
      if (probe.findings.size() != before)
        std::erase_if(check.findings, [](const CellFinding& f) {
          return f.finding.rule_id == RuleId::missing_unit || f.finding.rule_id == RuleId::kind_mismatch_name;
        });
    }
    // A declared direction decides in an export (split_target's own direction checks).
    if (check.target && (!cells.direction_text || trim_outer_space(*cells.direction_text).empty())) {
      std::vector<Finding> spoken;
      for (const CellFinding& f : check.findings) spoken.push_back(f.finding);
      if (std::optional<Finding> up = cost_pointing_up(*check.target, spoken, name))
        check.findings.push_back({columns_.operator_column >= 0 ? TargetCell::operator_cell : TargetCell::value_cell, std::move(*up)});
    }
    if (check.direction_missing && !check.findings.empty() && cells.value_text.empty()) check.direction_missing = false;
    if (check.direction_missing) missing_directions_.push_back(row);
    report_split_whitespace(row, check);
    for (CellFinding& found : check.findings) {
      const int column = found.cell == TargetCell::operator_cell ? columns_.operator_column
                         : found.cell == TargetCell::unit_cell    ? columns_.unit
                         : found.cell == TargetCell::direction_cell ? columns_.direction
                                                                    : value_at;
      if (column < 0) continue;
      if (found.finding.rule_id == RuleId::empty_value) {
        sink_.add(row, column, make_finding(RuleId::missing_value, {{"name", shortened_for_message(name)}}));
        continue;
      }
      sink_.add_with_text_fix(row, column, std::move(found.finding));
    }
  }

  // A tab, a line break or a stray space in one of the cells an export keeps a target in (100 +
  // tab, 人 + U+0001 + line break): whitespace of its own, where no other finding of the row
  // already speaks of that cell (its fix would write the same cell).
  void report_split_whitespace(int row, const SplitCheck& check) {
    const auto spoken_of = [&](TargetCell cell) {
      return std::any_of(check.findings.begin(), check.findings.end(), [&](const CellFinding& f) { return f.cell == cell; });
    };
    if (const int at = columns_.value; at >= 0 && !spoken_of(TargetCell::value_cell))
      if (const std::string* text = view_.text(row, at); text && has_space(*text)) {
        const std::string fixed = without_stray_spaces(*text);
        if (fixed != *text && !fixed.empty())
          sink_.add_with_text_fix(row, at,
                                  make_finding(RuleId::whitespace_in_value,
                                               {{"value", shortened_for_message(*text)},
                                                {"characters", invisible_kind_codes(invisible_kinds(*text))}},
                                               fixed));
      }
    const std::pair<int, TargetCell> labels[] = {{columns_.operator_column, TargetCell::operator_cell},
                                                 {columns_.unit, TargetCell::unit_cell},
                                                 {columns_.direction, TargetCell::direction_cell}};
    for (const auto& [at, cell] : labels)
      if (at >= 0 && !spoken_of(cell)) check_label_spaces(view_, row, at, sink_);
  }

  // name-is-a-goal: 提高居民生活质量 ≥5%, a sentence in the name column. A name ending like a measure
  // (…率, …人数, 完成时间) names what is measured, whatever it starts with.
  void check_name_states_a_goal(int row, int column, const std::string& name) {
    if (name.size() > 600) return;
    const NameTraits traits = builtin_indicator_names().traits(name);
    if (traits.expectation || traits.direction) return;
    const std::string key = header_key(name);
    if (!reads_as_goal(builtin_vague_words(), key)) return;
    // 社区综合服务设施覆盖率，农村（%）: a measure with a remark after its comma (不断提升群众满意度，
    // 维护… starts as a goal and stays one).
    if (const std::size_t comma = key.find(','); comma != std::string::npos) {
      const std::string_view first_clause = std::string_view(key).substr(0, comma);
      if (builtin_indicator_names().traits(first_clause).expectation &&
          !reads_as_goal(builtin_vague_words(), first_clause))
        return;
    }
    sink_.add(row, column, make_finding(RuleId::name_is_a_goal, {{"name", shortened_for_message(name)}}));
  }

  // satisfaction-outside-its-group: 职工满意度 (…的满意程度) under 经济效益指标. Names that count surveys
  // (满意度调查次数) end otherwise and are not judged; a group or first level of satisfaction of
  // any wording (服务对象满意度, 满意度指标) is its place.
  void check_satisfaction_group(int row, int column, const std::string& name) {
    const std::string key = header_key(name);
    const bool satisfaction = key.ends_with("满意度") || key.ends_with("满意率") || key.ends_with("满意") ||
                              key.ends_with("满意程度");
    if (!satisfaction || group_.key.empty() || group_.key.find("满意") != std::string::npos) return;
    if (first_ && std::any_of(first_->labels.begin(), first_->labels.end(),
                              [](const std::string& label) { return label.find("满意") != std::string::npos; }))
      return;
    sink_.add(row, column, make_finding(RuleId::satisfaction_outside_its_group,
                                        {{"name", shortened_for_message(name)}, {"group", group_.label}}));
  }

  // indicator-in-other-group: 验收合格率 under 数量指标, 资金拨付及时率 under 质量指标. Judged only
  // where the row's first level has both groups (产出指标's 数量/质量/时效/成本), so a template
  // without a 时效指标 or a first level of another kind never asks for a move it cannot take.
  void check_measure_group(int row, int column, const std::string& name) {
    if (!first_ || group_.key.empty()) return;
    const std::optional<std::string> home = group_of_measure(name);
    if (!home || *home == group_.key) return;
    const std::vector<std::string>& keys = first_->second_keys;
    const auto home_at = std::find(keys.begin(), keys.end(), *home);
    if (home_at == keys.end() || std::find(keys.begin(), keys.end(), group_.key) == keys.end()) return;
    const std::string& home_label = first_->seconds[static_cast<std::size_t>(home_at - keys.begin())];
    sink_.add(row, column, make_finding(RuleId::indicator_in_other_group, {{"name", shortened_for_message(name)},
                                                                           {"group", group_.label},
                                                                           {"home", home_label}}));
  }

  // missing-second-level: an export writes both levels on every row; a row without its second
  // level lost it (a table with merged levels leaves it to the row above).
  void check_second_level_present(const LogicalRow& logical, const std::string& name) {
    if (columns_.info.empty() || columns_.second < 0 || block_.second_panel) return;
    if (logical.at(columns_.second) >= 0 || view_.covered(logical.row, columns_.second)) return;
    sink_.add(logical.row, columns_.second, make_finding(RuleId::missing_second_level, {{"name", shortened_for_message(name)}}));
  }

  // The facts of an indicator row for the section's rules; finish_facts adds what its checks read.
  IndicatorRowFacts& record_facts(int row, const std::string& name, bool not_applicable) {
    IndicatorRowFacts facts;
    facts.row = row;
    facts.first = first_;
    facts.second_key = group_.key;
    facts.name = name;
    facts.not_applicable = not_applicable;
    if (columns_.weight >= 0) {
      bool is_number = false;
      const double weight = weight_of(view_, row, columns_.weight, is_number);
      if (is_number) facts.weight = weight;
    }
    if (columns_.direction >= 0) {
      facts.direction_column = columns_.direction;
      facts.declared_text = trim_outer_space(view_.shown(row, columns_.direction));
      facts.declared = declared_direction(facts.declared_text);
    }
    if (columns_.unit >= 0) {
      facts.unit_column = columns_.unit;
      facts.unit_text = view_.shown(row, columns_.unit);
    }
    last_target_.reset();
    last_target_column_ = -1;
    split_qualitative_ = false;
    section_rows_.push_back(std::move(facts));
    return section_rows_.back();
  }

  void finish_facts(IndicatorRowFacts& facts) {
    facts.target = std::move(last_target_);
    facts.value_column = last_target_column_;
    facts.qualitative = split_qualitative_;
    if (facts.value_column >= 0) facts.value_text = view_.shown(facts.row, facts.value_column);
    check_row_target(t_, facts, budget_year_, sink_);
  }

  // The weights of one section add up to the template's total (90 in the budget system's export:
  // the other 10 points are the budget execution rate's). Judged only when every indicator of
  // the section has a number for its weight.
  void check_weights() {
    if (weights_.size() < 2 || t_.weight_totals.empty()) return;
    double total = 0;
    for (const Weight& w : weights_) {
      if (!w.is_number) return;
      total += w.value;
    }
    for (double accepted : t_.weight_totals)
      if (std::abs(total - accepted) < 1e-6) return;
    std::string expected;
    for (double accepted : t_.weight_totals) expected += (expected.empty() ? "" : "/") + number_text(accepted);
    sink_.add(weights_.front().row, columns_.weight,
              make_finding(RuleId::weight_total, {{"total", number_text(total)},
                                            {"expected", expected},
                                            {"count", std::to_string(weights_.size())}}));
  }

  // 指标方向性 left empty: one finding a section (a project), at its first empty cell, with how
  // many are empty. The cells of one project are filled in one go; one finding each would bury
  // everything else in an export where whole projects lack the column.
  void check_directions() {
    if (missing_directions_.empty() || columns_.direction < 0) return;
    sink_.add(missing_directions_.front(), columns_.direction,
              make_finding(RuleId::missing_direction, {{"count", std::to_string(missing_directions_.size())}}));
  }

  struct Deferred {
    int row = 0;
    int column = 0;
    Finding finding;
  };

  struct Weight {
    int row = 0;
    bool is_number = false;
    double value = 0;
    bool empty = true;
  };

  const GridView& view_;
  const TableTemplate& t_;
  const IndicatorBlock& block_;
  const IndicatorColumns& columns_;
  const std::string_view money_unit_;
  FindingSink& sink_;
  const bool may_shift_;
  const bool costs_expected_;
  const FirstLevel* first_ = nullptr;
  std::optional<UnknownFirst> unknown_first_;
  std::vector<UnknownFirst> unknown_firsts_;
  bool known_first_seen_ = false;
  Group group_;
  struct FirstName {
    int row;
    int column;
    bool in_cost;      // under a 成本 second level
    int value_column;  // its value cell (value_cell_of), for the unit it is measured in
  };
  std::unordered_map<std::string, FirstName> seen_;  // a name's key -> where it stood first, per section
  std::vector<Weight> weights_;
  std::vector<int> missing_directions_;
  int indicator_rows_ = 0;
  int with_operator_ = 0;     // numeric values with an operator, in the whole block
  int without_operator_ = 0;  // and without
  std::vector<Deferred> bare_numbers_;
  SectionInfo section_;
  std::vector<IndicatorRowFacts> section_rows_;  // this section's indicator rows
  std::vector<IndicatorRowFacts> block_rows_;    // every section's, for the block's rules
  std::optional<ParsedTarget> last_target_;      // the row being checked: its target and its cell
  int last_target_column_ = -1;
  bool split_qualitative_ = false;
  const int budget_year_ = budget_year();
};

}  // namespace

std::vector<IndicatorRowFacts> check_indicator_block(const GridView& view, const TableTemplate& table_template, const IndicatorBlock& block,
                           std::string_view money_unit, FindingSink& sink) {
  BlockChecker checker(view, table_template, block, money_unit, sink);
  checker.run();
  return checker.rows();
}

}  // namespace jixiao::core
