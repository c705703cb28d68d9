"""The Function Wizard's view of the add-in, read through
css::sheet::FunctionDescriptions in a real office whose UI language is
JIXIAO_LOCALE (en-US or zh-CN), compared with the function table
(functions.json, generated from src/uno/functions/function_table.hpp)."""

import json
import os
import unittest

import cases
from office import Office

LOCALE = os.environ.get("JIXIAO_LOCALE", "en-US")
LANG = "zh" if LOCALE.startswith("zh") else "en"
ADDIN_CATEGORY_ID = 11  # Calc's ID_FUNCTION_GRP_ADDINS


def load_table():
    with open(os.environ["JIXIAO_FUNCTIONS_JSON"], encoding="utf-8") as f:
        return json.load(f)


class FunctionWizardMetadata(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.table = load_table()
        cls.office = Office(locale=LOCALE).__enter__()
        descriptions = cls.office.create("com.sun.star.sheet.FunctionDescriptions")
        cls.by_name = {}
        for i in range(descriptions.getCount()):
            entry = {p.Name: p.Value for p in descriptions.getByIndex(i)}
            cls.by_name[entry["Name"]] = entry

    @classmethod
    def tearDownClass(cls):
        cls.office.shutdown()

    def test_every_function_is_described_in_the_ui_language(self):
        for function in self.table["functions"]:
            name = function["name"][LANG]
            with self.subTest(function=name):
                self.assertIn(name, self.by_name)
                entry = self.by_name[name]
                self.assertEqual(entry["Description"], function["description"][LANG])
                arguments = entry["Arguments"]
                self.assertEqual(len(arguments), len(function["arguments"]))
                for got, want in zip(arguments, function["arguments"]):
                    self.assertEqual(got.Name, want["name"][LANG])
                    self.assertEqual(got.Description, want["description"][LANG])
                    self.assertEqual(got.IsOptional, want["optional"], got.Name)
                    self.assertTrue(got.Description.strip())

    def test_all_functions_share_the_add_in_category(self):
        categories = {self.by_name[f["name"][LANG]]["Category"] for f in self.table["functions"]}
        self.assertEqual(categories, {ADDIN_CATEGORY_ID})

    def test_local_names_work_in_formulas(self):
        # FormulaLocal parses as a user types in this UI language.
        doc = self.office.new_spreadsheet()
        try:
            sheet = doc.Sheets.getByIndex(0)
            names = {f["method"]: f["name"][LANG] for f in self.table["functions"]}
            sheet.getCellRangeByName("A1").FormulaLocal = f"={names['jxRate']}(1;4)"
            sheet.getCellRangeByName("A2").FormulaLocal = f'={names["jxNormalize"]}(">=95%")'
            sheet.getCellRangeByName("A3").FormulaLocal = f"={names['jxRate']}(1;0)"
            doc.calculateAll()
            self.assertAlmostEqual(sheet.getCellRangeByName("A1").getValue(), 0.25)
            self.assertEqual(sheet.getCellRangeByName("A2").getString(), "≥95%")
            self.assertEqual(sheet.getCellRangeByName("A3").getError(), cases.DIV0[1])
        finally:
            doc.close(True)

    def test_messages_follow_the_ui_language(self):
        doc = self.office.new_spreadsheet()
        try:
            cell = doc.Sheets.getByIndex(0).getCellRangeByName("A1")
            cell.setFormula('=JXCHECK(">=95%")')
            doc.calculateAll()
            message = cell.getString()
            self.assertTrue(message.startswith("operator-variant:"), message)
            has_chinese = any("\u4e00" <= ch <= "\u9fff" for ch in message.split(":", 1)[1])
            self.assertEqual(has_chinese, LANG == "zh", message)
        finally:
            doc.close(True)

    def test_english_names_work_through_the_api_in_any_ui_language(self):
        # Macros and jixiao-check write formulas with English names whatever
        # the user's UI language (LibreOffice 7.4 needs the en-US
        # CompatibilityName for this).
        doc = self.office.new_spreadsheet()
        try:
            cell = doc.Sheets.getByIndex(0).getCellRangeByName("A1")
            cell.setFormula("=JXRATE(1;4)")
            doc.calculateAll()
            self.assertAlmostEqual(cell.getValue(), 0.25)
            self.assertIn("ORG.JIXIAO.FUNCTIONS.JXRATE", cell.getFormula().upper())
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
