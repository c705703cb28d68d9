#include "panel_settings.hpp"

#include "validator_service.hpp"

namespace jixiao::uno {

// TODO(settings merge): read /org.jixiao.Settings through settings.hpp.
PanelSettings load_panel_settings(const css::uno::Reference<css::uno::XComponentContext>& context) {
  PanelSettings settings;
  settings.language = ui_language(context);
  return settings;
}

}  // namespace jixiao::uno
