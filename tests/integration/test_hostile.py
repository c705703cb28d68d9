"""Hostile input against a real office (issue 6): error cells, formulas, megabyte strings, odd and
damaged characters, million-row sheets, empty, hidden, merged, protected and read-only sheets,
password-protected files, a document closed during a check, document macros, values crafted to
make a check slow. Through org.jixiao.Validator, the Calc functions and jixiao-check.

For every case: the outcome is a finding, a Calc error value or an exception with a message; the
office still answers afterwards (its PID lives and a formula computes); no cell changes except
through applyFixes, and one undo() restores every cell. Each case prints one line
`HOSTILE | case | observed outcome` so the outcomes can be quoted (ctest -V or LastTest.log).
Needs URE_MORE_TYPES to include jixiao.rdb (CMake sets it)."""

import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))

import uno  # noqa: E402
import hostile_docs  # noqa: E402
import seeds  # noqa: E402
import validator_docs  # noqa: E402
from office import Office, pid_alive  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402
from com.sun.star.uno import RuntimeException  # noqa: E402

CHECK = os.environ.get("JIXIAO_CHECK", "")
# Bounded time, as ratios against floors measured in the same run (never a fixed number of
# seconds, which a busy two-core machine, a sanitizer build or qemu misses): validateSheet against
# reading the area it checks with getDataArray plus one validation of an empty sheet (the fixed cost
# of a call); the Calc functions against built-ins (LEN, ISTEXT) over the same cells. The figures
# measured are printed next to them. Validation runs about 1-20 times its floor here; an algorithm
# quadratic in a megabyte cell would run some 10^5 times.
VALIDATION_FLOOR_RATIO = 200
FUNCTIONS_FLOOR_RATIO = 500
MAX_GRID_CELLS = 8 * 1024 * 1024  # core::max_grid_cells: the part of a used area a check reads
CALC_ERRORS = {532: "#DIV/0!", 32767: "#N/A", 519: "#VALUE!", 502: "Err:502", 504: "Err:504"}
PROBE_SHEET = "探针"
UNDO_STEPS_KEPT = 100  # LibreOffice's default (Tools > Options > Advanced > Undo: number of steps)


def record(case, outcome):
    print(f"HOSTILE | {case} | {outcome}", flush=True)


def a1(row, column):
    letters = ""
    column += 1
    while column:
        column, digit = divmod(column - 1, 26)
        letters = chr(ord("A") + digit) + letters
    return f"{letters}{row + 1}"


def shown(cell):
    """A formula cell's outcome: its error, number or (shortened) text."""
    error = cell.getError()
    if error:
        return CALC_ERRORS.get(error, f"Err:{error}")
    if cell.getType().value == "FORMULA" and cell.FormulaResultType2 == 1:  # css.sheet.FormulaResult.VALUE
        return round(cell.getValue(), 6)
    text = cell.getString()
    return text if len(text) <= 60 else f"{text[:60]}…({len(text)} chars)"


def rules_by_cell(findings):
    result = {}
    for f in findings:
        result.setdefault((f.Sheet, f.Cell), []).append(f.RuleId)
    return result


class HostileCase(unittest.TestCase):
    """One office for a class of cases; after each case the office must still answer."""

    @classmethod
    def setUpClass(cls):
        cls.office = Office().__enter__()
        cls.pid = cls.office.process.pid
        cls.validator = cls.office.create("org.jixiao.Validator")
        cls.dir = tempfile.mkdtemp(prefix="jixiao-hostile-")
        cls.probe = cls.office.new_spreadsheet()

    @classmethod
    def tearDownClass(cls):
        try:
            cls.probe.close(True)
        except Exception:
            pass
        cls.office.shutdown()
        shutil.rmtree(cls.dir, ignore_errors=True)

    def tearDown(self):
        self.assert_office_answers()

    def assert_office_answers(self):
        self.assertTrue(pid_alive(self.pid), "soffice.bin died")
        sheet = self.probe.Sheets.getByIndex(0)
        value = time.monotonic() % 1000
        sheet.getCellRangeByName("A1").setValue(value)
        sheet.getCellRangeByName("B1").setFormula("=JXRATE(A1;2)")
        self.probe.calculateAll()
        self.assertAlmostEqual(sheet.getCellRangeByName("B1").getValue(), value / 2)

    # -- helpers ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def opened(self, doc):
        """The document and its first sheet; closed afterwards, whatever happens."""
        try:
            yield doc, doc.Sheets.getByIndex(0)
        finally:
            doc.close(True)

    def timed(self, call):
        start = time.monotonic()
        result = call()
        return result, time.monotonic() - start

    def probe_functions(self, doc, refs, actual=0.96):
        """JXVALUE, JXCHECK, JXMEETS and JXRATE of each referenced cell, computed on a sheet of
        their own (so the checked sheet keeps its contents); their shown outcomes by ref."""
        sheets = doc.Sheets
        if not sheets.hasByName(PROBE_SHEET):
            sheets.insertNewByName(PROBE_SHEET, sheets.Count)
        probe = sheets.getByName(PROBE_SHEET)
        formulas = ["=JXVALUE({r})", "=JXCHECK({r})", f"=JXMEETS({actual};{{r}})", "=JXRATE({r};1)"]
        for i, ref in enumerate(refs):
            for j, formula in enumerate(formulas):
                probe.getCellByPosition(j, i).setFormula(formula.format(r=ref))
        _, seconds = self.timed(doc.calculateAll)
        outcomes = {}
        for i, ref in enumerate(refs):
            cells = [probe.getCellByPosition(j, i) for j in range(len(formulas))]
            jxcheck = cells[1]
            if not jxcheck.getError():  # a message (or nothing), quoting a shortened value
                self.assertLess(len(jxcheck.getString()), 4000, f"JXCHECK({ref})")
            outcomes[ref] = [shown(c) for c in cells]
        floor = self.builtin_floor(doc, probe, refs, len(formulas))
        print(f"functions {seconds:.3f} s, built-ins {floor:.3f} s", file=sys.stderr)
        self.assertLess(seconds, FUNCTIONS_FLOOR_RATIO * floor,
                        f"the functions took {seconds:.2f} s, the built-ins on the same cells {floor:.3f} s")
        return outcomes, seconds

    def builtin_floor(self, doc, probe, refs, columns):
        """Seconds calculateAll takes for built-in functions over the same cells, written beside
        the probe's (best of two): what reading those cells costs Calc at least."""
        # In place of the probe's own formulas: calculateAll computes every formula of the document.
        for i, ref in enumerate(refs):
            for j in range(columns):
                probe.getCellByPosition(j, i).setFormula(("=LEN({r})", "=ISTEXT({r})")[j % 2].format(r=ref))
        floor = min(self.timed(doc.calculateAll)[1] for _ in range(2))
        probe.getCellRangeByPosition(0, 0, columns - 1, len(refs) - 1).clearContents(23)  # VALUE|STRING|FORMULA|...
        return max(floor, 0.001)

    def validated_within_floor(self, sheet, language="en", label=""):
        """validateSheet of the sheet, timed; asserts it stays within VALIDATION_FLOOR_RATIO times
        its floor (validation_floor)."""
        findings, seconds = self.timed(lambda: self.validator.validateSheet(sheet, "", language))
        floor = self.validation_floor(sheet)
        print(f"{label}: validateSheet {seconds:.3f} s, floor {floor:.3f} s", file=sys.stderr)
        self.assertLess(seconds, VALIDATION_FLOOR_RATIO * floor,
                        f"{label}: validateSheet {seconds:.2f} s, its floor {floor:.3f} s")
        return findings, seconds

    def validation_floor(self, sheet):
        """getDataArray of the area a check reads (the used area, cut as the core cuts it), best of
        two, plus one validation of an empty sheet."""
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        rows, columns = cursor.RangeAddress.EndRow + 1, cursor.RangeAddress.EndColumn + 1
        columns = max(1, min(columns, MAX_GRID_CELLS // rows))
        area = sheet.getCellRangeByPosition(0, 0, columns - 1, rows - 1)
        read = min(self.timed(area.getDataArray)[1] for _ in range(2))
        if not hasattr(type(self), "empty_call"):
            empty = self.office.new_spreadsheet()
            try:
                type(self).empty_call = min(
                    self.timed(lambda: self.validator.validateSheet(empty.Sheets.getByIndex(0), "", "en"))[1]
                    for _ in range(3))
            finally:
                empty.close(True)
        return max(read + type(self).empty_call, 0.001)

    def contents(self, doc, ranges):
        """getFormulaArray of each named range of the first sheet (text as is, formulas as written)."""
        sheet = doc.Sheets.getByIndex(0)
        return {name: sheet.getCellRangeByName(name).getFormulaArray() for name in ranges}

    def fix_all_then_undo(self, doc, ranges, findings=None):
        """applyFixes with every fixable finding: only cells of fixed rows change, one undo step
        is added, and undo() restores `ranges` exactly. Returns the number of cells changed."""
        before = self.contents(doc, ranges)
        if findings is None:
            findings = self.validator.validateDocument(doc, "", "en")
        fixable = [f for f in findings if f.HasFix]
        fixed_rows = {(f.Sheet, f.Row) for f in fixable}
        sheet_name = doc.Sheets.getByIndex(0).Name
        undo = doc.UndoManager
        steps = len(undo.getAllUndoActionTitles())
        changed = self.validator.applyFixes(doc, fixable, "")
        after = self.contents(doc, ranges)
        for name in ranges:
            origin = doc.Sheets.getByIndex(0).getCellRangeByName(name).getRangeAddress()
            for r, (old, new) in enumerate(zip(before[name], after[name])):
                for c, (x, y) in enumerate(zip(old, new)):
                    if x != y:
                        self.assertIn((sheet_name, origin.StartRow + r), fixed_rows,
                                      f"{a1(origin.StartRow + r, origin.StartColumn + c)} changed: {x!r} -> {y!r}")
        if changed:
            self.assertEqual(undo.getCurrentUndoActionTitle(), "Jixiao: 修正")
            if steps < UNDO_STEPS_KEPT:  # a full stack drops its oldest step as ours comes in
                self.assertEqual(len(undo.getAllUndoActionTitles()), steps + 1, "applyFixes is one undo step")
            undo.undo()
        self.assertEqual(self.contents(doc, ranges), before, "undo() restores every cell")
        return changed


class HostileCells(HostileCase):
    """What a cell can hold: errors, formulas, megabytes, odd characters, crafted values; and
    sheets that are empty, hidden, merged, protected or read-only."""

    TABLE = ["A1:H45"]

    def test_error_cells(self):
        with self.opened(validator_docs.new_project_document(self.office)) as (doc, sheet):
            rows = hostile_docs.first_indicator_rows(3)
            for row, formula in zip(rows, ["=1/0", "=NA()", '=VALUE("x")']):
                sheet.getCellByPosition(4, row).setFormula(formula)
            doc.calculateAll()
            findings = self.validator.validateSheet(sheet, "", "en")
            at = rules_by_cell(findings)
            outcome = []
            for row in rows:
                cell = a1(row, 4)
                self.assertEqual(at.get(("目标表", cell)), ["cell-error"], cell)
                message = next(f.Message for f in findings if f.Cell == cell)
                outcome.append(f"{cell} cell-error \"{message}\"")
            functions, _ = self.probe_functions(doc, [f"$'目标表'.{a1(row, 4)}" for row in rows])
            self.assertEqual([v[0] for v in functions.values()], ["#DIV/0!", "#N/A", "Err:502"])
            changed = self.fix_all_then_undo(doc, self.TABLE)
            record("error cells (#DIV/0!, #N/A, VALUE(\"x\"))",
                   "; ".join(outcome) + f"; functions give {list(functions.values())}; "
                   f"applyFixes changed {changed} other cells, undone in one step")

    def test_formula_yielding_text(self):
        with self.opened(validator_docs.new_project_document(self.office)) as (doc, sheet):
            row = hostile_docs.first_indicator_rows(1)[0]
            cell = sheet.getCellByPosition(4, row)
            cell.setFormula('=">="&"95%"')
            doc.calculateAll()
            findings = self.validator.validateSheet(sheet, "", "en")
            found = [f for f in findings if f.Cell == a1(row, 4)]
            self.assertIn("operator-variant", [f.RuleId for f in found])
            self.assertEqual([f.HasFix for f in found], [False] * len(found))
            functions, _ = self.probe_functions(doc, [f"$'目标表'.{a1(row, 4)}"])
            (value, check, meets, rate), = functions.values()
            self.assertEqual((value, meets, rate), (0.95, 1, "#VALUE!"))
            self.assertTrue(check.startswith("operator-variant:"), check)
            changed = self.fix_all_then_undo(doc, self.TABLE)
            self.assertEqual(cell.getFormula(), '=">="&"95%"')
            record("formula yielding text (=\">=\"&\"95%\")",
                   f"{a1(row, 4)} operator-variant without a fix (a fix never overwrites a formula); "
                   f"JXVALUE {value}, JXMEETS {meets}, JXRATE {rate}; applyFixes of the others: {changed} cells, "
                   "formula kept, undone in one step")

    def test_megabyte_strings(self):
        with self.opened(validator_docs.new_project_document(self.office)) as (doc, sheet):
            value_row, prose_row = hostile_docs.first_indicator_rows(2)
            number = "≥" + "9" * hostile_docs.MEGABYTE + "%"
            prose = "健" * hostile_docs.MEGABYTE
            sheet.getCellByPosition(4, value_row).setString(number)
            sheet.getCellByPosition(3, prose_row).setString(prose)
            self.assertEqual(len(sheet.getCellByPosition(4, value_row).getString()), len(number))
            findings, seconds = self.validated_within_floor(sheet, "zh-CN", "1 MB value")
            self.assertTrue(all(len(f.Message) < 2000 for f in findings), "messages quote a shortened value")
            at = rules_by_cell(findings)
            value_rules = at.get(("目标表", a1(value_row, 4)))
            self.assertTrue(value_rules, "the megabyte value has a finding")
            functions, calc_seconds = self.probe_functions(
                doc, [f"$'目标表'.{a1(value_row, 4)}", f"$'目标表'.{a1(prose_row, 3)}"])
            for outcome in functions.values():
                self.assertEqual(outcome[0], "#N/A")  # no number: JXVALUE is #N/A
            changed = self.fix_all_then_undo(doc, self.TABLE)
            # A header cell of a megabyte: the 三级指标 header.
            header = sheet.getCellRangeByName("C16")
            header.setString("三级指标" + "说明" * (hostile_docs.MEGABYTE // 2))
            header_findings, header_seconds = self.validated_within_floor(sheet, "en", "1 MB header")
            self.assertTrue(header_findings)
            header_rules = sorted({f.RuleId for f in header_findings})
            header_changed = self.fix_all_then_undo(doc, self.TABLE)
            record("1 MB strings (1 048 578 chars in a value cell, 1 048 576 in a name cell, 1 MB header cell)",
                   f"value {a1(value_row, 4)}: {value_rules}, validateSheet {seconds:.2f} s; functions "
                   f"{list(functions.values())} in {calc_seconds:.2f} s; fix+undo {changed} cells. Header C16 of "
                   f"1 MB: validateSheet {header_seconds:.2f} s, rules {header_rules}; fix+undo {header_changed} cells")

    def test_control_and_private_use_characters(self):
        with self.opened(validator_docs.new_project_document(self.office)) as (doc, sheet):
            rows = hostile_docs.first_indicator_rows(len(hostile_docs.ODD_CHARACTERS))
            accepted = {}
            for row, (name, text) in zip(rows, hostile_docs.ODD_CHARACTERS.items()):
                cell = sheet.getCellByPosition(4, row)
                cell.setString(text)
                accepted[name] = cell.getString() == text
            findings = self.validator.validateSheet(sheet, "", "en")
            at = rules_by_cell(findings)
            refs = [f"$'目标表'.{a1(row, 4)}" for row in rows]
            functions, _ = self.probe_functions(doc, refs)
            outcome = []
            for row, ref, name in zip(rows, refs, hostile_docs.ODD_CHARACTERS):
                rules = at.get(("目标表", a1(row, 4)), [])
                self.assertTrue(rules, f"{name}: a finding")
                outcome.append(f"{name} (kept by Calc: {accepted[name]}): {rules}, functions {functions[ref]}")
            changed = self.fix_all_then_undo(doc, self.TABLE)
            record("control, private-use and noncharacters", "; ".join(outcome) + f"; fix+undo {changed} cells")

    def test_unpaired_surrogates(self):
        with self.opened(validator_docs.new_project_document(self.office)) as (doc, sheet):
            (value_row, _), = validator_docs.defect_cells(validator_docs.project_rows())
            name_row, formula_row = hostile_docs.first_indicator_rows(2)
            value_cell, name_cell, formula_cell = a1(value_row, 4), a1(name_row, 2), a1(formula_row, 4)
            # Text cells ending in U+D800 (through Basic: Python cannot carry one), a value and a name
            # with a stray space, and a formula giving "≥9" + U+DC00 + "%". Python reads none of
            # these strings: pyuno drops the whole connection on an unpaired surrogate, so
            # formulas on a probe sheet look at them.
            hostile_docs.put_lone_surrogate(doc, value_cell, ">=95%")
            hostile_docs.put_lone_surrogate(doc, name_cell, "立项依据 充分性")
            sheet.getCellRangeByName(formula_cell).setFormula('="≥9"&UNICHAR(56320)&"%"')
            doc.Sheets.insertNewByName(PROBE_SHEET, doc.Sheets.Count)
            probe = doc.Sheets.getByName(PROBE_SHEET)
            for row, cell in enumerate([value_cell, name_cell]):
                ref = f"$'目标表'.{cell}"
                for column, formula in enumerate([f"=LEN({ref})", f"=UNICODE(RIGHT({ref};1))",
                                                  f"=LEFT({ref};LEN({ref})-1)"]):
                    probe.getCellByPosition(column, 10 + row).setFormula(formula)

            def surrogate_cells():
                doc.calculateAll()
                return [tuple(shown(probe.getCellByPosition(c, 10 + r)) for c in range(3)) for r in range(2)]

            original = [(6, 55296, ">=95%"), (9, 55296, "立项依据 充分性")]
            self.assertEqual(surrogate_cells(), original)
            findings = self.validator.validateSheet(sheet, "", "en")
            at = rules_by_cell(findings)
            self.assertEqual(at[("目标表", value_cell)], ["damaged-characters"])
            self.assertIn("damaged-characters", at[("目标表", formula_cell)])
            name_findings = [f for f in findings if f.Cell == name_cell]
            self.assertEqual([(f.RuleId, f.HasFix) for f in name_findings], [("whitespace-in-text", True)])
            self.assertIn("\ufffd", name_findings[0].Message, "the message shows U+FFFD for the surrogate")
            functions, _ = self.probe_functions(doc, [f"$'目标表'.{value_cell}", f"$'目标表'.{formula_cell}"])
            for outcome in functions.values():
                self.assertTrue(outcome[1].startswith("damaged-characters:"), outcome)
            # Fixing the name removes the space and keeps the surrogate exactly; undo restores it.
            others = ["A1:B45", f"C1:C{name_row}", f"C{name_row + 2}:D45", f"E1:E{value_row}", f"E{value_row + 2}:H45"]
            before = self.contents(doc, others)
            changed = self.validator.applyFixes(doc, name_findings, "")
            fixed = surrogate_cells()
            self.assertEqual(changed, 1)
            self.assertEqual(fixed, [original[0], (8, 55296, "立项依据充分性")])
            self.assertEqual(self.contents(doc, others), before)
            doc.UndoManager.undo()
            self.assertEqual(surrogate_cells(), original)
            self.assertEqual(self.contents(doc, others), before)
            record("unpaired surrogates (text cells via Basic, a formula via UNICHAR)",
                   f"value {value_cell}: {at[('目标表', value_cell)]} (no fix); formula {formula_cell}: "
                   f"{at[('目标表', formula_cell)]}; name {name_cell}: whitespace-in-text, message "
                   f"\"{name_findings[0].Message}\"; JXCHECK says damaged-characters, JXVALUE "
                   f"{[o[0] for o in functions.values()]}; fixing the name gave (LEN, last code, rest) {fixed[1]}: "
                   "surrogate kept; undo restores it")

    def test_empty_and_hidden_sheets(self):
        with self.opened(validator_docs.new_project_document(self.office)) as (doc, sheet):
            sheets = doc.Sheets
            sheets.insertNewByName("空表", 0)
            sheets.insertNewByName("隐藏", 2)
            validator_docs.write_rows(sheets.getByName("隐藏"), validator_docs.project_rows())
            sheets.getByName("隐藏").IsVisible = False
            findings = self.validator.validateDocument(doc, "", "en")
            by_sheet = {}
            for f in findings:
                by_sheet.setdefault(f.Sheet, set()).add(f.RuleId)
            # A sheet without a table is silent when another sheet has one (the workbook says
            # no-table-found only when none has).
            self.assertNotIn("空表", by_sheet)
            self.assertEqual([f.RuleId for f in self.validator.validateSheet(sheets.getByName("空表"), "", "en")],
                             ["no-table-found"])
            self.assertIn("operator-variant", by_sheet["隐藏"])
            self.assertEqual(by_sheet["隐藏"], by_sheet["目标表"])
            hidden = sheets.getByName("隐藏").getCellRangeByName("A1:H45")
            before = hidden.getFormulaArray()
            steps = len(doc.UndoManager.getAllUndoActionTitles())
            changed = self.validator.applyFixes(doc, [f for f in findings if f.HasFix], "")
            self.assertEqual(len(doc.UndoManager.getAllUndoActionTitles()), steps + 1)
            doc.UndoManager.undo()
            self.assertEqual(hidden.getFormulaArray(), before)
            record("empty and hidden sheets",
                   f"empty sheet: silent in the workbook, no-table-found checked alone; hidden sheet checked like a visible one "
                   f"({len(by_sheet['隐藏'])} rules); fixes on both: {changed} cells in one undo step, undone")

    def test_merged_ranges_across_the_table(self):
        (defect_row, _), = validator_docs.defect_cells(validator_docs.project_rows())
        merges = {
            "header row A16:E16": "A16:E16",
            f"name and values C{defect_row + 1}:E{defect_row + 1}": f"C{defect_row + 1}:E{defect_row + 1}",
            "half-year and full-year D17:E30": "D17:E30",
            "the whole table A16:E41": "A16:E41",
        }
        outcome = []
        for label, merged in merges.items():
            with self.opened(validator_docs.new_project_document(self.office)) as (doc, sheet):
                area = sheet.getCellRangeByName(merged)
                area.merge(True)
                self.assertTrue(area.getIsMerged())
                hidden = area.getFormulaArray()
                findings = self.validator.validateSheet(sheet, "", "en")
                self.assertTrue(findings)
                changed = self.fix_all_then_undo(doc, self.TABLE, findings)
                # The cells a merge hides are never written.
                self.validator.applyFixes(doc, [f for f in findings if f.HasFix], "")
                now = area.getFormulaArray()
                covered = [(r, c) for r in range(len(hidden)) for c in range(len(hidden[0])) if (r, c) != (0, 0)]
                self.assertEqual([now[r][c] for r, c in covered], [hidden[r][c] for r, c in covered])
                outcome.append(f"{label}: {len(findings)} findings {sorted({f.RuleId for f in findings})}, "
                               f"{changed} cells fixed and undone")
        record("merged ranges across the table", "; ".join(outcome))

    def test_protected_sheet(self):
        with self.opened(validator_docs.new_project_document(self.office)) as (doc, sheet):
            sheet.protect("secret")
            before = self.contents(doc, self.TABLE)
            findings = self.validator.validateDocument(doc, "", "en")
            self.assertIn("operator-variant", [f.RuleId for f in findings])
            steps = len(doc.UndoManager.getAllUndoActionTitles())
            with self.assertRaises(IllegalArgumentException) as raised:
                self.validator.applyFixes(doc, [f for f in findings if f.HasFix], "")
            self.assertIn("protected", raised.exception.Message)
            self.assertEqual(self.contents(doc, self.TABLE), before)
            self.assertEqual(len(doc.UndoManager.getAllUndoActionTitles()), steps)
            record("protected sheet (password)",
                   f"validateDocument: {len(findings)} findings; applyFixes refused: "
                   f"IllegalArgumentException \"{raised.exception.Message}\"; nothing changed, no undo step")

    def test_read_only_document(self):
        path = os.path.join(self.dir, "read-only.ods")
        doc = validator_docs.new_project_document(self.office)
        validator_docs.save(doc, path)
        doc.close(True)
        with self.opened(self.office.load(path, ReadOnly=True)) as (doc, _):
            before = self.contents(doc, self.TABLE)
            findings = self.validator.validateDocument(doc, "", "zh-CN")
            self.assertIn("operator-variant", [f.RuleId for f in findings])
            with self.assertRaises(IllegalArgumentException) as raised:
                self.validator.applyFixes(doc, [f for f in findings if f.HasFix], "")
            self.assertIn("read-only", raised.exception.Message)
            self.assertEqual(self.contents(doc, self.TABLE), before)
            record("read-only document (ReadOnly=True)",
                   f"validateDocument: {len(findings)} findings; applyFixes refused: "
                   f"IllegalArgumentException \"{raised.exception.Message}\"; nothing changed")

    def test_crafted_values(self):
        with self.opened(validator_docs.new_project_document(self.office)) as (doc, sheet):
            units = hostile_docs.CRAFTED_UNITS
            rows = hostile_docs.first_indicator_rows((len(units) + 1) // 2)
            cells = []
            for i, unit in enumerate(units):
                row, column = rows[i // 2], 3 + i % 2
                sheet.getCellByPosition(column, row).setString(hostile_docs.crafted_value(unit))
                cells.append(a1(row, column))
            findings, seconds = self.validated_within_floor(sheet, "en", "crafted values")
            at = rules_by_cell(findings)
            for cell in cells:
                self.assertTrue(at.get(("目标表", cell)), f"{cell}: a finding")
            functions, calc_seconds = self.probe_functions(doc, [f"$'目标表'.{c}" for c in cells])
            changed = self.fix_all_then_undo(doc, ["A1:C45", "F1:H45"])
            kinds = sorted({rule for cell in cells for rule in at[("目标表", cell)]})
            record(f"{len(units)} crafted values of {hostile_docs.CRAFTED_REPEAT} repetitions "
                   f"({', '.join(units)})",
                   f"validateSheet {seconds:.2f} s, rules {kinds}; "
                   f"JXVALUE/JXCHECK/JXMEETS/JXRATE on all of them {calc_seconds:.2f} s; fix+undo {changed} cells")


class HostileScale(HostileCase):
    """Million-row sheets, more findings than can be listed, and a document closed mid-check."""

    def setUp(self):
        hostile_docs.reset_peak_memory(self.pid)

    def validate_bounded(self, sheet, label):
        return self.validated_within_floor(sheet, "en", label)

    def test_a_million_numbers_in_column_a(self):
        with self.opened(self.office.new_spreadsheet()) as (doc, sheet):
            hostile_docs.fill_column_with_numbers(sheet)
            self.assertEqual(sheet.getCellRangeByName("A1048576").getValue(), 1048576)
            findings, seconds = self.validate_bounded(sheet, "A1:A1048576")
            self.assertEqual([(f.Cell, f.RuleId) for f in findings], [("A1", "no-table-found")])
            self.assertEqual(self.validator.applyFixes(doc, findings, ""), 0)
            self.assertEqual(sheet.getCellRangeByName("A1048576").getValue(), 1048576)
            record("1 048 576 numbers in A1:A1048576",
                   f"no-table-found in {seconds:.2f} s; soffice peak {hostile_docs.soffice_peak_memory_mb(self.pid)} MB")

    def test_table_at_the_very_bottom(self):
        with self.opened(self.office.new_spreadsheet()) as (doc, sheet):
            top = hostile_docs.write_table_at_bottom(sheet)
            findings, seconds = self.validate_bounded(sheet, "table at the bottom")
            self.assertIn("operator-variant", [f.RuleId for f in findings])
            self.assertTrue(all(f.Row >= top for f in findings))
            changed = self.fix_all_then_undo(doc, [f"A{top + 1}:H1048576"], findings)
            self.assertGreater(changed, 0)
            record("project table in the last 41 rows (A1048536:E1048576)",
                   f"{len(findings)} findings, first {findings[0].Cell} {findings[0].RuleId}, in {seconds:.2f} s; "
                   f"fix+undo {changed} cells; soffice peak {hostile_docs.soffice_peak_memory_mb(self.pid)} MB")

    def test_stray_value_in_the_last_cell(self):
        with self.opened(validator_docs.new_project_document(self.office)) as (doc, sheet):
            last = sheet.getCellByPosition(1023, hostile_docs.LAST_ROW)  # AMJ1048576
            last.setString(">=95%")
            findings, seconds = self.validate_bounded(sheet, "stray value in AMJ1048576")
            first = findings[0]
            self.assertEqual((first.Cell, first.RuleId), ("A1", "area-too-large"))
            self.assertIn("A1:AMJ1048576", first.Message)
            self.assertIn("operator-variant", [f.RuleId for f in findings])
            changed = self.fix_all_then_undo(doc, ["A1:H45"], findings)
            self.assertEqual(last.getString(), ">=95%")
            record("a value in AMJ1048576 beside the table (used area of 1 073 741 824 cells)",
                   f"area-too-large \"{first.Message}\" plus the table's {len(findings) - 1} findings in "
                   f"{seconds:.2f} s; fix+undo {changed} cells; soffice peak "
                   f"{hostile_docs.soffice_peak_memory_mb(self.pid)} MB (before this change it ran out of memory "
                   "and the office died)")

    def test_more_findings_than_are_listed(self):
        with self.opened(self.office.new_spreadsheet()) as (doc, sheet):
            rows = 60_000  # two operator variants a row: 120 000 findings
            hostile_docs.write_long_table(sheet, rows)
            findings, seconds = self.validate_bounded(sheet, "120 000 findings")
            self.assertEqual(len(findings), 100_000)
            last = findings[-1]
            self.assertEqual(last.RuleId, "too-many-findings")
            total = int(re.search(r"\((\d+)\)", last.Message).group(1))
            self.assertGreaterEqual(total, 2 * rows)
            record(f"a table of {rows} defective rows (120 000 findings)",
                   f"{len(findings)} findings listed in {seconds:.2f} s, the last: {last.Cell} too-many-findings "
                   f"\"{last.Message}\"; soffice peak {hostile_docs.soffice_peak_memory_mb(self.pid)} MB")

    def test_document_closed_while_it_is_checked(self):
        def big_document():
            doc = self.office.new_spreadsheet()
            data = seeds.as_data_array(validator_docs.project_rows() * 40)
            for i in range(20):
                if i:
                    doc.Sheets.insertNewByName(f"表{i}", i)
                doc.Sheets.getByIndex(i).getCellRangeByPosition(0, 0, len(data[0]) - 1, len(data) - 1).setDataArray(data)
            return doc

        doc = big_document()
        _, full = self.timed(lambda: self.validator.validateDocument(doc, "", "en"))
        doc.close(True)
        outcomes = {}
        for k in range(12):
            doc = big_document()
            result = {}

            def check(document=doc, result=result):
                try:
                    result["findings"] = len(self.validator.validateDocument(document, "", "en"))
                except RuntimeException as e:
                    result["error"] = e.Message

            worker = threading.Thread(target=check)
            worker.start()
            time.sleep(full * k / 10)
            doc.close(True)  # from this thread, while the other one may be inside validateDocument
            worker.join(120)
            self.assertFalse(worker.is_alive(), "validateDocument returned")
            self.assertTrue(pid_alive(self.pid), f"soffice.bin died when the document closed at {k / 10:.1f} of the check")
            if "error" in result:
                self.assertIn("could not finish", result["error"])
                key = re.sub(r"\(.*\)", "(…)", result["error"])
            else:
                key = "full result"
            outcomes[key] = outcomes.get(key, 0) + 1
            self.assert_office_answers()
        record("document closed from another thread during validateDocument (20 sheets, 12 tries)",
               f"check takes {full:.2f} s; outcomes {outcomes}; office alive after each (before this change: "
               "the bridge dropped, or soffice crashed in read_grid)")


    def test_every_service_on_a_closed_document(self):
        """Every method of every service, given a document (or a sheet of one) that has been
        closed: it returns, refuses with the IllegalArgumentException its IDL declares, or fails
        with a RuntimeException carrying the check-failed message; never an exception the
        caller's bridge cannot take, and the office goes on answering."""
        doc = self.office.new_spreadsheet()
        data = seeds.as_data_array(validator_docs.project_rows())
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByPosition(0, 0, len(data[0]) - 1, len(data) - 1).setDataArray(data)
        findings = self.validator.validateDocument(doc, "", "en")
        self.assertTrue(findings, "the project rows give findings")
        doc.close(True)
        highlighter = self.office.create("org.jixiao.Highlighter")
        report = self.office.create("org.jixiao.ReportWriter")
        ignore = self.office.create("org.jixiao.IgnoreList")
        rates = self.office.create("org.jixiao.ExecutionRates")
        calls = {
            "Validator.validateDocument": lambda: self.validator.validateDocument(doc, "", "en"),
            "Validator.validateSheet": lambda: self.validator.validateSheet(sheet, "", "en"),
            "Validator.applyFixes": lambda: self.validator.applyFixes(doc, findings, ""),
            "Highlighter.highlight": lambda: highlighter.highlight(doc, findings),
            "Highlighter.clearHighlights": lambda: highlighter.clearHighlights(doc),
            "Highlighter.countHighlights": lambda: highlighter.countHighlights(doc),
            "ReportWriter.writeReport": lambda: report.writeReport(doc, findings, "en"),
            "IgnoreList.ignoreFinding": lambda: ignore.ignoreFinding(doc, findings[0]),
            "IgnoreList.ignoreRule": lambda: ignore.ignoreRule(doc, findings[0].RuleId),
            "IgnoreList.resetIgnored": lambda: ignore.resetIgnored(doc),
            "IgnoreList.withoutIgnored": lambda: ignore.withoutIgnored(doc, findings),
            "IgnoreList.ignoredEntries": lambda: ignore.ignoredEntries(doc),
            "ExecutionRates.availableBases": lambda: rates.availableBases(sheet),
            "ExecutionRates.insertRates": lambda: rates.insertRates(
                sheet, "budget", uno.createUnoStruct("com.sun.star.util.Date", 30, 6, 2026), 0.1, "en"),
        }
        outcomes = {}
        for name, call in calls.items():
            try:
                call()
                outcomes[name] = "returned"
            except IllegalArgumentException as e:
                outcomes[name] = f"refused: {e.Message}"
            except RuntimeException as e:
                self.assertTrue("could not finish" in e.Message or "检查未能完成" in e.Message,
                                f"{name}: {type(e).__name__} {e.Message!r} is not the check-failed message")
                outcomes[name] = "check-failed"
            self.assert_office_answers()
        self.assertIn("check-failed", outcomes.values(), outcomes)
        record("every service method on a closed document", f"{outcomes}")


class HostileFiles(unittest.TestCase):
    """Files jixiao-check is given: password-protected, and with macros that run on open."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="jixiao-hostile-files-")
        cls.marker = os.path.join(cls.dir, "macro-ran")
        cls.macro_doc = os.path.join(cls.dir, "macro.ods")
        with Office() as office:  # only to build the documents
            validator_docs.build_more(office, cls.dir)
            validator_docs.build_macro_document(office, cls.macro_doc, cls.marker)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def run_check(self, *args):
        result = subprocess.run([CHECK, "--print-office-pid", *args], capture_output=True, text=True, timeout=240)
        pids = [int(p) for p in re.findall(r"office pid (\d+)", result.stderr)]
        self.assertEqual(len(pids), 1, result.stderr)
        self.assertFalse(pid_alive(pids[0]), "the office outlived jixiao-check")
        return result

    def test_password_protected_file(self):
        encrypted = os.path.join(self.dir, "encrypted.ods")
        for extra in ([], ["--fix", os.path.join(self.dir, "fixed-encrypted.ods")]):
            result = self.run_check("--lang", "en", *extra, encrypted)
            self.assertEqual(result.returncode, 2, result.stderr)
            self.assertIn(f"{encrypted}: encrypted", result.stderr)
            self.assertEqual(result.stdout, "")
        self.assertFalse(os.path.exists(os.path.join(self.dir, "fixed-encrypted.ods")))
        record("password-protected file (jixiao-check, with and without --fix)",
               f"exit code 2, stderr \"{result.stderr.strip().splitlines()[-1]}\"; no output, no copy left")

    def test_macros_never_run_when_checked_or_fixed(self):
        fixed = os.path.join(self.dir, "macro-fixed.ods")
        for extra in ([], ["--fix", fixed]):
            result = self.run_check(*extra, self.macro_doc)
            self.assertIn(result.returncode, (0, 1), result.stderr)
            self.assertIn("operator-variant", result.stdout)
            self.assertFalse(os.path.exists(self.marker), f"the OnLoad macro ran ({extra or 'read-only check'})")
        self.assertTrue(os.path.exists(fixed))
        # The copy still holds the macro: an office that allows macros runs it (the control that
        # shows the marker's absence above means something).
        with Office() as office:
            doc = office.load(fixed, Hidden=False, MacroExecutionMode=uno.Any("short", 4))  # ALWAYS_EXECUTE_NO_WARN
            doc.close(True)
        self.assertTrue(os.path.exists(self.marker), "the control load did not run the macro")
        record("document whose OnLoad macro writes a file (jixiao-check, with and without --fix)",
               "checked and fixed, marker file absent both times; the fixed copy still runs it when an office "
               "allows macros (control)")


if __name__ == "__main__":
    unittest.main()
