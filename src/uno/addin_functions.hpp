// The Calc add-in: one method per spreadsheet function (XFunctions), plus the
// service plumbing Calc needs to find it. Each method converts its arguments,
// calls the core and converts the result back; nothing else.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase3.hxx>
#include <org/jixiao/XFunctions.hpp>

#include "calc_values.hpp"

namespace jixiao::uno {

class AddInFunctions
    : public cppu::WeakImplHelper3<org::jixiao::XFunctions, css::lang::XServiceName,
                                   css::lang::XServiceInfo> {
 public:
  AddInFunctions() = default;

  // XFunctions
  css::uno::Any SAL_CALL jxRate(const CellArray& executed, const CellArray& base) override;
  css::uno::Any SAL_CALL jxNormalize(const CellArray& text) override;

  // XServiceName
  OUString SAL_CALL getServiceName() override;

  // XServiceInfo
  OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const OUString& name) override;
  css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;
};

}  // namespace jixiao::uno
