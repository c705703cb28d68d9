// Carrying out a core::RatePlan on a sheet: the inserted columns, their
// formulas, percent format, the flags' conditional format with the cell
// styles the extension owns, and the chart. UNO mechanics only; the caller
// holds the undo context that makes all of it one step.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include "uno/common/strings.hpp"
#include "core/rates/rate_plan.hpp"

namespace jixiao::uno {

// The cell styles of the flags: what the conditional format of the rate cells applies.
inline constexpr char kLagStyle[] = "Jixiao Lag";
inline constexpr char kOverStyle[] = "Jixiao Over";

// Writes the plan; returns the address of the inserted cells ("执行情况.G1:K3").
OUString write_rate_plan(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                         const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const core::RatePlan& plan);

}  // namespace jixiao::uno
