// Small things the sidebar panels share: creating Jixiao's services, the
// document behind a frame, and progress in the frame's status bar. (One undo
// step around several service calls: UndoContext of document_guard.hpp.)
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "uno/common/strings.hpp"

namespace jixiao::uno {

template <class Interface>
css::uno::Reference<Interface> create_service(const css::uno::Reference<css::uno::XComponentContext>& context,
                                              const char* name) {
  return css::uno::Reference<Interface>(
      context->getServiceManager()->createInstanceWithContext(OUString::createFromAscii(name), context),
      css::uno::UNO_QUERY_THROW);
}

// The spreadsheet shown in the frame (throws when it is not one).
css::uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet_of(const css::uno::Reference<css::frame::XFrame>& frame);

// Progress in the frame's status bar while it lives; nothing when the frame has no status bar
// (headless). Long work calls step() between its parts.
class StatusProgress {
 public:
  StatusProgress(const css::uno::Reference<css::frame::XFrame>& frame, const OUString& text, sal_Int32 steps);
  ~StatusProgress();
  StatusProgress(const StatusProgress&) = delete;
  StatusProgress& operator=(const StatusProgress&) = delete;
  void step();

 private:
  css::uno::Reference<css::task::XStatusIndicator> indicator_;
  sal_Int32 done_ = 0;
};

}  // namespace jixiao::uno
