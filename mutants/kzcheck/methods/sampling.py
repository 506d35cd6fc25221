"""Sampling error of a poll share, with a design effect for cluster samples such as exit polls.

Why: a published poll states a share, a sample size and (by Kazakh law) a margin of error. To
say whether two polls disagree, whether a stated margin fits the stated sample, or how far a
poll may fall from the count by chance alone, kzcheck needs the standard error of a share.
Exit polls interview voters in clusters (polling stations), which makes them less precise than
a simple random sample of the same size; the design effect (Kish 1965) measures how much:
deff = variance under the design / variance under simple random sampling, so the sample is
worth n / deff simple-random interviews.

Units: shares are percents (0-100); standard errors, margins and differences are percentage
points. Every function takes floats or numpy arrays (broadcast together) and returns floats for
scalar input, arrays otherwise. Only sampling error is covered: non-response, question wording
and a pollster's own mistakes are not in any of these numbers.
"""

from __future__ import annotations

import math
from statistics import NormalDist
from typing import Literal, NamedTuple, TypeAlias

import numpy as np
import numpy.typing as npt

Number: TypeAlias = float | npt.NDArray[np.float64]
ArrayLike: TypeAlias = float | int | npt.ArrayLike

DEFAULT_EXIT_POLL_DEFF: float = 1.7
"""Design effect assumed for a clustered exit poll whose design is not published.

sqrt(1.7) = 1.30: margins 30% wider than a simple random sample's. The value is a convention
chosen to sit inside the range implied by Edison Research's published exit-poll error table for
the National Election Pool (AP, 2012 general election methodology; see docs/methods.md, where
the derivation and its limits are given). It is not an estimate for any Kazakh poll: with 150
or more interviews per polling station (IEI, SOTSIS-A) Kish's formula 1 + (m - 1) * roh gives
much larger values, so pass a poll's own deff whenever its design allows one to be estimated.
"""

DEFAULT_LEVEL: float = 0.95


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class MarginCheck(NamedTuple):
    """Result of `margin_consistent`.

    implied_moe: the margin (percentage points, share 50%) that n and deff imply.
    consistent: |stated - implied| <= tolerance.
    implied_deff: the design effect that would make the stated margin exact.
    """

    implied_moe: float
    consistent: bool
    implied_deff: float


class TwoProportionTest(NamedTuple):
    """Result of `two_proportion_test`: difference and its standard error in percentage
    points, the z statistic and the two-sided p-value."""

    diff: Number
    se: Number
    z: Number
    p_value: Number
mutants_x_z_value__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_z_value__mutmut)
def z_value(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 0 < level < 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf((1 + level) / 2)


def x_z_value__mutmut_orig(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 0 < level < 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf((1 + level) / 2)


def x_z_value__mutmut_1(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if 0 < level < 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf((1 + level) / 2)


def x_z_value__mutmut_2(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 1 < level < 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf((1 + level) / 2)


def x_z_value__mutmut_3(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 0 <= level < 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf((1 + level) / 2)


def x_z_value__mutmut_4(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 0 < level <= 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf((1 + level) / 2)


def x_z_value__mutmut_5(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 0 < level < 2:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf((1 + level) / 2)


def x_z_value__mutmut_6(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 0 < level < 1:
        raise ValueError(None)
    return NormalDist().inv_cdf((1 + level) / 2)


def x_z_value__mutmut_7(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 0 < level < 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf(None)


def x_z_value__mutmut_8(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 0 < level < 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf((1 + level) * 2)


def x_z_value__mutmut_9(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 0 < level < 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf((1 - level) / 2)


def x_z_value__mutmut_10(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 0 < level < 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf((2 + level) / 2)


def x_z_value__mutmut_11(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 0 < level < 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf((1 + level) / 3)

mutants_x_z_value__mutmut['_mutmut_orig'] = x_z_value__mutmut_orig # type: ignore # mutmut generated
mutants_x_z_value__mutmut['x_z_value__mutmut_1'] = x_z_value__mutmut_1 # type: ignore # mutmut generated
mutants_x_z_value__mutmut['x_z_value__mutmut_2'] = x_z_value__mutmut_2 # type: ignore # mutmut generated
mutants_x_z_value__mutmut['x_z_value__mutmut_3'] = x_z_value__mutmut_3 # type: ignore # mutmut generated
mutants_x_z_value__mutmut['x_z_value__mutmut_4'] = x_z_value__mutmut_4 # type: ignore # mutmut generated
mutants_x_z_value__mutmut['x_z_value__mutmut_5'] = x_z_value__mutmut_5 # type: ignore # mutmut generated
mutants_x_z_value__mutmut['x_z_value__mutmut_6'] = x_z_value__mutmut_6 # type: ignore # mutmut generated
mutants_x_z_value__mutmut['x_z_value__mutmut_7'] = x_z_value__mutmut_7 # type: ignore # mutmut generated
mutants_x_z_value__mutmut['x_z_value__mutmut_8'] = x_z_value__mutmut_8 # type: ignore # mutmut generated
mutants_x_z_value__mutmut['x_z_value__mutmut_9'] = x_z_value__mutmut_9 # type: ignore # mutmut generated
mutants_x_z_value__mutmut['x_z_value__mutmut_10'] = x_z_value__mutmut_10 # type: ignore # mutmut generated
mutants_x_z_value__mutmut['x_z_value__mutmut_11'] = x_z_value__mutmut_11 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_effective_n__mutmut)
def effective_n(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "n"), _positive(deff, "deff")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_orig(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "n"), _positive(deff, "deff")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_1(n: ArrayLike, deff: ArrayLike = 2.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "n"), _positive(deff, "deff")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_2(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = None
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_3(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(None, "n"), _positive(deff, "deff")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_4(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, None), _positive(deff, "deff")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_5(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive("n"), _positive(deff, "deff")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_6(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, ), _positive(deff, "deff")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_7(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "XXnXX"), _positive(deff, "deff")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_8(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "N"), _positive(deff, "deff")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_9(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "n"), _positive(None, "deff")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_10(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "n"), _positive(deff, None)
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_11(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "n"), _positive("deff")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_12(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "n"), _positive(deff, )
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_13(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "n"), _positive(deff, "XXdeffXX")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_14(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "n"), _positive(deff, "DEFF")
    return _out(n_arr / deff_arr)


def x_effective_n__mutmut_15(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "n"), _positive(deff, "deff")
    return _out(None)


def x_effective_n__mutmut_16(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "n"), _positive(deff, "deff")
    return _out(n_arr * deff_arr)

mutants_x_effective_n__mutmut['_mutmut_orig'] = x_effective_n__mutmut_orig # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_1'] = x_effective_n__mutmut_1 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_2'] = x_effective_n__mutmut_2 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_3'] = x_effective_n__mutmut_3 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_4'] = x_effective_n__mutmut_4 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_5'] = x_effective_n__mutmut_5 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_6'] = x_effective_n__mutmut_6 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_7'] = x_effective_n__mutmut_7 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_8'] = x_effective_n__mutmut_8 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_9'] = x_effective_n__mutmut_9 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_10'] = x_effective_n__mutmut_10 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_11'] = x_effective_n__mutmut_11 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_12'] = x_effective_n__mutmut_12 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_13'] = x_effective_n__mutmut_13 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_14'] = x_effective_n__mutmut_14 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_15'] = x_effective_n__mutmut_15 # type: ignore # mutmut generated
mutants_x_effective_n__mutmut['x_effective_n__mutmut_16'] = x_effective_n__mutmut_16 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_standard_error__mutmut)
def standard_error(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_orig(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_1(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 2.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_2(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = None
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_3(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(None)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_4(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = None
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_5(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") * _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_6(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(None, "n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_7(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, None) / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_8(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive("n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_9(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, ) / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_10(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "XXnXX") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_11(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "N") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_12(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(None, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_13(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, None)
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_14(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive("deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_15(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, )
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_16(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "XXdeffXX")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_17(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "DEFF")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_18(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(None)


def x_standard_error__mutmut_19(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(100 / np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_20(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(101 * np.sqrt(p * (1 - p) / n_eff))


def x_standard_error__mutmut_21(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(None))


def x_standard_error__mutmut_22(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) * n_eff))


def x_standard_error__mutmut_23(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p / (1 - p) / n_eff))


def x_standard_error__mutmut_24(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 + p) / n_eff))


def x_standard_error__mutmut_25(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (2 - p) / n_eff))

mutants_x_standard_error__mutmut['_mutmut_orig'] = x_standard_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_1'] = x_standard_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_2'] = x_standard_error__mutmut_2 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_3'] = x_standard_error__mutmut_3 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_4'] = x_standard_error__mutmut_4 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_5'] = x_standard_error__mutmut_5 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_6'] = x_standard_error__mutmut_6 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_7'] = x_standard_error__mutmut_7 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_8'] = x_standard_error__mutmut_8 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_9'] = x_standard_error__mutmut_9 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_10'] = x_standard_error__mutmut_10 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_11'] = x_standard_error__mutmut_11 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_12'] = x_standard_error__mutmut_12 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_13'] = x_standard_error__mutmut_13 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_14'] = x_standard_error__mutmut_14 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_15'] = x_standard_error__mutmut_15 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_16'] = x_standard_error__mutmut_16 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_17'] = x_standard_error__mutmut_17 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_18'] = x_standard_error__mutmut_18 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_19'] = x_standard_error__mutmut_19 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_20'] = x_standard_error__mutmut_20 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_21'] = x_standard_error__mutmut_21 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_22'] = x_standard_error__mutmut_22 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_23'] = x_standard_error__mutmut_23 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_24'] = x_standard_error__mutmut_24 # type: ignore # mutmut generated
mutants_x_standard_error__mutmut['x_standard_error__mutmut_25'] = x_standard_error__mutmut_25 # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_margin_of_error__mutmut)
def margin_of_error(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(level) * np.asarray(standard_error(share, n, deff)))


def x_margin_of_error__mutmut_orig(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(level) * np.asarray(standard_error(share, n, deff)))


def x_margin_of_error__mutmut_1(
    n: ArrayLike,
    deff: ArrayLike = 2.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(level) * np.asarray(standard_error(share, n, deff)))


def x_margin_of_error__mutmut_2(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 51.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(level) * np.asarray(standard_error(share, n, deff)))


def x_margin_of_error__mutmut_3(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(None)


def x_margin_of_error__mutmut_4(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(level) / np.asarray(standard_error(share, n, deff)))


def x_margin_of_error__mutmut_5(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(None) * np.asarray(standard_error(share, n, deff)))


def x_margin_of_error__mutmut_6(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(level) * np.asarray(None))


def x_margin_of_error__mutmut_7(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(level) * np.asarray(standard_error(None, n, deff)))


def x_margin_of_error__mutmut_8(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(level) * np.asarray(standard_error(share, None, deff)))


def x_margin_of_error__mutmut_9(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(level) * np.asarray(standard_error(share, n, None)))


def x_margin_of_error__mutmut_10(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(level) * np.asarray(standard_error(n, deff)))


def x_margin_of_error__mutmut_11(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(level) * np.asarray(standard_error(share, deff)))


def x_margin_of_error__mutmut_12(
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    share: ArrayLike = 50.0,
) -> Number:
    """Margin of error in percentage points: z * standard error, by default at a 50% share.

    A single margin printed for a whole poll conventionally means the widest one, at 50%.
    """
    return _out(z_value(level) * np.asarray(standard_error(share, n, )))

mutants_x_margin_of_error__mutmut['_mutmut_orig'] = x_margin_of_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut['x_margin_of_error__mutmut_1'] = x_margin_of_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut['x_margin_of_error__mutmut_2'] = x_margin_of_error__mutmut_2 # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut['x_margin_of_error__mutmut_3'] = x_margin_of_error__mutmut_3 # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut['x_margin_of_error__mutmut_4'] = x_margin_of_error__mutmut_4 # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut['x_margin_of_error__mutmut_5'] = x_margin_of_error__mutmut_5 # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut['x_margin_of_error__mutmut_6'] = x_margin_of_error__mutmut_6 # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut['x_margin_of_error__mutmut_7'] = x_margin_of_error__mutmut_7 # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut['x_margin_of_error__mutmut_8'] = x_margin_of_error__mutmut_8 # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut['x_margin_of_error__mutmut_9'] = x_margin_of_error__mutmut_9 # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut['x_margin_of_error__mutmut_10'] = x_margin_of_error__mutmut_10 # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut['x_margin_of_error__mutmut_11'] = x_margin_of_error__mutmut_11 # type: ignore # mutmut generated
mutants_x_margin_of_error__mutmut['x_margin_of_error__mutmut_12'] = x_margin_of_error__mutmut_12 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_confidence_interval__mutmut)
def confidence_interval(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_orig(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_1(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 2.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_2(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "XXnormalXX",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_3(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "NORMAL",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_4(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = None
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_5(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(None)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_6(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = None
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_7(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") * _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_8(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(None, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_9(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, None) / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_10(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive("n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_11(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, ) / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_12(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "XXnXX") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_13(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "N") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_14(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(None, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_15(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, None)
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_16(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive("deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_17(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, )
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_18(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "XXdeffXX")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_19(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "DEFF")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_20(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = None
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_21(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(None)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_22(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method != "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_23(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "XXnormalXX":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_24(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "NORMAL":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_25(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = None
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_26(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z / np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_27(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(None)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_28(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) * n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_29(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p / (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_30(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 + p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_31(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (2 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_32(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(None), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_33(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 / (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_34(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(101 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_35(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p + half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_36(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(None)
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_37(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 / (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_38(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(101 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_39(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p - half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_40(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method != "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_41(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "XXwilsonXX":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_42(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "WILSON":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_43(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = None
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_44(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z / z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_45(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = None
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_46(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 - z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_47(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 2 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_48(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 * n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_49(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = None
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_50(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) * denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_51(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p - z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_52(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 * (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_53(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 / n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_54(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (3 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_55(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = None
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_56(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator / np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_57(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z * denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_58(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(None)
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_59(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff - z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_60(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) * n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_61(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p / (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_62(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 + p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_63(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (2 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_64(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 * (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_65(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff / n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_66(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 / n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_67(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (5 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_68(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(None), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_69(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 / (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_70(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(101 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_71(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre + half)), _out(100 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_72(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(None)
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_73(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 / (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_74(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(101 * (centre + half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_75(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre - half))
    raise ValueError(f"unknown interval method {method!r}; expected 'normal' or 'wilson'")


def x_confidence_interval__mutmut_76(
    share: ArrayLike,
    n: ArrayLike,
    deff: ArrayLike = 1.0,
    level: float = DEFAULT_LEVEL,
    method: Literal["normal", "wilson"] = "normal",
) -> tuple[Number, Number]:
    """Confidence interval (low, high) for a share, in percent.

    normal: share -/+ z * se (Wald); may leave 0..100 for shares near the ends, and is not
        clipped, so the caller sees that the approximation failed.
    wilson: Wilson (1927) score interval, with n replaced by the effective n / deff; stays in
        0..100 and behaves better for small shares (Brown, Cai and DasGupta 2001).
    """
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    z = z_value(level)
    if method == "normal":
        half = z * np.sqrt(p * (1 - p) / n_eff)
        return _out(100 * (p - half)), _out(100 * (p + half))
    if method == "wilson":
        z2 = z * z
        denominator = 1 + z2 / n_eff
        centre = (p + z2 / (2 * n_eff)) / denominator
        half = z / denominator * np.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
        return _out(100 * (centre - half)), _out(100 * (centre + half))
    raise ValueError(None)

mutants_x_confidence_interval__mutmut['_mutmut_orig'] = x_confidence_interval__mutmut_orig # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_1'] = x_confidence_interval__mutmut_1 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_2'] = x_confidence_interval__mutmut_2 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_3'] = x_confidence_interval__mutmut_3 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_4'] = x_confidence_interval__mutmut_4 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_5'] = x_confidence_interval__mutmut_5 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_6'] = x_confidence_interval__mutmut_6 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_7'] = x_confidence_interval__mutmut_7 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_8'] = x_confidence_interval__mutmut_8 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_9'] = x_confidence_interval__mutmut_9 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_10'] = x_confidence_interval__mutmut_10 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_11'] = x_confidence_interval__mutmut_11 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_12'] = x_confidence_interval__mutmut_12 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_13'] = x_confidence_interval__mutmut_13 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_14'] = x_confidence_interval__mutmut_14 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_15'] = x_confidence_interval__mutmut_15 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_16'] = x_confidence_interval__mutmut_16 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_17'] = x_confidence_interval__mutmut_17 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_18'] = x_confidence_interval__mutmut_18 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_19'] = x_confidence_interval__mutmut_19 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_20'] = x_confidence_interval__mutmut_20 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_21'] = x_confidence_interval__mutmut_21 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_22'] = x_confidence_interval__mutmut_22 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_23'] = x_confidence_interval__mutmut_23 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_24'] = x_confidence_interval__mutmut_24 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_25'] = x_confidence_interval__mutmut_25 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_26'] = x_confidence_interval__mutmut_26 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_27'] = x_confidence_interval__mutmut_27 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_28'] = x_confidence_interval__mutmut_28 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_29'] = x_confidence_interval__mutmut_29 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_30'] = x_confidence_interval__mutmut_30 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_31'] = x_confidence_interval__mutmut_31 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_32'] = x_confidence_interval__mutmut_32 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_33'] = x_confidence_interval__mutmut_33 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_34'] = x_confidence_interval__mutmut_34 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_35'] = x_confidence_interval__mutmut_35 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_36'] = x_confidence_interval__mutmut_36 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_37'] = x_confidence_interval__mutmut_37 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_38'] = x_confidence_interval__mutmut_38 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_39'] = x_confidence_interval__mutmut_39 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_40'] = x_confidence_interval__mutmut_40 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_41'] = x_confidence_interval__mutmut_41 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_42'] = x_confidence_interval__mutmut_42 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_43'] = x_confidence_interval__mutmut_43 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_44'] = x_confidence_interval__mutmut_44 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_45'] = x_confidence_interval__mutmut_45 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_46'] = x_confidence_interval__mutmut_46 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_47'] = x_confidence_interval__mutmut_47 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_48'] = x_confidence_interval__mutmut_48 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_49'] = x_confidence_interval__mutmut_49 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_50'] = x_confidence_interval__mutmut_50 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_51'] = x_confidence_interval__mutmut_51 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_52'] = x_confidence_interval__mutmut_52 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_53'] = x_confidence_interval__mutmut_53 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_54'] = x_confidence_interval__mutmut_54 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_55'] = x_confidence_interval__mutmut_55 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_56'] = x_confidence_interval__mutmut_56 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_57'] = x_confidence_interval__mutmut_57 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_58'] = x_confidence_interval__mutmut_58 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_59'] = x_confidence_interval__mutmut_59 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_60'] = x_confidence_interval__mutmut_60 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_61'] = x_confidence_interval__mutmut_61 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_62'] = x_confidence_interval__mutmut_62 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_63'] = x_confidence_interval__mutmut_63 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_64'] = x_confidence_interval__mutmut_64 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_65'] = x_confidence_interval__mutmut_65 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_66'] = x_confidence_interval__mutmut_66 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_67'] = x_confidence_interval__mutmut_67 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_68'] = x_confidence_interval__mutmut_68 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_69'] = x_confidence_interval__mutmut_69 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_70'] = x_confidence_interval__mutmut_70 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_71'] = x_confidence_interval__mutmut_71 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_72'] = x_confidence_interval__mutmut_72 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_73'] = x_confidence_interval__mutmut_73 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_74'] = x_confidence_interval__mutmut_74 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_75'] = x_confidence_interval__mutmut_75 # type: ignore # mutmut generated
mutants_x_confidence_interval__mutmut['x_confidence_interval__mutmut_76'] = x_confidence_interval__mutmut_76 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_margin_consistent__mutmut)
def margin_consistent(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_orig(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_1(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 1.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_2(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe < 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_3(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 1:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_4(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(None)
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_5(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance <= 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_6(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 1:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_7(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(None)
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_8(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = None
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_9(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(None)
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_10(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(None, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_11(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, None, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_12(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, None))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_13(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_14(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_15(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, ))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_16(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = None
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_17(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(None)
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_18(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(None, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_19(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, None, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_20(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, None))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_21(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_22(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_23(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, ))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_24(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 2.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_25(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(None, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_26(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, None, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_27(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, None)


def x_margin_consistent__mutmut_28(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_29(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_30(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, )


def x_margin_consistent__mutmut_31(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(None) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_32(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe + implied) <= tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_33(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) < tolerance, (stated_moe / srs) ** 2)


def x_margin_consistent__mutmut_34(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) * 2)


def x_margin_consistent__mutmut_35(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe * srs) ** 2)


def x_margin_consistent__mutmut_36(
    stated_moe: float,
    n: float,
    deff: float,
    tolerance: float = 0.05,
    level: float = DEFAULT_LEVEL,
) -> MarginCheck:
    """Does a stated margin of error fit the stated sample size?

    The implied margin is z * 100 * sqrt(0.25 * deff / n) (share 50%). The stated margin is
    consistent when it is within `tolerance` percentage points of it; pass the half unit of
    the printed margin (0.05 for "1.1", 0.5 for "2") to allow exactly for its rounding.
    implied_deff = (stated / simple-random margin)^2 says what design effect the pollster's
    margin assumes: a stated margin far above the implied one is conservative, not wrong.
    """
    if stated_moe <= 0:
        raise ValueError(f"stated_moe must be positive, got {stated_moe}")
    if tolerance < 0:
        raise ValueError(f"tolerance must not be negative, got {tolerance}")
    implied = float(margin_of_error(n, deff, level))
    srs = float(margin_of_error(n, 1.0, level))
    return MarginCheck(implied, abs(stated_moe - implied) <= tolerance, (stated_moe / srs) ** 3)

mutants_x_margin_consistent__mutmut['_mutmut_orig'] = x_margin_consistent__mutmut_orig # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_1'] = x_margin_consistent__mutmut_1 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_2'] = x_margin_consistent__mutmut_2 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_3'] = x_margin_consistent__mutmut_3 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_4'] = x_margin_consistent__mutmut_4 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_5'] = x_margin_consistent__mutmut_5 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_6'] = x_margin_consistent__mutmut_6 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_7'] = x_margin_consistent__mutmut_7 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_8'] = x_margin_consistent__mutmut_8 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_9'] = x_margin_consistent__mutmut_9 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_10'] = x_margin_consistent__mutmut_10 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_11'] = x_margin_consistent__mutmut_11 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_12'] = x_margin_consistent__mutmut_12 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_13'] = x_margin_consistent__mutmut_13 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_14'] = x_margin_consistent__mutmut_14 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_15'] = x_margin_consistent__mutmut_15 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_16'] = x_margin_consistent__mutmut_16 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_17'] = x_margin_consistent__mutmut_17 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_18'] = x_margin_consistent__mutmut_18 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_19'] = x_margin_consistent__mutmut_19 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_20'] = x_margin_consistent__mutmut_20 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_21'] = x_margin_consistent__mutmut_21 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_22'] = x_margin_consistent__mutmut_22 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_23'] = x_margin_consistent__mutmut_23 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_24'] = x_margin_consistent__mutmut_24 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_25'] = x_margin_consistent__mutmut_25 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_26'] = x_margin_consistent__mutmut_26 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_27'] = x_margin_consistent__mutmut_27 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_28'] = x_margin_consistent__mutmut_28 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_29'] = x_margin_consistent__mutmut_29 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_30'] = x_margin_consistent__mutmut_30 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_31'] = x_margin_consistent__mutmut_31 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_32'] = x_margin_consistent__mutmut_32 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_33'] = x_margin_consistent__mutmut_33 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_34'] = x_margin_consistent__mutmut_34 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_35'] = x_margin_consistent__mutmut_35 # type: ignore # mutmut generated
mutants_x_margin_consistent__mutmut['x_margin_consistent__mutmut_36'] = x_margin_consistent__mutmut_36 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_two_proportion_test__mutmut)
def two_proportion_test(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_orig(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_1(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 2.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_2(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 2.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_3(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = None
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_4(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) / 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_5(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(None) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_6(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) + _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_7(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(None) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_8(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(None)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_9(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 101
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_10(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = None
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_11(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(None)
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_12(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(None, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_13(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, None, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_14(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, None))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_15(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_16(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_17(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, ))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_18(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = None
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_19(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(None)
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_20(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(None, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_21(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, None, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_22(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, None))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_23(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_24(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_25(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, ))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_26(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = None
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_27(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(None)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_28(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 - se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_29(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 / se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_30(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 / se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_31(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide=None, invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_32(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid=None):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_33(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_34(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", ):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_35(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="XXignoreXX", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_36(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="IGNORE", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_37(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="XXignoreXX"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_38(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="IGNORE"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_39(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = None
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_40(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(None, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_41(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, None, np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_42(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), None)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_43(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_44(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_45(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), )
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_46(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se >= 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_47(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 1, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_48(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff * np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_49(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(None, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_50(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, None, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_51(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, None), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_52(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_53(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_54(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, ), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_55(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se >= 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_56(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 1, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_57(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 2.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_58(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = None
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_59(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(None)
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_60(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) * math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_61(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(None) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_62(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(None))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_63(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(3))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_64(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(None, _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_65(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), None, _out(z), _out(p_value))


def x_two_proportion_test__mutmut_66(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), None, _out(p_value))


def x_two_proportion_test__mutmut_67(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), None)


def x_two_proportion_test__mutmut_68(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_69(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_70(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(p_value))


def x_two_proportion_test__mutmut_71(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), )


def x_two_proportion_test__mutmut_72(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(None), _out(se), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_73(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(None), _out(z), _out(p_value))


def x_two_proportion_test__mutmut_74(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(None), _out(p_value))


def x_two_proportion_test__mutmut_75(
    p1: ArrayLike,
    n1: ArrayLike,
    p2: ArrayLike,
    n2: ArrayLike,
    deff1: ArrayLike = 1.0,
    deff2: ArrayLike = 1.0,
) -> TwoProportionTest:
    """z-test that two independent polls measure the same share.

    diff = p1 - p2; se = sqrt(se1^2 + se2^2) with se_i the design-adjusted standard error of
    each poll (unpooled: the two polls may have different design effects, so no pooled
    variance is formed); z = diff / se; p_value = 2 * (1 - Phi(|z|)). Assumes independent
    samples and a normal sampling distribution (n_eff * p and n_eff * (1 - p) not small).
    Where se is 0 (both shares 0 or 100) z and p_value are nan.
    """
    diff = np.asarray(_proportion(p1) - _proportion(p2)) * 100
    se1 = np.asarray(standard_error(p1, n1, deff1))
    se2 = np.asarray(standard_error(p2, n2, deff2))
    se = np.sqrt(se1 * se1 + se2 * se2)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, diff / np.where(se > 0, se, 1.0), np.nan)
    p_value = _erfc(np.abs(z) / math.sqrt(2))
    return TwoProportionTest(_out(diff), _out(se), _out(z), _out(None))

mutants_x_two_proportion_test__mutmut['_mutmut_orig'] = x_two_proportion_test__mutmut_orig # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_1'] = x_two_proportion_test__mutmut_1 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_2'] = x_two_proportion_test__mutmut_2 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_3'] = x_two_proportion_test__mutmut_3 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_4'] = x_two_proportion_test__mutmut_4 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_5'] = x_two_proportion_test__mutmut_5 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_6'] = x_two_proportion_test__mutmut_6 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_7'] = x_two_proportion_test__mutmut_7 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_8'] = x_two_proportion_test__mutmut_8 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_9'] = x_two_proportion_test__mutmut_9 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_10'] = x_two_proportion_test__mutmut_10 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_11'] = x_two_proportion_test__mutmut_11 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_12'] = x_two_proportion_test__mutmut_12 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_13'] = x_two_proportion_test__mutmut_13 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_14'] = x_two_proportion_test__mutmut_14 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_15'] = x_two_proportion_test__mutmut_15 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_16'] = x_two_proportion_test__mutmut_16 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_17'] = x_two_proportion_test__mutmut_17 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_18'] = x_two_proportion_test__mutmut_18 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_19'] = x_two_proportion_test__mutmut_19 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_20'] = x_two_proportion_test__mutmut_20 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_21'] = x_two_proportion_test__mutmut_21 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_22'] = x_two_proportion_test__mutmut_22 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_23'] = x_two_proportion_test__mutmut_23 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_24'] = x_two_proportion_test__mutmut_24 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_25'] = x_two_proportion_test__mutmut_25 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_26'] = x_two_proportion_test__mutmut_26 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_27'] = x_two_proportion_test__mutmut_27 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_28'] = x_two_proportion_test__mutmut_28 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_29'] = x_two_proportion_test__mutmut_29 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_30'] = x_two_proportion_test__mutmut_30 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_31'] = x_two_proportion_test__mutmut_31 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_32'] = x_two_proportion_test__mutmut_32 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_33'] = x_two_proportion_test__mutmut_33 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_34'] = x_two_proportion_test__mutmut_34 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_35'] = x_two_proportion_test__mutmut_35 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_36'] = x_two_proportion_test__mutmut_36 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_37'] = x_two_proportion_test__mutmut_37 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_38'] = x_two_proportion_test__mutmut_38 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_39'] = x_two_proportion_test__mutmut_39 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_40'] = x_two_proportion_test__mutmut_40 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_41'] = x_two_proportion_test__mutmut_41 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_42'] = x_two_proportion_test__mutmut_42 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_43'] = x_two_proportion_test__mutmut_43 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_44'] = x_two_proportion_test__mutmut_44 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_45'] = x_two_proportion_test__mutmut_45 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_46'] = x_two_proportion_test__mutmut_46 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_47'] = x_two_proportion_test__mutmut_47 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_48'] = x_two_proportion_test__mutmut_48 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_49'] = x_two_proportion_test__mutmut_49 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_50'] = x_two_proportion_test__mutmut_50 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_51'] = x_two_proportion_test__mutmut_51 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_52'] = x_two_proportion_test__mutmut_52 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_53'] = x_two_proportion_test__mutmut_53 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_54'] = x_two_proportion_test__mutmut_54 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_55'] = x_two_proportion_test__mutmut_55 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_56'] = x_two_proportion_test__mutmut_56 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_57'] = x_two_proportion_test__mutmut_57 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_58'] = x_two_proportion_test__mutmut_58 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_59'] = x_two_proportion_test__mutmut_59 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_60'] = x_two_proportion_test__mutmut_60 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_61'] = x_two_proportion_test__mutmut_61 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_62'] = x_two_proportion_test__mutmut_62 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_63'] = x_two_proportion_test__mutmut_63 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_64'] = x_two_proportion_test__mutmut_64 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_65'] = x_two_proportion_test__mutmut_65 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_66'] = x_two_proportion_test__mutmut_66 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_67'] = x_two_proportion_test__mutmut_67 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_68'] = x_two_proportion_test__mutmut_68 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_69'] = x_two_proportion_test__mutmut_69 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_70'] = x_two_proportion_test__mutmut_70 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_71'] = x_two_proportion_test__mutmut_71 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_72'] = x_two_proportion_test__mutmut_72 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_73'] = x_two_proportion_test__mutmut_73 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_74'] = x_two_proportion_test__mutmut_74 # type: ignore # mutmut generated
mutants_x_two_proportion_test__mutmut['x_two_proportion_test__mutmut_75'] = x_two_proportion_test__mutmut_75 # type: ignore # mutmut generated


_erfc = np.vectorize(math.erfc, otypes=[float])
"""Two-sided normal tail: 2 * (1 - Phi(|z|)) = erfc(|z| / sqrt(2)); stdlib, no scipy import."""
mutants_x__proportion__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__proportion__mutmut)
def _proportion(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) or np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_orig(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) or np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_1(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = None
    if np.any(np.isnan(values)) or np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_2(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(None, dtype=float)
    if np.any(np.isnan(values)) or np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_3(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=None)
    if np.any(np.isnan(values)) or np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_4(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(dtype=float)
    if np.any(np.isnan(values)) or np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_5(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, )
    if np.any(np.isnan(values)) or np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_6(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) and np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_7(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(None) or np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_8(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(None)) or np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_9(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) or np.any(None):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_10(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) or np.any((values < 0) & (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_11(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) or np.any((values <= 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_12(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) or np.any((values < 1) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_13(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) or np.any((values < 0) | (values >= 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_14(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) or np.any((values < 0) | (values > 101)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def x__proportion__mutmut_15(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) or np.any((values < 0) | (values > 100)):
        raise ValueError(None)
    return values / 100


def x__proportion__mutmut_16(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) or np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values * 100


def x__proportion__mutmut_17(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) or np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 101

mutants_x__proportion__mutmut['_mutmut_orig'] = x__proportion__mutmut_orig # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_1'] = x__proportion__mutmut_1 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_2'] = x__proportion__mutmut_2 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_3'] = x__proportion__mutmut_3 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_4'] = x__proportion__mutmut_4 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_5'] = x__proportion__mutmut_5 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_6'] = x__proportion__mutmut_6 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_7'] = x__proportion__mutmut_7 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_8'] = x__proportion__mutmut_8 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_9'] = x__proportion__mutmut_9 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_10'] = x__proportion__mutmut_10 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_11'] = x__proportion__mutmut_11 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_12'] = x__proportion__mutmut_12 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_13'] = x__proportion__mutmut_13 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_14'] = x__proportion__mutmut_14 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_15'] = x__proportion__mutmut_15 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_16'] = x__proportion__mutmut_16 # type: ignore # mutmut generated
mutants_x__proportion__mutmut['x__proportion__mutmut_17'] = x__proportion__mutmut_17 # type: ignore # mutmut generated
mutants_x__positive__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__positive__mutmut)
def _positive(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(value, dtype=float)
    if np.any(np.isnan(values)) or np.any(values <= 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_orig(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(value, dtype=float)
    if np.any(np.isnan(values)) or np.any(values <= 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_1(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = None
    if np.any(np.isnan(values)) or np.any(values <= 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_2(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(None, dtype=float)
    if np.any(np.isnan(values)) or np.any(values <= 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_3(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(value, dtype=None)
    if np.any(np.isnan(values)) or np.any(values <= 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_4(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(dtype=float)
    if np.any(np.isnan(values)) or np.any(values <= 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_5(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(value, )
    if np.any(np.isnan(values)) or np.any(values <= 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_6(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(value, dtype=float)
    if np.any(np.isnan(values)) and np.any(values <= 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_7(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(value, dtype=float)
    if np.any(None) or np.any(values <= 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_8(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(value, dtype=float)
    if np.any(np.isnan(None)) or np.any(values <= 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_9(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(value, dtype=float)
    if np.any(np.isnan(values)) or np.any(None):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_10(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(value, dtype=float)
    if np.any(np.isnan(values)) or np.any(values < 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_11(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(value, dtype=float)
    if np.any(np.isnan(values)) or np.any(values <= 1):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def x__positive__mutmut_12(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(value, dtype=float)
    if np.any(np.isnan(values)) or np.any(values <= 0):
        raise ValueError(None)
    return values

mutants_x__positive__mutmut['_mutmut_orig'] = x__positive__mutmut_orig # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_1'] = x__positive__mutmut_1 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_2'] = x__positive__mutmut_2 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_3'] = x__positive__mutmut_3 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_4'] = x__positive__mutmut_4 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_5'] = x__positive__mutmut_5 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_6'] = x__positive__mutmut_6 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_7'] = x__positive__mutmut_7 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_8'] = x__positive__mutmut_8 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_9'] = x__positive__mutmut_9 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_10'] = x__positive__mutmut_10 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_11'] = x__positive__mutmut_11 # type: ignore # mutmut generated
mutants_x__positive__mutmut['x__positive__mutmut_12'] = x__positive__mutmut_12 # type: ignore # mutmut generated
mutants_x__out__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__out__mutmut)
def _out(values: npt.ArrayLike) -> Number:
    array = np.asarray(values, dtype=float)
    return float(array) if array.ndim == 0 else array


def x__out__mutmut_orig(values: npt.ArrayLike) -> Number:
    array = np.asarray(values, dtype=float)
    return float(array) if array.ndim == 0 else array


def x__out__mutmut_1(values: npt.ArrayLike) -> Number:
    array = None
    return float(array) if array.ndim == 0 else array


def x__out__mutmut_2(values: npt.ArrayLike) -> Number:
    array = np.asarray(None, dtype=float)
    return float(array) if array.ndim == 0 else array


def x__out__mutmut_3(values: npt.ArrayLike) -> Number:
    array = np.asarray(values, dtype=None)
    return float(array) if array.ndim == 0 else array


def x__out__mutmut_4(values: npt.ArrayLike) -> Number:
    array = np.asarray(dtype=float)
    return float(array) if array.ndim == 0 else array


def x__out__mutmut_5(values: npt.ArrayLike) -> Number:
    array = np.asarray(values, )
    return float(array) if array.ndim == 0 else array


def x__out__mutmut_6(values: npt.ArrayLike) -> Number:
    array = np.asarray(values, dtype=float)
    return float(array) if (array.ndim == 0) and False else array


def x__out__mutmut_7(values: npt.ArrayLike) -> Number:
    array = np.asarray(values, dtype=float)
    return float(array) if (array.ndim == 0) or True else array


def x__out__mutmut_8(values: npt.ArrayLike) -> Number:
    array = np.asarray(values, dtype=float)
    return float(None) if array.ndim == 0 else array


def x__out__mutmut_9(values: npt.ArrayLike) -> Number:
    array = np.asarray(values, dtype=float)
    return float(array) if array.ndim != 0 else array


def x__out__mutmut_10(values: npt.ArrayLike) -> Number:
    array = np.asarray(values, dtype=float)
    return float(array) if array.ndim == 1 else array

mutants_x__out__mutmut['_mutmut_orig'] = x__out__mutmut_orig # type: ignore # mutmut generated
mutants_x__out__mutmut['x__out__mutmut_1'] = x__out__mutmut_1 # type: ignore # mutmut generated
mutants_x__out__mutmut['x__out__mutmut_2'] = x__out__mutmut_2 # type: ignore # mutmut generated
mutants_x__out__mutmut['x__out__mutmut_3'] = x__out__mutmut_3 # type: ignore # mutmut generated
mutants_x__out__mutmut['x__out__mutmut_4'] = x__out__mutmut_4 # type: ignore # mutmut generated
mutants_x__out__mutmut['x__out__mutmut_5'] = x__out__mutmut_5 # type: ignore # mutmut generated
mutants_x__out__mutmut['x__out__mutmut_6'] = x__out__mutmut_6 # type: ignore # mutmut generated
mutants_x__out__mutmut['x__out__mutmut_7'] = x__out__mutmut_7 # type: ignore # mutmut generated
mutants_x__out__mutmut['x__out__mutmut_8'] = x__out__mutmut_8 # type: ignore # mutmut generated
mutants_x__out__mutmut['x__out__mutmut_9'] = x__out__mutmut_9 # type: ignore # mutmut generated
mutants_x__out__mutmut['x__out__mutmut_10'] = x__out__mutmut_10 # type: ignore # mutmut generated
