#include "uno/sidebar/cell_commands.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexContainer.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <mutex>

#include "uno/common/service_info.hpp"

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;

namespace {

constexpr const char* kProtocolHandlerService = "com.sun.star.frame.ProtocolHandler";

struct Registered {
  css::uno::WeakReference<css::frame::XFrame> frame;
  CommandTarget* target;
  css::uno::WeakReference<css::uno::XInterface> lifetime;  // the panel, gone when it is
};

std::mutex registry_mutex;
std::vector<Registered>& registry() {
  static std::vector<Registered> targets;
  return targets;
}
std::vector<std::pair<css::uno::WeakReference<css::frame::XFrame>, std::string>>& pending() {
  static std::vector<std::pair<css::uno::WeakReference<css::frame::XFrame>, std::string>> commands;
  return commands;
}

bool same(const css::uno::WeakReference<css::frame::XFrame>& weak, const Reference<css::frame::XFrame>& frame) {
  const Reference<css::frame::XFrame> held(weak);
  return held.is() && held == frame;
}

}  // namespace

void register_command_target(const Reference<css::frame::XFrame>& frame, CommandTarget* target,
                             const Reference<css::uno::XInterface>& lifetime) {
  const std::lock_guard<std::mutex> lock(registry_mutex);
  registry().push_back({frame, target, lifetime});
}

void unregister_command_target(CommandTarget* target) {
  const std::lock_guard<std::mutex> lock(registry_mutex);
  std::erase_if(registry(), [&](const Registered& r) { return r.target == target; });
}

std::string take_pending_command(const Reference<css::frame::XFrame>& frame) {
  const std::lock_guard<std::mutex> lock(registry_mutex);
  std::string command;
  for (const auto& [weak, name] : pending())
    if (same(weak, frame)) command = name;
  std::erase_if(pending(), [&](const auto& p) { return same(p.first, frame) || !Reference<css::frame::XFrame>(p.first).is(); });
  return command;
}

void CommandHandler::initialize(const Sequence<css::uno::Any>& arguments) {
  for (const css::uno::Any& argument : arguments) {
    Reference<css::frame::XFrame> frame(argument, UNO_QUERY);
    if (frame.is()) frame_ = frame;
  }
}

Reference<css::frame::XDispatch> CommandHandler::queryDispatch(const css::util::URL& url, const OUString&, sal_Int32) {
  if (url.Complete.startsWithIgnoreAsciiCase(OUString::createFromAscii(kCommandProtocol))) return this;
  return {};
}

Sequence<Reference<css::frame::XDispatch>> CommandHandler::queryDispatches(
    const Sequence<css::frame::DispatchDescriptor>& requests) {
  Sequence<Reference<css::frame::XDispatch>> dispatches(requests.getLength());
  for (sal_Int32 i = 0; i < requests.getLength(); ++i)
    dispatches.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
  return dispatches;
}

void CommandHandler::dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>&) {
  const Reference<css::frame::XFrame> frame(frame_);
  if (!frame.is()) return;
  const std::string name = to_utf8(url.Complete.copy(static_cast<sal_Int32>(std::string_view(kCommandProtocol).size())));
  CommandTarget* target = nullptr;
  Reference<css::uno::XInterface> alive;  // holds the panel while its command runs
  {
    const std::lock_guard<std::mutex> lock(registry_mutex);
    for (const Registered& r : registry()) {
      Reference<css::uno::XInterface> lifetime(r.lifetime);
      if (lifetime.is() && same(r.frame, frame)) {
        target = r.target;
        alive = lifetime;
      }
    }
    if (!target) pending().emplace_back(frame, name);
  }
  if (target) return target->run_command(name);
  // No Findings panel in this frame yet: open the deck; the panel runs the command once made.
  open_deck(context_, frame);
}

void open_deck(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame) {
  try {
    // The deck's command closes the deck when it is shown already.
    Reference<css::frame::XController2> controller(frame->getController(), UNO_QUERY);
    Reference<css::ui::XSidebarProvider> sidebar = controller.is() ? controller->getSidebar() : nullptr;
    if (sidebar.is() && sidebar->isVisible()) {
      Reference<css::ui::XDecks> decks = sidebar->getDecks();
      if (decks.is() && decks->hasByName("JixiaoDeck")) {
        Reference<css::ui::XDeck> deck(decks->getByName("JixiaoDeck"), UNO_QUERY);
        if (deck.is() && deck->isActive()) return;
      }
    }
    css::frame::DispatchHelper::create(context)->executeDispatch(
        Reference<css::frame::XDispatchProvider>(frame, UNO_QUERY), ".uno:SidebarDeck.JixiaoDeck", "", 0, {});
  } catch (const css::uno::Exception&) {
    // no sidebar (headless): nothing to open
  }
}

void CommandHandler::addStatusListener(const Reference<css::frame::XStatusListener>& listener, const css::util::URL& url) {
  if (!listener.is()) return;
  css::frame::FeatureStateEvent state;
  state.FeatureURL = url;
  state.IsEnabled = true;  // the commands work in any spreadsheet, checked or not
  state.Source = static_cast<cppu::OWeakObject*>(this);
  listener->statusChanged(state);
}

OUString CommandHandler::getImplementationName() { return OUString::createFromAscii(kCommandHandlerImplementationName); }

sal_Bool CommandHandler::supportsService(const OUString& name) { return name.equalsAscii(kProtocolHandlerService); }

Sequence<OUString> CommandHandler::getSupportedServiceNames() { return one_service_name(kProtocolHandlerService); }

css::ui::ContextMenuInterceptorAction CellMenu::notifyContextMenuExecute(const css::ui::ContextMenuExecuteEvent& event) {
  try {
    if (!entries_) return css::ui::ContextMenuInterceptorAction_IGNORED;
    const Entries entries = entries_();
    if (entries.empty()) return css::ui::ContextMenuInterceptorAction_IGNORED;
    Reference<css::container::XIndexContainer> menu = event.ActionTriggerContainer;
    Reference<css::lang::XMultiServiceFactory> factory(menu, UNO_QUERY);
    if (!menu.is() || !factory.is()) return css::ui::ContextMenuInterceptorAction_IGNORED;
    sal_Int32 at = 0;
    for (const auto& [text, command] : entries) {
      Reference<css::beans::XPropertySet> item(factory->createInstance("com.sun.star.ui.ActionTrigger"), UNO_QUERY);
      if (!item.is()) continue;
      item->setPropertyValue("Text", css::uno::Any(text));
      item->setPropertyValue("CommandURL", css::uno::Any(command));
      menu->insertByIndex(at++, css::uno::Any(item));
    }
    menu->insertByIndex(at, css::uno::Any(factory->createInstance("com.sun.star.ui.ActionTriggerSeparator")));
    return css::ui::ContextMenuInterceptorAction_EXECUTE_MODIFIED;
  } catch (const css::uno::Exception&) {
    return css::ui::ContextMenuInterceptorAction_IGNORED;  // the office's own menu, as it was
  }
}

}  // namespace jixiao::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_jixiao_CommandHandlerImpl_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>& /*args*/) {
  return jixiao::uno::new_service_instance<jixiao::uno::CommandHandler>(context);
}
