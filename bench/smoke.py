"""ctest bench.smoke: the benchmark scripts at toy sizes, so they cannot rot unnoticed.

Generates a workbook of 50 indicator rows and runs bench/run.py's measurements on it (validation
with its floors, which asserts the service finds every planted defect; both hand-made macros,
which must agree with the service; the Calc functions on 50 cells) and bench/sidebar.py's
Findings panel actions on 50 rows. jixiao-check and parser_bench
have tests of their own and are left out here. A few seconds."""

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import run  # noqa: E402


def main():
    with tempfile.TemporaryDirectory(prefix="jixiao-bench-smoke-") as data:
        validation, functions, _, _ = run.main(["--sizes", "50", "--small", "0", "--function-cells", "50",
                                                "--repeat", "1", "--macro-timeout", "120", "--data", data,
                                                "--out", os.path.join(data, "results.md")])
        r = validation[50]
        assert r["findings"] > 0 and r["covered"] > 0, r
        assert r["python"] is not None and r["basic"] is not None, r
        assert len(functions) == 12 and all(t > 0 for t in functions.values()), functions
    # The Findings panel's actions (bench/sidebar.py): every one answered, the list followed the change.
    import sidebar
    panel = sidebar.main(["--sizes", "50"])[50]
    timed = {name: value for name, value in panel.items() if isinstance(value, float)}
    assert all(value == value and value >= 0 for value in timed.values()), panel  # no NaN: nothing timed out
    assert panel["(findings listed)"] > 0, panel
    print("bench.smoke: ok")


if __name__ == "__main__":
    run.run_and_exit(main)
