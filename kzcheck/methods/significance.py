"""Tests behind every call a comparison makes, and control of the error rate over a family of them.

Why: "the polls disagree", "the party is below the threshold", "the winner differs" are claims
about sampling error. Each needs a test with the poll's own n and design effect, and a report that
makes two dozen such tests needs control of the chance that some of them come out "significant"
by luck alone. Every test here returns its statistic and a two-sided p-value; `adjust` applies
Holm's step-down method (family-wise error) or Benjamini-Hochberg's (false discovery rate) to
the p-values of one family.

Units: shares are percents (0-100), differences and standard errors percentage points. A
design effect deff turns n into the effective n / deff (Kish 1965). docs/methods.md §3.6-§3.9
gives each formula, its assumptions, its source and a worked example.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Literal, NamedTuple

import numpy as np
import numpy.typing as npt

from kzcheck.methods.sampling import ArrayLike, Number, _out, _positive, _proportion

ADJUSTMENTS: dict[str, str] = {"holm": "holm", "bh": "fdr_bh"}
"""kzcheck's names for the multiplicity adjustments and statsmodels' names for them."""


class ZTest(NamedTuple):
    """A normal test: the estimate (points), its standard error (points), z and the two-sided p-value."""

    estimate: Number
    se: Number
    z: Number
    p_value: Number


class ChiSquareTest(NamedTuple):
    """A chi-square test: the statistic, its degrees of freedom and the p-value (upper tail)."""

    statistic: float
    df: int
    p_value: float


def two_sided_p(z: ArrayLike) -> Number:
    """2 (1 - Phi(|z|)) = erfc(|z| / sqrt 2); nan stays nan."""
    values = np.asarray(z, dtype=float)
    with np.errstate(invalid="ignore"):
        return _out(np.vectorize(math.erfc, otypes=[float])(np.abs(values) / math.sqrt(2)))


def _z(estimate: npt.NDArray[np.float64], se: npt.NDArray[np.float64], slack: ArrayLike) -> ZTest:
    """z = estimate / se; the p-value from |estimate| less `slack` (a printed figure's rounding), never below 0."""
    slack_arr = np.asarray(slack, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, estimate / np.where(se > 0, se, 1.0), np.nan)
        granted = np.where(se > 0, np.maximum(np.abs(estimate) - slack_arr, 0.0) / np.where(se > 0, se, 1.0), np.nan)
    return ZTest(_out(estimate), _out(se), _out(z), two_sided_p(granted))


def against_line(share: ArrayLike, n: ArrayLike, deff: ArrayLike, line: ArrayLike, slack: ArrayLike = 0.0) -> ZTest:
    """Is a poll's share on one side of a fixed line (a threshold) beyond sampling error?

    estimate = share - line; se = 100 sqrt(p (1 - p) deff / n) at the poll's share p (a Wald
    test: the poll's own share, not the line, sets the variance, as for the interval printed
    beside it). `slack` (points) is granted before the p-value: the printed figure's rounding.
    """
    p = _proportion(share)
    m = _positive(n, "n") / _positive(deff, "deff")
    estimate = 100 * p - np.asarray(line, dtype=float)  # p and m are float arrays already: so are these
    se = 100 * np.sqrt(p * (1 - p) / m)
    return _z(estimate, se, slack)


def within_poll_difference(
    share_a: ArrayLike, share_b: ArrayLike, n: ArrayLike, deff: ArrayLike, slack: ArrayLike = 0.0
) -> ZTest:
    """Is option a ahead of option b in one poll beyond sampling error?

    The two shares come from one multinomial sample, so they are negatively correlated:
    var(p_a - p_b) = [p_a + p_b - (p_a - p_b)^2] deff / n (Scott and Seber 1983; from the
    multinomial covariance -p_a p_b / n). This is the test behind a winner call, a ranking and Mosteller's
    M5. estimate = share_a - share_b in points.
    """
    pa, pb = _proportion(share_a), _proportion(share_b)
    m = _positive(n, "n") / _positive(deff, "deff")
    estimate = 100 * (pa - pb)  # pa, pb and m are float arrays already: so are these
    var = np.maximum(pa + pb - (pa - pb) ** 2, 0.0) / m
    return _z(estimate, 100 * np.sqrt(var), slack)


def _chi2_sf(statistic: float, df: int) -> float:
    from scipy.stats import chi2  # loaded with scipy.stats by the run already; imported here to keep this module light

    return float(chi2.sf(statistic, df))


def homogeneity(
    shares: Sequence[Sequence[float]] | npt.NDArray[np.float64],
    n: Sequence[float] | npt.NDArray[np.float64],
    deff: Sequence[float] | npt.NDArray[np.float64],
) -> ChiSquareTest:
    """Do two or more independent polls measure the same distribution over all options?

    Pearson's chi-square test of homogeneity on the polls' effective counts m_i p_ij with
    m_i = n_i / deff_i, df = (polls - 1)(options - 1): the first-order Rao-Scott correction
    X^2 / deff (Rao and Scott 1981), with each poll's own design effect applied to its own
    cells (the two coincide when the polls share one design effect). Shares are rescaled to
    sum to 1 within each poll first. Options no poll reports (all zero) are left out.
    """
    p = np.asarray(shares, dtype=float)
    if p.ndim != 2 or p.shape[0] < 2 or p.shape[1] < 2:
        raise ValueError(f"need at least two polls of at least two options, got shape {p.shape}")
    if np.any(np.isnan(p)) or np.any(p < 0):
        raise ValueError("shares must be non-negative numbers")
    p = p[:, p.sum(axis=0) > 0]
    p = p / p.sum(axis=1, keepdims=True)
    m = np.asarray(_positive(n, "n") / _positive(deff, "deff"), dtype=float).reshape(-1)
    counts = p * m[:, np.newaxis]
    expected = counts.sum(axis=1, keepdims=True) * counts.sum(axis=0, keepdims=True) / counts.sum()
    statistic = float(np.sum((counts - expected) ** 2 / expected))
    df = (p.shape[0] - 1) * (p.shape[1] - 1)
    return ChiSquareTest(statistic, df, _chi2_sf(statistic, df))


class FitTest(NamedTuple):
    """A poll against the count: Rao-Scott-corrected goodness of fit and the design effect its error needs.

    statistic, df, p_value: X^2 = m sum (p_i - v_i)^2 / v_i with m = n / deff, chi-square(k - 1).
    deff_needed: the design effect at which X^2 equals its expectation k - 1: n D / (k - 1)
        with D = sum (p_i - v_i)^2 / v_i; the poll's error is typical of sampling error alone
        only if its design effect is this large.
    ratio: sqrt(deff_needed / deff): "the error is `ratio` times the sampling error".
    """

    statistic: float
    df: int
    p_value: float
    deff_needed: float
    ratio: float


def goodness_of_fit(poll: Sequence[float], official: Sequence[float], n: float, deff: float) -> FitTest:
    """Is a poll's distribution over the options the count's, up to sampling error? (both rescaled to 100)"""
    p = np.asarray(poll, dtype=float)
    v = np.asarray(official, dtype=float)
    if p.shape != v.shape or p.ndim != 1 or p.size < 2:
        raise ValueError("poll and official must be two lists of the same options (at least two)")
    if np.any(np.isnan(v)) or np.any(np.isnan(p)) or np.any(v <= 0) or np.any(p < 0):  # nan compares False
        raise ValueError("official shares must be positive and poll shares non-negative")
    p, v = p / p.sum(), v / v.sum()
    distance = float(np.sum((p - v) ** 2 / v))
    m = float(_positive(n, "n")) / float(_positive(deff, "deff"))
    df = p.size - 1
    statistic = m * distance
    needed = n * distance / df
    return FitTest(statistic, df, _chi2_sf(statistic, df), needed, math.sqrt(needed / deff))


def adjust(p_values: Sequence[float] | npt.NDArray[np.float64], method: Literal["holm", "bh"] = "holm") -> list[float]:
    """p-values adjusted for multiplicity within one family (nan entries are left out and stay nan).

    holm: Holm (1979) step-down, controls the family-wise error rate under any dependence.
    bh: Benjamini and Hochberg (1995), controls the false discovery rate (independent or
        positively dependent tests). Computed by statsmodels' `multipletests`.
    """
    if method not in ADJUSTMENTS:
        raise ValueError(f"unknown adjustment {method!r}; expected one of {', '.join(ADJUSTMENTS)}")
    values = np.asarray(p_values, dtype=float)
    out = np.full(values.shape, np.nan)
    present = ~np.isnan(values)
    if present.any():
        from statsmodels.stats.multitest import multipletests

        with _no_full_collection():
            out[present] = multipletests(values[present], method=ADJUSTMENTS[method])[1]
    return [float(x) for x in out]


@contextmanager
def _no_full_collection() -> Iterator[None]:
    """statsmodels' Holm branch ends with `gc.collect()`: a full collection of the whole process (with Great
    Expectations loaded, ~0.1 s each, and a run adjusts a few dozen families). It frees nothing the adjustment made,
    so the call is skipped for its duration; Python's own generational collection goes on as usual."""
    collect = gc.collect
    gc.collect = lambda generation=2: 0
    try:
        yield
    finally:
        gc.collect = collect
