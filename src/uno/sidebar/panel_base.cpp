#include "uno/sidebar/panel_base.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/VclWindowPeerAttribute.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowClass.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XVclWindowPeer.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/ui/UIElementType.hpp>

#include "core/catalog/ui_labels.hpp"
#include "uno/common/declared_exceptions.hpp"
#include "uno/common/ui_language.hpp"

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr sal_Int32 kMargin = 6;
constexpr sal_Int32 kGap = 4;
constexpr sal_Int32 kStretchMinimum = 140;  // the findings list never shrinks below this

Reference<css::awt::XWindowPeer> create_window(const Reference<css::awt::XToolkit2>& toolkit,
                                               const Reference<css::awt::XWindowPeer>& parent,
                                               css::awt::WindowClass type, const char* service,
                                               sal_Int32 attributes) {
  css::awt::WindowDescriptor descriptor;
  descriptor.Type = type;
  descriptor.WindowServiceName = OUString::createFromAscii(service);
  descriptor.Parent = parent;
  descriptor.ParentIndex = -1;
  descriptor.Bounds = css::awt::Rectangle(0, 0, 200, 24);
  descriptor.WindowAttributes = attributes;
  return toolkit->createWindow(descriptor);
}

}  // namespace

PanelBase::PanelBase(const Reference<css::uno::XComponentContext>& context, const Reference<css::frame::XFrame>& frame,
                     const Reference<css::awt::XWindowPeer>& parent, const OUString& resource_url)
    : context_(context), frame_(frame), resource_url_(resource_url), language_(ui_language(context)) {
  Reference<css::awt::XToolkit2> toolkit = css::awt::Toolkit::create(context_);
  Reference<css::awt::XWindowPeer> container = create_window(toolkit, parent, css::awt::WindowClass_CONTAINER,
                                                             "window", css::awt::WindowAttribute::SHOW);
  window_.set(container, UNO_QUERY_THROW);
  window_->addWindowListener(this);
  try {
    async_ = css::awt::AsyncCallback::create(context_);
  } catch (const css::uno::Exception&) {
    // no VCL main loop to post to: item and window events are dropped (see post)
  }
}

Reference<css::awt::XWindowPeer> PanelBase::add(const std::string& name, Kind kind, const OUString& text) {
  Reference<css::awt::XToolkit2> toolkit = css::awt::Toolkit::create(context_);
  Reference<css::awt::XWindowPeer> container(window_, UNO_QUERY_THROW);
  const sal_Int32 shown = css::awt::WindowAttribute::SHOW;
  const sal_Int32 dropdown = shown | css::awt::VclWindowPeerAttribute::DROPDOWN;
  const auto make = [&](const char* service, sal_Int32 attributes) {
    return create_window(toolkit, container, css::awt::WindowClass_SIMPLE, service, attributes);
  };
  Reference<css::awt::XWindowPeer> peer;
  switch (kind) {
    case Kind::button: {
      peer = make("pushbutton", shown);
      Reference<css::awt::XButton> button(peer, UNO_QUERY_THROW);
      button->setLabel(text);
      button->addActionListener(this);
      break;
    }
    case Kind::label:
      peer = make("fixedtext", shown);
      Reference<css::awt::XFixedText>(peer, UNO_QUERY_THROW)->setText(text);
      break;
    case Kind::list:
      // No WindowAttribute::BORDER: with it the container lists a border window in place of the
      // list box (XVclContainer::getWindows).
      peer = make("listbox", shown);
      Reference<css::awt::XListBox>(peer, UNO_QUERY_THROW)->addItemListener(this);
      break;
    case Kind::dropdown:
      peer = make("listbox", dropdown);
      Reference<css::awt::XListBox>(peer, UNO_QUERY_THROW)->addItemListener(this);
      break;
    case Kind::checkbox: {
      peer = make("checkbox", shown);
      Reference<css::awt::XCheckBox> box(peer, UNO_QUERY_THROW);
      box->setLabel(text);
      box->addItemListener(this);
      break;
    }
    case Kind::date:
      peer = make("datefield", dropdown | css::awt::VclWindowPeerAttribute::SPIN);
      break;
    case Kind::number:
      peer = make("numericfield", shown | css::awt::VclWindowPeerAttribute::SPIN);
      break;
  }
  controls_.emplace_back(name, peer);
  return peer;
}

Reference<css::awt::XWindowPeer> PanelBase::peer(const std::string& name) const {
  for (const auto& [control_name, peer] : controls_) {
    if (control_name == name) return peer;
  }
  return {};
}

std::string PanelBase::name_of(const Reference<css::uno::XInterface>& source) const {
  for (const auto& [name, peer] : controls_) {
    if (peer == source) return name;  // compares the normalized XInterface
  }
  return {};
}

void PanelBase::set_tooltip(const std::string& name, const OUString& text) {
  // (XVclWindowPeer is marked deprecated in favour of control models, which these peers, made
  // straight through the toolkit, do not have.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  Reference<css::awt::XVclWindowPeer> window(peer(name), UNO_QUERY);
  if (window.is()) window->setProperty("HelpText", css::uno::Any(text));
#pragma GCC diagnostic pop
}

void PanelBase::set_rows(std::vector<Row> rows) { rows_ = std::move(rows); }

void PanelBase::relayout() {
  if (!window_.is()) return;
  const css::awt::Rectangle size = window_->getPosSize();
  layout(size.Width, size.Height);
}

sal_Int32 PanelBase::fixed_height() const {
  sal_Int32 height = kMargin;
  for (const Row& row : rows_) height += (row.height > 0 ? row.height : kStretchMinimum) + kGap;
  return height + kMargin;
}

void PanelBase::layout(sal_Int32 width, sal_Int32 height) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  if (disposed_ || !window_.is()) return;
  const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kMargin, 80);
  const sal_Int32 spare = std::max<sal_Int32>(height - fixed_height(), 0);
  sal_Int32 y = kMargin;
  for (const Row& row : rows_) {
    const sal_Int32 row_height = row.height > 0 ? row.height : kStretchMinimum + spare;
    int weights = 0;
    for (const auto& cell : row.cells) weights += cell.second;
    sal_Int32 x = kMargin;
    const sal_Int32 gaps = kGap * static_cast<sal_Int32>(row.cells.size() - 1);
    for (const auto& [name, weight] : row.cells) {
      const sal_Int32 cell_width = (inner - gaps) * weight / std::max(weights, 1);
      Reference<css::awt::XWindow> control(peer(name), UNO_QUERY);
      if (control.is()) control->setPosSize(x, y, cell_width, row_height, css::awt::PosSize::POSSIZE);
      x += cell_width + kGap;
    }
    y += row_height + kGap;
  }
}

sal_Int16 PanelBase::getType() { return css::ui::UIElementType::TOOLPANEL; }

Reference<css::awt::XWindow> PanelBase::getWindow() {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  return window_;
}

Reference<css::accessibility::XAccessible> PanelBase::createAccessible(
    const Reference<css::accessibility::XAccessible>& /*parent*/) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  return Reference<css::accessibility::XAccessible>(window_, UNO_QUERY);
}

css::ui::LayoutSize PanelBase::getHeightForWidth(sal_Int32 /*width*/) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  const sal_Int32 minimum = fixed_height();
  const bool stretches = std::any_of(rows_.begin(), rows_.end(), [](const Row& row) { return row.height == 0; });
  return css::ui::LayoutSize(minimum, stretches ? -1 : minimum, stretches ? minimum + 260 : minimum);
}

void PanelBase::windowResized(const css::awt::WindowEvent& event) {
  const sal_Int32 width = event.Width, height = event.Height;
  post([this, width, height] { layout(width, height); });
}

void PanelBase::actionPerformed(const css::awt::ActionEvent& event) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  if (disposed_) return;
  const std::string name = name_of(event.Source);
  if (!name.empty()) run_handler([&] { on_action(name); });
}

void PanelBase::itemStateChanged(const css::awt::ItemEvent& event) {
  const Reference<css::uno::XInterface> source = event.Source;
  const sal_Int32 selected = event.Selected;
  post([this, source, selected] {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    if (disposed_) return;
    const std::string name = name_of(source);
    if (!name.empty()) run_handler([&] { on_item(name, selected); });
  });
}

void PanelBase::post_event(std::function<void()> handler) {
  post([this, handler = std::move(handler)] {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    if (disposed_) return;
    run_handler(handler);
  });
}

void PanelBase::post(std::function<void()> handler) {
  if (!events_started_ || !async_.is()) return;
  {
    std::lock_guard<std::mutex> lock(queue_mutex_);
    queued_.push_back(std::move(handler));
  }
  try {
    // One callback per event: each runs whatever is queued by then, so order is kept and a
    // callback finding the queue empty does nothing. The callback holds this panel alive.
    async_->addCallback(this, css::uno::Any());
  } catch (const css::uno::Exception&) {
    // the office is going away: the event is dropped
  }
}

void PanelBase::notify(const css::uno::Any& /*data*/) {
  for (;;) {
    std::function<void()> handler;
    {
      std::lock_guard<std::mutex> lock(queue_mutex_);
      if (queued_.empty()) return;
      handler = std::move(queued_.front());
      queued_.pop_front();
    }
    run_handler(handler);
  }
}

void PanelBase::run_handler(const std::function<void()>& handler) noexcept {
  try {
    handler();
  } catch (const css::lang::DisposedException&) {
    // a control disposed meanwhile (the sidebar closing): nothing left to update
  } catch (const css::uno::Exception& e) {
    show_failure(check_failed_message(reason_of(e), language_));
  } catch (const std::exception& e) {
    show_failure(check_failed_message(from_utf8(e.what()), language_));
  } catch (...) {
    show_failure(check_failed_message(OUString(), language_));
  }
}

void PanelBase::show_failure(const OUString& message) noexcept {
  try {
    if (Reference<css::awt::XFixedText> status = control<css::awt::XFixedText>("status"); status.is())
      status->setText(message);
  } catch (...) {
    // the panel is going away: there is nowhere left to say it
  }
}

OUString PanelBase::label(const char* code, const std::vector<std::pair<std::string, std::string>>& arguments) const {
  return from_utf8(core::ui_label(code, language_, arguments));
}

OUString PanelBase::exception_text(const css::uno::Exception& e) const {
  return label("error_prefix", {{"message", to_utf8(e.Message)}});
}

css::uno::Any PanelBase::getByName(const OUString& name) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  Reference<css::awt::XWindowPeer> found = peer(to_utf8(name));
  if (!found.is()) throw css::container::NoSuchElementException("Jixiao panel: no control " + name, *this);
  return css::uno::Any(found);
}

Sequence<OUString> PanelBase::getElementNames() {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  Sequence<OUString> names(static_cast<sal_Int32>(controls_.size()));
  for (std::size_t i = 0; i < controls_.size(); ++i) names.getArray()[i] = from_utf8(controls_[i].first);
  return names;
}

sal_Bool PanelBase::hasByName(const OUString& name) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  return peer(to_utf8(name)).is();
}

css::uno::Type PanelBase::getElementType() { return cppu::UnoType<css::awt::XWindowPeer>::get(); }

void PanelBase::dispose() {
  std::vector<Reference<css::lang::XEventListener>> listeners;
  std::vector<std::pair<std::string, Reference<css::awt::XWindowPeer>>> controls;
  Reference<css::awt::XWindow> window;
  // Taken out under the lock (waiting for a running action to finish), disposed outside it:
  // disposing a control needs VCL's own lock, which the main thread may hold while it waits for
  // ours.
  {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    if (disposed_) return;
    disposed_ = true;
    listeners.swap(listeners_);
    controls.swap(controls_);
    window = std::move(window_);
    frame_.clear();
  }
  Reference<css::uno::XInterface> self(static_cast<cppu::OWeakObject*>(this));
  try {
    if (window.is()) window->removeWindowListener(this);
    for (auto& [name, peer] : controls) {
      if (Reference<css::awt::XButton> button{peer, UNO_QUERY}; button.is()) button->removeActionListener(this);
      if (Reference<css::awt::XListBox> list{peer, UNO_QUERY}; list.is()) list->removeItemListener(this);
      if (Reference<css::awt::XCheckBox> box{peer, UNO_QUERY}; box.is()) box->removeItemListener(this);
      Reference<css::lang::XComponent>(peer, UNO_QUERY_THROW)->dispose();
    }
    if (Reference<css::lang::XComponent> component{window, UNO_QUERY}; component.is()) component->dispose();
  } catch (const css::uno::Exception&) {
    // the sidebar is going away with its windows: nothing left to release
  }
  const css::lang::EventObject event(self);
  for (const auto& listener : listeners) {
    try {
      listener->disposing(event);
    } catch (const css::uno::Exception&) {
    }
  }
}

void PanelBase::addEventListener(const Reference<css::lang::XEventListener>& listener) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  if (disposed_) throw css::lang::DisposedException();
  listeners_.push_back(listener);
}

void PanelBase::removeEventListener(const Reference<css::lang::XEventListener>& listener) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  std::erase(listeners_, listener);
}

}  // namespace jixiao::uno
