"""The Findings panel's actions timed as a user meets them (issue 20: no freezes).

    /usr/bin/python3 bench/sidebar.py [--sizes 1000 10000 50000] [--out FILE]

(bash bench/run.sh --sidebar runs it after building; it needs JIXIAO_OXT and URE_MORE_TYPES as
bench/run.sh sets them.) For each workbook of N indicator rows (bench/generate.py), in one office
with the extension, the panel made as the sidebar makes it and driven through its controls:
检查 (every sheet), 标记问题单元格 on and off, 全部修复, its undo, 生成报告, and a change typed into
a value cell until the list has followed it. Each time is the client's wall time from the click
to the panel's answer (counts, status, marks, sheets), beside the baseline measured in the same
run on the same used range: getDataArray (to read it) and setDataArray (to write it back).

How long the editing thread is blocked: while the list follows a change, this client asks the
office for one cell's text every 10 ms; a call waits while the main thread is busy, so the longest
wait is the longest the user's typing would have waited.
"""

import argparse
import os
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import generate  # noqa: E402  (puts tests/integration on the path)
from office import Office, props  # noqa: E402
from panels import create_panel, labels, parent_window, press, used_area, wait_for  # noqa: E402

EN = labels("en")
TIMEOUT = 600


def timed(action, done, timeout=TIMEOUT):
    """Seconds from action() until done() holds."""
    start = time.perf_counter()
    action()
    if not wait_for(done, timeout=timeout):
        return float("nan")
    return time.perf_counter() - start


def longest_wait(office_cell, stop):
    """The longest a one-cell call waited, sampled every 10 ms until stop is set."""
    longest = 0.0
    while not stop.is_set():
        start = time.perf_counter()
        office_cell.getString()
        longest = max(longest, time.perf_counter() - start)
        time.sleep(0.01)
    return longest


def measure(office, path, value_cell):
    doc = office.load(path)
    parent = parent_window(office)
    panel = create_panel(office, doc, "JixiaoFindingsPanel", parent)
    control = panel.getByName
    marks = office.create("org.jixiao.Highlighter")
    sheet = doc.Sheets.getByIndex(0)
    results = {}
    try:
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        area = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)
        start = time.perf_counter()
        data = area.getDataArray()
        results["getDataArray (baseline)"] = time.perf_counter() - start
        start = time.perf_counter()
        area.setDataArray(data)
        results["setDataArray (baseline)"] = time.perf_counter() - start
        doc.UndoManager.undo()

        counts = control("counts")
        results["检查 validate"] = timed(lambda: press(control("validate")), lambda: counts.getText())
        findings = len(control("findings").getItems())
        results["标记 highlight on"] = timed(lambda: control("highlight").setState(1),
                                           lambda: marks.countHighlights(doc) > 0)
        results["标记 highlight off"] = timed(lambda: control("highlight").setState(0),
                                            lambda: marks.countHighlights(doc) == 0)
        status = control("status")
        results["全部修复 fix all"] = timed(lambda: press(control("fix_all")),
                                        lambda: status.getText().startswith(("Fixed", "已修复", "Nothing", "没有")))
        before = counts.getText()
        start = time.perf_counter()
        doc.UndoManager.undo()
        results["undo of the fix"] = time.perf_counter() - start
        wait_for(lambda: counts.getText() != before, timeout=TIMEOUT)
        sheets = doc.Sheets.getCount()
        results["生成报告 report"] = timed(lambda: press(control("report")), lambda: doc.Sheets.getCount() > sheets)
        # (Left in place: LibreOffice 7.4 crashes undoing a sheet insertion in a hidden document.)
        doc.CurrentController.setActiveSheet(sheet)

        # A value typed into a value cell: until the list names it (or says it may be out of date).
        row, column = value_cell
        cell = sheet.getCellByPosition(column, row)
        probe = sheet.getCellByPosition(0, 0)
        stop = threading.Event()
        waits = []
        watcher = threading.Thread(target=lambda: waits.append(longest_wait(probe, stop)), daemon=True)
        watcher.start()
        time.sleep(0.05)
        stale = EN["counts_stale"]
        items = control("findings").getItems()
        results["a change until the list follows"] = timed(
            lambda: cell.setString(">=77%"),
            lambda: control("findings").getItems() != items or stale in counts.getText(), timeout=120)
        time.sleep(0.2)
        stop.set()
        watcher.join(60)
        results["longest wait of the editing thread"] = waits[0] if waits else float("nan")
        results["(findings listed)"] = findings
        results["(cells in the used area)"] = (end.EndRow + 1) * (end.EndColumn + 1)
        results["(stale instead of following)"] = stale in counts.getText()
    finally:
        panel.dispose()
        parent.dispose()
        doc.close(True)
    return results


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--out", help="also write the table to this file")
    args = parser.parse_args(argv)
    folder = tempfile.mkdtemp(prefix="jixiao-bench-sidebar-")
    lines = []
    measured = {}
    with Office(locale="en-US") as office:
        generator = generate.Generator(office)
        for n in args.sizes:
            path = os.path.join(folder, f"targets-{n}.ods")
            table, planted = generator.workbook(path, n)
            defects = {(row, column) for row, column, _ in planted}
            clean = [(row, column) for row, column, _ in table.value_cells if (row, column) not in defects]
            results = measure(office, path, clean[len(clean) // 2])
            measured[n] = results
            floor_read = results["getDataArray (baseline)"]
            floor_write = results["setDataArray (baseline)"]
            lines.append(f"## {n} indicator rows")
            for name, value in results.items():
                if isinstance(value, float):
                    lines.append(f"  {name:40s} {value:8.3f} s   ×{value / floor_read:7.1f} read"
                                 f"   ×{value / floor_write:7.1f} write")
                else:
                    lines.append(f"  {name:40s} {value}")
            print("\n".join(lines[-len(results) - 1:]), flush=True)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    return measured


if __name__ == "__main__":
    main()
