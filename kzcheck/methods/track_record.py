"""A pollster's record across votes: error relative to the other pollsters of a vote, house effect, how much evidence.

Why: one vote says how close a poll came; only several say whether a pollster is good or leans. Two ideas carry it:
- Relative error, after FiveThirtyEight's "plus-minus" (Silver 2014): a poll's error minus the mean error of the
  other pollsters' polls of the same vote, so a vote every pollster found hard does not count against one of them.
  Negative: better than the field.
- House effect: the mean signed error on one side (an option family, e.g. the ruling party) over the votes a pollster
  polled, with the standard error of that mean and a Student t interval, because the votes are few. With one vote there
  is no spread to estimate, so no uncertainty; with two the interval is so wide (t = 12.71) that it says almost nothing.

Units: errors and house effects are percentage points (poll minus official). Pure: numbers in, numbers out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from statistics import NormalDist

# Student t quantiles t(0.975; df) for df = 1..30 (standard tables, e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
_T975 = (
    12.706,
    4.303,
    3.182,
    2.776,
    2.571,
    2.447,
    2.365,
    2.306,
    2.262,
    2.228,
    2.201,
    2.179,
    2.160,
    2.145,
    2.131,
    2.120,
    2.110,
    2.101,
    2.093,
    2.086,
    2.080,
    2.074,
    2.069,
    2.064,
    2.060,
    2.056,
    2.052,
    2.048,
    2.045,
    2.042,
)
# Fewer scored votes than this are "not a track record"; from this many to RECORD - 1 a "short record".
SHORT_RECORD, RECORD = 3, 10


def t_quantile(df: int, level: float = 0.95) -> float:
    """The two-sided Student t critical value for `df` degrees of freedom.

    At level 0.95 and df <= 30 from the standard table; otherwise the Cornish-Fisher expansion around the normal
    quantile z: t = z + (z^3 + z) / (4 df) + (5 z^5 + 16 z^3 + 3 z) / (96 df^2) (Abramowitz and Stegun 26.7.5).
    """
    if df < 1:
        raise ValueError("a t quantile needs at least one degree of freedom")
    if not 0 < level < 1:
        raise ValueError("level must lie strictly between 0 and 1")
    if math.isclose(level, 0.95) and df <= len(_T975):
        return _T975[df - 1]
    z = NormalDist().inv_cdf(0.5 + level / 2)
    return z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)


def plus_minus(error: float, others: Sequence[float]) -> float | None:
    """The poll's error minus the mean error of the other polls of the same vote; None when no other poll was scored.

    Both are the same kind of error (absolute error on the margin, or M3): the result is in their unit.
    """
    if not others:
        return None
    return error - sum(others) / len(others)


@dataclass(frozen=True)
class HouseEffect:
    """The mean signed error of one pollster on one side over n votes, and how sure that mean is.

    sd is the sample standard deviation (n - 1 in the denominator), se = sd / sqrt(n), and [low, high] the two-sided
    Student t interval mean ± t(level; n - 1) · se. With n = 1 there is no spread to estimate: sd, se, low, high
    are None.
    """

    n: int
    mean: float
    sd: float | None
    se: float | None
    low: float | None
    high: float | None
    level: float

    @property
    def excludes_zero(self) -> bool:
        """Whether the interval lies wholly on one side of zero (a lean the votes alone cannot explain)."""
        return self.low is not None and self.high is not None and (self.low > 0 or self.high < 0)


def house_effect(errors: Sequence[float], level: float = 0.95) -> HouseEffect:
    """Mean signed error with its standard error and Student t interval (errors: one per vote, poll - official)."""
    n = len(errors)
    if n == 0:
        raise ValueError("a house effect needs at least one vote")
    mean = sum(errors) / n
    if n == 1:
        return HouseEffect(1, mean, None, None, None, None, level)
    sd = math.sqrt(sum((e - mean) ** 2 for e in errors) / (n - 1))
    se = sd / math.sqrt(n)
    half = t_quantile(n - 1, level) * se
    return HouseEffect(n, mean, sd, se, mean - half, mean + half, level)


class Evidence(StrEnum):
    """How much a number of scored votes can say about a pollster."""

    NONE = "none"
    SINGLE = "single vote"
    NOT_A_RECORD = "not a track record"
    SHORT = "short record"
    RECORD = "track record"


def evidence(votes: int) -> Evidence:
    """0: none; 1: a single vote; 2: not a track record; 3-9: a short record; 10 or more: a track record."""
    if votes <= 0:
        return Evidence.NONE
    if votes == 1:
        return Evidence.SINGLE
    if votes < SHORT_RECORD:
        return Evidence.NOT_A_RECORD
    return Evidence.SHORT if votes < RECORD else Evidence.RECORD
