// The commands that reach the Findings panel from outside the sidebar: the shortcuts for the next
// and previous finding, and the entries the panel adds to a flagged cell's context menu. They are
// dispatched as vnd.jixiao:<name> URLs (registry/ProtocolHandler.xcu, Accelerators.xcu,
// Addons.xcu) to CommandHandler, which hands them to the frame's Findings panel; a frame whose
// deck was never opened gets it opened, and the panel runs the command once it exists.
#pragma once

#include <com/sun/star/frame/XDispatch.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XContextMenuInterceptor.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase4.hxx>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "uno/common/strings.hpp"

namespace jixiao::uno {

inline constexpr const char* kCommandProtocol = "vnd.jixiao:";
inline constexpr const char* kCommandHandlerImplementationName = "org.jixiao.CommandHandlerImpl";

// Who runs a command for a frame: the Findings panel shown in it registers itself while it lives.
class CommandTarget {
 public:
  virtual ~CommandTarget() = default;
  virtual void run_command(const std::string& name) = 0;  // from the main thread, any time
};

void register_command_target(const css::uno::Reference<css::frame::XFrame>& frame, CommandTarget* target,
                             const css::uno::Reference<css::uno::XInterface>& lifetime);
void unregister_command_target(CommandTarget* target);
// The command a frame without a panel asked for, taken once its panel exists ("" when none).
std::string take_pending_command(const css::uno::Reference<css::frame::XFrame>& frame);

// Shows the Jixiao deck in the frame's sidebar (nothing when it is shown already).
void open_deck(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::frame::XFrame>& frame);

// The protocol handler of vnd.jixiao: URLs, one a frame (the office makes it with the frame).
class CommandHandler : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XDispatch,
                                                    css::lang::XInitialization, css::lang::XServiceInfo> {
 public:
  explicit CommandHandler(const css::uno::Reference<css::uno::XComponentContext>& context) : context_(context) {}

  void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& arguments) override;
  css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url, const OUString& target,
                                                                    sal_Int32 flags) override;
  css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
  queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;
  void SAL_CALL dispatch(const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& arguments) override;
  void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                  const css::util::URL& url) override;
  void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                     const css::util::URL&) override {}
  OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const OUString& name) override;
  css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  css::uno::Reference<css::uno::XComponentContext> context_;
  css::uno::WeakReference<css::frame::XFrame> frame_;
};

// The context menu of a cell: the entries `entries` gives for the selected cell (text and
// command URL) go on top, above a separator; none for a cell without a finding.
class CellMenu : public cppu::WeakImplHelper1<css::ui::XContextMenuInterceptor> {
 public:
  using Entries = std::vector<std::pair<OUString, OUString>>;
  explicit CellMenu(std::function<Entries()> entries) : entries_(std::move(entries)) {}
  void stop() { entries_ = nullptr; }  // the panel is going away
  css::ui::ContextMenuInterceptorAction SAL_CALL notifyContextMenuExecute(const css::ui::ContextMenuExecuteEvent& event) override;

 private:
  std::function<Entries()> entries_;
};

}  // namespace jixiao::uno
