// Keeps a UNO method's exceptions to what its IDL declares. A method that lets any other
// exception escape (a plain css::uno::Exception from Calc, a std::exception from our code) does
// not fail cleanly: over a remote connection binaryurp cannot send it and tears the caller's
// bridge down, so a Python or C++ client loses the office (seen with LibreOffice 7.4 when a
// document is closed while validateDocument reads it). Everything else becomes a RuntimeException
// whose message says, in the caller's language, that the check could not finish and why.
#pragma once

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/exc_hlp.hxx>
#include <exception>
#include <string>

#include "calc_values.hpp"
#include "core/finding.hpp"

namespace jixiao::uno {

// The check-failed message of the rule catalog for the exception being handled: its message, or
// its type when it has none (a DisposedException from a closed document often has none).
inline OUString check_failed_message(const OUString& message, core::Language language) {
  const OUString reason = message.trim().isEmpty() ? cppu::getCaughtException().getValueTypeName() : message;
  return from_utf8(core::render_message(core::make_finding("check-failed", {{"reason", to_utf8(reason)}}), language));
}

// Runs `call` and returns its result; lets IllegalArgumentException through as it is, and turns
// every other exception into a RuntimeException (a DisposedException keeps its type) with the
// check-failed message.
template <class Call>
auto declared_exceptions_only(core::Language language, const css::uno::Reference<css::uno::XInterface>& context,
                              Call&& call) -> decltype(call()) {
  try {
    return call();
  } catch (const css::lang::IllegalArgumentException&) {
    throw;
  } catch (css::uno::RuntimeException& e) {
    e.Message = check_failed_message(e.Message, language);
    throw;
  } catch (const css::uno::Exception& e) {
    throw css::uno::RuntimeException(check_failed_message(e.Message, language), context);
  } catch (const std::exception& e) {
    throw css::uno::RuntimeException(check_failed_message(from_utf8(e.what()), language), context);
  } catch (...) {
    throw css::uno::RuntimeException(check_failed_message(OUString::createFromAscii("unknown error"), language), context);
  }
}

}  // namespace jixiao::uno
