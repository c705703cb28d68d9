#include "uno/common/document_guard.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XChild.hpp>
#include <com/sun/star/drawing/XDrawPageSupplier.hpp>
#include <com/sun/star/form/XFormsSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XProtectable.hpp>

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

bool is_read_only(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  Reference<css::frame::XStorable> storable(document, UNO_QUERY);
  if (storable.is() && storable->isReadonly()) return true;
  Reference<css::frame::XModel> model(document, UNO_QUERY);
  if (!model.is()) return false;
  const css::uno::Sequence<css::beans::PropertyValue> args = model->getArgs();
  for (const auto& arg : args) {
    bool value = false;
    if (arg.Name == "ReadOnly" && (arg.Value >>= value) && value) return true;
  }
  return false;
}

bool is_protected(const Reference<css::sheet::XSpreadsheet>& sheet) {
  Reference<css::util::XProtectable> protectable(sheet, UNO_QUERY);
  return protectable.is() && protectable->isProtected();
}

Reference<css::sheet::XSpreadsheetDocument> document_of(const Reference<css::sheet::XSpreadsheet>& sheet) {
  Reference<css::drawing::XDrawPageSupplier> page(sheet, UNO_QUERY_THROW);
  // Marked deprecated in the IDL, yet a sheet's only way to its draw page in 7.4.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  Reference<css::form::XFormsSupplier> forms(page->getDrawPage(), UNO_QUERY_THROW);
#pragma GCC diagnostic pop
  Reference<css::container::XChild> child(forms->getForms(), UNO_QUERY_THROW);
  return Reference<css::sheet::XSpreadsheetDocument>(child->getParent(), UNO_QUERY_THROW);
}

bool is_structure_protected(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  Reference<css::util::XProtectable> protectable(document, UNO_QUERY);
  return protectable.is() && protectable->isProtected();
}

ActionLock::ActionLock(const Reference<css::sheet::XSpreadsheetDocument>& document)
    : lockable_(document, css::uno::UNO_QUERY) {
  if (lockable_.is()) lockable_->addActionLock();
}

ActionLock::~ActionLock() {
  try {
    if (lockable_.is()) lockable_->removeActionLock();
  } catch (const css::uno::Exception&) {
    // the document closed meanwhile: nothing left to unlock
  }
}

UndoContext::UndoContext(const Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& title) {
  Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
  if (supplier.is()) manager_ = supplier->getUndoManager();
  if (!manager_.is()) return;
  depth_before_ = manager_->getAllUndoActionTitles().getLength();
  manager_->enterUndoContext(title);
  open_ = true;
}

UndoContext::~UndoContext() {
  try {
    if (open_) manager_->leaveUndoContext();
  } catch (...) {
  }
}

void UndoContext::roll_back() {
  if (!open_) return;
  open_ = false;
  try {
    manager_->leaveUndoContext();
    // An empty context adds no step: undo only when this one added one.
    if (manager_->getAllUndoActionTitles().getLength() > depth_before_) manager_->undo();
  } catch (...) {
  }
}

}  // namespace jixiao::uno
