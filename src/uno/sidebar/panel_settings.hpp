// The settings as the panels use them: the language resolved to one of the
// core's, the rest as stored in the LibreOffice configuration.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>
#include <vector>

#include "uno/common/strings.hpp"
#include "core/catalog/finding.hpp"

namespace jixiao::uno {

struct PanelSettings {
  OUString template_name;       // "" = recognize each table's template
  OUString language_tag;        // as stored: "", "zh-CN" or "en"
  core::Language language;      // that language, else the office UI language
  double lag_threshold = 0.10;  // a fraction: 0.10 is 10 percentage points
  OUString rate_base = "budget";
  bool follow_changes = true;   // the findings list checks again at every change
  std::vector<OUString> disabled_rules;
};

PanelSettings load_panel_settings(const css::uno::Reference<css::uno::XComponentContext>& context);
void save_panel_settings(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const PanelSettings& settings);

}  // namespace jixiao::uno
