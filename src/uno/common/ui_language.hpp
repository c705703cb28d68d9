// Which of the core's languages a message is in: the office's UI language, or the one a service's
// caller asks for.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include "core/catalog/finding.hpp"
#include "uno/common/strings.hpp"

namespace jixiao::uno {

// The office UI language (/org.openoffice.Setup/L10N/ooLocale); English when unknown.
core::Language ui_language(const css::uno::Reference<css::uno::XComponentContext>& context);

// The language a service's `language` argument asks for: "zh-CN", "en", or "" for the UI language.
core::Language requested_language(const OUString& tag, const css::uno::Reference<css::uno::XComponentContext>& context);

}  // namespace jixiao::uno
