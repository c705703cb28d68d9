"""Driving Jixiao's sidebar panels from a test: find their controls, press
buttons through their accessible action (as a user's click), read the labels
from data/ui/labels.tsv, and wait for VCL, which hands clicks to the panel
asynchronously."""

import os
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
