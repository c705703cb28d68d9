// The extension's settings in the LibreOffice configuration (/org.jixiao.Settings, the schema
// registry/Settings.xcs that the .oxt installs), for the sidebar: the template, the language,
// the lag threshold, the execution rate base last chosen and the disabled rules. What a usable
// value is, and the defaults, are the core's (core/outputs/settings.hpp).
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/jixiao/Finding.hpp>
#include <string>
#include <vector>

#include "core/outputs/settings.hpp"

namespace jixiao::uno {

using Settings = core::Settings;

// The stored settings, each unusable value (and everything, when the configuration cannot be
// read at all) replaced by its default.
Settings load_settings(const css::uno::Reference<css::uno::XComponentContext>& context);

// Stores the settings (their usable values) and commits them: they last across office restarts.
// Throws css::uno::Exception when the configuration cannot be written.
void save_settings(const css::uno::Reference<css::uno::XComponentContext>& context, const Settings& settings);

// The findings whose rule is not among `disabled` (Settings::disabled_rules), in their order.
css::uno::Sequence<org::jixiao::Finding> drop_disabled(const css::uno::Sequence<org::jixiao::Finding>& findings,
                                                       const std::vector<std::string>& disabled);

}  // namespace jixiao::uno
