// What every Jixiao service repeats: its one service name for XServiceInfo, and the body of the
// exported constructor that jixiao.components names.
#pragma once

#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/weak.hxx>

#include "uno/common/strings.hpp"

namespace jixiao::uno {

inline css::uno::Sequence<OUString> one_service_name(const char* name) {
  const OUString service = OUString::createFromAscii(name);
  return css::uno::Sequence<OUString>(&service, 1);
}

// A new instance for the service manager, which takes over the reference.
template <class Service>
css::uno::XInterface* new_service_instance(css::uno::XComponentContext* context) {
  auto* instance = new Service(context);
  instance->acquire();
  return static_cast<cppu::OWeakObject*>(instance);
}

}  // namespace jixiao::uno
