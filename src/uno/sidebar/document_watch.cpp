#include "uno/sidebar/document_watch.hpp"

#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

DocumentWatch::DocumentWatch(std::function<void()> on_modified, std::function<void()> on_selection)
    : on_modified_(std::move(on_modified)), on_selection_(std::move(on_selection)) {}

void DocumentWatch::attach(const Reference<css::uno::XInterface>& document,
                           const Reference<css::frame::XController>& controller) {
  stop_listening();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!on_modified_) return;  // detached
    document_ = document;
    controller_ = controller;
  }
  if (Reference<css::util::XModifyBroadcaster> broadcaster{document, UNO_QUERY}; broadcaster.is())
    broadcaster->addModifyListener(this);
  if (Reference<css::view::XSelectionSupplier> selection{controller, UNO_QUERY}; selection.is())
    selection->addSelectionChangeListener(this);
}

void DocumentWatch::stop_listening() {
  Reference<css::uno::XInterface> document;
  Reference<css::frame::XController> controller;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    document = std::move(document_);
    controller = std::move(controller_);
  }
  // The office may be closing them: a listener that cannot be removed is gone with them.
  try {
    if (Reference<css::util::XModifyBroadcaster> broadcaster{document, UNO_QUERY}; broadcaster.is())
      broadcaster->removeModifyListener(this);
  } catch (const css::uno::Exception&) {
  }
  try {
    if (Reference<css::view::XSelectionSupplier> selection{controller, UNO_QUERY}; selection.is())
      selection->removeSelectionChangeListener(this);
  } catch (const css::uno::Exception&) {
  }
}

void DocumentWatch::detach() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    on_modified_ = nullptr;
    on_selection_ = nullptr;
  }
  stop_listening();
}

bool DocumentWatch::watches(const Reference<css::uno::XInterface>& document) const {
  std::lock_guard<std::mutex> lock(mutex_);
  return document_.is() && document_ == document;
}

void DocumentWatch::modified(const css::lang::EventObject& /*event*/) {
  std::function<void()> call;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    call = on_modified_;
  }
  if (call) call();
}

void DocumentWatch::selectionChanged(const css::lang::EventObject& /*event*/) {
  std::function<void()> call;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    call = on_selection_;
  }
  if (call) call();
}

void DocumentWatch::disposing(const css::lang::EventObject& event) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (event.Source == document_) document_.clear();
  if (event.Source == Reference<css::uno::XInterface>(controller_, UNO_QUERY)) controller_.clear();
}

}  // namespace jixiao::uno
