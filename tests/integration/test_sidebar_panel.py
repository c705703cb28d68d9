"""The Jixiao deck's panels in a headless office: created through
theUIElementFactoryManager (so Factories.xcu is exercised) inside a toolkit
window, driven through their controls' peers as a user would (clicks through
the accessible action, list choices through the peers). Covers validate, the
list and its filters, jump, previous/next, ignore and reset, highlight on and
off, fix all and fix selected with one undo, report, and the refusals on a
protected sheet and a read-only document. Needs URE_MORE_TYPES to include
jixiao.rdb (CMake sets it)."""

import os
import sys
import threading
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))

import uno  # noqa: E402
import validator_docs  # noqa: E402
from office import OfficeCase, props  # noqa: E402
from panels import PANEL_URL, create_panel, has_interface, labels, parent_window, press, used_area, wait_for  # noqa: E402,E501

EN = labels("en")
FINDINGS = PANEL_URL + "JixiaoFindingsPanel"


def a1(row, column):
    return f"{chr(ord('A') + column)}{row + 1}"


used_data = used_area


class PanelTest(OfficeCase):
    def setUp(self):
        self.parent = self.parent_window()
        self.doc = validator_docs.new_project_document(self.office)
        self.panel = self.create_panel(self.doc, FINDINGS)
        (self.row, self.column), = validator_docs.defect_cells(validator_docs.project_rows())
        self.cell = a1(self.row, self.column)

    def tearDown(self):
        self.panel.dispose()
        self.parent.dispose()
        self.doc.close(True)

    def parent_window(self):
        return parent_window(self.office)

    def create_panel(self, doc, url):
        return create_panel(self.office, doc, url, self.parent)

    def control(self, name):
        return self.panel.getByName(name)

    def status(self):
        return self.control("status").getText()

    def items(self):
        return self.control("findings").getItems()

    def validate(self):
        press(self.control("validate"))
        self.assertTrue(wait_for(lambda: self.control("counts").getText()), "the counts never showed")
        return self.items()

    def choose(self, name, position):
        control = self.control(name)
        if name == "findings":  # a list of several choices: make this the only one, as a click does
            control.selectItemsPos(control.getSelectedItemsPos(), False)
        control.selectItemPos(position, True)  # VCL notifies the item listeners

    def selected_cell(self):
        selection = self.doc.CurrentController.getSelection()
        if not has_interface(selection, "com.sun.star.sheet.XCellAddressable"):
            return None
        a = selection.getCellAddress()
        return a.Sheet, a.Row, a.Column

    def defect_text(self):
        return self.doc.Sheets.getByIndex(0).getCellByPosition(self.column, self.row).getString()

    def hit(self):
        """The list position of the added operator-variant finding."""
        hits = [i for i, text in enumerate(self.items()) if text.startswith(f"Warning {self.cell} ")
                and "≥95%" in text]
        self.assertTrue(hits, f"no operator-variant entry at {self.cell} in {self.items()}")
        return hits[0]

    # -- tests --------------------------------------------------------------
    def test_factory_and_controls(self):
        factory = self.office.create("org.jixiao.PanelFactory")
        self.assertTrue(factory.supportsService("org.jixiao.PanelFactory"))
        self.assertEqual(self.panel.ResourceURL, FINDINGS)
        self.assertGreater(self.panel.getHeightForWidth(300).Minimum, 200)
        for name in ("validate", "previous", "next", "ignore_finding", "ignore_rule", "reset_ignored",
                     "fix_all", "fix_selected", "report", "export_csv"):
            self.assertEqual(self.control(name).getAccessibleContext().getAccessibleName(), EN[name], name)
        with self.assertRaises(Exception):
            self.create_panel(self.doc, PANEL_URL + "NoSuchPanel")

    def test_validate_lists_counts_and_jumps(self):
        self.assertEqual(self.control("findings").getItemCount(), 0)
        self.validate()
        self.assertIn("Warnings ", self.control("counts").getText())
        self.assertNotIn("Warnings 0", self.control("counts").getText())
        self.assertEqual(self.control("explanation").getText(), "")
        position = self.hit()
        self.choose("findings", position)
        self.assertEqual(wait_for(lambda: self.selected_cell() == (0, self.row, self.column) and self.selected_cell()),
                         (0, self.row, self.column))
        # Under the list, the chosen finding in full (the list row shows a few characters of it at
        # the deck's default width) and whether a fix exists.
        detail = self.control("detail").getText()
        self.assertTrue(detail.startswith(f"{self.cell} "), detail)
        self.assertIn("≥95%", detail)
        # What the fix will write, beside what the cell holds now.
        fix_line = EN["detail_fix_text"].replace("{before}", ">=95%").replace("{after}", "≥95%")
        self.assertTrue(detail.endswith("\n" + fix_line), detail)
        # Beside the list, the chosen finding's rule explained (data/rules/explanations.tsv).
        explanation = self.control("explanation").getText()
        # Its title, not its id (issue 20: no codes where a person reads).
        self.assertTrue(explanation.startswith("Operator written non-standardly\nChecks: "), explanation)
        self.assertIn('Example: ">=95%" should read "≥95%".', explanation)
        # A new check makes a new list with nothing chosen: the explanation goes with the old one.
        self.validate()
        self.assertTrue(wait_for(lambda: self.control("explanation").getText() == ""),
                        self.control("explanation").getText())
        self.assertEqual(self.control("detail").getText(), "")

    def test_selection_scope_checks_the_selected_range(self):
        sheet = self.doc.Sheets.getByIndex(0)
        everything = self.validate()
        self.choose("scope", 2)  # 选区
        # Rows above the defect only: its finding must not be listed, some others may be.
        self.doc.CurrentController.select(sheet.getCellRangeByPosition(0, 0, 6, self.row - 1))
        press(self.control("validate"))
        self.assertTrue(wait_for(lambda: self.items() != everything))
        self.assertFalse([t for t in self.items() if t.startswith(f"Warning {self.cell} ")])
        self.assertTrue(all(int("".join(ch for ch in t.split(" ")[1] if ch.isdigit())) <= self.row
                            for t in self.items()), self.items())

    def test_every_sheet_is_checked_and_grouped_by_sheet_and_table(self):
        # A second sheet with the same table: 检查 (全部工作表 by default) lists both, each under
        # a header naming its sheet and project with its count; a header closes and opens its group.
        self.doc.Sheets.insertNewByName("第二张", 1)
        validator_docs.write_rows(self.doc.Sheets.getByName("第二张"), validator_docs.project_rows())
        self.doc.CurrentController.setActiveSheet(self.doc.Sheets.getByName("第二张"))
        items = self.validate()
        headers = [i for i, text in enumerate(items) if text.startswith("▾ ")]
        self.assertEqual([items[i].split(" ")[1] for i in headers], ["目标表", "第二张"], items)
        self.assertEqual(headers[0], 0)
        first_group = headers[1] - headers[0] - 1
        self.assertGreater(first_group, 2)
        self.assertIn(f"({first_group})", items[0])
        self.assertIn(" · ", items[0])  # the project's name
        self.assertEqual(len(items) - headers[1] - 1, first_group)  # the same table twice
        # Next passes the header by and goes to the first sheet's first finding.
        press(self.control("next"))
        self.assertTrue(wait_for(lambda: self.control("findings").getSelectedItemPos() == 1))
        self.assertTrue(wait_for(lambda: self.selected_cell() is not None and self.selected_cell()[0] == 0))
        # A click on the first header closes its group, a second opens it again.
        self.choose("findings", 0)
        self.assertTrue(wait_for(lambda: self.items()[0].startswith("▸ ")), self.items()[:2])
        self.assertEqual(len(self.items()), len(items) - first_group)
        self.assertTrue(self.items()[1].startswith("▾ 第二张"), self.items()[:2])
        self.choose("findings", 0)
        self.assertTrue(wait_for(lambda: self.items() == items))
        # 当前工作表: the active sheet's findings only, and no headers for one table.
        self.choose("scope", 1)
        self.doc.CurrentController.setActiveSheet(self.doc.Sheets.getByName("第二张"))
        press(self.control("validate"))
        self.assertTrue(wait_for(lambda: len(self.items()) == first_group), self.items()[:3])
        self.assertFalse([text for text in self.items() if text.startswith(("▾", "▸"))])

    def test_a_sheet_without_a_table_points_to_the_sheets_with_one(self):
        self.doc.Sheets.insertNewByName("说明", 1)
        self.doc.Sheets.getByName("说明").getCellRangeByName("A1").setString("填表说明")
        self.doc.CurrentController.setActiveSheet(self.doc.Sheets.getByName("说明"))
        self.choose("scope", 1)  # 当前工作表
        self.assertTrue(wait_for(lambda: self.control("scope").getSelectedItemPos() == 1))
        self.validate()
        self.assertTrue(wait_for(lambda: "目标表" in self.status()), self.status())
        self.assertEqual(self.status(), EN["tables_elsewhere"].replace("{sheets}", "目标表"))
        # The workbook (the default) finds the table wherever it is.
        self.choose("scope", 0)
        self.assertTrue(wait_for(lambda: self.control("scope").getSelectedItemPos() == 0))
        press(self.control("validate"))
        self.assertTrue(wait_for(self.has_hit), self.items())
        self.assertEqual(self.status(), "")

    def test_next_and_previous_walk_the_list_and_wrap(self):
        items = self.validate()
        self.assertGreater(len(items), 2)
        press(self.control("next"))
        self.assertTrue(wait_for(lambda: self.control("findings").getSelectedItemPos() == 0))
        first_cell = items[0].split(" ")[1]
        self.assertTrue(wait_for(lambda: a1(*self.selected_cell()[1:]) == first_cell if self.selected_cell() else False))
        press(self.control("previous"))  # from the first back round to the last
        self.assertTrue(wait_for(lambda: self.control("findings").getSelectedItemPos() == len(items) - 1))

    def test_filters_by_severity_and_rule(self):
        items = self.validate()
        self.choose("severity_filter", 2)  # Warning
        self.assertTrue(wait_for(lambda: self.items() != items))
        self.assertTrue(self.items())
        self.assertTrue(all(text.startswith("Warning ") for text in self.items()), self.items())
        self.choose("severity_filter", 0)
        rules = self.control("rule_filter").getItems()
        self.assertEqual(rules[0], EN["all_rules"])
        position = rules.index("Operator written non-standardly")  # the rule's title, not its id
        self.choose("rule_filter", position)
        self.assertTrue(wait_for(lambda: len(self.items()) < len(items)))
        self.assertTrue(all("≥" in text or "≤" in text or "operator" in text.lower() for text in self.items()),
                        self.items())
        self.choose("rule_filter", 0)
        self.assertTrue(wait_for(lambda: self.items() == items))

    def test_ignore_a_finding_and_a_rule_then_reset(self):
        items = self.validate()
        data = used_data(self.doc.Sheets.getByIndex(0))
        self.choose("findings", self.hit())
        press(self.control("ignore_finding"))
        self.assertTrue(wait_for(lambda: len(self.items()) == len(items) - 1))
        self.assertIn("1 more ignored", self.control("counts").getText())
        ignores = self.office.create("org.jixiao.IgnoreList")
        self.assertEqual(len(ignores.ignoredEntries(self.doc)), 1)
        self.choose("findings", 0)
        rule_count = None
        press(self.control("ignore_rule"))
        self.assertTrue(wait_for(lambda: len(self.items()) < len(items) - 1))
        rule_count = len(items) - len(self.items())
        self.assertGreater(rule_count, 1)
        press(self.control("reset_ignored"))
        self.assertTrue(wait_for(lambda: self.items() == items))
        self.assertEqual(len(ignores.ignoredEntries(self.doc)), 0)
        self.assertEqual(used_data(self.doc.Sheets.getByIndex(0)), data)  # no cell changed

    def test_highlight_on_and_off(self):
        self.validate()
        sheet = self.doc.Sheets.getByIndex(0)
        style_before = sheet.getCellByPosition(self.column, self.row).CellStyle
        marks = self.office.create("org.jixiao.Highlighter")
        self.control("highlight").setState(1)  # a tick notifies the item listeners like a click
        self.assertTrue(wait_for(lambda: marks.countHighlights(self.doc) > 0))
        self.assertEqual(marks.countHighlights(self.doc), len(set(t.split(" ")[1] for t in self.items())))
        self.assertNotEqual(sheet.getCellByPosition(self.column, self.row).CellStyle, style_before)
        self.control("highlight").setState(0)
        self.assertTrue(wait_for(lambda: marks.countHighlights(self.doc) == 0))
        self.assertEqual(sheet.getCellByPosition(self.column, self.row).CellStyle, style_before)

    def test_fix_all_is_one_undo_step_and_revalidates(self):
        self.validate()
        sheet = self.doc.Sheets.getByIndex(0)
        before = used_data(sheet)
        self.assertEqual(self.defect_text(), ">=95%")
        press(self.control("fix_all"))
        self.assertTrue(wait_for(lambda: self.status().startswith("Fixed ")), self.status())
        self.assertEqual(self.defect_text(), "≥95%")
        self.assertFalse([t for t in self.items() if t.startswith(f"Warning {self.cell} ") and "≥95%" in t])
        # The shifted row B19 is not moved by "fix all"; the status says it is for one at a time.
        self.assertIn("1 shifted rows are fixed one at a time", self.status())
        self.assertEqual(sheet.getCellRangeByName("B19").getString(), "绩效目标合理性")
        self.doc.UndoManager.undo()
        self.assertEqual(used_data(sheet), before)  # one undo step brings all of it back

    def has_hit(self):
        return any(t.startswith(f"Warning {self.cell} ") and "≥95%" in t for t in self.items())

    def test_the_list_follows_typing_and_undo(self):
        self.validate()
        self.assertTrue(self.has_hit())
        sheet = self.doc.Sheets.getByIndex(0)
        # A fix, then the user's undo: the finding comes back to the list by itself.
        press(self.control("fix_all"))
        self.assertTrue(wait_for(lambda: self.status().startswith("Fixed ")), self.status())
        self.assertFalse(self.has_hit())
        self.doc.UndoManager.undo()
        self.assertEqual(self.defect_text(), ">=95%")
        self.assertTrue(wait_for(self.has_hit), self.items())
        # The user types the standard form into the cell: the finding goes, no 检查 pressed.
        sheet.getCellByPosition(self.column, self.row).setString("≥95%")
        self.assertTrue(wait_for(lambda: not self.has_hit()), self.items())

    def test_a_sheet_too_large_to_follow_says_the_list_may_be_out_of_date(self):
        # More than 25 000 cells: checking at every keystroke would hold the editing thread longer
        # than 100 ms, so a change marks the list out of date instead (检查 brings it up to date).
        sheet = self.doc.Sheets.getByIndex(0)
        start = len(used_area(sheet)) + 2
        rows = 5000
        sheet.getCellRangeByPosition(0, start, 4, start + rows - 1).setDataArray(
            tuple(("", "", f"说明{i}", "", "") for i in range(rows)))
        self.validate()
        self.assertTrue(self.has_hit())
        sheet.getCellByPosition(self.column, self.row).setString("≥95%")
        counts = self.control("counts")
        self.assertTrue(wait_for(lambda: counts.getText().endswith(EN["counts_stale"])), counts.getText())
        self.assertTrue(self.has_hit())  # the list as it was
        press(self.control("validate"))
        self.assertTrue(wait_for(lambda: not self.has_hit()), self.items()[:5])
        self.assertFalse(counts.getText().endswith(EN["counts_stale"]))

    def test_selecting_a_flagged_cell_chooses_its_finding(self):
        self.validate()
        position = self.hit()
        sheet = self.doc.Sheets.getByIndex(0)
        self.doc.CurrentController.select(sheet.getCellRangeByName(self.cell))
        self.assertTrue(wait_for(lambda: self.control("findings").getSelectedItemPos() == position),
                        self.control("findings").getSelectedItemPos())
        self.assertTrue(self.control("detail").getText().startswith(f"{self.cell} "))

    def test_a_shifted_row_is_moved_by_fix_selected_alone(self):
        items = self.validate()
        sheet = self.doc.Sheets.getByIndex(0)
        before = used_data(sheet)
        shifted = [i for i, text in enumerate(items) if text.startswith("Error B19 ")]
        self.assertEqual(len(shifted), 1, items)
        self.choose("findings", shifted[0])
        press(self.control("fix_selected"))
        self.assertTrue(wait_for(lambda: self.status().startswith("Fixed ")), self.status())
        self.assertEqual(sheet.getCellRangeByName("C19").getString(), "绩效目标合理性")
        self.doc.UndoManager.undo()
        self.assertEqual(used_data(sheet), before)

    def test_fix_selected_touches_only_that_cell(self):
        self.validate()
        sheet = self.doc.Sheets.getByIndex(0)
        before = used_data(sheet)
        self.choose("findings", self.hit())
        press(self.control("fix_selected"))
        self.assertTrue(wait_for(lambda: self.status().startswith("Fixed ")), self.status())
        after = used_data(sheet)
        changed = [(r, c) for r, row in enumerate(before) for c, value in enumerate(row) if after[r][c] != value]
        self.assertEqual(changed, [(self.row, self.column)])
        self.doc.UndoManager.undo()
        self.assertEqual(used_data(sheet), before)

    def test_report_sheet_and_undo(self):
        # LibreOffice 7.4 crashes when a sheet insertion is undone in a document loaded Hidden:
        # this test works on a visible one, as a user's is.
        self.panel.dispose()
        self.doc.close(True)
        self.doc = self.office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                            props(Hidden=False))
        self.doc.Sheets.getByIndex(0).setName("目标表")
        validator_docs.write_rows(self.doc.Sheets.getByIndex(0), validator_docs.project_rows())
        self.panel = self.create_panel(self.doc, FINDINGS)
        items = self.validate()
        press(self.control("report"))
        self.assertTrue(wait_for(lambda: self.doc.Sheets.getCount() == 2))
        report = self.doc.Sheets.getByIndex(1)
        self.assertIn(report.Name, self.status())
        self.assertEqual(len([row for row in used_data(report)[1:] if any(row)]), len(items))
        self.doc.UndoManager.undo()
        self.assertEqual(self.doc.Sheets.getCount(), 1)

    def test_protected_sheet_refuses_fix_with_a_message(self):
        self.validate()
        sheet = self.doc.Sheets.getByIndex(0)
        before = used_data(sheet)
        sheet.protect("")
        press(self.control("fix_all"))
        self.assertTrue(wait_for(lambda: self.status().startswith(EN["error_prefix"].split("{")[0])), self.status())
        self.assertIn("protect", self.status().lower())
        self.assertEqual(used_data(sheet), before)
        self.assertFalse(self.doc.UndoManager.isUndoPossible() and
                         "Jixiao" in self.doc.UndoManager.getCurrentUndoActionTitle())


class ReadOnlyDocument(OfficeCase):
    def test_read_only_refuses_fix_and_changes_nothing(self):
        import tempfile
        folder = tempfile.mkdtemp(prefix="jixiao-panel-")
        path = os.path.join(folder, "project.ods")
        doc = validator_docs.new_project_document(self.office)
        validator_docs.save(doc, path)
        doc.close(True)
        doc = self.office.load(path, ReadOnly=True)
        parent = parent_window(self.office)
        panel = create_panel(self.office, doc, FINDINGS, parent)
        try:
            sheet = doc.Sheets.getByIndex(0)
            before = used_data(sheet)
            press(panel.getByName("validate"))
            self.assertTrue(wait_for(lambda: panel.getByName("counts").getText()))
            press(panel.getByName("fix_all"))
            status = lambda: panel.getByName("status").getText()  # noqa: E731
            self.assertTrue(wait_for(lambda: status().startswith(EN["error_prefix"].split("{")[0])), status())
            self.assertIn("read-only", status().lower())
            self.assertEqual(used_data(sheet), before)
            self.assertFalse(doc.isModified())
        finally:
            panel.dispose()
            parent.dispose()
            doc.close(True)


class DisposeWhileBusy(OfficeCase):
    def test_disposing_while_validating_leaves_the_office_running(self):
        # The sidebar can close a panel (another document, the deck closed) while a click is
        # still being handled; the panel must not touch its released controls then.
        doc = validator_docs.new_project_document(self.office)
        parent = parent_window(self.office)
        try:
            for _ in range(5):
                panel = create_panel(self.office, doc, FINDINGS, parent)
                press(panel.getByName("validate"))
                panel.dispose()
            time.sleep(1)
            self.assertEqual(doc.Sheets.getCount(), 1)  # the office still answers
        finally:
            parent.dispose()
            doc.close(True)

    def test_choosing_while_validating_does_not_deadlock(self):
        # A remote client (a macro, a test) ticking a box holds VCL's lock while VCL tells the
        # panel; the validation it interrupts holds the panel's lock and needs VCL's. The panel
        # must not handle that event on the spot (it deadlocked the office under Xvfb).
        doc = validator_docs.new_project_document(self.office)
        sheet = doc.Sheets.getByIndex(0)
        rows = 40000
        start = len(used_area(sheet)) + 2
        sheet.getCellRangeByPosition(0, start, 4, start + rows - 1).setDataArray(
            tuple(("", "", f"指标{i}", f"≥{i % 100}%", f">={i % 100}%") for i in range(rows)))
        parent = parent_window(self.office)
        panel = create_panel(self.office, doc, FINDINGS, parent)
        try:
            scope = panel.getByName("scope")  # a choice notifies the item listeners as a tick does
            ticks = threading.Thread(target=lambda: [scope.selectItemPos(i % 2, True) or time.sleep(0.02)
                                                     for i in range(100)], daemon=True)
            press(panel.getByName("validate"))
            ticks.start()
            ticks.join(60)
            if ticks.is_alive():
                self.office.stop()  # deadlocked: end it by its PID rather than hang in the clean-up
                self.fail("ticking a box while validating hung the office")
            counts = panel.getByName("counts")
            self.assertTrue(wait_for(lambda: counts.getText() not in ("", None), timeout=60))
            self.assertEqual(doc.Sheets.getCount(), 1)  # the office still answers
        finally:
            if self.office.process is not None:
                panel.dispose()
                parent.dispose()
                doc.close(True)


if __name__ == "__main__":
    unittest.main()
