// The Findings panel of the Calc sidebar: a Validate button, a label with the
// counts by severity and a list of findings, plain css::awt controls created
// through the toolkit inside the sidebar's parent window. Validate calls
// org.jixiao.Validator on the active sheet; choosing a finding selects its
// cell. Nothing here decides anything about the domain.
#pragma once

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase7.hxx>
#include <mutex>
#include <vector>

#include "calc_values.hpp"

namespace jixiao::uno {

class FindingsPanel
    : public cppu::WeakImplHelper7<css::ui::XUIElement, css::ui::XToolPanel, css::ui::XSidebarPanel,
                                   css::lang::XComponent, css::awt::XActionListener, css::awt::XItemListener,
                                   css::awt::XWindowListener> {
 public:
  FindingsPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame,
                const css::uno::Reference<css::awt::XWindowPeer>& parent, const OUString& resource_url);

  // XUIElement
  css::uno::Reference<css::frame::XFrame> SAL_CALL getFrame() override { return frame_; }
  OUString SAL_CALL getResourceURL() override { return resource_url_; }
  sal_Int16 SAL_CALL getType() override;
  css::uno::Reference<css::uno::XInterface> SAL_CALL getRealInterface() override { return *this; }

  // XToolPanel
  css::uno::Reference<css::awt::XWindow> SAL_CALL getWindow() override {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    return window_;
  }
  css::uno::Reference<css::accessibility::XAccessible> SAL_CALL
  createAccessible(const css::uno::Reference<css::accessibility::XAccessible>& parent) override;

  // XSidebarPanel
  css::ui::LayoutSize SAL_CALL getHeightForWidth(sal_Int32 width) override;
  sal_Int32 SAL_CALL getMinimalWidth() override { return 180; }

  // XComponent
  void SAL_CALL dispose() override;
  void SAL_CALL addEventListener(const css::uno::Reference<css::lang::XEventListener>& listener) override;
  void SAL_CALL removeEventListener(const css::uno::Reference<css::lang::XEventListener>& listener) override;

  // XActionListener (Validate), XItemListener (a finding chosen), XWindowListener (layout)
  void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override;
  void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override;
  void SAL_CALL windowResized(const css::awt::WindowEvent& event) override;
  void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
  void SAL_CALL windowShown(const css::lang::EventObject&) override {}
  void SAL_CALL windowHidden(const css::lang::EventObject&) override {}
  void SAL_CALL disposing(const css::lang::EventObject& event) override;

 private:
  struct Entry {
    OUString cell;
  };
  void validate();
  void select_entry(sal_Int32 index);
  void layout(sal_Int32 width, sal_Int32 height);

  css::uno::Reference<css::uno::XComponentContext> context_;
  css::uno::Reference<css::frame::XFrame> frame_;
  OUString resource_url_;
  css::uno::Reference<css::awt::XWindow> window_;  // the container of the controls
  css::uno::Reference<css::awt::XButton> button_;
  css::uno::Reference<css::awt::XFixedText> counts_;
  css::uno::Reference<css::awt::XListBox> list_;
  css::uno::Reference<css::sheet::XSpreadsheet> sheet_;  // the sheet last validated
  std::vector<Entry> entries_;
  std::vector<css::uno::Reference<css::lang::XEventListener>> listeners_;
  // Held for the whole of validate, select_entry and layout (VCL's main thread) and while dispose
  // (any thread, e.g. a remote client) takes the controls away, so a panel disposed while a
  // validation runs never touches released controls. Recursive: filling the list can notify
  // select_entry on the same thread.
  std::recursive_mutex mutex_;
  bool disposed_ = false;
};

}  // namespace jixiao::uno
