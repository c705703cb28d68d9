#pragma once

#include <chrono>
#include <optional>
#include <variant>

#include "core/values/cell_value.hpp"

namespace jixiao::core {

// Time progress (序时进度) at `date`: the elapsed share of the period [start, end], counting whole
// days and including `date` itself, clamped to [0, 1]. The period defaults to the calendar year of
// `date` (1 Jan to 31 Dec; at 30 June about 0.496); with only start or only end given, the other
// bound makes a one-year period (start 2026-04-01 -> end 2027-03-31). end before start, or dates
// outside the years -32766..32766 (beyond <chrono>'s safe range) -> CalcError::value.
std::variant<double, CalcError> time_progress(std::chrono::sys_days date,
                                              std::optional<std::chrono::sys_days> start = std::nullopt,
                                              std::optional<std::chrono::sys_days> end = std::nullopt);

// Execution rate minus time progress (calendar year of `date`), as a fraction
// (-0.12 is 12 percentage points behind schedule). Errors as execution_rate.
std::variant<double, CalcError> schedule_deviation(const CellValue& executed, const CellValue& base,
                                                   std::chrono::sys_days date);

}  // namespace jixiao::core
