// jixiao-check: checks budget performance target tables from the command line
// with one headless LibreOffice (started here, or --connect to a running one)
// and the Jixiao extension's org.jixiao.Validator. See options.cpp for usage.
#include <unistd.h>

#include <com/sun/star/lang/XComponent.hpp>
#include <filesystem>
#include <iostream>

#include "cli/check.hpp"
#include "cli/office.hpp"
#include "cli/options.hpp"
#include "cli/report.hpp"
#include "core/catalog/finding.hpp"
#include "uno/common/strings.hpp"

namespace {

// A file next to the executable (or in the build tree's layout), else "".
std::string beside_executable(const std::vector<std::string>& candidates) {
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe").parent_path();
  for (const auto& c : candidates)
    if (std::filesystem::exists(exe / c)) return (exe / c).string();
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  using namespace jixiao::cli;
  const Parsed parsed = parse_options(argc, argv);
  if (parsed.help) {
    std::cout << kUsage;
    return 0;
  }
  if (!parsed.options) {
    std::cerr << "jixiao-check: " << parsed.error << "\n" << kUsage;
    return 2;
  }
  const Options& options = *parsed.options;
  const std::string rdb = options.rdb.value_or(beside_executable({"jixiao.rdb", "src/uno/jixiao.rdb"}));
  const std::string oxt = options.oxt.value_or(beside_executable({"jixiao.oxt"}));
  if (rdb.empty() || (!options.connect && oxt.empty())) {
    std::cerr << "jixiao-check: jixiao.rdb or jixiao.oxt not found next to the executable (use --rdb, --oxt)\n";
    return 2;
  }

  int status = 0;
  try {
    auto local = bootstrap_local(rdb);
    {
      Office office(local);
      if (options.connect)
        office.connect(*options.connect);
      else
        office.start(oxt);
      if (options.print_office_pid && office.pid() > 0)
        std::cerr << "jixiao-check: office pid " << office.pid() << "\n";

      print_begin(std::cout, options.format);
      bool first = true;
      for (const auto& file : options.files) {
        const FileReport report = check_file(office.context(), options, file);
        print_file(std::cout, options.format, report, first);
        first = false;
        std::cout.flush();
        if (report.error) {
          std::cerr << "jixiao-check: " << file << ": " << *report.error << "\n";
          status = 2;
        } else if (status == 0) {
          for (const auto& f : report.findings)
            if (f.severity == jixiao::core::Severity::error) status = 1;
        }
        if (report.fixed_copy) {
          std::cerr << "jixiao-check: " << file << ": " << report.fixed_cells << " cell(s) fixed in "
                    << *report.fixed_copy << "\n";
          if (report.moves_left > 0)
            std::cerr << "jixiao-check: " << file << ": " << report.moves_left
                      << " shifted row(s) not moved: such a fix is applied one at a time, in the sidebar\n";
        }
      }
      print_end(std::cout, options.format);
      office.stop();
    }
    css::uno::Reference<css::lang::XComponent>(local, css::uno::UNO_QUERY_THROW)->dispose();
  } catch (const css::uno::Exception& e) {
    std::cerr << "jixiao-check: " << jixiao::uno::to_utf8(e.Message) << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "jixiao-check: " << e.what() << "\n";
    return 2;
  }
  return status;
}
