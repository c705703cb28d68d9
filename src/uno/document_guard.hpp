// What every service that changes a document checks and does around the change: refuse a
// read-only document or a protected sheet before anything changes, and make the whole change one
// undo step.
#pragma once

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "calc_values.hpp"

namespace jixiao::uno {

// Opened read-only (the model's ReadOnly argument) or not storable.
bool is_read_only(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Sheet protection (Tools > Protect Sheet) is on.
bool is_protected(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Document structure protection (Tools > Protect Spreadsheet Structure): no sheet can be added.
bool is_structure_protected(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Undo context that is left on every path, exceptions included: whatever the service does while
// it lives is one undo step named `title` (or part of the caller's step when one is open).
class UndoContext {
 public:
  UndoContext(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& title);
  ~UndoContext();
  UndoContext(const UndoContext&) = delete;
  UndoContext& operator=(const UndoContext&) = delete;

  // The document's undo manager, to add actions of our own to the step (empty if it has none).
  const css::uno::Reference<css::document::XUndoManager>& manager() const { return manager_; }

 private:
  css::uno::Reference<css::document::XUndoManager> manager_;
};

}  // namespace jixiao::uno
