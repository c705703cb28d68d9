"""Not a test of Jixiao: a test class whose set-up fails after its office has started, for the
ctest integration.harness_ends_offices. run.py must end that office (tearDownClass never runs)
and say so."""

from office import OfficeCase


class SetUpFailsAfterTheOfficeStarted(OfficeCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        raise RuntimeError("set-up fails after the office started (on purpose)")

    def test_never_runs(self):
        self.fail("setUpClass failed; no test of this class runs")
