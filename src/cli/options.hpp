// jixiao-check's command line.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace jixiao::cli {

enum class Format { text, json, csv };

struct Options {
  Format format = Format::text;
  std::string language = "zh-CN";
  std::string template_name;           // "" = auto
  std::optional<std::string> fix;      // output directory or file
  std::optional<std::string> connect;  // UNO URL of a running office
  std::optional<std::string> oxt;      // the extension to install; default next to the executable
  std::optional<std::string> rdb;      // the extension's type library; default next to the executable
  bool print_office_pid = false;
  std::vector<std::string> files;
};

// Options, or the message of a usage error.
struct Parsed {
  std::optional<Options> options;
  std::string error;
  bool help = false;
};

Parsed parse_options(int argc, char** argv);
extern const char kUsage[];

}  // namespace jixiao::cli
