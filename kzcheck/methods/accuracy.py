"""Poll accuracy against the official result: Mosteller's M3 and M5, Arzheimer-Evans A, B, B_w, MTK's A.

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
from typing import NamedTuple, TypeAlias, overload

import numpy as np
import numpy.typing as npt

Number: TypeAlias = float | npt.NDArray[np.float64]
Positional: TypeAlias = Sequence[float] | npt.NDArray[np.float64]
Shares: TypeAlias = Mapping[str, float] | Positional


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
def errors(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Error per option in percentage points: poll - official (positive = over-stated)."""
    p, v, options = _aligned(poll, official)
    diff = 100 * (p - v)
    if options is not None and diff.ndim == 1:
        return {name: float(value) for name, value in zip(options, diff, strict=True)}
    return diff


def mosteller_m3(poll: Shares, official: Shares) -> Number:
    """Mosteller's measure 3: mean absolute error over all options, percentage points.

    M3 = (1/k) * sum_i |p_i - v_i| over the k options the poll reports (including "against
    all" when both sides report it).
    """
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.mean(np.abs(p - v), axis=-1))


def max_abs_error(poll: Shares, official: Shares) -> Number:
    """The largest absolute error over the options, percentage points."""
    p, v, _ = _aligned(poll, official)
    return _out(100 * np.max(np.abs(p - v), axis=-1))


def leading_pair(official: Shares) -> tuple[int, int]:
    """Positions of the two options with the largest official shares (ties: earlier first)."""
    _, v, _ = _aligned(official, official)
    if v.ndim != 1 or v.size < 2:
        raise ValueError("the official result must list at least two options")
    order = np.argsort(-v, kind="stable")
    return int(order[0]), int(order[1])


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


@overload
def log_odds_ratios(poll: Mapping[str, float], official: Mapping[str, float]) -> dict[str, float]: ...
@overload
def log_odds_ratios(poll: Positional, official: Positional) -> npt.NDArray[np.float64]: ...
def log_odds_ratios(poll: Shares, official: Shares) -> dict[str, float] | npt.NDArray[np.float64]:
    """Arzheimer and Evans (2014) A_i = ln[(p_i / (1 - p_i)) / (v_i / (1 - v_i))] per option."""
    p, v, options = _aligned(poll, official)
    a = _log_odds(p, v)
    if options is not None and a.ndim == 1:
        return {name: float(value) for name, value in zip(options, a, strict=True)}
    return a


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


class Rescaled(NamedTuple):
    """Poll shares rescaled to sum to 100: the shares, the printed sum and whether anything changed."""

    shares: dict[str, float]
    printed_sum: float
    rescaled: bool


def rescale(poll: Mapping[str, float]) -> Rescaled:
    """The poll's shares rescaled to sum to 100 (p_i * 100 / sum p), as measures on proportions assume.

    A poll printed to two decimals sums to 100.09 or 99.92 through rounding and, sometimes, an
    omitted line; A_i, B, B_w and the simulations treat shares as one distribution, so they
    score the rescaled shares. The printed sum is kept so the report can say so.
    """
    total = float(sum(poll.values()))
    if not total > 0:
        raise ValueError("the poll's shares sum to 0: nothing to rescale")
    changed = abs(total - 100) > 1e-9
    shares = {k: float(v) * 100 / total for k, v in poll.items()} if changed else {k: float(v) for k, v in poll.items()}
    return Rescaled(shares, total, changed)


class MartinTraugottKennedy(NamedTuple):
    """Martin, Traugott and Kennedy's (2005) A for the two leading options, with its standard error.

    a: ln[(p_a / p_b) / (v_a / v_b)], a and b first and second in the official result; > 0: the
        poll over-stated the winner against the runner-up.
    se: sqrt((1 / p_a + 1 / p_b) deff / n), or None without n.
    options: (a, b) as positions in the official result.
    """

    a: float
    se: float | None
    options: tuple[int, int]


def martin_traugott_kennedy(
    poll: Shares, official: Shares, n: float | None = None, deff: float = 1.0
) -> MartinTraugottKennedy:
    """MTK's A = ln[(p_a / p_b) / (v_a / v_b)] on the official leading pair, se by the delta method.

    var(ln p_a - ln p_b) = (1 - p_a) / (m p_a) + (1 - p_b) / (m p_b) + 2 / m = (1 / p_a + 1 / p_b) / m
    for a multinomial sample of effective size m = n / deff (Martin, Traugott and Kennedy 2005
    give the same variance for simple random samples).
    """
    p, v, _ = _aligned(poll, official)
    if p.ndim != 1:
        raise ValueError("score one poll at a time")
    first, second = leading_pair(v)
    pa, pb, va, vb = p[first], p[second], v[first], v[second]
    if min(pa, pb, va, vb) <= 0:
        raise ValueError("MTK's A needs both leading options' shares above 0")
    a = float(np.log((pa / pb) / (va / vb)))
    se = None
    if n is not None:
        if not n > 0 or not deff > 0:
            raise ValueError("n and deff must be positive")
        se = float(np.sqrt((1 / pa + 1 / pb) * deff / n))
    return MartinTraugottKennedy(a, se, (first, second))


def m5_standard_error(poll: Shares, official: Shares, n: float, deff: float = 1.0) -> float:
    """Standard error of M5 in points: the lead p_a - p_b of one poll, sqrt([p_a + p_b - (p_a - p_b)^2] deff / n).

    The official lead is a count and has no sampling error, so M5's error is the poll lead's.
    """
    p, v, _ = _aligned(poll, official)
    first, second = leading_pair(v)
    pa, pb = p[..., first], p[..., second]
    if not n > 0 or not deff > 0:
        raise ValueError("n and deff must be positive")
    return float(100 * np.sqrt((pa + pb - (pa - pb) ** 2) * deff / n))


def _log_odds(p: npt.NDArray[np.float64], v: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    if np.any((p <= 0) | (p >= 1)) or np.any((v <= 0) | (v >= 1)):
        raise ValueError("log odds need every share strictly between 0 and 100")
    return np.log(p / (1 - p)) - np.log(v / (1 - v))


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


def _out(values: npt.ArrayLike) -> Number:
    array = np.asarray(values, dtype=float)
    return float(array) if array.ndim == 0 else array
