"""Driving Jixiao's sidebar panels from a test: find their controls, press
buttons through their accessible action (as a user's click), read the labels
from data/ui/labels.tsv, and wait for VCL, which hands clicks to the panel
asynchronously."""

import os
import subprocess
import time

import uno

LABELS_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "ui", "labels.tsv")
PANEL_URL = "private:resource/toolpanel/JixiaoPanelFactory/"


def labels(language):
    """code -> label in "zh-CN" or "en"."""
    column = 1 if language == "zh-CN" else 2
    result = {}
    with open(LABELS_FILE, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                fields = line.rstrip("\n").split("\t")
                result[fields[0]] = fields[column]
    return result


def wait_for(condition, timeout=20):
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


def children(window):
    return list(window.getWindows())


def child_with(window, interface, text=None):
    """The first child window with that interface (and that accessible name, if given)."""
    for child in children(window):
        if has_interface(child, interface) and (
                text is None or child.getAccessibleContext().getAccessibleName() == text):
            return child
    raise AssertionError(f"no {interface} {text or ''} in the panel")


def open_jixiao_deck(office, controller):
    """Opens the Jixiao deck in the document's sidebar and waits until it is the shown deck.
    First as View ▸ Sidebar does, through the deck's dispatch; LibreOffice 7.0 ignores that
    command for an extension's deck (the sidebar stays collapsed), and there the sidebar is
    expanded and the deck activated as a click on its tab does. Raises AssertionError when the
    deck is not shown."""
    sidebar = controller.getSidebar()
    if sidebar.isVisible() and sidebar.getDecks().hasByName("JixiaoDeck") and \
            sidebar.getDecks().getByName("JixiaoDeck").isActive():
        return  # a window opens with the sidebar as the last one left it; the command would close it
    dispatcher = office.create("com.sun.star.frame.DispatchHelper")
    dispatcher.executeDispatch(controller.Frame, ".uno:SidebarDeck.JixiaoDeck", "", 0, ())
    if not wait_for(lambda: sidebar.isVisible()):
        raise AssertionError("the sidebar did not open")
    deck = wait_for(lambda: sidebar.getDecks().hasByName("JixiaoDeck") and sidebar.getDecks().getByName("JixiaoDeck"))
    if not deck:
        raise AssertionError("the Jixiao deck is not in the sidebar")
    if not wait_for(deck.isActive, timeout=3):
        sidebar.showDecks(True)  # 7.0 leaves the sidebar collapsed to its tab bar
        deck.activate(True)
    if not wait_for(deck.isActive):
        raise AssertionError("the Jixiao deck is in the sidebar but is not shown")


def deck_panel_window(controller, panel_id):
    """The window of a panel of the Jixiao deck, expanded; the deck must be open in the sidebar.
    Raises AssertionError when the deck, the panel or its window does not come."""
    sidebar = controller.getSidebar()
    deck = wait_for(lambda: sidebar.getDecks().hasByName("JixiaoDeck") and sidebar.getDecks().getByName("JixiaoDeck"))
    if not deck:
        raise AssertionError("the Jixiao deck is not in the sidebar")
    panel = wait_for(lambda: deck.getPanels().hasByName(panel_id) and deck.getPanels().getByName(panel_id))
    if not panel:
        raise AssertionError(f"no panel {panel_id} in the deck")
    if not panel.isExpanded():
        panel.expand(False)
    window = wait_for(lambda: panel.getDialog())
    if not window:
        raise AssertionError(f"{panel_id} has no window")
    return window


def screenshot_of(display, path):
    """The whole X screen into path, after VCL has painted what the last event changed. Raises
    AssertionError when the picture is too small to show anything."""
    time.sleep(1.5)
    subprocess.run(["/usr/bin/import", "-display", display, "-window", "root", path], check=True, timeout=60)
    if os.path.getsize(path) <= 20000:
        raise AssertionError(f"{path} looks empty")
    return path


def press(control):
    """A click, through the button's accessible action."""
    control.getAccessibleContext().doAccessibleAction(0)


def settle(office):
    """Waits until the office has handled what was queued before: a
    round trip through the main thread after the clicks' events."""
    time.sleep(0.3)
    office.desktop.getCurrentComponent()


def find_button(window, text):
    """The push button labelled `text` among a panel window's children (for
    the real sidebar, where only the panel's window is reachable)."""
    for child in window.getWindows():
        if has_interface(child, "com.sun.star.awt.XButton") and \
                child.getAccessibleContext().getAccessibleName() == text:
            return child
    raise AssertionError(f"no button {text!r}")


def parent_window(office, width=320, height=800):
    """An invisible top window from the toolkit: the parent a sidebar gives its panels."""
    from com.sun.star.awt import Rectangle, WindowDescriptor
    from com.sun.star.awt.WindowClass import TOP
    d = WindowDescriptor()
    d.Type = TOP
    d.WindowServiceName = "window"
    d.ParentIndex = -1
    d.Bounds = Rectangle(0, 0, width, height)
    d.WindowAttributes = 0  # invisible
    return office.create("com.sun.star.awt.Toolkit").createWindow(d)


def create_panel(office, doc, name, parent):
    """The panel `name` through theUIElementFactoryManager, as the sidebar creates it."""
    from office import props
    manager = office.context.getValueByName("/singletons/com.sun.star.ui.theUIElementFactoryManager")
    return manager.createUIElement(name if name.startswith("private:") else PANEL_URL + name,
                                   props(Frame=doc.CurrentController.Frame, ParentWindow=parent))


def used_area(sheet, formulas=False):
    """The data (or formula) array of the sheet's used area."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    cells = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
    return cells.getFormulaArray() if formulas else cells.getDataArray()
