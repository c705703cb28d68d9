"""The main job on a workbook, as far as the extension goes today.

    /usr/bin/python3 scripts/sample_job.py INPUT.ods OUTPUT.ods

Messages are in the office's UI language: zh-CN, or JIXIAO_LANG (e.g. en-US).

Starts a throwaway headless LibreOffice with jixiao.oxt installed (JIXIAO_OXT,
default build/jixiao.oxt), copies INPUT to OUTPUT (the input is never
written), and in the copy:
  - finds the indicator target values (cells under a header containing 指标值)
    and their indicator names (the 三级指标 column),
  - adds a sheet "Jixiao检查" that checks each of them with JXCHECK (with the
    indicator name) and writes its canonical form with JXNORMALIZE,
  - recalculates, so the execution rates (JXRATE formulas) are fresh,
then prints every finding and every execution rate, and saves the copy. Everything shown is computed by the
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
NAME_HEADER_WORD = "三级指标"
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
    """(row, col, name col or None) of every text cell under a 指标值 header."""
    columns, name_col = set(), None
    for r, row in enumerate(grid):
        first = compact(row[0]) if row else ""
        if any(word in first for word in BLOCK_END_WORDS):
            columns = set()
            continue
        header = {c for c, v in enumerate(row) if TARGET_HEADER_WORD in compact(v)}
        if header:
            columns = header
            name_col = next((c for c, v in enumerate(row) if compact(v) == NAME_HEADER_WORD), None)
            continue
        for c in sorted(columns):
            if isinstance(row[c], str) and row[c].strip():
                yield r, c, name_col


def column_name(col):
    name = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        name = chr(65 + rem) + name
    return name


def quoted(sheet_name):
    return "'" + sheet_name.replace("'", "''") + "'"


def add_check_sheet(doc, targets):
    sheets = doc.Sheets
    if sheets.hasByName(REPORT_SHEET):
        sheets.removeByName(REPORT_SHEET)
    sheets.insertNewByName(REPORT_SHEET, sheets.getCount())
    report = sheets.getByName(REPORT_SHEET)
    rows = [("单元格 cell", "原值 as written", "规范写法 JXNORMALIZE", "检查 JXCHECK")]
    for sheet_name, r, c, name_col in targets:
        ref = f"${quoted(sheet_name)}.${column_name(c)}${r + 1}"
        name = f"${quoted(sheet_name)}.${column_name(name_col)}${r + 1}" if name_col is not None else '""'
        rows.append((f"{sheet_name}.{column_name(c)}{r + 1}", f"={ref}", f"=JXNORMALIZE({ref})",
                     f"=JXCHECK({ref};{name})"))
    report.getCellRangeByPosition(0, 0, 3, len(rows) - 1).setFormulaArray(tuple(rows))
    return report


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    source, output = sys.argv[1], sys.argv[2]
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    shutil.copyfile(source, output)
    oxt = os.environ.get("JIXIAO_OXT", os.path.join(ROOT, "build", "jixiao.oxt"))
    with Office(oxt=oxt, locale=os.environ.get("JIXIAO_LANG", "zh-CN")) as office:
        doc = office.load(output)
        try:
            targets = []
            for i in range(doc.Sheets.getCount()):
                sheet = doc.Sheets.getByIndex(i)
                if sheet.Name != REPORT_SHEET:
                    targets += [(sheet.Name, *t) for t in target_cells(used_grid(sheet))]
            report = add_check_sheet(doc, targets)
            doc.calculateAll()
            results = report.getCellRangeByPosition(0, 1, 3, len(targets)).getDataArray() \
                if targets else ()
            flagged = [(cell, before, findings) for cell, before, _, findings in results if findings]
            print(f"Jixiao 检查 {os.path.basename(source)}: "
                  f"{len(targets)} 个指标值 target values, "
                  f"{len(flagged)} 个有问题 with findings")
            for cell, before, findings in flagged:
                print(f"  {cell} {before!r}")
                for finding in findings.splitlines():
                    print(f"      {finding}")
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
