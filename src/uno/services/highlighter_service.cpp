#include "uno/services/highlighter_service.hpp"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <map>
#include <optional>

#include "uno/services/cell_formats.hpp"
#include "uno/common/declared_exceptions.hpp"
#include "core/outputs/highlight_marks.hpp"
#include "uno/common/document_guard.hpp"
#include "uno/services/mark_styles.hpp"
#include "uno/services/report_support.hpp"
#include "uno/common/service_info.hpp"
#include "uno/common/validator_grid.hpp"
#include "uno/common/ui_language.hpp"

namespace jixiao::uno {

using css::table::CellRangeAddress;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace {

// What highlight will do on one sheet, worked out before anything changes.
struct SheetMarks {
  sal_Int16 index = 0;
  // The cells of each mark style to apply.
  std::map<OUString, std::vector<CellRangeAddress>> cells_by_style;
  // Cells whose direct formatting goes back on after the style (read before any change).
  std::vector<std::pair<DirectFormatting, std::vector<CellRangeAddress>>> kept;
  int count = 0;
};

CellRangeAddress cell_at(sal_Int16 sheet, sal_Int32 row, sal_Int32 column) {
  return CellRangeAddress(sheet, column, row, column, row);
}

// The finding's cell: by its Cell ("D23"), else by Row and Column.
std::pair<int, int> position_of(const core::FindingRecord& f) {
  if (const auto parsed = core::parse_a1_address(f.cell)) return *parsed;
  return {f.row, f.column};
}

// The style a marked cell goes back to, and a cell under a new mark derives from: the mark's
// base, or the style itself when it is not a mark; "Default" when that style no longer exists.
OUString base_style(const OUString& style, const MarkStyles& styles) {
  OUString base = style;
  if (const auto mark = core::parse_mark_style(to_utf8(style))) base = from_utf8(mark->base);
  if (base != style && !styles.exists(base)) {
    const OUString parent = styles.spec_of(style).parent;  // the mark's parent, if Calc kept it
    base = !parent.isEmpty() && styles.exists(parent) ? parent : OUString("Default");
  }
  return styles.exists(base) ? base : OUString("Default");
}

SheetMarks plan_sheet(const Reference<css::sheet::XSpreadsheet>& sheet, const std::vector<core::CellMark>& findings,
                      const CellFormats& formats, const MarkStyles& styles, std::vector<MarkStyleSpec>& specs) {
  SheetMarks plan;
  plan.index = Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress().Sheet;
  Reference<css::table::XColumnRowRange> extent(sheet, UNO_QUERY_THROW);
  const sal_Int32 max_rows = extent->getRows()->getCount(), max_columns = extent->getColumns()->getCount();
  const std::vector<FormatGroup> groups = format_groups(sheet);
  std::map<std::pair<std::size_t, OUString>, std::vector<CellRangeAddress>> pieces;  // (group, style) -> cells
  for (const core::CellMark& mark : core::cell_marks(findings, merged_areas(sheet))) {
    if (mark.row >= max_rows || mark.column >= max_columns) continue;  // beyond the sheet: a stale finding
    std::size_t g = 0;
    while (g < groups.size() && !groups[g].contains(mark.row, mark.column)) ++g;
    const OUString base = g < groups.size() ? base_style(groups[g].style, styles) : OUString("Default");
    const OUString style = from_utf8(core::mark_style_name(mark.severity, to_utf8(base)));
    specs.push_back({style, base, core::mark_background(mark.severity)});
    plan.cells_by_style[style].push_back(cell_at(plan.index, mark.row, mark.column));
    if (g < groups.size()) pieces[{g, style}].push_back(cell_at(plan.index, mark.row, mark.column));
    ++plan.count;
  }
  std::map<std::size_t, DirectFormatting> direct;  // read once a group
  for (auto& [key, cells] : pieces) {
    auto found = direct.find(key.first);
    if (found == direct.end()) found = direct.emplace(key.first, formats.direct_formatting(groups[key.first])).first;
    if (found->second.names.getLength() > 0) plan.kept.emplace_back(found->second, std::move(cells));
  }
  return plan;
}

// The marked cells of a sheet: the format groups whose style is a mark.
std::vector<FormatGroup> marked_groups(const Reference<css::sheet::XSpreadsheet>& sheet) {
  std::vector<FormatGroup> marked;
  for (auto& group : format_groups(sheet))
    if (core::parse_mark_style(to_utf8(group.style))) marked.push_back(std::move(group));
  return marked;
}

std::vector<Reference<css::sheet::XSpreadsheet>> all_sheets(
    const Reference<css::sheet::XSpreadsheetDocument>& document) {
  Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
  std::vector<Reference<css::sheet::XSpreadsheet>> all;
  for (sal_Int32 i = 0; i < sheets->getCount(); ++i) all.emplace_back(sheets->getByIndex(i), UNO_QUERY_THROW);
  return all;
}

sal_Int32 clamped(sal_Int64 count) { return static_cast<sal_Int32>(std::min<sal_Int64>(count, SAL_MAX_INT32)); }

}  // namespace

void Highlighter::refuse(const OUString& message) { throw css::lang::IllegalArgumentException(message, *this, 0); }

void Highlighter::refuse_unchangeable(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  if (!document.is()) refuse(report_label("no_document", ui_language(context_)));
  if (is_read_only(document)) refuse(report_label("read_only", ui_language(context_)));
}

sal_Int32 Highlighter::highlight(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                 const Sequence<org::jixiao::Finding>& findings) {
  return refusals_only(ui_language(context_), static_cast<cppu::OWeakObject*>(this), [&] {
    refuse_unchangeable(document);
    Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    std::map<OUString, std::vector<core::CellMark>> by_sheet;
    for (const core::FindingRecord& f : records_of(findings)) {
      const OUString sheet = from_utf8(f.sheet);
      if (!sheets->hasByName(sheet)) continue;  // renamed or removed since the validation: nothing to mark
      const auto [row, column] = position_of(f);
      by_sheet[sheet].push_back({row, column, f.severity});
    }
    for (const auto& [name, _] : by_sheet)
      if (is_protected(Reference<css::sheet::XSpreadsheet>(sheets->getByName(name), UNO_QUERY_THROW)))
        refuse(report_label("sheet_protected", ui_language(context_), {{"sheet", to_utf8(name)}}));

    const CellFormats formats(document);
    MarkStyles styles(document);
    std::vector<MarkStyleSpec> specs;
    std::vector<SheetMarks> plans;
    sal_Int32 marked = 0;
    for (const auto& [name, marks] : by_sheet) {
      plans.push_back(plan_sheet(Reference<css::sheet::XSpreadsheet>(sheets->getByName(name), UNO_QUERY_THROW), marks,
                                 formats, styles, specs));
      marked += plans.back().count;
    }
    if (marked == 0) return 0;

    UndoContext undo(document, report_label("undo_highlight", ui_language(context_)));
    const ActionLock lock(document);
    styles.create(specs, undo.manager());
    for (const SheetMarks& plan : plans) {
      for (const auto& [style, cells] : plan.cells_by_style) formats.apply_style(formats.ranges(cells), style);
      for (const auto& [kept, cells] : plan.kept) formats.restore(formats.ranges(cells), kept);
    }
    return marked;
  });
}

sal_Int32 Highlighter::clearHighlights(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  return refusals_only(ui_language(context_), static_cast<cppu::OWeakObject*>(this), [&] {
    refuse_unchangeable(document);
    std::vector<std::pair<FormatGroup, DirectFormatting>> marked;
    const CellFormats formats(document);
    for (const auto& sheet : all_sheets(document)) {
      std::vector<FormatGroup> groups = marked_groups(sheet);
      if (!groups.empty() && is_protected(sheet))
        refuse(report_label("sheet_protected", ui_language(context_), {{"sheet", to_utf8(sheet_name(sheet))}}));
      for (auto& group : groups) {
        DirectFormatting kept = formats.direct_formatting(group);
        marked.emplace_back(std::move(group), std::move(kept));
      }
    }
    MarkStyles styles(document);
    const std::vector<OUString> mark_styles = styles.all();
    if (marked.empty() && mark_styles.empty()) return 0;

    UndoContext undo(document, report_label("undo_clear_highlights", ui_language(context_)));
    const ActionLock lock(document);
    sal_Int64 restored = 0;
    for (const auto& [group, kept] : marked) {
      formats.apply_style(group.ranges, base_style(group.style, styles));
      formats.restore(group.ranges, kept);
      restored += group.cell_count();
    }
    styles.remove(mark_styles, undo.manager());  // after the cells: none may point at a removed style
    return clamped(restored);
  });
}

sal_Int32 Highlighter::countHighlights(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  return declared_exceptions_only<>(ui_language(context_), static_cast<cppu::OWeakObject*>(this), [&] {
    if (!document.is()) return 0;
    sal_Int64 count = 0;
    for (const auto& sheet : all_sheets(document))
      for (const auto& group : marked_groups(sheet)) count += group.cell_count();
    return clamped(count);
  });
}

OUString Highlighter::getImplementationName() { return OUString::createFromAscii(kHighlighterImplementationName); }

sal_Bool Highlighter::supportsService(const OUString& name) { return name.equalsAscii(kHighlighterServiceName); }

Sequence<OUString> Highlighter::getSupportedServiceNames() { return one_service_name(kHighlighterServiceName); }

}  // namespace jixiao::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_jixiao_HighlighterImpl_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>& /*args*/) {
  return jixiao::uno::new_service_instance<jixiao::uno::Highlighter>(context);
}
