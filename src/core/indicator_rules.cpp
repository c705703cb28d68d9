#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

#include "core/sheet_rules.hpp"
#include "core/target_parse.hpp"
#include "core/text.hpp"
#include "core/value_text.hpp"

// The rows of an indicator block: cells back under their headers, first and second levels
// against the template, one indicator per name, and every value parsed with its name.
namespace jixiao::core {

namespace {

// What a cell's content looks like, whatever column it stands in.
enum class Looks { empty, first_label, second_label, value, name };

// What a column is for, from the block's header.
enum class Slot { none, first, second, extra, third, value };

constexpr int shift_reach = 2;  // cells shifted by up to two columns are put back

// `parsed` keeps the parse of a text cell for check_row, which would otherwise parse it again.
Looks looks_of(const GridView& view, const TableTemplate& t, int row, int column, std::optional<ParsedTarget>& parsed_text) {
  if (view.empty(row, column)) return Looks::empty;
  if (std::holds_alternative<double>(view.cell(row, column))) return Looks::value;
  const std::string& key = view.key(row, column);
  if (!key.empty()) {
    if (find_first_level(t, key)) return Looks::first_label;
    if (is_any_second(t, key)) return Looks::second_label;
  }
  const std::string* text = view.text(row, column);
  if (!text || text->size() > GridView::key_limit) return Looks::name;
  const ParsedTarget& parsed = parsed_text.emplace(parse_target(*text));
  const bool named = std::any_of(parsed.findings.begin(), parsed.findings.end(),
                                 [](const Finding& f) { return f.rule_id == "name-in-value"; });
  if (parsed.kind == ValueKind::invalid || named) return Looks::name;
  // A qualitative target is a word or two (完善, 保障到位); a longer text with such a word in it
  // (居保操作岗位规范化建设情况) is a name.
  if (parsed.kind == ValueKind::qualitative && code_point_count(trim_outer_space(*text)) > 8) return Looks::name;
  return Looks::value;
}

int fit(Slot slot, Looks looks) {
  if (looks == Looks::empty) return 0;
  switch (slot) {
    // A name in the first-level column is rare; prose in a value column is common (成本指标 rows).
    case Slot::first: return looks == Looks::first_label ? 2 : looks == Looks::second_label ? -1 : -2;
    case Slot::second: return looks == Looks::second_label ? 2 : looks == Looks::name ? 0 : looks == Looks::value ? -2 : -1;
    case Slot::extra: return 0;
    case Slot::third: return looks == Looks::name ? 2 : looks == Looks::value ? -2 : -1;
    case Slot::value: return looks == Looks::value ? 2 : looks == Looks::name ? -1 : -2;
    case Slot::none: return -2;
  }
  return 0;
}

struct Layout {
  std::vector<Slot> slots;  // by column, up to rightmost + shift_reach
  int leftmost = 0;
  int rightmost = 0;
};

Layout layout_of(const IndicatorColumns& columns, int grid_columns) {
  Layout layout;
  layout.leftmost = std::max(columns.leftmost(), 0);
  layout.rightmost = columns.rightmost();
  layout.slots.assign(static_cast<std::size_t>(std::min(layout.rightmost + shift_reach + 1, grid_columns)), Slot::none);
  const auto put = [&](int column, Slot slot) {
    if (column >= 0 && column < static_cast<int>(layout.slots.size())) layout.slots[column] = slot;
  };
  put(columns.first, Slot::first);
  put(columns.second, Slot::second);
  for (int c : {columns.key_work, columns.project, columns.basis, columns.category, columns.past}) put(c, Slot::extra);
  put(columns.third, Slot::third);
  for (int c : columns.value_columns()) put(c, Slot::value);
  // Columns left of the block (a sheet's margin) belong to nobody but are never filled in rows.
  for (int c = 0; c < layout.leftmost && c < static_cast<int>(layout.slots.size()); ++c) layout.slots[c] = Slot::extra;
  return layout;
}

// Where the row's cells belong: each non-empty cell, in order, gets a column of the block (order
// is kept, as cells lost or gained by a copy shift their neighbours), the assignment that best fits
// the headers. Cells stay where they are unless that is clearly worse (by 3 points: a value out of
// a name column and into a value column, say). targets[c] is the column cell c belongs in.
// A small dynamic programme: cells x columns x columns, a row of a dozen cells at most.
std::vector<int> best_places(const std::vector<Looks>& looks, const Layout& layout) {
  std::vector<int> filled;
  for (int c = 0; c < static_cast<int>(looks.size()); ++c)
    if (looks[c] != Looks::empty) filled.push_back(c);
  std::vector<int> targets(looks.size());
  for (int c = 0; c < static_cast<int>(looks.size()); ++c) targets[c] = c;
  const int width = static_cast<int>(layout.slots.size());
  const int lo = layout.leftmost, hi = std::min(layout.rightmost, width - 1);
  const int k = static_cast<int>(filled.size());
  if (k == 0 || k > 12 || hi - lo + 1 < k) return targets;
  const auto slot_at = [&](int column) { return column < width ? layout.slots[column] : Slot::none; };
  int unchanged = 0;
  for (int c : filled) unchanged += fit(slot_at(c), looks[c]);

  // best[i][j]: best score placing cells 0..i with cell i at column lo + j; ties keep less movement.
  constexpr int impossible = std::numeric_limits<int>::min() / 2;
  const int span = hi - lo + 1;
  std::vector<std::vector<std::pair<int, int>>> best(k, std::vector<std::pair<int, int>>(span, {impossible, 0}));
  std::vector<std::vector<int>> from(k, std::vector<int>(span, -1));
  for (int i = 0; i < k; ++i)
    for (int j = i; j < span; ++j) {
      const int column = lo + j;
      const int gain = fit(slot_at(column), looks[filled[i]]);
      const int moved = std::abs(column - filled[i]);
      if (i == 0) {
        best[i][j] = {gain, -moved};
        continue;
      }
      for (int p = i - 1; p < j; ++p) {
        if (best[i - 1][p].first == impossible) continue;
        const std::pair<int, int> candidate{best[i - 1][p].first + gain, best[i - 1][p].second - moved};
        if (candidate > best[i][j]) {
          best[i][j] = candidate;
          from[i][j] = p;
        }
      }
    }
  int end = -1;
  for (int j = 0; j < span; ++j)
    if (best[k - 1][j].first != impossible && (end < 0 || best[k - 1][j] > best[k - 1][end])) end = j;
  if (end < 0 || best[k - 1][end].first < unchanged + 3) return targets;
  for (int i = k - 1; i >= 0; --i) {
    targets[filled[i]] = lo + end;
    end = from[i][end];
  }
  return targets;
}

// One indicator row as its header reads it, after any move back: where each part is on the sheet.
struct LogicalRow {
  int row = 0;
  std::vector<int> source;  // by logical column: the sheet column its content stands in, or -1
  std::vector<std::optional<ParsedTarget>> parsed;  // by sheet column: text cells parsed on their own
  int at(int logical_column) const {
    return logical_column >= 0 && logical_column < static_cast<int>(source.size()) ? source[logical_column] : -1;
  }
};

struct Group {  // a second level and whether any indicator stands under it
  int row = -1;
  int column = -1;
  std::string label;
  bool has_indicator = false;
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

// The label a garbled first level most likely stood for: the one whose second levels appear under
// it (法等 | 项目立项 -> 决策), else the nearest by edit distance. Fixed only when exactly one label
// is within one edit, which is a typing slip rather than a guess.
void report_unknown_first(const TableTemplate& t, const UnknownFirst& unknown, FindingSink& sink) {
  const FirstLevel* by_seconds = nullptr;
  int votes = 0;
  for (const FirstLevel& level : t.first_levels) {
    int count = 0;
    for (const std::string& key : unknown.second_keys)
      if (std::find(level.seconds.begin(), level.seconds.end(), key) != level.seconds.end()) ++count;
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
  const FirstLevel* suggestion = by_seconds ? by_seconds : nearest;
  // Within one edit of exactly one label is a slip (满意度目标 for 满意度指标) unless the second
  // levels under it say otherwise (支出 | 项目立项 is 决策, not 产出).
  std::optional<std::string> fix;
  if (within_one == 1 && (!by_seconds || by_seconds == find_first_level(t, *close_label))) fix = *close_label;
  const std::string suggested = fix ? *fix : suggestion ? suggestion->labels.front() : std::string();
  Finding finding = make_finding("unknown-first-level", {{"label", shortened_for_message(unknown.text)},
                                                         {"template", t.name},
                                                         {"allowed", allowed_firsts(t)},
                                                         {"suggestion", suggested}},
                                 fix);
  sink.add_with_text_fix(unknown.row, unknown.column, std::move(finding));
}

void report_unknown_second(const GridView& view, const FirstLevel& first, int row, int column, FindingSink& sink) {
  const std::string& key = view.key(row, column);
  int within_one = 0;
  const std::string* close = nullptr;
  std::string allowed;
  for (const std::string& second : first.seconds) {
    allowed += (allowed.empty() ? "" : "、") + second;
    if (edit_distance(key, second) <= 1) {
      ++within_one;
      close = &second;
    }
  }
  std::optional<std::string> fix;
  if (within_one == 1) fix = *close;
  const std::string* text = view.text(row, column);
  sink.add_with_text_fix(row, column,
                         make_finding("unknown-second-level",
                                      {{"label", text ? shortened_for_message(*text) : key},
                                       {"first", first.labels.front()},
                                       {"allowed", allowed}},
                                      fix));
}

std::string shown_value(const CellValue& value) {
  if (const std::string* text = std::get_if<std::string>(&value)) return *text;
  if (const double* number = std::get_if<double>(&value)) {
    if (!std::isfinite(*number)) return "";
    std::string written = std::to_string(*number);
    written.erase(written.find_last_not_of('0') + 1);
    if (!written.empty() && written.back() == '.') written.pop_back();
    return written;
  }
  return "";
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

class BlockChecker {
 public:
  BlockChecker(const GridView& view, const TableTemplate& t, const IndicatorBlock& block,
               std::unordered_map<std::string, std::pair<int, int>>& seen_names, FindingSink& sink)
      : view_(view), t_(t), block_(block), columns_(block.columns), seen_(seen_names), sink_(sink),
        layout_(layout_of(block.columns, view.columns())) {}

  void run() {
    for (int c = 0; c < view_.columns(); ++c) check_label_spaces(view_, block_.header_row, c, sink_);
    for (int row = block_.header_row + 1; row < block_.end_row; ++row) {
      if (view_.blank_row(row)) continue;
      int placeholder_at = -1;
      if (placeholder_row(view_, row, static_cast<int>(layout_.slots.size()) - 1, placeholder_at)) {
        sink_.add(row, placeholder_at,
                  make_finding("placeholder-row", {{"value", shortened_for_message(*view_.text(row, placeholder_at))}}));
        continue;
      }
      check_row(aligned(row));
    }
    close_group();
    close_unknown_first();
  }

 private:
  // The row with its cells put back under their headers, reporting misaligned-row when moved.
  LogicalRow aligned(int row) {
    const int width = static_cast<int>(layout_.slots.size());
    std::vector<Looks> looks(static_cast<std::size_t>(width));
    LogicalRow logical{row, std::vector<int>(static_cast<std::size_t>(width), -1),
                       std::vector<std::optional<ParsedTarget>>(static_cast<std::size_t>(width))};
    for (int c = 0; c < width; ++c) looks[c] = looks_of(view_, t_, row, c, logical.parsed[c]);
    const std::vector<int> targets = best_places(looks, layout_);
    bool moved = false;
    int direction = 0;
    for (int c = 0; c < width; ++c)
      if (looks[c] != Looks::empty) {
        logical.source[targets[c]] = c;
        if (targets[c] != c) {
          moved = true;
          if (direction == 0) direction = targets[c] - c;
        }
      }
    if (moved) report_moved(logical, direction);
    return logical;
  }

  void report_moved(const LogicalRow& logical, int shift) {
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
    sink_.add(logical.row, std::max(first_cell, 0),
              make_finding("misaligned-row", {{"side", shift > 0 ? "left" : "right"},
                                              {"columns", std::to_string(std::abs(shift))}}),
              std::move(edits));
  }

  void close_group() {
    if (group_.row >= 0 && !group_.has_indicator)
      sink_.add(group_.row, group_.column, make_finding("empty-second-level-group", {{"label", group_.label}}));
    group_ = Group{};
  }

  void close_unknown_first() {
    if (unknown_first_) report_unknown_first(t_, *unknown_first_, sink_);
    unknown_first_.reset();
  }

  // parse_target(the cell's shown value, name), from the parse aligned() made when there is one.
  static ParsedTarget value_with_name(LogicalRow& logical, int at, const std::string& name, const GridView& view) {
    const std::size_t column = static_cast<std::size_t>(at);
    if (at >= 0 && column < logical.parsed.size() && logical.parsed[column])
      return add_indicator_name(std::move(*logical.parsed[column]), name);
    return parse_target(at >= 0 ? shown_value(view.cell(logical.row, at)) : std::string(), name);
  }

  void check_row(LogicalRow logical) {
    const int row = logical.row;
    if (const int at = logical.at(columns_.first); at >= 0) {
      close_group();
      close_unknown_first();
      check_label_spaces(view_, row, at, sink_);
      first_ = find_first_level(t_, view_.key(row, at));
      if (!first_) unknown_first_ = UnknownFirst{row, at, shown_value(view_.cell(row, at)), view_.key(row, at), {}};
    }
    if (const int at = logical.at(columns_.second); at >= 0) {
      close_group();
      const std::string* text = view_.text(row, at);
      if (text && text->size() <= GridView::key_limit) check_label_spaces(view_, row, at, sink_);
      group_ = Group{row, at, text ? shortened_for_message(*text) : shown_value(view_.cell(row, at)), false};
      if (unknown_first_) unknown_first_->second_keys.push_back(view_.key(row, at));
      if (first_ && !allows_second(*first_, view_.key(row, at))) report_unknown_second(view_, *first_, row, at, sink_);
    }
    const int name_at = logical.at(columns_.third);
    std::vector<std::pair<int, int>> values;  // (logical column, sheet column or -1)
    for (int c : columns_.value_columns()) values.emplace_back(c, logical.at(c));
    // A value cell whose formula gives an error has its own finding (cell-error); it is neither
    // missing nor an empty value.
    const auto error_in = [&](const std::pair<int, int>& value) { return value.second < 0 && view_.error(row, value.first); };
    const bool any_value =
        std::any_of(values.begin(), values.end(), [&](const auto& v) { return v.second >= 0 || error_in(v); });
    if (name_at < 0) {
      for (const auto& [logical_column, at] : values)
        if (at >= 0) {
          sink_.mark_value_cell(row, at);
          sink_.add(row, at, make_finding("value-without-name", {{"value", shortened_for_message(shown_value(view_.cell(row, at)))}}));
          break;
        }
      return;
    }
    group_.has_indicator = true;
    check_label_spaces(view_, row, name_at, sink_);
    const std::string name = shown_value(view_.cell(row, name_at));
    const std::string& name_key = view_.key(row, name_at);
    if (!name_key.empty()) {
      const auto [first_seen, inserted] = seen_.try_emplace(name_key, row, name_at);
      if (!inserted)
        sink_.add(row, name_at,
                  make_finding("duplicate-indicator",
                               {{"name", shortened_for_message(name)},
                                {"first_cell", a1_address(first_seen->second.first + view_.grid().origin_row,
                                                          first_seen->second.second + view_.grid().origin_column)}}));
    }
    if (values.empty()) return;
    if (!any_value) {
      sink_.add(row, values.front().first, make_finding("missing-value", {{"name", shortened_for_message(name)}}));
      return;
    }
    std::optional<ParsedTarget> half, full;
    int half_at = -1;
    for (const auto& value : values) {
      const auto& [logical_column, at] = value;
      if (error_in(value)) continue;
      // A value is reported where it stands now; a moved row's values are judged as moved.
      const int report_at = at >= 0 ? at : logical_column;
      if (at >= 0) sink_.mark_value_cell(row, at);
      ParsedTarget parsed = value_with_name(logical, at, name, view_);
      for (Finding& finding : parsed.findings) {
        // A fix for a value that is about to be moved would be written to the wrong cell.
        if (at != logical_column) finding.fix.reset();
        sink_.add_with_text_fix(row, report_at, std::move(finding));
      }
      parsed.findings.clear();
      if (logical_column == columns_.half) {
        half = std::move(parsed);
        half_at = report_at;
      } else if (logical_column == columns_.full) {
        full = std::move(parsed);
      }
    }
    if (half && full && !half->original.empty() && !full->original.empty())
      for (Finding& finding : check_consistency(*half, *full, name)) sink_.add_with_text_fix(row, half_at, std::move(finding));
  }

  const GridView& view_;
  const TableTemplate& t_;
  const IndicatorBlock& block_;
  const IndicatorColumns& columns_;
  std::unordered_map<std::string, std::pair<int, int>>& seen_;
  FindingSink& sink_;
  Layout layout_;
  const FirstLevel* first_ = nullptr;
  std::optional<UnknownFirst> unknown_first_;
  Group group_;
};

}  // namespace

void check_indicator_block(const GridView& view, const TableTemplate& table_template, const IndicatorBlock& block,
                           std::unordered_map<std::string, std::pair<int, int>>& seen_names, FindingSink& sink) {
  BlockChecker(view, table_template, block, seen_names, sink).run();
}

}  // namespace jixiao::core
