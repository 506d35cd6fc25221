"""A figure as a source printed it: its value, the precision it was printed at, and the unit word it carried.

Why: a count printed "5.5 million" or "206 тысяч" stands for any count within half a unit of its last digit at that
scale (5,450,000 to 5,550,000), exactly as "8.9" stands for 8.85 to 8.95. Keeping the scale beside the decimals is
what lets a check judge such a printing at the precision it was printed, never as the exact count 5,500,000.

Pure Python: no pandas, no kzcheck imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EPSILON = 1e-9

# unit words outlets print after a number, folded to lower case, with the factor they stand for
_UNITS: tuple[tuple[str, float], ...] = (
    ("million", 1e6),
    ("mln", 1e6),
    ("m", 1e6),
    ("миллиона", 1e6),
    ("миллионов", 1e6),
    ("миллион", 1e6),
    ("млн", 1e6),
    ("миллиард", 1e9),
    ("thousand", 1e3),
    ("k", 1e3),
    ("тысячи", 1e3),
    ("тысяч", 1e3),
    ("тысяча", 1e3),
    ("тыс", 1e3),
    ("мың", 1e3),
)
_UNIT_WORD = re.compile(
    r"^\s*(?P<number>[+-]?[\d\s\u00a0\u202f\u2009.,]*\d)\s*(?P<unit>[^\d\s.,]+)\.?\s*$",
)
_GROUP_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")


def split_unit(text: str) -> tuple[str, float] | None:
    """`"5.5 million"` -> ("5.5", 1e6); `"206 тысяч"` -> ("206", 1e3); None when the text carries no known unit word.

    The number part keeps its decimal separator as printed ("5,5 млн" -> "5,5"); group spaces are removed.
    """
    m = _UNIT_WORD.match(text)
    if not m:
        return None
    unit = m.group("unit").casefold()  # the pattern leaves a trailing "." out of the unit group
    factor = dict(_UNITS).get(unit)
    if factor is None:
        return None
    return _GROUP_SPACES.sub("", m.group("number")), factor


@dataclass(frozen=True)
class Printed:
    """One printed figure: `value` in plain units (5.5 million -> 5,500,000), `decimals` printed after the point of
    the number as written, `scale` the factor of its unit word (1 when none), and the text as printed. `whole` marks a
    count of things (votes, voters, stations, seats): printed in full it is exact, not a rounding."""

    value: float
    decimals: int = 0
    scale: float = 1.0
    text: str = ""
    whole: bool = False

    @property
    def unit(self) -> float:
        """One unit of the last printed digit, in plain units: 0.01 for "53.46", 100,000 for "5.5 million"."""
        return self.scale * 10.0 ** (-self.decimals)

    @property
    def half(self) -> float:
        """Half a unit: how far the true figure may lie from the printed one (none for a count printed in full)."""
        return 0.0 if self.whole and self.scale == 1 and self.decimals == 0 else self.unit / 2

    @property
    def mantissa(self) -> float:
        """The number as written before its unit word (5.5 for "5.5 million")."""
        return self.value / self.scale

    def digits(self) -> str:
        """The printed digits, without sign, separators or point: "42.91" -> "4291", "244 тысячи" -> "244"."""
        return f"{abs(self.mantissa):.{self.decimals}f}".replace(".", "")

    def label(self) -> str:
        return self.text or f"{self.mantissa:.{self.decimals}f}" + (f" × {self.scale:g}" if self.scale != 1 else "")


def exact(value: float) -> Printed:
    """A derived value (a ratio of counts) as a printing with no rounding of its own."""
    return Printed(value, decimals=12, text=f"{value:.4f}".rstrip("0").rstrip("."))


def same(value: float, reference: float) -> bool:
    """Whether two values are one number (8.9 and 8.90), up to floating-point noise relative to the reference."""
    return abs(value - reference) <= EPSILON * max(1.0, abs(reference))


def match(printed: Printed, reference: Printed) -> str | None:
    """How `printed` can stand for `reference`: "same" (the same number, 8.9 and 8.90), "rounding" (the two
    printings' rounding intervals overlap: 71.1 for 71.12), "truncation" (cut at the printed digit rather than
    rounded: 9.83 for 9.839, 63 for 63.66, 5.5 million for 5,561,937), or None."""
    p, r = printed.value, reference.value
    if same(p, r):
        return "same"
    if abs(p - r) <= printed.half + reference.half + EPSILON * max(1.0, abs(r)):
        return "rounding"
    coarser = printed.half > reference.half and (p >= 0) == (r >= 0)
    if coarser and abs(p) <= abs(r) + EPSILON and abs(r) < abs(p) + printed.unit - EPSILON:
        return "truncation"
    return None


def digit_pattern(printed: Printed, reference: Printed) -> str | None:
    """The slip of the pen that turns the reference's digits into the printed ones, if one does: "digits transposed"
    (the same digits in another order), "digit doubled", "digit dropped", "digit added", "one digit differs", or
    "digits transposed and one digit differs". Digits are compared as printed (6.5 against 6.25 is a dropped digit),
    then with the reference written at the printing's precision and scale (244 тысячи against 24,000 is a doubled
    digit)."""
    mine = printed.digits()
    theirs = [reference.digits(), _at(reference.value, printed)]
    for other in dict.fromkeys(theirs):
        found = _pattern(mine, other)
        if found:
            return found
    return None


def _at(value: float, like: Printed) -> str:
    return f"{abs(value / like.scale):.{like.decimals}f}".replace(".", "")


def _pattern(mine: str, other: str) -> str | None:
    if mine == other:  # digits() and _at() always hold at least one digit
        return None
    if len(mine) == len(other):
        differ = [i for i, (a, b) in enumerate(zip(mine, other, strict=True)) if a != b]
        if sorted(mine) == sorted(other):
            return "digits transposed"
        if len(differ) == 1:
            return "one digit differs"
        if _one_off_multiset(mine, other):
            return "digits transposed and one digit differs"
        return None
    if len(mine) == len(other) + 1:
        for i in range(len(mine)):
            if mine[:i] + mine[i + 1 :] == other:
                # the first i that works is the first of equal neighbours, so only the next digit can be its double
                near = i + 1 < len(mine) and mine[i + 1] == mine[i]
                return "digit doubled" if near else "digit added"
    if len(mine) + 1 == len(other):
        for i in range(len(other)):
            if other[:i] + other[i + 1 :] == mine:
                return "digit dropped"
    return None


def _one_off_multiset(a: str, b: str) -> bool:
    """Whether the digits of `a` and `b`, strings of one length, differ as multisets by exactly one digit swapped for
    another: `b`'s digits left unmatched by `a`'s are as many as `a`'s left unmatched by `b`'s."""
    rest = list(b)
    for ch in a:
        if ch in rest:
            rest.remove(ch)
    return len(rest) == 1
