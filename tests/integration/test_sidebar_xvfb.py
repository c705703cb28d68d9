"""The Jixiao deck in a real Calc window: an X server of its own (Xvfb), a
zh-CN office with the extension, the bundled sample workbook (the project seed
table with defects and an execution sheet). Opens the deck through the
sidebar's own command, presses 检查 (validate) and 标记问题单元格 (highlight),
then 全部修复 (fix all), then 计算执行率 (rates) on the execution sheet, and
saves a screenshot after each step into JIXIAO_SCREENSHOTS (README.md shows
them)."""

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

import uno  # noqa: F401
from office import Office, props, start_xvfb
from panels import (child_with, children, deck_panel_window, has_interface, labels, open_jixiao_deck, press,
                    screenshot_of, wait_for)

ZH = labels("zh-CN")
SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "samples", "jixiao-sample.ods")
SCREEN = (1440, 900)


class DeckInARealWindow(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shots = os.environ.get("JIXIAO_SCREENSHOTS") or tempfile.mkdtemp(prefix="jixiao-shots-")
        os.makedirs(cls.shots, exist_ok=True)
        cls.xvfb, cls.display = start_xvfb(*SCREEN)
        try:
            cls.office = Office(locale="zh-CN", display=cls.display).__enter__()
        except Exception:
            cls.xvfb.kill()  # tearDownClass does not run when set-up fails
            raise
        cls.folder = tempfile.mkdtemp(prefix="jixiao-xvfb-")
        shutil.copy(SAMPLE, os.path.join(cls.folder, "sample.ods"))
        cls.watchdog = threading.Timer(float(os.environ.get("JIXIAO_XVFB_WATCHDOG", "120")), cls.stuck_screenshot)
        cls.watchdog.daemon = True
        cls.watchdog.start()

    @classmethod
    def stuck_screenshot(cls):
        """If the test is still running by then, what the screen shows says more than a stack."""
        path = os.path.join(cls.shots, "stuck.png")
        subprocess.run(["/usr/bin/import", "-display", cls.display, "-window", "root", path], timeout=60)
        print("the test is taking long; the screen is in", path, file=sys.stderr, flush=True)

    @classmethod
    def tearDownClass(cls):
        cls.watchdog.cancel()
        try:
            cls.office.shutdown()
        finally:
            cls.xvfb.kill()
            cls.xvfb.wait(timeout=10)
            shutil.rmtree(cls.folder, ignore_errors=True)

    def screenshot(self, name):
        path = screenshot_of(self.display, os.path.join(self.shots, name))
        print("screenshot", path)
        return path

    def tools_entries(self, controller):
        """The names of the Tools menu's entries that open the Jixiao deck, read through the
        window's accessibility tree as a screen reader reads the menu bar."""
        from com.sun.star.accessibility.AccessibleRole import MENU, MENU_BAR, MENU_ITEM

        def find(context, role, depth=0):
            if context.getAccessibleRole() == role:
                return [context]
            if depth > 4:
                return []
            found = []
            for i in range(min(context.getAccessibleChildCount(), 200)):
                child = context.getAccessibleChild(i)
                if child is not None:
                    found += find(child.getAccessibleContext(), role, depth + 1)
            return found

        window = controller.Frame.ContainerWindow.getAccessibleContext()
        bars = wait_for(lambda: find(window, MENU_BAR))
        self.assertTrue(bars, "no menu bar in the window")
        names = []
        for i in range(bars[0].getAccessibleChildCount()):
            menu = bars[0].getAccessibleChild(i).getAccessibleContext()
            if menu.getAccessibleRole() != MENU or not menu.getAccessibleName().startswith(("工具", "Tools")):
                continue
            for j in range(menu.getAccessibleChildCount()):
                item = menu.getAccessibleChild(j).getAccessibleContext()
                if item.getAccessibleRole() == MENU_ITEM:
                    names.append(item.getAccessibleName())
        return names

    def test_validate_fix_and_rates_in_the_deck(self):
        doc = self.office.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.join(self.folder, "sample.ods")), "_blank", 0, props())
        try:
            controller = doc.CurrentController
            controller.Frame.ContainerWindow.setPosSize(0, 0, SCREEN[0], SCREEN[1], 15)
            # 工具 ▸ 绩效检查 opens the deck (registry/Addons.xcu).
            tools = self.tools_entries(controller)
            self.assertEqual(tools[:1], ["绩效检查"], tools)  # the menu's first entry
            open_jixiao_deck(self.office, controller)
            findings = deck_panel_window(controller, "JixiaoFindingsPanel")

            press(child_with(findings, "com.sun.star.awt.XButton", ZH["validate"]))
            listbox = next(c for c in children(findings) if has_interface(c, "com.sun.star.awt.XListBox")
                           and c.getItemCount() >= 0 and not has_interface(c, "com.sun.star.awt.XComboBox"))
            self.assertTrue(wait_for(lambda: listbox.getItemCount() > 5), "validate listed nothing")
            # The sample's operator variant 「≧85 %」 (D31) has a safe fix.
            variant = [i for i, t in enumerate(listbox.getItems()) if "≧85 %" in t]
            self.assertTrue(variant, listbox.getItems())
            # Choosing it shows its rule explained under the list, in the deck's language.
            listbox.selectItemPos(variant[0], True)
            self.assertTrue(wait_for(lambda: any(c.getText().startswith("比较符号写法不规范\n检查：")
                                                 for c in children(findings)
                                                 if has_interface(c, "com.sun.star.awt.XFixedText"))),
                            "no explanation of operator-variant under the list")
            child_with(findings, "com.sun.star.awt.XCheckBox", ZH["highlight"]).setState(1)
            marks = self.office.create("org.jixiao.Highlighter")
            self.assertTrue(wait_for(lambda: marks.countHighlights(doc) > 0))
            self.screenshot("deck-before-fix.png")

            press(child_with(findings, "com.sun.star.awt.XButton", ZH["fix_all"]))
            fixed = ZH["fixed"].split("{")[0]
            self.assertTrue(wait_for(lambda: any(c.getText().startswith(fixed) for c in children(findings)
                                                 if has_interface(c, "com.sun.star.awt.XFixedText"))),
                            "no 已修复 status after 全部修复")
            self.assertFalse([t for t in listbox.getItems() if "≧85 %" in t], "the fixed finding is still listed")
            self.screenshot("deck-after-fix.png")

            execution = doc.Sheets.getByName("执行情况")
            controller.setActiveSheet(execution)
            rates = deck_panel_window(controller, "JixiaoRatesPanel")
            press(child_with(rates, "com.sun.star.awt.XButton", ZH["rates_insert"]))
            self.assertTrue(wait_for(lambda: execution.getCharts().getCount() > 0), "no rates chart")
            controller.setFirstVisibleColumn(9)  # the chart stands right of the block and its new columns
            self.screenshot("deck-rates-chart.png")

            # The settings: one check box a rule, by its title in the deck's language.
            deck = controller.getSidebar().getDecks().getByName("JixiaoDeck")
            deck.getPanels().getByName("JixiaoSettingsPanel").expand(True)  # the others collapse
            settings = deck_panel_window(controller, "JixiaoSettingsPanel")
            boxes = [c for c in children(settings) if has_interface(c, "com.sun.star.awt.XCheckBox")]
            self.assertTrue(any(c.getAccessibleContext().getAccessibleName() == "比较符号写法不规范" for c in boxes),
                            [c.getAccessibleContext().getAccessibleName() for c in boxes][:5])
            self.screenshot("deck-settings.png")
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
