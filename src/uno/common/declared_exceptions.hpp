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
#include <utility>

#include "uno/common/strings.hpp"
#include "core/catalog/finding.hpp"

namespace jixiao::uno {

// The check-failed message of the rule catalog for a reason ("unknown error" when it is empty).
inline OUString check_failed_message(const OUString& reason, core::Language language) {
  const std::string text = reason.trim().isEmpty() ? std::string("unknown error") : to_utf8(reason);
  return from_utf8(core::render_message(core::make_finding(core::RuleId::check_failed, {{"reason", text}}), language));
}

// Why the UNO exception being handled was thrown: its message, or its type when it has none (a
// DisposedException from a closed document often has none). Only inside a catch of a UNO
// exception: cppu::getCaughtException reads the exception in flight as a UNO one.
inline OUString reason_of(const css::uno::Exception& e) {
  return e.Message.trim().isEmpty() ? cppu::getCaughtException().getValueTypeName() : e.Message;
}

// Rethrows the exception being handled when it is one of the types given (a type derived from
// one counts), and returns otherwise. Only inside a catch block.
template <class First, class... Rest>
void rethrow_if_one_of() {
  try {
    throw;
  } catch (const First&) {
    throw;
  } catch (...) {
  }
  if constexpr (sizeof...(Rest) > 0) rethrow_if_one_of<Rest...>();
}

// Runs `call` and returns its result; lets through as they are the exceptions the method's IDL
// declares (Declared..., e.g. css::lang::IllegalArgumentException), and turns every other
// exception into a RuntimeException (a DisposedException keeps its type) with the check-failed
// message. Every method of Jixiao's services runs its body through it, with its own raises list.
template <class... Declared, class Call>
auto declared_exceptions_only(core::Language language, const css::uno::Reference<css::uno::XInterface>& context,
                              Call&& call) -> decltype(call()) {
  try {
    return call();
  } catch (css::uno::RuntimeException& e) {
    // IllegalArgumentException is a RuntimeException (since LibreOffice 4.0): declared ones first.
    if constexpr (sizeof...(Declared) > 0) rethrow_if_one_of<Declared...>();
    e.Message = check_failed_message(reason_of(e), language);
    throw;
  } catch (const css::uno::Exception& e) {
    if constexpr (sizeof...(Declared) > 0) rethrow_if_one_of<Declared...>();
    throw css::uno::RuntimeException(check_failed_message(reason_of(e), language), context);
  } catch (const std::exception& e) {
    throw css::uno::RuntimeException(check_failed_message(from_utf8(e.what()), language), context);
  } catch (...) {
    throw css::uno::RuntimeException(check_failed_message(OUString(), language), context);
  }
}

// The raises list most methods have.
template <class Call>
auto refusals_only(core::Language language, const css::uno::Reference<css::uno::XInterface>& context, Call&& call)
    -> decltype(call()) {
  return declared_exceptions_only<css::lang::IllegalArgumentException>(language, context, std::forward<Call>(call));
}

}  // namespace jixiao::uno
