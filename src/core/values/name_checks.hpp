#pragma once

#include <string_view>

#include "core/values/target_parse.hpp"
#include "core/vocab/indicator_names.hpp"

namespace jixiao::core {

class IndicatorNames;

// The checks an indicator's name makes possible on its parsed target value (part of parse_target):
// the kind the name expects (kind-mismatch-name), the direction of its operator
// (direction-mismatch), and growth names, for which a percent above 100% is only info.
// An empty name, or one the name vocabulary says nothing about, adds nothing.
void add_name_checks(ParsedTarget& target, std::string_view indicator_name, const IndicatorNames& names);

// Whether a value is of the kind a name expects (a rate's percent, a count's count): 控制疾病的传
// 染率 | ≥10人数 is not, and kind-mismatch-name says so.
bool value_fits_name(NameExpectation expectation, const ParsedTarget& target);

// The value and the name as messages quote them (shortened, so a pasted paragraph stays readable).
std::string quoted_value(const ParsedTarget& target);

// Whether a name caps what it measures (经费预算不超指标, 成本控制在…以内): a bare number under it
// meant "at most" if not "equal".
bool names_a_cap(std::string_view name);

// A bare-number finding's alternative turned to "at most" (≤): under a name that caps, or a cost.
void point_bare_numbers_down(ParsedTarget& target);

}  // namespace jixiao::core
