// The Execution rates panel of the Jixiao deck: choose the base (full-year
// budget, funds received, half-year plan), the date (today by default) and the
// lag threshold, and insert rate, deviation and flag columns with a chart on
// the active sheet's budget block through org.jixiao.ExecutionRates, as one
// undo step.
#pragma once

#include <com/sun/star/sheet/XSpreadsheetView.hpp>

#include "uno/sidebar/panel_base.hpp"

namespace jixiao::uno {

class RatesPanel : public PanelBase {
 public:
  RatesPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
             const css::uno::Reference<css::frame::XFrame>& frame,
             const css::uno::Reference<css::awt::XWindowPeer>& parent, const OUString& resource_url);

 private:
  void on_action(const std::string& name) override;
  void insert_rates();
  void show_in_view(const css::uno::Reference<css::sheet::XSpreadsheetView>& view, const OUString& range);
  void show_status(const OUString& text);
};

}  // namespace jixiao::uno
