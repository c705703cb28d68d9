#include "cli/options.hpp"

#include <filesystem>
#include <string_view>

namespace jixiao::cli {

const char kUsage[] =
    "usage: jixiao-check [--format text|json|csv] [--lang zh-CN|en] [--template NAME|FILE.tsv|auto]\n"
    "                    [--fix OUT_DIR_OR_FILE] [--connect UNO-URL] [--oxt FILE] [--rdb FILE]\n"
    "                    [--print-office-pid] FILE...\n"
    "Checks budget performance target tables (.ods, .xlsx, .xls, .csv) with a headless LibreOffice.\n"
    "Exit status: 0 no error-severity finding, 1 some, 2 usage or file errors.\n";

Parsed parse_options(int argc, char** argv) {
  Parsed parsed;
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&](std::string_view name) -> std::optional<std::string> {
      if (i + 1 >= argc) {
        parsed.error = std::string(name) + " needs a value";
        return std::nullopt;
      }
      return std::string(argv[++i]);
    };
    if (arg == "-h" || arg == "--help") {
      parsed.help = true;
      return parsed;
    } else if (arg == "--format") {
      auto v = value(arg);
      if (!v) return parsed;
      if (*v == "text")
        options.format = Format::text;
      else if (*v == "json")
        options.format = Format::json;
      else if (*v == "csv")
        options.format = Format::csv;
      else {
        parsed.error = "unknown format '" + *v + "' (text, json or csv)";
        return parsed;
      }
    } else if (arg == "--lang") {
      auto v = value(arg);
      if (!v) return parsed;
      options.language = *v;
    } else if (arg == "--template") {
      auto v = value(arg);
      if (!v) return parsed;
      options.template_name = *v == "auto" ? "" : *v;
      // A template file of the user's own: the office reads it by its absolute path.
      std::error_code ec;
      if (std::filesystem::is_regular_file(*v, ec)) options.template_name = std::filesystem::absolute(*v, ec).string();
    } else if (arg == "--fix" || arg == "--connect" || arg == "--oxt" || arg == "--rdb") {
      auto v = value(arg);
      if (!v) return parsed;
      (arg == "--fix"       ? options.fix
       : arg == "--connect" ? options.connect
       : arg == "--oxt"     ? options.oxt
                            : options.rdb) = *v;
    } else if (arg == "--print-office-pid") {
      options.print_office_pid = true;
    } else if (arg == "--") {
      for (++i; i < argc; ++i) options.files.emplace_back(argv[i]);
    } else if (arg.starts_with("-") && arg.size() > 1) {
      parsed.error = "unknown option " + std::string(arg);
      return parsed;
    } else {
      options.files.emplace_back(arg);
    }
  }
  if (options.files.empty()) {
    parsed.error = "no file given";
    return parsed;
  }
  parsed.options = std::move(options);
  return parsed;
}

}  // namespace jixiao::cli
