// The form around a table's indicators: fields left empty (项目负责人 with nothing beside it,
// 项目编号: with nothing after the colon), amounts in a form that never says 元 or 万元, and the
// template's placeholders left in any cell (≥**%, XX年, 指标1:).
#include <algorithm>
#include <optional>

#include "core/sheet/sheet_rules.hpp"
#include "core/text/data_lines.hpp"
#include "core/text/embedded_data.hpp"
#include "core/text/text.hpp"
#include "core/text/value_text.hpp"
#include "core/vocab/vague_words.hpp"

namespace jixiao::core {

namespace {

const std::vector<std::string>& form_labels() {
  static const std::vector<std::string> labels = [] {
    std::vector<std::string> read;
    for_each_content_line(embedded_form_fields_txt(), [&](int, std::string_view line) {
      std::string key = header_key(line);
      if (!key.empty()) read.push_back(std::move(key));
    });
    return read;
  }();
  return labels;
}

// A label's key without the colon that ends it and a bracketed note ((盖章)): 填报单位(盖章): ->
// 填报单位. `colon` says whether it ended in one.
std::string bare_label(std::string_view key, bool& colon) {
  std::string label(key);
  colon = false;
  for (bool changed = true; changed;) {
    changed = false;
    if (label.ends_with(":")) {
      label.pop_back();
      colon = changed = true;
    }
    if (label.ends_with(")")) {
      const std::size_t open = label.rfind('(');
      if (open != std::string::npos && open > 0) {
        label.erase(open);
        changed = true;
      }
    }
  }
  return label;
}

bool is_form_label(const std::string& label) {
  return std::find(form_labels().begin(), form_labels().end(), label) != form_labels().end();
}

// Whether the text is a label of the form (with or without its colon), so no field's value.
bool is_label_cell(const GridView& view, int row, int column) {
  const std::string& key = view.key(row, column);
  if (key.empty()) return false;
  bool colon = false;
  return is_form_label(bare_label(key, colon)) || colon;
}

class FormChecker {
 public:
  FormChecker(const GridView& view, const RecognizedTable& table, FindingSink& sink)
      : view_(view), table_(table), sink_(sink) {}

  // The template's placeholders left in an indicator block's rows (a self-evaluation table's
  // names and targets: ★农村低保标准(≥**元/人·月)); its form is not judged.
  void run_placeholders(const IndicatorBlock& block) {
    for (int r = block.header_row + 1; r < block.end_row && r < view_.rows(); ++r)
      for (int c = 0; c < view_.columns(); ++c) check_placeholder(r, c);
  }

  void run() {
    const int first_header = table_.indicator_blocks.front().header_row;
    int last_end = first_header;
    for (const IndicatorBlock& block : table_.indicator_blocks) last_end = std::max(last_end, block.end_row);
    const bool unit_stated = !table_.money_unit.empty() || money_unit_above(first_header);
    for (int r = table_.first_row; r < table_.end_row && r < view_.rows(); ++r) {
      for (int c = 0; c < view_.columns(); ++c) {
        check_placeholder(r, c);
        if (r < first_header || r >= last_end) check_field(r, c);
        if (r < first_header) check_goal_field(r, c);
        if (r < first_header && !unit_stated && !in_budget_block(r)) check_amount_unit(r, c);
      }
    }
  }

 private:
  // Whether the form above the indicators says 元 anywhere short (单位：万元, 资金总额（万元）,
  // 10000万元): then its amounts have their unit, or the cell that lacks it stands beside others
  // that show it.
  bool money_unit_above(int first_header) const {
    for (int r = table_.first_row; r < first_header && r < view_.rows(); ++r)
      for (int c = 0; c < view_.columns(); ++c) {
        const std::string shown = view_.shown(r, c);
        if (shown.size() <= 60 && shown.find("元") != std::string::npos) return true;
      }
    return false;
  }

  // A budget block's amounts (预算情况 | 资金总额 | 1000 | 100%) are its rules' (sum, share).
  bool in_budget_block(int row) const {
    return std::any_of(table_.budget_blocks.begin(), table_.budget_blocks.end(),
                       [&](const BudgetBlock& block) { return row >= block.header_row && row < block.end_row; });
  }

  // amount-without-unit: 资金总额 | 936 in a form that never says 元: the label is the nearest
  // text left of the number, and names money.
  void check_amount_unit(int row, int column) {
    if (!plain_amount(row, column)) return;
    for (int left = column - 1; left >= 0; --left) {
      if (view_.empty(row, left)) continue;
      const std::string* label = view_.text(row, left);
      if (!label) return;
      bool colon = false;
      const std::string key = bare_label(view_.key(row, left), colon);
      bool money = false;
      for (std::string_view word : {"资金", "预算", "金额", "拨款", "经费"})
        money = money || key.find(word) != std::string::npos;
      if (money)
        sink_.add(row, column, make_finding(RuleId::amount_without_unit, {{"field", shortened_for_message(trim_outer_space(*label))},
                                                                           {"value", view_.shown(row, column)}}));
      return;
    }
  }

  // A number other than zero, typed as one or as text (936, 1,200.5), with nothing else in the cell.
  bool plain_amount(int row, int column) const {
    const std::string shown = remove_all_space(view_.shown(row, column));
    if (shown.empty() || shown.size() > 20) return false;
    bool digit = false, nonzero = false;
    for (char ch : shown) {
      if (ch >= '0' && ch <= '9') {
        digit = true;
        nonzero = nonzero || ch != '0';
      } else if (ch != '.' && ch != ',') {
        return false;
      }
    }
    return digit && nonzero;
  }
  // 项目负责人 | (empty), 项目编号: with nothing after it: the field is empty when nothing follows
  // the label in its row before the next label, and nothing stands under a label without a colon
  // (中期目标 over its text is a header, not an empty field).
  void check_field(int row, int column) {
    const std::string& key = view_.key(row, column);
    if (key.empty() || sink_.is_value_cell(row, column)) return;
    bool colon = false;
    const std::string label = bare_label(key, colon);
    if (label.size() < 6) return;  // two characters at least
    // Several labels in one cell (单位领导：  股室负责人：  经办人：) are the form's signature line,
    // signed by hand on the printout, not fields to type into.
    if (label.find(':') != std::string::npos) return;
    const bool listed = is_form_label(label);
    if (!listed && !colon) return;
    // Text after the colon in the cell itself (项目名称:职业技能培训) fills the field: such a key
    // does not end in the colon, and bare_label found none.
    for (int next = column + 1; next < view_.columns(); ++next) {
      if (view_.empty(row, next) && !view_.covered(row, next)) continue;
      if (view_.covered(row, next)) continue;
      if (!is_label_cell(view_, row, next)) return;  // its value
      break;
    }
    // A label over text is a column's header; over another label, the form goes on field by field
    // (项目负责人 | 　 over 联系电话 | 138…) and the field beside it is empty all the same.
    const bool label_below = row + 1 < view_.rows() && is_label_cell(view_, row + 1, column);
    if (!colon && !label_below && row + 1 < view_.rows() && !view_.empty(row + 1, column)) return;
    if (!colon && !label_below && row + 1 < view_.rows() && column + 1 < view_.columns() &&
        !view_.empty(row + 1, column + 1))
      return;
    // Where the user types: the empty cell beside the label, when there is one.
    const bool beside = !colon && column + 1 < view_.columns() && view_.empty(row, column + 1) &&
                        !view_.covered(row, column + 1);
    sink_.add(row, beside ? column + 1 : column,
              make_finding(RuleId::info_field_empty, {{"field", shortened_for_message(label)}, {"project", project_name()}}));
  }

  // goal-without-figure: the year's goal beside its label (年度目标 | 保障单位正常运转) states no
  // figure. Only the year's goal: a long-term goal (实施期目标, 中长期目标) may stay general.
  void check_goal_field(int row, int column) {
    bool colon = false;
    const std::string label = bare_label(view_.key(row, column), colon);
    if (label != "年度目标" && label != "年度绩效目标" && label != "年度总体目标" && label != "本年度绩效目标" &&
        label != "本年度目标" && label != "年度主要目标" && label != "整体绩效目标")
      return;
    // Beside the label, or under it where the label heads a column (总体目标 | 中期目标 | 年度目标
    // over the texts).
    int next = column + 1;
    while (next < view_.columns() && (view_.covered(row, next) || view_.empty(row, next))) ++next;
    if (next < view_.columns() && !is_label_cell(view_, row, next) && !heads_a_column(row, next)) {
      const std::string* goal = view_.text(row, next);
      if (!goal) return;
      // A goal written over several rows under one label (1.… | 2.补助标准为每生1500元) is one goal.
      std::string whole = *goal;
      for (int below = row + 1; below < view_.rows() && below <= row + 6; ++below) {
        if (!view_.empty(below, column) && !view_.covered(below, column)) break;
        const std::string* more = view_.text(below, next);
        if (!more) break;
        whole += "\n" + *more;
      }
      report_goal_without_figure(row, next, label, whole, sink_);
      return;
    }
    // Under the label: only where the label heads a column of texts (年度目标 over its text, the
    // level headings 年度绩效指标 | 一级指标 are no goal).
    if (row + 1 < view_.rows() && !is_label_cell(view_, row + 1, column) && !heads_a_column(row + 1, column) &&
        !view_.key(row + 1, column).ends_with("指标"))
      if (const std::string* goal = view_.text(row + 1, column)) report_goal_without_figure(row + 1, column, label, *goal, sink_);
  }

  // 年度总体目标 | 年度总体目标完成情况: a second heading beside the label, not its text. A heading is
  // short; 按质按量完成政府下达的任务 is a goal however it ends.
  bool heads_a_column(int row, int column) const {
    const std::string& key = view_.key(row, column);
    return code_point_count(key) <= 10 &&
           (key.ends_with("情况") || key.ends_with("综述") || key.ends_with("目标") || key.ends_with("任务"));
  }

  // ≥**%, XX年, ××项目: what the template printed for a person to replace; 指标1: before a name.
  void check_placeholder(int row, int column) {
    const std::string& key = view_.key(row, column);
    const std::string* text = view_.text(row, column);
    if (!text || text->size() > 2000) return;
    const std::string folded = key.empty() ? header_key(*text) : key;
    std::string found;
    for (const std::string& placeholder : builtin_vague_words().placeholders)
      if (folded.find(placeholder) != std::string::npos && !ascii_word_around(folded, placeholder) &&
          !(placeholder == "**" && folded.find("***") != std::string::npos))  // *** masks a name on purpose
        found = placeholder;
    if (found.empty() && folded.starts_with("指标") && folded.size() > 8) {
      // 指标1: or 指标2: before the name the template asks for.
      std::size_t i = 6;
      while (i < folded.size() && folded[i] >= '0' && folded[i] <= '9') ++i;
      if (i > 6 && i < folded.size() && folded[i] == ':') found = folded.substr(0, i + 1);
    }
    if (found.empty()) return;
    sink_.add(row, column, make_finding(RuleId::template_text_left, {{"value", shortened_for_message(*text)},
                                                                     {"placeholder", found}}));
  }

  // XX inside an English word (XXL, Max) is no placeholder.
  static bool ascii_word_around(const std::string& text, const std::string& placeholder) {
    if (placeholder != "XX" && placeholder != "xx") return false;
    const std::size_t at = text.find(placeholder);
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    return (at > 0 && letter(text[at - 1])) || (at + 2 < text.size() && letter(text[at + 2]));
  }

  std::string project_name() {
    if (!name_) {
      name_ = std::string();
      for (std::string_view label : {"项目名称", "部门(单位)名称", "单位名称"})
        for (int r = table_.first_row; r < table_.indicator_blocks.front().header_row && name_->empty(); ++r)
          for (int c = 0; c + 1 < view_.columns() && name_->empty(); ++c)
            if (view_.key(r, c).starts_with(label) && !view_.empty(r, c + 1))
              *name_ = shortened_for_message(trim_outer_space(view_.shown(r, c + 1)));
      if (name_->empty())
        for (int c = 0; c < view_.columns() && name_->empty(); ++c)
          if (!view_.empty(table_.first_row, c)) *name_ = shortened_for_message(trim_outer_space(view_.shown(table_.first_row, c)));
    }
    return *name_;
  }

  const GridView& view_;
  const RecognizedTable& table_;
  FindingSink& sink_;
  std::optional<std::string> name_;
};

}  // namespace

void check_form_fields(const GridView& view, const std::vector<RecognizedTable>& tables, FindingSink& sink) {
  for (const RecognizedTable& table : tables)
    if (table.kind == TableKind::target && !table.indicator_blocks.empty()) FormChecker(view, table, sink).run();
}

void check_block_placeholders(const GridView& view, const RecognizedTable& table, const IndicatorBlock& block,
                              FindingSink& sink) {
  FormChecker(view, table, sink).run_placeholders(block);
}

}  // namespace jixiao::core
