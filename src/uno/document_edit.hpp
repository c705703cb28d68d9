// What every explicit change of the user's document shares: finding the
// document of a sheet, refusing read-only documents, and making the change
// exactly one undo step. No logic of the domain.
#pragma once

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include "calc_values.hpp"

namespace jixiao::uno {

// Opened read-only (XStorable::isReadonly or the ReadOnly load argument).
bool is_read_only(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

// The document a sheet belongs to. A sheet has no parent in the API; its draw
// page's forms container does (XChild), and asking for it changes nothing in
// the document (not even its modified flag).
css::uno::Reference<css::sheet::XSpreadsheetDocument> document_of(
    const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Undo context that is left on every path, exceptions included: whatever is
// done while it lives is one undo step.
class UndoContext {
 public:
  UndoContext(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document, const OUString& title);
  ~UndoContext();
  UndoContext(const UndoContext&) = delete;
  UndoContext& operator=(const UndoContext&) = delete;

  // Leaves the context and undoes what was done in it, if anything: for a
  // failure half-way, so that a refused or failed edit changes nothing.
  void roll_back();

 private:
  css::uno::Reference<css::document::XUndoManager> manager_;
  sal_Int32 depth_before_ = 0;
  bool open_ = false;
};

}  // namespace jixiao::uno
