// The user's settings of the extension (kept in the LibreOffice configuration under
// /org.jixiao.Settings, registry/Settings.xcs; read and written by src/uno/common/settings.cpp), and
// what is a usable value for each. The defaults here are the schema's defaults.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jixiao::core {

struct Settings {
  std::string template_name;                // "" recognizes each table's template
  std::string language;                     // "zh-CN", "en", or "" for the office UI language
  double lag_threshold = 0.10;              // execution lagging the time progress by more is flagged
  std::string rate_base = "budget";         // execution rate base: "budget", "received" or "plan"
  bool follow_changes = true;               // the sidebar checks again at every change to the document
  std::vector<std::string> disabled_rules;  // rule ids whose findings are not shown
  std::vector<std::string> template_files;  // the user's own template files (file URLs or paths)
};

// The settings with every unusable value replaced by its default, so that a value damaged in
// the configuration (edited by hand in Expert Configuration, or written by another version)
// never reaches the checks: an unknown template or language, a threshold that is not a number
// in [0, 1], an unknown rate base. Disabled rules keep every well-formed id (a newer version's
// rule may be among them), once each, in their order; malformed ids are dropped.
// `template_names` are the names of the user's template files, which `template_name` may name too.
Settings usable_settings(Settings settings, const std::vector<std::string>& template_names = {});

// The items whose rule is not disabled, in their order; rule_of(item) gives the rule id.
template <class Item, class RuleOf>
std::vector<Item> drop_disabled_rules(std::vector<Item> items, const std::vector<std::string>& disabled,
                                      RuleOf rule_of) {
  std::erase_if(items, [&](const Item& item) {
    const auto& rule = rule_of(item);  // a std::string or a std::string_view
    for (const std::string& id : disabled) {
      if (id == rule) return true;
    }
    return false;
  });
  return items;
}

}  // namespace jixiao::core
