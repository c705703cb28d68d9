#include "uno/services/rate_sheet_writer.hpp"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartLegendPosition.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableChart.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <vector>

#include "core/sheet/grid.hpp"
#include "uno/common/validator_grid.hpp"

namespace jixiao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// The flags' look: Excel's "Bad" and "Neutral" colours, which Calc and WPS show alike.
struct StyleLook {
  const char* name;
  sal_Int32 background;
  sal_Int32 text;
};
constexpr StyleLook kStyleLooks[] = {{kLagStyle, 0xFFC7CE, 0x9C0006}, {kOverStyle, 0xFFEB9C, 0x9C5700}};

Reference<css::container::XNameContainer> cell_styles(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  Reference<css::style::XStyleFamiliesSupplier> families(document, UNO_QUERY_THROW);
  return Reference<css::container::XNameContainer>(families->getStyleFamilies()->getByName("CellStyles"),
                                                   UNO_QUERY_THROW);
}

void create_style(const Reference<css::sheet::XSpreadsheetDocument>& document, const StyleLook& look) {
  Reference<css::lang::XMultiServiceFactory> factory(document, UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> style(factory->createInstance("com.sun.star.style.CellStyle"), UNO_QUERY_THROW);
  cell_styles(document)->insertByName(OUString::createFromAscii(look.name), Any(style));
  style->setPropertyValue("CellBackColor", Any(look.background));
  style->setPropertyValue("CharColor", Any(look.text));
}

// Creating a cell style through the API is not recorded by Calc's undo (7.4):
// this action, added to the same undo context, removes the styles the call
// created when that step is undone and creates them again on redo.
class CreatedStylesUndo : public cppu::WeakImplHelper1<css::document::XUndoAction> {
 public:
  CreatedStylesUndo(const Reference<css::sheet::XSpreadsheetDocument>& document, std::vector<StyleLook> created)
      : document_(document), created_(std::move(created)) {}

  OUString SAL_CALL getTitle() override { return OUString("Jixiao styles"); }

  void SAL_CALL undo() override {
    Reference<css::container::XNameContainer> styles = cell_styles(document_);
    for (const StyleLook& look : created_)
      if (styles->hasByName(OUString::createFromAscii(look.name)))
        styles->removeByName(OUString::createFromAscii(look.name));
  }

  void SAL_CALL redo() override {
    Reference<css::container::XNameContainer> styles = cell_styles(document_);
    for (const StyleLook& look : created_)
      if (!styles->hasByName(OUString::createFromAscii(look.name))) create_style(document_, look);
  }

 private:
  Reference<css::sheet::XSpreadsheetDocument> document_;
  std::vector<StyleLook> created_;
};

// The flag styles, created when missing (a user's own change to them is kept).
void ensure_flag_styles(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  Reference<css::container::XNameContainer> styles = cell_styles(document);
  std::vector<StyleLook> created;
  for (const StyleLook& look : kStyleLooks)
    if (!styles->hasByName(OUString::createFromAscii(look.name))) {
      create_style(document, look);
      created.push_back(look);
    }
  if (created.empty()) return;
  Reference<css::document::XUndoManagerSupplier> undo(document, UNO_QUERY_THROW);
  undo->getUndoManager()->addUndoAction(new CreatedStylesUndo(document, std::move(created)));
}

sal_Int16 sheet_index(const Reference<css::sheet::XSpreadsheet>& sheet) {
  return Reference<css::sheet::XCellRangeAddressable>(sheet, UNO_QUERY_THROW)->getRangeAddress().Sheet;
}

css::table::CellRangeAddress range_address(sal_Int16 sheet, int first_column, int first_row, int last_column,
                                           int last_row) {
  return css::table::CellRangeAddress(sheet, first_column, first_row, last_column, last_row);
}

Reference<css::beans::XPropertySet> range_properties(const Reference<css::sheet::XSpreadsheet>& sheet,
                                                     const css::table::CellRangeAddress& a) {
  return Reference<css::beans::XPropertySet>(
      sheet->getCellRangeByPosition(a.StartColumn, a.StartRow, a.EndColumn, a.EndRow), UNO_QUERY_THROW);
}

void write_cells(const Reference<css::sheet::XSpreadsheet>& sheet, const core::RatePlan& plan) {
  Sequence<Sequence<OUString>> rows(static_cast<sal_Int32>(plan.cells.size()));
  for (std::size_t r = 0; r < plan.cells.size(); ++r) {
    Sequence<OUString> row(core::RatePlan::column_count);
    for (int c = 0; c < core::RatePlan::column_count; ++c) row.getArray()[c] = from_utf8(plan.cells[r][c]);
    rows.getArray()[r] = row;
  }
  // setFormulaArray takes the API's grammar: English function names and ';'
  // between arguments, whatever the UI language (integration.execution_rates
  // runs in a zh-CN office too). Undoing a setDataArray is broken in 7.4 (see
  // validator_grid.cpp), but these cells are all in the inserted columns, which
  // the same undo step removes.
  Reference<css::sheet::XCellRangeFormula> range(
      sheet->getCellRangeByPosition(plan.insert_column, plan.first_row, plan.column(core::RatePlan::progress_cell),
                                    plan.last_row),
      UNO_QUERY_THROW);
  range->setFormulaArray(rows);
}

sal_Int32 percent_format(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  Reference<css::util::XNumberFormats> formats =
      Reference<css::util::XNumberFormatsSupplier>(document, UNO_QUERY_THROW)->getNumberFormats();
  const css::lang::Locale locale("en", "US", "");
  const OUString code("0.00%");
  const sal_Int32 key = formats->queryKey(code, locale, false);
  return key >= 0 ? key : formats->addNew(code, locale);
}

void format_percent(const Reference<css::sheet::XSpreadsheetDocument>& document,
                    const Reference<css::sheet::XSpreadsheet>& sheet, const core::RatePlan& plan) {
  const sal_Int16 tab = sheet_index(sheet);
  const Any key(percent_format(document));
  using C = core::RatePlan;
  range_properties(
      sheet, range_address(tab, plan.column(C::rate), plan.first_row + 1, plan.column(C::deviation), plan.last_row))
      ->setPropertyValue("NumberFormat", key);
  range_properties(sheet, range_address(tab, plan.column(C::progress_line), plan.first_row + 1,
                                        plan.column(C::progress_cell), plan.last_row))
      ->setPropertyValue("NumberFormat", key);
}

css::beans::PropertyValue property(const char* name, const Any& value) {
  css::beans::PropertyValue p;
  p.Name = OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

void format_flags(const Reference<css::sheet::XSpreadsheet>& sheet, const core::RatePlan& plan) {
  const sal_Int16 tab = sheet_index(sheet);
  const int column = plan.column(core::RatePlan::rate);
  Reference<css::beans::XPropertySet> rates =
      range_properties(sheet, range_address(tab, column, plan.first_row + 1, column, plan.last_row));
  Reference<css::sheet::XSheetConditionalEntries> entries(rates->getPropertyValue("ConditionalFormat"),
                                                          UNO_QUERY_THROW);
  // The conditions' relative references are relative to SourcePosition: the first rate cell.
  const css::table::CellAddress source(tab, column, plan.first_row + 1);
  const std::pair<const std::string&, const char*> conditions[] = {{plan.lag_condition, kLagStyle},
                                                                   {plan.over_condition, kOverStyle}};
  for (const auto& [formula, style] : conditions) {
    Sequence<css::beans::PropertyValue> entry(4);
    entry.getArray()[0] = property("Operator", Any(css::sheet::ConditionOperator_FORMULA));
    entry.getArray()[1] = property("Formula1", Any(from_utf8(formula)));
    entry.getArray()[2] = property("StyleName", Any(OUString::createFromAscii(style)));
    entry.getArray()[3] = property("SourcePosition", Any(source));
    entries->addNew(entry);
  }
  rates->setPropertyValue("ConditionalFormat", Any(entries));
}

OUString unique_chart_name(const Reference<css::table::XTableCharts>& charts) {
  OUString name("JixiaoRates");
  for (int n = 2; charts->hasByName(name); ++n) name = "JixiaoRates" + OUString::number(n);
  return name;
}

// The rate of each line as bars against the time progress as a line, placed
// right of everything the sheet holds, level with the header: it covers no cell.
void add_chart(const Reference<css::sheet::XSpreadsheet>& sheet, const core::RatePlan& plan) {
  const sal_Int16 tab = sheet_index(sheet);
  using C = core::RatePlan;
  std::vector<css::table::CellRangeAddress> ranges;
  if (plan.label_column >= 0)
    ranges.push_back(range_address(tab, plan.label_column, plan.first_row, plan.label_column, plan.last_row));
  for (C::Column c : {C::rate, C::progress_line})
    ranges.push_back(range_address(tab, plan.column(c), plan.first_row, plan.column(c), plan.last_row));

  const int right = std::max<int>(used_area(sheet).EndColumn, plan.column(C::progress_cell)) + 2;
  css::awt::Point at;
  Reference<css::beans::XPropertySet>(sheet->getCellByPosition(right, plan.first_row), UNO_QUERY_THROW)
      ->getPropertyValue("Position") >>= at;
  const css::awt::Rectangle where(at.X, at.Y, 16000, 9000);

  Reference<css::table::XTableCharts> charts =
      Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts();
  const OUString name = unique_chart_name(charts);
  charts->addNewByName(name, where,
                       Sequence<css::table::CellRangeAddress>(ranges.data(), static_cast<sal_Int32>(ranges.size())),
                       true, plan.label_column >= 0);

  Reference<css::document::XEmbeddedObjectSupplier> object(charts->getByName(name), UNO_QUERY_THROW);
  Reference<css::chart::XChartDocument> chart(object->getEmbeddedObject(), UNO_QUERY_THROW);
  // The default diagram is a bar diagram: its last series (the progress) drawn as a line.
  Reference<css::beans::XPropertySet>(chart->getDiagram(), UNO_QUERY_THROW)
      ->setPropertyValue("NumberOfLines", Any(sal_Int32(1)));
  Reference<css::beans::XPropertySet> chart_properties(chart, UNO_QUERY_THROW);
  chart_properties->setPropertyValue("HasMainTitle", Any(true));
  chart_properties->setPropertyValue("HasLegend", Any(true));  // which of bar and line is the progress
  Reference<css::beans::XPropertySet>(chart->getLegend(), UNO_QUERY_THROW)
      ->setPropertyValue("Alignment", Any(css::chart::ChartLegendPosition_BOTTOM));  // leaves the width to the lines
  Reference<css::beans::XPropertySet>(chart->getTitle(), UNO_QUERY_THROW)
      ->setPropertyValue("String", Any(from_utf8(plan.chart_title)));
}

// A second 计算执行率 on the block: the earlier set's cells (down to the sheet's last used row: the
// block may have lost lines since), their formats and its chart go; the new set takes their place.
void clear_earlier_set(const Reference<css::sheet::XSpreadsheet>& sheet, const core::RatePlan& plan) {
  using C = core::RatePlan;
  const sal_Int32 last = std::max<sal_Int32>(used_area(sheet).EndRow, plan.last_row);
  Reference<css::sheet::XSheetOperation>(
      sheet->getCellRangeByPosition(plan.insert_column, plan.first_row, plan.column(C::progress_cell), last),
      UNO_QUERY_THROW)
      ->clearContents(css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME | css::sheet::CellFlags::STRING |
                      css::sheet::CellFlags::FORMULA | css::sheet::CellFlags::HARDATTR);
  Reference<css::table::XTableCharts> charts =
      Reference<css::table::XTableChartsSupplier>(sheet, UNO_QUERY_THROW)->getCharts();
  for (const OUString& name : charts->getElementNames())
    if (name.startsWith("JixiaoRates")) charts->removeByName(name);
}

}  // namespace

OUString write_rate_plan(const Reference<css::sheet::XSpreadsheetDocument>& document,
                         const Reference<css::sheet::XSpreadsheet>& sheet, const core::RatePlan& plan) {
  // Styles first: undone last, once the conditional format using them is gone.
  ensure_flag_styles(document);
  if (plan.replaces_earlier) {
    clear_earlier_set(sheet, plan);
  } else {
    Reference<css::table::XTableColumns> columns =
        Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns();
    columns->insertByIndex(plan.insert_column, core::RatePlan::column_count);
  }
  write_cells(sheet, plan);
  format_percent(document, sheet, plan);
  format_flags(sheet, plan);
  add_chart(sheet, plan);
  return sheet_name(sheet) + "." +
         from_utf8(core::a1_address(plan.first_row, plan.insert_column) + ":" +
                   core::a1_address(plan.last_row, plan.column(core::RatePlan::progress_cell)));
}

}  // namespace jixiao::uno
