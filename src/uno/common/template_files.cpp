#include "uno/common/template_files.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <osl/file.hxx>

#include "uno/common/strings.hpp"
#include "core/vocab/table_template.hpp"
#include "uno/common/settings.hpp"

namespace jixiao::uno {

namespace {

constexpr sal_uInt64 max_template_bytes = 1024 * 1024;

}  // namespace

bool names_a_template_file(const OUString& name) {
  return name.startsWithIgnoreAsciiCase("file:") || name.startsWith("/") || name.endsWithIgnoreAsciiCase(".tsv");
}

std::optional<std::string> read_template_file(const OUString& url_or_path) {
  OUString url = url_or_path.trim();
  if (!url.startsWithIgnoreAsciiCase("file:")) {
    OUString converted;
    if (osl::FileBase::getFileURLFromSystemPath(url, converted) != osl::FileBase::E_None) return std::nullopt;
    url = converted;
  }
  osl::File file(url);
  if (file.open(osl_File_OpenFlag_Read) != osl::FileBase::E_None) return std::nullopt;
  std::string bytes;
  char buffer[8192];
  for (;;) {
    sal_uInt64 read = 0;
    if (file.read(buffer, sizeof buffer, read) != osl::FileBase::E_None) return std::nullopt;
    if (read == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(read));
    if (bytes.size() > max_template_bytes) return std::nullopt;
  }
  return bytes;
}

core::ValidationOptions validation_options(const OUString& template_name,
                                           const css::uno::Reference<css::uno::XComponentContext>& context,
                                           const css::uno::Reference<css::uno::XInterface>& caller) {
  core::ValidationOptions options;
  // The user's own templates from the settings: candidates for every table. One that cannot be
  // read is left out (the settings may name a file since moved); the checks go on without it.
  for (const std::string& file : load_settings(context).template_files)
    if (std::optional<std::string> text = read_template_file(from_utf8(file))) options.extra_templates.push_back(*text);
  const OUString name = template_name.trim();
  if (name.isEmpty() || name == "auto") return options;
  if (!names_a_template_file(name)) {
    options.template_name = to_utf8(name);
    return options;
  }
  const std::optional<std::string> text = read_template_file(name);
  const core::TableTemplate parsed = text ? core::parse_template(*text) : core::TableTemplate();
  if (parsed.name.empty())
    throw css::lang::IllegalArgumentException(
        "the template file " + name + (text ? OUString(" names no template (a line \"name<TAB>…\" is missing)")
                                            : OUString(" cannot be read")),
        caller, 1);
  options.extra_templates.push_back(*text);
  options.template_name = parsed.name;
  return options;
}

}  // namespace jixiao::uno
