"""org.jixiao.IgnoreList and the extension's settings in a real office.

The ignore list: on the project fixture (tests/fixtures/validator_docs.py),
ignoring one finding and a whole rule, kept in the document through saving as
.ods and .xlsx, reset; refusals; read-only documents; the cells never change.
The settings: the schema registry/Settings.xcs installed by unopkg (defaults,
types), and src/uno/common/settings.cpp run by settings_probe (a C++ client of this
office) against values written and read with the configuration API.

Needs URE_MORE_TYPES to include jixiao.rdb and JIXIAO_SETTINGS_PROBE (CMake
sets both)."""

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures"))

import uno  # noqa: E402
import validator_docs  # noqa: E402
from office import Office, pid_alive, props  # noqa: E402
from com.sun.star.lang import IllegalArgumentException  # noqa: E402

PROPERTY = "JixiaoIgnored"
REMOVABLE = 128  # com.sun.star.beans.PropertyAttribute
PROBE = os.environ.get("JIXIAO_SETTINGS_PROBE", "")
RDB = os.environ.get("JIXIAO_RDB", "")


@contextlib.contextmanager
def closing(doc):
    """The document, closed at the end of the block whatever happens."""
    try:
        yield doc
    finally:
        doc.close(True)


def places(findings):
    return [(f.Sheet, f.Cell, f.RuleId) for f in findings]


def user_properties(doc):
    return doc.DocumentProperties.UserDefinedProperties


def has_property(doc, name=PROPERTY):
    return user_properties(doc).PropertySetInfo.hasPropertyByName(name)


def data_of(doc):
    """Every sheet's used area as getDataArray gives it, with the sheet names."""
    result = []
    for sheet in doc.Sheets:
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.RangeAddress
        result.append((sheet.Name, sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getDataArray()))
    return result


class IgnoreList(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.office = Office().__enter__()
        cls.validator = cls.office.create("org.jixiao.Validator")
        cls.ignore = cls.office.create("org.jixiao.IgnoreList")
        cls.dir = tempfile.mkdtemp(prefix="jixiao-ignore-")
        validator_docs.build(cls.office, cls.dir)

    @classmethod
    def tearDownClass(cls):
        cls.office.shutdown()
        shutil.rmtree(cls.dir, ignore_errors=True)

    def validate(self, doc):
        return self.validator.validateDocument(doc, "", "en")

    def reload(self, doc, ext):
        path = os.path.join(self.dir, f"saved-{self.id().rsplit('.', 1)[-1]}.{ext}")
        validator_docs.save(doc, path)
        return self.office.load(path)

    def test_service_is_registered(self):
        self.assertTrue(self.ignore.supportsService("org.jixiao.IgnoreList"))
        self.assertEqual(self.ignore.ImplementationName, "org.jixiao.IgnoreListImpl")

    def test_ignore_a_finding_and_a_rule_through_saving_and_reset(self):
        with closing(validator_docs.new_project_document(self.office)) as doc:
            data = data_of(doc)
            findings = self.validate(doc)
            (row, column), = validator_docs.defect_cells(validator_docs.project_rows())
            one = next(f for f in findings if f.RuleId == "operator-variant" and (f.Row, f.Column) == (row, column))
            rule = "empty-second-level-group"
            self.assertGreaterEqual(sum(f.RuleId == rule for f in findings), 2)
            self.assertEqual(places(self.ignore.withoutIgnored(doc, findings)), places(findings))
            self.assertFalse(has_property(doc))

            self.ignore.ignoreFinding(doc, one)
            kept = self.ignore.withoutIgnored(doc, findings)
            self.assertEqual(places(kept), [p for p in places(findings) if p != places([one])[0]])

            self.ignore.ignoreRule(doc, rule)
            expected = [(s, c, r) for s, c, r in places(findings) if r != rule and (s, c, r) != places([one])[0]]
            self.assertEqual(places(self.ignore.withoutIgnored(doc, findings)), expected)
            entries = (f"finding:目标表!{one.Cell}:operator-variant", f"rule:{rule}")
            self.assertEqual(self.ignore.ignoredEntries(doc), entries)
            # Stored as a user-defined document property, one entry a line.
            self.assertEqual(user_properties(doc).getPropertyValue(PROPERTY), "\n".join(entries))
            self.assertTrue(doc.isModified())
            self.assertEqual(data_of(doc), data)

            for ext in ("ods", "xlsx"):
                with self.subTest(ext=ext):
                    with closing(self.reload(doc, ext)) as again:
                        self.assertEqual(self.ignore.ignoredEntries(again), entries)
                        refound = self.validate(again)
                        self.assertEqual(places(refound), places(findings))
                        self.assertEqual(places(self.ignore.withoutIgnored(again, refound)), expected)
                        self.assertEqual(data_of(again), data)

            self.ignore.resetIgnored(doc)
            self.assertFalse(has_property(doc))
            self.assertEqual(self.ignore.ignoredEntries(doc), ())
            self.assertEqual(places(self.ignore.withoutIgnored(doc, findings)), places(findings))
            self.assertEqual(data_of(doc), data)
            self.ignore.resetIgnored(doc)  # nothing to reset: no error
            # Reset and saved, the property is gone from the file too.
            with closing(self.reload(doc, "xlsx")) as again:
                self.assertFalse(has_property(again))

    def test_ignoring_is_idempotent(self):
        with closing(validator_docs.new_project_document(self.office)) as doc:
            findings = self.validate(doc)
            rule = "empty-second-level-group"
            first, second = [f for f in findings if f.RuleId == rule][:2]
            self.ignore.ignoreFinding(doc, first)
            self.ignore.ignoreFinding(doc, first)
            self.assertEqual(self.ignore.ignoredEntries(doc), (f"finding:目标表!{first.Cell}:{rule}",))
            # The other finding of the same rule stays.
            self.assertIn(places([second])[0], places(self.ignore.withoutIgnored(doc, findings)))
            self.ignore.ignoreRule(doc, rule)
            self.ignore.ignoreRule(doc, rule)
            self.ignore.ignoreFinding(doc, second)  # its rule is ignored already
            self.assertEqual(self.ignore.ignoredEntries(doc),
                             (f"finding:目标表!{first.Cell}:{rule}", f"rule:{rule}"))

    def test_hostile_sheet_names_survive_ods_and_xlsx(self):
        # Calc refuses ":" and a few more in sheet names (the unit tests cover them).
        name = "预算!表 50%"
        with closing(validator_docs.new_project_document(self.office, sheet_name=name)) as doc:
            actual = doc.Sheets.getByIndex(0).Name
            self.assertEqual(actual, name)
            findings = self.validate(doc)
            one = next(f for f in findings if f.RuleId == "unknown-first-level")
            self.ignore.ignoreFinding(doc, one)
            entry = f"finding:{actual}!{one.Cell}:unknown-first-level"
            self.assertEqual(self.ignore.ignoredEntries(doc), (entry,))
            for ext in ("ods", "xlsx"):
                with self.subTest(ext=ext):
                    with closing(self.reload(doc, ext)) as again:
                        self.assertEqual(again.Sheets.getByIndex(0).Name, actual)
                        self.assertEqual(self.ignore.ignoredEntries(again), (entry,))
                        kept = self.ignore.withoutIgnored(again, self.validate(again))
                        self.assertNotIn(places([one])[0], places(kept))

    def test_unknown_rules_and_bad_findings_are_refused_changing_nothing(self):
        with closing(validator_docs.new_project_document(self.office)) as doc:
            findings = self.validate(doc)
            with self.assertRaises(IllegalArgumentException) as raised:
                self.ignore.ignoreRule(doc, "no-such-rule")
            self.assertIn("There is no rule \"no-such-rule\"", raised.exception.Message)
            bad = findings[0]
            bad.Cell = "not a cell"
            with self.assertRaises(IllegalArgumentException) as raised:
                self.ignore.ignoreFinding(doc, bad)
            self.assertIn("not a cell", raised.exception.Message)
            with self.assertRaises(IllegalArgumentException):
                self.ignore.ignoreRule(None, "missing-unit")
            self.assertFalse(has_property(doc))
            # Reading without a document: nothing is ignored.
            self.assertEqual(places(self.ignore.withoutIgnored(None, findings)), places(findings))
            self.assertEqual(self.ignore.ignoredEntries(None), ())

    def test_read_only_documents_ignore_in_memory(self):
        with closing(self.office.load(os.path.join(self.dir, "project.ods"), ReadOnly=True)) as doc:
            self.assertTrue(doc.isReadonly())
            data = data_of(doc)
            findings = self.validate(doc)
            self.assertIn("empty-second-level-group", [f.RuleId for f in findings])
            self.ignore.ignoreRule(doc, "empty-second-level-group")
            self.assertNotIn("empty-second-level-group", [f.RuleId for f in self.ignore.withoutIgnored(doc, findings)])
            self.assertEqual(self.ignore.ignoredEntries(doc), ("rule:empty-second-level-group",))
            self.ignore.resetIgnored(doc)
            self.assertEqual(self.ignore.ignoredEntries(doc), ())
            self.assertEqual(data_of(doc), data)

    def test_lines_of_a_newer_version_are_kept_and_other_properties_untouched(self):
        with closing(validator_docs.new_project_document(self.office)) as doc:
            user_properties(doc).addProperty("Reviewer", REMOVABLE, "王会计")
            user_properties(doc).addProperty(PROPERTY, REMOVABLE, "future:something\nrule:unknown-first-level")
            findings = self.validate(doc)
            self.assertIn("unknown-first-level", [f.RuleId for f in findings])
            self.assertNotIn("unknown-first-level", [f.RuleId for f in self.ignore.withoutIgnored(doc, findings)])
            self.assertEqual(self.ignore.ignoredEntries(doc), ("rule:unknown-first-level",))
            self.ignore.ignoreRule(doc, "missing-unit")
            self.assertEqual(user_properties(doc).getPropertyValue(PROPERTY),
                             "future:something\nrule:unknown-first-level\nrule:missing-unit")
            self.ignore.resetIgnored(doc)
            self.assertFalse(has_property(doc))
            self.assertEqual(user_properties(doc).getPropertyValue("Reviewer"), "王会计")

    def test_a_property_of_another_type_is_replaced(self):
        with closing(validator_docs.new_project_document(self.office)) as doc:
            user_properties(doc).addProperty(PROPERTY, REMOVABLE, 42.0)
            self.assertEqual(self.ignore.ignoredEntries(doc), ())
            self.ignore.ignoreRule(doc, "bare-number")
            self.assertEqual(user_properties(doc).getPropertyValue(PROPERTY), "rule:bare-number")


class IgnoreListMessagesInChinese(unittest.TestCase):
    """The methods have no language argument: refusals follow the UI language."""

    def test_refusal_in_the_ui_language(self):
        with Office(locale="zh-CN") as office:
            ignore = office.create("org.jixiao.IgnoreList")
            with closing(office.new_spreadsheet()) as doc:
                with self.assertRaises(IllegalArgumentException) as raised:
                    ignore.ignoreRule(doc, "no-such-rule")
                self.assertEqual(raised.exception.Message, "没有这条规则：“no-such-rule”。")
            pid = office.process.pid
        self.assertFalse(pid_alive(pid))


def run_probe(url, *args):
    """settings_probe's output as a dict (LagThreshold as a float), or its error."""
    result = subprocess.run([PROBE, RDB, url, *args], capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        return {"error": result.stderr}
    loaded = dict(line.split("=", 1) for line in result.stdout.splitlines())
    loaded["LagThreshold"] = float(loaded["LagThreshold"])
    return loaded


class Settings(unittest.TestCase):
    NODE = "/org.jixiao.Settings"
    DEFAULTS = {"Template": "", "Language": "", "LagThreshold": 0.1, "RateBase": "budget", "FollowChanges": True,
                "DisabledRules": (), "TemplateFiles": ()}

    @classmethod
    def setUpClass(cls):
        cls.office = Office().__enter__()
        cls.url = f"uno:{cls.office.connection};urp;StarOffice.ComponentContext"
        # What a fresh install holds, before any test writes (the configuration has no way back
        # to the schema's defaults, so setUp writes them).
        cls.installed = cls.read()
        cls.installed_loaded = run_probe(cls.url, "load")

    @classmethod
    def tearDownClass(cls):
        cls.office.shutdown()

    @classmethod
    def provider(cls):
        return cls.office.create("com.sun.star.configuration.ConfigurationProvider")

    @classmethod
    def read(cls):
        access = cls.provider().createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess", props(nodepath=cls.NODE))
        return {name: access.getByName(name) for name in access.ElementNames}

    @classmethod
    def write(cls, **values):
        update = cls.provider().createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess", props(nodepath=cls.NODE))
        for name, value in values.items():
            if isinstance(value, tuple):
                uno.invoke(update, "replaceByName", (name, uno.Any("[]string", value)))
            else:
                update.replaceByName(name, value)
        update.commitChanges()

    def probe(self, *args):
        loaded = run_probe(self.url, *args)
        self.assertNotIn("error", loaded)
        return loaded

    def setUp(self):
        self.write(**self.DEFAULTS)

    def test_schema_defaults_and_types(self):
        self.assertEqual(self.installed, self.DEFAULTS)
        info = self.provider().createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess", props(nodepath=self.NODE)).PropertySetInfo
        types = {name: info.getPropertyByName(name).Type.typeName for name in self.DEFAULTS}
        self.assertEqual(types, {"Template": "string", "Language": "string", "LagThreshold": "double",
                                 "RateBase": "string", "FollowChanges": "boolean", "DisabledRules": "[]string",
                                 "TemplateFiles": "[]string"})
        # The configuration enforces the types.
        with self.assertRaises(Exception):
            self.write(LagThreshold="0.2")
        self.assertEqual(self.read()["LagThreshold"], 0.1)

    def test_load_settings_reads_the_defaults(self):
        self.assertEqual(self.installed_loaded, {"Template": "", "Language": "", "LagThreshold": 0.1,
                                                 "RateBase": "budget", "DisabledRules": "", "TemplateFiles": ""})

    def test_load_settings_reads_what_the_configuration_holds(self):
        self.write(Template="department-jiangsu", Language="zh-CN", LagThreshold=0.2, RateBase="received",
                   DisabledRules=("bare-number", "missing-unit"))
        self.assertEqual(self.probe("load"), {"Template": "department-jiangsu", "Language": "zh-CN",
                                              "LagThreshold": 0.2, "RateBase": "received",
                                              "DisabledRules": "bare-number,missing-unit", "TemplateFiles": ""})

    def test_bad_stored_values_fall_back_to_defaults(self):
        self.write(Template="no-such-template", Language="fr", LagThreshold=-0.5, RateBase="executed",
                   DisabledRules=("Not An Id", "bare-number", "bare-number"))
        self.assertEqual(self.probe("load"), {"Template": "", "Language": "", "LagThreshold": 0.1,
                                              "RateBase": "budget", "DisabledRules": "bare-number", "TemplateFiles": ""})
        self.write(LagThreshold=7.0)
        self.assertEqual(self.probe("load")["LagThreshold"], 0.1)

    def test_save_settings_commits_what_the_configuration_api_reads(self):
        loaded = self.probe("save", "project", "en", "0.2", "plan", "bare-number", "cell-error")
        self.assertEqual(loaded, {"Template": "project", "Language": "en", "LagThreshold": 0.2,
                                  "RateBase": "plan", "DisabledRules": "bare-number,cell-error", "TemplateFiles": ""})
        self.assertEqual(self.read(), {"Template": "project", "Language": "en", "LagThreshold": 0.2,
                                       "RateBase": "plan", "FollowChanges": True,
                                       "DisabledRules": ("bare-number", "cell-error"), "TemplateFiles": ()})
        # Unusable values are saved as their defaults.
        self.probe("save", "nope", "xx", "-1", "executed", "Bad Id")
        self.assertEqual(self.read(), self.DEFAULTS)

    def test_saved_settings_last_across_a_restart(self):
        self.probe("save", "project", "zh-CN", "0.15", "received", "cell-error")
        pid = self.office.stop()
        self.assertFalse(pid_alive(pid))
        self.office.start()  # the same profile
        self.assertEqual(self.read(), {"Template": "project", "Language": "zh-CN", "LagThreshold": 0.15,
                                       "RateBase": "received", "FollowChanges": True, "DisabledRules": ("cell-error",),
                                       "TemplateFiles": ()})
        self.assertEqual(self.probe("load")["RateBase"], "received")

    def test_a_users_template_files_are_read_and_used(self):
        folder = tempfile.mkdtemp(prefix="jixiao-template-")
        self.addCleanup(shutil.rmtree, folder, True)
        path = os.path.join(folder, "my-province.tsv")
        with open(path, "w", encoding="utf-8") as f:
            # A province's own first level, and no groups required of a project.
            f.write("name\tmy-province\nextends\tnational\nlevel\t特色发展\t特色工作\nrequired\t-\n")
        table = [("某省项目绩效目标表",), ("一级指标", "二级指标", "三级指标", "指标值"),
                 ("产出指标", "数量指标", "培训次数", "≥5次"), ("特色发展", "特色工作", "特色项目", "≥5项")]
        doc = self.office.new_spreadsheet()
        self.addCleanup(doc.close, True)
        sheet = doc.Sheets.getByIndex(0)
        sheet.getCellRangeByName("A1:D4").setDataArray(tuple(row + ("",) * (4 - len(row)) for row in table))
        validator = self.office.create("org.jixiao.Validator")
        rules = lambda name: [f.RuleId for f in validator.validateSheet(sheet, name, "en")]  # noqa: E731
        # 特色发展 is no national first level, and the national template asks more groups.
        self.assertEqual(rules(""), ["missing-indicator-group", "unknown-first-level"])
        # Named as the template (a path, or a file URL): used for every table of the check.
        self.assertEqual(rules(path), [])
        self.assertEqual(rules(uno.systemPathToFileUrl(path)), [])
        # Listed in the settings: considered for every table, and its name is a usable Template.
        self.write(TemplateFiles=(path,), Template="my-province")
        self.assertEqual(self.probe("load")["Template"], "my-province")
        self.assertEqual(rules(""), [])
        # A file that cannot be read, named as the template, is refused with its name.
        with self.assertRaises(IllegalArgumentException) as raised:
            validator.validateSheet(sheet, os.path.join(folder, "missing.tsv"), "en")
        self.assertIn("missing.tsv", raised.exception.Message)

    def test_drop_disabled_keeps_the_other_findings_in_order(self):
        kept = subprocess.run([PROBE, RDB, "-", "drop", "bare-number,cell-error", "bare-number", "missing-unit",
                               "cell-error", "empty-value", "bare-number"],
                              capture_output=True, text=True, timeout=60)
        self.assertEqual(kept.stdout.split(), ["missing-unit", "empty-value"])


if __name__ == "__main__":
    unittest.main()
