#include "uno/common/ui_language.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/uno/Sequence.hxx>

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

core::Language ui_language(const Reference<css::uno::XComponentContext>& context) {
  try {
    Reference<css::lang::XMultiServiceFactory> provider = css::configuration::theDefaultProvider::get(context);
    css::beans::PropertyValue path;
    path.Name = "nodepath";
    path.Value <<= OUString("/org.openoffice.Setup/L10N");
    Sequence<css::uno::Any> args(1);
    args.getArray()[0] <<= path;
    Reference<css::container::XNameAccess> access(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args), UNO_QUERY_THROW);
    OUString locale;
    access->getByName("ooLocale") >>= locale;
    return core::language_from_tag(to_utf8(locale));
  } catch (const css::uno::Exception&) {
    return core::Language::en;
  }
}

core::Language requested_language(const OUString& tag, const Reference<css::uno::XComponentContext>& context) {
  if (!tag.trim().isEmpty()) return core::language_from_tag(to_utf8(tag.trim()));
  return ui_language(context);
}
}  // namespace jixiao::uno
