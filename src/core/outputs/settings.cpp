#include "core/outputs/settings.hpp"

#include <algorithm>
#include <cmath>

#include "core/catalog/finding.hpp"
#include "core/vocab/table_template.hpp"

namespace jixiao::core {

namespace {

bool is_known_template(std::string_view name) {
  static const std::vector<TableTemplate> templates = load_templates({});
  return std::any_of(templates.begin(), templates.end(),
                     [&](const TableTemplate& t) { return !t.name.empty() && t.name == name; });
}

}  // namespace

Settings usable_settings(Settings settings, const std::vector<std::string>& template_names) {
  const Settings defaults;
  const bool users = std::find(template_names.begin(), template_names.end(), settings.template_name) != template_names.end();
  if (!settings.template_name.empty() && !is_known_template(settings.template_name) && !users)
    settings.template_name = defaults.template_name;
  if (settings.language != "zh-CN" && settings.language != "en") settings.language = defaults.language;
  if (!std::isfinite(settings.lag_threshold) || settings.lag_threshold < 0.0 || settings.lag_threshold > 1.0)
    settings.lag_threshold = defaults.lag_threshold;
  if (settings.rate_base != "budget" && settings.rate_base != "received" && settings.rate_base != "plan")
    settings.rate_base = defaults.rate_base;

  std::vector<std::string> disabled;
  for (std::string& id : settings.disabled_rules) {
    if (is_rule_id(id) && std::find(disabled.begin(), disabled.end(), id) == disabled.end())
      disabled.push_back(std::move(id));
  }
  settings.disabled_rules = std::move(disabled);
  std::erase_if(settings.template_files, [](const std::string& file) { return file.empty(); });
  return settings;
}

}  // namespace jixiao::core
