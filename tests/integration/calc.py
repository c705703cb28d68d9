"""Small helpers over Calc's API for the tests: write cases, read results."""

import uno  # noqa: F401  (makes com.sun.star importable)
from com.sun.star.lang import Locale

import cases


def put(cell, value):
    """Puts a case input into a cell: None leaves it empty, str stays text."""
    if value is None:
        return
    if isinstance(value, str):
        cell.setString(value)
    else:
        cell.setValue(value)


def write_rate_sheet(sheet, formula_name="JXRATE"):
    """Inputs in A:B from row 2, the formula in C, one row per case."""
    sheet.getCellByPosition(0, 0).setString("executed")
    sheet.getCellByPosition(1, 0).setString("base")
    sheet.getCellByPosition(2, 0).setString(formula_name)
    for i, (executed, base, _) in enumerate(cases.RATE_CASES, start=1):
        put(sheet.getCellByPosition(0, i), executed)
        put(sheet.getCellByPosition(1, i), base)
        sheet.getCellByPosition(2, i).setFormula(f"={formula_name}(A{i + 1};B{i + 1})")


def write_normalize_sheet(sheet, formula_name="JXNORMALIZE"):
    sheet.getCellByPosition(0, 0).setString("text")
    sheet.getCellByPosition(1, 0).setString(formula_name)
    for i, (text, _) in enumerate(cases.NORMALIZE_CASES, start=1):
        put(sheet.getCellByPosition(0, i), text)
        sheet.getCellByPosition(1, i).setFormula(f"={formula_name}(A{i + 1})")


def check_result(test, cell, expected, label):
    """Asserts a formula cell shows the expected number, text, error, truth
    value or message (see cases.py)."""
    tag = expected[0] if isinstance(expected, tuple) else None
    if cases.is_error(expected):
        test.assertEqual(cell.getError(), expected[1], f"{label}: error code")
    elif tag == "bool":
        test.assertEqual(cell.getError(), 0, f"{label}: unexpected error")
        test.assertEqual(cell.getValue(), 1.0 if expected[1] else 0.0, label)
    elif tag in ("starts", "contains", "nonempty"):
        test.assertEqual(cell.getError(), 0, f"{label}: unexpected error")
        text = cell.getString()
        if tag == "starts":
            test.assertTrue(text.startswith(expected[1]), f"{label}: {text!r}")
        elif tag == "contains":
            test.assertIn(expected[1], text, label)
        else:
            test.assertTrue(text, label)
    elif isinstance(expected, str):
        test.assertEqual(cell.getError(), 0, f"{label}: unexpected error")
        test.assertEqual(cell.getString(), expected, label)
    else:
        test.assertEqual(cell.getError(), 0, f"{label}: unexpected error")
        test.assertAlmostEqual(cell.getValue(), expected, places=12, msg=label)


def write_formula_sheet(sheet):
    """One formula case a row: the formula in A, shown as text in B."""
    for i, (formula, _) in enumerate(cases.FORMULA_CASES):
        sheet.getCellByPosition(0, i).setFormula(formula)
        sheet.getCellByPosition(1, i).setString(formula)


def check_formula_sheet(test, sheet):
    for i, (formula, expected) in enumerate(cases.FORMULA_CASES):
        with test.subTest(formula=formula):
            check_result(test, sheet.getCellByPosition(0, i), expected, f"{formula} in A{i + 1}")


def check_rate_sheet(test, sheet):
    for i, (executed, base, expected) in enumerate(cases.RATE_CASES, start=1):
        cell = sheet.getCellByPosition(2, i)
        check_result(test, cell, expected, f"JXRATE({executed!r}; {base!r}) in C{i + 1}")


def check_normalize_sheet(test, sheet):
    for i, (text, expected) in enumerate(cases.NORMALIZE_CASES, start=1):
        cell = sheet.getCellByPosition(1, i)
        check_result(test, cell, expected, f"JXNORMALIZE({text!r}) in B{i + 1}")


def number_format(doc, code):
    """The key of a number format code in this document, added if new."""
    formats = doc.NumberFormats
    key = formats.queryKey(code, Locale(), False)
    return key if key != -1 else formats.addNew(code, Locale())
