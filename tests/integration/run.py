"""Runs one integration test module: python3 run.py test_module.

Leaves with os._exit because pyuno can crash at interpreter exit, which would
turn a passing run into a failure."""

import faulthandler
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

if __name__ == "__main__":
    # Where a test hangs, said before ctest's 300 s timeout kills it without a word.
    faulthandler.dump_traceback_later(int(os.environ.get("JIXIAO_TRACEBACK_AFTER", "270")), exit=False)
    suite = unittest.defaultTestLoader.loadTestsFromNames(sys.argv[1:])
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0 if result.wasSuccessful() else 1)
