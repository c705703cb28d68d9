#pragma once

#include <optional>
#include <string>
#include <string_view>

// The unit an indicator's name gives a bare number under it (data/vocab/name_units.tsv):
// 召开大型会议次数 | 6 counts meetings, 人员经费支出 | 158.3 is money in the table's money unit.
namespace jixiao::core {

struct ImpliedUnit {
  std::string unit;    // "次", "人" … ("" for money)
  bool money = false;  // an amount, in the table's money unit
};

// The unit the name implies by its ending, or nullopt.
std::optional<ImpliedUnit> implied_unit(std::string_view name);

// The money unit a note such as 金额单位：万元 or 单位：元 declares ("万元", "元", "千元", "亿元"),
// or nullopt when the text is no such note.
std::optional<std::string> money_unit_note(std::string_view text);

// The money unit a column heading gives its amounts (预算金额（万元）, 资金总额(元)), or nullopt: a
// table whose budget block is in 万元 gives its 成本指标 amounts in 万元 too.
std::optional<std::string> money_unit_of_heading(std::string_view text);

}  // namespace jixiao::core
