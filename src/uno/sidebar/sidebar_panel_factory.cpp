#include "uno/sidebar/sidebar_panel_factory.hpp"

#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <rtl/ref.hxx>

#include "uno/sidebar/findings_panel.hpp"
#include "uno/sidebar/rates_panel.hpp"
#include "uno/sidebar/settings_panel.hpp"

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;

Reference<css::ui::XUIElement> PanelFactory::createUIElement(const OUString& url,
                                                             const Sequence<css::beans::PropertyValue>& args) {
  Reference<css::frame::XFrame> frame;
  Reference<css::awt::XWindowPeer> parent;
  for (const auto& arg : args) {
    if (arg.Name == "Frame") frame.set(arg.Value, UNO_QUERY);
    else if (arg.Name == "ParentWindow") parent.set(arg.Value, UNO_QUERY);
  }
  const OUString prefix("private:resource/toolpanel/JixiaoPanelFactory/");
  const OUString name = url.startsWith(prefix) ? url.copy(prefix.getLength()) : OUString();
  if (name != kFindingsPanelName && name != kRatesPanelName && name != kSettingsPanelName)
    throw css::container::NoSuchElementException("Jixiao: no panel " + url, *this);
  if (!parent.is()) throw css::lang::IllegalArgumentException("Jixiao: no ParentWindow for " + url, *this, 1);
  if (!frame.is()) throw css::lang::IllegalArgumentException("Jixiao: no Frame for " + url, *this, 1);
  rtl::Reference<PanelBase> panel;
  rtl::Reference<FindingsPanel> findings;
  if (name == kRatesPanelName) panel = new RatesPanel(context_, frame, parent, url);
  else if (name == kSettingsPanelName) panel = new SettingsPanel(context_, frame, parent, url);
  else {
    findings = new FindingsPanel(context_, frame, parent, url);
    panel = findings.get();
  }
  panel->start_events();
  if (findings.is()) findings->run_pending_command();
  return Reference<css::ui::XUIElement>(panel.get());
}

OUString PanelFactory::getImplementationName() { return OUString::createFromAscii(kPanelFactoryImplementationName); }

sal_Bool PanelFactory::supportsService(const OUString& name) { return name.equalsAscii(kPanelFactoryServiceName); }

Sequence<OUString> PanelFactory::getSupportedServiceNames() {
  Sequence<OUString> names(1);
  names.getArray()[0] = OUString::createFromAscii(kPanelFactoryServiceName);
  return names;
}

}  // namespace jixiao::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_jixiao_PanelFactoryImpl_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>& /*args*/) {
  auto* instance = new jixiao::uno::PanelFactory(context);
  instance->acquire();  // the caller takes over this reference
  return static_cast<cppu::OWeakObject*>(instance);
}
