// The Calc add-in: one method per spreadsheet function (XFunctions), plus the
// service plumbing Calc needs to find it and to tell it the UI language. Each
// method converts its arguments, calls the core and converts the result back;
// nothing else. The methods are split by theme over value_functions.cpp and
// rate_functions.cpp; the plumbing is in addin_service.cpp.
#pragma once

#include <atomic>

#include <com/sun/star/lang/XLocalizable.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <cppuhelper/implbase4.hxx>
#include <org/jixiao/XFunctions.hpp>

#include "uno/functions/calc_values.hpp"
#include "core/catalog/finding.hpp"

namespace jixiao::uno {

class AddInFunctions
    : public cppu::WeakImplHelper4<org::jixiao::XFunctions, css::lang::XServiceName, css::lang::XServiceInfo,
                                   css::lang::XLocalizable> {
 public:
  AddInFunctions() = default;

  // XFunctions: target values (value_functions.cpp)
  css::uno::Any SAL_CALL jxNormalize(const CellArray& text) override;
  css::uno::Any SAL_CALL jxOperator(const CellArray& target) override;
  css::uno::Any SAL_CALL jxValue(const CellArray& target) override;
  css::uno::Any SAL_CALL jxUnit(const CellArray& target) override;
  css::uno::Any SAL_CALL jxKind(const CellArray& target) override;
  css::uno::Any SAL_CALL jxCheck(const CellArray& target, const css::uno::Any& name) override;
  css::uno::Any SAL_CALL jxExplain(const CellArray& rule) override;
  css::uno::Any SAL_CALL jxMeets(const CellArray& actual, const CellArray& target) override;
  css::uno::Any SAL_CALL jxConsistent(const CellArray& half, const CellArray& full,
                                      const css::uno::Any& name) override;

  // XFunctions: rates and budget arithmetic (rate_functions.cpp)
  css::uno::Any SAL_CALL jxRate(const CellArray& executed, const CellArray& base) override;
  css::uno::Any SAL_CALL jxTimeProgress(const css::uno::Reference<css::beans::XPropertySet>& document,
                                        const CellArray& date, const css::uno::Any& start,
                                        const css::uno::Any& end) override;
  css::uno::Any SAL_CALL jxDeviation(const css::uno::Reference<css::beans::XPropertySet>& document,
                                     const CellArray& executed, const CellArray& base,
                                     const CellArray& date) override;
  css::uno::Any SAL_CALL jxSumCheck(const CellArray& total, const CellArray& parts,
                                    const css::uno::Any& tolerance) override;
  css::uno::Any SAL_CALL jxShareCheck(const CellArray& part, const CellArray& total, const CellArray& share) override;

  // XServiceName
  OUString SAL_CALL getServiceName() override;

  // XServiceInfo
  OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const OUString& name) override;
  css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

  // XLocalizable: Calc sets the UI locale when it loads the add-in; messages
  // (JXCHECK, JXCONSISTENT, JXSHARECHECK) follow it.
  void SAL_CALL setLocale(const css::lang::Locale& locale) override;
  css::lang::Locale SAL_CALL getLocale() override;

 private:
  core::Language language() const { return language_.load(); }

  std::atomic<core::Language> language_{core::Language::en};
  css::lang::Locale locale_;
};

}  // namespace jixiao::uno
