// What every Jixiao sidebar panel shares: the UNO plumbing of a sidebar panel
// (XUIElement, XToolPanel, XSidebarPanel, XComponent), plain css::awt controls
// created through the toolkit inside the sidebar's parent window, a layout of
// rows, and the controls by name (XNameAccess) for macros and tests. A panel
// subclass says which controls it has and what their events do; nothing here
// knows the domain.
#pragma once

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XRequestCallback.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase9.hxx>
#include <atomic>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "uno/common/strings.hpp"
#include "core/catalog/finding.hpp"

namespace jixiao::uno {

class PanelBase
    : public cppu::WeakImplHelper9<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::lang::XComponent, css::awt::XActionListener, css::awt::XItemListener,
                                   css::awt::XWindowListener, css::container::XNameAccess, css::awt::XCallback> {
 public:
  PanelBase(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::frame::XFrame>& frame,
            const css::uno::Reference<css::awt::XWindowPeer>& parent, const OUString& resource_url);

  // XUIElement
  css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override { return frame_; }
  OUString SAL_CALL getResourceURL() override { return resource_url_; }
  sal_Int16 SAL_CALL getType() override;
  css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override { return *this; }

  // XToolPanel
  css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override;
  css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
  createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;

  // XSidebarPanel
  css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
  sal_Int32 SAL_CALL getMinimalWidth() override { return 200; }

  // XComponent
  void SAL_CALL dispose() override;
  void SAL_CALL addEventListener(const css::uno::Reference<css::lang::XEventListener>& listener) override;
  void SAL_CALL removeEventListener(const css::uno::Reference<css::lang::XEventListener>& listener) override;

  // XActionListener (buttons), XItemListener (lists, check boxes), XWindowListener (layout).
  // VCL hands a click to actionPerformed later, on the main thread and without its own lock.
  // Item and window events come at once, on whatever thread changed the control (a macro's or a
  // test's remote call) and with VCL's lock held; taking our mutex there is the reverse order of
  // an action (ours, then VCL's on each control call) and deadlocked (seen under Xvfb). So they
  // are queued and handled, in order, on the main thread through css::awt::AsyncCallback.
  void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override;
  void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override;
  void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
  void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
  void SAL_CALL windowShown(const css::lang::EventObject&) override {}
  void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

  // XNameAccess: the controls by name ("validate", "findings", …), as css::awt::XWindowPeer.
  css::uno::Any SAL_CALL getByName(const OUString& name) override;
  css::uno::Sequence<OUString> SAL_CALL getElementNames() override;
  sal_Bool SAL_CALL hasByName(const OUString& name) override;
  css::uno::Type SAL_CALL getElementType() override;
  sal_Bool SAL_CALL hasElements() override { return !controls_.empty(); }

  // XCallback: runs the queued item and window events (on the main thread).
  void SAL_CALL notify(const css::uno::Any& data) override;

  // Called by the factory once the panel is made and held by a reference. Events before that are
  // the constructor's own (filling lists, the first layout) and are not posted: posting hands
  // out `this`, which must not happen while its reference count is still zero.
  void start_events() { events_started_ = true; }

 protected:
  enum class Kind { button, label, list, dropdown, checkbox, date, number };
  // A line of the layout: controls side by side with their share of the width; a row of
  // `height` 0 takes the height left over (the findings list).
  struct Row {
    std::vector<std::pair<std::string, int>> cells;  // control name, weight
    sal_Int32 height;
  };

  // Creates a control; buttons, lists and check boxes report to on_action / on_item.
  css::uno::Reference<css::awt::XWindowPeer> add(const std::string& name, Kind kind, const OUString& text = {});
  template <class Interface>
  css::uno::Reference<Interface> control(const std::string& name) const {
    return css::uno::Reference<Interface>(peer(name), css::uno::UNO_QUERY);
  }
  css::uno::Reference<css::awt::XWindowPeer> peer(const std::string& name) const;
  // The text shown when the mouse rests on the control (its quick help).
  void set_tooltip(const std::string& name, const OUString& text);
  void set_rows(std::vector<Row> rows);
  void relayout();

  // Called with the mutex held, never after dispose.
  virtual void on_action(const std::string& name) = 0;
  virtual void on_item(const std::string& /*name*/, sal_Int32 /*selected*/) {}

  // The panel's language: the settings' choice, else the office UI language.
  core::Language language() const { return language_; }
  void set_language(core::Language language) { language_ = language; }
  OUString label(const char* code, const std::vector<std::pair<std::string, std::string>>& arguments = {}) const;
  OUString exception_text(const css::uno::Exception& e) const;
  // Shows a failure no handler expected in the panel's "status" line, if it has one.
  void show_failure(const OUString& message) noexcept;
  // Runs the handler later on the main thread, under the panel's mutex, unless the panel is
  // disposed by then; what it throws is shown as events' failures are. Callable from any thread.
  void post_event(std::function<void()> handler);

  css::uno::Reference<css::uno::XComponentContext> context_;
  css::uno::Reference<css::frame::XFrame> frame_;
  // Held for every event and while dispose (any thread, e.g. a remote client) takes the controls
  // away, so a panel disposed while an action runs never touches released controls. Recursive:
  // an action's status-bar progress lets VCL run queued events on the same thread.
  mutable std::recursive_mutex mutex_;
  bool disposed_ = false;

 private:
  std::string name_of(const css::uno::Reference<css::uno::XInterface>& source) const;
  void layout(sal_Int32 width, sal_Int32 height);
  void post(std::function<void()> handler);
  // Runs an event's handler so that nothing it throws reaches VCL (an exception there ends the
  // office): handlers report the refusals they expect themselves; a DisposedException means the
  // sidebar is closing; anything else is shown as check-failed in the status line.
  void run_handler(const std::function<void()>& handler) noexcept;

  std::mutex queue_mutex_;  // guards queued_ only; never held while calling anything
  std::deque<std::function<void()>> queued_;
  std::atomic<bool> events_started_{false};
  css::uno::Reference<css::awt::XRequestCallback> async_;  // posts to the main thread; null without VCL
  sal_Int32 fixed_height() const;

  OUString resource_url_;
  core::Language language_;
  css::uno::Reference<css::awt::XWindow> window_;  // the container of the controls
  std::vector<std::pair<std::string, css::uno::Reference<css::awt::XWindowPeer>>> controls_;
  std::vector<Row> rows_;
  std::vector<css::uno::Reference<css::lang::XEventListener>> listeners_;
};

}  // namespace jixiao::uno
