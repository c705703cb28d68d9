// settings_probe: runs src/uno/common/settings.cpp (load_settings, save_settings, drop_disabled) inside
// a running office, for test_ignore_settings.py, which starts that office and checks the
// configuration it leaves with Python's own ConfigurationAccess. A C++ client because the code
// under test is C++ that the sidebar calls in-process; over the bridge it sees the same
// configuration.
//
//   settings_probe RDB UNO-URL load
//   settings_probe RDB UNO-URL save TEMPLATE LANGUAGE THRESHOLD BASE [DISABLED-ID…]
//   settings_probe RDB UNO-URL drop DISABLED-IDS,… RULE-ID…   (no office needed; URL unused)
// load and save print the settings loaded afterwards, one "Name=value" a line (DisabledRules
// comma-separated); drop prints the rule ids of the findings kept, one a line.
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "uno/common/strings.hpp"
#include "cli/office.hpp"
#include "uno/common/settings.hpp"

namespace {

using jixiao::uno::Settings;

void print(const Settings& settings) {
  std::string disabled, files;
  for (const std::string& id : settings.disabled_rules) disabled += (disabled.empty() ? "" : ",") + id;
  for (const std::string& file : settings.template_files) files += (files.empty() ? "" : ",") + file;
  std::printf("Template=%s\nLanguage=%s\nLagThreshold=%.17g\nRateBase=%s\nDisabledRules=%s\nTemplateFiles=%s\n",
              settings.template_name.c_str(), settings.language.c_str(), settings.lag_threshold,
              settings.rate_base.c_str(), disabled.c_str(), files.c_str());
}

std::vector<std::string> split_commas(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size() && !text.empty()) {
    const std::size_t comma = text.find(',', start);
    parts.push_back(text.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return parts;
}

int drop(int argc, char** argv) {
  css::uno::Sequence<org::jixiao::Finding> findings(argc - 5);
  for (int i = 5; i < argc; ++i) findings.getArray()[i - 5].RuleId = rtl::OUString::createFromAscii(argv[i]);
  for (const auto& finding : jixiao::uno::drop_disabled(findings, split_commas(argv[4])))
    std::printf("%s\n", jixiao::uno::to_utf8(finding.RuleId).c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) try {
  const std::string command = argc > 3 ? argv[3] : "";
  if (command == "drop" && argc >= 5) return drop(argc, argv);
  if (command != "load" && !(command == "save" && argc >= 8)) {
    std::fprintf(stderr, "usage: settings_probe RDB UNO-URL load|save TEMPLATE LANGUAGE THRESHOLD BASE [ID…]\n");
    return 2;
  }
  jixiao::cli::Office office(jixiao::cli::bootstrap_local(argv[1]));
  office.connect(argv[2]);
  if (command == "save") {
    Settings settings;
    settings.template_name = argv[4];
    settings.language = argv[5];
    settings.lag_threshold = std::strtod(argv[6], nullptr);
    settings.rate_base = argv[7];
    settings.disabled_rules.assign(argv + 8, argv + argc);
    jixiao::uno::save_settings(office.context(), settings);
  }
  print(jixiao::uno::load_settings(office.context()));
  return 0;
} catch (const css::uno::Exception& e) {
  std::fprintf(stderr, "settings_probe: %s\n", jixiao::uno::to_utf8(e.Message).c_str());
  return 1;
} catch (const std::exception& e) {
  std::fprintf(stderr, "settings_probe: %s\n", e.what());
  return 1;
}
