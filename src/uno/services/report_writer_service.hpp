// org.jixiao.ReportWriter: the findings as a new sheet of the document (one undo step) or as a
// CSV file. The rows, names, links and CSV bytes come from the core (findings_report,
// findings_csv); this writes them.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/jixiao/XReportWriter.hpp>

#include "uno/common/strings.hpp"

namespace jixiao::uno {

inline constexpr char kReportWriterServiceName[] = "org.jixiao.ReportWriter";
inline constexpr char kReportWriterImplementationName[] = "org.jixiao.ReportWriterImpl";

class ReportWriter : public cppu::WeakImplHelper2<org::jixiao::XReportWriter, css::lang::XServiceInfo> {
 public:
  explicit ReportWriter(const css::uno::Reference<css::uno::XComponentContext>& context) : context_(context) {}

  // XReportWriter
  OUString SAL_CALL writeReport(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                                const css::uno::Sequence<org::jixiao::Finding>& findings,
                                const OUString& language) override;
  void SAL_CALL exportCsv(const css::uno::Sequence<org::jixiao::Finding>& findings, const OUString& fileUrl,
                          const OUString& language) override;

  // XServiceInfo
  OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const OUString& name) override;
  css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace jixiao::uno
