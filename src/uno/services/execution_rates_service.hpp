// org.jixiao.ExecutionRates: execution rates (执行率) inserted next to a
// sheet's rate block in one undo step. It reads the sheet in bulk
// (validator_grid), asks the core for the plan (core/rates/rate_plan) and has
// rate_sheet_writer carry it out; the decisions are all in the core.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/jixiao/XExecutionRates.hpp>

#include "uno/common/strings.hpp"
#include "core/catalog/finding.hpp"

namespace jixiao::uno {

inline constexpr char kExecutionRatesServiceName[] = "org.jixiao.ExecutionRates";
inline constexpr char kExecutionRatesImplementationName[] = "org.jixiao.ExecutionRatesImpl";

class ExecutionRates : public cppu::WeakImplHelper2<org::jixiao::XExecutionRates, css::lang::XServiceInfo> {
 public:
  explicit ExecutionRates(const css::uno::Reference<css::uno::XComponentContext>& context) : context_(context) {}

  // XExecutionRates
  css::uno::Sequence<OUString> SAL_CALL
  availableBases(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet) override;
  OUString SAL_CALL insertRates(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const OUString& base,
                                const css::util::Date& asOf, double lagThreshold, const OUString& language) override;

  // XServiceInfo
  OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const OUString& name) override;
  css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace jixiao::uno
