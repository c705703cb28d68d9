"""org.jixiao.Highlighter in a real office, on the project seed table with its
defects: the finding cells get Jixiao's mark styles by severity; clearing (also
after undo, redo, a second highlight, or a save and reload as .ods) puts back
every cell's style and formatting exactly, user styles and direct formatting
included, and leaves no mark style in the document; protected sheets and
read-only documents are refused, changing nothing. JIXIAO_LOCALE (en-US or
zh-CN) sets the office's UI language. Needs URE_MORE_TYPES to include
jixiao.rdb (CMake sets it)."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))

import uno  # noqa: E402
import validator_docs  # noqa: E402
from service_case import ZH, ServiceCase  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402
from com.sun.star.table import BorderLine2  # noqa: E402

PREFIX = "Jixiao·"
BACKGROUND = {"error": 0xFFC7CE, "warning": 0xFFE699, "info": 0xDDEBF7}
BOLD, NORMAL = 150.0, 100.0
# What a cell looks like, compared before and after: its style and these properties.
PROPERTIES = ("CellBackColor", "IsCellBackgroundTransparent", "CharWeight", "NumberFormat", "TopBorder",
              "BottomBorder", "LeftBorder", "RightBorder", "CharColor", "HoriJustify")
USER_STYLE = "Mine"
HARD_BACKGROUND = 0x00B050


def border_tuple(line):
    return (line.Color, line.InnerLineWidth, line.OuterLineWidth, line.LineDistance)


def cell_state(doc, cell):
    values = cell.getPropertyValues(("CellStyle",) + PROPERTIES)
    state = []
    for name, value in zip(("CellStyle",) + PROPERTIES, values):
        if name.endswith("Border"):
            value = border_tuple(value)
        elif name == "NumberFormat":  # keys may be renumbered by a reload; the format code is what counts
            value = doc.NumberFormats.getByKey(value).FormatString
        elif name == "HoriJustify":
            value = value.value
        state.append((name, value))
    return tuple(state)


def snapshot(doc):
    """Style and formatting of every cell of each sheet's used area (and a margin)."""
    result = {}
    for sheet in doc.Sheets:
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.RangeAddress
        for row in range(end.EndRow + 3):
            for column in range(end.EndColumn + 3):
                result[(sheet.Name, row, column)] = cell_state(doc, sheet.getCellByPosition(column, row))
    return result


def differences(before, after):
    return [(key, before.get(key), after.get(key)) for key in sorted(set(before) | set(after))
            if before.get(key) != after.get(key)][:5]


def mark_styles(doc):
    return sorted(n for n in doc.StyleFamilies.getByName("CellStyles").ElementNames if n.startswith(PREFIX))


def finding(sheet, cell, severity, rule="operator-variant"):
    f = uno.createUnoStruct("org.jixiao.Finding")
    f.Sheet, f.Cell, f.Severity, f.RuleId, f.Message = sheet, cell, severity, rule, "test"
    return f


class Highlighter(ServiceCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.highlighter = cls.office.create("org.jixiao.Highlighter")

    # -- the document -----------------------------------------------------
    def decorated_document(self):
        """The project table, its finding cells dressed the way users dress them: a user style
        with a border and bold type (E31), that style with the weight overridden by hand (E25:
        LibreOffice clears such direct formatting when a style is applied), hand-made bold and a
        number format (D30), a hand-made background (B20)."""
        doc = validator_docs.new_project_document(self.office)
        self.addCleanup(doc.close, True)
        sheet = doc.Sheets.getByIndex(0)
        # One finding of each severity on the decorated cells: a bare 98% where the table writes
        # its operators (info), ≧ for ≥ (warning); the seed gives the errors (B19, A22).
        sheet.getCellRangeByName("E25").setString("98%")
        sheet.getCellRangeByName("D30").setString("≧15万人")
        sheet.getCellRangeByName("E30").setString("≧15万人")
        family = doc.StyleFamilies.getByName("CellStyles")
        mine = doc.createInstance("com.sun.star.style.CellStyle")
        family.insertByName(USER_STYLE, mine)
        line = BorderLine2()
        line.OuterLineWidth, line.LineWidth, line.Color = 53, 53, 0x0000FF
        mine.BottomBorder = line
        mine.CharWeight = BOLD
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName("E31").CellStyle = USER_STYLE
        sheet.getCellRangeByName("E25").CellStyle = USER_STYLE
        sheet.getCellRangeByName("E25").CharWeight = NORMAL
        d30 = sheet.getCellRangeByName("D30")
        d30.CharWeight = BOLD
        d30.NumberFormat = doc.NumberFormats.queryKey("0.00", uno.createUnoStruct("com.sun.star.lang.Locale"), False)
        sheet.getCellRangeByName("B20").CellBackColor = HARD_BACKGROUND
        return doc

    def findings(self, doc):
        found = self.validator.validateDocument(doc, "", "")
        self.assertEqual(len({(f.Sheet, f.Cell) for f in found}), len(found), "the fixture has one finding a cell")
        self.assertEqual({f.Severity for f in found}, {"error", "warning", "info"})
        return found

    def cell(self, doc, f):
        return doc.Sheets.getByName(f.Sheet).getCellRangeByName(f.Cell)

    # -- tests --------------------------------------------------------------
    def test_service_is_registered(self):
        self.assertTrue(self.highlighter.supportsService("org.jixiao.Highlighter"))

    def test_marks_by_severity_keeping_the_cells_formatting(self):
        doc = self.decorated_document()
        found = self.findings(doc)
        styles_before = {(f.Sheet, f.Cell): self.cell(doc, f).CellStyle for f in found}
        self.assertEqual(self.highlighter.countHighlights(doc), 0)
        self.assertEqual(self.highlighter.highlight(doc, found), len(found))
        self.assertEqual(self.highlighter.countHighlights(doc), len(found))
        for f in found:
            with self.subTest(cell=f.Cell):
                cell = self.cell(doc, f)
                base = styles_before[(f.Sheet, f.Cell)]
                self.assertEqual(cell.CellStyle, f"{PREFIX}{f.Severity}·{base}")
                style = doc.StyleFamilies.getByName("CellStyles").getByName(cell.CellStyle)
                self.assertEqual(style.ParentStyle, base)
                if f.Cell != "B20":
                    self.assertEqual(cell.CellBackColor, BACKGROUND[f.Severity])
        self.assertEqual(styles_before[("目标表", "A22")], "Default")  # also in a zh-CN office, where it shows as 默认
        sheet = doc.Sheets.getByIndex(0)
        # What the user made stays: the style's border and bold, the weight set by hand over it,
        # hand-made bold and number format, and the hand-made background (the mark is hidden there).
        self.assertEqual(border_tuple(sheet.getCellRangeByName("E31").BottomBorder)[0], 0x0000FF)
        self.assertEqual(sheet.getCellRangeByName("E31").CharWeight, BOLD)
        self.assertEqual(sheet.getCellRangeByName("E25").CharWeight, NORMAL)
        self.assertEqual(sheet.getCellRangeByName("D30").CharWeight, BOLD)
        self.assertEqual(doc.NumberFormats.getByKey(sheet.getCellRangeByName("D30").NumberFormat).FormatString, "0.00")
        self.assertEqual(sheet.getCellRangeByName("B20").CellBackColor, HARD_BACKGROUND)

    def test_the_most_severe_finding_of_a_cell_wins(self):
        doc = self.decorated_document()
        found = list(self.findings(doc))
        by_cell = {f.Cell: f for f in found}
        self.assertEqual((by_cell["B19"].Severity, by_cell["E30"].Severity), ("error", "warning"))
        extra = [finding("目标表", "B19", "info"), finding("目标表", "E30", "error"), finding("目标表", "E30", "info")]
        self.assertEqual(self.highlighter.highlight(doc, found + extra), len(found))
        sheet = doc.Sheets.getByIndex(0)
        self.assertEqual(sheet.getCellRangeByName("B19").CellStyle, f"{PREFIX}error·Default")
        self.assertEqual(sheet.getCellRangeByName("E30").CellStyle, f"{PREFIX}error·Default")

    def test_clear_restores_every_cell_and_removes_the_styles(self):
        doc = self.decorated_document()
        found = self.findings(doc)
        before = snapshot(doc)
        self.highlighter.highlight(doc, found)
        self.assertNotEqual(snapshot(doc), before)
        self.assertEqual(self.highlighter.clearHighlights(doc), len(found))
        self.assertEqual(differences(before, snapshot(doc)), [])
        self.assertEqual(mark_styles(doc), [])
        self.assertIn(USER_STYLE, doc.StyleFamilies.getByName("CellStyles").ElementNames)
        self.assertEqual(self.highlighter.countHighlights(doc), 0)
        self.assertEqual(self.highlighter.clearHighlights(doc), 0)  # nothing left to clear

    def test_highlight_and_clear_are_one_undo_step_each(self):
        doc = self.decorated_document()
        found = self.findings(doc)
        undo = doc.UndoManager
        before = snapshot(doc)
        steps = len(undo.AllUndoActionTitles)
        self.highlighter.highlight(doc, found)
        self.assertEqual(len(undo.AllUndoActionTitles), steps + 1)
        marked = snapshot(doc)
        undo.undo()
        self.assertEqual(differences(before, snapshot(doc)), [])
        self.assertEqual(mark_styles(doc), [])  # the styles the step created went with it
        undo.redo()
        self.assertEqual(differences(marked, snapshot(doc)), [])
        self.highlighter.clearHighlights(doc)
        self.assertEqual(len(undo.AllUndoActionTitles), steps + 2)
        self.assertEqual(mark_styles(doc), [])
        undo.undo()  # the removed styles come back, and the cells point at them again
        self.assertEqual(differences(marked, snapshot(doc)), [])
        self.assertEqual(self.highlighter.countHighlights(doc), len(found))
        undo.redo()
        self.assertEqual(differences(before, snapshot(doc)), [])
        self.assertEqual(mark_styles(doc), [])

    def test_highlighting_twice_then_clearing_restores(self):
        doc = self.decorated_document()
        found = self.findings(doc)
        before = snapshot(doc)
        self.highlighter.highlight(doc, found)
        # Again, and with other severities: a marked cell is re-marked, never marked over its mark.
        for f in found:
            f.Severity = {"error": "info", "warning": "error", "info": "warning"}[f.Severity]
        self.assertEqual(self.highlighter.highlight(doc, found), len(found))
        self.assertEqual(self.highlighter.countHighlights(doc), len(found))
        for name in mark_styles(doc):
            self.assertEqual(name.count(PREFIX), 1, name)
        sheet = doc.Sheets.getByIndex(0)
        self.assertEqual(sheet.getCellRangeByName("E31").CellStyle, f"{PREFIX}error·{USER_STYLE}")
        self.assertEqual(self.highlighter.clearHighlights(doc), len(found))
        self.assertEqual(differences(before, snapshot(doc)), [])
        self.assertEqual(mark_styles(doc), [])

    def test_marks_survive_saving_and_reloading_as_ods(self):
        doc = self.decorated_document()
        plain = os.path.join(self.dir, "plain.ods")
        marked = os.path.join(self.dir, "marked.ods")
        validator_docs.save(doc, plain)
        found = self.findings(doc)
        self.highlighter.highlight(doc, found)
        validator_docs.save(doc, marked)
        before = self.reloaded_snapshot(plain)
        reloaded = self.office.load(marked)
        self.addCleanup(reloaded.close, True)
        self.assertEqual(self.highlighter.countHighlights(reloaded), len(found))
        self.assertEqual(self.highlighter.clearHighlights(reloaded), len(found))
        self.assertEqual(differences(before, snapshot(reloaded)), [])
        self.assertEqual(mark_styles(reloaded), [])

    def reloaded_snapshot(self, path):
        doc = self.office.load(path)
        try:
            return snapshot(doc)
        finally:
            doc.close(True)

    def test_a_finding_under_a_merge_marks_the_merged_cell(self):
        doc = self.decorated_document()
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName("F35:G36").merge(True)
        self.assertEqual(self.highlighter.highlight(doc, [finding("目标表", "G36", "warning")]), 1)
        self.assertEqual(sheet.getCellRangeByName("F35").CellStyle, f"{PREFIX}warning·Default")
        self.assertEqual(sheet.getCellRangeByName("G36").CellStyle, "Default")
        self.assertEqual(self.highlighter.countHighlights(doc), 1)

    def test_findings_whose_cell_is_gone_are_skipped(self):
        doc = self.decorated_document()
        stale = [finding("Renamed", "E31", "error"), finding("目标表", "XFD1048577", "error"),
                 finding("目标表", "E31", "warning")]
        self.assertEqual(self.highlighter.highlight(doc, stale), 1)
        self.assertEqual(self.highlighter.countHighlights(doc), 1)
        self.assertEqual(self.highlighter.highlight(doc, stale[:2]), 0)

    def test_protected_sheet_is_refused_changing_nothing(self):
        doc = self.decorated_document()
        found = self.findings(doc)
        sheet = doc.Sheets.getByIndex(0)
        before = snapshot(doc)
        sheet.protect("")
        with self.assertRaises(IllegalArgumentException) as raised:
            self.highlighter.highlight(doc, found)
        self.assertIn("受保护" if ZH else "protected", raised.exception.Message)
        self.assertIn("目标表", raised.exception.Message)
        self.assertEqual(differences(before, snapshot(doc)), [])
        self.assertEqual(mark_styles(doc), [])
        # Marks on a sheet protected afterwards are not cleared either.
        sheet.unprotect("")
        self.highlighter.highlight(doc, found)
        marked = snapshot(doc)
        sheet.protect("")
        with self.assertRaises(IllegalArgumentException):
            self.highlighter.clearHighlights(doc)
        self.assertEqual(differences(marked, snapshot(doc)), [])
        self.assertEqual(self.highlighter.countHighlights(doc), len(found))

    def test_read_only_document_is_refused_changing_nothing(self):
        doc = self.decorated_document()
        found = self.findings(doc)
        path = os.path.join(self.dir, "read-only.ods")
        validator_docs.save(doc, path)
        read_only = self.office.load(path, ReadOnly=True)
        self.addCleanup(read_only.close, True)
        before = snapshot(read_only)
        for call in (lambda: self.highlighter.highlight(read_only, found),
                     lambda: self.highlighter.clearHighlights(read_only)):
            with self.assertRaises(IllegalArgumentException) as raised:
                call()
            self.assertIn("只读" if ZH else "read-only", raised.exception.Message)
        self.assertEqual(differences(before, snapshot(read_only)), [])
        self.assertEqual(mark_styles(read_only), [])


if __name__ == "__main__":
    unittest.main()
