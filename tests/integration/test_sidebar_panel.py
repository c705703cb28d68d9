"""The Findings panel of the Calc sidebar in a headless office: created
through theUIElementFactoryManager (so Factories.xcu is exercised) inside a
toolkit window, Validate pressed through the button's accessible action, a
finding chosen in the list selecting its cell. Needs URE_MORE_TYPES to include
jixiao.rdb (CMake sets it)."""

import os
import sys
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))

import uno  # noqa: E402
import validator_docs  # noqa: E402
from office import Office, props  # noqa: E402
from com.sun.star.awt import Rectangle, WindowDescriptor  # noqa: E402
from com.sun.star.awt.WindowClass import TOP  # noqa: E402

PANEL_URL = "private:resource/toolpanel/JixiaoPanelFactory/JixiaoFindingsPanel"


def a1(row, column):
    return f"{chr(ord('A') + column)}{row + 1}"


def wait_for(condition, timeout=15):
    """VCL hands button clicks to the UNO listeners asynchronously: poll."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    return condition()


def has_interface(obj, name):
    try:
        return obj.queryInterface(uno.getTypeByName(name)) is not None
    except Exception:
        return False


class SidebarPanel(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = Office().__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.office.shutdown()

    def parent_window(self):
        toolkit = self.office.create("com.sun.star.awt.Toolkit")
        d = WindowDescriptor()
        d.Type = TOP
        d.WindowServiceName = "window"
        d.ParentIndex = -1
        d.Bounds = Rectangle(0, 0, 300, 600)
        d.WindowAttributes = 0  # invisible
        return toolkit.createWindow(d)

    def create_panel(self, doc, parent):
        manager = self.office.context.getValueByName(
            "/singletons/com.sun.star.ui.theUIElementFactoryManager")
        return manager.createUIElement(
            PANEL_URL, props(Frame=doc.CurrentController.Frame, ParentWindow=parent))

    def controls(self, panel):
        children = panel.Window.getWindows()  # XVclContainer of the panel's window
        button = next(w for w in children if has_interface(w, "com.sun.star.awt.XButton"))
        listbox = next(w for w in children if has_interface(w, "com.sun.star.awt.XListBox"))
        label = next(w for w in children if has_interface(w, "com.sun.star.awt.XFixedText"))
        return button, listbox, label

    def test_factory_is_registered(self):
        factory = self.office.create("org.jixiao.PanelFactory")
        self.assertIsNotNone(factory)
        self.assertTrue(factory.supportsService("org.jixiao.PanelFactory"))

    def test_validate_and_select_finding(self):
        doc = validator_docs.new_project_document(self.office)
        parent = self.parent_window()
        panel = None
        try:
            panel = self.create_panel(doc, parent)
            self.assertEqual(panel.ResourceURL, PANEL_URL)
            self.assertGreater(panel.getHeightForWidth(300).Minimum, 0)
            button, listbox, label = self.controls(panel)
            self.assertEqual(listbox.getItemCount(), 0)

            button.getAccessibleContext().doAccessibleAction(0)  # press 检查 Validate

            (row, column), = validator_docs.defect_cells(validator_docs.project_rows())
            cell = a1(row, column)
            # The list is filled before the counts label: wait for both, as a user sees them.
            wait_for(lambda: listbox.getItemCount() > 0 and "Warnings " in label.getText())
            items = listbox.getItems()
            hits = [i for i, text in enumerate(items)
                    if text.startswith(f"Warning {cell} ") and "≥95%" in text]
            self.assertTrue(hits, f"no operator-variant entry at {cell} in {items}")
            self.assertIn("Warnings ", label.getText())
            self.assertNotIn("Warnings 0", label.getText())

            listbox.selectItemPos(hits[0], True)  # VCL notifies the item listeners

            def selected():
                selection = doc.CurrentController.getSelection()
                if not has_interface(selection, "com.sun.star.sheet.XCellAddressable"):
                    return None
                a = selection.getCellAddress()
                return (a.Sheet, a.Row, a.Column) if (a.Row, a.Column) == (row, column) else None
            self.assertEqual(wait_for(selected), (0, row, column))
        finally:
            if panel is not None:
                panel.dispose()
            parent.dispose()
            doc.close(True)

    def test_disposing_while_validating_leaves_the_office_running(self):
        # The sidebar can close a panel (another document, the deck closed) while a click is
        # still being handled; the panel must not touch its released controls then.
        doc = validator_docs.new_project_document(self.office)
        parent = self.parent_window()
        try:
            for _ in range(5):
                panel = self.create_panel(doc, parent)
                button, _, _ = self.controls(panel)
                button.getAccessibleContext().doAccessibleAction(0)
                panel.dispose()
            time.sleep(1)
            self.assertEqual(doc.Sheets.getCount(), 1)  # the office still answers
        finally:
            parent.dispose()
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
