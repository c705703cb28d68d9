"""The main job on a workbook, as far as the extension goes today.

    /usr/bin/python3 scripts/sample_job.py INPUT.ods OUTPUT.ods

Starts a throwaway headless LibreOffice with jixiao.oxt installed (JIXIAO_OXT,
default build/jixiao.oxt), copies INPUT to OUTPUT (the input is never
written), and in the copy:
  - finds the indicator target values (cells under a header containing 指标值),
  - adds a sheet "Jixiao检查" that normalizes each of them with JXNORMALIZE,
  - recalculates, so the execution rates (JXRATE formulas) are fresh,
then prints every target value whose written form is not canonical and every
execution rate, and saves the copy. Everything shown is computed by the
extension's functions inside Calc.

jixiao-check (the sheet-validation issue) will replace this with the full
rule set; until then this is the end-to-end demonstration.
"""

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))

from office import Office  # noqa: E402

REPORT_SHEET = "Jixiao检查"
TARGET_HEADER_WORD = "指标值"
# Rows that start the next table's header block end an indicator block.
BLOCK_END_WORDS = ("单位名称", "项目名称", "预算绩效目标表")


def used_grid(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    last_col = cursor.RangeAddress.EndColumn
    last_row = cursor.RangeAddress.EndRow
    return sheet.getCellRangeByPosition(0, 0, last_col, last_row).getDataArray()


def compact(text):
    return "".join(str(text).split())


def target_cells(grid):
    """(row, col, text) of every text cell under a 指标值 header."""
    columns = set()
    for r, row in enumerate(grid):
        first = compact(row[0]) if row else ""
        if any(word in first for word in BLOCK_END_WORDS):
            columns = set()
            continue
        header = {c for c, v in enumerate(row) if TARGET_HEADER_WORD in compact(v)}
        if header:
            columns = header
            continue
        for c in columns:
            if isinstance(row[c], str) and row[c].strip():
                yield r, c, row[c]


def column_name(col):
    name = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        name = chr(65 + rem) + name
    return name


def quoted(sheet_name):
    return "'" + sheet_name.replace("'", "''") + "'"


def add_normalization_sheet(doc, targets):
    sheets = doc.Sheets
    if sheets.hasByName(REPORT_SHEET):
        sheets.removeByName(REPORT_SHEET)
    sheets.insertNewByName(REPORT_SHEET, sheets.getCount())
    report = sheets.getByName(REPORT_SHEET)
    rows = [("单元格 cell", "原值 as written", "规范写法 JXNORMALIZE")]
    for sheet_name, r, c, _ in targets:
        ref = f"${quoted(sheet_name)}.${column_name(c)}${r + 1}"
        rows.append((f"{sheet_name}.{column_name(c)}{r + 1}", f"={ref}", f"=JXNORMALIZE({ref})"))
    report.getCellRangeByPosition(0, 0, 2, len(rows) - 1).setFormulaArray(tuple(rows))
    return report


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    source, output = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    shutil.copyfile(source, output)
    oxt = os.environ.get("JIXIAO_OXT", os.path.join(ROOT, "build", "jixiao.oxt"))
    with Office(oxt=oxt) as office:
        doc = office.load(output)
        try:
            targets = []
            for i in range(doc.Sheets.getCount()):
                sheet = doc.Sheets.getByIndex(i)
                if sheet.Name != REPORT_SHEET:
                    targets += [(sheet.Name, r, c, t) for r, c, t in target_cells(used_grid(sheet))]
            report = add_normalization_sheet(doc, targets)
            doc.calculateAll()
            results = report.getCellRangeByPosition(0, 1, 2, len(targets)).getDataArray() \
                if targets else ()
            changed = [(cell, before, after) for cell, before, after in results
                       if before != after]
            print(f"Jixiao 检查 {os.path.basename(source)}: "
                  f"{len(targets)} 个指标值 target values, "
                  f"{len(changed)} 个写法不规范 not in canonical form")
            for cell, before, after in changed:
                print(f"  {cell:<12} {before!r:<22} -> {after}")
            if doc.Sheets.hasByName("执行情况"):
                print("执行率 execution rates (JXRATE):")
                grid = used_grid(doc.Sheets.getByName("执行情况"))
                for row in grid[1:]:
                    print(f"  {row[0]}: 对全年预算 of budget {row[4]:.2%}, "
                          f"对到位资金 of funds received {row[5]:.2%}")
            doc.store()
            print(f"已写出 written: {output}")
        finally:
            doc.close(True)
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
