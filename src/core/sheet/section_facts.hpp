// What the indicator rows of one section (a project of an export, or a whole table) are, as the
// row checks read them: the facts the rules over a whole section and a whole block judge.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/values/split_target.hpp"
#include "core/values/target_parse.hpp"
#include "core/vocab/table_template.hpp"

namespace jixiao::core {

struct IndicatorRowFacts {
  int row = 0;
  const FirstLevel* first = nullptr;  // the row's first level in the template, nullptr if unknown
  std::string second_key;             // label_key of its second level ("" when none)
  std::string name;                   // the indicator's name as shown
  bool not_applicable = false;        // 无, 不适用: a placeholder row saying the group has none
  int value_column = -1;              // the sheet column of its (full-year) value, -1 when none
  std::optional<ParsedTarget> target;  // that value parsed (an export's cells assembled)
  std::string value_text;              // the value cell as shown
  bool qualitative = false;            // 定性 in the operator column
  std::optional<double> weight;        // a number in the weight column
  std::optional<DeclaredDirection> declared;  // 正向指标 / 反向指标
  std::string declared_text;                  // as shown
  int direction_column = -1;
  std::string unit_text;  // an export's unit cell as shown
  int unit_column = -1;
};

// The project an export section belongs to, from the columns left of the levels.
struct SectionInfo {
  int first_row = 0;
  int end_row = 0;  // exclusive
  int project_column = -1;  // 项目名称 (or 单位名称 when there is none), on the first row
  std::string project;      // as shown
  int budget_column = -1;   // 预算数
  int goal_column = -1;     // 年度目标
  int budget_year = 0;      // the year the table budgets for (its title's 2025年度), 0 when unknown
  // Most of the block's projects set 成本 indicators (the 2021 framework's first level): one
  // without them is missing a group its table asks for.
  bool costs_expected = false;
};

}  // namespace jixiao::core
