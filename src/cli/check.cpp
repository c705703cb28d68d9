#include "cli/check.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/task/XInteractionAbort.hpp>
#include <com/sun/star/task/XInteractionHandler.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <cppuhelper/implbase1.hxx>
#include <filesystem>
#include <org/jixiao/XValidator.hpp>
#include <osl/file.hxx>

#include "uno/common/finding_records.hpp"
#include "uno/common/strings.hpp"

namespace jixiao::cli {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

// The service's own conversion (uno/common/strings.hpp), so that a cell's unpaired surrogate
// reaches a report as the same bytes the core saw, as it does through the services.
OUString u(std::string_view text) { return jixiao::uno::from_utf8(text); }
std::string s(const OUString& text) { return jixiao::uno::to_utf8(text); }

OUString file_url(const std::filesystem::path& path) {
  OUString url;
  osl::FileBase::getFileURLFromSystemPath(u(std::filesystem::absolute(path).string()), url);
  return url;
}

// Cancels every request (passwords, repairs, filter options): the command
// line never waits for an answer. Remembers whether a password was asked.
class CancelAll : public cppu::WeakImplHelper1<css::task::XInteractionHandler> {
 public:
  void SAL_CALL handle(const Reference<css::task::XInteractionRequest>& request) override {
    const OUString type = request->getRequest().getValueTypeName();
    if (type.indexOf("Password") >= 0) password_asked = true;
    const auto continuations = request->getContinuations();
    for (const auto& c : continuations) {
      Reference<css::task::XInteractionAbort> abort(c, UNO_QUERY);
      if (abort.is()) {
        abort->select();
        return;
      }
    }
  }
  bool password_asked = false;
};

css::beans::PropertyValue prop(const char* name, const css::uno::Any& value) {
  css::beans::PropertyValue p;
  p.Name = OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

bool is_csv(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".csv";
}

void close(const Reference<css::lang::XComponent>& document) {
  try {
    Reference<css::util::XCloseable> closeable(document, UNO_QUERY);
    if (closeable.is())
      closeable->close(true);
    else if (document.is())
      document->dispose();
  } catch (const css::uno::Exception&) {
  }
}

// Where --fix writes the copy of `file`.
std::filesystem::path fix_target(const Options& options, const std::filesystem::path& file) {
  const std::filesystem::path out = *options.fix;
  if (std::filesystem::is_directory(out) || options.files.size() > 1) return out / file.filename();
  return out;
}

// The copy --fix writes into, made from the original (which is only ever read); an error when
// it cannot be made or would be the original itself.
std::optional<std::string> copy_for_fixing(const Options& options, const std::filesystem::path& path,
                                           std::filesystem::path& target) {
  std::error_code ec;
  target = fix_target(options, path);
  if (std::filesystem::exists(target) && std::filesystem::equivalent(target, path))
    return "--fix would overwrite the original; give another folder or file";
  // The folder the copy goes into may not exist yet (several files: --fix names it; one file:
  // its parent).
  if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
  if (!std::filesystem::copy_file(path, target, std::filesystem::copy_options::overwrite_existing, ec))
    return "cannot write " + target.string() + ": " + ec.message();
  return std::nullopt;
}

// Loads the file hidden, read-only unless fixing, with no macros, no link updates and every
// question cancelled; `error` says why when nothing was loaded.
// `path` is the file named (its extension says CSV), `target` the one loaded (the copy with --fix).
Reference<css::lang::XComponent> load(const Reference<css::uno::XComponentContext>& office,
                                      const std::filesystem::path& path, const std::filesystem::path& target,
                                      bool fixing, std::optional<std::string>& error) {
  Reference<CancelAll> handler(new CancelAll);
  std::vector<css::beans::PropertyValue> args{
      prop("Hidden", css::uno::Any(true)),
      prop("ReadOnly", css::uno::Any(!fixing)),
      prop("MacroExecutionMode", css::uno::Any(css::document::MacroExecMode::NEVER_EXECUTE)),
      prop("UpdateDocMode", css::uno::Any(css::document::UpdateDocMode::NO_UPDATE)),
      prop("InteractionHandler", css::uno::Any(Reference<css::task::XInteractionHandler>(handler.get()))),
  };
  if (is_csv(path)) {  // comma, double quote, UTF-8, from line 1: no filter dialog
    args.push_back(prop("FilterName", css::uno::Any(OUString::createFromAscii("Text - txt - csv (StarCalc)"))));
    args.push_back(prop("FilterOptions", css::uno::Any(OUString::createFromAscii("44,34,76,1"))));
  }
  Reference<css::lang::XComponent> document;
  try {
    document = css::frame::Desktop::create(office)->loadComponentFromURL(
        file_url(target), "_blank", 0,
        Sequence<css::beans::PropertyValue>(args.data(), static_cast<sal_Int32>(args.size())));
  } catch (const css::uno::Exception& e) {
    error = "cannot open: " + s(e.Message);
  }
  if (!document.is()) {
    if (handler->password_asked)
      error = "encrypted (needs a password); not checked";
    else if (!error)
      error = "cannot open (damaged or not a document)";
  }
  return document;
}

// The Validator's findings of the document into the report, and with --fix every safe fix
// applied and the copy stored.
void validate(const Reference<css::uno::XComponentContext>& office, const Options& options,
              const Reference<css::lang::XComponent>& document, const std::filesystem::path& target, bool fixing,
              FileReport& report) {
  const Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, UNO_QUERY_THROW);
  Reference<org::jixiao::XValidator> validator(
      office->getServiceManager()->createInstanceWithContext("org.jixiao.Validator", office), UNO_QUERY);
  if (!validator.is()) throw std::runtime_error("org.jixiao.Validator is not available in the office");
  const auto findings = validator->validateDocument(spreadsheet, u(options.template_name), u(options.language));
  report.findings = jixiao::uno::records_of(findings);
  if (!fixing) return;
  // Every safe fix, as "fix all" does; a fix that moves cells is for a person looking at the
  // row, one at a time in the sidebar, and is left out of a copy written unattended.
  std::vector<org::jixiao::Finding> safe;
  for (const auto& f : findings) {
    if (f.FixMovesCells) ++report.moves_left;
    else if (f.HasFix) safe.push_back(f);
  }
  report.fixed_cells = validator->applyFixes(
      spreadsheet, Sequence<org::jixiao::Finding>(safe.data(), static_cast<sal_Int32>(safe.size())),
      u(options.template_name));
  Reference<css::frame::XStorable>(document, UNO_QUERY_THROW)->store();
  report.fixed_copy = target.string();
}

}  // namespace

FileReport check_file(const Reference<css::uno::XComponentContext>& office, const Options& options,
                      const std::string& file) {
  FileReport report;
  report.file = file;
  const std::filesystem::path path = file;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    report.error = "not a readable file";
    return report;
  }
  std::filesystem::path target = path;
  const bool fixing = options.fix.has_value();
  if (fixing) {
    report.error = copy_for_fixing(options, path, target);
    if (report.error) return report;
  }
  const Reference<css::lang::XComponent> document = load(office, path, target, fixing, report.error);
  if (document.is() && !Reference<css::sheet::XSpreadsheetDocument>(document, UNO_QUERY).is()) {
    close(document);
    report.error = "not a spreadsheet";
  }
  if (report.error) {
    if (fixing) std::filesystem::remove(target, ec);
    return report;
  }
  try {
    validate(office, options, document, target, fixing, report);
  } catch (const css::uno::Exception& e) {
    report.error = "check failed: " + s(e.Message);
  } catch (const std::exception& e) {
    report.error = std::string("check failed: ") + e.what();
  }
  close(document);
  return report;
}

}  // namespace jixiao::cli
