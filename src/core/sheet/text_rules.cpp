#include <algorithm>
#include <optional>

#include "core/sheet/sheet_rules.hpp"
#include "core/text/invisible_characters.hpp"
#include "core/text/text.hpp"
#include "core/text/value_text.hpp"

// Checks of single cells that need no table around them, and the small tools the other rule files
// share (spaces, edit distance).
namespace jixiao::core {

namespace {

// Code points of UTF-8 text; an invalid byte stands for itself (0xDC00 + byte) so that damaged
// text still compares without throwing.
std::vector<char32_t> code_points(std::string_view text) {
  std::vector<char32_t> points;
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const int length = byte < 0x80 ? 1 : (byte >> 5) == 6 ? 2 : (byte >> 4) == 14 ? 3 : (byte >> 3) == 30 ? 4 : 0;
    if (length == 0 || i + length > text.size() || !is_valid_utf8(text.substr(i, length))) {
      points.push_back(0xDC00 + byte);
      ++i;
      continue;
    }
    char32_t point = length == 1 ? byte : byte & (0x7F >> length);
    for (int k = 1; k < length; ++k) point = (point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    points.push_back(point);
    i += static_cast<std::size_t>(length);
  }
  return points;
}

std::string_view leading_character(std::string_view text) {
  if (text.empty()) return text;
  const auto byte = static_cast<unsigned char>(text[0]);
  const std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 6 ? 2 : (byte >> 4) == 14 ? 3 : (byte >> 3) == 30 ? 4 : 1;
  return text.substr(0, std::min(length, text.size()));
}

std::string remove_bookmarks(std::string_view text) {
  std::string result;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = text.find("[bookmark:", i);
    if (start == std::string_view::npos) break;
    const std::size_t end = text.find(']', start);
    if (end == std::string_view::npos) break;
    result.append(text.substr(i, start - i));
    i = end + 1;
  }
  result.append(text.substr(i));
  return trim_outer_space(result);
}

}  // namespace

std::string without_stray_spaces(std::string_view text) { return tidied_whitespace(text, TextPlace::name); }

void check_label_spaces(const GridView& view, int row, int column, FindingSink& sink) {
  sink.mark_spaces_checked(row, column);
  const std::string* text = view.text(row, column);
  if (!text || text->size() > GridView::key_limit || !has_space(*text)) return;
  // The space of a Word bookmark ([bookmark: _GoBack]) goes with the bookmark, which is reported.
  if (text->find("[bookmark:") != std::string::npos) return;
  const std::string fixed = without_stray_spaces(*text);
  if (fixed == *text || fixed.empty()) return;
  sink.add_with_text_fix(row, column,
                         make_finding(RuleId::whitespace_in_text,
                                      {{"value", shortened_for_message(*text)},
                                       {"characters", invisible_kind_codes(invisible_kinds(*text))}},
                                      fixed));
}

namespace {

// ASCII letters, digits and punctuation: English and formulas keep one space around them
// (住宿460元*60个房间=2.76万; 单价 (含税)).
bool is_ascii_word(std::string_view c) {
  return c.size() == 1 && static_cast<unsigned char>(c[0]) > ' ' && static_cast<unsigned char>(c[0]) < 0x7F;
}

bool is_line_break_character(std::string_view c) {
  return c == "\n" || c == "\r" || c == "\u2028" || c == "\u2029" || c == "\u0085" || c == "\v" || c == "\f";
}

}  // namespace

// Whether the text holds the tick boxes of a form's options (□新增项目 ☑延续项目).
static bool has_form_boxes(std::string_view text) {
  for (std::string_view box : {"□", "☑", "☐", "☒", "■", "√"})
    if (text.find(box) != std::string_view::npos) return true;
  return false;
}

// A cell laid out as a form's line, whose every space is its layout: tick boxes in a row
// (□新增项目   ☑延续项目), or a signature line's fields (填表人：宋某 联系电话：… 填报日期：).
static bool form_layout(std::string_view text) {
  return has_form_boxes(text) || is_signature_line(header_key(text.substr(0, 24)));
}

// A blank left to fill in (中期资金总额：  万元, 2025年  月  日), by the characters around it.
static bool form_blank(std::string_view before, std::string_view after) {
  if (before == ":" || before == "：" || before == "(" || before == "（") return true;
  // The blank is followed by its unit standing alone (  万元, 年  月  日), not by a word that merely
  // begins with it (机构设置及 人员配置). A bracket's blank (（  ）) opens with the bracket, above;
  // a space before a closing one alone (工作经费 ）) is a stray.
  for (std::string_view blank : {"万元", "元", "年", "月", "日", "人"}) {
    if (!after.starts_with(blank)) continue;
    const std::string_view next = leading_character(after.substr(blank.size()));
    if (next.empty() || remove_all_space(next).empty()) return true;
    for (std::string_view stop : {"，", "。", "、", "；", ";", ",", ")", "）", "/"})
      if (next == stop) return true;
  }
  return false;
}

// A form's line opening with full-width spaces (　　其中：财政拨款   万元, 　　　　其他资金   万元) is
// indented as a sub-item of the line above: the indent is the form's layout, kept. Prose opening
// with them (　根据上级…) is not: readers of issue 19 list that indent as a stray (five of seven;
// a cell is no Word paragraph), reported as an info.
static std::string_view form_indent(std::string_view text, std::string_view trimmed) {
  std::size_t end = 0;
  while (text.substr(end).starts_with("\u3000")) end += 3;
  const bool form_line =
      trimmed.starts_with("其中") || trimmed.find(" 万元") != std::string_view::npos || has_form_boxes(trimmed);
  return form_line ? text.substr(0, end) : text.substr(0, 0);
}

std::string tidied_whitespace(std::string_view text, TextPlace place) {
  const std::string trimmed = trim_outer_space(text);
  if (place == TextPlace::header) return writable_text(trimmed, trimmed.find('\n') != std::string::npos);
  std::string result;
  if (place == TextPlace::prose && !trimmed.empty()) {
    const std::string_view indent = form_indent(text, trimmed);
    if (!indent.empty() && text.substr(indent.size()).starts_with(trimmed))
      result.append(indent);
  }
  std::string_view rest = trimmed;
  std::string_view previous;
  // form_layout(trimmed), judged at the first blank that asks, once for the cell.
  std::optional<bool> form_line;
  const auto laid_out_as_form = [&] {
    if (!form_line) form_line = form_layout(trimmed);
    return *form_line;
  };
  while (!rest.empty()) {
    const std::string_view character = leading_character(rest);
    rest.remove_prefix(character.size());
    if (!remove_all_space(character).empty()) {
      result.append(character);
      previous = character;
      continue;
    }
    // A run of whitespace: a line break in it is kept (the cell's own layout), one ASCII space
    // only between ASCII words, a form's spacing in prose as it is, nothing else.
    const char* const run_start = character.data();
    bool line_break = is_line_break_character(character);
    while (!rest.empty() && remove_all_space(leading_character(rest)).empty()) {
      line_break = line_break || is_line_break_character(leading_character(rest));
      rest.remove_prefix(leading_character(rest).size());
    }
    if (line_break && place == TextPlace::prose) {
      // A paragraph's indent after a line break is the text's layout (numbered notes).
      result.append(run_start, static_cast<std::size_t>(rest.data() - run_start));
    } else if (line_break && place != TextPlace::name) result.push_back('\n');
    else if (is_ascii_word(previous) || is_ascii_word(leading_character(rest))) result.push_back(' ');
    else if (place == TextPlace::prose &&
             (laid_out_as_form() || form_blank(previous, rest)))
      result.append(run_start, static_cast<std::size_t>(rest.data() - run_start));  // the form's, kept
  }
  return result;
}

void check_whitespace_cells(const GridView& view, const std::vector<RecognizedTable>& tables, FindingSink& sink) {
  for (const RecognizedTable& table : tables) {
    // A budget table alone (一般公共预算项目支出预算表) indents its lines with no-break spaces, as
    // the budget system prints them: only tables with indicators are read for stray spaces.
    if (table.kind != TableKind::target || table.indicator_blocks.empty()) continue;
    std::vector<int> header_rows;
    for (const IndicatorBlock& block : table.indicator_blocks) header_rows.push_back(block.header_row);
    // The label columns of each block, in its rows only: a form's fields above and below the
    // indicators (中期资金总额：  万元, □法律法规 □…) sit in the same columns and are prose.
    const auto label_column = [&](int r, int c) {
      return std::any_of(table.indicator_blocks.begin(), table.indicator_blocks.end(), [&](const IndicatorBlock& b) {
        return r > b.header_row && r < b.end_row && c >= 0 && (c == b.columns.first || c == b.columns.second);
      });
    };
    for (const BudgetBlock& block : table.budget_blocks)
      for (const BudgetBlock::Columns& columns : block.columns) header_rows.push_back(columns.from_row);
    for (int r = table.first_row; r < table.end_row && r < view.rows(); ++r) {
      const bool header = std::find(header_rows.begin(), header_rows.end(), r) != header_rows.end();
      for (int c = 0; c < view.columns(); ++c) {
        const std::string* text = view.text(r, c);
        if (!text || !has_space(*text) || sink.is_value_cell(r, c) || sink.spaces_checked(r, c)) continue;
        if (text->find("[bookmark:") != std::string::npos || !is_valid_utf8(*text)) continue;
        // The stamp line of a form (申报单位（盖章）：…      ) is padded for the stamp.
        if (text->find("盖章") != std::string::npos) continue;
        // Web markup is html-leftover's; its fix takes the spaces with the tags.
        if ((text->find('<') != std::string::npos || text->find('&') != std::string::npos) && without_html_markup(*text))
          continue;
        const TextPlace place = header ? TextPlace::header : label_column(r, c) ? TextPlace::label : TextPlace::prose;
        const std::string fixed = tidied_whitespace(*text, place);
        if (fixed == *text) continue;
        sink.add_with_text_fix(r, c,
                               make_finding(RuleId::whitespace_in_text,
                                            {{"value", shortened_for_message(*text)},
                                             {"characters", invisible_kind_codes(invisible_kinds(*text))}},
                                            fixed));
      }
    }
  }
}

int edit_distance(std::string_view a, std::string_view b) {
  const std::vector<char32_t> x = code_points(a), y = code_points(b);
  std::vector<int> row(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) row[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= x.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

void check_text_cells(const GridView& view, FindingSink& sink) {
  for (int r = 0; r < view.rows(); ++r)
    for (int c = 0; c < view.columns(); ++c) {
      const std::string* text = view.text(r, c);
      if (!text || sink.is_value_cell(r, c)) continue;
      if (text->find("[bookmark:") != std::string::npos) {
        sink.add_with_text_fix(r, c, make_finding(RuleId::word_bookmark_leftover, {{"value", shortened_for_message(*text)}},
                                                  remove_bookmarks(*text)));
      }
      if (text->find('<') == std::string::npos && text->find('&') == std::string::npos) continue;
      if (!is_valid_utf8(*text)) continue;
      if (std::optional<std::string> plain = without_html_markup(*text)) {
        // The prose without its tags: the words stay, only the web page's markup goes.
        sink.add_with_text_fix(r, c, make_finding(RuleId::html_leftover, {{"value", shortened_for_message(*text)}},
                                                  trim_outer_space(*plain)));
      }
    }
}

void check_error_cells(const GridView& view, FindingSink& sink) {
  for (const Grid::ErrorCell& error : view.grid().errors)
    if (!sink.explained(error.row, error.column))
      sink.add(error.row, error.column, make_finding(RuleId::cell_error, {{"code", error.code}}));
}

}  // namespace jixiao::core
