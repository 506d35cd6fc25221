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


class SumCheck(NamedTuple):
    """Result of `sum_consistent`: the sum of the printed values, the rounding band (the
    largest deviation rounding alone can cause), and whether |sum - expected| is within it."""

    printed_sum: float
    band: float
    consistent: bool


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


def parse_number(text: str) -> float:
    """The value of a printed number, read with the same separator rules as `decimals_of`."""
    cleaned = _clean(text)
    sign = -1.0 if text.strip()[:1] in ("-", "\u2212") else 1.0
    decimals = decimals_of(text)
    digits = re.sub(r"[.,]", "", cleaned)
    if decimals == 0:
        return sign * float(digits)
    return sign * float(digits[:-decimals] + "." + digits[-decimals:])


def half_unit(decimals: int | npt.ArrayLike) -> Number:
    """Half a unit of the last printed digit: 0.5 * 10^-decimals (1 -> 0.05, 2 -> 0.005)."""
    d = np.asarray(decimals)
    if not np.issubdtype(d.dtype, np.integer) or np.any(d < 0):
        raise ValueError(f"decimals must be non-negative integers, got {decimals!r}")
    result = 0.5 * 10.0 ** (-d.astype(float))
    return float(result) if result.ndim == 0 else result


def sum_band(decimals_list: Iterable[int]) -> float:
    """The most by which a sum of printed figures can differ from the sum of the true values:
    the sum of their half units (k figures at 2 decimals: k * 0.005; one at 1 decimal: 0.05)."""
    d = np.asarray(list(decimals_list), dtype=int)
    if d.size == 0:
        return 0.0
    return float(np.sum(half_unit(d)))


def sum_consistent(printed: Iterable[str], expected: float = 100.0, epsilon: float = EPSILON) -> SumCheck:
    """Can printed figures be roundings of values that sum to `expected` (100 for shares)?"""
    texts = list(printed)
    total = sum(parse_number(text) for text in texts)
    band = sum_band([decimals_of(text) for text in texts])
    return SumCheck(total, band, abs(total - expected) <= band + epsilon)


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


def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected the figure as printed (text), got {text!r}")
    cleaned = _SPACES.sub("", text)
    match = _NUMBER.match(cleaned)
    if not match:
        raise ValueError(f"not a printed number: {text!r}")
    return match.group(1)
