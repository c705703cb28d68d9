// What every service that changes a document checks and does around the change: refuse a
// read-only document or a protected sheet before anything changes, and make the whole change one
// undo step.
#pragma once

#include <com/sun/star/document/XActionLockable.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include "uno/common/strings.hpp"

namespace jixiao::uno {

// Opened read-only (the model's ReadOnly argument) or not storable.
bool is_read_only(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Sheet protection (Tools > Protect Sheet) is on.
bool is_protected(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// The document a sheet belongs to. A sheet has no parent in the API; its draw page's forms
// container does (XChild), and asking for it changes nothing in the document (not even its
// modified flag).
css::uno::Reference<css::sheet::XSpreadsheetDocument> document_of(
    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Document structure protection (Tools > Protect Spreadsheet Structure): no sheet can be added.
bool is_structure_protected(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// Undo context that is left on every path, exceptions included: whatever the service does while
// it lives is one undo step named `title` (or part of the caller's step when one is open).
// Holds the document's action lock while it lives (XActionLockable): Calc then repaints and
// adjusts row heights once at the end rather than after each of many style or value writes.
class ActionLock {
 public:
  explicit ActionLock(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);
  ~ActionLock();
  ActionLock(const ActionLock&) = delete;
  ActionLock& operator=(const ActionLock&) = delete;

 private:
  css::uno::Reference<css::document::XActionLockable> lockable_;
};

class UndoContext {
 public:
  UndoContext(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& title);
  ~UndoContext();
  UndoContext(const UndoContext&) = delete;
  UndoContext& operator=(const UndoContext&) = delete;

  // The document's undo manager, to add actions of our own to the step (empty if it has none).
  const css::uno::Reference<css::document::XUndoManager>& manager() const { return manager_; }

  // Leaves the context and undoes what was done in it, if anything: for a failure half-way, so
  // that a refused or failed edit changes nothing. (Inside a caller's open step the undo is not
  // possible; the caller's own failure handling then decides.)
  void roll_back();

 private:
  css::uno::Reference<css::document::XUndoManager> manager_;
  sal_Int32 depth_before_ = 0;
  bool open_ = false;
};

}  // namespace jixiao::uno
