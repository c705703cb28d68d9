// The LibreOffice that jixiao-check talks to: one it starts (headless
// soffice.bin, the extension installed by unopkg into a private profile under
// a temporary folder, ended by its PID) or a running one (--connect).
#pragma once

#include <sys/types.h>

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <filesystem>
#include <optional>
#include <string>

namespace jixiao::cli {

// The local UNO runtime, knowing the office's types and the extension's (rdb).
css::uno::Reference<css::uno::XComponentContext> bootstrap_local(const std::string& rdb);

class Office {
 public:
  explicit Office(css::uno::Reference<css::uno::XComponentContext> local) : local_(std::move(local)) {}
  ~Office();
  Office(const Office&) = delete;
  Office& operator=(const Office&) = delete;

  // Installs `oxt` into a fresh profile and starts soffice.bin; throws std::runtime_error.
  void start(const std::string& oxt);
  // Connects to a running office.
  void connect(const std::string& uno_url, int timeout_seconds = 10);
  // Terminates the office we started (terminate, wait, then SIGKILL) and removes its folder.
  void stop();

  css::uno::Reference<css::uno::XComponentContext> context() const { return remote_; }
  pid_t pid() const { return pid_; }

 private:
  pid_t spawn();
  bool try_resolve(const std::string& url);

  css::uno::Reference<css::uno::XComponentContext> local_;
  css::uno::Reference<css::uno::XComponentContext> remote_;
  std::filesystem::path dir_;
  std::string pipe_;
  pid_t pid_ = -1;
};

}  // namespace jixiao::cli
