#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets: one value per file, named by its content's hash.

Run from anywhere: python3 fuzz/make_corpus.py. The files are committed; rerun after editing the
lists below (stale files are removed). Values come from the domain (../shared/DOMAIN.md) and the
seed tables: the shapes the fuzzer should start mutating from.
"""

import hashlib
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parent

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


def write(directory: pathlib.Path, values: list[bytes]) -> None:
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    for value in values:
        (directory / hashlib.sha1(value).hexdigest()[:16]).write_bytes(value)


def main() -> None:
    write(HERE / "corpus" / "target_value", [v.encode() for v in TARGET_VALUES] + TARGET_BYTES)
    write(HERE / "corpus" / "numbers", [v.encode() for v in NUMBERS] + NUMBER_BYTES)


if __name__ == "__main__":
    main()
