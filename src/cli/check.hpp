// Checking one file in the office: load it hidden, read-only, no macros, no
// link updates, no dialogs; validate; optionally write a fixed copy; close.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include "cli/options.hpp"
#include "cli/report.hpp"

namespace jixiao::cli {

FileReport check_file(const css::uno::Reference<css::uno::XComponentContext>& office, const Options& options,
                      const std::string& file);

}  // namespace jixiao::cli
