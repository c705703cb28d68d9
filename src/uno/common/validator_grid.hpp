// Reading a sheet (or a range of it) into the core's Grid in bulk, and writing
// cell edits back in blocks. No logic of the domain.
#pragma once

#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <vector>

#include "uno/common/strings.hpp"
#include "core/sheet/grid.hpp"
#include "core/sheet/sheet_validation.hpp"

namespace jixiao::uno {

// `object` when Calc gave one. Calc returns null references, rather than throwing, from a sheet
// of a document closed meanwhile (from another thread or connection, during the check); calling
// through one would crash the office, so this throws DisposedException instead.
template <class Interface>
css::uno::Reference<Interface> present(css::uno::Reference<Interface> object, const char* what) {
  if (!object.is())
    throw css::lang::DisposedException(OUString::createFromAscii("the document is no longer available (no ") +
                                       OUString::createFromAscii(what) + OUString::createFromAscii(")"));
  return object;
}

// The sheet's name (XNamed).
OUString sheet_name(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// A1 to the end of the sheet's used area (XUsedAreaCursor): the area a sheet's
// validation reads. Starting at A1 keeps grid and sheet coordinates equal.
css::table::CellRangeAddress used_area(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// The cells of `area` as a Grid, at most core::max_grid_cells of them (the
// top-left part, see core::checked_area): getDataArray in bands of rows for
// the values (empty text -> empty cell), queryContentCells(FORMULA) and one
// getFormulaArray per range of formula cells for the formulas,
// queryFormulaCells(FormulaResult::ERROR) for the error cells (their shown
// text, "#DIV/0!", "Err:502"), and the merged areas and number formats that
// intersect it (sheet_formats, with the document's NumberFormats and NullDate
// reached through document_of).
core::Grid read_grid(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                     const css::table::CellRangeAddress& area);

// The merged areas and the number formats (other than General) of a sheet, in sheet coordinates.
struct SheetFormats {
  std::vector<core::Merge> merges;
  std::vector<core::NumberFormat> number_formats;
  std::vector<core::FormatArea> format_areas;  // index into number_formats
};

// Bulk, as merged_areas below: one NumberFormat read per group of identically formatted cells,
// and one lookup in `formats` per distinct key (no formats: no number formats are read).
SheetFormats sheet_formats(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                           const css::uno::Reference<css::util::XNumberFormats>& formats);

// Every merged area of the sheet, in sheet coordinates. Bulk: the sheet's
// unique cell format ranges (XUniqueCellFormatRangesSupplier) group cells with
// identical attributes, and a merge origin's attributes include its span, so
// one XMergeable::getIsMerged call per group finds the groups of merge origins
// and one collapseToMergedArea per such group gives the span of all of them.
std::vector<core::Merge> merged_areas(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// Writes the edits that change a cell (compared with `before`, the grid the
// edits were computed from), each through its cell object so every write is
// undoable; returns the number of cells changed.
int write_edits(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, const core::Grid& before,
                std::vector<core::CellEdit> edits);

}  // namespace jixiao::uno
