#include "uno/common/settings.hpp"

#include "core/vocab/table_template.hpp"
#include "uno/common/template_files.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include "uno/common/strings.hpp"

namespace jixiao::uno {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

constexpr char kNodePath[] = "/org.jixiao.Settings";

// The settings node: for reading (ConfigurationAccess) or writing (ConfigurationUpdateAccess).
Reference<css::container::XNameAccess> settings_node(const Reference<css::uno::XComponentContext>& context,
                                                     bool for_update) {
  Reference<css::lang::XMultiServiceFactory> provider = css::configuration::theDefaultProvider::get(context);
  css::beans::PropertyValue path;
  path.Name = "nodepath";
  path.Value <<= OUString::createFromAscii(kNodePath);
  Sequence<Any> args(1);
  args.getArray()[0] <<= path;
  const char* service = for_update ? "com.sun.star.configuration.ConfigurationUpdateAccess"
                                   : "com.sun.star.configuration.ConfigurationAccess";
  return Reference<css::container::XNameAccess>(
      provider->createInstanceWithArguments(OUString::createFromAscii(service), args), UNO_QUERY_THROW);
}

// The value, when the node has it with the expected type; `fallback` otherwise.
template <class T>
T value_of(const Reference<css::container::XNameAccess>& node, const char* name, T fallback) {
  const OUString key = OUString::createFromAscii(name);
  if (!node->hasByName(key)) return fallback;
  T value{};
  return (node->getByName(key) >>= value) ? value : fallback;
}

std::string text_of(const Reference<css::container::XNameAccess>& node, const char* name, const std::string& fallback) {
  return to_utf8(value_of(node, name, from_utf8(fallback)));
}

// The names of the templates in the user's template files (those that can be read).
std::vector<std::string> user_template_names(const std::vector<std::string>& files) {
  std::vector<std::string> names;
  for (const std::string& file : files)
    if (std::optional<std::string> text = read_template_file(from_utf8(file)))
      if (std::string name = core::parse_template(*text).name; !name.empty()) names.push_back(std::move(name));
  return names;
}

}  // namespace

Settings load_settings(const Reference<css::uno::XComponentContext>& context) {
  Settings settings;
  try {
    const Reference<css::container::XNameAccess> node = settings_node(context, false);
    settings.template_name = text_of(node, "Template", settings.template_name);
    settings.language = text_of(node, "Language", settings.language);
    settings.lag_threshold = value_of(node, "LagThreshold", settings.lag_threshold);
    settings.rate_base = text_of(node, "RateBase", settings.rate_base);
    // A schema of an earlier version has no FollowChanges: the default stands.
    if (node->hasByName("FollowChanges")) settings.follow_changes = value_of(node, "FollowChanges", settings.follow_changes);
    settings.disabled_rules.clear();
    for (const OUString& id : value_of(node, "DisabledRules", Sequence<OUString>()))
      settings.disabled_rules.push_back(to_utf8(id));
    for (const OUString& file : value_of(node, "TemplateFiles", Sequence<OUString>()))
      settings.template_files.push_back(to_utf8(file));
  } catch (const css::uno::Exception&) {
    return Settings();  // no schema (the extension half installed) or an unreadable configuration
  }
  return core::usable_settings(std::move(settings), user_template_names(settings.template_files));
}

void save_settings(const Reference<css::uno::XComponentContext>& context, const Settings& settings) {
  const Settings usable = core::usable_settings(settings, user_template_names(settings.template_files));
  const Reference<css::container::XNameAccess> node = settings_node(context, true);
  Reference<css::container::XNameReplace> replace(node, UNO_QUERY_THROW);
  replace->replaceByName("Template", Any(from_utf8(usable.template_name)));
  replace->replaceByName("Language", Any(from_utf8(usable.language)));
  replace->replaceByName("LagThreshold", Any(usable.lag_threshold));
  replace->replaceByName("RateBase", Any(from_utf8(usable.rate_base)));
  if (node->hasByName("FollowChanges")) replace->replaceByName("FollowChanges", Any(usable.follow_changes));
  Sequence<OUString> disabled(static_cast<sal_Int32>(usable.disabled_rules.size()));
  for (std::size_t i = 0; i < usable.disabled_rules.size(); ++i)
    disabled.getArray()[i] = from_utf8(usable.disabled_rules[i]);
  replace->replaceByName("DisabledRules", Any(disabled));
  Sequence<OUString> files(static_cast<sal_Int32>(usable.template_files.size()));
  for (std::size_t i = 0; i < usable.template_files.size(); ++i) files.getArray()[i] = from_utf8(usable.template_files[i]);
  replace->replaceByName("TemplateFiles", Any(files));
  Reference<css::util::XChangesBatch>(node, UNO_QUERY_THROW)->commitChanges();
}

Sequence<org::jixiao::Finding> drop_disabled(const Sequence<org::jixiao::Finding>& findings,
                                             const std::vector<std::string>& disabled) {
  const std::vector<org::jixiao::Finding> kept =
      core::drop_disabled_rules(std::vector<org::jixiao::Finding>(findings.begin(), findings.end()), disabled,
                                [](const org::jixiao::Finding& finding) { return to_utf8(finding.RuleId); });
  return Sequence<org::jixiao::Finding>(kept.data(), static_cast<sal_Int32>(kept.size()));
}

}  // namespace jixiao::uno
