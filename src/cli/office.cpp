#include "cli/office.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <cstdlib>
#include <fstream>
#include <osl/file.hxx>
#include <rtl/bootstrap.hxx>
#include <rtl/ustring.hxx>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <vector>

#include "uno/common/strings.hpp"

namespace jixiao::cli {

using css::uno::Reference;
using rtl::OUString;

namespace {

constexpr char kProgramDir[] = "/usr/lib/libreoffice/program";
constexpr int kRestartExitCode = 81;  // soffice.bin after a profile change: start again

OUString u(std::string_view text) { return jixiao::uno::from_utf8(text); }

std::string file_url(const std::filesystem::path& path) {
  OUString url;
  osl::FileBase::getFileURLFromSystemPath(u(std::filesystem::absolute(path).string()), url);
  return jixiao::uno::to_utf8(url);
}

constexpr char kProfileSettings[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="FirstStartWizardCompleted" oor:op="fuse"><value>true</value></prop></item>
</oor:items>
)";

// fork + exec with stdout/stderr to /dev/null (or kept, for unopkg's errors). `preload`: libraries
// the child loads first (LD_PRELOAD), when not empty.
pid_t run(const std::vector<std::string>& args, bool quiet, const char* preload = nullptr) {
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  // The child's environment, made before fork: only async-signal-safe calls may follow it.
  std::vector<std::string> variables;
  for (char** v = environ; *v; ++v)
    if (!(preload && *preload && std::string_view(*v).starts_with("LD_PRELOAD="))) variables.emplace_back(*v);
  if (preload && *preload) variables.push_back(std::string("LD_PRELOAD=") + preload);
  std::vector<char*> envp;
  for (auto& v : variables) envp.push_back(v.data());
  envp.push_back(nullptr);
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    // The office ends with jixiao-check however that ends (Ctrl-C, a timeout's SIGKILL, a crash):
    // never an orphan soffice.bin holding a profile and lock files. The flag survives execve.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);  // jixiao-check died before the flag was set
    const int null = open("/dev/null", O_RDWR);
    dup2(null, 0);
    if (quiet) {
      dup2(null, 1);
      dup2(null, 2);
    } else {
      dup2(2, 1);
    }
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  return pid;
}

}  // namespace

Reference<css::uno::XComponentContext> bootstrap_local(const std::string& rdb) {
  // The office's fundamentalrc gives the runtime every offapi type; our .rdb
  // adds org.jixiao.Finding, which the bridge must know to read the findings.
  setenv("URE_BOOTSTRAP", "vnd.sun.star.pathname:/usr/lib/libreoffice/program/fundamentalrc", 1);
  rtl::Bootstrap::set("URE_MORE_TYPES", u("<file://" + std::string(kProgramDir) + "/types>* " + file_url(rdb)));
  return cppu::defaultBootstrap_InitialComponentContext();
}

Office::~Office() { stop(); }

pid_t Office::spawn() {
  const std::string profile = file_url(dir_ / "profile");
  const std::string shared = file_url(dir_ / "shared-extensions");
  return run({std::string(kProgramDir) + "/soffice.bin", "--headless", "--invisible", "--norestore", "--nologo",
              "--nodefault", "--nolockcheck", "--accept=pipe,name=" + pipe_ + ";urp;StarOffice.ComponentContext",
              "-env:UserInstallation=" + profile, "-env:UNO_SHARED_PACKAGES_CACHE=" + shared},
             true,
             // A sanitizer build's component needs the sanitizer runtimes loaded first in the office
             // (scripts/test-sanitized.sh sets this); unopkg needs none.
             std::getenv("JIXIAO_SOFFICE_PRELOAD"));
}

bool Office::try_resolve(const std::string& url) {
  try {
    Reference<css::bridge::XUnoUrlResolver> resolver = css::bridge::UnoUrlResolver::create(local_);
    remote_.set(resolver->resolve(u(url)), css::uno::UNO_QUERY_THROW);
    return true;
  } catch (const css::connection::NoConnectException&) {
    return false;
  }
}

void Office::start(const std::string& oxt) {
  char pattern[] = "/tmp/jixiao-check-XXXXXX";
  if (!mkdtemp(pattern)) throw std::runtime_error("cannot create a temporary folder");
  dir_ = pattern;
  std::filesystem::create_directories(dir_ / "profile" / "user");
  std::ofstream(dir_ / "profile" / "user" / "registrymodifications.xcu") << kProfileSettings;
  pipe_ = "jixiao_check_" + std::to_string(getpid()) + "_" + dir_.filename().string().substr(13);

  const pid_t unopkg = run({std::string(kProgramDir) + "/unopkg", "add", "--shared", "--suppress-license", oxt,
                            "-env:UserInstallation=" + file_url(dir_ / "profile"),
                            "-env:UNO_SHARED_PACKAGES_CACHE=" + file_url(dir_ / "shared-extensions")},
                           false);
  int status = 0;
  waitpid(unopkg, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("unopkg add " + oxt + " failed (status " + std::to_string(status) + ")");

  pid_ = spawn();
  const std::string url = "uno:pipe,name=" + pipe_ + ";urp;StarOffice.ComponentContext";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(90);
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      if (WIFEXITED(status) && WEXITSTATUS(status) == kRestartExitCode) {
        pid_ = spawn();
      } else {
        pid_ = -1;
        throw std::runtime_error("soffice.bin exited (status " + std::to_string(status) + ") before accepting");
      }
    }
    if (try_resolve(url)) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  throw std::runtime_error("soffice.bin did not accept a connection in time");
}

void Office::connect(const std::string& uno_url, int timeout_seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
  do {
    if (try_resolve(uno_url)) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  } while (std::chrono::steady_clock::now() < deadline);
  throw std::runtime_error("no office accepts at " + uno_url);
}

void Office::stop() {
  if (pid_ > 0) {
    try {
      if (remote_.is()) css::frame::Desktop::create(remote_)->terminate();
    } catch (const css::uno::Exception&) {
      // the bridge drops while the office goes: expected
    }
    int status = 0;
    bool gone = false;
    for (int i = 0; i < 200 && !gone; ++i) {  // 20 s
      gone = waitpid(pid_, &status, WNOHANG) == pid_;
      if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    if (!gone) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
    }
    pid_ = -1;
  }
  remote_.clear();
  if (!dir_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
    dir_.clear();
  }
}

}  // namespace jixiao::cli
