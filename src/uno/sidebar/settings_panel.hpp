// The Settings panel of the Jixiao deck: the template (or recognition), the
// language of messages and panels, the lag threshold of the execution rates,
// and which rules are on; kept in the LibreOffice configuration
// (/org.jixiao.Settings, registry/Settings.xcs) by Save.
#pragma once

#include <string>
#include <vector>

#include "uno/sidebar/panel_base.hpp"

namespace jixiao::uno {

class SettingsPanel : public PanelBase {
 public:
  SettingsPanel(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame,
                const css::uno::Reference<css::awt::XWindowPeer>& parent, const OUString& resource_url);

 private:
  void on_action(const std::string& name) override;
  void save();

  std::vector<std::string> templates_;  // the template list's items after "recognize"
  std::vector<std::string> rules_;      // rule ids in the rule list's order
};

}  // namespace jixiao::uno
