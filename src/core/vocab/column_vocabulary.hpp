#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// What each column of an indicator table holds, named by its header's words
// (data/templates/columns.tsv, plus words a template file adds).
namespace jixiao::core {

enum class ColumnRole {
  first, second, third,        // the three levels
  operator_column,             // 指标性质: the comparison (≥ ＞ ＝ ≤) or 定性
  value,                       // 指标值
  unit,                        // 度量单位
  direction,                   // 指标方向性: 正向指标 / 反向指标
  weight,                      // 权重, 分值
  half, full,                  // half-year and full-year target values
  expected, past,              // Hubei: 预期当年实现值, 近两年指标值
  basis, category,             // Hubei: 指标值确定依据, 指标分类
  key_work, project,           // Jiangsu 履职: 重点工作, 对应项目
  info,                        // left of the levels: the project or unit the row belongs to
  actual, score, reason, possibility  // self-evaluation and monitoring tables
};

// The role's code in the data files ("first", "operator", …), and back.
std::string_view column_role_code(ColumnRole role);
std::optional<ColumnRole> parse_column_role(std::string_view code);

// Whether a column of this role makes a table one that reports on targets (self-evaluation,
// monitoring) rather than one that sets them.
bool reports_on_targets(ColumnRole role);

struct ColumnVocabulary {
  std::vector<std::pair<ColumnRole, std::string>> words;  // header_key of each word
  std::vector<std::string> problems;                      // lines that could not be used
};

// Reads a columns file (the format of data/templates/columns.tsv).
ColumnVocabulary parse_column_vocabulary(std::string_view text);

// The built-in vocabulary, parsed once.
const ColumnVocabulary& builtin_column_vocabulary();

// The roles a header cell's key names, in the vocabulary's order (a word may name two roles, as
// 单位 names the unit right of the levels and the organisation left of them). The key matches a
// word whole, or without a trailing note ("指标值(包含数字及文字描述)", "权重(%)", "指标值/(…)"),
// or with its last character lost ("二级指" for 二级指标, as truncated headers come).
std::vector<ColumnRole> header_roles(const ColumnVocabulary& vocabulary, std::string_view key);

// The key without a trailing parenthesized note and the slash before it: "指标值/(含数字)" ->
// "指标值". Parentheses inside ("半年(程)指标值") stay.
std::string_view without_trailing_note(std::string_view key);

}  // namespace jixiao::core
