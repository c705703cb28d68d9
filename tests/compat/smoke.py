"""The compatibility smoke for one office (scripts/test-compat.sh runs it for each).

Installs jixiao.oxt into a throwaway profile of the office with that office's own unopkg, starts
it on an X server of its own (Xvfb), and then:
  1. computes JXRATE and JXNORMALIZE in a new spreadsheet, typed by their zh-CN display names as a
     user types them and written by their English names through the API (required from 7.4 on);
  2. validates the bundled sample through org.jixiao.Validator and writes the findings to
     OUT/NAME.findings.json; with --expect, they must equal that file's (the reference office's);
  3. opens the sample in a window, shows the Jixiao deck in the sidebar, presses 检查 (validate)
     in the findings panel and saves a screenshot, OUT/NAME.png.
Prints one line, "NAME: ok (…)" or "NAME: FAILED: …", and exits 1 on failure. The office is this
machine's, an unpacked one (--program-dir, --env; also another architecture's, run through
binfmt_misc and qemu) or one inside a chroot (--root); the Python client is always this
machine's, talking UNO to it.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "integration"))


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--name", required=True)
    parser.add_argument("--oxt", required=True)
    parser.add_argument("--sample", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--program-dir", default="/usr/lib/libreoffice/program")
    parser.add_argument("--root", default="")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for the office's programs")
    parser.add_argument("--expect", help="findings JSON of the reference office")
    return parser.parse_args()


def client_knows_the_office_types(args):
    """This process's UNO (this machine's office's) must know every type the other office sends
    it, or its bridge gives up: a 25.2 document lists interfaces 7.4 never had. So the office's own
    type libraries and the package's jixiao.rdb are added to ours, before `import uno`
    bootstraps UNO; for a type both have, ours comes first."""
    folder = tempfile.mkdtemp(prefix="jixiao-compat-types-")
    with zipfile.ZipFile(args.oxt) as package:
        package.extract("jixiao.rdb", folder)
    program = args.root + args.program_dir
    libraries = ["<file:///usr/lib/libreoffice/program/types>*"]
    libraries += [f"file://{path}" for path in (os.path.join(program, "types.rdb"),
                                                os.path.join(program, "types", "offapi.rdb"))
                  if os.path.exists(path) and not path.startswith("/usr/lib/libreoffice/")]
    libraries.append(f"file://{os.path.join(folder, 'jixiao.rdb')}")
    os.environ["URE_MORE_TYPES"] = " ".join(libraries)


if __name__ == "__main__":
    ARGS = arguments()
    client_knows_the_office_types(ARGS)

import uno  # noqa: E402
from office import Installation, Office, props, start_xvfb  # noqa: E402
from panels import (child_with, children, deck_panel_window, has_interface, labels,  # noqa: E402
                    open_jixiao_deck, press, screenshot_of, wait_for)

SCREEN = (1280, 800)


def office_version(office):
    provider = office.create("com.sun.star.configuration.ConfigurationProvider")
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess", props(nodepath="/org.openoffice.Setup/Product"))
    return access.getByName("ooSetupVersionAboutBox")


def component_loads(office):
    """Creates the add-in's service directly: when a cell shows #NAME?, the office's exception
    says why (library not loaded, factory not found, ...) where the cell cannot."""
    try:
        functions = office.create("org.jixiao.Functions")
    except Exception as error:  # the UNO exception's message is the diagnosis
        raise AssertionError(f"org.jixiao.Functions cannot be created: {error}") from error
    if functions is None:
        raise AssertionError("org.jixiao.Functions cannot be created: the service manager returned nothing")


# What a user of a Chinese office types: the functions' zh-CN display names (CalcAddIns.xcu).
LOCAL_FORMULAS = ("=JX执行率(1503.2;4012.8)", '=JX规范指标值("＞＝９５％")')
# What a macro or an English office writes: the English names, through the API's grammar.
ENGLISH_FORMULAS = ("=JXRATE(1503.2;4012.8)", '=JXNORMALIZE("＞＝９５％")')
# From this version on, Calc takes an add-in's English (compatibility) name whatever the UI's
# language. LibreOffice 7.0 knows an add-in function only by its display name in the UI's
# language (or its full name, org.jixiao.Functions.jxRate): proved by this smoke, which is why
# the English names are required only from the first version where they were seen to work.
ENGLISH_NAMES_FROM = (7, 4)


def version_tuple(version):
    return tuple(int(part) for part in version.split(".")[:2])


def check_formulas(sheet, formulas, column, doc, setter):
    rate, normalized = sheet.getCellByPosition(column, 0), sheet.getCellByPosition(column, 1)
    setter(rate, formulas[0])
    setter(normalized, formulas[1])
    doc.calculateAll()
    if rate.getError() or abs(rate.getValue() - 1503.2 / 4012.8) > 1e-12:
        return f"{formulas[0]} gave {rate.getString()!r} (error {rate.getError()})"
    if normalized.getString() != "≥95%":
        return f"{formulas[1]} gave {normalized.getString()!r} (error {normalized.getError()})"
    return ""


def check_functions(office, version):
    doc = office.new_spreadsheet()
    try:
        sheet = doc.Sheets.getByIndex(0)
        typed = check_formulas(sheet, LOCAL_FORMULAS, 0, doc, lambda cell, f: setattr(cell, "FormulaLocal", f))
        if typed:
            raise AssertionError(typed)
        english = check_formulas(sheet, ENGLISH_FORMULAS, 1, doc, lambda cell, f: cell.setFormula(f))
        if english and version_tuple(version) >= ENGLISH_NAMES_FROM:
            raise AssertionError(english)
        return f"JX执行率 and JX规范指标值 typed; English names {'not taken (' + english + ')' if english else 'taken'}"
    finally:
        doc.close(True)


def findings_of(office, doc):
    validator = office.create("org.jixiao.Validator")
    return [[f.Sheet, f.Cell, f.RuleId, f.Severity, f.Message, f.HasFix]
            for f in validator.validateDocument(doc, "", "zh-CN")]


def show_deck(office, doc, display, screenshot):
    controller = doc.CurrentController
    controller.Frame.ContainerWindow.setPosSize(0, 0, SCREEN[0], SCREEN[1], 15)
    open_jixiao_deck(office, controller)
    window = deck_panel_window(controller, "JixiaoFindingsPanel")
    press(child_with(window, "com.sun.star.awt.XButton", labels("zh-CN")["validate"]))
    listbox = next(c for c in children(window) if has_interface(c, "com.sun.star.awt.XListBox")
                   and not has_interface(c, "com.sun.star.awt.XComboBox"))
    if not wait_for(lambda: listbox.getItemCount() > 5):
        raise AssertionError("检查 listed nothing in the panel")
    screenshot_of(display, screenshot)
    return "deck shown"


def main():
    args = ARGS
    os.makedirs(args.out, exist_ok=True)
    installation = Installation(args.program_dir, args.root, dict(e.split("=", 1) for e in args.env))
    xvfb, display = start_xvfb(*SCREEN)
    office = None
    try:
        office = Office(os.path.abspath(args.oxt), locale="zh-CN", display=display,
                        installation=installation).__enter__()
        # An office's first start on a new profile may end by itself just after accepting the
        # connection (seen with 25.2): then start it again, as a user would.
        time.sleep(5)
        if office.process.poll() is not None:
            office.stop()
            office.start()
        sample = os.path.join(office.dir, "sample.ods")  # inside the chroot, if there is one
        shutil.copy(args.sample, sample)
        version = office_version(office)
        # The sample stays open in a window throughout: an office with a display ends when its
        # last document closes.
        doc = office.desktop.loadComponentFromURL(office.office_url(sample), "_blank", 0, props())
        component_loads(office)
        functions = check_functions(office, version)
        findings = findings_of(office, doc)
        with open(os.path.join(args.out, f"{args.name}.findings.json"), "w", encoding="utf-8") as f:
            json.dump(findings, f, ensure_ascii=False, indent=0)
        if args.expect:
            with open(args.expect, encoding="utf-8") as f:
                expected = json.load(f)
            if findings != expected:
                missing = [x for x in expected if x not in findings][:3]
                extra = [x for x in findings if x not in expected][:3]
                raise AssertionError(f"{len(findings)} findings, not the reference's {len(expected)}: "
                                     f"missing {missing}, extra {extra}")
        deck = show_deck(office, doc, display, os.path.join(args.out, f"{args.name}.png"))
        print(f"{args.name}: ok (LibreOffice {version}; {functions}; {len(findings)} findings"
              f"{' as the reference' if args.expect else ''}; {deck})", flush=True)
        return 0
    except Exception as error:
        print(f"{args.name}: FAILED: {error}", flush=True)
        traceback.print_exc(file=sys.stderr)
        return 1
    finally:
        try:
            if office is not None:
                office.shutdown()
        finally:
            xvfb.kill()
            xvfb.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
