"""The Execution rates and Settings panels of the Jixiao deck in a headless
office, driven through their controls' peers: rates inserted on an execution
sheet with the chosen base and date and taken away by one undo; a sheet
without a budget block refused with a message; settings saved to the
LibreOffice configuration and honoured by the other panels (threshold, a
rule turned off)."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))

import uno  # noqa: E402
import validator_docs  # noqa: E402
from office import OfficeCase, props  # noqa: E402
from panels import create_panel, labels, parent_window, press, used_area, wait_for  # noqa: E402
from com.sun.star.util import Date  # noqa: E402

EN = labels("en")
HEADER = ("项目名称", "全年预算数（万元）", "实际到位资金（万元）", "已执行数（万元）")
LINES = [("企业退休人员体检费", 4012.8, 2006.4, 1503.2),
         ("创业投资引导资金", 13645.49, 13645.49, 6822.75),
         ("就业补助资金", 800.0, 400.0, 120.0)]


def used(sheet):
    return used_area(sheet, formulas=True)


class OtherPanels(OfficeCase):
    def setUp(self):
        self.parent = parent_window(self.office, height=700)
        self.panels = []
        self.docs = []

    def tearDown(self):
        for panel in self.panels:
            panel.dispose()
        self.parent.dispose()
        for doc in self.docs:
            doc.close(True)

    def panel(self, doc, name):
        panel = create_panel(self.office, doc, name, self.parent)
        self.panels.append(panel)
        return panel

    def execution_document(self):
        doc = self.office.new_spreadsheet()
        self.docs.append(doc)
        sheet = doc.Sheets.getByIndex(0)
        sheet.setName("执行情况")
        rows = (HEADER,) + tuple(LINES)
        sheet.getCellRangeByPosition(0, 0, 3, len(rows) - 1).setDataArray(rows)
        return doc, sheet

    def settings(self):
        provider = self.office.create("com.sun.star.configuration.ConfigurationProvider")
        return provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess", props(nodepath="/org.jixiao.Settings"))

    def test_rates_with_the_chosen_base_and_date_then_one_undo(self):
        doc, sheet = self.execution_document()
        before = used(sheet)
        panel = self.panel(doc, "JixiaoRatesPanel")
        base = panel.getByName("base")
        self.assertEqual(base.getItems(), (EN["base_budget"], EN["base_received"], EN["base_plan"]))
        self.assertAlmostEqual(panel.getByName("threshold").getValue(), 10.0)
        today = panel.getByName("date").getDate()
        self.assertGreaterEqual(today.Year, 2025)
        base.selectItemPos(1, True)  # funds received
        panel.getByName("date").setDate(Date(30, 6, 2026))
        press(panel.getByName("insert_rates"))
        status = panel.getByName("status")
        self.assertTrue(wait_for(lambda: status.getText().startswith("Wrote")), status.getText())
        self.assertEqual(sheet.getCharts().getCount(), 1)
        doc.calculateAll()
        formulas = used(sheet)
        rate_column = len(HEADER)  # the first inserted column, right of the block
        for i, (_, budget, received, executed) in enumerate(LINES, start=1):
            cell = sheet.getCellByPosition(rate_column, i)
            self.assertTrue(cell.getFormula().startswith("="), cell.getFormula())
            self.assertAlmostEqual(cell.getValue(), executed / received, places=9)
        self.assertNotIn("JIXIAO", str(formulas).upper())
        doc.UndoManager.undo()
        self.assertEqual(sheet.getCharts().getCount(), 0)
        self.assertEqual(used(sheet), before)

    def test_rates_refused_on_a_sheet_without_a_budget_block(self):
        doc = validator_docs.new_project_document(self.office)
        self.docs.append(doc)
        before = used(doc.Sheets.getByIndex(0))
        panel = self.panel(doc, "JixiaoRatesPanel")
        press(panel.getByName("insert_rates"))
        status = panel.getByName("status")
        self.assertTrue(wait_for(lambda: status.getText().startswith(EN["error_prefix"].split("{")[0])), status.getText())
        self.assertEqual(used(doc.Sheets.getByIndex(0)), before)

    def test_settings_are_saved_and_honoured(self):
        doc = validator_docs.new_project_document(self.office)
        self.docs.append(doc)
        panel = self.panel(doc, "JixiaoSettingsPanel")
        templates = panel.getByName("template").getItems()
        self.assertEqual(templates[0], EN["template_auto"])
        self.assertTrue(any(t.startswith("project") for t in templates), templates)
        # One check box a rule, named by its title, every rule on by default; refusals are no rules
        # a user turns off.
        names = [n for n in panel.getElementNames() if n.startswith("rule:")]
        self.assertIn("rule:too-many-findings", names)
        self.assertFalse([n for n in names if n in ("rule:check-failed", "rule:fix-refused-read-only")], names)
        self.assertTrue(all(panel.getByName(n).getState() == 1 for n in names))
        operator = panel.getByName("rule:operator-variant")
        self.assertEqual(operator.getAccessibleContext().getAccessibleName(), "Operator written non-standardly")
        # A click changes one rule, never the others (issue 20: a list of choices left one rule on).
        operator.setState(0)
        follow = panel.getByName("follow_changes")
        self.assertEqual(follow.getState(), 1)  # on by default
        follow.setState(0)
        panel.getByName("threshold").setValue(20)
        press(panel.getByName("save"))
        self.assertTrue(wait_for(lambda: panel.getByName("status").getText() == EN["settings_saved"]))
        stored = self.settings()
        self.assertAlmostEqual(stored.LagThreshold, 0.20)
        self.assertEqual(tuple(stored.DisabledRules), ("operator-variant",))
        self.assertFalse(stored.FollowChanges)

        rates = self.panel(doc, "JixiaoRatesPanel")
        self.assertAlmostEqual(rates.getByName("threshold").getValue(), 20.0)
        findings = self.panel(doc, "JixiaoFindingsPanel")
        press(findings.getByName("validate"))
        self.assertTrue(wait_for(lambda: findings.getByName("counts").getText()))
        self.assertFalse([t for t in findings.getByName("findings").getItems() if "≥95%" in t])
        # Not following changes: a change leaves the list as it was and says it may be out of date.
        listed = findings.getByName("findings").getItems()
        doc.Sheets.getByIndex(0).getCellRangeByName("A1").setString("改动")
        counts = findings.getByName("counts")
        self.assertTrue(wait_for(lambda: counts.getText().endswith(EN["counts_stale"])), counts.getText())
        self.assertEqual(findings.getByName("findings").getItems(), listed)
        # Filtering the old list keeps saying so.
        findings.getByName("severity_filter").selectItemPos(2, True)
        self.assertTrue(wait_for(lambda: counts.getText().endswith(EN["counts_stale"])
                                 and len(findings.getByName("findings").getItems()) != len(listed)), counts.getText())

        # Back to the defaults, so the other tests of this office see them.
        fresh = self.panel(doc, "JixiaoSettingsPanel")
        self.assertEqual(fresh.getByName("rule:operator-variant").getState(), 0)  # as saved
        for name in fresh.getElementNames():
            if name.startswith("rule:"):
                fresh.getByName(name).setState(1)
        fresh.getByName("threshold").setValue(10)
        fresh.getByName("follow_changes").setState(1)
        press(fresh.getByName("save"))
        self.assertTrue(wait_for(lambda: self.settings().LagThreshold == 0.10))
        self.assertEqual(tuple(self.settings().DisabledRules), ())
        self.assertTrue(self.settings().FollowChanges)


if __name__ == "__main__":
    unittest.main()
