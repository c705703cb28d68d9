#include "sidebar_panel.hpp"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowClass.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <org/jixiao/XValidator.hpp>

#include "validator_service.hpp"

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr sal_Int32 kMargin = 6;
constexpr sal_Int32 kButtonHeight = 26;
constexpr sal_Int32 kLabelHeight = 18;
constexpr sal_Int32 kListMinHeight = 120;

Reference<css::awt::XWindowPeer> create_window(const Reference<css::awt::XToolkit2>& toolkit,
                                               const Reference<css::awt::XWindowPeer>& parent,
                                               css::awt::WindowClass type, const char* service,
                                               sal_Int32 attributes) {
  css::awt::WindowDescriptor descriptor;
  descriptor.Type = type;
  descriptor.WindowServiceName = OUString::createFromAscii(service);
  descriptor.Parent = parent;
  descriptor.ParentIndex = -1;
  descriptor.Bounds = css::awt::Rectangle(0, 0, 200, 200);
  descriptor.WindowAttributes = attributes;
  return toolkit->createWindow(descriptor);
}

// Presentation words for the severity codes of org.jixiao.Finding.
OUString severity_word(const OUString& code, core::Language language) {
  const bool zh = language == core::Language::zh_cn;
  if (code == "error") return zh ? from_utf8("严重") : OUString("Error");
  if (code == "warning") return zh ? from_utf8("警告") : OUString("Warning");
  return zh ? from_utf8("提示") : OUString("Info");
}

OUString counts_text(sal_Int32 errors, sal_Int32 warnings, sal_Int32 infos, core::Language language) {
  const bool zh = language == core::Language::zh_cn;
  return (zh ? from_utf8("严重 ") : OUString("Errors ")) + OUString::number(errors) + from_utf8(" · ") +
         (zh ? from_utf8("警告 ") : OUString("Warnings ")) + OUString::number(warnings) + from_utf8(" · ") +
         (zh ? from_utf8("提示 ") : OUString("Info ")) + OUString::number(infos);
}

}  // namespace

FindingsPanel::FindingsPanel(const Reference<css::uno::XComponentContext>& context,
                             const Reference<css::frame::XFrame>& frame,
                             const Reference<css::awt::XWindowPeer>& parent, const OUString& resource_url)
    : context_(context), frame_(frame), resource_url_(resource_url) {
  Reference<css::awt::XToolkit2> toolkit = css::awt::Toolkit::create(context_);
  const sal_Int32 shown = css::awt::WindowAttribute::SHOW;
  Reference<css::awt::XWindowPeer> container =
      create_window(toolkit, parent, css::awt::WindowClass_CONTAINER, "window", shown);
  window_.set(container, UNO_QUERY_THROW);
  button_.set(create_window(toolkit, container, css::awt::WindowClass_SIMPLE, "pushbutton", shown), UNO_QUERY_THROW);
  counts_.set(create_window(toolkit, container, css::awt::WindowClass_SIMPLE, "fixedtext", shown), UNO_QUERY_THROW);
  // No WindowAttribute::BORDER: with it the container lists a plain window in
  // place of the list box (XVclContainer::getWindows), which the tests use.
  list_.set(create_window(toolkit, container, css::awt::WindowClass_SIMPLE, "listbox", shown), UNO_QUERY_THROW);
  button_->setLabel(from_utf8("检查 Validate"));
  counts_->setText(OUString());
  button_->addActionListener(this);
  list_->addItemListener(this);
  window_->addWindowListener(this);
  const css::awt::Rectangle size = Reference<css::awt::XWindow>(parent, UNO_QUERY_THROW)->getPosSize();
  layout(size.Width > 0 ? size.Width : 240, size.Height > 0 ? size.Height : 400);
}

sal_Int16 FindingsPanel::getType() { return css::ui::UIElementType::TOOLPANEL; }

Reference<css::accessibility::XAccessible> FindingsPanel::createAccessible(
    const Reference<css::accessibility::XAccessible>& /*parent*/) {
  return Reference<css::accessibility::XAccessible>(window_, UNO_QUERY);
}

css::ui::LayoutSize FindingsPanel::getHeightForWidth(sal_Int32 /*width*/) {
  const sal_Int32 minimum = 3 * kMargin + kButtonHeight + kLabelHeight + kListMinHeight;
  return css::ui::LayoutSize(minimum, -1, minimum + 240);
}

void FindingsPanel::layout(sal_Int32 width, sal_Int32 height) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  if (disposed_ || !window_.is()) return;
  const sal_Int32 inner = std::max<sal_Int32>(width - 2 * kMargin, 40);
  Reference<css::awt::XWindow>(button_, UNO_QUERY_THROW)
      ->setPosSize(kMargin, kMargin, std::min<sal_Int32>(inner, 160), kButtonHeight, css::awt::PosSize::POSSIZE);
  sal_Int32 y = kMargin + kButtonHeight + kMargin;
  Reference<css::awt::XWindow>(counts_, UNO_QUERY_THROW)
      ->setPosSize(kMargin, y, inner, kLabelHeight, css::awt::PosSize::POSSIZE);
  y += kLabelHeight + kMargin;
  Reference<css::awt::XWindow>(list_, UNO_QUERY_THROW)
      ->setPosSize(kMargin, y, inner, std::max<sal_Int32>(height - y - kMargin, kListMinHeight),
                   css::awt::PosSize::POSSIZE);
}

void FindingsPanel::windowResized(const css::awt::WindowEvent& event) { layout(event.Width, event.Height); }

void FindingsPanel::actionPerformed(const css::awt::ActionEvent& /*event*/) { validate(); }

void FindingsPanel::itemStateChanged(const css::awt::ItemEvent& event) { select_entry(event.Selected); }

void FindingsPanel::validate() {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  if (disposed_ || !frame_.is()) return;
  const core::Language language = ui_language(context_);
  try {
    Reference<css::sheet::XSpreadsheetView> view(frame_->getController(), UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheet> sheet = view->getActiveSheet();
    Reference<org::jixiao::XValidator> validator(
        context_->getServiceManager()->createInstanceWithContext("org.jixiao.Validator", context_), UNO_QUERY_THROW);
    const Sequence<org::jixiao::Finding> findings = validator->validateSheet(sheet, OUString(), OUString());
    sal_Int32 errors = 0, warnings = 0, infos = 0;
    std::vector<Entry> entries;
    Sequence<OUString> lines(findings.getLength());
    for (sal_Int32 i = 0; i < findings.getLength(); ++i) {
      const auto& f = findings[i];
      if (f.Severity == "error") ++errors;
      else if (f.Severity == "warning") ++warnings;
      else ++infos;
      lines.getArray()[i] = severity_word(f.Severity, language) + " " + f.Cell + " " + f.Message;
      entries.push_back(Entry{f.Cell});
    }
    sheet_ = sheet;
    entries_ = std::move(entries);
    list_->removeItems(0, list_->getItemCount());
    list_->addItems(lines, 0);
    counts_->setText(counts_text(errors, warnings, infos, language));
  } catch (const css::uno::Exception& e) {
    list_->removeItems(0, list_->getItemCount());
    entries_.clear();
    counts_->setText(e.Message);
  }
}

void FindingsPanel::select_entry(sal_Int32 index) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  if (disposed_ || index < 0 || index >= static_cast<sal_Int32>(entries_.size()) || !sheet_.is()) return;
  try {
    Reference<css::view::XSelectionSupplier> selection(frame_->getController(), UNO_QUERY_THROW);
    selection->select(css::uno::Any(sheet_->getCellRangeByName(entries_[index].cell)));
  } catch (const css::uno::Exception&) {
    // the sheet was removed or the cell no longer exists: nothing to select
  }
}

void FindingsPanel::dispose() {
  std::vector<Reference<css::lang::XEventListener>> listeners;
  // Taken out under the lock (waiting for a running validation to finish), disposed outside it:
  // disposing a control needs VCL's own lock, which the main thread may hold while it waits
  // for ours.
  Reference<css::awt::XButton> button;
  Reference<css::awt::XFixedText> counts;
  Reference<css::awt::XListBox> list;
  Reference<css::awt::XWindow> window;
  {
    std::lock_guard<std::recursive_mutex> lock(mutex_);
    if (disposed_) return;
    disposed_ = true;
    listeners.swap(listeners_);
    button = std::move(button_);
    counts = std::move(counts_);
    list = std::move(list_);
    window = std::move(window_);
    sheet_.clear();
    frame_.clear();
  }
  Reference<css::uno::XInterface> self(static_cast<cppu::OWeakObject*>(this));
  try {
    if (button.is()) button->removeActionListener(this);
    if (list.is()) list->removeItemListener(this);
    if (window.is()) window->removeWindowListener(this);
    for (const Reference<css::uno::XInterface>& part :
         {Reference<css::uno::XInterface>(button), Reference<css::uno::XInterface>(counts),
          Reference<css::uno::XInterface>(list), Reference<css::uno::XInterface>(window)}) {
      Reference<css::lang::XComponent> component(part, UNO_QUERY);
      if (component.is()) component->dispose();
    }
  } catch (const css::uno::Exception&) {
  }
  const css::lang::EventObject event(self);
  for (const auto& listener : listeners) {
    try {
      listener->disposing(event);
    } catch (const css::uno::Exception&) {
    }
  }
}

void FindingsPanel::addEventListener(const Reference<css::lang::XEventListener>& listener) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  if (disposed_) throw css::lang::DisposedException();
  listeners_.push_back(listener);
}

void FindingsPanel::removeEventListener(const Reference<css::lang::XEventListener>& listener) {
  std::lock_guard<std::recursive_mutex> lock(mutex_);
  std::erase(listeners_, listener);
}

void FindingsPanel::disposing(const css::lang::EventObject& /*event*/) {
  // One of our controls is going away with its parent: stop using them.
}

}  // namespace jixiao::uno
