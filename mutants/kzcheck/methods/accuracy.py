"""Poll accuracy against the official result: Mosteller's M3 and M5, Arzheimer-Evans A, B, B_w.

Why: once the CEC has counted, each exit poll can be scored. Different measures answer
different questions: M3 (mean absolute error, Mosteller et al. 1949) how far the shares were
off on average; the largest error which option was missed worst; M5 (Mosteller et al. 1949)
whether the lead of the winner over the runner-up was right; A_i (Arzheimer and Evans 2014)
the bias for each option on a scale that does not shrink for small parties, with a standard
error from the sample size; B and B_w one number for the whole poll on that scale.

Units: shares are percents (0-100) at the API; errors, M3, M5 are percentage points; A, B, B_w
are log odds ratios (no unit). Internally everything is a proportion.

Inputs: `poll` and `official` are either two sequences / numpy arrays aligned by position, or
two mappings option -> share aligned by key (the official mapping's order is used). `poll` may
be two-dimensional (polls x options) to score many polls at once against one official result;
the result then has one value per poll.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeAlias, overload

import numpy as np
import numpy.typing as npt

Number: TypeAlias = float | npt.NDArray[np.float64]
Positional: TypeAlias = Sequence[float] | npt.NDArray[np.float64]
Shares: TypeAlias = Mapping[str, float] | Positional


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


@dataclass(frozen=True)
class ArzheimerEvans:
    """Arzheimer and Evans (2014) measures for one poll (or one row per poll).

    a: A_i per option, ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))]; > 0 means the poll
        over-states option i. Ordered like the input (the official mapping's keys, if given).
    b: mean of |A_i| over options.
    b_w: mean of |A_i| weighted by official shares, sum(v_i |A_i|) / sum(v_i).
    a_se, b_se, b_w_se: standard errors from the poll's effective sample size n / deff, or
        None when n is not known. See `arzheimer_evans` for how they are computed.
    options: the option names when mappings were passed, else None.
    """

    a: npt.NDArray[np.float64]
    b: Number
    b_w: Number
    a_se: npt.NDArray[np.float64] | None = None
    b_se: Number | None = None
    b_w_se: Number | None = None
    options: tuple[str, ...] | None = None


@overload
def errors(poll: Mapping[str, float], official: Mapping[str, float]) -> dict[str, float]: ...
@overload
def errors(poll: Positional, official: Positional) -> npt.NDArray[np.float64]: ...
mutants_x_errors__mutmut: MutantDict = {}  # type: ignore
@_mutmut_mutated(mutants_x_errors__mutmut)
def errors(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_orig(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_1(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = None
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_2(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(None, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_3(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, None)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_4(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_5(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, )
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_6(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = None
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_7(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 / (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_8(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 101 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_9(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p + v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_10(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None or diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_11(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_12(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim != 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_13(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 2:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_14(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(None) for name, value in zip(options, diff, strict=True)}
    return diff
def x_errors__mutmut_15(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(None, diff, strict=True)}
    return diff
def x_errors__mutmut_16(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, None, strict=True)}
    return diff
def x_errors__mutmut_17(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=None)}
    return diff
def x_errors__mutmut_18(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(diff, strict=True)}
    return diff
def x_errors__mutmut_19(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, strict=True)}
    return diff
def x_errors__mutmut_20(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, )}
    return diff
def x_errors__mutmut_21(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=False)}
    return diff

mutants_x_errors__mutmut['_mutmut_orig'] = x_errors__mutmut_orig # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_1'] = x_errors__mutmut_1 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_2'] = x_errors__mutmut_2 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_3'] = x_errors__mutmut_3 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_4'] = x_errors__mutmut_4 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_5'] = x_errors__mutmut_5 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_6'] = x_errors__mutmut_6 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_7'] = x_errors__mutmut_7 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_8'] = x_errors__mutmut_8 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_9'] = x_errors__mutmut_9 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_10'] = x_errors__mutmut_10 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_11'] = x_errors__mutmut_11 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_12'] = x_errors__mutmut_12 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_13'] = x_errors__mutmut_13 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_14'] = x_errors__mutmut_14 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_15'] = x_errors__mutmut_15 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_16'] = x_errors__mutmut_16 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_17'] = x_errors__mutmut_17 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_18'] = x_errors__mutmut_18 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_19'] = x_errors__mutmut_19 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_20'] = x_errors__mutmut_20 # type: ignore # mutmut generated
mutants_x_errors__mutmut['x_errors__mutmut_21'] = x_errors__mutmut_21 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mosteller_m3__mutmut)
def mosteller_m3(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.mean(np.abs(p - v), axis=-1))


def x_mosteller_m3__mutmut_orig(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.mean(np.abs(p - v), axis=-1))


def x_mosteller_m3__mutmut_1(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = None
    return _out(100 * np.mean(np.abs(p - v), axis=-1))


def x_mosteller_m3__mutmut_2(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(None, official)
    return _out(100 * np.mean(np.abs(p - v), axis=-1))


def x_mosteller_m3__mutmut_3(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, None)
    return _out(100 * np.mean(np.abs(p - v), axis=-1))


def x_mosteller_m3__mutmut_4(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(official)
    return _out(100 * np.mean(np.abs(p - v), axis=-1))


def x_mosteller_m3__mutmut_5(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, )
    return _out(100 * np.mean(np.abs(p - v), axis=-1))


def x_mosteller_m3__mutmut_6(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(None)


def x_mosteller_m3__mutmut_7(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(100 / np.mean(np.abs(p - v), axis=-1))


def x_mosteller_m3__mutmut_8(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(101 * np.mean(np.abs(p - v), axis=-1))


def x_mosteller_m3__mutmut_9(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.mean(None, axis=-1))


def x_mosteller_m3__mutmut_10(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.mean(np.abs(p - v), axis=None))


def x_mosteller_m3__mutmut_11(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.mean(axis=-1))


def x_mosteller_m3__mutmut_12(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.mean(np.abs(p - v), ))


def x_mosteller_m3__mutmut_13(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.mean(np.abs(None), axis=-1))


def x_mosteller_m3__mutmut_14(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.mean(np.abs(p + v), axis=-1))


def x_mosteller_m3__mutmut_15(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.mean(np.abs(p - v), axis=+1))


def x_mosteller_m3__mutmut_16(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.mean(np.abs(p - v), axis=-2))

mutants_x_mosteller_m3__mutmut['_mutmut_orig'] = x_mosteller_m3__mutmut_orig # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_1'] = x_mosteller_m3__mutmut_1 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_2'] = x_mosteller_m3__mutmut_2 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_3'] = x_mosteller_m3__mutmut_3 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_4'] = x_mosteller_m3__mutmut_4 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_5'] = x_mosteller_m3__mutmut_5 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_6'] = x_mosteller_m3__mutmut_6 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_7'] = x_mosteller_m3__mutmut_7 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_8'] = x_mosteller_m3__mutmut_8 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_9'] = x_mosteller_m3__mutmut_9 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_10'] = x_mosteller_m3__mutmut_10 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_11'] = x_mosteller_m3__mutmut_11 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_12'] = x_mosteller_m3__mutmut_12 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_13'] = x_mosteller_m3__mutmut_13 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_14'] = x_mosteller_m3__mutmut_14 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_15'] = x_mosteller_m3__mutmut_15 # type: ignore # mutmut generated
mutants_x_mosteller_m3__mutmut['x_mosteller_m3__mutmut_16'] = x_mosteller_m3__mutmut_16 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_max_abs_error__mutmut)
def max_abs_error(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.max(np.abs(p - v), axis=-1))


def x_max_abs_error__mutmut_orig(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.max(np.abs(p - v), axis=-1))


def x_max_abs_error__mutmut_1(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = None
    return _out(100 * np.max(np.abs(p - v), axis=-1))


def x_max_abs_error__mutmut_2(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(None, official)
    return _out(100 * np.max(np.abs(p - v), axis=-1))


def x_max_abs_error__mutmut_3(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, None)
    return _out(100 * np.max(np.abs(p - v), axis=-1))


def x_max_abs_error__mutmut_4(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(official)
    return _out(100 * np.max(np.abs(p - v), axis=-1))


def x_max_abs_error__mutmut_5(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, )
    return _out(100 * np.max(np.abs(p - v), axis=-1))


def x_max_abs_error__mutmut_6(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(None)


def x_max_abs_error__mutmut_7(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(100 / np.max(np.abs(p - v), axis=-1))


def x_max_abs_error__mutmut_8(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(101 * np.max(np.abs(p - v), axis=-1))


def x_max_abs_error__mutmut_9(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.max(None, axis=-1))


def x_max_abs_error__mutmut_10(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.max(np.abs(p - v), axis=None))


def x_max_abs_error__mutmut_11(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.max(axis=-1))


def x_max_abs_error__mutmut_12(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.max(np.abs(p - v), ))


def x_max_abs_error__mutmut_13(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.max(np.abs(None), axis=-1))


def x_max_abs_error__mutmut_14(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.max(np.abs(p + v), axis=-1))


def x_max_abs_error__mutmut_15(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.max(np.abs(p - v), axis=+1))


def x_max_abs_error__mutmut_16(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.max(np.abs(p - v), axis=-2))

mutants_x_max_abs_error__mutmut['_mutmut_orig'] = x_max_abs_error__mutmut_orig # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_1'] = x_max_abs_error__mutmut_1 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_2'] = x_max_abs_error__mutmut_2 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_3'] = x_max_abs_error__mutmut_3 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_4'] = x_max_abs_error__mutmut_4 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_5'] = x_max_abs_error__mutmut_5 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_6'] = x_max_abs_error__mutmut_6 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_7'] = x_max_abs_error__mutmut_7 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_8'] = x_max_abs_error__mutmut_8 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_9'] = x_max_abs_error__mutmut_9 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_10'] = x_max_abs_error__mutmut_10 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_11'] = x_max_abs_error__mutmut_11 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_12'] = x_max_abs_error__mutmut_12 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_13'] = x_max_abs_error__mutmut_13 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_14'] = x_max_abs_error__mutmut_14 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_15'] = x_max_abs_error__mutmut_15 # type: ignore # mutmut generated
mutants_x_max_abs_error__mutmut['x_max_abs_error__mutmut_16'] = x_max_abs_error__mutmut_16 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_leading_pair__mutmut)
def leading_pair(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_orig(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_1(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = None
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_2(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(None, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_3(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, None)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_4(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_5(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, )
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_6(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 and v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_7(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim == 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_8(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 2 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_9(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size <= 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_10(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 3:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_11(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError(None)
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_12(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("XXthe official result must list at least two optionsXX")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_13(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("THE OFFICIAL RESULT MUST LIST AT LEAST TWO OPTIONS")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_14(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = None
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_15(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(None, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_16(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind=None)
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_17(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_18(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, )
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_19(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(+v, kind="stable")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_20(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="XXstableXX")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_21(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="STABLE")
    return int(order[0]), int(order[1])


def x_leading_pair__mutmut_22(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(None), int(order[1])


def x_leading_pair__mutmut_23(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[1]), int(order[1])


def x_leading_pair__mutmut_24(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(None)


def x_leading_pair__mutmut_25(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[2])

mutants_x_leading_pair__mutmut['_mutmut_orig'] = x_leading_pair__mutmut_orig # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_1'] = x_leading_pair__mutmut_1 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_2'] = x_leading_pair__mutmut_2 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_3'] = x_leading_pair__mutmut_3 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_4'] = x_leading_pair__mutmut_4 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_5'] = x_leading_pair__mutmut_5 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_6'] = x_leading_pair__mutmut_6 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_7'] = x_leading_pair__mutmut_7 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_8'] = x_leading_pair__mutmut_8 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_9'] = x_leading_pair__mutmut_9 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_10'] = x_leading_pair__mutmut_10 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_11'] = x_leading_pair__mutmut_11 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_12'] = x_leading_pair__mutmut_12 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_13'] = x_leading_pair__mutmut_13 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_14'] = x_leading_pair__mutmut_14 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_15'] = x_leading_pair__mutmut_15 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_16'] = x_leading_pair__mutmut_16 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_17'] = x_leading_pair__mutmut_17 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_18'] = x_leading_pair__mutmut_18 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_19'] = x_leading_pair__mutmut_19 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_20'] = x_leading_pair__mutmut_20 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_21'] = x_leading_pair__mutmut_21 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_22'] = x_leading_pair__mutmut_22 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_23'] = x_leading_pair__mutmut_23 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_24'] = x_leading_pair__mutmut_24 # type: ignore # mutmut generated
mutants_x_leading_pair__mutmut['x_leading_pair__mutmut_25'] = x_leading_pair__mutmut_25 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_mosteller_m5__mutmut)
def mosteller_m5(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_orig(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_1(poll: Shares, official: Shares, absolute: bool = True) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_2(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = None
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_3(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(None, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_4(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, None)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_5(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_6(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, )
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_7(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = None
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_8(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(None)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_9(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = None
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_10(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) + (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_11(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] + p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_12(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] + v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_13(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = None
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_14(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 / lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_15(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 101 * lead_error
    return _out(np.abs(result) if absolute else result)


def x_mosteller_m5__mutmut_16(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(None)


def x_mosteller_m5__mutmut_17(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if (absolute) and False else result)


def x_mosteller_m5__mutmut_18(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(result) if (absolute) or True else result)


def x_mosteller_m5__mutmut_19(poll: Shares, official: Shares, absolute: bool = False) -> Number:
    """Mosteller's measure 5: error on the lead, percentage points.

    The two leading options are those first and second in the official result (a and b). The
    value is (p_a - p_b) - (v_a - v_b): the poll's lead of a over b minus the official lead.
    Negative: the poll under-stated the winner's lead. Mosteller et al. (1949) and the later
    literature (Mitofsky 1998) tabulate the size of this error, |M5|; pass absolute=True for
    that. The same two options are used for the poll even where the poll ranks them otherwise.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    lead_error = (p[..., first] - p[..., second]) - (v[first] - v[second])
    result = 100 * lead_error
    return _out(np.abs(None) if absolute else result)

mutants_x_mosteller_m5__mutmut['_mutmut_orig'] = x_mosteller_m5__mutmut_orig # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_1'] = x_mosteller_m5__mutmut_1 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_2'] = x_mosteller_m5__mutmut_2 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_3'] = x_mosteller_m5__mutmut_3 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_4'] = x_mosteller_m5__mutmut_4 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_5'] = x_mosteller_m5__mutmut_5 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_6'] = x_mosteller_m5__mutmut_6 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_7'] = x_mosteller_m5__mutmut_7 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_8'] = x_mosteller_m5__mutmut_8 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_9'] = x_mosteller_m5__mutmut_9 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_10'] = x_mosteller_m5__mutmut_10 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_11'] = x_mosteller_m5__mutmut_11 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_12'] = x_mosteller_m5__mutmut_12 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_13'] = x_mosteller_m5__mutmut_13 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_14'] = x_mosteller_m5__mutmut_14 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_15'] = x_mosteller_m5__mutmut_15 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_16'] = x_mosteller_m5__mutmut_16 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_17'] = x_mosteller_m5__mutmut_17 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_18'] = x_mosteller_m5__mutmut_18 # type: ignore # mutmut generated
mutants_x_mosteller_m5__mutmut['x_mosteller_m5__mutmut_19'] = x_mosteller_m5__mutmut_19 # type: ignore # mutmut generated


@overload
def log_odds_ratios(poll: Mapping[str, float], official: Mapping[str, float]) -> dict[str, float]: ...
@overload
def log_odds_ratios(poll: Positional, official: Positional) -> npt.NDArray[np.float64]: ...
mutants_x_log_odds_ratios__mutmut: MutantDict = {}  # type: ignore
@_mutmut_mutated(mutants_x_log_odds_ratios__mutmut)
def log_odds_ratios(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_orig(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_1(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = None
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_2(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(None, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_3(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, None)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_4(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_5(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, )
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_6(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = None
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_7(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(None, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_8(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, None)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_9(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_10(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, )
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_11(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None or a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_12(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_13(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim != 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_14(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 2:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_15(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(None) for name, value in zip(options, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_16(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(None, a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_17(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, None, strict=True)}
    return a
def x_log_odds_ratios__mutmut_18(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=None)}
    return a
def x_log_odds_ratios__mutmut_19(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(a, strict=True)}
    return a
def x_log_odds_ratios__mutmut_20(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, strict=True)}
    return a
def x_log_odds_ratios__mutmut_21(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, )}
    return a
def x_log_odds_ratios__mutmut_22(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=False)}
    return a

mutants_x_log_odds_ratios__mutmut['_mutmut_orig'] = x_log_odds_ratios__mutmut_orig # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_1'] = x_log_odds_ratios__mutmut_1 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_2'] = x_log_odds_ratios__mutmut_2 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_3'] = x_log_odds_ratios__mutmut_3 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_4'] = x_log_odds_ratios__mutmut_4 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_5'] = x_log_odds_ratios__mutmut_5 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_6'] = x_log_odds_ratios__mutmut_6 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_7'] = x_log_odds_ratios__mutmut_7 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_8'] = x_log_odds_ratios__mutmut_8 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_9'] = x_log_odds_ratios__mutmut_9 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_10'] = x_log_odds_ratios__mutmut_10 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_11'] = x_log_odds_ratios__mutmut_11 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_12'] = x_log_odds_ratios__mutmut_12 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_13'] = x_log_odds_ratios__mutmut_13 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_14'] = x_log_odds_ratios__mutmut_14 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_15'] = x_log_odds_ratios__mutmut_15 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_16'] = x_log_odds_ratios__mutmut_16 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_17'] = x_log_odds_ratios__mutmut_17 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_18'] = x_log_odds_ratios__mutmut_18 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_19'] = x_log_odds_ratios__mutmut_19 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_20'] = x_log_odds_ratios__mutmut_20 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_21'] = x_log_odds_ratios__mutmut_21 # type: ignore # mutmut generated
mutants_x_log_odds_ratios__mutmut['x_log_odds_ratios__mutmut_22'] = x_log_odds_ratios__mutmut_22 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_arzheimer_evans__mutmut)
def arzheimer_evans(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_orig(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_1(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 2.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_2(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = None
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_3(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(None, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_4(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, None)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_5(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_6(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, )
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_7(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = None
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_8(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(None, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_9(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, None)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_10(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_11(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, )
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_12(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = None
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_13(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(None)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_14(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = None
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_15(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v * np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_16(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(None)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_17(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = None
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_18(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(None, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_19(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=None)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_20(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_21(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, )
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_22(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=+1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_23(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-2)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_24(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = None
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_25(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(None, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_26(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=None)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_27(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_28(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, )
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_29(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights / size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_30(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=+1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_31(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-2)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_32(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is not None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_33(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(None, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_34(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, None, _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_35(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), None, options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_36(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=None)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_37(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(_out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_38(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_39(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_40(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), )

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_41(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(None), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_42(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(None), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_43(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = None
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_44(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(None, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_45(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=None)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_46(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_47(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, )
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_48(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = None
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_49(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(None, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_50(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=None)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_51(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_52(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, )
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_53(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) and np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_54(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(None) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_55(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr < 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_56(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 1) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_57(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(None):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_58(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr < 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_59(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 1):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_60(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError(None)
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_61(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("XXn and deff must be positiveXX")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_62(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("N AND DEFF MUST BE POSITIVE")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_63(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = None
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_64(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if (p.ndim > 1) and False else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_65(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if (p.ndim > 1) or True else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_66(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr * deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_67(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim >= 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_68(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 2 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_69(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr * deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_70(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = None
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_71(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 + p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_72(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 2 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_73(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = None
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_74(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 * (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_75(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = +1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_76(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -2.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_77(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] / q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_78(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = None
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_79(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 * (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_80(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 2.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_81(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p / q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_82(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = None
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_83(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[+1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_84(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-2]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_85(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = None
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_86(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(None)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_87(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = None
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_88(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = None
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_89(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov * m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_90(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = None
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_91(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(None)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_92(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = None
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_93(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign * k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_94(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = None
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_95(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign / weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_96(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = None
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_97(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum(None, grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_98(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", None, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_99(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, None, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_100(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, None)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_101(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum(grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_102(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_103(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_104(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, )
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_105(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("XX...i,...ij,...j->...XX", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_106(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...I,...IJ,...J->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_107(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = None
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_108(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum(None, grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_109(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", None, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_110(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, None, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_111(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, None)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_112(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum(grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_113(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_114(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_115(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, )
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_116(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("XX...i,...ij,...j->...XX", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_117(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...I,...IJ,...J->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_118(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = None
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_119(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(None)
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_120(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(None, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_121(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, None, _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_122(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), None, a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_123(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), None, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_124(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, None, _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_125(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), None, options)


def x_arzheimer_evans__mutmut_126(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), None)


def x_arzheimer_evans__mutmut_127(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(_out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_128(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_129(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_130(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_131(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_132(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), options)


def x_arzheimer_evans__mutmut_133(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), )


def x_arzheimer_evans__mutmut_134(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(None), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_135(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(None), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_136(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(None), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_137(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(None)), _out(np.sqrt(var_bw)), options)


def x_arzheimer_evans__mutmut_138(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(None), options)


def x_arzheimer_evans__mutmut_139(
    poll: Shares,
    official: Shares,
    n: float | npt.ArrayLike | None = None,
    deff: float | npt.ArrayLike = 1.0,
) -> ArzheimerEvans:
    """A_i, B and B_w with standard errors when the poll's sample size n is known.

    Standard errors use the effective sample size m = n / deff and the delta method:
    - se(A_i) = sqrt(1 / (m p_i (1 - p_i))), the variance of a sample log odds (Arzheimer and
      Evans 2014); the official share v_i is a count, not an estimate, and has no error.
    - B and B_w are linear in |A_i|. With s_i = sign(A_i), their gradients are s_i / k and
      s_i v_i / sum(v) and the covariance of the A_i is that of a multinomial sample of size m:
      var(A_i) = 1 / (m p_i (1 - p_i)), cov(A_i, A_j) = -1 / (m (1 - p_i)(1 - p_j)) for i != j.
      This is our delta-method computation, not a formula printed in the paper. It ignores
      that |A_i| is not differentiable at 0 (an option with A_i = 0 gets no weight) and that
      the mean of |A_i| is biased upwards by sampling noise: for an option whose |A_i| is not
      well above se(A_i) the normal approximation for B is poor.
    Every share must lie strictly between 0 and 100 (a log odds of 0 or 1 is infinite).
    """
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    size = np.abs(a)
    weights = v / np.sum(v)
    b = np.mean(size, axis=-1)
    b_w = np.sum(weights * size, axis=-1)
    if n is None:
        return ArzheimerEvans(a, _out(b), _out(b_w), options=options)

    n_arr = np.asarray(n, dtype=float)
    deff_arr = np.asarray(deff, dtype=float)
    if np.any(n_arr <= 0) or np.any(deff_arr <= 0):
        raise ValueError("n and deff must be positive")
    m = (n_arr / deff_arr)[..., np.newaxis, np.newaxis] if p.ndim > 1 else n_arr / deff_arr
    q = 1 - p
    # covariance of the A_i: -1 / (m q_i q_j) off the diagonal, 1 / (m p_i q_i) on it
    cov = -1.0 / (q[..., :, np.newaxis] * q[..., np.newaxis, :])
    diagonal = 1.0 / (p * q)
    k = p.shape[-1]
    index = np.arange(k)
    cov[..., index, index] = diagonal
    cov = cov / m
    sign = np.sign(a)
    grad_b = sign / k
    grad_bw = sign * weights
    var_b = np.einsum("...i,...ij,...j->...", grad_b, cov, grad_b)
    var_bw = np.einsum("...i,...ij,...j->...", grad_bw, cov, grad_bw)
    a_se = np.sqrt(cov[..., index, index])
    return ArzheimerEvans(a, _out(b), _out(b_w), a_se, _out(np.sqrt(var_b)), _out(np.sqrt(None)), options)

mutants_x_arzheimer_evans__mutmut['_mutmut_orig'] = x_arzheimer_evans__mutmut_orig # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_1'] = x_arzheimer_evans__mutmut_1 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_2'] = x_arzheimer_evans__mutmut_2 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_3'] = x_arzheimer_evans__mutmut_3 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_4'] = x_arzheimer_evans__mutmut_4 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_5'] = x_arzheimer_evans__mutmut_5 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_6'] = x_arzheimer_evans__mutmut_6 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_7'] = x_arzheimer_evans__mutmut_7 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_8'] = x_arzheimer_evans__mutmut_8 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_9'] = x_arzheimer_evans__mutmut_9 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_10'] = x_arzheimer_evans__mutmut_10 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_11'] = x_arzheimer_evans__mutmut_11 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_12'] = x_arzheimer_evans__mutmut_12 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_13'] = x_arzheimer_evans__mutmut_13 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_14'] = x_arzheimer_evans__mutmut_14 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_15'] = x_arzheimer_evans__mutmut_15 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_16'] = x_arzheimer_evans__mutmut_16 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_17'] = x_arzheimer_evans__mutmut_17 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_18'] = x_arzheimer_evans__mutmut_18 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_19'] = x_arzheimer_evans__mutmut_19 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_20'] = x_arzheimer_evans__mutmut_20 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_21'] = x_arzheimer_evans__mutmut_21 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_22'] = x_arzheimer_evans__mutmut_22 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_23'] = x_arzheimer_evans__mutmut_23 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_24'] = x_arzheimer_evans__mutmut_24 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_25'] = x_arzheimer_evans__mutmut_25 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_26'] = x_arzheimer_evans__mutmut_26 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_27'] = x_arzheimer_evans__mutmut_27 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_28'] = x_arzheimer_evans__mutmut_28 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_29'] = x_arzheimer_evans__mutmut_29 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_30'] = x_arzheimer_evans__mutmut_30 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_31'] = x_arzheimer_evans__mutmut_31 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_32'] = x_arzheimer_evans__mutmut_32 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_33'] = x_arzheimer_evans__mutmut_33 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_34'] = x_arzheimer_evans__mutmut_34 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_35'] = x_arzheimer_evans__mutmut_35 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_36'] = x_arzheimer_evans__mutmut_36 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_37'] = x_arzheimer_evans__mutmut_37 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_38'] = x_arzheimer_evans__mutmut_38 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_39'] = x_arzheimer_evans__mutmut_39 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_40'] = x_arzheimer_evans__mutmut_40 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_41'] = x_arzheimer_evans__mutmut_41 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_42'] = x_arzheimer_evans__mutmut_42 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_43'] = x_arzheimer_evans__mutmut_43 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_44'] = x_arzheimer_evans__mutmut_44 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_45'] = x_arzheimer_evans__mutmut_45 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_46'] = x_arzheimer_evans__mutmut_46 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_47'] = x_arzheimer_evans__mutmut_47 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_48'] = x_arzheimer_evans__mutmut_48 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_49'] = x_arzheimer_evans__mutmut_49 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_50'] = x_arzheimer_evans__mutmut_50 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_51'] = x_arzheimer_evans__mutmut_51 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_52'] = x_arzheimer_evans__mutmut_52 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_53'] = x_arzheimer_evans__mutmut_53 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_54'] = x_arzheimer_evans__mutmut_54 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_55'] = x_arzheimer_evans__mutmut_55 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_56'] = x_arzheimer_evans__mutmut_56 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_57'] = x_arzheimer_evans__mutmut_57 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_58'] = x_arzheimer_evans__mutmut_58 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_59'] = x_arzheimer_evans__mutmut_59 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_60'] = x_arzheimer_evans__mutmut_60 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_61'] = x_arzheimer_evans__mutmut_61 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_62'] = x_arzheimer_evans__mutmut_62 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_63'] = x_arzheimer_evans__mutmut_63 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_64'] = x_arzheimer_evans__mutmut_64 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_65'] = x_arzheimer_evans__mutmut_65 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_66'] = x_arzheimer_evans__mutmut_66 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_67'] = x_arzheimer_evans__mutmut_67 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_68'] = x_arzheimer_evans__mutmut_68 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_69'] = x_arzheimer_evans__mutmut_69 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_70'] = x_arzheimer_evans__mutmut_70 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_71'] = x_arzheimer_evans__mutmut_71 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_72'] = x_arzheimer_evans__mutmut_72 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_73'] = x_arzheimer_evans__mutmut_73 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_74'] = x_arzheimer_evans__mutmut_74 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_75'] = x_arzheimer_evans__mutmut_75 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_76'] = x_arzheimer_evans__mutmut_76 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_77'] = x_arzheimer_evans__mutmut_77 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_78'] = x_arzheimer_evans__mutmut_78 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_79'] = x_arzheimer_evans__mutmut_79 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_80'] = x_arzheimer_evans__mutmut_80 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_81'] = x_arzheimer_evans__mutmut_81 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_82'] = x_arzheimer_evans__mutmut_82 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_83'] = x_arzheimer_evans__mutmut_83 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_84'] = x_arzheimer_evans__mutmut_84 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_85'] = x_arzheimer_evans__mutmut_85 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_86'] = x_arzheimer_evans__mutmut_86 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_87'] = x_arzheimer_evans__mutmut_87 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_88'] = x_arzheimer_evans__mutmut_88 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_89'] = x_arzheimer_evans__mutmut_89 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_90'] = x_arzheimer_evans__mutmut_90 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_91'] = x_arzheimer_evans__mutmut_91 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_92'] = x_arzheimer_evans__mutmut_92 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_93'] = x_arzheimer_evans__mutmut_93 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_94'] = x_arzheimer_evans__mutmut_94 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_95'] = x_arzheimer_evans__mutmut_95 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_96'] = x_arzheimer_evans__mutmut_96 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_97'] = x_arzheimer_evans__mutmut_97 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_98'] = x_arzheimer_evans__mutmut_98 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_99'] = x_arzheimer_evans__mutmut_99 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_100'] = x_arzheimer_evans__mutmut_100 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_101'] = x_arzheimer_evans__mutmut_101 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_102'] = x_arzheimer_evans__mutmut_102 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_103'] = x_arzheimer_evans__mutmut_103 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_104'] = x_arzheimer_evans__mutmut_104 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_105'] = x_arzheimer_evans__mutmut_105 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_106'] = x_arzheimer_evans__mutmut_106 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_107'] = x_arzheimer_evans__mutmut_107 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_108'] = x_arzheimer_evans__mutmut_108 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_109'] = x_arzheimer_evans__mutmut_109 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_110'] = x_arzheimer_evans__mutmut_110 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_111'] = x_arzheimer_evans__mutmut_111 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_112'] = x_arzheimer_evans__mutmut_112 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_113'] = x_arzheimer_evans__mutmut_113 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_114'] = x_arzheimer_evans__mutmut_114 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_115'] = x_arzheimer_evans__mutmut_115 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_116'] = x_arzheimer_evans__mutmut_116 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_117'] = x_arzheimer_evans__mutmut_117 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_118'] = x_arzheimer_evans__mutmut_118 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_119'] = x_arzheimer_evans__mutmut_119 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_120'] = x_arzheimer_evans__mutmut_120 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_121'] = x_arzheimer_evans__mutmut_121 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_122'] = x_arzheimer_evans__mutmut_122 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_123'] = x_arzheimer_evans__mutmut_123 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_124'] = x_arzheimer_evans__mutmut_124 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_125'] = x_arzheimer_evans__mutmut_125 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_126'] = x_arzheimer_evans__mutmut_126 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_127'] = x_arzheimer_evans__mutmut_127 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_128'] = x_arzheimer_evans__mutmut_128 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_129'] = x_arzheimer_evans__mutmut_129 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_130'] = x_arzheimer_evans__mutmut_130 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_131'] = x_arzheimer_evans__mutmut_131 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_132'] = x_arzheimer_evans__mutmut_132 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_133'] = x_arzheimer_evans__mutmut_133 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_134'] = x_arzheimer_evans__mutmut_134 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_135'] = x_arzheimer_evans__mutmut_135 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_136'] = x_arzheimer_evans__mutmut_136 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_137'] = x_arzheimer_evans__mutmut_137 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_138'] = x_arzheimer_evans__mutmut_138 # type: ignore # mutmut generated
mutants_x_arzheimer_evans__mutmut['x_arzheimer_evans__mutmut_139'] = x_arzheimer_evans__mutmut_139 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__log_odds__mutmut)
def _log_odds(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_orig(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_1(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) and np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_2(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any(None) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_3(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) & (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_4(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p < 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_5(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 1) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_6(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p > 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_7(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 2)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_8(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any(None):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_9(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) & (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_10(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v < 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_11(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 1) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_12(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v > 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_13(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 2)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_14(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError(None)
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_15(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("XXlog odds need every share strictly between 0 and 100XX")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_16(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("LOG ODDS NEED EVERY SHARE STRICTLY BETWEEN 0 AND 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_17(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) + np.log(v / (1 - v))


def x__log_odds__mutmut_18(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(None) - np.log(v / (1 - v))


def x__log_odds__mutmut_19(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p * (1 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_20(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 + p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_21(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (2 - p)) - np.log(v / (1 - v))


def x__log_odds__mutmut_22(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(None)


def x__log_odds__mutmut_23(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v * (1 - v))


def x__log_odds__mutmut_24(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 + v))


def x__log_odds__mutmut_25(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (2 - v))

mutants_x__log_odds__mutmut['_mutmut_orig'] = x__log_odds__mutmut_orig # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_1'] = x__log_odds__mutmut_1 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_2'] = x__log_odds__mutmut_2 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_3'] = x__log_odds__mutmut_3 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_4'] = x__log_odds__mutmut_4 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_5'] = x__log_odds__mutmut_5 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_6'] = x__log_odds__mutmut_6 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_7'] = x__log_odds__mutmut_7 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_8'] = x__log_odds__mutmut_8 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_9'] = x__log_odds__mutmut_9 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_10'] = x__log_odds__mutmut_10 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_11'] = x__log_odds__mutmut_11 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_12'] = x__log_odds__mutmut_12 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_13'] = x__log_odds__mutmut_13 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_14'] = x__log_odds__mutmut_14 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_15'] = x__log_odds__mutmut_15 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_16'] = x__log_odds__mutmut_16 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_17'] = x__log_odds__mutmut_17 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_18'] = x__log_odds__mutmut_18 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_19'] = x__log_odds__mutmut_19 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_20'] = x__log_odds__mutmut_20 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_21'] = x__log_odds__mutmut_21 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_22'] = x__log_odds__mutmut_22 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_23'] = x__log_odds__mutmut_23 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_24'] = x__log_odds__mutmut_24 # type: ignore # mutmut generated
mutants_x__log_odds__mutmut['x__log_odds__mutmut_25'] = x__log_odds__mutmut_25 # type: ignore # mutmut generated
mutants_x__aligned__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__aligned__mutmut)
def _aligned(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_orig(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_1(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = ""
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_2(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) and isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_3(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_4(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) or isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_5(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError(None)
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_6(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("XXpass two mappings or two sequences, not one of eachXX")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_7(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("PASS TWO MAPPINGS OR TWO SEQUENCES, NOT ONE OF EACH")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_8(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = None
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_9(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) & set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_10(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(None) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_11(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(None)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_12(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(None)
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_13(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(None)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_14(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = None
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_15(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(None)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_16(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = None
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_17(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array(None, dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_18(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=None)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_19(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array(dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_20(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], )
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_21(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = None
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_22(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array(None, dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_23(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=None)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_24(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array(dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_25(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], )
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_26(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = None
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_27(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(None, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_28(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=None)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_29(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_30(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, )
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_31(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = None
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_32(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(None, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_33(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=None)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_34(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_35(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, )
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_36(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim == 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_37(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 2:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_38(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError(None)
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_39(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("XXofficial must be one result: a one-dimensional list of sharesXX")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_40(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("OFFICIAL MUST BE ONE RESULT: A ONE-DIMENSIONAL LIST OF SHARES")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_41(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) and p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_42(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_43(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (2, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_44(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 3) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_45(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[+1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_46(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-2] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_47(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] == v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_48(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[1]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_49(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(None)
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_50(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[1]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_51(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[1]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_52(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) and np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_53(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(None) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_54(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(None)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_55(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(None):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_56(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(None)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_57(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError(None)
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_58(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("XXshares must not be missing (nan)XX")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_59(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("SHARES MUST NOT BE MISSING (NAN)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_60(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) and np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_61(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any(None) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_62(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) & (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_63(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p <= 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_64(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 1) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_65(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p >= 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_66(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 101)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_67(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any(None):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_68(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) & (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_69(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v <= 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_70(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 1) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_71(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v >= 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_72(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 101)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_73(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError(None)
    return p / 100, v / 100, options


def x__aligned__mutmut_74(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("XXshares must be percents within 0..100XX")
    return p / 100, v / 100, options


def x__aligned__mutmut_75(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("SHARES MUST BE PERCENTS WITHIN 0..100")
    return p / 100, v / 100, options


def x__aligned__mutmut_76(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p * 100, v / 100, options


def x__aligned__mutmut_77(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 101, v / 100, options


def x__aligned__mutmut_78(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v * 100, options


def x__aligned__mutmut_79(
    poll: Shares, official: Shares
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64], tuple[str, ...] | None]:
    """Both sides as proportions, aligned; the option names when mappings were passed."""
    options: tuple[str, ...] | None = None
    if isinstance(poll, Mapping) or isinstance(official, Mapping):
        if not (isinstance(poll, Mapping) and isinstance(official, Mapping)):
            raise ValueError("pass two mappings or two sequences, not one of each")
        missing = set(official) ^ set(poll)
        if missing:
            raise ValueError(f"poll and official differ in options: {sorted(missing)}")
        options = tuple(official)
        p = np.array([poll[name] for name in options], dtype=float)
        v = np.array([official[name] for name in options], dtype=float)
    else:
        p = np.asarray(poll, dtype=float)
        v = np.asarray(official, dtype=float)
    if v.ndim != 1:
        raise ValueError("official must be one result: a one-dimensional list of shares")
    if p.ndim not in (1, 2) or p.shape[-1] != v.shape[0]:
        raise ValueError(f"poll has shape {p.shape}; expected ({v.shape[0]},) or (polls, {v.shape[0]})")
    if np.any(np.isnan(p)) or np.any(np.isnan(v)):
        raise ValueError("shares must not be missing (nan)")
    if np.any((p < 0) | (p > 100)) or np.any((v < 0) | (v > 100)):
        raise ValueError("shares must be percents within 0..100")
    return p / 100, v / 101, options

mutants_x__aligned__mutmut['_mutmut_orig'] = x__aligned__mutmut_orig # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_1'] = x__aligned__mutmut_1 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_2'] = x__aligned__mutmut_2 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_3'] = x__aligned__mutmut_3 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_4'] = x__aligned__mutmut_4 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_5'] = x__aligned__mutmut_5 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_6'] = x__aligned__mutmut_6 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_7'] = x__aligned__mutmut_7 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_8'] = x__aligned__mutmut_8 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_9'] = x__aligned__mutmut_9 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_10'] = x__aligned__mutmut_10 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_11'] = x__aligned__mutmut_11 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_12'] = x__aligned__mutmut_12 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_13'] = x__aligned__mutmut_13 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_14'] = x__aligned__mutmut_14 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_15'] = x__aligned__mutmut_15 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_16'] = x__aligned__mutmut_16 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_17'] = x__aligned__mutmut_17 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_18'] = x__aligned__mutmut_18 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_19'] = x__aligned__mutmut_19 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_20'] = x__aligned__mutmut_20 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_21'] = x__aligned__mutmut_21 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_22'] = x__aligned__mutmut_22 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_23'] = x__aligned__mutmut_23 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_24'] = x__aligned__mutmut_24 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_25'] = x__aligned__mutmut_25 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_26'] = x__aligned__mutmut_26 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_27'] = x__aligned__mutmut_27 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_28'] = x__aligned__mutmut_28 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_29'] = x__aligned__mutmut_29 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_30'] = x__aligned__mutmut_30 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_31'] = x__aligned__mutmut_31 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_32'] = x__aligned__mutmut_32 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_33'] = x__aligned__mutmut_33 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_34'] = x__aligned__mutmut_34 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_35'] = x__aligned__mutmut_35 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_36'] = x__aligned__mutmut_36 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_37'] = x__aligned__mutmut_37 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_38'] = x__aligned__mutmut_38 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_39'] = x__aligned__mutmut_39 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_40'] = x__aligned__mutmut_40 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_41'] = x__aligned__mutmut_41 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_42'] = x__aligned__mutmut_42 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_43'] = x__aligned__mutmut_43 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_44'] = x__aligned__mutmut_44 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_45'] = x__aligned__mutmut_45 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_46'] = x__aligned__mutmut_46 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_47'] = x__aligned__mutmut_47 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_48'] = x__aligned__mutmut_48 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_49'] = x__aligned__mutmut_49 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_50'] = x__aligned__mutmut_50 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_51'] = x__aligned__mutmut_51 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_52'] = x__aligned__mutmut_52 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_53'] = x__aligned__mutmut_53 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_54'] = x__aligned__mutmut_54 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_55'] = x__aligned__mutmut_55 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_56'] = x__aligned__mutmut_56 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_57'] = x__aligned__mutmut_57 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_58'] = x__aligned__mutmut_58 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_59'] = x__aligned__mutmut_59 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_60'] = x__aligned__mutmut_60 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_61'] = x__aligned__mutmut_61 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_62'] = x__aligned__mutmut_62 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_63'] = x__aligned__mutmut_63 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_64'] = x__aligned__mutmut_64 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_65'] = x__aligned__mutmut_65 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_66'] = x__aligned__mutmut_66 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_67'] = x__aligned__mutmut_67 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_68'] = x__aligned__mutmut_68 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_69'] = x__aligned__mutmut_69 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_70'] = x__aligned__mutmut_70 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_71'] = x__aligned__mutmut_71 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_72'] = x__aligned__mutmut_72 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_73'] = x__aligned__mutmut_73 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_74'] = x__aligned__mutmut_74 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_75'] = x__aligned__mutmut_75 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_76'] = x__aligned__mutmut_76 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_77'] = x__aligned__mutmut_77 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_78'] = x__aligned__mutmut_78 # type: ignore # mutmut generated
mutants_x__aligned__mutmut['x__aligned__mutmut_79'] = x__aligned__mutmut_79 # type: ignore # mutmut generated
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
