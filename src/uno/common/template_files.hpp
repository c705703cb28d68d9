// The templates a user adds: files of the format of data/templates/*.tsv, named directly as the
// template to check against (a file URL or an absolute path given where a template name goes) or
// listed in the settings (/org.jixiao.Settings/TemplateFiles) so that recognition considers them
// for every table. Reading them is the adapter's; what they mean is the core's.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <optional>
#include <rtl/ustring.hxx>
#include <string>
#include <vector>

#include "uno/common/strings.hpp"
#include "core/sheet/sheet_validation.hpp"

namespace jixiao::uno {

// Whether a template argument names a file rather than a template (file:///…, /…/x.tsv).
bool names_a_template_file(const OUString& name);

// The bytes of a template file given as a file URL or a system path; nullopt when it cannot be read
// (or is larger than a template ever is).
std::optional<std::string> read_template_file(const OUString& url_or_path);

// What validation is asked for: `template_name` as the Validator's methods take it ("" or "auto":
// recognize each table's; a built-in or user template's name; a template file), with the user's
// template files from the settings. Throws css::lang::IllegalArgumentException (with `context` as
// its context) for a template file that cannot be read or that names no template.
core::ValidationOptions validation_options(const OUString& template_name,
                                           const css::uno::Reference<css::uno::XComponentContext>& context,
                                           const css::uno::Reference<css::uno::XInterface>& caller);

}  // namespace jixiao::uno
