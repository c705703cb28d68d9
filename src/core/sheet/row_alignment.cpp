#include "core/sheet/row_alignment.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/text/text.hpp"
#include "core/text/value_text.hpp"
#include "core/vocab/value_vocab.hpp"

namespace jixiao::core {

namespace {

// What a cell's content looks like, whatever column it stands in.
// level_label: a label of both levels (成本指标 is a first level in 2021 and a second one under
// 产出指标), which fits either level column.
enum class Looks { empty, first_label, second_label, level_label, value, name };

// What a column is for, from the block's header.
enum class Slot { none, first, second, extra, third, value };

constexpr int shift_reach = 2;  // cells shifted by up to two columns are put back

// `parsed` keeps the parse of a text cell for check_row, which would otherwise parse it again.
Looks looks_of(const GridView& view, const TableTemplate& t, int row, int column, std::optional<ParsedTarget>& parsed_text) {
  if (view.empty(row, column)) return Looks::empty;
  if (std::holds_alternative<double>(view.cell(row, column))) return Looks::value;
  if (view.formula(row, column)) return Looks::value;  // computed: whatever it shows is a value
  const std::string& key = view.key(row, column);
  // 无, 不适用: says there is nothing here, in whatever column; it never moves a row.
  if (is_not_applicable_word(key)) return Looks::empty;
  if (!key.empty()) {
    const bool first = find_first_level(t, key) != nullptr, second = is_any_second(t, key);
    if (first && second) return Looks::level_label;
    if (first) return Looks::first_label;
    if (second) return Looks::second_label;
  }
  const std::string* text = view.text(row, column);
  if (!text || text->size() > GridView::key_limit) return Looks::name;
  const ParsedTarget& parsed = parsed_text.emplace(parse_target(*text));
  // Not a value (a name among them: parse_target marks a text that reads as a name invalid).
  if (parsed.kind == ValueKind::invalid) return Looks::name;
  if (parsed.kind == ValueKind::qualitative) {
    // A qualitative target is a word or two (完善, 保障到位); a longer text with such a word in it
    // (居保操作岗位规范化建设情况) is a name, and so is a short text with no such word at all
    // (a truncated label, 成本指): prose is a value only where it has a number or a target word.
    if (code_point_count(trim_outer_space(*text)) > 8) return Looks::name;
    const std::string& working = view.key(row, column);  // NFKC without spaces, computed once a key
    const ValueVocab& words = builtin_value_vocab();
    if (!has_ascii_digit(working) && !words.is_qualitative_word(working) && !words.contained_qualitative_word(working))
      return Looks::name;
  }
  return Looks::value;
}

int fit(Slot slot, Looks looks) {
  if (looks == Looks::empty) return 0;
  switch (slot) {
    // A name in the first-level column is rare; prose in a value column is common (成本指标 rows).
    case Slot::first:
      return looks == Looks::first_label || looks == Looks::level_label ? 2 : looks == Looks::second_label ? -1 : -2;
    case Slot::second:
      return looks == Looks::second_label || looks == Looks::level_label ? 2
             : looks == Looks::name                                      ? 0
             : looks == Looks::value                                     ? -2
                                                                         : -1;
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
  for (int c : {columns.key_work, columns.project, columns.basis, columns.category, columns.past, columns.weight,
                columns.direction, columns.unit, columns.operator_column})
    put(c, Slot::extra);
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

}  // namespace

bool LogicalRow::moved() const {
  for (int target = 0; target < static_cast<int>(source.size()); ++target)
    if (source[target] >= 0 && source[target] != target) return true;
  return false;
}

int LogicalRow::shift() const {
  for (int target = 0; target < static_cast<int>(source.size()); ++target)
    if (source[target] >= 0 && source[target] != target) return target - source[target];
  return 0;
}

LogicalRow row_as_is(const GridView& view, const IndicatorColumns& columns, int row) {
  const int width = std::min(columns.rightmost() + 1, view.columns());
  LogicalRow logical{row, std::vector<int>(static_cast<std::size_t>(std::max(width, 0)), -1),
                     std::vector<std::optional<ParsedTarget>>(static_cast<std::size_t>(std::max(width, 0)))};
  for (int c = 0; c < width; ++c)
    if (!view.empty(row, c)) logical.source[c] = c;
  return logical;
}

LogicalRow aligned_row(const GridView& view, const TableTemplate& t, const IndicatorColumns& columns, int row) {
  const Layout layout = layout_of(columns, view.columns());
  const int width = static_cast<int>(layout.slots.size());
  std::vector<Looks> looks(static_cast<std::size_t>(width));
  LogicalRow logical{row, std::vector<int>(static_cast<std::size_t>(width), -1),
                     std::vector<std::optional<ParsedTarget>>(static_cast<std::size_t>(width))};
  for (int c = 0; c < width; ++c) looks[c] = looks_of(view, t, row, c, logical.parsed[c]);
  // Only a cell that cannot be where it stands moves a row: a value in a level or name column, a
  // level label in a value column or under the other level, a name in a value column, a long name
  // in a level column. Anything that could be right where it is stays (成本指标 in either level
  // column, prose in a value column).
  const auto alone = [&] { return std::count_if(looks.begin(), looks.end(), [](Looks l) { return l != Looks::empty; }) == 1; };
  const auto name_after = [&](int c) {
    for (int k = c + 1; k < width; ++k)
      if (looks[k] == Looks::name) return true;
    return false;
  };
  const auto clear_misfit = [&](int c) {
    const Slot slot = c < width ? layout.slots[c] : Slot::none;
    switch (looks[c]) {
      case Looks::value: return slot == Slot::first || slot == Slot::second || slot == Slot::third;
      case Looks::first_label: return slot == Slot::second || slot == Slot::third || slot == Slot::value;
      // A name that repeats a label (服务对象满意度 under 服务对象满意度指标) is common; a label in
      // the name column is out of place only when it stands alone in its row or a name stands
      // right of it (资金投入 | 预算编制科学性 | 科学: the row slid one column right).
      case Looks::second_label:
        return slot == Slot::first || slot == Slot::value || (slot == Slot::third && (alone() || name_after(c)));
      case Looks::level_label: return slot == Slot::value || (slot == Slot::third && (alone() || name_after(c)));
      case Looks::name: {
        if (slot == Slot::value) return true;
        const std::string* text = view.text(row, c);
        return (slot == Slot::first || slot == Slot::second) && text && code_point_count(*text) >= 6;
      }
      case Looks::empty: return false;
    }
    return false;
  };
  // …and only when the row has an empty column where that cell belongs (a name that repeats its
  // second level, 服务对象满意度 | 服务对象满意度, is no misfit).
  const auto empty_slot_for = [&](Looks l) {
    for (int c = 0; c < width; ++c) {
      // A cell a merge hides is not empty: the merged level above it covers this row too.
      if (looks[c] != Looks::empty || view.covered(row, c)) continue;
      const Slot slot = layout.slots[c];
      if (l == Looks::value && slot == Slot::value) return true;
      if (l == Looks::name && slot == Slot::third) return true;
      if ((l == Looks::first_label || l == Looks::level_label) && slot == Slot::first) return true;
      if ((l == Looks::second_label || l == Looks::level_label) && slot == Slot::second) return true;
    }
    return false;
  };
  bool misfit = false;
  for (int c = 0; c < width && !misfit; ++c) misfit = clear_misfit(c) && empty_slot_for(looks[c]);
  if (!misfit) {
    for (int c = 0; c < width; ++c)
      if (looks[c] != Looks::empty) logical.source[c] = c;
    return logical;
  }
  const std::vector<int> targets = best_places(looks, layout);
  for (int c = 0; c < width; ++c)
    if (looks[c] != Looks::empty) logical.source[targets[c]] = c;
  return logical;
}

}  // namespace jixiao::core
