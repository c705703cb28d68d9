"""JXRATE and JXNORMALIZE computing in a new Calc document of a real office."""

import os
import unittest

import calc
import cases
from office import OfficeCase


class FunctionsInNewDocument(OfficeCase):
    def setUp(self):
        self.doc = self.office.new_spreadsheet()
        self.sheet = self.doc.Sheets.getByIndex(0)

    def tearDown(self):
        self.doc.close(True)

    def cell(self, name):
        return self.sheet.getCellRangeByName(name)

    def test_extension_and_all_its_parts_are_registered_with_unopkg(self):
        listing = self.office.list_extensions()
        self.assertIn("Identifier: org.jixiao.calc", listing)
        self.assertIn(f"Version: {os.environ['JIXIAO_VERSION']}", listing)
        # The package itself, the component, the type library, the schema
        # (Settings.xcs) and the six .xcu (CalcAddIns, Factories, Sidebar, Addons, ProtocolHandler,
        # Accelerators).
        self.assertEqual(listing.count("is registered: yes"), 10, listing)
        for xcu in ("Addons", "ProtocolHandler", "Accelerators"):
            self.assertIn(f"{xcu}.xcu\n      is registered: yes", listing)
        self.assertNotIn("is registered: no", listing)
        self.assertIn("Settings.xcs\n      is registered: yes\n"
                      "      Media-Type: application/vnd.sun.star.configuration-schema", listing)

    def test_rate_cases(self):
        calc.write_rate_sheet(self.sheet)
        self.doc.calculateAll()
        calc.check_rate_sheet(self, self.sheet)

    def test_normalize_cases(self):
        calc.write_normalize_sheet(self.sheet)
        self.doc.calculateAll()
        calc.check_normalize_sheet(self, self.sheet)

    def test_formula_cases(self):
        calc.write_formula_sheet(self.sheet)
        self.doc.calculateAll()
        calc.check_formula_sheet(self, self.sheet)

    def test_numbers_stored_as_text_in_cells(self):
        self.cell("A1").setString("600\u3000")
        for row, part in enumerate(["30", " 60 ", "２１０"], start=1):
            self.cell(f"B{row}").setString(part)
        self.cell("C1").setFormula("=JXSUMCHECK(A1;B1:B3)")
        self.cell("C2").setFormula('=JXMEETS(" 96% ";A2)')
        self.cell("A2").setString("＞＝９５％")
        self.doc.calculateAll()
        self.assertAlmostEqual(self.cell("C1").getValue(), 300)
        self.assertEqual(self.cell("C2").getValue(), 1.0)

    def test_functions_over_a_range_give_arrays(self):
        values = ["≥95%", "≥1.2万人", "健全"]
        for row, value in enumerate(values, start=1):
            self.cell(f"A{row}").setString(value)
        self.sheet.getCellRangeByName("B1:B3").setArrayFormula("=JXKIND(A1:A3)")
        self.sheet.getCellRangeByName("C1:C3").setArrayFormula("=JXUNIT(A1:A3)")
        self.doc.calculateAll()
        self.assertEqual([self.cell(f"B{r}").getString() for r in (1, 2, 3)],
                         ["percent", "count", "qualitative"])
        self.assertEqual([self.cell(f"C{r}").getString() for r in (1, 2, 3)], ["%", "人", ""])

    def test_dates_follow_the_documents_null_date(self):
        # A document using the 1904 date system: DATE() and the add-in must
        # agree on what a day number means.
        from com.sun.star.util import Date
        null_date = Date()
        null_date.Day, null_date.Month, null_date.Year = 1, 1, 1904
        self.doc.NullDate = null_date
        self.cell("A1").setFormula("=JXTIMEPROGRESS(DATE(2026;6;30))")
        self.doc.calculateAll()
        self.assertAlmostEqual(self.cell("A1").getValue(), 181 / 365, places=12)

    def test_literal_arguments(self):
        self.cell("A1").setFormula('=JXRATE("35097.99\u3000";70195.98)')
        self.cell("A2").setFormula('=JXNORMALIZE(">=95%")')
        self.doc.calculateAll()
        self.assertAlmostEqual(self.cell("A1").getValue(), 0.5, places=12)
        self.assertEqual(self.cell("A2").getString(), "≥95%")

    def test_stored_name_is_the_programmatic_one(self):
        # Files keep the service-qualified name, so they load wherever the
        # extension is installed whatever the UI language.
        self.cell("A1").setFormula("=JXRATE(1;4)")
        self.assertIn("org.jixiao.Functions.jxRate".upper(), self.cell("A1").getFormula().upper())

    def test_rate_of_a_range_is_a_value_error(self):
        self.cell("A1").setValue(1)
        self.cell("A2").setValue(2)
        self.cell("B1").setFormula("=JXRATE(A1:A2;4)")
        self.doc.calculateAll()
        self.assertEqual(self.cell("B1").getError(), cases.VALUE[1])

    def test_single_cell_range_reads_as_its_cell(self):
        self.cell("A1").setValue(1)
        self.cell("B1").setFormula("=JXRATE(A1:A1;4)")
        self.doc.calculateAll()
        self.assertAlmostEqual(self.cell("B1").getValue(), 0.25, places=12)

    def test_error_in_an_input_cell_propagates(self):
        self.cell("A1").setFormula("=1/0")
        self.cell("B1").setFormula("=JXRATE(A1;4)")
        self.cell("B2").setFormula("=JXNORMALIZE(A1)")
        self.doc.calculateAll()
        self.assertEqual(self.cell("B1").getError(), cases.DIV0[1])
        self.assertEqual(self.cell("B2").getError(), cases.DIV0[1])

    def test_normalize_over_a_range_as_array_formula(self):
        texts = [text for text, _ in cases.NORMALIZE_CASES]
        for row, text in enumerate(texts):
            calc.put(self.sheet.getCellByPosition(0, row), text)
        last = len(texts)
        self.sheet.getCellRangeByName(f"B1:B{last}").setArrayFormula(f"=JXNORMALIZE(A1:A{last})")
        self.doc.calculateAll()
        for row, (text, expected) in enumerate(cases.NORMALIZE_CASES):
            self.assertEqual(self.sheet.getCellByPosition(1, row).getString(), expected, text)

    def test_normalize_keeps_numbers_and_empty_text(self):
        # Calc hands an add-in an empty cell as 0 (as in =A2), so only an empty
        # text can show that nothing comes back for nothing.
        self.cell("A1").setValue(0.95)
        self.cell("B1").setFormula("=JXNORMALIZE(A1)")
        self.cell("B2").setFormula('=JXNORMALIZE("")')
        self.doc.calculateAll()
        self.assertAlmostEqual(self.cell("B1").getValue(), 0.95, places=12)
        self.assertEqual(self.cell("B2").getString(), "")
        self.assertEqual(self.cell("B2").getError(), 0)

    def test_long_and_binary_strings_do_not_break_the_office(self):
        long_text = "≥95%" + "健" * 200_000
        self.cell("A1").setString(long_text)
        self.cell("A2").setString("\x01\x02\ue000\ufffd>=9\x00")
        self.cell("B1").setFormula("=JXNORMALIZE(A1)")
        self.cell("B2").setFormula("=JXNORMALIZE(A2)")
        self.cell("B3").setFormula("=JXRATE(A2;1)")
        self.doc.calculateAll()
        self.assertEqual(self.cell("B1").getString(), long_text)  # prose: unchanged
        self.assertEqual(self.cell("B2").getError(), 0)
        self.assertEqual(self.cell("B3").getError(), cases.VALUE[1])
        # The office still answers after all of it.
        self.cell("C1").setFormula("=JXRATE(1;2)")
        self.doc.calculateAll()
        self.assertAlmostEqual(self.cell("C1").getValue(), 0.5)


if __name__ == "__main__":
    unittest.main()
