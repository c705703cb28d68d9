"""The function cases every integration test and fixture shares.

Written by hand from DOMAIN.md and the issue; each is (inputs..., expected),
where expected is a number, a string, or one of the Calc error codes below.
None stands for an empty cell.
"""

DIV0 = ("error", 532)   # #DIV/0!
VALUE = ("error", 519)  # #VALUE!
NA = ("error", 32767)   # #N/A
TRUE, FALSE = ("bool", True), ("bool", False)


def starts_with(rule_id):
    """A JXCHECK-style result whose first finding is this rule."""
    return ("starts", rule_id + ":")


def mentions(rule_id):
    return ("contains", rule_id + ":")

RATE_CASES = [
    # executed, base, expected
    (50, 200, 0.25),
    ("35097.99\u3000", 70195.98, 0.5),        # trailing ideographic space
    ("\u00a01,000 ", "\uff14\uff10\uff10\uff10", 0.25),  # NBSP, thousands, full-width base
    ("1234.5  ", 1234.5, 1.0),                # trailing blanks
    (1, 3, 1 / 3),                            # never rounded
    (None, 100, 0.0),                         # nothing executed yet
    (1, 0, DIV0),
    (1, None, DIV0),
    (1, "  ", DIV0),
    ("abc", 1, VALUE),
    (1, "一百", VALUE),
]

NORMALIZE_CASES = [
    # text, expected
    ("\uff1e\uff1d\uff19\uff15\uff05", "≥95%"),  # ＞＝９５％
    (">=95%", "≥95%"),
    ("$\\geq 95\\%$", "≥95%"),
    ("≧95 %", "≥95%"),
    (" ≥95%\u3000", "≥95%"),
    ("<=5%", "≤5%"),
    ("不低于90%", "≥90%"),
    ("≥ 1.2 万人", "≥1.2万人"),
    ("健全", "健全"),
    ("  序时进度 ", "序时进度"),
    ("确保资金到位率>=95%的前提下", "确保资金到位率>=95%的前提下"),
]


# Formulas with their arguments written in: (formula, expected). Expected as
# above, or TRUE/FALSE, or starts_with/mentions(rule id) for message results.
FORMULA_CASES = [
    ('=JXOPERATOR(">=95%")', "≥"),
    ('=JXOPERATOR("不超过5天")', "≤"),
    ('=JXOPERATOR("100%")', "="),
    ('=JXOPERATOR("健全")', ""),
    ('=JXVALUE("≥95%")', 0.95),
    ('=JXVALUE("≥1.2万人")', 12000),
    ('=JXVALUE("≥34万人")', 340000),
    ('=JXVALUE("=9个月")', 9),
    ('=JXVALUE("健全")', NA),
    ('=JXUNIT("≥95%")', "%"),
    ('=JXUNIT("≥1.2万人")', "人"),
    ('=JXUNIT("≥3500件")', "件"),
    ('=JXUNIT("=9个月")', "个月"),
    ('=JXUNIT("健全")', ""),
    ('=JXKIND("≥95%")', "percent"),
    ('=JXKIND("≥3500件")', "count"),
    ('=JXKIND("≥100万元")', "amount"),
    ('=JXKIND("=9个月")', "duration"),
    ('=JXKIND("健全")', "qualitative"),
    ('=JXKIND("序时进度")', "schedule"),
    ('=JXKIND("完成市下达指标")', "schedule"),
    ('=JXKIND("≥")', "invalid"),
    ('=JXCHECK("≥95%")', ""),
    ('=JXCHECK("健全")', ""),
    ('=JXCHECK(">=95%")', starts_with("operator-variant")),
    ('=JXCHECK("≥")', starts_with("malformed-value")),
    ('=JXCHECK("292%")', mentions("suspicious-ocr-operator")),
    ('=JXCHECK("≤90%";"预算执行率")', mentions("direction-mismatch")),
    ('=JXCHECK("≥90%";"预算执行率")', ""),
    ('=JXCHECK("≥3人";"体检报告正确率")', mentions("kind-mismatch-name")),
    ('=JXEXPLAIN("operator-variant")', ("contains", "operator-variant")),
    ('=JXEXPLAIN(JXCHECK(">=95%"))', ("contains", "≥95%")),  # the example of operator-variant
    ('=JXEXPLAIN(JXCHECK("≥95%"))', ""),                   # nothing to explain
    ('=JXEXPLAIN("no-such-rule")', NA),
    ('=JXEXPLAIN(5)', VALUE),
    ('=JXMEETS(0.96;"≥95%")', TRUE),
    ('=JXMEETS("94%";"≥95%")', FALSE),
    ('=JXMEETS(13000;"≥1.2万人")', TRUE),
    ('=JXMEETS("健全";"健全")', TRUE),
    ('=JXMEETS(5;"健全")', VALUE),
    ('=JXMEETS("3人";"≥3件")', VALUE),
    ('=JXCONSISTENT("≥11人";"≥22人")', ""),
    ('=JXCONSISTENT("≥3000件";"≥1500件")', mentions("half-exceeds-full")),
    ('=JXCONSISTENT("≥95%";"≥3人")', mentions("half-full-kind-mismatch")),
    ('=JXTIMEPROGRESS(DATE(2026;6;30))', 181 / 365),
    ('=JXTIMEPROGRESS(DATE(2024;12;31))', 1.0),
    ('=JXTIMEPROGRESS(DATE(2026;9;30);DATE(2026;4;1);DATE(2027;3;31))', 183 / 365),
    ('=JXTIMEPROGRESS(DATE(2026;6;30);DATE(2026;12;31);DATE(2026;1;1))', VALUE),
    ('=JXTIMEPROGRESS("soon")', VALUE),
    ('=JXDEVIATION(50;100;DATE(2026;6;30))', 0.5 - 181 / 365),
    ('=JXDEVIATION(50;0;DATE(2026;6;30))', DIV0),
    ('=JXSUMCHECK(3782.13;{3782.13;0;0})', ""),
    ('=JXSUMCHECK(600;{30;0;60;150;0;60})', 300),
    ('=JXSUMCHECK(0.3;{0.1;0.2})', ""),             # binary floating point is no mismatch
    ('=JXSUMCHECK(100.004;{100})', 0.004),          # written to 3 decimals: 0.004 is off
    ('=JXSUMCHECK(101;{100};2)', ""),
    ('=JXSUMCHECK("abc";{100})', VALUE),
    ('=JXSHARECHECK(25;100;0.25)', ""),
    ('=JXSHARECHECK(25;100;"25.0%")', ""),
    ('=JXSHARECHECK(25.3;100;"25.0%")', ("nonempty",)),
    ('=JXSHARECHECK(25;0;0.25)', DIV0),
]


def is_error(expected):
    return isinstance(expected, tuple) and expected[0] == "error"
