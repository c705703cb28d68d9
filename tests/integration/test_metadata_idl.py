"""The function table and the IDL agree: same methods, same parameter names,
in the same order, optional exactly where the IDL type makes them so. The .xcu is generated from the table, so this closes the
loop IDL == table == .xcu. No office needed."""

import json
import os
import re
import subprocess
import unittest

UNOIDL_READ = "/usr/lib/libreoffice/sdk/bin/unoidl-read"
METHOD = re.compile(r"^\s*any (\w+)\((.*)\);$")
PARAM = re.compile(r"\[in\] ([\w:<> ]+?) (\w+)(?:,|$)")
# Calc fills an XPropertySet argument with the document itself; it never shows
# in formulas or the Function Wizard, so the table does not list it.
CALLER_TYPE = "::com::sun::star::beans::XPropertySet"
# What Calc marks optional: only `any` arguments can be left out of a formula.
OPTIONAL_TYPE = "any"


class IdlMatchesTable(unittest.TestCase):
    def test_methods_and_parameters_agree(self):
        out = subprocess.run(
            [UNOIDL_READ, "/usr/lib/libreoffice/program/types.rdb",
             "/usr/lib/libreoffice/program/types/offapi.rdb", os.environ["JIXIAO_RDB"]],
            capture_output=True, text=True, check=True).stdout
        idl = {}
        for line in out.splitlines():
            m = METHOD.match(line)
            if m:
                idl[m.group(1)] = [(name, type_name == OPTIONAL_TYPE)
                                   for type_name, name in PARAM.findall(m.group(2))
                                   if type_name != CALLER_TYPE]
        with open(os.environ["JIXIAO_FUNCTIONS_JSON"], encoding="utf-8") as f:
            table = {fn["method"]: [(a["param"], a["optional"]) for a in fn["arguments"]]
                     for fn in json.load(f)["functions"]}
        self.assertTrue(idl, "no methods read from the type library")
        self.assertEqual(idl, table)


if __name__ == "__main__":
    unittest.main()
