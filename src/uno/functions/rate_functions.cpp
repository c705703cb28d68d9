// The functions over amounts and dates: JXRATE, JXTIMEPROGRESS, JXDEVIATION,
// JXSUMCHECK, JXSHARECHECK.
#include <variant>

#include "uno/functions/addin_functions.hpp"
#include "core/values/arithmetic_checks.hpp"
#include "core/values/execution_rate.hpp"
#include "core/values/schedule.hpp"

namespace jixiao::uno {

namespace {

// A core result of double-or-error as a Calc result.
css::uno::Any number_or_error(const std::variant<double, core::CalcError>& result) {
  if (const auto* error = std::get_if<core::CalcError>(&result)) return calc_error(*error);
  return css::uno::Any(std::get<double>(result));
}

// An optional date argument: nullopt inside when left out; outer nullopt when
// it is given but no date.
std::optional<std::optional<std::chrono::sys_days>> optional_date(
    const css::uno::Any& argument, const css::uno::Reference<css::beans::XPropertySet>& document) {
  const auto cell = optional_cell(argument);
  if (!cell) return std::nullopt;
  if (std::holds_alternative<std::monostate>(*cell)) return std::optional<std::chrono::sys_days>();
  const auto date = to_date(*cell, document);
  if (!date) return std::nullopt;
  return date;
}

}  // namespace

css::uno::Any AddInFunctions::jxRate(const CellArray& executed, const CellArray& base) {
  return cell_result([&] {
    const auto executed_value = to_cell_value(executed);
    const auto base_value = to_cell_value(base);
    if (!executed_value || !base_value) return calc_error(core::CalcError::value);
    return number_or_error(core::execution_rate(*executed_value, *base_value));
  });
}

css::uno::Any AddInFunctions::jxTimeProgress(const css::uno::Reference<css::beans::XPropertySet>& document,
                                             const CellArray& date, const css::uno::Any& start,
                                             const css::uno::Any& end) {
  return cell_result([&] {
    const auto date_cell = to_cell_value(date);
    const auto day = date_cell ? to_date(*date_cell, document) : std::nullopt;
    const auto first = optional_date(start, document);
    const auto last = optional_date(end, document);
    if (!day || !first || !last) return calc_error(core::CalcError::value);
    return number_or_error(core::time_progress(*day, *first, *last));
  });
}

css::uno::Any AddInFunctions::jxDeviation(const css::uno::Reference<css::beans::XPropertySet>& document,
                                          const CellArray& executed, const CellArray& base, const CellArray& date) {
  return cell_result([&] {
    const auto executed_value = to_cell_value(executed);
    const auto base_value = to_cell_value(base);
    const auto date_cell = to_cell_value(date);
    const auto day = date_cell ? to_date(*date_cell, document) : std::nullopt;
    if (!executed_value || !base_value || !day) return calc_error(core::CalcError::value);
    return number_or_error(core::schedule_deviation(*executed_value, *base_value, *day));
  });
}

css::uno::Any AddInFunctions::jxSumCheck(const CellArray& total, const CellArray& parts,
                                         const css::uno::Any& tolerance) {
  return cell_result([&] {
    const auto total_value = to_cell_value(total);
    const auto part_values = all_cells(parts);
    const auto tolerance_cell = optional_cell(tolerance);
    if (!total_value || !part_values || !tolerance_cell) return calc_error(core::CalcError::value);
    std::optional<double> tolerance_value;
    if (const auto* number = std::get_if<double>(&*tolerance_cell)) tolerance_value = *number;
    if (std::holds_alternative<std::string>(*tolerance_cell)) return calc_error(core::CalcError::value);
    const auto checked = core::sum_check(*total_value, *part_values, tolerance_value);
    if (const auto* error = std::get_if<core::CalcError>(&checked)) return calc_error(*error);
    const auto& sum = std::get<core::SumCheck>(checked);
    return sum.ok ? text_result("") : css::uno::Any(sum.difference);
  });
}

css::uno::Any AddInFunctions::jxShareCheck(const CellArray& part, const CellArray& total, const CellArray& share) {
  return cell_result([&] {
    const auto part_value = to_cell_value(part);
    const auto total_value = to_cell_value(total);
    const auto share_value = to_cell_value(share);
    if (!part_value || !total_value || !share_value) return calc_error(core::CalcError::value);
    const auto checked = core::share_check(*part_value, *total_value, *share_value);
    if (const auto* error = std::get_if<core::CalcError>(&checked)) return calc_error(*error);
    const auto& result = std::get<core::ShareCheck>(checked);
    if (result.ok || !result.finding) return text_result("");
    return text_result(core::render_message(*result.finding, language()));
  });
}

}  // namespace jixiao::uno
