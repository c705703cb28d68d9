#include "check.hpp"

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

namespace jixiao::cli {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;

namespace {

OUString u(const std::string& s) { return OUString(s.data(), static_cast<sal_Int32>(s.size()), RTL_TEXTENCODING_UTF8); }
std::string s(const OUString& text) { return rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8).getStr(); }

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
    target = fix_target(options, path);
    if (std::filesystem::exists(target) && std::filesystem::equivalent(target, path)) {
      report.error = "--fix would overwrite the original; give another folder or file";
      return report;
    }
    // The folder the copy goes into may not exist yet (several files: --fix names it; one file:
    // its parent).
    if (target.has_parent_path()) std::filesystem::create_directories(target.parent_path(), ec);
    // The original is only ever read: the copy is what gets loaded, fixed and stored.
    if (!std::filesystem::copy_file(path, target, std::filesystem::copy_options::overwrite_existing, ec)) {
      report.error = "cannot write " + target.string() + ": " + ec.message();
      return report;
    }
  }

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
    report.error = "cannot open: " + s(e.Message);
  }
  if (!document.is()) {
    if (handler->password_asked)
      report.error = "encrypted (needs a password); not checked";
    else if (!report.error)
      report.error = "cannot open (damaged or not a document)";
    if (fixing) std::filesystem::remove(target, ec);
    return report;
  }
  Reference<css::sheet::XSpreadsheetDocument> spreadsheet(document, UNO_QUERY);
  if (!spreadsheet.is()) {
    close(document);
    if (fixing) std::filesystem::remove(target, ec);
    report.error = "not a spreadsheet";
    return report;
  }
  try {
    Reference<org::jixiao::XValidator> validator(
        office->getServiceManager()->createInstanceWithContext("org.jixiao.Validator", office), UNO_QUERY);
    if (!validator.is()) throw std::runtime_error("org.jixiao.Validator is not available in the office");
    const auto findings = validator->validateDocument(spreadsheet, u(options.template_name), u(options.language));
    for (const auto& f : findings)
      report.findings.push_back(
          {s(f.Sheet), s(f.Cell), f.Row, f.Column, s(f.RuleId), s(f.Severity), s(f.Message), bool(f.HasFix)});
    if (fixing) {
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
  } catch (const css::uno::Exception& e) {
    report.error = "check failed: " + s(e.Message);
  } catch (const std::exception& e) {
    report.error = std::string("check failed: ") + e.what();
  }
  close(document);
  return report;
}

}  // namespace jixiao::cli
