"""Every formula example in README.md's function tables, evaluated in a real
office, gives the result the README shows. Chinese function names are
swapped for their English names (from functions.json) because the API
grammar is English; the Chinese names themselves are tested in
test_function_wizard."""

import json
import os
import re
import unittest

import cases
from office import Office

README = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "README.md")
ROW = re.compile(r"^\|\s*(`=.*?)\s*\|\s*(.+?)\s*\|$")
FORMULA = re.compile(r"`(=[^`]+)`")
ERRORS = {"#DIV/0!": cases.DIV0[1], "#VALUE!": cases.VALUE[1], "#N/A": cases.NA[1]}


def readme_examples():
    with open(README, encoding="utf-8") as f:
        for line in f:
            m = ROW.match(line.strip())
            if m:
                for formula in FORMULA.findall(m.group(1)):
                    yield formula, m.group(2)


class ReadmeExamples(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(os.environ["JIXIAO_FUNCTIONS_JSON"], encoding="utf-8") as f:
            cls.zh_to_en = {fn["name"]["zh"]: fn["name"]["en"] for fn in json.load(f)["functions"]}
        cls.office = Office().__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.office.shutdown()

    def english(self, formula):
        for zh, en in self.zh_to_en.items():
            formula = formula.replace(zh + "(", en + "(")
        return formula

    def check(self, cell, shown):
        code = ERRORS.get(shown.strip("`"))
        quoted = re.search(r"`([^`]+)`", shown)
        if code is not None:
            self.assertEqual(cell.getError(), code)
        elif shown.startswith("``"):
            self.assertEqual(cell.getError(), 0)
            self.assertEqual(cell.getString(), "")
        elif shown.startswith("starts with"):
            self.assertEqual(cell.getError(), 0)
            self.assertTrue(cell.getString().startswith(quoted.group(1)), cell.getString())
        elif shown.startswith("mentions"):
            self.assertEqual(cell.getError(), 0)
            self.assertIn(quoted.group(1), cell.getString())
        elif shown.startswith("`"):
            self.assertEqual(cell.getError(), 0)
            self.assertEqual(cell.getString(), shown.strip("`"))
        else:
            number = re.match(r"-?[\d.]+", shown).group(0)
            places = len(number.split(".")[1]) if "." in number else 0
            self.assertEqual(cell.getError(), 0)
            self.assertAlmostEqual(cell.getValue(), float(number), places=places)

    def test_every_example(self):
        examples = list(readme_examples())
        self.assertGreaterEqual(len(examples), 10, "README examples not found")
        doc = self.office.new_spreadsheet()
        try:
            cell = doc.Sheets.getByIndex(0).getCellRangeByName("Z100")
            for formula, shown in examples:
                with self.subTest(formula=formula):
                    cell.setFormula(self.english(formula))
                    doc.calculateAll()
                    self.check(cell, shown)
        finally:
            doc.close(True)


if __name__ == "__main__":
    unittest.main()
