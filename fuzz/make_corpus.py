#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (one input per file, named by its content's hash)
and sheet.dict, the header words sheet_fuzzer's search starts from.

Run from anywhere: python3 fuzz/make_corpus.py. The files are committed; rerun after editing the
lists below (stale files are removed). Values come from the domain (../shared/DOMAIN.md) and the
seed tables: the shapes the fuzzer should start mutating from.
"""

import hashlib
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
SEEDS = ROOT / "tests" / "fixtures" / "seeds"
MAX_INPUT = 4096  # run.sh's -max_len: longer inputs are cut

TARGET_VALUES = [
    "≥95%", "≥ 95%", "＞＝９５％", ">=95%", "=>95%", "≧95%", "不低于95%", "达到100%",
    "$\\geq 95\\%$", "$\\leq 5\\%$", "\\geq 90\\%", "≤0%", "=0%", "=100%", "100%", "<5‰",
    "≥1.2万人", "≥34万人", "≥3500件", "≥2000人次", "≥1,234.5万元", "≤1亿元", "≥22人",
    "≥4家", "=12个月", "≤30天", "100M", "≥10km", "健全", "合理", "序时进度", "完成市下达指标",
    "按时足额发放", "292%", "2280次", "≥92%", "缴费补贴 人数", "\u3000≥95%\u00a0",
    "<p>≥95%</p>", "<b>健全</b>&nbsp;", "≥95%\n≥90%", "１００％", "≥-5%", "≥.5%",
    "≥" + "9" * 400 + "%", "9" * 40, "≥1e308%", "≥0.000000001%",
]

# Bytes that are not UTF-8: the fuzzers must survive cells holding them.
TARGET_BYTES = [
    b"\xe2\x89", b"\xff\xfe95%", b"\xe2\x89\xa595\xc0\xaf%", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
]

# Lines are cells for numbers_fuzzer: total first, then parts (or part, total, share).
NUMBERS = [
    "3782.13", "３７８２．１３", "3,782.13", " 3782.13\u3000", "35097.999999", "-0.5", "+.5", "5.",
    "1,23", "1e5", "NaN", "inf", "0", "0.00", "9" * 400, "0." + "0" * 400 + "1",
    "3782.13\n3782.13\n0\n0\n0\n0\n0\n0",
    "600\n30\n0\n60\n150\n0\n60\n150",
    "600\n30\n\n60\n150\n\n60",
    "1200\n600\n1800",
    "25.12\n100\n25.3%",
    "25.3\n100\n0.253",
    "600\n1800\n33.33%",
    "1\n0\n1%",
    "1\n\n1%",
    "１\n３\n３３．３３％",
    "25.3\n100\n25.3 %",
    "25.3\n100\n%",
    "约10\n100",
    "100万元\n200",
    "1e308\n1e-308",
    "\n\n\n",
]

NUMBER_BYTES = [
    b"\x00\x00\x00\x00\x01\x00\x00\x00\xff\xff\xff\xff",
    b"\xff\xff\xff\x7f\x00\x00\x00\x80\x01\x00\x00\x00",
    b"\x00\x00\x00\x00\x00\x00\xf0\x7f",
    b"12\xe3\x80",
]


PROJECT_HEADER = "项目支出预算绩效目标表\n一级指标\t二级指标\t三级指标\t半年（程）指标值\t全年（程）指标值\n"

# Sheets for sheet_fuzzer (see its header for the format): small tables of each template with the
# defects the rules look for, error and formula cells, and control bytes after a form feed.
SHEETS = [
    PROJECT_HEADER + "决策\t项目立项\t立项依据充分性\t充分\t充分\n产出指标\t数量指标\t参与体检人数\t≥100人\t≥200人\n"
    "满意度指标\t服务对象满意度\t群众满意度\t≥90%\t≥90%\n",
    PROJECT_HEADER + "法等\t项目立\t立项依据充分性\t>=95%\t＞＝９５％\n\t合规性\t合规\t合规\t\n"
    "效益指标\t生态效益\t\t\t\n……\t……\t\t\t\n\t\t缴费补贴 人数\t≥200人\t≥100人\n",
    PROJECT_HEADER + "决策\t项目立项\t知晓率\t#DIV/0!\t=>=90%\n\t\t<p>覆盖率</p>\t=#N/A\t$\\geq 90\\%$\n"
    "\f\x01\x02\x03\x01\x0a\x08\x0a\x0c\x0b\x0b\x0b\x0c",
    "部门整体预算绩效目标表\n\t\t\t\t全年预算数\n\t\t资金总额\t\t35097.99　\n\t\t财政拨款\t小计\t35097.99\n"
    "\t\t基本支出\t\t100\n\t\t项目支出\t\t200\n\t\t培训项目\t\t150\n",
    "部门整体绩效目标申报表\n预算情况\t项目\t当年金额\t占比\t2024年\t2023年\n\t资金总额\t1000\t100%\t900\t850\n"
    "\t财政拨款\t800\t70%\t700\t600\n\t上年结转资金\t150\t15%\t200\t200\n\t其他资金\t50\t5%\t0\t0\n\n"
    "一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据\t指标分类\n运行成本\t经济成本指标\t公用经费控制率\t≤100%\t计划标准\t绩效基本型\n"
    "满意度\t服务对象满意度\t群众满意度\t\t其他\t绩效基本型\n",
    "nothing\there\n\f\x00\x00\x00\x01",
    # A budget-system export: projects one after another, the target in 指标性质 | 指标值 | 度量单位.
    "部门预算项目绩效目标表\n单位名称\t项目名称\t预算数\t年度目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t"
    "权重\t指标方向性\n101-局\t项目\t1\t目标\t产出指标\t数量指标\t科目调整次数\t≤\t5\t次\t20\t反向指标\n"
    "\t\t\t\t产出指标\t质量指标\t创建\t定性\t10\t\t20\t\n\t\t\t\t效益指标\t社会效益指标\t人员\t≥\t700\t人数\t50\t正向指标\n"
    "102-局\t项目乙\t2\t目标\t满意度指标\t服务对象满意度指标\t群众满意度\t＜\t=100\t%\t90\t反向指标\n",
    # A department table typed by hand, with a budget across a row and targets typed with "=".
    "部门整体支出绩效目标表\n单位：万元\n年度部门整体支出预算\t资金总额\t财政拨款\t其他资金\n\t1404.9\t1401.9\t0\n"
    "年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值（包含数字及文字描述）\n\t产出指标\t数量指标\t统计调查\t=100%\n"
    "\t\t时效指标\t完成时限\t2025年12月底前\n\t\t成本指标\t人员经费支出\t158.3\n",
    # Hubei groups closed by their own 合计, a line pasted one column off.
    "部门整体绩效目标申报表\n项目\t当年金额\t占比\t近两年收支金额\n\t\t\t2024年\t2023年\n收入构成\n财政拨款\t800\t80%\t700\t600\n"
    "单位资金\t\t200\t20%\t50\t50\n合计\t1000\t100%\t750\t650\n支出构成\n人员类\t1000\t100%\t750\t650\n合计\t1000\t100%\t750\t650\n",
    # A self-evaluation table.
    "部门预算项目支出绩效自评表\n绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t完成值\t得分\n\t产出指标\t数量指标\t次数\t≥5次\t6\t10\n",
]

# Words from the templates that are not header words but steer the rules.
DICTIONARY_EXTRA = ["≥", "≤", ">=", "<=", "＝", "定性", "正向指标", "反向指标", "以上", "万", "亿", "%", "人", "件", "万元",
                    "人数", "合计", "收入构成", "金额单位：万元", "2025年12月底前", "健全", "序时进度", "小计",
                    "#DIV/0!", "Err:502", "[bookmark: _GoBack]", "<p>", "&nbsp;", "……", "\t", "\n", "\f", "="]


def seed_prefix(name: str) -> bytes:
    """The first lines of a seed table that fit in one fuzz input."""
    data = b""
    for line in (SEEDS / name).read_bytes().splitlines(keepends=True):
        if len(data) + len(line) > MAX_INPUT:
            break
        data += line
    return data


def template_words() -> list[str]:
    words = []
    for path in sorted((ROOT / "data" / "templates").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("#") or fields[0] in ("name", "extends", "signature", "weight_total"):
                continue
            start = 2 if fields[0] in ("column", "budget_column") else 1
            for field in fields[start:]:
                words += [w for w in field.split("|") if w and w not in ("*", "…")]
    return list(dict.fromkeys(words))


def dictionary_entry(word: str) -> str:
    escaped = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else
                      "".join(f"\\x{b:02X}" for b in c.encode()) for c in word)
    return f'"{escaped}"'


def write(directory: pathlib.Path, values: list[bytes]) -> None:
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    for value in values:
        (directory / hashlib.sha1(value).hexdigest()[:16]).write_bytes(value)


def main() -> None:
    write(HERE / "corpus" / "target_value", [v.encode() for v in TARGET_VALUES] + TARGET_BYTES)
    write(HERE / "corpus" / "numbers", [v.encode() for v in NUMBERS] + NUMBER_BYTES)
    seeds = [seed_prefix(p.name) for p in sorted(SEEDS.glob("*.tsv"))]
    write(HERE / "corpus" / "sheet", [v.encode() for v in SHEETS] + seeds)
    words = template_words() + DICTIONARY_EXTRA
    (HERE / "sheet.dict").write_text("# Header words of data/templates and value words (make_corpus.py writes this).\n" +
                                     "".join(dictionary_entry(w) + "\n" for w in words), encoding="utf-8")


if __name__ == "__main__":
    main()
