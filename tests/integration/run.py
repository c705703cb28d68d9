"""Runs one integration test module: python3 run.py test_module.

Leaves with os._exit because pyuno can crash at interpreter exit, which would
turn a passing run into a failure."""

import faulthandler
import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from office import end_all_offices  # noqa: E402

if __name__ == "__main__":
    # Where a test hangs, said before ctest's 300 s timeout kills it without a word.
    faulthandler.dump_traceback_later(int(os.environ.get("JIXIAO_TRACEBACK_AFTER", "270")), exit=False)
    suite = unittest.defaultTestLoader.loadTestsFromNames(sys.argv[1:])
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    # An office whose test class failed in set-up is still running: end it, and fail.
    left = end_all_offices()
    if left:
        print(f"run.py: ended office(s) {left} that their test class left running", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0 if result.wasSuccessful() and not left else 1)
