#include <com/sun/star/uno/Sequence.hxx>

#include "uno/functions/addin_functions.hpp"
#include "uno/functions/function_table.hpp"

namespace jixiao::uno {

namespace {
constexpr char kSheetAddInService[] = "com.sun.star.sheet.AddIn";
}  // namespace

OUString AddInFunctions::getServiceName() { return from_utf8(kAddInServiceName); }

OUString AddInFunctions::getImplementationName() { return from_utf8(kAddInImplementationName); }

sal_Bool AddInFunctions::supportsService(const OUString& name) {
  return name == getServiceName() || name.equalsAscii(kSheetAddInService);
}

css::uno::Sequence<OUString> AddInFunctions::getSupportedServiceNames() {
  css::uno::Sequence<OUString> names(2);
  names.getArray()[0] = getServiceName();
  names.getArray()[1] = OUString::createFromAscii(kSheetAddInService);
  return names;
}

void AddInFunctions::setLocale(const css::lang::Locale& locale) {
  locale_ = locale;
  language_.store(core::language_from_tag(to_utf8(locale.Language)));
}

css::lang::Locale AddInFunctions::getLocale() { return locale_; }

}  // namespace jixiao::uno
