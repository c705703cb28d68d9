#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/finding.hpp"
#include "core/values/target_parse.hpp"

// A target kept in three cells, as the budget management system exports it: 指标性质 (≥ ＞ ＝ ≤,
// or 定性 for a qualitative target) | 指标值 (a bare number, or a word or grading scale such as
// 高中低 for 定性) | 度量单位 (%, 人, 万元 …), with 指标方向性 (正向指标 / 反向指标) beside them.
// The three cells together are one target; each defect is reported at the cell that holds it.
namespace jixiao::core {

// Which of the row's cells a finding is about.
enum class TargetCell { operator_cell, value_cell, unit_cell, direction_cell };

struct SplitCells {
  std::string operator_text;  // as shown
  std::string value_text;     // as shown (a percent-formatted 0.95 is "95%")
  std::string unit_text;
  std::optional<std::string> direction_text;  // nullopt when the table has no direction column
  std::string second_level;  // the row's 二级指标 (成本指标, 时效指标), a witness of its direction
};

struct CellFinding {
  TargetCell cell;
  Finding finding;
};

// What 指标方向性 says: higher or lower is better (正向指标, 反向指标, "1-正向指标").
enum class DeclaredDirection { higher, lower };
std::optional<DeclaredDirection> declared_direction(std::string_view text);

// How 指标性质 reads: a comparison, 定性, nothing, or something else.
struct OperatorCell {
  enum class Kind { comparison, qualitative, empty, other } kind = Kind::empty;
  std::optional<Comparison> comparison;
};
OperatorCell read_operator_cell(std::string_view text);

// A unit as the cell gives it, without the code some exports put before it ("50-%" -> "%").
std::string unit_of_cell(std::string_view text);

struct SplitCheck {
  // The target the cells make ("≥95%" parsed with the name), when they make one; a 定性 row
  // gives the qualitative target of its value.
  std::optional<ParsedTarget> target;
  std::vector<CellFinding> findings;
  bool direction_missing = false;  // the table has a direction column and this row's is empty
};

// The row's three (or four) cells checked as one target with its indicator's name. Nothing is
// reported that only restates the export's style: full-width ＝ and ＞ in 指标性质, a number
// without operator in 指标值, a unit in a column of its own.
SplitCheck check_split_target(const SplitCells& cells, std::string_view indicator_name);

}  // namespace jixiao::core
