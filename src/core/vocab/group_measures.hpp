#pragma once

#include <optional>
#include <string>
#include <string_view>

// The output group an indicator's name says it measures (data/vocab/group_measures.tsv):
// 验收合格率 is a quality (质量), 资金拨付及时率 timeliness (时效), 人均培训成本 a cost (成本).
namespace jixiao::core {

// The label_key of the group the name's ending belongs to ("质量", "时效", "成本"), or nullopt
// when its ending names none.
std::optional<std::string> group_of_measure(std::string_view name);

}  // namespace jixiao::core
