// org.jixiao.Validator: the sheet validation as a UNO service, for Basic and
// Python macros, the sidebar and jixiao-check. It reads cells in bulk
// (validator_grid), calls core::validate_grid and converts the findings; the
// rules themselves are all in the core.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/jixiao/XValidator.hpp>

#include "uno/common/strings.hpp"
#include "uno/common/ui_language.hpp"
#include "core/catalog/finding.hpp"

namespace jixiao::uno {

inline constexpr char kValidatorServiceName[] = "org.jixiao.Validator";
inline constexpr char kValidatorImplementationName[] = "org.jixiao.ValidatorImpl";

class Validator : public cppu::WeakImplHelper2<org::jixiao::XValidator, css::lang::XServiceInfo> {
 public:
  explicit Validator(const css::uno::Reference<css::uno::XComponentContext>& context) : context_(context) {}

  // XValidator
  css::uno::Sequence<org::jixiao::Finding> SAL_CALL
  validateDocument(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& templateName,
                   const OUString& language) override;
  css::uno::Sequence<org::jixiao::Finding> SAL_CALL
  validateSheet(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const OUString& templateName,
                const OUString& language) override;
  css::uno::Sequence<org::jixiao::Finding> SAL_CALL
  validateRange(const css::uno::Reference<css::sheet::XSheetCellRange>& range, const OUString& templateName,
                const OUString& language) override;
  css::uno::Sequence<OUString> SAL_CALL
  sheetsWithTables(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) override;
  sal_Int32 SAL_CALL applyFixes(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                const css::uno::Sequence<org::jixiao::Finding>& findings,
                                const OUString& templateName) override;

  // XServiceInfo
  OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const OUString& name) override;
  css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  // "" -> the office UI language (/org.openoffice.Setup/L10N/ooLocale).
  core::Language language_of(const OUString& tag);

  css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace jixiao::uno
