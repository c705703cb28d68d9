// Cell styles applied in bulk without losing the cells' own (direct) formatting.
//
// LibreOffice 7.4 clears a cell's direct formatting of every attribute that the applied style or
// any of its parents sets (ScPatternAttr::SetStyleSheet): a bold cell under a style that sets the
// weight, or a cell with its own background under a style with a background, lose that formatting
// when a style is applied, through the API as in the UI. So the direct formatting of the cells is
// read before and set again after, which keeps every cell exactly as it was but for its style.
#pragma once

#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <vector>

#include "uno/common/strings.hpp"

namespace jixiao::uno {

// Cells of a sheet that share one format (style and direct formatting alike), as
// XUniqueCellFormatRangesSupplier groups them: the whole sheet in few groups, read in bulk.
struct FormatGroup {
  OUString style;  // programmatic name ("Default" in every UI language)
  css::uno::Reference<css::sheet::XSheetCellRanges> ranges;
  css::uno::Sequence<css::table::CellRangeAddress> addresses;

  bool contains(sal_Int32 row, sal_Int32 column) const;
  sal_Int64 cell_count() const;
};
std::vector<FormatGroup> format_groups(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// The direct formatting of a group's cells: property names and values.
struct DirectFormatting {
  css::uno::Sequence<OUString> names;
  css::uno::Sequence<css::uno::Any> values;
};

class CellFormats {
 public:
  explicit CellFormats(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& document);

  // What the group's cells have as direct formatting, among the properties a cell style sets.
  DirectFormatting direct_formatting(const FormatGroup& group) const;

  // A new, empty SheetCellRanges of the document holding `addresses` (one sheet's).
  css::uno::Reference<css::sheet::XSheetCellRanges> ranges(
      const std::vector<css::table::CellRangeAddress>& addresses) const;

  // Applies `style` to `cells` (one undoable action, however many ranges).
  void apply_style(const css::uno::Reference<css::sheet::XSheetCellRanges>& cells, const OUString& style) const;

  // Sets `kept` on `cells` again after a style was applied (see the top of this file).
  void restore(const css::uno::Reference<css::sheet::XSheetCellRanges>& cells, const DirectFormatting& kept) const;

 private:
  css::uno::Reference<css::sheet::XSpreadsheetDocument> document_;
  css::uno::Sequence<OUString> formatting_properties_;
};

}  // namespace jixiao::uno
