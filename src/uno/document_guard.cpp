#include "document_guard.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/util/XProtectable.hpp>

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;

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

bool is_structure_protected(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  Reference<css::util::XProtectable> protectable(document, UNO_QUERY);
  return protectable.is() && protectable->isProtected();
}

UndoContext::UndoContext(const Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& title) {
  Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
  if (supplier.is()) manager_ = supplier->getUndoManager();
  if (manager_.is()) manager_->enterUndoContext(title);
}

UndoContext::~UndoContext() {
  try {
    if (manager_.is()) manager_->leaveUndoContext();
  } catch (...) {
  }
}

}  // namespace jixiao::uno
