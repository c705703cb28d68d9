"""Realistic target tables for the benchmarks, written as .ods by a real office.

    /usr/bin/python3 bench/generate.py OUT_DIR [--rows N ...] [--small COUNT]

A workbook of N indicator rows is one sheet holding many tables one after another, as
consolidated workbooks do: project tables (项目支出, the national framework), Jiangsu department
tables (budget block, 决策/过程, 履职 with 重点工作 and 对应项目, 效益/满意度) and Hubei department
tables (当年金额 with 占比 and two past years, 指标值 with 确定依据 and 分类). Indicator names and
values come from the seed tables (tests/fixtures/seeds), levels carried down as the seeds write them,
only rows whose labels the template allows. Count and amount values are scaled by a small factor
per indicator (half and full alike) so tables differ.

The base is clean: the seed pool is filtered through the extension itself (JXCHECK of each
value with its name and JXCONSISTENT of each pair must be empty), so what the checker finds is
what was planted. About 5 % of the value cells then get a defect from the kinds the rules catch
(DEFECT_KINDS). Everything is drawn from random.Random(seed): the same arguments give the same
workbook. Cells are written with setDataArray in chunks.

--small COUNT also writes COUNT small workbooks (one to three tables each) for jixiao-check.
"""

import argparse
import os
import random
import sys
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "fixtures"))
sys.path.insert(0, os.path.join(ROOT, "tests", "integration"))

import seeds  # noqa: E402

TEMPLATES_DIR = os.path.join(ROOT, "data", "templates")
DEFECT_RATE = 0.05
WRITE_CHUNK_ROWS = 5000
# The kinds of defect planted in value cells, with the rule each one must raise. The last two
# apply to any value, so they are tried last: the others then get their share of the numbers.
DEFECT_KINDS = {
    "operator-ascii": "operator-variant",       # ≥95% -> >=95%
    "operator-word": "operator-variant",        # ≥95% -> 不低于95%, 95%以上
    "full-width": "full-width-characters",      # ≥95% -> ≥９５％
    "missing-unit": "missing-unit",             # ≥1000人 -> ≥1000
    "placeholder": "placeholder-value",         # / or ……, in the last value column
    "name-in-value": "name-in-value",           # the indicator's name (…率, …度) in its value cell
    "latex": "latex-leftover",                  # ≥95% -> $\geq 95\%$
    "whitespace": "whitespace-in-value",        # ≥95% -> ≥ 95 %
}
SCALED_UNITS = ("人次", "人", "户", "家", "个", "件", "次", "份", "场", "条", "台", "项", "万元", "元")
LAST_RESORT_KINDS = ("placeholder", "name-in-value")
# Names whose ending tells what they expect (data/vocab/indicator_names.tsv): typed as a value,
# the checker knows them for names. Other names read as prose.
NAME_ENDINGS = ("率", "度", "性", "人数", "次数", "数量")
HEADER_WORDS = {"一级指标": "first", "二级指标": "second", "三级指标": "third"}


@dataclass
class Indicator:
    first: str
    second: str
    name: str
    half: str
    full: str


@dataclass
class Sheet:
    """Rows of cells (str or float) and where the indicator values are."""
    rows: list = field(default_factory=list)
    # (row, column, indicator name) of every value cell: where defects may go.
    value_cells: list = field(default_factory=list)
    indicator_rows: int = 0

    def add(self, *cells):
        self.rows.append(list(cells))

    def add_indicator(self, prefix, indicator, values, suffix=()):
        row = len(self.rows)
        first_value = len(prefix) + 1
        self.rows.append(list(prefix) + [indicator.name] + list(values) + list(suffix))
        for i in range(len(values)):
            self.value_cells.append((row, first_value + i, indicator.name))
        self.indicator_rows += 1


# -- the seed pool --------------------------------------------------------------------------------

def template_levels(name):
    """{first-level label: set of allowed second levels, or None for free text} of a template."""
    levels = {}
    with open(os.path.join(TEMPLATES_DIR, f"{name}.tsv"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if fields[0] != "level":
                continue
            seconds = {s for variants in fields[2:] for s in variants.split("|")}
            for label in fields[1].split("|"):
                levels[label] = None if "*" in seconds else seconds
    return levels


def compact(text):
    return "".join(text.split())


def seed_indicators(seed_name):
    """Every indicator row of a seed with its first and second level carried down from the rows
    above, as merged cells read; rows with misplaced or missing parts are left out."""
    columns = None
    first = second = ""
    for row in seeds.read_seed(seed_name):
        cells = [compact(c) for c in row]
        if "三级指标" in cells:
            columns = {HEADER_WORDS[c]: i for i, c in enumerate(cells) if c in HEADER_WORDS}
            columns["half"] = next((i for i, c in enumerate(cells) if c.startswith("半年")), None)
            columns["full"] = next((i for i, c in enumerate(cells) if c.startswith("全年")), None)
            if len(columns) < 5 or None in columns.values():
                columns = None  # a damaged header: its rows cannot be trusted
            first = second = ""
            continue
        if columns is None or not any(cells):
            continue
        if len(cells) <= columns["full"]:
            columns = None
            continue
        first = cells[columns["first"]] or first
        second = cells[columns["second"]] or second
        name, half, full = (row[columns[k]].strip() for k in ("third", "half", "full"))
        if name and half and full:
            yield Indicator(first, second, name, half, full)


def seed_pool():
    """The seed indicators whose levels their template allows, keyed by (first, second). Names
    with spaces or that are level labels come from the seed's misaligned rows and are left out."""
    pool = {}
    for seed, template in (("projects_jiangyin_hrss_2024.tsv", "project"),
                           ("department_jiangning_hrss_2026.tsv", "department-jiangsu")):
        levels = template_levels(template)
        labels = set(levels) | {s for seconds in levels.values() if seconds for s in seconds}
        for ind in seed_indicators(seed):
            if ind.first not in levels or ind.first == "履职":
                continue
            if compact(ind.name) != ind.name or ind.name in labels:
                continue
            if levels[ind.first] is not None and ind.second not in levels[ind.first]:
                continue
            entries = pool.setdefault((ind.first, ind.second), [])
            if all((e.name, e.half, e.full) != (ind.name, ind.half, ind.full) for e in entries):
                entries.append(ind)
    return pool


def clean_pool(office, pool):
    """The pool without the entries the extension flags: JXCHECK(value; name) of half and full and
    JXCONSISTENT(half; full; name) must all be empty."""
    entries = [e for key in sorted(pool) for e in pool[key]]
    doc = office.new_spreadsheet()
    try:
        sheet = doc.Sheets.getByIndex(0)
        data = tuple((e.name, e.half, e.full) for e in entries)
        sheet.getCellRangeByPosition(0, 0, 2, len(data) - 1).setDataArray(data)
        formulas = tuple((f"=JXCHECK(B{r};A{r})", f"=JXCHECK(C{r};A{r})", f"=JXCONSISTENT(B{r};C{r};A{r})")
                         for r in range(1, len(data) + 1))
        checks = sheet.getCellRangeByPosition(3, 0, 5, len(data) - 1)
        checks.setFormulaArray(formulas)
        results = checks.getDataArray()
    finally:
        doc.close(True)
    clean = {}
    for e, result in zip(entries, results):
        if all(r == "" for r in result):
            clean.setdefault((e.first, e.second), []).append(e)
    return clean


def seed_texts():
    """Project and organisation names from the seeds, and the Jiangsu seed's duties (履职)."""
    projects, duties = [], []
    for row in seeds.read_seed("projects_jiangyin_hrss_2024.tsv"):
        cells = [c.strip() for c in row if c.strip()]
        if len(cells) >= 2 and compact(cells[0]) == "项目名称":
            projects.append(compact(cells[1]))
    in_duties = False
    for row in seeds.read_seed("department_jiangning_hrss_2026.tsv"):
        cells = [c.strip() for c in row]
        if cells and cells[0] == "履职":
            in_duties = True
        elif cells and cells[0]:
            in_duties = False
        if in_duties and len(cells) > 1 and cells[1]:
            duties.append(compact(cells[1]))
    return sorted(set(projects)), duties


# -- values ---------------------------------------------------------------------------------------

def scaled(value, factor):
    """A count or amount value with its number multiplied by factor (≥11人 x3 -> ≥33人)."""
    if factor == 1 or not value.endswith(SCALED_UNITS):
        return value
    start = next((i for i, c in enumerate(value) if c.isdigit()), None)
    if start is None:
        return value
    end = start
    while end < len(value) and value[end].isdigit():
        end += 1
    if end < len(value) and value[end] in ".万亿":
        return value  # decimals and multipliers stay as written
    return value[:start] + str(int(value[start:end]) * factor) + value[end:]


def varied(rng, indicator):
    factor = rng.choice((1, 1, 2, 3, 5))
    return Indicator(indicator.first, indicator.second, indicator.name,
                     scaled(indicator.half, factor), scaled(indicator.full, factor))


FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789.%"}


# Operator variants seen in the wild (data/vocab/operators.tsv), by canonical operator.
ASCII_VARIANTS = {"≥": (">=", "=>", "≧"), "≤": ("<=", "=<", "≦"), ">": ("＞",), "<": ("＜",), "=": ("==", "＝")}
WORD_PREFIXES = {"≥": ("不低于", "不少于", "达到"), "≤": ("不超过", "不高于"), ">": ("超过", "高于"), "<": ("低于",),
                 "=": ("等于",)}
WORD_SUFFIXES = {"≥": "以上", "≤": "以下"}


def defect(rng, kind, value, name, last_column):
    """The value with a defect of `kind`, or None when the kind does not apply to it."""
    operator = value[:1] if value[:1] in ASCII_VARIANTS else None
    number_start = next((i for i, c in enumerate(value) if c.isdigit()), None)
    if kind == "operator-ascii" and operator:
        return rng.choice(ASCII_VARIANTS[operator]) + value[1:]
    if kind == "operator-word" and operator:
        if operator in WORD_SUFFIXES and rng.random() < 0.5:
            return value[1:] + WORD_SUFFIXES[operator]
        return rng.choice(WORD_PREFIXES[operator]) + value[1:]
    if kind == "full-width" and number_start is not None:
        return value[:number_start] + "".join(FULL_WIDTH.get(c, c) for c in value[number_start:])
    if kind == "missing-unit" and value.endswith(SCALED_UNITS) and not value.endswith("万元") and operator:
        return value.rstrip("".join(SCALED_UNITS))
    if kind == "placeholder" and last_column and len(name) > 8:
        # The checker reads a placeholder as a name when the row's real name is short enough to be a
        # qualitative value (餐饮保障及时到位) or when it stands before another value, and then sees
        # the row shifted (misaligned-row): planted where it is unambiguous (see BENCHMARKS.md).
        return rng.choice(("/", "……", "-"))
    if kind == "name-in-value" and name.endswith(NAME_ENDINGS):
        return name
    if kind == "latex" and operator in ("≥", "≤") and value.endswith("%"):
        return "$" + {"≥": r"\geq ", "≤": r"\leq "}[operator] + value[1:-1] + r"\%$"
    if kind == "whitespace" and operator and number_start is not None:
        return value[:1] + " " + value[1:]
    return None


def plant_defects(rng, sheet):
    """Puts a defect into about DEFECT_RATE of the value cells; returns [(row, column, rule)]."""
    value_cells = set(sheet.value_cells)
    planted = []
    kinds = sorted(k for k in DEFECT_KINDS if k not in LAST_RESORT_KINDS)
    for row, column, name in sheet.value_cells:
        if rng.random() >= DEFECT_RATE:
            continue
        value = sheet.rows[row][column]
        last_column = (row, column + 1, name) not in value_cells
        order = rng.sample(kinds, len(kinds))
        if rng.random() < 0.6:  # a count that lost its unit is common: first choice where it applies
            order.insert(0, "missing-unit")
        for kind in order + rng.sample(LAST_RESORT_KINDS, 2):
            broken = defect(rng, kind, value, name, last_column)
            if broken is not None and broken != value:
                sheet.rows[row][column] = broken
                planted.append((row, column, DEFECT_KINDS[kind]))
                break
    return planted


# -- tables ---------------------------------------------------------------------------------------

class TableMaker:
    """Builds tables from the clean pool; each call adds one table of at most `room` indicators."""

    PROJECT_LEVELS = [("决策", ["项目立项", "绩效目标", "资金投入"]), ("过程", ["资金管理", "组织实施"]),
                      ("产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]),
                      ("效益指标", ["经济效益", "社会效益", "生态效益", "可持续影响"]),
                      ("满意度指标", ["服务对象满意度"])]
    JIANGSU_LEVELS = [("决策", ["计划制定", "目标设定", "预算编制"]),
                      ("过程", ["预算执行", "预算管理", "资产管理", "项目管理", "人员管理"])]
    JIANGSU_OUTCOMES = [("效益指标", ["经济效益", "社会效益", "可持续影响"]), ("满意度指标", ["服务对象满意度"])]
    # Hubei levels filled from the pool's closest groups: (first, second, pool keys).
    HUBEI_LEVELS = [("运行成本", "经济成本指标", [("过程", "预算执行")]),
                    ("管理效率", "预算管理", [("过程", "预算管理")]),
                    ("管理效率", "资产管理", [("过程", "资产管理"), ("过程", "资金管理")]),
                    ("履职效能", "就业服务", [("产出指标", "数量指标")]),
                    ("履职效能", "服务质量", [("产出指标", "质量指标"), ("产出指标", "时效指标")]),
                    ("社会效应", "社会效益", [("效益指标", "社会效益")]),
                    ("可持续发展能力", "长效机制", [("效益指标", "可持续影响")]),
                    ("满意度", "服务对象满意度", [("满意度指标", "服务对象满意度")])]
    OUTPUT_KEYS = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标")]

    def __init__(self, rng, pool, projects, duties):
        self.rng, self.pool, self.projects, self.duties = rng, pool, projects, duties

    def pick(self, keys, count, used):
        """Up to `count` indicators from the pool groups `keys`, none whose name is in `used`."""
        candidates = [e for k in keys for e in self.pool.get(k, []) if e.name not in used]
        chosen = []
        for e in self.rng.sample(candidates, len(candidates)):
            if len(chosen) == count:
                break
            if e.name not in used:
                used.add(e.name)
                chosen.append(varied(self.rng, e))
        return chosen

    def levels_block(self, sheet, levels, room, used, width=5, extra=()):
        """Rows of (first, second, name, half, full) with the levels written once, as merged."""
        written = 0
        for first, seconds in levels:
            first_cell = first
            for second in seconds:
                picked = self.pick([(first, second)], min(self.rng.randint(1, 4), room - written), used)
                for i, ind in enumerate(picked):
                    sheet.add_indicator([first_cell, second if i == 0 else ""], ind, [ind.half, ind.full][:width - 3],
                                        extra)
                    first_cell = ""
                    written += 1
        return written

    def amount(self, low, high):
        return self.rng.randrange(low * 100, high * 100) / 100

    def project(self, sheet, room):
        name = self.rng.choice(self.projects)
        total = self.amount(10, 20000)
        sheet.add("市级财政项目支出预算绩效目标表")
        sheet.add("2024年度")
        sheet.add("单位名称", "江阴市人力资源和社会保障局（机关）", "", "主管部门", "江阴市人力资源和社会保障局")
        sheet.add("项目名称", name)
        sheet.add("项目总金额（万元）", total, "本年度项目金额（万元）", total)
        sheet.add("项目概述", f"{name}按照年度计划组织实施，保障资金及时足额拨付。")
        sheet.add("年度绩效目标", "提升社会化管理水平，提高服务对象满意度。")
        sheet.add("一级指标", "二级指标", "三级指标", "半年（程）指标值", "全年（程）指标值")
        return self.levels_block(sheet, self.PROJECT_LEVELS, room, set())

    def jiangsu_budget(self, sheet):
        cents = lambda low, high: self.rng.randrange(low * 100, high * 100)  # noqa: E731
        general, carried, basic = cents(1000, 5000), cents(0, 300), cents(500, 1000)
        lines = [cents(10, 200) for _ in range(self.rng.randint(2, 6))]
        total = general + carried
        sheet.add("部门整体资金（万元）", "收入", "", "", "全年预算数")
        sheet.add("", "", "资金总额", "", total / 100)
        sheet.add("", "", "财政拨款", "小计", general / 100)
        for label, value in (("一般公共预算资金", general), ("政府性基金", 0), ("财政专户管理资金", 0),
                             ("国有资本金", 0), ("社保基金", 0)):
            sheet.add("", "", "", label, value / 100)
        sheet.add("", "", "上年结转资金", "", carried / 100)
        sheet.add("", "", "其他资金", "", 0.0)
        sheet.add("支出", "", "支出情况", "", "全年预算数")
        sheet.add("", "", "基本支出", "", basic / 100)
        sheet.add("", "", "项目支出", "", sum(lines) / 100)
        for i, value in enumerate(lines):
            sheet.add("", "", self.rng.choice(self.projects) + ("" if i == 0 else f"（{i + 1}）"), "", value / 100)

    def jiangsu(self, sheet, room):
        sheet.add("江宁区部门整体预算绩效目标表")
        sheet.add("2026年度")
        sheet.add("单位名称", "", "南京市江宁区人力资源和社会保障局（本级）")
        self.jiangsu_budget(sheet)
        used = set()
        sheet.add("一级指标", "二级指标", "三级指标", "半年指标值", "全年指标值")
        written = self.levels_block(sheet, self.JIANGSU_LEVELS, room, used)
        if written < room:
            sheet.add("一级指标", "二级指标", "重点工作", "对应项目", "三级指标", "半年指标值", "全年指标值")
            first_cell = "履职"
            for duty in self.rng.sample(self.duties, min(2, len(self.duties))):
                picked = self.pick(self.OUTPUT_KEYS, min(self.rng.randint(2, 5), room - written), used)
                for i, ind in enumerate(picked):
                    sheet.add_indicator([first_cell, duty if i == 0 else "", "", ""], ind, [ind.half, ind.full])
                    first_cell = ""
                    written += 1
        if written < room:
            sheet.add("一级指标", "二级指标", "三级指标", "半年指标值", "全年指标值")
            written += self.levels_block(sheet, self.JIANGSU_OUTCOMES, room - written, used)
        return written

    def hubei(self, sheet, room):
        sheet.add("部门整体绩效目标申报表")
        shares = self.rng.choice(((80, 15, 5), (70, 20, 10), (90, 10, 0), (85, 10, 5)))
        years = [self.rng.randrange(10, 400) * 100 for _ in range(3)]
        sheet.add("预算情况", "项目", "当年金额", "占比", "2024年", "2023年")
        sheet.add("", "资金总额", float(years[0]), "100%", float(years[1]), float(years[2]))
        for label, share in zip(("财政拨款", "上年结转资金", "其他资金"), shares):
            sheet.add("", label, years[0] * share / 100, f"{share}%", years[1] * share / 100, years[2] * share / 100)
        sheet.add("")
        sheet.add("一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据", "指标分类")
        used, written = set(), 0
        last_first = None
        for first, second, keys in self.HUBEI_LEVELS:
            picked = self.pick(keys, min(self.rng.randint(1, 4), room - written), used)
            for i, ind in enumerate(picked):
                sheet.add_indicator([first if first != last_first else "", second if i == 0 else ""], ind, [ind.full],
                                    [self.rng.choice(("计划标准", "行业标准", "历史标准", "预算支出标准")),
                                     self.rng.choice(("绩效基本型", "绩效基本型", "绩效创新型"))])
                last_first = first
                written += 1
        return written

    def table(self, sheet, room):
        maker = self.rng.choices((self.project, self.jiangsu, self.hubei), weights=(6, 2, 2))[0]
        before = len(sheet.rows)
        written = maker(sheet, room)
        if written == 0:  # nothing fitted: take the table back
            del sheet.rows[before:]
        sheet.add("")
        return written


def build_sheet(rng, pool, texts, indicator_rows, max_tables=None):
    sheet = Sheet()
    maker = TableMaker(rng, pool, *texts)
    tables = 0
    while sheet.indicator_rows < indicator_rows and (max_tables is None or tables < max_tables):
        maker.table(sheet, indicator_rows - sheet.indicator_rows)
        tables += 1
    planted = plant_defects(rng, sheet)
    return sheet, planted


# -- writing --------------------------------------------------------------------------------------

def write_sheet(sheet_obj, rows):
    width = max(len(r) for r in rows)
    data = [tuple(r) + ("",) * (width - len(r)) for r in rows]
    for start in range(0, len(data), WRITE_CHUNK_ROWS):
        chunk = tuple(data[start:start + WRITE_CHUNK_ROWS])
        sheet_obj.getCellRangeByPosition(0, start, width - 1, start + len(chunk) - 1).setDataArray(chunk)


def save_workbook(office, path, rows, sheet_name="目标表"):
    from office import file_url, props
    doc = office.new_spreadsheet()
    try:
        sheet = doc.Sheets.getByIndex(0)
        sheet.setName(sheet_name)
        write_sheet(sheet, rows)
        doc.storeToURL(file_url(path), props(FilterName="calc8", Overwrite=True))
    finally:
        doc.close(True)


class Generator:
    """The clean pool, made once per office, and the workbooks drawn from it."""

    def __init__(self, office):
        self.office = office
        self.pool = clean_pool(office, seed_pool())
        self.texts = seed_texts()

    def sheet(self, indicator_rows, seed=1, max_tables=None):
        return build_sheet(random.Random(seed), self.pool, self.texts, indicator_rows, max_tables)

    def workbook(self, path, indicator_rows, seed=1):
        """Writes the workbook; returns its Sheet and the planted defects [(row, column, rule)]."""
        sheet, planted = self.sheet(indicator_rows, seed)
        save_workbook(self.office, path, sheet.rows)
        return sheet, planted

    def small_workbooks(self, out_dir, count, seed=1000):
        """`count` workbooks of one to three tables each: small-NNN.ods. Returns their paths."""
        os.makedirs(out_dir, exist_ok=True)
        paths = []
        for i in range(count):
            rng = random.Random(seed + i)
            sheet, _ = build_sheet(rng, self.pool, self.texts, rng.randint(20, 120), max_tables=rng.randint(1, 3))
            path = os.path.join(out_dir, f"small-{i:03d}.ods")
            save_workbook(self.office, path, sheet.rows)
            paths.append(path)
        return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--rows", type=int, nargs="*", default=[1000, 10000, 100000])
    parser.add_argument("--small", type=int, default=0, help="also write this many small workbooks")
    args = parser.parse_args()
    from office import Office
    os.makedirs(args.out_dir, exist_ok=True)
    with Office() as office:
        generator = Generator(office)
        for n in args.rows:
            path = os.path.join(args.out_dir, f"targets-{n}.ods")
            sheet, planted = generator.workbook(path, n)
            print(f"{path}: {n} indicator rows, {len(sheet.rows)} sheet rows, {len(planted)} defects planted "
                  f"in {len(sheet.value_cells)} value cells")
        if args.small:
            paths = generator.small_workbooks(os.path.join(args.out_dir, "small"), args.small)
            print(f"{len(paths)} small workbooks in {os.path.join(args.out_dir, 'small')}")


if __name__ == "__main__":
    main()
    sys.stdout.flush()
    os._exit(0)  # pyuno can crash at interpreter exit
