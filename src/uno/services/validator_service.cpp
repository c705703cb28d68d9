#include "uno/services/validator_service.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetCellRange.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <exception>
#include <variant>
#include <set>
#include <tuple>
#include <vector>

#include "core/sheet/sheet_validation.hpp"
#include "core/text/number_text.hpp"
#include "uno/common/document_guard.hpp"
#include "uno/common/declared_exceptions.hpp"
#include "uno/common/template_files.hpp"
#include "uno/common/validator_grid.hpp"

namespace jixiao::uno {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using org::jixiao::Finding;

namespace {

std::vector<core::LocatedFinding> validate(const core::Grid& grid, const core::ValidationOptions& options) {
  return core::validate_grid(grid, options);  // never throws; refusals_only guards the rest
}

// A fix's new content as the user will see it typed: text as it is, a number in its shortest form.
std::string edit_text(const core::CellValue& value) {
  if (const std::string* text = std::get_if<std::string>(&value)) return *text;
  if (const double* number = std::get_if<double>(&value)) return core::shortest_number_text(*number);
  return {};
}

// `tables`: the sheet's, to name each finding's table (Finding::Table).
void append(std::vector<Finding>& out, const std::vector<core::LocatedFinding>& found, core::Language language,
            const std::vector<core::TableOutline>& tables = {}) {
  for (const auto& f : found) {
    Finding finding;
    finding.Sheet = from_utf8(f.sheet);
    finding.Cell = from_utf8(f.cell());
    finding.Row = f.row;
    finding.Column = f.column;
    finding.RuleId = from_utf8(core::rule_code(f.finding.rule_id));
    finding.Severity = from_utf8(core::severity_code(f.finding.severity));
    finding.Message = from_utf8(core::render_message(f.finding, language));
    finding.HasFix = !f.edits.empty();
    finding.FixMovesCells = finding.HasFix && f.moves_cells;
    finding.Table = from_utf8(core::project_at(tables, f.row));
    if (f.edits.size() == 1 && f.edits[0].row == f.row && f.edits[0].column == f.column)
      finding.FixText = from_utf8(edit_text(f.edits[0].value));
    out.push_back(std::move(finding));
  }
}

Sequence<Finding> to_sequence(const std::vector<Finding>& findings) {
  return Sequence<Finding>(findings.data(), static_cast<sal_Int32>(findings.size()));
}

// The status indicator of the document's frame, if it has one (none headless
// without a controller; harmless either way).
Reference<css::task::XStatusIndicator> status_indicator(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  try {
    Reference<css::frame::XModel> model(document, UNO_QUERY);
    if (!model.is()) return {};
    Reference<css::frame::XController> controller = model->getCurrentController();
    if (!controller.is()) return {};
    Reference<css::task::XStatusIndicatorFactory> factory(controller->getFrame(), UNO_QUERY);
    if (!factory.is()) return {};
    return factory->createStatusIndicator();
  } catch (const css::uno::Exception&) {
    return {};
  }
}

// Ends a progress bar whose frame may already be gone (the document closed during the check).
void end_quietly(const Reference<css::task::XStatusIndicator>& progress) {
  try {
    if (progress.is()) progress->end();
  } catch (const css::uno::Exception&) {
  }
}

[[noreturn]] void refuse(const char* message, const Reference<css::uno::XInterface>& context, sal_Int16 position) {
  throw css::lang::IllegalArgumentException(OUString::createFromAscii(message), context, position);
}

// A refusal whose message comes from the rule catalog, in the caller's language.
[[noreturn]] void refuse(core::Language language, core::RuleId rule_id,
                         std::vector<std::pair<std::string, std::string>> arguments,
                         const Reference<css::uno::XInterface>& context) {
  const std::string message = core::render_message(core::make_finding(rule_id, std::move(arguments)), language);
  throw css::lang::IllegalArgumentException(from_utf8(message), context, 0);
}

}  // namespace

core::Language Validator::language_of(const OUString& tag) { return requested_language(tag, context_); }

Sequence<Finding> Validator::validateDocument(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                              const OUString& templateName, const OUString& language) {
  if (!document.is()) refuse("validateDocument: no document", *this, 0);
  const core::Language lang = language_of(language);
  return refusals_only(lang, *this, [&] {
    const core::ValidationOptions options = validation_options(templateName, context_, *this);
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    const sal_Int32 count = sheets->getCount();
    Reference<css::task::XStatusIndicator> progress = status_indicator(document);
    if (progress.is())
      progress->start(lang == core::Language::zh_cn ? from_utf8("绩效目标表检查") : OUString("Jixiao check"), count);
    std::vector<Finding> out;
    std::vector<core::SheetContent> contents;
    std::string first_sheet;
    try {
      for (sal_Int32 i = 0; i < count; ++i) {
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
        const core::Grid grid = read_grid(sheet, used_area(sheet));
        if (i == 0) first_sheet = grid.sheet;
        core::SheetValidation checked = core::validate_sheet(grid, options);
        contents.push_back(checked.content);
        append(out, checked.findings, lang, checked.tables);
        if (progress.is()) progress->setValue(i + 1);
      }
      // The workbook's own finding (no sheet has a table) comes first, at the first sheet's A1.
      std::vector<Finding> workbook;
      append(workbook, core::workbook_findings(contents, first_sheet), lang);
      out.insert(out.begin(), workbook.begin(), workbook.end());
    } catch (...) {
      end_quietly(progress);
      throw;
    }
    end_quietly(progress);
    return to_sequence(out);
  });
}

Sequence<Finding> Validator::validateSheet(const Reference<css::sheet::XSpreadsheet>& sheet,
                                           const OUString& templateName, const OUString& language) {
  if (!sheet.is()) refuse("validateSheet: no sheet", *this, 0);
  const core::Language lang = language_of(language);
  return refusals_only(lang, *this, [&] {
    std::vector<Finding> out;
    const core::SheetValidation checked =
        core::validate_sheet_alone(read_grid(sheet, used_area(sheet)), validation_options(templateName, context_, *this));
    append(out, checked.findings, lang, checked.tables);
    return to_sequence(out);
  });
}

Sequence<Finding> Validator::validateRange(const Reference<css::sheet::XSheetCellRange>& range,
                                           const OUString& templateName, const OUString& language) {
  if (!range.is()) refuse("validateRange: no range", *this, 0);
  const core::Language lang = language_of(language);
  return refusals_only(lang, *this, [&] {
    Reference<css::sheet::XSpreadsheet> sheet = range->getSpreadsheet();
    const auto area = Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    std::vector<Finding> out;
    const core::SheetValidation checked =
        core::validate_sheet_alone(read_grid(sheet, area), validation_options(templateName, context_, *this));
    append(out, checked.findings, lang, checked.tables);
    return to_sequence(out);
  });
}

Sequence<OUString> Validator::sheetsWithTables(const Reference<css::sheet::XSpreadsheetDocument>& document) {
  if (!document.is()) refuse("sheetsWithTables: no document", *this, 0);
  return refusals_only(language_of(OUString()), *this, [&] {
    const core::ValidationOptions options = validation_options(OUString(), context_, *this);
    Reference<css::container::XIndexAccess> sheets(document->getSheets(), UNO_QUERY_THROW);
    std::vector<OUString> names;
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
      Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i), UNO_QUERY_THROW);
      const core::Grid grid = read_grid(sheet, used_area(sheet));
      if (core::holds_table(grid, options)) names.push_back(from_utf8(grid.sheet));
    }
    return Sequence<OUString>(names.data(), static_cast<sal_Int32>(names.size()));
  });
}

sal_Int32 Validator::applyFixes(const Reference<css::sheet::XSpreadsheetDocument>& document,
                                const Sequence<Finding>& findings, const OUString& templateName) {
  if (!document.is()) refuse("applyFixes: no document", *this, 0);
  const core::Language lang = language_of(OUString());
  return refusals_only(lang, *this, [&] {
    if (is_read_only(document)) refuse(lang, core::RuleId::fix_refused_read_only, {}, *this);
    Reference<css::container::XNameAccess> sheets(document->getSheets(), UNO_QUERY_THROW);

    // What the caller asked for, by (sheet, cell, rule); the sheets concerned. A fix that moves
    // cells is applied only when it is the one finding asked for: "fix all" never moves a row.
    std::set<std::tuple<OUString, OUString, OUString>> wanted;
    std::set<OUString> sheet_names;
    sal_Int32 asked = 0;
    for (const auto& f : findings) {
      if (!f.HasFix) continue;
      ++asked;
      wanted.emplace(f.Sheet, f.Cell, f.RuleId);
      sheet_names.insert(f.Sheet);
    }
    const bool one_at_a_time = asked == 1;
    std::vector<Reference<css::sheet::XSpreadsheet>> targets;
    for (const auto& name : sheet_names) {
      if (!sheets->hasByName(name)) continue;  // a sheet renamed or removed since: nothing to fix there
      Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(name), UNO_QUERY_THROW);
      if (is_protected(sheet))
        refuse(lang, core::RuleId::fix_refused_protected, {{"sheet", to_utf8(name)}}, *this);
      targets.push_back(sheet);
    }

    // Re-validate first (all sheets), then write: a refusal or failure above leaves everything unchanged.
    const core::ValidationOptions options = validation_options(templateName, context_, *this);
    std::vector<std::pair<core::Grid, std::vector<core::CellEdit>>> plans;
    for (const auto& sheet : targets) {
      core::Grid grid = read_grid(sheet, used_area(sheet));
      std::vector<core::CellEdit> edits;
      for (auto& f : validate(grid, options)) {
        if (f.edits.empty()) continue;
        if (f.moves_cells && !one_at_a_time) continue;
        if (!wanted.count({from_utf8(f.sheet), from_utf8(f.cell()), from_utf8(core::rule_code(f.finding.rule_id))})) continue;
        for (auto& e : f.edits) edits.push_back(std::move(e));
      }
      plans.emplace_back(std::move(grid), std::move(edits));
    }

    sal_Int32 changed = 0;
    UndoContext undo(document, from_utf8("Jixiao: 修正"));
    const ActionLock lock(document);
    for (std::size_t i = 0; i < targets.size(); ++i)
      changed += write_edits(targets[i], plans[i].first, std::move(plans[i].second));
    return changed;
  });
}

OUString Validator::getImplementationName() { return OUString::createFromAscii(kValidatorImplementationName); }

sal_Bool Validator::supportsService(const OUString& name) { return name.equalsAscii(kValidatorServiceName); }

Sequence<OUString> Validator::getSupportedServiceNames() {
  Sequence<OUString> names(1);
  names.getArray()[0] = OUString::createFromAscii(kValidatorServiceName);
  return names;
}

}  // namespace jixiao::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_jixiao_ValidatorImpl_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>& /*args*/) {
  auto* instance = new jixiao::uno::Validator(context);
  instance->acquire();  // the caller takes over this reference
  return static_cast<cppu::OWeakObject*>(instance);
}
