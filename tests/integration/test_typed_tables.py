"""Tables made the way people make them, checked in a real office (issue 11): typed through
Calc's own input line, written as .xlsx by openpyxl with number formats, imported from CSV with
type detection, pasted as text. Each row of tests/fixtures/typed_tables.py says which findings
it must give; every rule that judges a cell is there in the typed variant, with rows where it
must not fire around it. Needs URE_MORE_TYPES to include jixiao.rdb (CMake sets it)."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))

import typed_tables  # noqa: E402
from office import file_url, props  # noqa: E402
from service_case import ServiceCase  # noqa: E402


class TypedTables(ServiceCase):
    # The findings are compared by rule and cell, whatever the UI language; the office's locale
    # decides how typed input reads (95% and dates), so it stays the one the fixtures are typed for.
    office_locale = "en-US"

    def found(self, doc):
        """{sheet: sorted "rule@A1"} of the whole workbook."""
        by_sheet = {}
        for f in self.validator.validateDocument(doc, "", "en"):
            by_sheet.setdefault(f.Sheet, []).append(f"{f.RuleId}@{f.Cell}")
        return {sheet: sorted(cells) for sheet, cells in by_sheet.items()}

    def expected(self, variant, sheets=None):
        result = {}
        for name, rows, variants in typed_tables.SHEETS:
            if variant in variants and (sheets is None or name in sheets):
                cells = typed_tables.expected_findings(rows, variant)
                if cells:
                    result[name] = cells
        return result

    def typed_document(self):
        doc = self.office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, props(Hidden=True))
        sheets = doc.Sheets
        for index, (name, rows, _) in enumerate(typed_tables.SHEETS):
            if index == 0:
                sheets.getByIndex(0).setName(name)
            else:
                sheets.insertNewByName(name, index)
            typed_tables.type_rows(self.office, doc, sheets.getByName(name), rows)
        return doc

    def test_typed_through_calcs_input_line(self):
        doc = self.typed_document()
        try:
            sheet = doc.Sheets.getByName("部门")
            # What typing made: a percent-formatted number, a formula, a date, a text.
            cell = sheet.getCellRangeByName("E11")
            self.assertEqual((cell.getValue(), cell.getType().value), (0.95, "VALUE"))
            self.assertEqual(doc.NumberFormats.getByKey(cell.NumberFormat).Type & 128, 128)  # PERCENT
            self.assertEqual(sheet.getCellRangeByName("E13").getFormula(), "=100%")
            self.assertEqual(sheet.getCellRangeByName("E14").getValue(), 45657.0)
            self.assertEqual(doc.Sheets.getByName("资金").getCellRangeByName("B8").getType().value, "TEXT")
            self.assertEqual(self.found(doc), self.expected("typed"))
        finally:
            doc.close(True)

    def test_typed_target_formulas_are_fixed_to_the_text_typed(self):
        doc = self.typed_document()
        try:
            findings = [f for f in self.validator.validateDocument(doc, "", "en") if f.RuleId == "target-typed-as-formula"]
            self.assertTrue(findings)
            self.assertTrue(all(f.HasFix and not f.FixMovesCells for f in findings))
            self.validator.applyFixes(doc, findings, "")
            sheet = doc.Sheets.getByName("部门")
            self.assertEqual((sheet.getCellRangeByName("E13").getType().value, sheet.getCellRangeByName("E13").getString()),
                             ("TEXT", "=100%"))
            self.assertEqual(sheet.getCellRangeByName("E15").getString(), "=9个月")
            # In an export the value cell holds the number alone: =100 typed becomes 100.
            self.assertEqual(doc.Sheets.getByName("导出").getCellRangeByName("I13").getString(), "100")
            remaining = [f for f in self.validator.validateDocument(doc, "", "en") if f.RuleId == "target-typed-as-formula"]
            self.assertEqual(remaining, [])
            doc.UndoManager.undo()
            self.assertEqual(sheet.getCellRangeByName("E13").getFormula(), "=100%")
        finally:
            doc.close(True)

    def test_xlsx_written_by_openpyxl(self):
        path = os.path.join(self.dir, "typed.xlsx")
        typed_tables.write_xlsx(path)
        doc = self.office.load(path, ReadOnly=True)
        try:
            cell = doc.Sheets.getByName("部门").getCellRangeByName("E11")
            self.assertEqual(cell.getValue(), 0.95)
            self.assertEqual(cell.getString(), "95%")  # openpyxl's 0% format, as Excel shows it
            self.assertEqual(self.found(doc), self.expected("xlsx"))
        finally:
            doc.close(True)

    def test_csv_imported_with_type_detection(self):
        for name, rows, variants in typed_tables.SHEETS:
            if "csv" not in variants:
                continue
            with self.subTest(sheet=name):
                path = os.path.join(self.dir, f"{name}.csv")
                typed_tables.write_csv(path, rows)
                doc = self.office.load(path, ReadOnly=True, FilterName="Text - txt - csv (StarCalc)",
                                       FilterOptions=typed_tables.CSV_FILTER_OPTIONS)
                try:
                    sheet = doc.Sheets.getByIndex(0)
                    found = self.found(doc).get(sheet.Name, [])
                    self.assertEqual(found, typed_tables.expected_findings(rows, "csv"))
                finally:
                    doc.close(True)

    def test_pasted_as_text(self):
        doc = self.office.new_spreadsheet()
        try:
            sheets = doc.Sheets
            names = [name for name, _, variants in typed_tables.SHEETS if "pasted" in variants]
            for index, (name, rows, variants) in enumerate(s for s in typed_tables.SHEETS if "pasted" in s[2]):
                if index == 0:
                    sheets.getByIndex(0).setName(name)
                else:
                    sheets.insertNewByName(name, index)
                typed_tables.paste_rows(sheets.getByName(name), rows)
            self.assertEqual(self.found(doc), self.expected("pasted", names))
        finally:
            doc.close(True)

    def test_a_workbook_without_a_table(self):
        doc = self.office.new_spreadsheet()
        try:
            doc.Sheets.getByIndex(0).setName("封面")
            doc.Sheets.insertNewByName("说明", 1)
            typed_tables.type_rows(self.office, doc, doc.Sheets.getByIndex(0), typed_tables.COVER)
            self.assertEqual(self.found(doc), {"封面": typed_tables.expected_findings(typed_tables.COVER, "typed")})
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
