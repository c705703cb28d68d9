"""org.jixiao.ExecutionRates in a real office: the bases a sheet offers, rates
inserted as formulas of Calc's own functions on the sample's execution sheet
and on a department table, one undo step removing all of it, an .xlsx copy
computing the same in an office without the extension, and refusals that
change nothing. Needs URE_MORE_TYPES to include jixiao.rdb (CMake sets it)."""

import datetime
import os
import re
import sys
import unittest
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))

import uno  # noqa: E402
import rate_docs  # noqa: E402
from office import Office, file_url, props  # noqa: E402
from service_case import ServiceCase  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402
from com.sun.star.util import Date  # noqa: E402
from com.sun.star.util.NumberFormat import PERCENT  # noqa: E402

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "samples", "jixiao-sample.ods")
AS_OF = datetime.date(2026, 6, 30)
THRESHOLD = 0.10
# More lines under the sample's two, so that every kind of row is there: a
# sub-header, a line above 100%, a base of 0, nothing executed yet, a total.
EXTRA_LINES = [
    ("二、专项经费", "", "", ""),
    ("培训费", 100.0, 80.0, 120.0),
    ("设备购置", 0.0, 0.0, 0.0),
    ("信息化运维", 60.0, 60.0, ""),
    ("合计", 17818.29, 15791.89, 8445.95),
]
BASE_COLUMN = {"budget": 1, "received": 2}
EXECUTED_COLUMN = 3


def time_progress(day):
    first = datetime.date(day.year, 1, 1)
    return ((day - first).days + 1) / ((datetime.date(day.year, 12, 31) - first).days + 1)


def uno_date(day):
    return Date(day.day, day.month, day.year)


def amount(value):
    """A cell's amount as Python reads it: numbers as they are, text without its spaces."""
    if isinstance(value, str):
        return float(value.strip()) if value.strip() else 0.0
    return value


def used_area(sheet):
    cursor = sheet.createCursor()
    cursor.gotoStartOfUsedArea(False)
    cursor.gotoEndOfUsedArea(True)
    a = cursor.RangeAddress
    return sheet.getCellRangeByPosition(0, 0, a.EndColumn, a.EndRow)


def snapshot(doc, sheet):
    """What one undo must restore exactly."""
    area = used_area(sheet)
    address = area.RangeAddress
    return {"area": (address.EndColumn, address.EndRow), "data": area.getDataArray(),
            "formulas": area.getFormulaArray(), "charts": sheet.Charts.getCount(),
            "shapes": sheet.DrawPage.getCount(), "conditional_formats": sheet.ConditionalFormats.getLength(),
            "undo_steps": len(doc.UndoManager.getAllUndoActionTitles()),
            "styles": sorted(n for n in doc.StyleFamilies.getByName("CellStyles").ElementNames
                             if n.startswith("Jixiao"))}


def parse_address(address):
    """'执行情况.G1:K8' -> (sheet, first column, first row, last column, last row), zero-based."""
    match = re.fullmatch(r"(.+)\.([A-Z]+)(\d+):([A-Z]+)(\d+)", address)
    column = lambda letters: sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(letters))) - 1
    return (match.group(1), column(match.group(2)), int(match.group(3)) - 1,
            column(match.group(4)), int(match.group(5)) - 1)


class ExecutionRates(ServiceCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.rates = cls.office.create("org.jixiao.ExecutionRates")

    # -- documents ----------------------------------------------------------
    def execution_document(self, lines=rate_docs.SAMPLE_EXECUTION + EXTRA_LINES):
        doc = self.office.new_spreadsheet()
        sheet = doc.Sheets.getByIndex(0)
        sheet.setName("执行情况")
        rate_docs.write_execution_sheet(sheet, lines)
        doc.calculateAll()
        return doc, sheet

    def department_document(self):
        doc = self.office.new_spreadsheet()
        sheet = doc.Sheets.getByIndex(0)
        sheet.setName("部门整体")
        rate_docs.write_rows(sheet, rate_docs.department_rows())
        return doc, sheet

    # -- checks -------------------------------------------------------------
    def check_inserted(self, doc, sheet, address, base_of, lines, label_texts):
        """The inserted cells: formulas of Calc's own functions computing
        executed / base, rate - progress and the flags, formatted as percent.
        base_of(row) is the base amount's column of a line row."""
        name, first_column, header_row, last_column, last_row = parse_address(address)
        self.assertEqual(name, sheet.Name)
        self.assertEqual(last_column - first_column + 1, 5)
        area = sheet.getCellRangeByPosition(first_column, header_row, last_column, last_row)
        values, formulas = area.getDataArray(), area.getFormulaArray()
        self.assertEqual(values[0][:4], label_texts)
        progress = values[1][4]
        self.assertAlmostEqual(progress, time_progress(AS_OF), places=12)
        self.assertIn("DATE(2026;6;30)", formulas[1][4])

        source = sheet.getCellRangeByPosition(0, 0, first_column - 1, last_row).getDataArray()
        flagged, expected_flags = [], []
        for row in lines:
            r = row - header_row
            executed, base = amount(source[row][EXECUTED_COLUMN_OF[sheet.Name]]), amount(source[row][base_of(row)])
            for formula in formulas[r][:4]:
                self.assertTrue(formula.startswith("="), formula)
                self.assertNotIn("ORG.JIXIAO", formula.upper())
                self.assertNotIn("JX", formula.upper())
            rate, deviation, flag, line_progress = values[r][:4]
            if base == 0:
                self.assertEqual((rate, deviation, flag), ("", "", ""), f"row {row + 1}")
                continue
            self.assertAlmostEqual(rate, executed / base, places=12, msg=f"row {row + 1}")
            self.assertAlmostEqual(deviation, rate - progress, places=12)
            self.assertAlmostEqual(line_progress, progress, places=15)
            if flag:
                flagged.append(row)
            if rate > 1 or rate - progress < -THRESHOLD:
                expected_flags.append(row)
        self.assertEqual(flagged, expected_flags)
        self.assertTrue(flagged)

        formats = doc.NumberFormats
        for column in (0, 1, 3, 4):
            key = sheet.getCellByPosition(first_column + column, lines[0]).NumberFormat
            self.assertTrue(formats.getByKey(key).Type & PERCENT, column)
            self.assertEqual(formats.getByKey(key).FormatString, "0.00%")
        entries = sheet.getCellRangeByPosition(first_column, header_row + 1, first_column, last_row).ConditionalFormat
        self.assertEqual(entries.getCount(), 2)
        self.assertEqual(entries.getByIndex(0).StyleName, "Jixiao Lag")
        return values

    def check_chart(self, sheet, address, lines):
        """One chart: the rates as columns, the time progress as a line, one
        category a row of the inserted cells (rows that are no line stay empty)."""
        self.assertEqual(sheet.Charts.getCount(), 1)
        chart = sheet.Charts.getByIndex(0).EmbeddedObject
        types = [t.ChartType for t in chart.getFirstDiagram().CoordinateSystems[0].ChartTypes]
        self.assertEqual(types, ["com.sun.star.chart2.ColumnChartType", "com.sun.star.chart2.LineChartType"])
        _, c0, r0, _, r1 = parse_address(address)
        rates = sheet.getCellRangeByPosition(c0, r0 + 1, c0, r1).getDataArray()
        data = chart.Data.getData()
        self.assertEqual(len(data), r1 - r0)
        for row, (rate,) in zip(data, rates):
            if isinstance(rate, float):
                self.assertAlmostEqual(row[0], rate, places=12)
                self.assertAlmostEqual(row[1], time_progress(AS_OF), places=12)
        # Placed right of everything the sheet holds: it covers no cell.
        shape = sheet.DrawPage.getByIndex(0)
        right_edge = used_area(sheet).RangeAddress.EndColumn + 1
        self.assertGreaterEqual(shape.Position.X, sheet.getCellByPosition(right_edge, 0).Position.X)

    def check_undo_restores(self, doc, sheet, before):
        # All of it is one new step on the undo stack, and one undo takes it back.
        self.assertEqual(len(doc.UndoManager.getAllUndoActionTitles()), before["undo_steps"] + 1)
        self.assertEqual(sheet.ConditionalFormats.getLength(), before["conditional_formats"] + 1)
        doc.UndoManager.undo()
        after = snapshot(doc, sheet)
        self.assertEqual(after, before)
        self.assertEqual(after["charts"], 0)

    # -- tests ----------------------------------------------------------------
    def test_service_is_registered(self):
        self.assertTrue(self.rates.supportsService("org.jixiao.ExecutionRates"))

    def test_available_bases(self):
        doc, sheet = self.execution_document()
        try:
            self.assertEqual(self.rates.availableBases(sheet), ("budget", "received"))
        finally:
            doc.close(True)
        doc, sheet = self.department_document()
        try:
            self.assertEqual(self.rates.availableBases(sheet), ("budget", "plan"))
        finally:
            doc.close(True)
        doc = self.office.new_spreadsheet()
        try:
            self.assertEqual(self.rates.availableBases(doc.Sheets.getByIndex(0)), ())
        finally:
            doc.close(True)

    def test_sample_sheet_each_base_then_one_undo(self):
        lines = [1, 2, 4, 5, 6, 7]  # the sub-header in row 4 (zero-based 3) is no line
        for base in ("budget", "received"):
            with self.subTest(base=base):
                doc, sheet = self.execution_document()
                try:
                    before = snapshot(doc, sheet)
                    address = self.rates.insertRates(sheet, base, uno_date(AS_OF), THRESHOLD, "zh-CN")
                    self.assertEqual(address, "执行情况.G1:K8")
                    word = {"budget": "全年预算数", "received": "实际到位资金"}[base]
                    values = self.check_inserted(doc, sheet, address, lambda row: BASE_COLUMN[base], lines,
                                                 (f"执行率（{word}）", "与序时进度偏差", "预警", "序时进度"))
                    self.assertEqual(values[3], ("", "", "", "", ""))  # the sub-header row
                    self.assertEqual(values[0][4], "序时进度（截至2026-06-30）")
                    self.assertIn("超预算", [v[2] for v in values])
                    # The user's cells, their own rate columns included, are where they were.
                    self.assertEqual(sheet.getCellRangeByPosition(0, 0, 5, 7).getFormulaArray(),
                                     before["formulas"])
                    self.check_chart(sheet, address, lines)
                    self.assertEqual(snapshot(doc, sheet)["styles"], ["Jixiao Lag", "Jixiao Over"])
                    self.check_undo_restores(doc, sheet, before)
                    # Redo brings all of it back, styles included.
                    doc.UndoManager.redo()
                    self.assertEqual(sheet.Charts.getCount(), 1)
                    self.assertEqual(snapshot(doc, sheet)["styles"], ["Jixiao Lag", "Jixiao Over"])
                finally:
                    doc.close(True)

    def test_a_second_run_updates_the_first_set(self):
        doc, sheet = self.execution_document()
        try:
            first = self.rates.insertRates(sheet, "received", uno_date(AS_OF), THRESHOLD, "en")
            after_first = snapshot(doc, sheet)
            # Again, on another base and in the other language: the same columns written over, one
            # chart, no second set stacked beside the first.
            again = self.rates.insertRates(sheet, "budget", uno_date(AS_OF), THRESHOLD, "zh-CN")
            self.assertEqual(again, first)
            now = snapshot(doc, sheet)
            self.assertEqual(now["area"], after_first["area"])
            self.assertEqual(now["charts"], 1)
            self.assertEqual(sheet.getCellRangeByName("G1").getString(), "执行率（全年预算数）")
            self.assertEqual(sheet.getCellRangeByName("L1").getString(), "")
            # One undo gives back the first set as it was.
            doc.UndoManager.undo()
            restored = snapshot(doc, sheet)
            self.assertEqual((restored["data"], restored["charts"]), (after_first["data"], after_first["charts"]))
        finally:
            doc.close(True)

    def test_department_table_each_base_then_one_undo(self):
        rows = rate_docs.department_rows()
        find = lambda text: next(i for i, r in enumerate(rows) if text in r)
        for base, header, first, count, word in (("plan", find("支出情况"), find("基本支出"), 9, "半年计划执行数"),
                                                 ("budget", find("收入"), find("资金总额"), 9, "全年预算数")):
            with self.subTest(base=base):
                doc, sheet = self.department_document()
                try:
                    before = snapshot(doc, sheet)
                    address = self.rates.insertRates(sheet, base, uno_date(AS_OF), THRESHOLD, "zh-CN")
                    lines = list(range(first, first + count))
                    self.assertEqual(parse_address(address)[1:3], (6, header))
                    self.check_inserted(doc, sheet, address, lambda row: 4, lines,
                                        (f"执行率（{word}）", "与序时进度偏差", "预警", "序时进度"))
                    self.check_chart(sheet, address, lines)
                    self.check_undo_restores(doc, sheet, before)
                finally:
                    doc.close(True)

    def test_missing_base_column_is_refused_unchanged(self):
        doc, sheet = self.department_document()
        try:
            before = snapshot(doc, sheet)
            steps = doc.UndoManager.getAllUndoActionTitles()
            for language, word in (("zh-CN", "实际到位资金"), ("en", "funds received")):
                with self.assertRaises(IllegalArgumentException) as raised:
                    self.rates.insertRates(sheet, "received", uno_date(AS_OF), THRESHOLD, language)
                self.assertIn(word, raised.exception.Message)
            self.assertEqual(snapshot(doc, sheet), before)
            self.assertEqual(doc.UndoManager.getAllUndoActionTitles(), steps)
        finally:
            doc.close(True)

    def test_sheet_without_a_block_is_refused(self):
        doc = self.office.new_spreadsheet()
        try:
            sheet = doc.Sheets.getByIndex(0)
            rate_docs.write_rows(sheet, [["项目", "全年预算数", "半年计划执行数"], ["基本支出", "100", "50"]])
            before = snapshot(doc, sheet)
            messages = set()
            for language in ("zh-CN", "en"):
                with self.assertRaises(IllegalArgumentException) as raised:
                    self.rates.insertRates(sheet, "budget", uno_date(AS_OF), THRESHOLD, language)
                messages.add(raised.exception.Message)
            self.assertEqual(len(messages), 2)
            self.assertTrue(any("已执行数" in m for m in messages))
            self.assertEqual(snapshot(doc, sheet), before)
        finally:
            doc.close(True)

    def test_protected_sheet_is_refused_unchanged(self):
        doc, sheet = self.execution_document()
        try:
            sheet.protect("")
            before = snapshot(doc, sheet)
            with self.assertRaises(IllegalArgumentException) as raised:
                self.rates.insertRates(sheet, "budget", uno_date(AS_OF), THRESHOLD, "zh-CN")
            self.assertIn("受保护", raised.exception.Message)
            self.assertEqual(snapshot(doc, sheet), before)
        finally:
            doc.close(True)

    def test_read_only_document_is_refused_unchanged(self):
        doc = self.office.load(SAMPLE, ReadOnly=True)
        try:
            sheet = doc.Sheets.getByName("执行情况")
            self.assertEqual(self.rates.availableBases(sheet), ("budget", "received"))
            before = snapshot(doc, sheet)
            with self.assertRaises(IllegalArgumentException) as raised:
                self.rates.insertRates(sheet, "budget", uno_date(AS_OF), THRESHOLD, "en")
            self.assertIn("read-only", raised.exception.Message)
            self.assertEqual(snapshot(doc, sheet), before)
            self.assertFalse(doc.isModified())
        finally:
            doc.close(True)

    def test_bad_arguments_are_refused(self):
        doc, sheet = self.execution_document()
        try:
            before = snapshot(doc, sheet)
            for base, day, threshold in (("spent", uno_date(AS_OF), THRESHOLD), ("budget", Date(30, 2, 2026), THRESHOLD),
                                         ("budget", uno_date(AS_OF), -0.1)):
                with self.assertRaises(IllegalArgumentException):
                    self.rates.insertRates(sheet, base, day, threshold, "en")
            self.assertEqual(snapshot(doc, sheet), before)
        finally:
            doc.close(True)

    def test_xlsx_copy_computes_without_the_extension(self):
        doc, sheet = self.execution_document()
        path = os.path.join(self.dir, "rates.xlsx")
        try:
            address = self.rates.insertRates(sheet, "budget", uno_date(AS_OF), THRESHOLD, "en")
            _, c0, r0, c1, r1 = parse_address(address)
            expected = sheet.getCellRangeByPosition(c0, r0, c1, r1).getDataArray()
            doc.storeToURL(file_url(path), props(FilterName="Calc MS Excel 2007 XML", Overwrite=True))
        finally:
            doc.close(True)
        with zipfile.ZipFile(path) as xlsx:
            sheet_xml = xlsx.read("xl/worksheets/sheet1.xml").decode("utf-8")
            self.assertTrue(any(n.startswith("xl/charts/chart") for n in xlsx.namelist()))
        # The conditional format marks the rate cells by the flag of their own row.
        self.assertRegex(sheet_xml, r'<conditionalFormatting sqref="G2:G8">.*?<formula>\$I2=&quot;Behind&quot;</formula>')
        with Office(oxt="") as bare:
            copy = bare.load(path)
            try:
                copy.calculateAll()
                area = copy.Sheets.getByIndex(0).getCellRangeByPosition(c0, r0, c1, r1)
                got = area.getDataArray()
                self.assertEqual(len(got), len(expected))
                for row_got, row_expected in zip(got, expected):
                    for a, b in zip(row_got, row_expected):
                        if isinstance(b, float):
                            self.assertAlmostEqual(a, b, places=12)
                        else:
                            self.assertEqual(a, b)
                self.assertEqual(copy.Sheets.getByIndex(0).Charts.getCount(), 1)
            finally:
                copy.close(True)

    def test_ui_language_and_formulas_in_a_chinese_office(self):
        # setFormulaArray reads the API's grammar whatever the UI language; "" is the UI language.
        with Office(locale="zh-CN") as zh:
            service = zh.create("org.jixiao.ExecutionRates")
            doc = zh.new_spreadsheet()
            try:
                sheet = doc.Sheets.getByIndex(0)
                rate_docs.write_rows(sheet, [["项目名称", "全年预算数（万元）", "已执行数（万元）"], ["培训费", "100", "25"]])
                address = service.insertRates(sheet, "budget", uno_date(AS_OF), THRESHOLD, "")
                _, c0, r0, c1, r1 = parse_address(address)
                values = sheet.getCellRangeByPosition(c0, r0, c1, r1).getDataArray()
                self.assertEqual(values[0][0], "执行率（全年预算数）")
                self.assertEqual((values[1][0], values[1][2]), (0.25, "滞后"))
                self.assertAlmostEqual(values[1][1], 0.25 - time_progress(AS_OF), places=12)
            finally:
                doc.close(True)


EXECUTED_COLUMN_OF = {"执行情况": EXECUTED_COLUMN, "部门整体": rate_docs.EXECUTED_COLUMN}


if __name__ == "__main__":
    unittest.main()
