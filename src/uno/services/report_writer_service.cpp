#include "uno/services/report_writer_service.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/table/CellVertJustify2.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <osl/file.hxx>

#include "core/outputs/findings_report.hpp"
#include "uno/common/declared_exceptions.hpp"
#include "uno/common/document_guard.hpp"
#include "uno/services/report_support.hpp"
#include "uno/common/service_info.hpp"
#include "uno/common/ui_language.hpp"

namespace jixiao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// Column widths in 1/100 mm: severity, sheet, cell, rule, message (wrapped), fix available.
constexpr sal_Int32 kColumnWidths[core::ReportTable::kColumns] = {2000, 4000, 2500, 5500, 15000, 3000};
constexpr sal_Int32 kMessageColumn = 4;

Reference<css::table::XCellRange> block(const Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 first_column,
                                        sal_Int32 last_column, sal_Int32 first_row, sal_Int32 last_row) {
  return sheet->getCellRangeByPosition(first_column, first_row, last_column, last_row);
}

// Columns [first, last] of the table's rows (row 0 of the sheet is the heading row).
Sequence<Sequence<Any>> data_of(const std::vector<std::vector<std::string>>& rows, int first, int last) {
  Sequence<Sequence<Any>> data(static_cast<sal_Int32>(rows.size()));
  for (std::size_t r = 0; r < rows.size(); ++r) {
    Sequence<Any> line(last - first + 1);
    for (int c = first; c <= last; ++c) line.getArray()[c - first] <<= from_utf8(rows[r][c]);
    data.getArray()[r] = line;
  }
  return data;
}

void write_table(const Reference<css::sheet::XSpreadsheet>& sheet, const core::ReportTable& table) {
  constexpr int last = core::ReportTable::kColumns - 1, link = core::ReportTable::kCellColumn;
  // Plain text through setDataArray (a sheet name such as "2024" or a message starting with "="
  // stays text), the links through setFormulaArray: four calls, whatever the number of rows.
  Reference<css::sheet::XCellRangeData>(block(sheet, 0, last, 0, 0), UNO_QUERY_THROW)
      ->setDataArray(data_of({table.headings}, 0, last));
  const sal_Int32 rows = static_cast<sal_Int32>(table.rows.size());
  if (rows > 0) {
    Reference<css::sheet::XCellRangeData>(block(sheet, 0, link - 1, 1, rows), UNO_QUERY_THROW)
        ->setDataArray(data_of(table.rows, 0, link - 1));
    Sequence<Sequence<OUString>> formulas(rows);
    for (sal_Int32 r = 0; r < rows; ++r) {
      const OUString formula = from_utf8(table.rows[r][link]);
      formulas.getArray()[r] = Sequence<OUString>(&formula, 1);
    }
    Reference<css::sheet::XCellRangeFormula>(block(sheet, link, link, 1, rows), UNO_QUERY_THROW)
        ->setFormulaArray(formulas);
    Reference<css::sheet::XCellRangeData>(block(sheet, link + 1, last, 1, rows), UNO_QUERY_THROW)
        ->setDataArray(data_of(table.rows, link + 1, last));
  }

  Reference<css::beans::XPropertySet>(block(sheet, 0, last, 0, 0), UNO_QUERY_THROW)
      ->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
  Reference<css::beans::XPropertySet>(block(sheet, 0, last, 0, std::max<sal_Int32>(rows, 1)), UNO_QUERY_THROW)
      ->setPropertyValue("VertJustify", Any(css::table::CellVertJustify2::TOP));
  Reference<css::container::XIndexAccess> columns(
      Reference<css::table::XColumnRowRange>(sheet, UNO_QUERY_THROW)->getColumns(), UNO_QUERY_THROW);
  for (int c = 0; c <= last; ++c) {
    Reference<css::beans::XPropertySet> column(columns->getByIndex(c), UNO_QUERY_THROW);
    column->setPropertyValue("Width", Any(kColumnWidths[c]));
    if (c == kMessageColumn) column->setPropertyValue("IsTextWrapped", Any(true));
  }
}

// Shows the report and keeps its heading row in view. Only where the document has a view: a
// document loaded without one (a converter, a test) gets the report without frozen panes.
void show_with_frozen_heading(const Reference<css::sheet::XSpreadsheetDocument>& document,
                              const Reference<css::sheet::XSpreadsheet>& sheet) {
  Reference<css::frame::XModel> model(document, UNO_QUERY);
  if (!model.is()) return;
  Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), UNO_QUERY);
  Reference<css::sheet::XViewFreezable> freezable(view, UNO_QUERY);
  if (!view.is() || !freezable.is()) return;
  view->setActiveSheet(sheet);
  freezable->freezeAtPosition(0, 1);
}

OUString write_failure_reason(osl::FileBase::RC rc, core::Language language) {
  switch (rc) {
    case osl::FileBase::E_NOENT:
    case osl::FileBase::E_NOTDIR:
      return report_label("reason_not_found", language);
    case osl::FileBase::E_ACCES:
    case osl::FileBase::E_PERM:
    case osl::FileBase::E_ROFS:
      return report_label("reason_denied", language);
    case osl::FileBase::E_ISDIR:
      return report_label("reason_is_folder", language);
    default:
      return report_label("reason_other", language, {{"code", std::to_string(static_cast<int>(rc))}});
  }
}

// Writes `bytes` to the file at `url`, replacing what it held.
osl::FileBase::RC write_file(const OUString& url, const std::string& bytes) {
  osl::File file(url);
  osl::FileBase::RC rc = file.open(osl_File_OpenFlag_Write | osl_File_OpenFlag_Create);
  if (rc == osl::FileBase::E_EXIST) {
    rc = file.open(osl_File_OpenFlag_Write);
    if (rc == osl::FileBase::E_None) rc = file.setSize(0);
  }
  for (std::size_t done = 0; rc == osl::FileBase::E_None && done < bytes.size();) {
    sal_uInt64 written = 0;
    rc = file.write(bytes.data() + done, bytes.size() - done, written);
    if (rc == osl::FileBase::E_None && written == 0) rc = osl::FileBase::E_IO;
    done += written;
  }
  const osl::FileBase::RC closed = file.close();
  return rc != osl::FileBase::E_None ? rc : closed;
}

}  // namespace

OUString ReportWriter::writeReport(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                   const Sequence<org::jixiao::Finding>& findings, const OUString& language) {
  const core::Language lang = requested_language(language, context_);
  return refusals_only(lang, static_cast<cppu::OWeakObject*>(this), [&] {
    auto refuse = [&](const char* code) {
      throw css::lang::IllegalArgumentException(report_label(code, lang), *this, 0);
    };
    if (!document.is()) refuse("no_document");
    if (is_read_only(document)) refuse("read_only");
    if (is_structure_protected(document)) refuse("structure_protected");

    const core::ReportTable table = core::report_table(records_of(findings), lang);
    Reference<css::sheet::XSpreadsheets> sheets = document->getSheets();
    std::vector<std::string> taken;
    for (const OUString& name : sheets->getElementNames()) taken.push_back(to_utf8(name));
    const OUString name = from_utf8(core::unused_sheet_name(core::report_labels().text("report_sheet", lang), taken));

    UndoContext undo(document, report_label("undo_report", lang));
    sheets->insertNewByName(name, static_cast<sal_Int16>(taken.size()));  // at the end
    Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(name), UNO_QUERY_THROW);
    write_table(sheet, table);
    show_with_frozen_heading(document, sheet);
    return name;
  });
}

void ReportWriter::exportCsv(const Sequence<org::jixiao::Finding>& findings, const OUString& fileUrl,
                             const OUString& language) {
  const core::Language lang = requested_language(language, context_);
  return declared_exceptions_only<css::lang::IllegalArgumentException, css::io::IOException>(lang, static_cast<cppu::OWeakObject*>(this), [&] {
    const OUString url = fileUrl.trim();
    if (url.isEmpty()) throw css::lang::IllegalArgumentException(report_label("no_file", lang), *this, 1);
    if (!url.startsWithIgnoreAsciiCase("file:"))
      throw css::io::IOException(report_label("not_file_url", lang, {{"url", to_utf8(url)}}), *this);
    const osl::FileBase::RC rc = write_file(url, core::findings_csv_file(records_of(findings), lang));
    if (rc != osl::FileBase::E_None)
      throw css::io::IOException(
          report_label("cannot_write", lang,
                       {{"url", to_utf8(url)}, {"reason", to_utf8(write_failure_reason(rc, lang))}}),
          *this);
  });
}

OUString ReportWriter::getImplementationName() { return OUString::createFromAscii(kReportWriterImplementationName); }

sal_Bool ReportWriter::supportsService(const OUString& name) { return name.equalsAscii(kReportWriterServiceName); }

Sequence<OUString> ReportWriter::getSupportedServiceNames() { return one_service_name(kReportWriterServiceName); }

}  // namespace jixiao::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_jixiao_ReportWriterImpl_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>& /*args*/) {
  return jixiao::uno::new_service_instance<jixiao::uno::ReportWriter>(context);
}
