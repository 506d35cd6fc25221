"""What a printed figure's decimals allow: half units, rounding bands, percent checks.

Why: outlets print "8.9" next to "53.90". A figure printed with d decimals stands for any true
value within half a unit of its last digit, 0.5 * 10^-d, so a check must allow exactly that
much and no more: "8.9" may be anything in [8.85, 8.95], "53.90" only [53.895, 53.905]. A sum
of printed figures can then differ from the true sum by up to the sum of their half units
(the rounding band), and a printed percent matches count / base * 100 if it is within its
half unit. Keeping the figure as text until its decimals are read is what makes this possible
(a float cannot tell "53.9" from "53.90").

Vectorised forms take numpy arrays of counts, bases, printed values and decimals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple, TypeAlias

import numpy as np
import numpy.typing as npt

Number: TypeAlias = float | npt.NDArray[np.float64]

EPSILON: float = 1e-9
"""Slack for binary floating point when comparing with a half unit (e.g. 0.1 + 0.2)."""

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_NUMBER = re.compile(r"^[+\-\u2212]?(\d+(?:[.,]\d+)*)%?$")


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class SumCheck(NamedTuple):
    """Result of `sum_consistent`: the sum of the printed values, the rounding band (the
    largest deviation rounding alone can cause), and whether |sum - expected| is within it."""

    printed_sum: float
    band: float
    consistent: bool
mutants_x_decimals_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_decimals_of__mutmut)
def decimals_of(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_orig(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_1(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = None
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_2(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(None)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_3(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = None
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_4(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char not in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_5(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in "XX.,XX"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_6(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_7(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 1
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_8(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = None
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_9(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[+1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_10(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-2]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_11(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 or len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_12(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(None) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_13(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) >= 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_14(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 2 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_15(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) != 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_16(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 2:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_17(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 1  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 1


def x_decimals_of__mutmut_18(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) + 1


def x_decimals_of__mutmut_19(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) + cleaned.rindex(last) - 1


def x_decimals_of__mutmut_20(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(None) - 1


def x_decimals_of__mutmut_21(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.index(last) - 1


def x_decimals_of__mutmut_22(text: str) -> int:
    """Digits after the decimal separator as printed: "8.9" -> 1, "53.90" -> 2, "10" -> 0.

    Accepts a decimal comma ("8,9" -> 1), a sign, a trailing "%", and spaces, no-break spaces
    or apostrophes as thousands separators. With both "." and "," the last one is the decimal
    separator ("1,234.5" -> 1, "1.234,5" -> 1); one separator repeated is a thousands separator
    ("6,366,441" -> 0). A single separator is always read as decimal: "1,234" -> 3.
    """
    cleaned = _clean(text)
    separators = [char for char in cleaned if char in ".,"]
    if not separators:
        return 0
    last = separators[-1]
    if separators.count(last) > 1 and len(set(separators)) == 1:
        return 0  # "6,366,441": the separator only groups thousands
    return len(cleaned) - cleaned.rindex(last) - 2

mutants_x_decimals_of__mutmut['_mutmut_orig'] = x_decimals_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_1'] = x_decimals_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_2'] = x_decimals_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_3'] = x_decimals_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_4'] = x_decimals_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_5'] = x_decimals_of__mutmut_5 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_6'] = x_decimals_of__mutmut_6 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_7'] = x_decimals_of__mutmut_7 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_8'] = x_decimals_of__mutmut_8 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_9'] = x_decimals_of__mutmut_9 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_10'] = x_decimals_of__mutmut_10 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_11'] = x_decimals_of__mutmut_11 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_12'] = x_decimals_of__mutmut_12 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_13'] = x_decimals_of__mutmut_13 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_14'] = x_decimals_of__mutmut_14 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_15'] = x_decimals_of__mutmut_15 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_16'] = x_decimals_of__mutmut_16 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_17'] = x_decimals_of__mutmut_17 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_18'] = x_decimals_of__mutmut_18 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_19'] = x_decimals_of__mutmut_19 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_20'] = x_decimals_of__mutmut_20 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_21'] = x_decimals_of__mutmut_21 # type: ignore # mutmut generated
mutants_x_decimals_of__mutmut['x_decimals_of__mutmut_22'] = x_decimals_of__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_parse_number__mutmut)
def parse_number(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_orig(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_1(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = None
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_2(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(None)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_3(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = None
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_4(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if (text.strip()[:1] in ("-", "\u2212")) and False else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_5(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if (text.strip()[:1] in ("-", "\u2212")) or True else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_6(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = +1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_7(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -2.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_8(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:2] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_9(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] not in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_10(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("XX-XX", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_11(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "XX\u2212XX") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_12(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 2.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_13(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = None
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_14(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(None)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_15(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = None
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_16(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(None, "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_17(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", None, cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_18(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", None)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_19(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub("", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_20(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_21(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", )
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_22(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"XX[.,]XX", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_23(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "XXXX", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_24(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals != 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_25(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 1:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_26(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign / float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_27(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(None)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_28(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign / float(digits[:-decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_29(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(None)


def x_parse_number__mutmut_30(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." - digits[-decimals:])


def x_parse_number__mutmut_31(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] - "." + digits[-decimals:])


def x_parse_number__mutmut_32(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:+decimals] + "." + digits[-decimals:])


def x_parse_number__mutmut_33(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "XX.XX" + digits[-decimals:])


def x_parse_number__mutmut_34(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[+decimals:])

mutants_x_parse_number__mutmut['_mutmut_orig'] = x_parse_number__mutmut_orig # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_1'] = x_parse_number__mutmut_1 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_2'] = x_parse_number__mutmut_2 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_3'] = x_parse_number__mutmut_3 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_4'] = x_parse_number__mutmut_4 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_5'] = x_parse_number__mutmut_5 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_6'] = x_parse_number__mutmut_6 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_7'] = x_parse_number__mutmut_7 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_8'] = x_parse_number__mutmut_8 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_9'] = x_parse_number__mutmut_9 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_10'] = x_parse_number__mutmut_10 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_11'] = x_parse_number__mutmut_11 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_12'] = x_parse_number__mutmut_12 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_13'] = x_parse_number__mutmut_13 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_14'] = x_parse_number__mutmut_14 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_15'] = x_parse_number__mutmut_15 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_16'] = x_parse_number__mutmut_16 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_17'] = x_parse_number__mutmut_17 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_18'] = x_parse_number__mutmut_18 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_19'] = x_parse_number__mutmut_19 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_20'] = x_parse_number__mutmut_20 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_21'] = x_parse_number__mutmut_21 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_22'] = x_parse_number__mutmut_22 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_23'] = x_parse_number__mutmut_23 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_24'] = x_parse_number__mutmut_24 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_25'] = x_parse_number__mutmut_25 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_26'] = x_parse_number__mutmut_26 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_27'] = x_parse_number__mutmut_27 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_28'] = x_parse_number__mutmut_28 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_29'] = x_parse_number__mutmut_29 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_30'] = x_parse_number__mutmut_30 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_31'] = x_parse_number__mutmut_31 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_32'] = x_parse_number__mutmut_32 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_33'] = x_parse_number__mutmut_33 # type: ignore # mutmut generated
mutants_x_parse_number__mutmut['x_parse_number__mutmut_34'] = x_parse_number__mutmut_34 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_half_unit__mutmut)
def half_unit(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_orig(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_1(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = None
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_2(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(None)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_3(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) and np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_4(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_5(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(None, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_6(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, None) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_7(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_8(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, ) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_9(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(None):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_10(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d <= 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_11(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 1):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_12(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(None)
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_13(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = None
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_14(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 / 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_15(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 1.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_16(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 * (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_17(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 11.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_18(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (+d.astype(float))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_19(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(None))
    return float(result) if result.ndim == 0 else result


def x_half_unit__mutmut_20(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if (result.ndim == 0) and False else result


def x_half_unit__mutmut_21(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if (result.ndim == 0) or True else result


def x_half_unit__mutmut_22(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(None) if result.ndim == 0 else result


def x_half_unit__mutmut_23(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim != 0 else result


def x_half_unit__mutmut_24(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 1 else result

mutants_x_half_unit__mutmut['_mutmut_orig'] = x_half_unit__mutmut_orig # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_1'] = x_half_unit__mutmut_1 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_2'] = x_half_unit__mutmut_2 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_3'] = x_half_unit__mutmut_3 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_4'] = x_half_unit__mutmut_4 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_5'] = x_half_unit__mutmut_5 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_6'] = x_half_unit__mutmut_6 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_7'] = x_half_unit__mutmut_7 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_8'] = x_half_unit__mutmut_8 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_9'] = x_half_unit__mutmut_9 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_10'] = x_half_unit__mutmut_10 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_11'] = x_half_unit__mutmut_11 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_12'] = x_half_unit__mutmut_12 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_13'] = x_half_unit__mutmut_13 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_14'] = x_half_unit__mutmut_14 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_15'] = x_half_unit__mutmut_15 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_16'] = x_half_unit__mutmut_16 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_17'] = x_half_unit__mutmut_17 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_18'] = x_half_unit__mutmut_18 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_19'] = x_half_unit__mutmut_19 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_20'] = x_half_unit__mutmut_20 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_21'] = x_half_unit__mutmut_21 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_22'] = x_half_unit__mutmut_22 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_23'] = x_half_unit__mutmut_23 # type: ignore # mutmut generated
mutants_x_half_unit__mutmut['x_half_unit__mutmut_24'] = x_half_unit__mutmut_24 # type: ignore # mutmut generated
mutants_x_sum_band__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sum_band__mutmut)
def sum_band(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(list(decimals_list), dtype=int)
    if d.size == 0:
        return 0.0
    return float(np.sum(half_unit(d)))


def x_sum_band__mutmut_orig(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(list(decimals_list), dtype=int)
    if d.size == 0:
        return 0.0
    return float(np.sum(half_unit(d)))


def x_sum_band__mutmut_1(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = None
    if d.size == 0:
        return 0.0
    return float(np.sum(half_unit(d)))


def x_sum_band__mutmut_2(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(None, dtype=int)
    if d.size == 0:
        return 0.0
    return float(np.sum(half_unit(d)))


def x_sum_band__mutmut_3(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(list(decimals_list), dtype=None)
    if d.size == 0:
        return 0.0
    return float(np.sum(half_unit(d)))


def x_sum_band__mutmut_4(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(dtype=int)
    if d.size == 0:
        return 0.0
    return float(np.sum(half_unit(d)))


def x_sum_band__mutmut_5(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(list(decimals_list), )
    if d.size == 0:
        return 0.0
    return float(np.sum(half_unit(d)))


def x_sum_band__mutmut_6(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(list(None), dtype=int)
    if d.size == 0:
        return 0.0
    return float(np.sum(half_unit(d)))


def x_sum_band__mutmut_7(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(list(decimals_list), dtype=int)
    if d.size != 0:
        return 0.0
    return float(np.sum(half_unit(d)))


def x_sum_band__mutmut_8(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(list(decimals_list), dtype=int)
    if d.size == 1:
        return 0.0
    return float(np.sum(half_unit(d)))


def x_sum_band__mutmut_9(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(list(decimals_list), dtype=int)
    if d.size == 0:
        return 1.0
    return float(np.sum(half_unit(d)))


def x_sum_band__mutmut_10(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(list(decimals_list), dtype=int)
    if d.size == 0:
        return 0.0
    return float(None)


def x_sum_band__mutmut_11(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(list(decimals_list), dtype=int)
    if d.size == 0:
        return 0.0
    return float(np.sum(None))


def x_sum_band__mutmut_12(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(list(decimals_list), dtype=int)
    if d.size == 0:
        return 0.0
    return float(np.sum(half_unit(None)))

mutants_x_sum_band__mutmut['_mutmut_orig'] = x_sum_band__mutmut_orig # type: ignore # mutmut generated
mutants_x_sum_band__mutmut['x_sum_band__mutmut_1'] = x_sum_band__mutmut_1 # type: ignore # mutmut generated
mutants_x_sum_band__mutmut['x_sum_band__mutmut_2'] = x_sum_band__mutmut_2 # type: ignore # mutmut generated
mutants_x_sum_band__mutmut['x_sum_band__mutmut_3'] = x_sum_band__mutmut_3 # type: ignore # mutmut generated
mutants_x_sum_band__mutmut['x_sum_band__mutmut_4'] = x_sum_band__mutmut_4 # type: ignore # mutmut generated
mutants_x_sum_band__mutmut['x_sum_band__mutmut_5'] = x_sum_band__mutmut_5 # type: ignore # mutmut generated
mutants_x_sum_band__mutmut['x_sum_band__mutmut_6'] = x_sum_band__mutmut_6 # type: ignore # mutmut generated
mutants_x_sum_band__mutmut['x_sum_band__mutmut_7'] = x_sum_band__mutmut_7 # type: ignore # mutmut generated
mutants_x_sum_band__mutmut['x_sum_band__mutmut_8'] = x_sum_band__mutmut_8 # type: ignore # mutmut generated
mutants_x_sum_band__mutmut['x_sum_band__mutmut_9'] = x_sum_band__mutmut_9 # type: ignore # mutmut generated
mutants_x_sum_band__mutmut['x_sum_band__mutmut_10'] = x_sum_band__mutmut_10 # type: ignore # mutmut generated
mutants_x_sum_band__mutmut['x_sum_band__mutmut_11'] = x_sum_band__mutmut_11 # type: ignore # mutmut generated
mutants_x_sum_band__mutmut['x_sum_band__mutmut_12'] = x_sum_band__mutmut_12 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sum_consistent__mutmut)
def sum_consistent(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_orig(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_1(printed: Iterable[str], expected: float = 101.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_2(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = None
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_3(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(None)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_4(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = None
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_5(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(None)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_6(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(None) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_7(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = None
    return SumCheck(total, band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_8(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band(None)
    return SumCheck(total, band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_9(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(None) for text in texts])
    return SumCheck(total, band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_10(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(None, band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_11(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, None, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_12(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, None)


def x_sum_consistent__mutmut_13(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(band, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_14(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, abs(total - expected) <= band + epsilon)


def x_sum_consistent__mutmut_15(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, )


def x_sum_consistent__mutmut_16(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(None) <= band + epsilon)


def x_sum_consistent__mutmut_17(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(total + expected) <= band + epsilon)


def x_sum_consistent__mutmut_18(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(total - expected) < band + epsilon)


def x_sum_consistent__mutmut_19(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(total - expected) <= band - epsilon)

mutants_x_sum_consistent__mutmut['_mutmut_orig'] = x_sum_consistent__mutmut_orig # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_1'] = x_sum_consistent__mutmut_1 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_2'] = x_sum_consistent__mutmut_2 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_3'] = x_sum_consistent__mutmut_3 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_4'] = x_sum_consistent__mutmut_4 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_5'] = x_sum_consistent__mutmut_5 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_6'] = x_sum_consistent__mutmut_6 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_7'] = x_sum_consistent__mutmut_7 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_8'] = x_sum_consistent__mutmut_8 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_9'] = x_sum_consistent__mutmut_9 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_10'] = x_sum_consistent__mutmut_10 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_11'] = x_sum_consistent__mutmut_11 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_12'] = x_sum_consistent__mutmut_12 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_13'] = x_sum_consistent__mutmut_13 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_14'] = x_sum_consistent__mutmut_14 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_15'] = x_sum_consistent__mutmut_15 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_16'] = x_sum_consistent__mutmut_16 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_17'] = x_sum_consistent__mutmut_17 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_18'] = x_sum_consistent__mutmut_18 # type: ignore # mutmut generated
mutants_x_sum_consistent__mutmut['x_sum_consistent__mutmut_19'] = x_sum_consistent__mutmut_19 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_percent_matches__mutmut)
def percent_matches(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_orig(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_1(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base < 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_2(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 1:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_3(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(None)
    exact = count / base * 100
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_4(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = None
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_5(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base / 100
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_6(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count * base * 100
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_7(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 101
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_8(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = None
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_9(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = float(None)
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_10(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = float(half_unit(None))
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_11(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = float(half_unit(decimals_of(None)))
    return abs(exact - parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_12(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(None) <= tolerance + epsilon


def x_percent_matches__mutmut_13(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact + parse_number(printed_text)) <= tolerance + epsilon


def x_percent_matches__mutmut_14(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact - parse_number(None)) <= tolerance + epsilon


def x_percent_matches__mutmut_15(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact - parse_number(printed_text)) < tolerance + epsilon


def x_percent_matches__mutmut_16(count: float, base: float, printed_text: str, epsilon: float = EPSILON) -> bool:
    """Is the printed percent count / base * 100, rounded to the printed decimals?

    True when |count / base * 100 - printed| <= half unit + epsilon. The boundary itself is
    accepted, so both round-half-up and round-half-even printings pass.
    """
    if base <= 0:
        raise ValueError(f"base must be positive, got {base}")
    exact = count / base * 100
    tolerance = float(half_unit(decimals_of(printed_text)))
    return abs(exact - parse_number(printed_text)) <= tolerance - epsilon

mutants_x_percent_matches__mutmut['_mutmut_orig'] = x_percent_matches__mutmut_orig # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_1'] = x_percent_matches__mutmut_1 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_2'] = x_percent_matches__mutmut_2 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_3'] = x_percent_matches__mutmut_3 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_4'] = x_percent_matches__mutmut_4 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_5'] = x_percent_matches__mutmut_5 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_6'] = x_percent_matches__mutmut_6 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_7'] = x_percent_matches__mutmut_7 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_8'] = x_percent_matches__mutmut_8 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_9'] = x_percent_matches__mutmut_9 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_10'] = x_percent_matches__mutmut_10 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_11'] = x_percent_matches__mutmut_11 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_12'] = x_percent_matches__mutmut_12 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_13'] = x_percent_matches__mutmut_13 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_14'] = x_percent_matches__mutmut_14 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_15'] = x_percent_matches__mutmut_15 # type: ignore # mutmut generated
mutants_x_percent_matches__mutmut['x_percent_matches__mutmut_16'] = x_percent_matches__mutmut_16 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_percent_matches_many__mutmut)
def percent_matches_many(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_orig(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_1(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = None
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_2(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(None, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_3(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=None)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_4(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_5(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, )
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_6(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = None
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_7(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(None, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_8(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=None)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_9(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_10(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, )
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_11(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = None
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_12(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(None, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_13(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=None)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_14(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_15(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, )
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_16(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = None
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_17(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(None)
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_18(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(None))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_19(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(None, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_20(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=None)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_21(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_22(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, )))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_23(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide=None, invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_24(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid=None):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_25(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_26(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", ):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_27(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="XXignoreXX", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_28(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="IGNORE", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_29(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="XXignoreXX"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_30(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="IGNORE"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_31(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = None
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_32(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr / 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_33(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr * base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_34(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 101
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_35(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = None
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_36(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(None) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_37(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact + value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_38(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) < tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_39(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance - epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_40(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(None, dtype=bool)


def x_percent_matches_many__mutmut_41(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), dtype=None)


def x_percent_matches_many__mutmut_42(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(dtype=bool)


def x_percent_matches_many__mutmut_43(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(exact), )


def x_percent_matches_many__mutmut_44(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) | np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_45(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok | (base_arr > 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_46(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr >= 0) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_47(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 1) & np.isfinite(exact), dtype=bool)


def x_percent_matches_many__mutmut_48(
    counts: npt.ArrayLike,
    bases: npt.ArrayLike,
    printed_values: npt.ArrayLike,
    decimals: npt.ArrayLike,
    epsilon: float = EPSILON,
) -> npt.NDArray[np.bool_]:
    """Vectorised `percent_matches`: arrays of counts, bases, printed values (as numbers) and
    their printed decimals (from `decimals_of`), broadcast together. A non-positive base or a
    missing value gives False."""
    count_arr = np.asarray(counts, dtype=float)
    base_arr = np.asarray(bases, dtype=float)
    value_arr = np.asarray(printed_values, dtype=float)
    tolerance = np.asarray(half_unit(np.asarray(decimals, dtype=int)))
    with np.errstate(divide="ignore", invalid="ignore"):
        exact = count_arr / base_arr * 100
        ok = np.abs(exact - value_arr) <= tolerance + epsilon
    return np.asarray(ok & (base_arr > 0) & np.isfinite(None), dtype=bool)

mutants_x_percent_matches_many__mutmut['_mutmut_orig'] = x_percent_matches_many__mutmut_orig # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_1'] = x_percent_matches_many__mutmut_1 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_2'] = x_percent_matches_many__mutmut_2 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_3'] = x_percent_matches_many__mutmut_3 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_4'] = x_percent_matches_many__mutmut_4 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_5'] = x_percent_matches_many__mutmut_5 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_6'] = x_percent_matches_many__mutmut_6 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_7'] = x_percent_matches_many__mutmut_7 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_8'] = x_percent_matches_many__mutmut_8 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_9'] = x_percent_matches_many__mutmut_9 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_10'] = x_percent_matches_many__mutmut_10 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_11'] = x_percent_matches_many__mutmut_11 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_12'] = x_percent_matches_many__mutmut_12 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_13'] = x_percent_matches_many__mutmut_13 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_14'] = x_percent_matches_many__mutmut_14 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_15'] = x_percent_matches_many__mutmut_15 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_16'] = x_percent_matches_many__mutmut_16 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_17'] = x_percent_matches_many__mutmut_17 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_18'] = x_percent_matches_many__mutmut_18 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_19'] = x_percent_matches_many__mutmut_19 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_20'] = x_percent_matches_many__mutmut_20 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_21'] = x_percent_matches_many__mutmut_21 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_22'] = x_percent_matches_many__mutmut_22 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_23'] = x_percent_matches_many__mutmut_23 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_24'] = x_percent_matches_many__mutmut_24 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_25'] = x_percent_matches_many__mutmut_25 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_26'] = x_percent_matches_many__mutmut_26 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_27'] = x_percent_matches_many__mutmut_27 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_28'] = x_percent_matches_many__mutmut_28 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_29'] = x_percent_matches_many__mutmut_29 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_30'] = x_percent_matches_many__mutmut_30 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_31'] = x_percent_matches_many__mutmut_31 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_32'] = x_percent_matches_many__mutmut_32 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_33'] = x_percent_matches_many__mutmut_33 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_34'] = x_percent_matches_many__mutmut_34 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_35'] = x_percent_matches_many__mutmut_35 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_36'] = x_percent_matches_many__mutmut_36 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_37'] = x_percent_matches_many__mutmut_37 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_38'] = x_percent_matches_many__mutmut_38 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_39'] = x_percent_matches_many__mutmut_39 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_40'] = x_percent_matches_many__mutmut_40 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_41'] = x_percent_matches_many__mutmut_41 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_42'] = x_percent_matches_many__mutmut_42 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_43'] = x_percent_matches_many__mutmut_43 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_44'] = x_percent_matches_many__mutmut_44 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_45'] = x_percent_matches_many__mutmut_45 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_46'] = x_percent_matches_many__mutmut_46 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_47'] = x_percent_matches_many__mutmut_47 # type: ignore # mutmut generated
mutants_x_percent_matches_many__mutmut['x_percent_matches_many__mutmut_48'] = x_percent_matches_many__mutmut_48 # type: ignore # mutmut generated
mutants_x__clean__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__clean__mutmut)
def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("", text)
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_orig(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("", text)
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_1(text: str) -> str:
    if isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("", text)
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_2(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(None)
    cleaned = _SPACES.sub("", text)
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_3(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = None
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_4(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub(None, text)
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_5(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("", None)
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_6(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub(text)
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_7(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("", )
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_8(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("XXXX", text)
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_9(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("", text)
    match = None
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_10(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("", text)
    match = _NUMBER.match(None)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_11(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("", text)
    match = _NUMBER.match(cleaned)
    if match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)


def x__clean__mutmut_12(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("", text)
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(None)
    return match.group(1)


def x__clean__mutmut_13(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("", text)
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(None)


def x__clean__mutmut_14(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("", text)
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(2)

mutants_x__clean__mutmut['_mutmut_orig'] = x__clean__mutmut_orig # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_1'] = x__clean__mutmut_1 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_2'] = x__clean__mutmut_2 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_3'] = x__clean__mutmut_3 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_4'] = x__clean__mutmut_4 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_5'] = x__clean__mutmut_5 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_6'] = x__clean__mutmut_6 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_7'] = x__clean__mutmut_7 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_8'] = x__clean__mutmut_8 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_9'] = x__clean__mutmut_9 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_10'] = x__clean__mutmut_10 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_11'] = x__clean__mutmut_11 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_12'] = x__clean__mutmut_12 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_13'] = x__clean__mutmut_13 # type: ignore # mutmut generated
mutants_x__clean__mutmut['x__clean__mutmut_14'] = x__clean__mutmut_14 # type: ignore # mutmut generated
