"""org.jixiao.ReportWriter in a real office, on the project seed table with its
defects: the report sheet (rows, words in each language, links that jump to the
finding's cell, a new name when taken, one undo step, refusals) and the CSV
export (exact bytes, the rows of jixiao-check --format csv, errors as
IOException). JIXIAO_LOCALE (en-US or zh-CN) sets the office's UI language.
Needs URE_MORE_TYPES to include jixiao.rdb and JIXIAO_CHECK (CMake sets them)."""

import csv
import io
import os
import re
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))

import uno  # noqa: E402
import validator_docs  # noqa: E402
from office import file_url, props  # noqa: E402
from service_case import ZH, ServiceCase  # noqa: E402
from com.sun.star.io import IOException  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402

CHECK = os.environ.get("JIXIAO_CHECK", "")
BOM = b"\xef\xbb\xbf"
WORDS = {
    "zh-CN": {"sheet": "绩效检查报告", "headings": ("级别", "工作表", "单元格", "规则", "说明", "可自动修复"),
              "error": "严重", "warning": "警告", "info": "提示", True: "是", False: "否",
              "csv": "文件,工作表,单元格,行,列,级别,规则,说明,可自动修复"},
    "en": {"sheet": "Jixiao report", "headings": ("Severity", "Sheet", "Cell", "Rule", "Message", "Fix available"),
           "error": "Error", "warning": "Warning", "info": "Info", True: "yes", False: "no",
           "csv": "file,sheet,cell,row,column,severity,rule_id,message,has_fix"},
}
UI = "zh-CN" if ZH else "en"
# Each rule's title by language (data/rules/rules.tsv): what the report and the Chinese CSV show.
RULES_TSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "rules", "rules.tsv")
TITLES = {"zh-CN": {}, "en": {}}
with open(RULES_TSV, encoding="utf-8") as rules:
    for line in rules:
        fields = line.rstrip("\n").split("\t")
        if line.startswith("#") or len(fields) < 6:
            continue
        TITLES["zh-CN"][fields[0]], TITLES["en"][fields[0]] = fields[4], fields[5]
# A sheet name a reference must quote: spaces, a quote, Chinese.
ODD_SHEET = "Bob's 目标 表"


def finding(sheet, cell, row, column, severity, rule, message, has_fix):
    f = uno.createUnoStruct("org.jixiao.Finding")
    f.Sheet, f.Cell, f.Row, f.Column = sheet, cell, row, column
    f.Severity, f.RuleId, f.Message, f.HasFix = severity, rule, message, has_fix
    return f


def expected_csv(findings, language):
    """The CSV as RFC 4180 writes it, made independently of the extension by Python's csv."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # QUOTE_MINIMAL: only fields with , " CR LF
    words = WORDS[language]
    for f in findings:
        if language == "en":  # the codes of jixiao-check --format csv
            writer.writerow(["", f.Sheet, f.Cell, f.Row + 1, f.Column + 1, f.Severity, f.RuleId, f.Message,
                             "true" if f.HasFix else "false"])
        else:  # people's words, as the header
            writer.writerow(["", f.Sheet, f.Cell, f.Row + 1, f.Column + 1, words[f.Severity],
                             TITLES[language][f.RuleId], f.Message, words[bool(f.HasFix)]])
    return BOM + (WORDS[language]["csv"] + "\r\n" + out.getvalue()).encode("utf-8")


class ReportWriter(ServiceCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.writer = cls.office.create("org.jixiao.ReportWriter")

    def project(self, sheet_name="目标表"):
        doc = validator_docs.new_project_document(self.office, sheet_name)
        self.addCleanup(doc.close, True)
        return doc

    def visible_project(self):
        """The project table in a document with a visible frame. LibreOffice 7.4 crashes when a
        sheet insertion is undone in a document loaded Hidden (the plain API's insertNewByName and
        .uno:Insert alike, without Jixiao), so undo is tested the way users meet it."""
        doc = self.office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, props(Hidden=False))
        self.addCleanup(doc.close, True)
        sheet = doc.Sheets.getByIndex(0)
        sheet.setName("目标表")
        validator_docs.write_rows(sheet, validator_docs.project_rows())
        return doc

    def report_rows(self, sheet, count):
        """The heading row and `count` rows under it."""
        return [tuple(r) for r in sheet.getCellRangeByPosition(0, 0, 5, count).getDataArray()]

    def test_service_is_registered(self):
        self.assertTrue(self.writer.supportsService("org.jixiao.ReportWriter"))

    def test_report_sheet_lists_the_findings_in_each_language(self):
        for language in ("zh-CN", "en", ""):
            words = WORDS[language or UI]
            with self.subTest(language=language):
                doc = self.project()
                found = self.validator.validateDocument(doc, "", language)
                name = self.writer.writeReport(doc, found, language)
                self.assertEqual(name, words["sheet"])
                self.assertEqual(doc.Sheets.ElementNames, ("目标表", name))  # appended at the end
                sheet = doc.Sheets.getByName(name)
                rows = self.report_rows(sheet, len(found))
                self.assertEqual(rows[0], words["headings"])
                self.assertEqual(rows[1:], [(words[f.Severity], f.Sheet, f.Cell, TITLES[language or UI][f.RuleId],
                                             f.Message, words[bool(f.HasFix)]) for f in found])
                cursor = sheet.createCursor()
                cursor.gotoEndOfUsedArea(False)
                self.assertEqual((cursor.RangeAddress.EndRow, cursor.RangeAddress.EndColumn), (len(found), 5))
                self.assertEqual(sheet.getCellRangeByName("A1:F1").CharWeight, 150.0)  # bold headings
                self.assertEqual(sheet.getCellRangeByName("A2").CharWeight, 100.0)
                self.assertGreater(sheet.Columns.getByIndex(4).Width, sheet.Columns.getByIndex(0).Width)
                self.assertEqual(doc.CurrentController.ActiveSheet.Name, name)  # shown

    def test_cell_column_links_jump_to_the_cell(self):
        doc = self.project(ODD_SHEET)
        found = self.validator.validateDocument(doc, "", "en")
        self.assertTrue(found)
        sheet = doc.Sheets.getByName(self.writer.writeReport(doc, found, "en"))
        helper = self.office.create("com.sun.star.frame.DispatchHelper")
        frame = doc.CurrentController.Frame
        for i, f in enumerate(found, start=1):
            with self.subTest(cell=f.Cell):
                cell = sheet.getCellByPosition(2, i)
                formula = cell.getFormula()
                self.assertEqual(formula, f'=HYPERLINK("#\'Bob\'\'s 目标 表\'.{f.Cell}";"{f.Cell}")')
                self.assertEqual((cell.getError(), cell.getString()), (0, f.Cell))
                # A click on the link hands the text after '#' to the view's jump (SID_JUMPTOMARK).
                mark = re.match(r'=HYPERLINK\("#(.*)";"', formula).group(1).replace('""', '"')
                doc.CurrentController.setActiveSheet(sheet)
                helper.executeDispatch(frame, ".uno:JumpToMark", "", 0, props(Bookmark=mark))
                self.assertEqual(doc.CurrentController.ActiveSheet.Name, ODD_SHEET)
                address = doc.CurrentController.getSelection().RangeAddress
                self.assertEqual((address.StartRow, address.StartColumn), (f.Row, f.Column))

    def test_text_stays_text(self):
        doc = self.project()
        odd = [finding("2024", "A1", 0, 0, "error", "cell-error", "=SUM(A1)", False),
               finding("目标表", "B2", 1, 1, "info", "whitespace-in-text", "'quoted", True)]
        sheet = doc.Sheets.getByName(self.writer.writeReport(doc, odd, "en"))
        self.assertEqual(self.report_rows(sheet, 2)[1:],
                         [("Error", "2024", "A1", TITLES["en"]["cell-error"], "=SUM(A1)", "no"),
                          ("Info", "目标表", "B2", TITLES["en"]["whitespace-in-text"], "'quoted", "yes")])
        self.assertEqual(sheet.getCellRangeByName("B2").getFormula(), "'2024")  # text that looks like a number
        self.assertEqual(sheet.getCellRangeByName("B2").Type.value, "TEXT")
        self.assertEqual(sheet.getCellRangeByName("E2").Type.value, "TEXT")

    def test_a_second_report_gets_a_new_name(self):
        doc = self.project()
        found = self.validator.validateDocument(doc, "", "en")
        base = WORDS["en"]["sheet"]
        self.assertEqual(self.writer.writeReport(doc, found, "en"), base)
        self.assertEqual(self.writer.writeReport(doc, found, "en"), base + " (2)")
        doc.Sheets.insertNewByName("JIXIAO REPORT (3)", doc.Sheets.Count)  # Calc compares names ignoring case
        self.assertEqual(self.writer.writeReport(doc, found, "en"), base + " (4)")

    def test_one_undo_step_removes_the_sheet(self):
        doc = self.visible_project()
        found = self.validator.validateDocument(doc, "", "en")
        names = doc.Sheets.ElementNames
        steps = len(doc.UndoManager.AllUndoActionTitles)
        name = self.writer.writeReport(doc, found, "")
        self.assertEqual(len(doc.UndoManager.AllUndoActionTitles), steps + 1)
        # A visible view also keeps the heading row in view (a hidden one cannot freeze panes).
        self.assertEqual(doc.CurrentController.ActiveSheet.Name, name)
        self.assertTrue(doc.CurrentController.hasFrozenPanes())
        doc.UndoManager.undo()
        self.assertEqual(doc.Sheets.ElementNames, names)

    def test_read_only_and_protected_structure_are_refused(self):
        doc = self.project()
        found = self.validator.validateDocument(doc, "", "en")
        path = os.path.join(self.dir, "read-only.ods")
        validator_docs.save(doc, path)
        read_only = self.office.load(path, ReadOnly=True)
        self.addCleanup(read_only.close, True)
        with self.assertRaises(IllegalArgumentException) as raised:
            self.writer.writeReport(read_only, found, "")
        self.assertIn("只读" if ZH else "read-only", raised.exception.Message)
        self.assertEqual(read_only.Sheets.ElementNames, ("目标表",))
        doc.protect("")
        with self.assertRaises(IllegalArgumentException) as raised:
            self.writer.writeReport(doc, found, "zh-CN")
        self.assertIn("文档结构受保护", raised.exception.Message)
        self.assertEqual(doc.Sheets.ElementNames, ("目标表",))

    # -- CSV ------------------------------------------------------------------
    def test_csv_bytes_bom_header_and_quoting(self):
        tricky = [finding("Sheet, \"甲\"", "D23", 22, 3, "warning", "operator-variant",
                          "指标值“>=95%”，标准写法是 \"≥95%\", 请核对\n第二行", True),
                  finding("目标表", "A1", 0, 0, "info", "no-table-found", "plain", False)]
        for language in ("zh-CN", "en", ""):
            with self.subTest(language=language):
                path = os.path.join(self.dir, f"tricky-{language or 'ui'}.csv")
                self.writer.exportCsv(tricky, file_url(path), language)
                with open(path, "rb") as f:
                    self.assertEqual(f.read(), expected_csv(tricky, language or UI))
        with open(path, "rb") as f:
            text = f.read()
        self.assertIn(b'"Sheet, ""\xe7\x94\xb2"""', text)  # quotes doubled inside quotes

    def test_csv_replaces_the_file(self):
        path = os.path.join(self.dir, "replaced.csv")
        with open(path, "wb") as f:
            f.write(b"x" * 100000)
        few = [finding("目标表", "A1", 0, 0, "info", "no-table-found", "plain", False)]
        self.writer.exportCsv(few, file_url(path), "en")
        with open(path, "rb") as f:
            self.assertEqual(f.read(), expected_csv(few, "en"))

    def test_csv_rows_equal_jixiao_checks(self):
        doc = self.project()
        path = os.path.join(self.dir, "project.ods")
        validator_docs.save(doc, path)
        found = self.validator.validateDocument(doc, "", "en")
        exported = os.path.join(self.dir, "exported.csv")
        self.writer.exportCsv(found, file_url(exported), "en")
        with open(exported, "rb") as f:
            service_lines = f.read()[len(BOM):].split(b"\r\n")
        result = subprocess.run([CHECK, "--format", "csv", "--lang", "en", path], capture_output=True, timeout=240)
        self.assertEqual(result.returncode, 1, result.stderr)  # the seed table has error findings
        check_lines = result.stdout.split(b"\r\n")
        self.assertFalse(result.stdout.startswith(BOM))  # jixiao-check's stream has no byte-order mark
        self.assertEqual(service_lines[0], check_lines[0])  # the same header in English
        prefix = path.encode() + b","
        self.assertTrue(all(line.startswith(prefix) for line in check_lines[1:-1]))
        # The same rows byte for byte, but for the file column (empty in the service's file).
        self.assertEqual([b"," + line[len(prefix):] for line in check_lines[1:-1]], service_lines[1:-1])
        self.assertEqual(len(service_lines) - 2, len(found))

    def test_csv_errors(self):
        few = [finding("目标表", "A1", 0, 0, "info", "no-table-found", "plain", False)]
        for url in (file_url(os.path.join(self.dir, "no-such-folder", "x.csv")), file_url(self.dir),
                    "http://example.invalid/x.csv", "not a url"):
            with self.subTest(url=url):
                with self.assertRaises(IOException) as raised:
                    self.writer.exportCsv(few, url, "en")
                self.assertIn(url, raised.exception.Message)
        with self.assertRaises(IOException) as raised:
            self.writer.exportCsv(few, file_url(os.path.join(self.dir, "no-such-folder", "x.csv")), "zh-CN")
        self.assertIn("文件夹不存在", raised.exception.Message)
        with self.assertRaises(IllegalArgumentException):
            self.writer.exportCsv(few, "", "en")


if __name__ == "__main__":
    unittest.main()
