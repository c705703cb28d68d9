#include "core/rates/rate_plan.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/text/number_text.hpp"
#include "core/values/schedule.hpp"

namespace jixiao::core {

namespace {

std::string term(std::string_view code, Language language) {
  return term_text("rates", code, language).value_or(std::string(code));
}

void replace_placeholder(std::string& text, std::string_view name, std::string_view value) {
  const std::string placeholder = "{" + std::string(name) + "}";
  for (std::size_t at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
    text.replace(at, placeholder.size(), value);
}

std::string base_word(RateBase base, Language language) {
  return term("base-" + std::string(rate_base_code(base)), language);
}

std::string quoted(std::string_view text) {
  std::string result = "\"";
  for (char c : text) result += c == '"' ? std::string("\"\"") : std::string(1, c);
  return result + "\"";
}

std::string iso_date(const std::chrono::year_month_day& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

std::string calc_date(int year, unsigned month, unsigned day) {
  return "DATE(" + std::to_string(year) + ";" + std::to_string(month) + ";" + std::to_string(day) + ")";
}

// Elapsed share of the calendar year including the date, as core::time_progress computes it,
// written with DATE() so that Calc, Excel and WPS compute it alike.
std::string progress_formula(const std::chrono::year_month_day& date) {
  const int y = static_cast<int>(date.year());
  const std::string first = calc_date(y, 1, 1);
  return "=(" + calc_date(y, static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day())) + "-" + first +
         "+1)/(" + calc_date(y, 12, 31) + "-" + first + "+1)";
}

// A reference to an amount cell. A number stored as text ("6822.75　", as some systems export it)
// is read through VALUE() once its ideographic and no-break spaces are gone, so the line still
// gets its rate; anything else that is not a number shows as #VALUE!, which is what it is.
std::string amount(const GridView& view, int row, int column, const std::string& reference) {
  if (!view.text(row, column)) return reference;
  return "VALUE(TRIM(SUBSTITUTE(SUBSTITUTE(" + reference + ";UNICHAR(12288);\" \");UNICHAR(160);\" \")))";
}

// The column naming the lines: the header's label column, else the column left of the amounts
// holding the most words on the lines (the department table names its lines in two columns).
int label_column_of(const GridView& view, const RateColumns& columns, const std::vector<int>& lines) {
  if (columns.label >= 0) return columns.label;
  int leftmost_amount = view.columns();
  for (int c : {columns.executed, columns.budget, columns.received, columns.plan})
    if (c >= 0) leftmost_amount = std::min(leftmost_amount, c);
  int best = -1, best_count = 0;
  for (int c = 0; c < leftmost_amount; ++c) {
    const auto count = std::count_if(lines.begin(), lines.end(), [&](int row) {
      return view.text(row, c) && !view.empty(row, c) && !holds_amount(view, row, c);
    });
    if (count > best_count) {
      best = c;
      best_count = static_cast<int>(count);
    }
  }
  return best;
}

// One column right of everything the block's rows hold (merged areas and cells showing an error
// included), so the inserted columns never split the user's table.
int right_of_block(const GridView& view, const RateBlock& block) {
  int rightmost = -1;
  for (int row = block.header_row; row < block.end_row; ++row)
    for (int c = view.columns() - 1; c > rightmost; --c)
      if (!view.empty(row, c) || view.covered(row, c)) {
        rightmost = c;
        break;
      }
  for (const Grid::ErrorCell& error : view.grid().errors)
    if (error.row >= block.header_row && error.row < block.end_row) rightmost = std::max(rightmost, error.column);
  return rightmost + 1;
}

bool valid_date(const std::chrono::year_month_day& date) {
  return date.ok() && date.year() >= std::chrono::year{1900} && date.year() <= std::chrono::year{9999};
}

}  // namespace

std::string refusal_message(RateRefusal refusal, RateBase base, Language language) {
  static constexpr std::pair<RateRefusal, std::string_view> codes[] = {
      {RateRefusal::no_block, "refuse-no-block"},
      {RateRefusal::no_base_column, "refuse-no-base"},
      {RateRefusal::no_lines, "refuse-no-lines"},
      {RateRefusal::unknown_base, "refuse-unknown-base"},
      {RateRefusal::bad_date, "refuse-date"},
      {RateRefusal::bad_threshold, "refuse-threshold"},
      {RateRefusal::protected_sheet, "refuse-protected"},
      {RateRefusal::read_only, "refuse-read-only"}};
  std::string message;
  for (const auto& [r, code] : codes)
    if (r == refusal) message = term(code, language);
  replace_placeholder(message, "base", base_word(base, language));
  return message;
}

std::vector<RateBase> available_rate_bases(const Grid& grid) {
  const GridView view(grid);
  const std::optional<RateBlock> block = find_rate_block(view, rate_vocabulary());
  return block ? available_bases(view, *block) : std::vector<RateBase>{};
}

namespace {

// The first column of a set an earlier run wrote in the header row, or -1: its four headers side by
// side, as either language writes them.
int earlier_set(const GridView& view, int header_row) {
  const auto text_at = [&](int column) {
    const std::string* text = column < view.columns() ? view.text(header_row, column) : nullptr;
    return text ? *text : std::string();
  };
  for (Language language : {Language::zh_cn, Language::en}) {
    std::string rate_head = term("header-rate", language);
    rate_head = rate_head.substr(0, rate_head.find("{base}"));
    const std::string deviation = term("header-deviation", language), flag = term("header-flag", language),
                      progress = term("header-progress", language);
    for (int c = 0; c + RatePlan::progress_line < view.columns(); ++c)
      if (text_at(c).starts_with(rate_head) && text_at(c + RatePlan::deviation) == deviation &&
          text_at(c + RatePlan::flag) == flag && text_at(c + RatePlan::progress_line) == progress)
        return c;
  }
  return -1;
}

// Where the plan's columns and rows go: right of the block (or over the set an earlier run left),
// from the header of the section of the first line to the last line; the progress cell under the
// header.
RatePlan placed_plan(const GridView& view, const RateBlock& block, const std::vector<int>& lines,
                     const RateRequest& request) {
  const Grid& grid = view.grid();
  const RateSection& section = block.section_at(lines.front());
  RatePlan plan;
  const int earlier = earlier_set(view, section.header_row);
  plan.insert_column = grid.origin_column + (earlier >= 0 ? earlier : right_of_block(view, block));
  plan.replaces_earlier = earlier >= 0;
  plan.first_row = grid.origin_row + section.header_row;
  plan.last_row = grid.origin_row + std::max(lines.back(), section.header_row + 1);
  plan.progress_row = plan.first_row + 1;
  plan.progress = std::get<double>(time_progress(std::chrono::sys_days{request.as_of}));
  plan.flag_lag = term("flag-lag", request.language);
  plan.flag_over = term("flag-over", request.language);
  plan.chart_title = term("chart-title", request.language);
  const int label = label_column_of(view, section.columns, lines);
  plan.label_column = label < 0 ? -1 : grid.origin_column + label;
  plan.cells.assign(static_cast<std::size_t>(plan.last_row - plan.first_row + 1),
                    std::vector<std::string>(RatePlan::column_count));
  return plan;
}

// "$K$2": the progress cell every line's deviation refers to.
std::string progress_reference(const RatePlan& plan) {
  return "$" + column_name(plan.column(RatePlan::progress_cell)) + "$" + std::to_string(plan.progress_row + 1);
}

// The header row's words and, under the "as of" header, the progress formula.
void write_headers(RatePlan& plan, const RateRequest& request) {
  const Language language = request.language;
  auto& header = plan.cells.front();
  header[RatePlan::rate] = term("header-rate", language);
  replace_placeholder(header[RatePlan::rate], "base", base_word(request.base, language));
  header[RatePlan::deviation] = term("header-deviation", language);
  header[RatePlan::flag] = term("header-flag", language);
  header[RatePlan::progress_line] = term("header-progress", language);
  header[RatePlan::progress_cell] = term("header-as-of", language);
  replace_placeholder(header[RatePlan::progress_cell], "date", iso_date(request.as_of));
  plan.cells[1][RatePlan::progress_cell] = progress_formula(request.as_of);
}

// One line's formulas: rate, deviation from the progress, flag, and the progress for the chart.
void write_line(RatePlan& plan, const GridView& view, const RateBlock& block, int line, const RateRequest& request) {
  const int row0 = view.grid().origin_row, column0 = view.grid().origin_column;
  const auto letters = [&](RatePlan::Column c) { return column_name(plan.column(c)); };
  const std::string progress_cell = progress_reference(plan);
  const std::string threshold = shortest_number_text(request.lag_threshold);
  const RateColumns& columns = block.section_at(line).columns;
  const std::string n = std::to_string(row0 + line + 1);
  const std::string executed = amount(view, line, columns.executed, column_name(column0 + columns.executed) + n);
  const std::string base =
      amount(view, line, columns.base(request.base), column_name(column0 + columns.base(request.base)) + n);
  const std::string rate = letters(RatePlan::rate) + n, deviation = letters(RatePlan::deviation) + n;
  auto& cells = plan.cells[static_cast<std::size_t>(row0 + line - plan.first_row)];
  cells[RatePlan::rate] = "=IF(N(" + base + ")=0;\"\";" + executed + "/" + base + ")";
  cells[RatePlan::deviation] = "=IF(" + rate + "=\"\";\"\";" + rate + "-" + progress_cell + ")";
  cells[RatePlan::flag] = "=IF(" + rate + "=\"\";\"\";IF(" + rate + ">1;" + quoted(plan.flag_over) + ";IF(" +
                          deviation + "<-" + threshold + ";" + quoted(plan.flag_lag) + ";\"\")))";
  cells[RatePlan::progress_line] = "=" + progress_cell;
  plan.line_rows.push_back(row0 + line);
}

// The flag column's conditions for the conditional format (relative to its first line).
void write_conditions(RatePlan& plan) {
  const std::string flag_cell = "$" + column_name(plan.column(RatePlan::flag)) + std::to_string(plan.first_row + 2);
  plan.lag_condition = flag_cell + "=" + quoted(plan.flag_lag);
  plan.over_condition = flag_cell + "=" + quoted(plan.flag_over);
}

}  // namespace

std::variant<RatePlan, RateRefusal> plan_rates(const Grid& grid, const RateRequest& request) {
  if (!valid_date(request.as_of)) return RateRefusal::bad_date;
  if (!std::isfinite(request.lag_threshold) || request.lag_threshold < 0 || request.lag_threshold > 1)
    return RateRefusal::bad_threshold;
  const GridView view(grid);
  const std::optional<RateBlock> found = find_rate_block(view, rate_vocabulary());
  if (!found) return RateRefusal::no_block;
  const RateBlock& block = *found;
  if (std::none_of(block.sections.begin(), block.sections.end(),
                   [&](const RateSection& s) { return s.columns.base(request.base) >= 0; }))
    return RateRefusal::no_base_column;
  const std::vector<int> lines = rate_lines(view, block, request.base);
  if (lines.empty()) return RateRefusal::no_lines;

  RatePlan plan = placed_plan(view, block, lines, request);
  write_headers(plan, request);
  for (int line : lines) write_line(plan, view, block, line, request);
  write_conditions(plan);
  return plan;
}

}  // namespace jixiao::core
