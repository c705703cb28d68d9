"""The function cases every integration test and fixture shares.

Written by hand from DOMAIN.md and the issue; each is (inputs..., expected),
where expected is a number, a string, or one of the Calc error codes below.
None stands for an empty cell.
"""

DIV0 = ("error", 532)   # #DIV/0!
VALUE = ("error", 519)  # #VALUE!

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


def is_error(expected):
    return isinstance(expected, tuple) and expected[0] == "error"
