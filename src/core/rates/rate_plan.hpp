#pragma once

#include <chrono>
#include <string>
#include <variant>
#include <vector>

#include "core/catalog/finding.hpp"
#include "core/sheet/grid.hpp"
#include "core/rates/rate_block.hpp"

// What org.jixiao.ExecutionRates writes next to a rate block: headers, formulas of Calc's own
// functions (so the file computes in Excel and WPS without Jixiao), where they go and how they are
// formatted. Pure: the adapter only carries it out.
namespace jixiao::core {

struct RateRequest {
  RateBase base = RateBase::budget;
  std::chrono::year_month_day as_of{};
  double lag_threshold = 0.10;  // a fraction: 0.10 is 10 percentage points
  Language language = Language::zh_cn;
};

// Why nothing is written. The last two are found by the adapter (they need the document).
enum class RateRefusal {
  no_block,
  no_base_column,
  no_lines,
  unknown_base,
  bad_date,
  bad_threshold,
  protected_sheet,
  read_only
};

// The refusal's message in the language (data/rules/terms.tsv, group "rates").
std::string refusal_message(RateRefusal refusal, RateBase base, Language language);

// Everything in sheet coordinates (zero-based). The inserted columns, left to right.
struct RatePlan {
  enum Column { rate, deviation, flag, progress_line, progress_cell, column_count };

  int insert_column = 0;  // the first inserted column: right of everything the block's rows hold
  // A set an earlier 计算执行率 left in the block's header row (执行率（…）| 与序时进度偏差 | 预警 |
  // 序时进度, in either language) starts at insert_column: it is written over, not stacked.
  bool replaces_earlier = false;
  int first_row = 0;      // the header row the inserted headers stand in
  int last_row = 0;       // inclusive: the last line (at least first_row + 1, the progress cell's row)
  // (last_row - first_row + 1) rows of column_count cells, for setFormulaArray: "=…" formulas in
  // the API's grammar (English function names, ';' between arguments), plain texts, or "" (empty).
  std::vector<std::vector<std::string>> cells;
  std::vector<int> line_rows;  // the rows that got a rate
  int label_column = -1;       // the chart's categories; -1 when no column names the lines
  int progress_row = 0;        // the one cell holding the time progress: (progress_row, column(progress_cell))
  double progress = 0;         // its value: core::time_progress of the date
  std::string flag_lag, flag_over, chart_title;
  // Conditional format conditions for the rate cells (first_row + 1 .. last_row), relative to the
  // first of them: the flag cell of the same row says 滞后 / 超预算.
  std::string lag_condition, over_condition;

  int column(Column c) const { return insert_column + c; }
};

// The plan for the grid's first rate block, or why there is none.
std::variant<RatePlan, RateRefusal> plan_rates(const Grid& grid, const RateRequest& request);

// The bases the grid's first rate block offers (budget, received, plan order); empty without one.
std::vector<RateBase> available_rate_bases(const Grid& grid);

}  // namespace jixiao::core
