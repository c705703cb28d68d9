"""Jixiao's benchmarks, all in one run (bash bench/run.sh runs this after building).

    /usr/bin/python3 bench/run.py [--sizes 1000 10000 100000] [--repeat 3] [--small 200]
                                  [--function-cells 100000] [--macro-timeout 900] [--out FILE]

Prints, with every ratio taken against a baseline measured in the same run:
  1. validateSheet on workbooks of N indicator rows (bench/generate.py) against the floor: the same
     used range read once with getDataArray, from this client over the bridge (what any client pays
     to merely see the cells) and inside the office (a Python macro; getDataArray and its conversion
     to Python, no bridge);
  2. the same against hand-made per-cell checkers run inside the office through the script
     provider: a Python macro and a Basic macro (bench/macros), which must find exactly what the
     service finds for the rules they cover (asserted);
  3. N cells of JXVALUE and JXCHECK recalculated (calculateAll) against VALUE and LEN on the same
     cells;
  4. the core parser alone (build/bench/parser_bench);
  5. jixiao-check over many small workbooks with one office: files per second.
Times are the best of --repeat runs (macros run once: they are long, and capped by
--macro-timeout; a capped time is reported as ">= T"). Memory per workbook size: the office's RSS
with the workbook loaded, its peak while validating (VmHWM, reset just before) and its RSS after.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "macros"))
sys.path.insert(0, HERE)

import generate  # noqa: E402  (puts tests/integration on the path)
import jixiao_bench_checks as macro_checks  # noqa: E402
from office import Office  # noqa: E402  (imports uno, which makes com.sun.star importable)
from com.sun.star.sheet.FillDirection import TO_BOTTOM  # noqa: E402

MACRO_DIR = os.path.join(HERE, "macros")
PYTHON_MACRO = "jixiao_bench_checks.py"
PYTHON_MACRO_URI = "vnd.sun.star.script:jixiao_bench_checks.py${}?language=Python&location=user"
BASIC_LIBRARY = "JixiaoBench"
BASIC_MACRO_URI = "vnd.sun.star.script:JixiaoBench.Checks.{}?language=Basic&location=application"
TARGETS = {"floor": 1.5, "macro": 20.0, "function": 2.0}


# -- the office ---------------------------------------------------------------------------------

class BenchOffice(Office):
    """An Office with the hand-made Python checker in its profile (Scripts/python), where the
    script provider finds user macros, and the Basic one in its application Basic."""

    def _write_profile_settings(self):
        super()._write_profile_settings()
        scripts = os.path.join(self.dir, "profile", "user", "Scripts", "python")
        os.makedirs(scripts, exist_ok=True)
        shutil.copy(os.path.join(MACRO_DIR, PYTHON_MACRO), scripts)

    start_timeout = 90

    def start(self, timeout=None):
        super().start(timeout or self.start_timeout)
        libraries = self.create("com.sun.star.script.ApplicationScriptLibraryContainer")
        if not libraries.hasByName(BASIC_LIBRARY):
            libraries.createLibrary(BASIC_LIBRARY)
        with open(os.path.join(MACRO_DIR, "JixiaoBenchChecks.bas"), encoding="utf-8") as f:
            library = libraries.getByName(BASIC_LIBRARY)
            if library.hasByName("Checks"):
                library.removeByName("Checks")
            library.insertByName("Checks", f.read())
        factory = self.context.getValueByName(
            "/singletons/com.sun.star.script.provider.theMasterScriptProviderFactory")
        self.scripts = factory.createScriptProvider("")
        return self

    @property
    def pid(self):
        return self.process.pid

    def status(self, key):
        """A /proc/<pid>/status value in MiB (VmRSS, VmHWM)."""
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def reset_peak(self):
        """Sets VmHWM back to the current RSS (Linux >= 4.0)."""
        with open(f"/proc/{self.pid}/clear_refs", "w") as f:
            f.write("5")

    def kill(self):
        """For a macro past its time limit: the office cannot be interrupted, so it is ended by PID."""
        os.kill(self.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self.process = None
        self.__exit__(None, None, None)


def run_script(office, uri, args, timeout):
    """(seconds, result) of a script run in the office, or (None, None) when it took longer than
    timeout; then the office has been killed."""
    script = office.scripts.getScript(uri)
    outcome = {}

    def call():
        try:
            start = time.perf_counter()
            outcome["result"] = script.invoke(args, (), ())[0]
            outcome["seconds"] = time.perf_counter() - start
        except Exception as e:  # noqa: BLE001  (reported below unless the office was killed)
            outcome["error"] = e

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        office.kill()
        worker.join(30)
        return None, None
    if "error" in outcome:
        raise outcome["error"]
    return outcome["seconds"], outcome["result"]


def best_of(repeat, action):
    """(fastest seconds, result of the last run)."""
    best, result = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


# -- vocabularies for the hand-made checkers -------------------------------------------------------

def data_lines(relative):
    with open(os.path.join(ROOT, "data", relative), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield line.split("\t")


def macro_vocabulary():
    """(units, prefixes, suffixes) from data/vocab, as the checkers take them."""
    units = tuple(sorted({f[0].strip() for f in data_lines("vocab/units.txt")} | {"%", "‰"}))
    prefixes, suffixes = [], []
    for fields in data_lines("vocab/operators.tsv"):
        pair = (fields[0], fields[1])
        (suffixes if len(fields) > 2 and fields[2] == "suffix" else prefixes).append(pair)
    prefixes.sort(key=lambda p: -len(p[0]))
    return units, tuple(prefixes), tuple(suffixes)


def basic_arguments(sheet, vocabulary):
    units, prefixes, suffixes = vocabulary
    return (sheet, "|" + "|".join(units) + "|", tuple(p[0] for p in prefixes), tuple(p[1] for p in prefixes),
            tuple(s[0] for s in suffixes))


def covered(findings):
    return {(f.Row, f.Column, f.RuleId) for f in findings if f.RuleId in macro_checks.COVERED_RULES}


def assert_same(name, expected, got):
    if expected != got:
        missing, extra = sorted(expected - got)[:10], sorted(got - expected)[:10]
        raise AssertionError(f"{name} disagrees with org.jixiao.Validator on the covered rules: "
                             f"{len(expected - got)} missing, e.g. {missing}; {len(got - expected)} extra, e.g. {extra}")


# -- 1 and 2: validation ---------------------------------------------------------------------------

def measure_validation(path, planted, args, vocabulary):
    """Every measurement of one workbook; macros after the rest (a capped macro kills its office).
    The service must find every defect the generator planted, where it was planted."""
    r = {}
    # The extension writes how long each bulk read of read_grid took (src/uno/common/validator_grid.cpp).
    timings_path = os.path.join(os.path.dirname(path), "read-timings.tsv")
    if os.path.exists(timings_path):
        os.remove(timings_path)
    os.environ["JIXIAO_READ_TIMINGS"] = timings_path
    office = BenchOffice().__enter__()
    try:
        start = time.perf_counter()
        doc = office.load(path, ReadOnly=True)  # read-only: no lock file, as jixiao-check opens files
        r["load"] = time.perf_counter() - start
        sheet = doc.Sheets.getByIndex(0)
        r["rss_loaded"] = office.status("VmRSS")
        area = macro_checks.used_area(sheet)
        r["cells"] = (area.RangeAddress.EndRow + 1) * (area.RangeAddress.EndColumn + 1)
        r["floor_client"], _ = best_of(args.repeat, lambda: macro_checks.used_area(sheet).getDataArray())
        floor_uri = PYTHON_MACRO_URI.format("read_used_area")
        r["floor_office"] = min(run_script(office, floor_uri, (sheet,), args.macro_timeout)[0]
                                for _ in range(args.repeat))
        validator = office.create("org.jixiao.Validator")
        office.reset_peak()
        r["validate"], findings = best_of(args.repeat, lambda: validator.validateSheet(sheet, "", "en"))
        r["peak_validate"] = office.status("VmHWM")
        r["reads"] = read_timings(timings_path)
        r["rss_validated"] = office.status("VmRSS")  # what the office keeps once validation is over
        r["findings"] = len(findings)
        missing = set(planted) - {(f.Row, f.Column, f.RuleId) for f in findings}
        if missing:
            raise AssertionError(f"planted defects not found: {sorted(missing)[:10]}")
        r["planted"] = len(planted)
        expected = covered(findings)
        r["covered"] = len(expected)

        r["python"], result = run_script(office, PYTHON_MACRO_URI.format("check_sheet"), (sheet,) + vocabulary,
                                         args.macro_timeout)
        if r["python"] is not None:
            assert_same("the Python macro", expected, {tuple(x) for x in result})
        else:  # capped: the office was killed, the Basic macro gets one of its own
            office = BenchOffice().__enter__()
            sheet = office.load(path, ReadOnly=True).Sheets.getByIndex(0)
        r["basic"], result = run_script(office, BASIC_MACRO_URI.format("CheckSheet"),
                                        basic_arguments(sheet, vocabulary), args.macro_timeout)
        if r["basic"] is not None:
            assert_same("the Basic macro", expected, {(int(a), int(b), c) for a, b, c in (x.split(";") for x in result)})
    finally:
        if office.process is not None:
            office.shutdown()
    return r


def read_timings(path):
    """{read: fastest ms} over the validateSheet runs, from the lines read_grid appended."""
    best = {}
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                for part in line.strip().split("\t"):
                    if "=" in part:
                        name, ms = part.rsplit("=", 1)
                        best[name] = min(best.get(name, float("inf")), float(ms))
    except OSError:
        pass
    return best


# -- 3: Calc functions -------------------------------------------------------------------------

# (add-in function, built-in it is compared with, column of the argument). The last pair measures
# what any add-in call costs in Calc: JXNORMALIZE of a number does no parsing, it returns the
# number (column C holds numbers), as ABS does.
FUNCTION_PAIRS = (("JXVALUE", "VALUE", "A"), ("JXCHECK", "LEN", "A"), ("JXNORMALIZE", "ABS", "C"))
FORMS = ("cell", "array")


def fill_down(sheet, column, first_formula):
    """One formula per cell of `column` (one column wide), as a user fills a formula down. Not
    setFormulaArray: in 7.4 its time grows with the square of the rows (36 s for 40 000)."""
    address = column.RangeAddress
    sheet.getCellByPosition(address.StartColumn, address.StartRow).setFormula(first_formula)
    column.fillAuto(TO_BOTTOM, 1)


def measure_functions(values, args):
    """{(function, column, form): seconds of calculateAll} over len(values) cells in column B: one
    formula per cell ("cell"), or one array formula over the whole column ("array": the ▦ form, a
    single call given the whole range)."""
    times = {}
    with BenchOffice() as office:
        doc = office.new_spreadsheet()
        sheet = doc.Sheets.getByIndex(0)
        n = len(values)
        sheet.getCellRangeByPosition(0, 0, 0, n - 1).setDataArray(tuple((v,) for v in values))
        sheet.getCellRangeByPosition(2, 0, 2, n - 1).setDataArray(tuple((float(i),) for i in range(n)))
        column = sheet.getCellRangeByPosition(1, 0, 1, n - 1)
        for pair in FUNCTION_PAIRS:
            argument = pair[2]
            for function in pair[:2]:
                for form in FORMS:
                    if (function, argument, form) in times:
                        continue
                    if form == "cell":
                        fill_down(sheet, column, f"={function}({argument}1)")
                    else:
                        column.setArrayFormula(f"={function}({argument}1:{argument}{n})")
                    doc.calculateAll()  # the first round loads what the function needs
                    times[(function, argument, form)], _ = best_of(args.repeat, doc.calculateAll)
                    column.clearContents(1 | 2 | 4 | 16)  # VALUE, DATETIME, STRING, FORMULA
        doc.close(True)
    return times


# -- 4: the parser -------------------------------------------------------------------------------

def measure_parser(build):
    exe = os.path.join(build, "bench", "parser_bench")
    if not os.path.exists(exe):
        return None
    corpus = os.path.join(ROOT, "tests", "fixtures", "corpus", "seed_targets.tsv")
    out = subprocess.run([exe, corpus, "2"], capture_output=True, text=True, check=True).stdout
    return {m.group(1).strip(): float(m.group(2))
            for m in re.finditer(r"^(parse_target\([^)]*\))\s.*values_per_second=(\d+)", out, re.M)}


# -- 5: jixiao-check -----------------------------------------------------------------------------

def measure_cli(build, files):
    exe = os.path.join(build, "jixiao-check")

    def check(paths):
        start = time.perf_counter()
        done = subprocess.run([exe, "--format", "json", "--lang", "en"] + paths, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"jixiao-check failed ({done.returncode}): {done.stderr[-2000:]}")
        return time.perf_counter() - start

    one = check(files[:1])
    return {"files": len(files), "all": check(files), "one": one}


# -- the report -----------------------------------------------------------------------------------

def seconds(value, cap=None):
    if value is None:
        return f">= {cap:.0f} s" if cap else "n/a"
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"


def ratio(numerator, denominator, cap=None):
    """numerator / denominator; a numerator capped at `cap` (None) gives ">= cap / denominator"."""
    if numerator is None and cap and denominator:
        return f">= {cap / denominator:.0f}x"
    if numerator is None or not denominator:
        return "n/a"
    return f"{numerator / denominator:.1f}x"


def verdict(ok):
    return "met" if ok else "MISSED"


def machine():
    def first(command, pattern):
        try:
            out = subprocess.run(command, capture_output=True, text=True).stdout
        except OSError:
            return "?"
        m = re.search(pattern, out, re.M)
        return m.group(1).strip() if m else "?"
    cpu = first(["lscpu"], r"^Model name:\s*(.*)$")
    cpus = first(["lscpu"], r"^CPU\(s\):\s*(.*)$")
    mem = first(["cat", "/proc/meminfo"], r"^MemTotal:\s*(.*)$")
    lo = first(["/usr/lib/libreoffice/program/soffice", "--version"], r"^(LibreOffice .*)$")
    return f"{cpu}, {cpus} CPUs, {mem} RAM; {lo}"


def load_average():
    """uptime's line: the machine is shared, and the load says how much the times can be trusted."""
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def report(args, validation, functions, parser, cli, started):
    lines = [f"- Machine: {machine()}", f"- uptime at start: {started}", f"- uptime at end: {load_average()}",
             f"- Command: `{args.command}`", ""]
    lines += ["### Validation of one sheet (best of %d; macros once, capped at %d s)" % (args.repeat, args.macro_timeout),
              "",
              "| indicator rows | cells read | findings (planted; covered by macros) | getDataArray, client | getDataArray, "
              "in office | validateSheet | vs client floor | vs in-office floor | Python macro | Basic macro | "
              "vs Python | vs Basic | office RSS: loaded → peak validating → after |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n, r in validation.items():
        lines.append(
            f"| {n} | {r['cells']} | {r['findings']} ({r['planted']}; {r['covered']}) | {seconds(r['floor_client'])} | "
            f"{seconds(r['floor_office'])} | {seconds(r['validate'])} | {ratio(r['validate'], r['floor_client'])} | "
            f"{ratio(r['validate'], r['floor_office'])} | {seconds(r['python'], args.macro_timeout)} | "
            f"{seconds(r['basic'], args.macro_timeout)} | "
            f"{ratio(r['python'], r['validate'], args.macro_timeout)} | "
            f"{ratio(r['basic'], r['validate'], args.macro_timeout)} | "
            f"{r['rss_loaded']:.0f} → {r['peak_validate']:.0f} → {r['rss_validated']:.0f} MiB |")
    lines += ["", "What validateSheet spends reading the sheet, measured inside the office (read_grid, "
              "JIXIAO_READ_TIMINGS; fastest of the runs): the values are the same getDataArray as the floor, the "
              "rest is what seeing cells as the user sees them costs on top.", "",
              "| indicator rows | values (getDataArray in bands) | formulas and errors | number formats and merges "
              "| formats and formulas vs client floor |", "|---:|---:|---:|---:|---:|"]
    for n, r in validation.items():
        reads = r.get("reads", {})
        extra = reads.get("formulas and errors", 0) + reads.get("number formats and merges", 0)
        lines.append(f"| {n} | {reads.get('values', float('nan')):.0f} ms | {reads.get('formulas and errors', float('nan')):.0f} ms "
                     f"| {reads.get('number formats and merges', float('nan')):.0f} ms | "
                     f"{extra / (r['floor_client'] * 1000):.2f}x |")
    lines += ["", f"### Calc functions: {args.function_cells} cells recalculated (calculateAll, best of {args.repeat})",
              "", "| add-in | one formula per cell | built-in | one formula per cell | ratio | add-in, one array "
              "formula | built-in, one array formula | ratio |", "|---|---:|---|---:|---:|---:|---:|---:|"]
    for ours, builtin, argument in FUNCTION_PAIRS:
        o = {form: functions[(ours, argument, form)] for form in FORMS}
        b = {form: functions[(builtin, argument, form)] for form in FORMS}
        label = f"{ours}({argument}n)" + (" (numbers: the cost of any add-in call)" if argument == "C" else "")
        lines.append(f"| {label} | {seconds(o['cell'])} | {builtin}({argument}n) | {seconds(b['cell'])} | "
                     f"{ratio(o['cell'], b['cell'])} | {seconds(o['array'])} | {seconds(b['array'])} | "
                     f"{ratio(o['array'], b['array'])} |")
    lines += ["", "### Core parser alone (single thread, corpus values)", ""]
    if parser:
        lines += [f"- {mode}: {rate:,.0f} values/s" for mode, rate in parser.items()]
    else:
        lines.append("- not built (configure with -DJIXIAO_BUILD_BENCH=ON; bench/run.sh does)")
    lines += ["", "### jixiao-check, one office for all files", ""]
    if cli:
        per_file = (cli["all"] - cli["one"]) / max(cli["files"] - 1, 1)
        lines.append(f"- {cli['files']} small workbooks: {cli['all']:.1f} s, {cli['files'] / cli['all']:.1f} files/s "
                     f"(one file alone, office start included: {cli['one']:.1f} s; after the start "
                     f"{1 / per_file:.1f} files/s)")
    lines += ["", "### Targets", ""]
    for n, r in validation.items():
        f_ratio = r["validate"] / r["floor_client"]
        lines.append(f"- {n} rows: validation {f_ratio:.1f}x the client getDataArray floor (target <= "
                     f"{TARGETS['floor']:g}x): {verdict(f_ratio <= TARGETS['floor'])}; "
                     f"{r['validate'] / r['floor_office']:.1f}x the in-office floor")
        for name in ("python", "basic"):
            t = r[name]
            speedup = (t if t is not None else args.macro_timeout) / r["validate"]
            lines.append(f"- {n} rows: {'>= ' if t is None else ''}{speedup:.0f}x faster than the {name.title()} "
                         f"macro (target >= {TARGETS['macro']:g}x): {verdict(speedup >= TARGETS['macro'])}")
    for ours, builtin, argument in FUNCTION_PAIRS[:2]:
        for form in FORMS:
            q = functions[(ours, argument, form)] / functions[(builtin, argument, form)]
            lines.append(f"- {ours} {q:.1f}x {builtin}, {'one formula per cell' if form == 'cell' else 'one array formula'} "
                         f"(target <= {TARGETS['function']:g}x): {verdict(q <= TARGETS['function'])}")
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--small", type=int, default=200, help="small workbooks for jixiao-check")
    parser.add_argument("--function-cells", type=int, default=100000)
    parser.add_argument("--macro-timeout", type=float, default=900)
    parser.add_argument("--build", default=os.environ.get("JIXIAO_BUILD", os.path.join(ROOT, "build")))
    parser.add_argument("--data", help="where workbooks are written (default BUILD/bench/data)")
    parser.add_argument("--out", help="also write the report here (default BUILD/bench/results.md)")
    args = parser.parse_args(argv)
    args.command = os.environ.get("JIXIAO_BENCH_COMMAND", "bench/run.py " + " ".join(argv or sys.argv[1:]))
    data = args.data or os.path.join(args.build, "bench", "data")
    os.makedirs(data, exist_ok=True)
    started = load_average()
    print(f"uptime at start: {started}", flush=True)

    start = time.perf_counter()
    paths, planted, values = {}, {}, []
    with Office() as office:
        gen = generate.Generator(office)
        for n in args.sizes:
            paths[n] = os.path.join(data, f"targets-{n}.ods")
            sheet, planted[n] = gen.workbook(paths[n], n)
            print(f"generated {paths[n]}: {len(sheet.rows)} rows, {len(planted[n])} defects planted", flush=True)
            values = [sheet.rows[r][c] for r, c, _ in sheet.value_cells] if len(sheet.value_cells) > len(values) else values
        small = gen.small_workbooks(os.path.join(data, "small"), args.small)
    while len(values) < args.function_cells:
        values = values + values
    values = values[:args.function_cells]
    print(f"workbooks written in {time.perf_counter() - start:.0f} s", flush=True)

    vocabulary = macro_vocabulary()
    validation = {}
    for n in args.sizes:
        validation[n] = measure_validation(paths[n], planted[n], args, vocabulary)
        print(f"{n} rows: {validation[n]}", flush=True)
    functions = measure_functions(values, args)
    print(f"functions: {functions}", flush=True)
    parser_rates = measure_parser(args.build)
    print(f"parser: {parser_rates}", flush=True)
    cli = measure_cli(args.build, small) if small else None
    print(f"jixiao-check: {cli}", flush=True)

    text = report(args, validation, functions, parser_rates, cli, started)
    out = args.out or os.path.join(args.build, "bench", "results.md")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    print("\n" + text + f"\n(written to {out})", flush=True)
    return validation, functions, parser_rates, cli


def run_and_exit(main):
    """Runs main and leaves with os._exit: pyuno can crash at interpreter exit, which would turn
    a good run into a failure."""
    try:
        main()
        code = 0
    except Exception:  # noqa: BLE001
        import traceback
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run_and_exit(main)
