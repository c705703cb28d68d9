// The component's only exported entry point: LibreOffice's service manager
// calls it (named in jixiao.components, constructor-style registration) to
// create the add-in. Everything else in the library stays hidden.
#include <com/sun/star/uno/XComponentContext.hpp>
#include <sal/types.h>

#include "uno/functions/addin_functions.hpp"

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_jixiao_FunctionsImpl_get_implementation(
    css::uno::XComponentContext* /*context*/, const css::uno::Sequence<css::uno::Any>& /*args*/) {
  auto* instance = new jixiao::uno::AddInFunctions();
  instance->acquire();  // the caller takes over this reference
  return static_cast<cppu::OWeakObject*>(instance);
}
