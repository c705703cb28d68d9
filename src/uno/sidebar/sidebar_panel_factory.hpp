// org.jixiao.PanelFactory: the sidebar's factory of Jixiao panels, named in
// registry/Factories.xcu and reached through
// private:resource/toolpanel/JixiaoPanelFactory/<panel>.
#pragma once

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

#include "uno/common/strings.hpp"

namespace jixiao::uno {

inline constexpr char kPanelFactoryServiceName[] = "org.jixiao.PanelFactory";
inline constexpr char kPanelFactoryImplementationName[] = "org.jixiao.PanelFactoryImpl";
inline constexpr char kFindingsPanelName[] = "JixiaoFindingsPanel";
inline constexpr char kRatesPanelName[] = "JixiaoRatesPanel";
inline constexpr char kSettingsPanelName[] = "JixiaoSettingsPanel";

class PanelFactory : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
 public:
  explicit PanelFactory(const css::uno::Reference<css::uno::XComponentContext>& context) : context_(context) {}

  css::uno::Reference<css::ui::XUIElement> SAL_CALL
  createUIElement(const OUString& url, const css::uno::Sequence<css::beans::PropertyValue>& args) override;

  OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const OUString& name) override;
  css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  css::uno::Reference<css::uno::XComponentContext> context_;
};

}  // namespace jixiao::uno
