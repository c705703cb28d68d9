"""The Jixiao deck in a real Calc window: an X server of its own (Xvfb), a
zh-CN office with the extension, the bundled sample workbook (the project seed
table with defects and an execution sheet). Opens the deck through the
sidebar's own command, presses 检查 (validate) and 标记问题单元格 (highlight),
then 全部修复 (fix all), then 计算执行率 (rates) on the execution sheet, and
saves a screenshot after each step into JIXIAO_SCREENSHOTS (README.md shows
them)."""

import os
import re
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
            # The new columns and the chart right of them are scrolled into view by the panel.
            self.assertTrue(wait_for(lambda: controller.getVisibleRange().StartColumn > 0),
                            controller.getVisibleRange())
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

    def menu_items(self, role_of_menu):
        """(name, context) of the entries of the office's open menus of that role (a context menu
        is a window of its own), read through the accessibility tree."""
        from com.sun.star.accessibility.AccessibleRole import MENU_ITEM

        def items(context, depth=0):
            found = []
            if context.getAccessibleRole() == MENU_ITEM:
                found.append((context.getAccessibleName(), context))
            if depth < 4:
                for i in range(min(context.getAccessibleChildCount(), 100)):
                    child = context.getAccessibleChild(i)
                    if child is not None:
                        found += items(child.getAccessibleContext(), depth + 1)
            return found

        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        found = []
        for i in range(toolkit.getTopWindowCount()):
            window = toolkit.getTopWindow(i)
            if not has_interface(window, "com.sun.star.accessibility.XAccessible"):
                continue
            context = window.getAccessibleContext()
            stack = [(context, 0)]
            while stack:  # the popup menu somewhere under the window
                current, depth = stack.pop()
                if current.getAccessibleRole() == role_of_menu:
                    found += items(current)
                elif depth < 3:
                    for j in range(min(current.getAccessibleChildCount(), 50)):
                        child = current.getAccessibleChild(j)
                        if child is not None:
                            stack.append((child.getAccessibleContext(), depth + 1))
        return found

    def test_shortcuts_and_the_cell_menu(self):
        from com.sun.star.accessibility.AccessibleRole import POPUP_MENU
        from com.sun.star.awt import KeyEvent
        from com.sun.star.awt.Key import F7, F8
        from com.sun.star.awt.KeyModifier import MOD1, SHIFT
        doc = self.office.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.join(self.folder, "sample.ods")), "_blank", 0, props())
        try:
            controller = doc.CurrentController
            controller.Frame.ContainerWindow.setPosSize(0, 0, SCREEN[0], SCREEN[1], 15)
            # Ctrl+Shift+F7 / Ctrl+Shift+F8 are Calc's keys for the next and previous finding, and
            # the Tools menu has both commands (where the office names their keys).
            shortcuts = self.office.create("com.sun.star.ui.ModuleUIConfigurationManagerSupplier") \
                .getUIConfigurationManager("com.sun.star.sheet.SpreadsheetDocument").getShortCutManager()
            for key, command in ((F7, "vnd.jixiao:NextFinding"), (F8, "vnd.jixiao:PreviousFinding")):
                event = KeyEvent()
                event.KeyCode, event.Modifiers = key, SHIFT | MOD1
                self.assertEqual(shortcuts.getCommandByKeyEvent(event), command)
            tools = self.tools_entries(controller)
            self.assertEqual(tools[:3], ["绩效检查", "下一个绩效问题", "上一个绩效问题"], tools)
            controller.Frame.ComponentWindow.setFocus()
            time.sleep(0.5)
            subprocess.run(["xdotool", "key", "alt+t"], env=dict(os.environ, DISPLAY=self.display), timeout=30)
            self.screenshot("tools-menu.png")  # the entries with their keys beside them
            subprocess.run(["xdotool", "key", "Escape"], env=dict(os.environ, DISPLAY=self.display), timeout=30)

            # The next finding's command, as its key sends it: the deck opens if need be, the
            # workbook is checked and its first finding chosen, its cell selected.
            sheet = doc.Sheets.getByName("目标表")
            controller.select(sheet.getCellRangeByName("A1"))
            dispatcher = self.office.create("com.sun.star.frame.DispatchHelper")
            dispatcher.executeDispatch(controller.Frame, "vnd.jixiao:NextFinding", "", 0, ())

            def selected():
                selection = controller.getSelection()
                return selection.getCellAddress() if has_interface(selection, "com.sun.star.sheet.XCellAddressable") \
                    else None
            self.assertTrue(wait_for(lambda: selected() is not None and (selected().Row, selected().Column) != (0, 0)),
                            "the next finding's command selected no cell")
            findings = deck_panel_window(controller, "JixiaoFindingsPanel")
            listbox = next(c for c in children(findings) if has_interface(c, "com.sun.star.awt.XListBox")
                           and c.getItemCount() > 5)
            position = listbox.getSelectedItemPos()
            self.assertGreater(position, 0)  # a finding, not the group's header
            self.assertIn(f" B{selected().Row + 1} ", listbox.getItems()[position])
            dispatcher.executeDispatch(controller.Frame, "vnd.jixiao:NextFinding", "", 0, ())
            self.assertTrue(wait_for(lambda: listbox.getSelectedItemPos() == position + 1))
            dispatcher.executeDispatch(controller.Frame, "vnd.jixiao:PreviousFinding", "", 0, ())
            self.assertTrue(wait_for(lambda: listbox.getSelectedItemPos() == position))

            # The context menu of the flagged cell D31 (≧85 %): its finding, its fix, ignore.
            controller.select(sheet.getCellRangeByName("D31"))
            controller.Frame.ComponentWindow.setFocus()
            time.sleep(0.5)
            subprocess.run(["xdotool", "key", "shift+F10"], env=dict(os.environ, DISPLAY=self.display), timeout=30)
            # (The office appends a mnemonic to each entry it lacks one: "(G)".)
            entries = [(re.sub(r"\([A-Z]\)$", "", name), context)
                       for name, context in wait_for(lambda: self.menu_items(POPUP_MENU))]
            names = [name for name, _ in entries]
            self.screenshot("cell-menu.png")
            self.assertTrue([n for n in names if n.startswith("绩效检查：") and "≧85 %" in n], names)
            self.assertIn(ZH["menu_fix"], names)
            self.assertIn(ZH["menu_ignore"], names)
            # 修复此项 writes the standard form, one undo step.
            fix = next(context for name, context in entries if name == ZH["menu_fix"])
            fix.doAccessibleAction(0)
            cell = sheet.getCellRangeByName("D31")
            self.assertTrue(wait_for(lambda: cell.getString() == "≥85%"), cell.getString())
            doc.UndoManager.undo()
            self.assertEqual(cell.getString(), "≧85 %")
            # A cell without a finding keeps the office's menu as it is.
            controller.select(sheet.getCellRangeByName("H3"))
            controller.Frame.ComponentWindow.setFocus()
            subprocess.run(["xdotool", "key", "shift+F10"], env=dict(os.environ, DISPLAY=self.display), timeout=30)
            plain = wait_for(lambda: self.menu_items(POPUP_MENU))
            self.assertTrue(plain, "no context menu on H3")
            self.assertFalse([name for name, _ in plain if name.startswith("绩效检查")], [n for n, _ in plain])
            subprocess.run(["xdotool", "key", "Escape"], env=dict(os.environ, DISPLAY=self.display), timeout=30)
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
