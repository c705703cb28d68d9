// Reading a sheet (or a range of it) into the core's Grid in bulk, and writing
// cell edits back in blocks. No logic of the domain.
#pragma once

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/uno/Reference.hxx>
#include <vector>

#include "calc_values.hpp"
#include "core/grid.hpp"
#include "core/sheet_validation.hpp"

namespace jixiao::uno {

// The sheet's name (XNamed).
OUString sheet_name(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// A1 to the end of the sheet's used area (XUsedAreaCursor): the area a sheet's
// validation reads. Starting at A1 keeps grid and sheet coordinates equal.
css::table::CellRangeAddress used_area(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet);

// The cells of `area` as a Grid: getDataArray for the values, in blocks of rows (empty
// text -> empty cell), queryFormulaCells(FormulaResult::ERROR) for the error
// cells (their shown text, "#DIV/0!", "Err:502"), and the merged areas that
// intersect `area` (see merged_areas).
core::Grid read_grid(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet,
                     const css::table::CellRangeAddress& area);

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
