"""JXRATE and JXNORMALIZE in .ods and .xlsx files: loaded, computed, saved,
reloaded, and still live formulas afterwards (a changed input recomputes)."""

import os
import shutil
import tempfile
import unittest
import zipfile

import calc
from office import Office, file_url, props

FIXTURES = os.environ.get("JIXIAO_FIXTURES", "")
FORMATS = {
    "ods": ("calc8", "content.xml"),
    "xlsx": ("Calc MS Excel 2007 XML", "xl/worksheets/sheet1.xml"),
}
PROGRAMMATIC_RATE = "ORG.JIXIAO.FUNCTIONS.JXRATE"


class FunctionsInDocuments(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = Office().__enter__()
        cls.tmp = tempfile.mkdtemp(prefix="jixiao-docs-")

    @classmethod
    def tearDownClass(cls):
        cls.office.shutdown()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def check_document(self, doc, label):
        doc.calculateAll()
        with self.subTest(document=label):
            calc.check_rate_sheet(self, doc.Sheets.getByName("JXRATE"))
            calc.check_normalize_sheet(self, doc.Sheets.getByName("JXNORMALIZE"))
            calc.check_formula_sheet(self, doc.Sheets.getByName("FORMULAS"))

    def assert_formulas_are_live(self, doc):
        sheet = doc.Sheets.getByName("JXRATE")
        sheet.getCellRangeByName("A2").setValue(100)   # the base in B2 is 200
        doc.calculateAll()
        self.assertAlmostEqual(sheet.getCellRangeByName("C2").getValue(), 0.5, places=12)
        text_sheet = doc.Sheets.getByName("JXNORMALIZE")
        text_sheet.getCellRangeByName("A2").setString("=<3天")
        doc.calculateAll()
        self.assertEqual(text_sheet.getCellRangeByName("B2").getString(), "≤3天")

    def assert_file_names_the_add_in(self, path, member):
        with zipfile.ZipFile(path) as z:
            xml = z.read(member).decode("utf-8")
        self.assertTrue(PROGRAMMATIC_RATE in xml.upper(),
                        f"{path}:{member} does not name {PROGRAMMATIC_RATE}")

    def round_trip(self, ext):
        filter_name, member = FORMATS[ext]
        fixture = os.path.join(FIXTURES, f"functions.{ext}")
        self.assertTrue(os.path.exists(fixture), f"missing fixture {fixture}")
        self.assert_file_names_the_add_in(fixture, member)

        doc = self.office.load(fixture)
        try:
            self.check_document(doc, f"{ext} fixture")
            copy = os.path.join(self.tmp, f"saved.{ext}")
            doc.storeToURL(file_url(copy), props(FilterName=filter_name, Overwrite=True))
        finally:
            doc.close(True)
        self.assert_file_names_the_add_in(copy, member)

        doc = self.office.load(copy)
        try:
            self.check_document(doc, f"{ext} saved and reloaded")
            self.assert_formulas_are_live(doc)
        finally:
            doc.close(True)

    def test_ods_fixture_computes_and_survives_save_and_reload(self):
        self.round_trip("ods")

    def test_xlsx_fixture_computes_and_survives_save_and_reload(self):
        self.round_trip("xlsx")


if __name__ == "__main__":
    unittest.main()
