# A hand-made checker, as finance staff write them: a Python macro that walks the sheet's used
# area cell by cell (getCellByPosition, getString) and checks the indicator values below each
# header row. It stands for "the usual alternative" in the benchmarks (bench/run.py installs it
# into the office profile's Scripts/python and runs it in the office through the script
# provider). It implements a faithful subset of Jixiao's value rules, on the same vocabularies
# (passed in from data/vocab): operator-variant, full-width-characters, whitespace-in-value,
# latex-leftover, missing-unit and placeholder-value. The benchmark asserts it finds exactly what
# org.jixiao.Validator finds for these rules. Not covered: the rules needing the indicator-name
# vocabulary, the half/full pairs, the budget arithmetic and everything about table structure.

import re
import unicodedata

# The rules the checks below cover (bench/run.py compares findings on these).
COVERED_RULES = ("operator-variant", "full-width-characters", "whitespace-in-value", "latex-leftover",
                 "missing-unit", "placeholder-value")
NUMBER = re.compile(r"(\d{1,3}(,\d{3})+|\d+)(\.\d+)?")
PLACEHOLDERS = set("-_./\\*~\u2014\u2013\u2015\u2212\u00b7\u3001")
LATEX_OPERATORS = {"geq": "≥", "ge": "≥", "leq": "≤", "le": "≤", "gt": ">", "lt": "<"}
TITLE_WORDS = ("目标表", "申报表")


def strip_latex(text):
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "$":
            i += 1
        elif c != "\\" or i + 1 == len(text):
            out.append(c)
            i += 1
        elif text[i + 1] in "()[],;:! ":
            i += 2
        elif text[i + 1] == "%":
            out.append("%")
            i += 2
        else:
            j = i + 1
            while j < len(text) and text[j].isascii() and text[j].isalpha():
                j += 1
            out.append(LATEX_OPERATORS.get(text[i + 1:j], text[i:j]))
            i = j
    return "".join(out)


def has_space(text):
    return any(c.isspace() for c in text)


class Rules:
    def __init__(self, units, prefixes, suffixes):
        self.units = set(units)
        self.prefixes = sorted(prefixes, key=lambda p: -len(p[0]))  # (written, canonical), longest first
        self.suffixes = sorted(suffixes, key=lambda p: -len(p[0]))

    def numeric(self, working):
        """(prefix or None, canonical, suffix or None, unit) when the text is a target value."""
        prefix = next((p for p in self.prefixes if working.startswith(p[0])), None)
        rest = working[len(prefix[0]):] if prefix else working
        number = NUMBER.match(rest)
        if not number:
            return None
        tail = rest[number.end():]
        suffix = next((s for s in self.suffixes if tail.endswith(s[0])), None)
        if suffix:
            if prefix:
                return None
            tail = tail[:-len(suffix[0])]
        if tail[:1] in ("万", "亿") and (tail[1:] in self.units or tail[1:] == ""):
            tail = tail[1:]
        if tail and tail not in self.units:
            return None
        return prefix, suffix, tail

    def check(self, text):
        """The rule ids this value breaks, of the subset above."""
        value = text.strip()
        if not value:
            return []
        folded = unicodedata.normalize("NFKC", value)
        latex = strip_latex(folded) != folded
        working = "".join(strip_latex(folded).split())
        if not working:
            return []
        match = self.numeric(working)
        if match is None:
            return ["placeholder-value"] if all(c in PLACEHOLDERS for c in working) else []
        prefix, suffix, unit = match
        found = []
        if latex:
            found.append("latex-leftover")
        if any(0xFF01 <= ord(c) <= 0xFF5E and not 0xFF1C <= ord(c) <= 0xFF1E for c in value):
            found.append("full-width-characters")
        if suffix or (prefix and prefix[0] != prefix[1]) or any(0xFF1C <= ord(c) <= 0xFF1E for c in value):
            found.append("operator-variant")
        if not latex and has_space(text):
            found.append("whitespace-in-value")
        if not unit:
            found.append("missing-unit")
        return found


def used_area(sheet):
    """The used area from A1, as org.jixiao.Validator reads it."""
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.RangeAddress
    return sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow)


def read_used_area(sheet):
    """The in-office floor: the used area read once with getDataArray; returns its row count."""
    return len(used_area(sheet).getDataArray())


def check_sheet(sheet, units, prefixes, suffixes):
    """((row, column, rule id), …) of the sheet, every cell read on its own."""
    rules = Rules(units, prefixes, suffixes)
    area = used_area(sheet).RangeAddress
    last_row, last_column = area.EndRow, area.EndColumn
    found = []
    name_column, value_columns = None, []
    for row in range(last_row + 1):
        texts = [sheet.getCellByPosition(column, row).getString() for column in range(last_column + 1)]
        compact = ["".join(t.split()) for t in texts]
        if "三级指标" in compact:
            name_column = compact.index("三级指标")
            value_columns = [c for c, t in enumerate(compact) if t.endswith("指标值")]
            continue
        if not any(compact) or any(w in t for t in compact for w in TITLE_WORDS):
            name_column, value_columns = None, []
            continue
        if name_column is None or not compact[name_column]:
            continue
        for column in value_columns:
            for rule in rules.check(texts[column]):
                found.append((row, column, rule))
    return tuple(found)


g_exportedScripts = (check_sheet, read_used_area)
