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


def z_value(level: float = DEFAULT_LEVEL) -> float:
    """The two-sided standard normal quantile for a confidence level (0.95 -> 1.959964)."""
    if not 0 < level < 1:
        raise ValueError(f"level must be strictly between 0 and 1, got {level}")
    return NormalDist().inv_cdf((1 + level) / 2)


def effective_n(n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """The simple-random sample size a design is worth: n / deff (Kish 1965)."""
    n_arr, deff_arr = _positive(n, "n"), _positive(deff, "deff")
    return _out(n_arr / deff_arr)


def standard_error(share: ArrayLike, n: ArrayLike, deff: ArrayLike = 1.0) -> Number:
    """Standard error of a share, in percentage points: 100 * sqrt(p (1 - p) deff / n)."""
    p = _proportion(share)
    n_eff = _positive(n, "n") / _positive(deff, "deff")
    return _out(100 * np.sqrt(p * (1 - p) / n_eff))


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


_erfc = np.vectorize(math.erfc, otypes=[float])
"""Two-sided normal tail: 2 * (1 - Phi(|z|)) = erfc(|z| / sqrt(2)); stdlib, no scipy import."""


def _proportion(share: ArrayLike) -> npt.NDArray[np.float64]:
    values = np.asarray(share, dtype=float)
    if np.any(np.isnan(values)) or np.any((values < 0) | (values > 100)):
        raise ValueError(f"shares must be percents within 0..100, got {share!r}")
    return values / 100


def _positive(value: ArrayLike, what: str) -> npt.NDArray[np.float64]:
    values = np.asarray(value, dtype=float)
    if np.any(np.isnan(values)) or np.any(values <= 0):
        raise ValueError(f"{what} must be positive, got {value!r}")
    return values


def _out(values: npt.ArrayLike) -> Number:
    array = np.asarray(values, dtype=float)
    return float(array) if array.ndim == 0 else array
