#include "platform/shared_library.hpp"

#include <dlfcn.h>
#include <link.h>

namespace jixiao::platform {

namespace {

std::string_view file_name_of(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

struct LibrarySearch {
  std::string_view stem;
  std::optional<std::string> found;
};

int visit_loaded_object(dl_phdr_info* info, std::size_t, void* data) {
  auto* search = static_cast<LibrarySearch*>(data);
  if (info->dlpi_name == nullptr) return 0;
  const std::string_view path(info->dlpi_name);
  if (!file_name_of(path).starts_with(search->stem)) return 0;
  search->found = std::string(path);
  return 1;  // the first match ends the walk
}

}  // namespace

std::optional<std::string> loaded_library_path(std::string_view stem) {
  LibrarySearch search{stem, std::nullopt};
  dl_iterate_phdr(visit_loaded_object, &search);
  return search.found;
}

void* open_library(const std::string& name_or_path) {
  // RTLD_LOCAL: nothing we open may take part in resolving other libraries' symbols.
  return dlopen(name_or_path.c_str(), RTLD_LAZY | RTLD_LOCAL);
}

void* library_symbol(void* library, const std::string& symbol) {
  return library == nullptr ? nullptr : dlsym(library, symbol.c_str());
}

}  // namespace jixiao::platform
