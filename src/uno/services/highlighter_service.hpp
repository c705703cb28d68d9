// org.jixiao.Highlighter: marks the cells of findings with Jixiao's own cell styles and takes the
// marks away again (core/outputs/highlight_marks.hpp decides; cell_formats and mark_styles apply).
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>
#include <org/jixiao/XHighlighter.hpp>

#include "uno/common/strings.hpp"

namespace jixiao::uno {

inline constexpr char kHighlighterServiceName[] = "org.jixiao.Highlighter";
inline constexpr char kHighlighterImplementationName[] = "org.jixiao.HighlighterImpl";

class Highlighter : public cppu::WeakImplHelper2<org::jixiao::XHighlighter, css::lang::XServiceInfo> {
 public:
  explicit Highlighter(const css::uno::Reference<css::uno::XComponentContext>& context) : context_(context) {}

  // XHighlighter
  sal_Int32 SAL_CALL highlight(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                               const css::uno::Sequence<org::jixiao::Finding>& findings) override;
  sal_Int32 SAL_CALL clearHighlights(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) override;
  sal_Int32 SAL_CALL countHighlights(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document) override;

  // XServiceInfo
  OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const OUString& name) override;
  css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  // Refuses (IllegalArgumentException in the UI language) a missing or read-only document.
  void refuse_unchangeable(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
  [[noreturn]] void refuse(const OUString& message);

  css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace jixiao::uno
