"""jixiao-check against a real office: several files with a broken one among
them, encrypted, .xls and .csv inputs, document macros never run, the output
formats, --fix writing a copy, exit codes, and exactly one office started and
none left afterwards."""

import csv
import hashlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))

import uno  # noqa: E402
import validator_docs  # noqa: E402
from office import Office, pid_alive  # noqa: E402

CHECK = os.environ.get("JIXIAO_CHECK", "")
ALWAYS_EXECUTE_NO_WARN = 4  # css.document.MacroExecMode


def soffice_pids_of(cli_pid):
    """soffice.bin processes on the private pipe of the jixiao-check run cli_pid."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmdline = f.read().decode(errors="replace")
        except OSError:
            continue
        if "soffice.bin" in cmdline and f"jixiao_check_{cli_pid}_" in cmdline:
            found.append(int(entry))
    return found


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


class CommandLine(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="jixiao-cli-")
        with Office() as office:  # only to build the documents; ended before the runs
            validator_docs.build(office, cls.dir)
            validator_docs.build_more(office, cls.dir)
            validator_docs.build_tab_table(office, cls.dir)
            cls.marker = os.path.join(cls.dir, "macro-ran")
            cls.macro_doc = os.path.join(cls.dir, "macro.ods")
            validator_docs.build_macro_document(office, cls.macro_doc, cls.marker)
        cls.project = os.path.join(cls.dir, "project.ods")
        cls.project_xlsx = os.path.join(cls.dir, "project.xlsx")
        cls.empty = os.path.join(cls.dir, "empty.ods")
        cls.broken = os.path.join(cls.dir, "broken.xlsx")
        with open(cls.broken, "wb") as f:
            f.write(os.urandom(4096))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.dir, ignore_errors=True)

    def run_check(self, *args):
        process = subprocess.Popen([CHECK, "--print-office-pid", *args], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        out, err = process.communicate(timeout=240)
        pids = [int(p) for p in re.findall(r"office pid (\d+)", err)]
        self.assertEqual(len(pids), 1, err)  # one office for all files
        self.assertFalse(pid_alive(pids[0]), "the office outlived jixiao-check")
        self.assertEqual(soffice_pids_of(process.pid), [])
        return process.returncode, out, err

    def test_broken_file_among_good_ones(self):
        code, out, err = self.run_check("--lang", "en", self.project, self.broken, self.project_xlsx,
                                        os.path.join(self.dir, "missing.ods"))
        self.assertEqual(code, 2, err)
        self.assertIn(f"{self.broken}: cannot open", err)
        self.assertIn("missing.ods: not a readable file", err)
        for path in (self.project, self.project_xlsx):
            self.assertRegex(out, re.escape(path) + r":目标表!E\d+ warning operator-variant ")
        self.assertNotIn(self.broken, out)

    def test_xls_and_csv_are_checked(self):
        for ext in ("xls", "csv"):
            path = os.path.join(self.dir, f"project.{ext}")
            code, out, err = self.run_check("--lang", "en", path)
            with self.subTest(format=ext):
                self.assertEqual(code, 1, err)
                self.assertRegex(out, re.escape(path) + r":[^!]+!E\d+ warning operator-variant ")

    def test_encrypted_file_is_reported_and_the_others_checked(self):
        encrypted = os.path.join(self.dir, "encrypted.ods")
        code, out, err = self.run_check("--lang", "en", encrypted, self.project)
        self.assertEqual(code, 2, err)
        self.assertIn(f"{encrypted}: encrypted", err)
        self.assertNotIn(encrypted, out)
        self.assertIn("operator-variant", out)

    def test_document_macros_never_run(self):
        code, out, err = self.run_check(self.macro_doc)
        self.assertIn(code, (0, 1), err)
        self.assertIn("operator-variant", out)  # the document was checked…
        self.assertFalse(os.path.exists(self.marker), "jixiao-check ran the document's OnLoad macro")
        # …and the control: an office that opens it for use does run the macro, so the
        # marker's absence above means something.
        with Office() as office:
            doc = office.load(self.macro_doc, Hidden=False,
                              MacroExecutionMode=uno.Any("short", ALWAYS_EXECUTE_NO_WARN))
            doc.close(True)
        self.assertTrue(os.path.exists(self.marker), "the control load did not run the macro")

    def test_exit_codes(self):
        code, out, _ = self.run_check(self.empty)
        self.assertEqual(code, 0)  # only a warning: no table found
        self.assertIn("no-table-found", out)
        code, out, _ = self.run_check(self.project)
        self.assertEqual(code, 1)  # the seed table has error-severity findings
        self.assertIn(" error ", out)

    def test_usage_error(self):
        result = subprocess.run([CHECK, "--format", "xml", self.empty], capture_output=True, text=True)
        self.assertEqual(result.returncode, 2)
        self.assertIn("usage", result.stderr)

    def test_json_and_csv(self):
        code, out, _ = self.run_check("--format", "json", "--lang", "en", self.project, self.broken)
        self.assertEqual(code, 2)
        files = json.loads(out)["files"]
        self.assertEqual([f["file"] for f in files], [self.project, self.broken])
        self.assertIn("error", files[1])
        rules = {f["rule_id"] for f in files[0]["findings"]}
        self.assertIn("operator-variant", rules)
        finding = next(f for f in files[0]["findings"] if f["rule_id"] == "operator-variant")
        self.assertEqual(set(finding), {"sheet", "cell", "row", "column", "severity", "rule_id", "message",
                                        "has_fix"})
        code, out, _ = self.run_check("--format", "csv", self.project)
        rows = list(csv.reader(io.StringIO(out)))
        self.assertEqual(rows[0], ["file", "sheet", "cell", "row", "column", "severity", "rule_id", "message",
                                   "has_fix"])
        self.assertIn("operator-variant", [r[6] for r in rows[1:]])

    def test_fix_writes_a_copy_and_leaves_the_original(self):
        out_dir = os.path.join(self.dir, "fixed")
        os.makedirs(out_dir, exist_ok=True)
        originals = {p: sha256(p) for p in (self.project, self.project_xlsx)}
        code, _, err = self.run_check("--fix", out_dir, self.project, self.project_xlsx)
        self.assertIn(code, (0, 1), err)
        for path, digest in originals.items():
            self.assertEqual(sha256(path), digest)
            copy = os.path.join(out_dir, os.path.basename(path))
            self.assertTrue(os.path.exists(copy))
            self.assertNotEqual(sha256(copy), digest)
        self.assertRegex(err, r"\d+ cell\(s\) fixed")
        # A shifted row is left for a person: the copy keeps it, and stderr says so.
        self.assertIn("1 shifted row(s) not moved", err)
        # The copy no longer has the operator variant, and still has the shifted row.
        code, out, _ = self.run_check(os.path.join(out_dir, "project.ods"))
        self.assertNotIn("operator-variant", out)
        self.assertIn("!B19 error misaligned-row", out)
        self.assertEqual(sorted(os.listdir(out_dir)), ["project.ods", "project.xlsx"])  # no lock files left

    def test_tabs_inside_cells_are_fixed_without_writing_a_control_character(self):
        """Cells ending in a tab and a line break (U+0001 in Calc's edit text): the fixed copies, in
        .xlsx and .ods, read back with the tab gone and no control character written."""
        out_dir = os.path.join(self.dir, "fixed-tabs")
        os.makedirs(out_dir, exist_ok=True)
        sources = [os.path.join(self.dir, f"tabs.{ext}") for ext in ("xlsx", "ods")]
        code, out, err = self.run_check("--lang", "en", *sources)
        self.assertEqual(code, 0, err)  # a tab is whitespace, no error: the targets read as targets
        self.assertIn("目标表!D3 info whitespace-in-value \"≥100人\" contains stray tabs and line breaks", out)
        self.assertIn("目标表!C4 info whitespace-in-text \"培训合格率\" contains stray tabs", out)
        self.assertNotIn("\x01", out)
        self.assertNotIn("malformed-value", out)
        code, _, err = self.run_check("--fix", out_dir, *sources)
        self.assertIn(code, (0, 1), err)
        with Office() as office:
            for ext in ("xlsx", "ods"):
                doc = office.load(os.path.join(out_dir, f"tabs.{ext}"))
                try:
                    sheet = doc.Sheets.getByIndex(0)
                    rows = sheet.getCellRangeByPosition(0, 0, 4, len(validator_docs.TAB_TABLE) - 1).DataArray
                finally:
                    doc.close(True)
                for (r, c), expected in validator_docs.TAB_TABLE_FIXED.items():
                    self.assertEqual(rows[r][c], expected, f"{ext} {r},{c}")
                for row in rows:
                    for value in row:
                        self.assertNotIn("\x01", str(value), ext)
        with zipfile.ZipFile(os.path.join(out_dir, "tabs.xlsx")) as book:
            self.assertNotIn("_x0001_", book.read("xl/sharedStrings.xml").decode())
        # The fixed copies have nothing left to say of the cells fixed.
        code, out, _ = self.run_check(*[os.path.join(out_dir, f"tabs.{ext}") for ext in ("xlsx", "ods")])
        self.assertEqual(code, 0)
        self.assertNotIn("whitespace-in-value", out)

    def test_a_users_template_file(self):
        template = os.path.join(self.dir, "my-province.tsv")
        with open(template, "w", encoding="utf-8") as f:
            # A province's own first level, and no groups required of a project (the national
            # template asks 质量, 时效, 效益 and 满意度 of this two-row table).
            f.write("name\tmy-province\nextends\tnational\nlevel\t特色发展\t特色工作\nrequired\t-\n")
        table = os.path.join(self.dir, "my-province.csv")
        with open(table, "w", encoding="utf-8") as f:
            f.write("某省项目绩效目标表\n一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,培训次数,≥5次\n"
                    "特色发展,特色工作,特色项目,≥5项\n")
        code, out, _ = self.run_check("--lang", "en", table)
        self.assertEqual((code, [line.split()[2] for line in out.splitlines()]),
                         (1, ["missing-indicator-group", "unknown-first-level"]))
        code, out, err = self.run_check("--lang", "en", "--template", template, table)
        self.assertEqual((code, out), (0, ""), err)

    def test_killed_check_takes_its_office_along(self):
        """A run ended by SIGKILL (a timeout, an impatient operator) leaves no soffice.bin."""
        process = subprocess.Popen([CHECK, "--print-office-pid", *[self.project] * 50],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        office = None
        for line in process.stderr:
            match = re.search(r"office pid (\d+)", line)
            if match:
                office = int(match.group(1))
                break
        self.assertIsNotNone(office, "jixiao-check never said its office's pid")
        self.assertTrue(pid_alive(office))
        process.kill()
        process.wait(timeout=30)
        deadline = time.monotonic() + 30
        while pid_alive(office) and time.monotonic() < deadline:
            time.sleep(0.2)
        alive = pid_alive(office)
        if alive:
            os.kill(office, signal.SIGKILL)  # end it anyway, then fail
        self.assertFalse(alive, "the office outlived a killed jixiao-check")


if __name__ == "__main__":
    unittest.main()
