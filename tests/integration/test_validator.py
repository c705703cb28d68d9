"""org.jixiao.Validator in a real office: validating documents built from the
seeds, applying fixes as one undo step, refusing protected sheets and
read-only documents. Needs URE_MORE_TYPES to include jixiao.rdb (CMake sets it)."""

import os
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))

import validator_docs  # noqa: E402
from office import Office  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402


def a1(row, column):
    return f"{chr(ord('A') + column)}{row + 1}"


class Validator(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = Office().__enter__()
        cls.validator = cls.office.create("org.jixiao.Validator")
        cls.dir = tempfile.mkdtemp(prefix="jixiao-validator-")
        validator_docs.build(cls.office, cls.dir)

    @classmethod
    def tearDownClass(cls):
        cls.office.shutdown()
        shutil.rmtree(cls.dir, ignore_errors=True)

    def rules_at(self, findings):
        return {(f.Sheet, f.Cell, f.RuleId) for f in findings}

    def test_service_is_registered(self):
        self.assertTrue(self.validator.supportsService("org.jixiao.Validator"))

    def test_empty_sheet_has_no_table(self):
        doc = self.office.new_spreadsheet()
        try:
            findings = self.validator.validateDocument(doc, "", "en")
            self.assertEqual([(f.Cell, f.RuleId) for f in findings], [("A1", "no-table-found")])
            self.assertTrue(findings[0].Message)
        finally:
            doc.close(True)

    def test_seed_documents_ods_and_xlsx(self):
        rows = validator_docs.project_rows()
        (row, column), = validator_docs.defect_cells(rows)
        for ext in ("ods", "xlsx"):
            with self.subTest(ext=ext):
                doc = self.office.load(os.path.join(self.dir, f"project.{ext}"), ReadOnly=True)
                try:
                    findings = self.validator.validateDocument(doc, "auto", "zh-CN")
                    found = [f for f in findings if f.RuleId == "operator-variant"]
                    self.assertIn(("目标表", a1(row, column)), [(f.Sheet, f.Cell) for f in found])
                    f = next(f for f in found if f.Cell == a1(row, column))
                    self.assertEqual((f.Row, f.Column, f.Severity, f.HasFix), (row, column, "warning", True))
                    self.assertIn("≥95%", f.Message)
                    # Each finding says which table (project) its cell belongs to.
                    self.assertEqual(f.Table, "企业退休人员体检费")
                    self.assertEqual(f.FixText, "≥95%")  # what its fix writes into the cell
                    self.assertNotIn("no-table-found", [f.RuleId for f in findings])
                    # The same findings from the sheet and from a range covering it.
                    sheet = doc.Sheets.getByIndex(0)
                    self.assertEqual(self.rules_at(self.validator.validateSheet(sheet, "", "zh-CN")),
                                     self.rules_at(findings))
                finally:
                    doc.close(True)

    def test_sheets_with_tables(self):
        doc = self.office.load(os.path.join(self.dir, "project.ods"), ReadOnly=True)
        try:
            doc.Sheets.insertNewByName("说明", 0)
            doc.Sheets.getByName("说明").getCellRangeByName("A1").setString("填表说明")
            self.assertEqual(list(self.validator.sheetsWithTables(doc)), ["目标表"])
        finally:
            doc.close(True)
        empty = self.office.new_spreadsheet()
        try:
            self.assertEqual(list(self.validator.sheetsWithTables(empty)), [])
        finally:
            empty.close(True)

    def test_languages(self):
        doc = self.office.new_spreadsheet()
        try:
            en = self.validator.validateDocument(doc, "", "en")[0].Message
            zh = self.validator.validateDocument(doc, "", "zh-CN")[0].Message
            ui = self.validator.validateDocument(doc, "", "")[0].Message  # the office runs en-US
            self.assertNotEqual(en, zh)
            self.assertEqual(ui, en)
        finally:
            doc.close(True)

    def test_validate_range_keeps_sheet_addresses(self):
        doc = self.office.new_spreadsheet()
        try:
            sheet = doc.Sheets.getByIndex(0)
            findings = self.validator.validateRange(sheet.getCellRangeByName("C5:F9"), "", "en")
            self.assertEqual([(f.Cell, f.Row, f.Column, f.RuleId) for f in findings],
                             [("C5", 4, 2, "no-table-found")])
        finally:
            doc.close(True)

    def test_apply_fixes_is_one_undo_step_and_changes_only_fixed_cells(self):
        doc = validator_docs.new_project_document(self.office)
        try:
            sheet = doc.Sheets.getByIndex(0)
            area = sheet.getCellRangeByName("A1:H80")
            before = area.getDataArray()
            findings = self.validator.validateDocument(doc, "", "en")
            fixable = [f for f in findings if f.RuleId == "operator-variant" and f.HasFix]
            self.assertTrue(fixable)
            changed = self.validator.applyFixes(doc, fixable, "")
            self.assertEqual(changed, len(fixable))
            after = area.getDataArray()
            diff = [(r, c) for r in range(len(before)) for c in range(len(before[0]))
                    if before[r][c] != after[r][c]]
            self.assertEqual(sorted(diff), sorted((f.Row, f.Column) for f in fixable))
            (row, column), = validator_docs.defect_cells(validator_docs.project_rows())
            self.assertEqual(after[row][column], "≥95%")
            self.assertNotIn("operator-variant",
                             [f.RuleId for f in self.validator.validateDocument(doc, "", "en")])
            doc.UndoManager.undo()  # one step restores every cell
            self.assertEqual(area.getDataArray(), before)
        finally:
            doc.close(True)

    def test_all_fixes_many_cells_undone_in_one_step(self):
        doc = validator_docs.new_project_document(self.office)
        try:
            sheet = doc.Sheets.getByIndex(0)
            # Typed as people type them: ≥ written >=, a full-width ＞＝, a stray space.
            for cell, text in (("E26", ">=100%"), ("D32", "＞＝90%"), ("E32", ">90% ")):
                sheet.getCellRangeByName(cell).setString(text)
            area = sheet.getCellRangeByName("A1:H80")
            before = area.getDataArray()
            fixable = [f for f in self.validator.validateDocument(doc, "", "en") if f.HasFix]
            self.assertIn(("B19", "misaligned-row", True), [(f.Cell, f.RuleId, f.FixMovesCells) for f in fixable])
            changed = self.validator.applyFixes(doc, fixable, "")
            after = area.getDataArray()
            diff = sum(before[r][c] != after[r][c] for r in range(len(before)) for c in range(len(before[0])))
            self.assertGreater(changed, 1)
            self.assertEqual(diff, changed)
            # "Fix all" never moves a row: B19 is where it was.
            self.assertEqual(sheet.getCellRangeByName("B19").getString(), "绩效目标合理性")
            doc.UndoManager.undo()
            self.assertEqual(area.getDataArray(), before)
        finally:
            doc.close(True)

    def test_a_fix_that_moves_cells_is_applied_alone(self):
        doc = validator_docs.new_project_document(self.office)
        try:
            sheet = doc.Sheets.getByIndex(0)
            area = sheet.getCellRangeByName("A1:H80")
            before = area.getDataArray()
            moved = [f for f in self.validator.validateDocument(doc, "", "en") if f.Cell == "B19"]
            self.assertEqual([(f.RuleId, f.HasFix, f.FixMovesCells) for f in moved], [("misaligned-row", True, True)])
            self.assertEqual(self.validator.applyFixes(doc, moved, ""), 3)  # D19 holds 合理 already
            self.assertEqual([sheet.getCellRangeByName(c).getString() for c in ("B19", "C19", "D19", "E19")],
                             ["", "绩效目标合理性", "合理", "合理"])
            doc.UndoManager.undo()
            self.assertEqual(area.getDataArray(), before)
        finally:
            doc.close(True)

    def test_findings_that_no_longer_exist_are_not_applied(self):
        doc = validator_docs.new_project_document(self.office)
        try:
            findings = self.validator.validateDocument(doc, "", "en")
            fixable = [f for f in findings if f.RuleId == "operator-variant"]
            for f in fixable:
                f.RuleId = "bare-number"  # not what that cell has
            self.assertEqual(self.validator.applyFixes(doc, fixable, ""), 0)
        finally:
            doc.close(True)

    def test_protected_sheet_is_refused_unchanged(self):
        doc = validator_docs.new_project_document(self.office)
        try:
            sheet = doc.Sheets.getByIndex(0)
            findings = [f for f in self.validator.validateDocument(doc, "", "en") if f.HasFix]
            before = sheet.getCellRangeByName("A1:H80").getDataArray()
            sheet.protect("")
            with self.assertRaises(IllegalArgumentException) as raised:
                self.validator.applyFixes(doc, findings, "")
            self.assertIn("protected", raised.exception.Message)
            self.assertEqual(sheet.getCellRangeByName("A1:H80").getDataArray(), before)
        finally:
            doc.close(True)

    def test_read_only_document_is_refused_unchanged(self):
        doc = self.office.load(os.path.join(self.dir, "project.ods"), ReadOnly=True)
        try:
            sheet = doc.Sheets.getByIndex(0)
            findings = [f for f in self.validator.validateDocument(doc, "", "en") if f.HasFix]
            self.assertTrue(findings)
            before = sheet.getCellRangeByName("A1:H80").getDataArray()
            with self.assertRaises(IllegalArgumentException) as raised:
                self.validator.applyFixes(doc, findings, "")
            self.assertIn("read-only", raised.exception.Message)
            self.assertEqual(sheet.getCellRangeByName("A1:H80").getDataArray(), before)
        finally:
            doc.close(True)

    def test_merges_and_error_cells_are_read(self):
        # An error result must not break reading; a merged title is allowed.
        doc = validator_docs.new_project_document(self.office)
        try:
            sheet = doc.Sheets.getByIndex(0)
            sheet.getCellRangeByName("A3:E3").merge(True)
            sheet.getCellRangeByName("H1").setFormula("=1/0")
            findings = self.validator.validateDocument(doc, "", "en")
            self.assertIn("operator-variant", [f.RuleId for f in findings])
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
