#include "uno/common/validator_grid.hpp"

#include <algorithm>
#include <optional>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XMergeable.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "core/sheet/cell_display.hpp"
#include "uno/common/document_guard.hpp"

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

OUString sheet_name(const Reference<css::sheet::XSpreadsheet>& sheet) {
  return Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName();
}

css::table::CellRangeAddress used_area(const Reference<css::sheet::XSpreadsheet>& sheet) {
  Reference<css::sheet::XSheetCellCursor> cursor = present(present(sheet, "sheet")->createCursor(), "cursor");
  Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
  used->gotoStartOfUsedArea(false);
  used->gotoEndOfUsedArea(true);
  css::table::CellRangeAddress area =
      Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
  area.StartColumn = 0;
  area.StartRow = 0;
  return area;
}

namespace {

// For the benchmarks (bench/run.py): with JIXIAO_READ_TIMINGS naming a file, each read_grid
// appends how long each of its bulk reads took, so that what reading the formats costs is
// measured inside the office, not guessed from a client.
class ReadTimings {
 public:
  ReadTimings() {
    if (const char* path = std::getenv("JIXIAO_READ_TIMINGS")) path_ = path;
  }
  void lap(const char* what) {
    if (path_.empty()) return;
    const auto now = std::chrono::steady_clock::now();
    line_ += std::string(line_.empty() ? "" : "\t") + what + "=" +
             std::to_string(std::chrono::duration<double, std::milli>(now - last_).count());
    last_ = now;
  }
  ~ReadTimings() {
    if (path_.empty()) return;
    if (std::FILE* file = std::fopen(path_.c_str(), "a")) {
      std::fprintf(file, "%s\n", line_.c_str());
      std::fclose(file);
    }
  }

 private:
  std::string path_;
  std::string line_;
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// Rows read by one getDataArray call: small enough that the UNO copy of a block (an Any and an
// OUString a cell) stays small next to the grid (BENCHMARKS.md).
constexpr sal_Int32 kRowsPerRead = 8192;

std::size_t cell_index(const core::Grid& grid, int row, int column) {
  return static_cast<std::size_t>(row) * static_cast<std::size_t>(grid.columns) + static_cast<std::size_t>(column);
}

Reference<css::table::XCellRange> range_of(const Reference<css::sheet::XSpreadsheet>& sheet,
                                           const css::table::CellRangeAddress& a) {
  return present(sheet->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow), "cell range");
}

core::CellValue to_core(const css::uno::Any& value) {
  if (OUString text; value >>= text) {
    if (text.isEmpty()) return core::CellValue{};
    return core::CellValue{to_utf8(text)};
  }
  if (double number = 0; value >>= number) return core::CellValue{number};
  return core::CellValue{};  // void: an error cell, reported in Grid::errors
}

}  // namespace

namespace {

// The number format of a key as the core sees it: its kind from the format's Type flags
// (com.sun.star.util.NumberFormat) and its code. Keys are per document; callers cache them.
core::NumberFormat number_format_of(const Reference<css::util::XNumberFormats>& formats, sal_Int32 key) {
  core::NumberFormat format;
  Reference<css::beans::XPropertySet> properties;
  try {
    properties = formats->getByKey(key);
  } catch (const css::uno::Exception&) {
    return format;  // an unknown key shows as General
  }
  if (!properties.is()) return format;
  sal_Int16 type = 0;
  OUString code;
  properties->getPropertyValue("Type") >>= type;
  properties->getPropertyValue("FormatString") >>= code;
  namespace NF = css::util::NumberFormat;
  using core::FormatKind;
  if ((type & NF::DATETIME) == NF::DATETIME) format.kind = FormatKind::date_time;
  else if (type & NF::DATE) format.kind = FormatKind::date;
  else if (type & NF::TIME) format.kind = FormatKind::time;
  else if (type & NF::PERCENT) format.kind = FormatKind::percent;
  else if (type & NF::CURRENCY) format.kind = FormatKind::currency;
  else if (type & NF::SCIENTIFIC) format.kind = FormatKind::scientific;
  else if (type & NF::FRACTION) format.kind = FormatKind::fraction;
  else if (type & NF::LOGICAL) format.kind = FormatKind::boolean;
  else if (type & NF::TEXT) format.kind = FormatKind::text;
  else if (type & NF::NUMBER) format.kind = FormatKind::number;
  format.code = to_utf8(code);
  // "General" (en-US) and its localized names fix nothing: the cell shows as General.
  if (format.kind == FormatKind::number && core::format_decimals(format.code) < 0) format.kind = FormatKind::general;
  return format;
}

}  // namespace

SheetFormats sheet_formats(const Reference<css::sheet::XSpreadsheet>& sheet,
                           const Reference<css::util::XNumberFormats>& formats) {
  SheetFormats result;
  Reference<css::sheet::XUniqueCellFormatRangesSupplier> supplier(sheet, UNO_QUERY);
  if (!supplier.is()) return result;
  std::map<sal_Int32, int> format_index;  // number format key -> index into result.number_formats
  Reference<css::container::XIndexAccess> groups = present(supplier->getUniqueCellFormatRanges(), "format ranges");
  for (sal_Int32 g = 0; g < groups->getCount(); ++g) {
    Reference<css::sheet::XSheetCellRanges> ranges(groups->getByIndex(g), UNO_QUERY);
    if (!ranges.is()) continue;
    const css::uno::Sequence<css::table::CellRangeAddress> addresses = ranges->getRangeAddresses();
    if (addresses.getLength() == 0) continue;
    const auto& first = addresses[0];
    Reference<css::table::XCellRange> origin =
        sheet->getCellRangeByPosition(first.StartColumn, first.StartRow, first.StartColumn, first.StartRow);

    // Every cell of a group has the same attributes, so one number format per group.
    if (formats.is()) {
      sal_Int32 key = 0;
      Reference<css::beans::XPropertySet> group_properties(origin, UNO_QUERY);
      if (group_properties.is() && (group_properties->getPropertyValue("NumberFormat") >>= key)) {
        auto [at, added] = format_index.try_emplace(key, -1);
        if (added) {
          core::NumberFormat format = number_format_of(formats, key);
          if (format.kind != core::FormatKind::general) {
            at->second = static_cast<int>(result.number_formats.size());
            result.number_formats.push_back(std::move(format));
          }
        }
        if (at->second >= 0)
          for (const auto& a : addresses)
            result.format_areas.push_back({a.StartRow, a.StartColumn, a.EndRow, a.EndColumn, at->second});
      }
    }

    Reference<css::util::XMergeable> mergeable(origin, UNO_QUERY);
    if (!mergeable.is() || !mergeable->getIsMerged()) continue;  // true only on a merge's top-left cell
    Reference<css::sheet::XSheetCellCursor> cursor = present(
        sheet->createCursorByRange(Reference<css::sheet::XSheetCellRange>(origin, UNO_QUERY_THROW)), "cursor");
    cursor->collapseToMergedArea();
    const auto span = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
    const int rows = span.EndRow - span.StartRow;
    const int columns = span.EndColumn - span.StartColumn;
    for (const auto& a : addresses)
      for (sal_Int32 r = a.StartRow; r <= a.EndRow; ++r)
        for (sal_Int32 c = a.StartColumn; c <= a.EndColumn; ++c)
          result.merges.push_back(core::Merge{r, c, r + rows, c + columns});
  }
  std::sort(result.merges.begin(), result.merges.end(), [](const core::Merge& x, const core::Merge& y) {
    return std::pair(x.first_row, x.first_column) < std::pair(y.first_row, y.first_column);
  });
  return result;
}

std::vector<core::Merge> merged_areas(const Reference<css::sheet::XSpreadsheet>& sheet) {
  return sheet_formats(sheet, {}).merges;
}

namespace {

// The document's number formats and its null date (Tools > Options > Calc > Calculate), or
// nothing when the sheet's document cannot be reached (every cell then shows as General).
struct DocumentFormats {
  Reference<css::util::XNumberFormats> formats;
  int null_date_offset = 0;
};

DocumentFormats document_formats(const Reference<css::sheet::XSpreadsheet>& sheet) {
  DocumentFormats result;
  try {
    Reference<css::sheet::XSpreadsheetDocument> document = document_of(sheet);
    Reference<css::util::XNumberFormatsSupplier> supplier(document, UNO_QUERY);
    if (supplier.is()) result.formats = supplier->getNumberFormats();
    Reference<css::beans::XPropertySet> properties(document, UNO_QUERY);
    css::util::Date null_date;
    if (properties.is() && (properties->getPropertyValue("NullDate") >>= null_date))
      result.null_date_offset = core::days_from_1899_12_30(null_date.Year, null_date.Month, null_date.Day);
  } catch (const css::uno::RuntimeException&) {
    throw;  // a document closed meanwhile: the caller's check-failed
  } catch (const css::uno::Exception&) {
  }
  return result;
}

// An empty grid of the area's size, at most what a Grid may hold: a used area may be a billion
// cells (one stray value in AMJ1048576), and the core reports the rest (area-too-large).
core::Grid sized_grid(const Reference<css::sheet::XSpreadsheet>& sheet, const css::table::CellRangeAddress& area) {
  core::Grid grid;
  grid.sheet = to_utf8(sheet_name(present(sheet, "sheet")));
  grid.origin_row = area.StartRow;
  grid.origin_column = area.StartColumn;
  const long long full_rows = std::max(area.EndRow - area.StartRow + 1, 0);
  const long long full_columns = std::max(area.EndColumn - area.StartColumn + 1, 0);
  const core::AreaSize size = core::checked_area(full_rows, full_columns);
  grid.rows = size.rows;
  grid.columns = size.columns;
  if (size.rows < full_rows || size.columns < full_columns) {
    grid.full_rows = static_cast<int>(full_rows);
    grid.full_columns = static_cast<int>(full_columns);
  }
  return grid;
}

// getDataArray in bands of rows: Calc builds an Any for every cell it returns, so a band at a
// time keeps that copy small next to the grid.
void read_values(const Reference<css::sheet::XSpreadsheet>& sheet, const css::table::CellRangeAddress& checked,
                 core::Grid& grid) {
  grid.cells.assign(static_cast<std::size_t>(grid.rows) * static_cast<std::size_t>(grid.columns), core::CellValue{});
  for (sal_Int32 band = 0; band < grid.rows; band += kRowsPerRead) {
    css::table::CellRangeAddress part = checked;
    part.StartRow = checked.StartRow + band;
    part.EndRow = std::min(checked.EndRow, part.StartRow + kRowsPerRead - 1);
    const auto data = Reference<css::sheet::XCellRangeData>(range_of(sheet, part), UNO_QUERY_THROW)->getDataArray();
    for (sal_Int32 r = 0; r < data.getLength() && band + r < grid.rows; ++r)
      for (sal_Int32 c = 0; c < data[r].getLength() && c < grid.columns; ++c)
        grid.cells[cell_index(grid, band + r, c)] = to_core(data[r][c]);
  }
}

// Formula cells with their formulas: one getFormulaArray per range of formula cells (a target
// typed as "=100%" is judged by what was typed, not by its result).
void read_formulas(const Reference<css::sheet::XSpreadsheet>& sheet, const Reference<css::sheet::XCellRangesQuery>& query,
                   core::Grid& grid) {
  for (const auto& a : present(query->queryContentCells(css::sheet::CellFlags::FORMULA), "formula cells")->getRangeAddresses()) {
    const auto texts = Reference<css::sheet::XCellRangeFormula>(range_of(sheet, a), UNO_QUERY_THROW)->getFormulaArray();
    for (sal_Int32 r = a.StartRow; r <= a.EndRow; ++r)
      for (sal_Int32 c = a.StartColumn; c <= a.EndColumn; ++c) {
        const sal_Int32 i = r - a.StartRow, j = c - a.StartColumn;
        std::string formula = i < texts.getLength() && j < texts[i].getLength() ? to_utf8(texts[i][j]) : std::string();
        grid.formulas.push_back({r - grid.origin_row, c - grid.origin_column, std::move(formula)});
      }
  }
}

// Error results, each read for the text Calc shows ("#DIV/0!"), cell by cell because no bulk
// call gives that text; a sheet of errors is rare and still linear.
void read_errors(const Reference<css::sheet::XSpreadsheet>& sheet, const Reference<css::sheet::XCellRangesQuery>& query,
                 core::Grid& grid) {
  const auto error_ranges =
      present(query->queryFormulaCells(css::sheet::FormulaResult::ERROR), "error cells")->getRangeAddresses();
  for (const auto& a : error_ranges)
    for (sal_Int32 r = a.StartRow; r <= a.EndRow; ++r)
      for (sal_Int32 c = a.StartColumn; c <= a.EndColumn; ++c) {
        Reference<css::text::XText> text(sheet->getCellByPosition(c, r), UNO_QUERY);
        grid.errors.push_back(
            {r - grid.origin_row, c - grid.origin_column, text.is() ? to_utf8(text->getString()) : "#ERR"});
        grid.cells[cell_index(grid, r - grid.origin_row, c - grid.origin_column)] = core::CellValue{};
      }
}

// The part of a sheet area inside the checked area, in grid coordinates; nullopt when none.
struct GridArea {
  int first_row, first_column, last_row, last_column;
};
std::optional<GridArea> clipped(const core::Grid& grid, const css::table::CellRangeAddress& checked, int first_row,
                                int first_column, int last_row, int last_column) {
  if (last_row < checked.StartRow || first_row > checked.EndRow || last_column < checked.StartColumn ||
      first_column > checked.EndColumn)
    return std::nullopt;
  return GridArea{std::max<int>(first_row, checked.StartRow) - grid.origin_row,
                  std::max<int>(first_column, checked.StartColumn) - grid.origin_column,
                  std::min<int>(last_row, checked.EndRow) - grid.origin_row,
                  std::min<int>(last_column, checked.EndColumn) - grid.origin_column};
}

// Number formats by area (a percent-formatted 1 shows 100%) and merges, within the checked area.
void read_formats_and_merges(const Reference<css::sheet::XSpreadsheet>& sheet,
                             const css::table::CellRangeAddress& checked, core::Grid& grid) {
  const DocumentFormats document = document_formats(sheet);
  grid.null_date_offset = document.null_date_offset;
  SheetFormats formats = sheet_formats(sheet, document.formats);
  grid.number_formats = std::move(formats.number_formats);
  for (const core::FormatArea& f : formats.format_areas)
    if (const auto a = clipped(grid, checked, f.first_row, f.first_column, f.last_row, f.last_column))
      grid.format_areas.push_back({a->first_row, a->first_column, a->last_row, a->last_column, f.format});
  for (const auto& m : formats.merges)
    if (const auto a = clipped(grid, checked, m.first_row, m.first_column, m.last_row, m.last_column))
      grid.merges.push_back(core::Merge{a->first_row, a->first_column, a->last_row, a->last_column});
}

}  // namespace

core::Grid read_grid(const Reference<css::sheet::XSpreadsheet>& sheet, const css::table::CellRangeAddress& area) {
  core::Grid grid = sized_grid(sheet, area);
  if (grid.rows == 0 || grid.columns == 0) return grid;
  css::table::CellRangeAddress checked = area;
  checked.EndRow = area.StartRow + grid.rows - 1;
  checked.EndColumn = area.StartColumn + grid.columns - 1;

  ReadTimings timings;
  read_values(sheet, checked, grid);
  timings.lap("values");
  Reference<css::sheet::XCellRangesQuery> query(range_of(sheet, checked), UNO_QUERY_THROW);
  read_formulas(sheet, query, grid);
  read_errors(sheet, query, grid);
  timings.lap("formulas and errors");
  read_formats_and_merges(sheet, checked, grid);
  timings.lap("number formats and merges");
  return grid;
}

namespace {

bool same(const core::CellValue& a, const core::CellValue& b) { return a == b; }

}  // namespace

int write_edits(const Reference<css::sheet::XSpreadsheet>& sheet, const core::Grid& before,
                std::vector<core::CellEdit> edits) {
  // One edit per cell (the first wins), only those that change something.
  std::map<std::pair<int, int>, core::CellValue> wanted;
  for (auto& e : edits) {
    const int gr = e.row - before.origin_row, gc = e.column - before.origin_column;
    const bool inside = gr >= 0 && gc >= 0 && gr < before.rows && gc < before.columns;
    if (inside && same(before.at(gr, gc), e.value)) continue;
    wanted.emplace(std::pair(e.row, e.column), std::move(e.value));
  }
  // Each edited cell through its own cell object (only the edited cells, never a loop over the
  // sheet). Not setDataArray: in LibreOffice 7.4 undoing a setDataArray leaves the new content
  // in cells that were empty before it (integration.validator checks a full undo).
  for (const auto& [where, value] : wanted) {
    Reference<css::table::XCell> cell = present(sheet->getCellByPosition(where.second, where.first), "cell");
    if (const auto* number = std::get_if<double>(&value)) {
      cell->setValue(*number);
    } else if (const auto* text = std::get_if<std::string>(&value)) {
      Reference<css::text::XText>(cell, UNO_QUERY_THROW)->setString(from_utf8(*text));
    } else {
      Reference<css::sheet::XSheetOperation>(cell, UNO_QUERY_THROW)
          ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                          css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA);
    }
  }
  return static_cast<int>(wanted.size());
}

}  // namespace jixiao::uno
