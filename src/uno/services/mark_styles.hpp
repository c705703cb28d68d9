// Jixiao's mark styles in a document's CellStyles family (see core/outputs/highlight_marks.hpp), created
// and removed as part of an undo step. Creating or removing a style through the API is not
// undoable in LibreOffice 7.4, and a cell whose style was removed is left pointing at nothing
// (its style reads as ""), so an undo of a clearing would lose the cells' styles: each creation
// and removal adds an undo action of its own (MarkStylesAction) that does the opposite on undo.
#pragma once

#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <vector>

#include "uno/common/strings.hpp"

namespace jixiao::uno {

struct MarkStyleSpec {
  OUString name;
  OUString parent;
  sal_Int32 background = 0;
};

class MarkStyles {
 public:
  explicit MarkStyles(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

  bool exists(const OUString& name) const;
  // The names of every mark style in the document, used or not.
  std::vector<OUString> all() const;
  // As the style is now: its parent and background.
  MarkStyleSpec spec_of(const OUString& name) const;

  // Creates the styles that do not exist yet; an undo of the step removes them again.
  void create(const std::vector<MarkStyleSpec>& styles, const css::uno::Reference<css::document::XUndoManager>& undo);
  // Removes the styles; an undo of the step creates them again.
  void remove(const std::vector<OUString>& names, const css::uno::Reference<css::document::XUndoManager>& undo);

 private:
  css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
  css::uno::Reference<css::container::XNameContainer> family_;
};

}  // namespace jixiao::uno
