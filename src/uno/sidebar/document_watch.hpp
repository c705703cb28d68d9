// What the Findings panel hears of the document it checked: every change to it (typing, paste,
// undo, redo, a macro) and every change of the selection in its view. The panel keeps its list
// true with the first and follows the cell the user selects with the second. The watch calls
// back on whatever thread the office notifies on; the panel posts the work to the main thread.
#pragma once

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <com/sun/star/view/XSelectionChangeListener.hpp>
#include <cppuhelper/implbase2.hxx>
#include <functional>
#include <mutex>

namespace jixiao::uno {

class DocumentWatch : public cppu::WeakImplHelper2<css::util::XModifyListener, css::view::XSelectionChangeListener> {
 public:
  DocumentWatch(std::function<void()> on_modified, std::function<void()> on_selection);

  // Listens to this document and controller (and stops listening to any before); a null one is
  // not listened to.
  void attach(const css::uno::Reference<css::uno::XInterface>& document,
              const css::uno::Reference<css::frame::XController>& controller);
  // Stops listening and never calls back again (the panel is going away).
  void detach();
  bool watches(const css::uno::Reference<css::uno::XInterface>& document) const;

  void SAL_CALL modified(const css::lang::EventObject& event) override;
  void SAL_CALL selectionChanged(const css::lang::EventObject& event) override;
  void SAL_CALL disposing(const css::lang::EventObject& event) override;

 private:
  void stop_listening();

  mutable std::mutex mutex_;
  std::function<void()> on_modified_, on_selection_;
  css::uno::Reference<css::uno::XInterface> document_;
  css::uno::Reference<css::frame::XController> controller_;
};

}  // namespace jixiao::uno
