"""One benchmark scenario in an office running under callgrind, instrumentation on only around
the measured call; writes the profile and prints its top functions. Used to find the cause of a
missed target (BENCHMARKS.md says what it showed). Needs valgrind; slow (about 50x).

    /usr/bin/python3 bench/profile.py functions FUNCTION [CELLS [cell|array [numbers]]]
                                                            e.g. functions JXCHECK 2000
    /usr/bin/python3 bench/profile.py validate ROWS                  e.g. validate 10000

Environment as for bench/run.py (JIXIAO_OXT, URE_MORE_TYPES; bench/run.sh shows them). The
profile goes to build/bench/callgrind.<scenario>.out; read it with callgrind_annotate.
"""

import glob
import os
import stat
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import run  # noqa: E402
import office as office_module  # noqa: E402

BUILD = os.environ.get("JIXIAO_BUILD", os.path.join(run.ROOT, "build"))


def under_callgrind(out_file):
    """Makes office.py start soffice.bin through valgrind (a wrapper that execs it, so the PID
    office.py holds is the profiled process)."""
    wrapper = tempfile.NamedTemporaryFile("w", prefix="jixiao-callgrind-", suffix=".sh", delete=False)
    wrapper.write("#!/bin/sh\nexec valgrind --tool=callgrind --instr-atstart=no "
                  f"--callgrind-out-file={out_file} {office_module.PROGRAM_DIR}/soffice.bin \"$@\"\n")
    wrapper.close()
    os.chmod(wrapper.name, stat.S_IRWXU)
    office_module.SOFFICE_LAUNCHER = wrapper.name
    return wrapper.name


def instrument(office, on):
    """Instrumentation on, or off and the counts dumped now (the office may not end in time to
    write them at exit)."""
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(office.pid)], check=True,
                   stdout=subprocess.DEVNULL)
    if not on:
        subprocess.run(["callgrind_control", "--dump=measured", str(office.pid)], check=True,
                       stdout=subprocess.DEVNULL)


def scenario_functions(office, function, cells, form="cell", numbers=False):
    doc = office.new_spreadsheet()
    sheet = doc.Sheets.getByIndex(0)
    gen = run.generate.Generator(office)
    sheet_rows, _ = gen.sheet(cells)
    values = [sheet_rows.rows[r][c] for r, c, _ in sheet_rows.value_cells][:cells]
    if numbers:  # the cost of the call itself: JXNORMALIZE returns a number as it is
        values = [float(i) for i in range(len(values))]
    sheet.getCellRangeByPosition(0, 0, 0, len(values) - 1).setDataArray(tuple((v,) for v in values))
    column = sheet.getCellRangeByPosition(1, 0, 1, len(values) - 1)
    if form == "array":
        column.setArrayFormula(f"={function}(A1:A{len(values)})")
    else:
        run.fill_down(sheet, column, f"={function}(A1)")
    doc.calculateAll()
    instrument(office, True)
    doc.calculateAll()
    instrument(office, False)


def scenario_validate(office, rows):
    gen = run.generate.Generator(office)
    sheet_rows, _ = gen.sheet(rows)
    doc = office.new_spreadsheet()
    sheet = doc.Sheets.getByIndex(0)
    run.generate.write_sheet(sheet, sheet_rows.rows)
    validator = office.create("org.jixiao.Validator")
    validator.validateSheet(sheet, "", "en")  # warm: the templates and vocabularies are built once
    instrument(office, True)
    validator.validateSheet(sheet, "", "en")
    instrument(office, False)


def main():
    kind = sys.argv[1]
    name = "-".join(sys.argv[1:])
    out = os.path.join(BUILD, "bench", f"callgrind.{name}.out")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    for old in glob.glob(out + "*"):
        os.unlink(old)
    wrapper = under_callgrind(out)
    run.BenchOffice.start_timeout = 900  # valgrind starts the office slowly
    try:
        with run.BenchOffice() as office:
            if kind == "functions":
                scenario_functions(office, sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 2000,
                                   sys.argv[4] if len(sys.argv) > 4 else "cell", sys.argv[5:6] == ["numbers"])
            elif kind == "validate":
                scenario_validate(office, int(sys.argv[2]))
            else:
                raise SystemExit(__doc__)
    finally:
        os.unlink(wrapper)
    # The explicit dump is out.1 (the one at exit, if any, has instrumentation off: nearly empty).
    dumped = max(glob.glob(out + "*"), key=os.path.getsize)
    print(f"profile: {dumped}")
    annotate = subprocess.run(["callgrind_annotate", "--inclusive=yes", dumped], capture_output=True, text=True)
    print("\n".join(annotate.stdout.splitlines()[:60]))


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)
