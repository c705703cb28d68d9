#include "uno/sidebar/panel_settings.hpp"

#include "uno/common/settings.hpp"
#include "uno/common/ui_language.hpp"

namespace jixiao::uno {

PanelSettings load_panel_settings(const css::uno::Reference<css::uno::XComponentContext>& context) {
  const Settings stored = load_settings(context);
  PanelSettings settings;
  settings.template_name = from_utf8(stored.template_name);
  settings.language_tag = from_utf8(stored.language);
  settings.language = stored.language.empty() ? ui_language(context) : core::language_from_tag(stored.language);
  settings.lag_threshold = stored.lag_threshold;
  settings.rate_base = from_utf8(stored.rate_base);
  settings.follow_changes = stored.follow_changes;
  for (const std::string& rule : stored.disabled_rules) settings.disabled_rules.push_back(from_utf8(rule));
  return settings;
}

void save_panel_settings(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const PanelSettings& settings) {
  Settings stored;
  stored.template_name = to_utf8(settings.template_name);
  stored.language = to_utf8(settings.language_tag);
  stored.lag_threshold = settings.lag_threshold;
  stored.rate_base = to_utf8(settings.rate_base);
  stored.follow_changes = settings.follow_changes;
  for (const OUString& rule : settings.disabled_rules) stored.disabled_rules.push_back(to_utf8(rule));
  save_settings(context, stored);
}

}  // namespace jixiao::uno
