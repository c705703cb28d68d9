#pragma once

// The one seam between the core and the operating system's dynamic loader: the core finds ICU at
// run time through it (core/text/icu_functions.cpp) instead of linking one ICU version. POSIX systems
// (Linux on any architecture) use shared_library_posix.cpp; a Windows build would add
// shared_library_windows.cpp (LoadLibraryW, GetProcAddress, EnumProcessModules), see
// docs/windows-build.md. Nothing else in src/core or src/uno calls the loader.

#include <optional>
#include <string>
#include <string_view>

namespace jixiao::platform {

// The path of a library already mapped into this process whose file name starts with `stem`
// ("libicuuc.so."), if any: inside LibreOffice, the ICU the office itself loaded.
std::optional<std::string> loaded_library_path(std::string_view stem);

// Opens a library by file name (searched as the loader searches) or by path; nullptr when it
// cannot be opened. Handles are never closed: what they give lives as long as the process.
void* open_library(const std::string& name_or_path);

// The address of `symbol` in an opened library, or nullptr.
void* library_symbol(void* library, const std::string& symbol);

}  // namespace jixiao::platform
