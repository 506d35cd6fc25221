"""What sampling error alone would give: the null of the accuracy measures, threshold and seat uncertainty.

Why: B and B_w are means of absolute values, so a poll with no bias at all has B > 0; "B = 0.043
± 0.019" means nothing until it is set beside what an unbiased poll of the same size would score.
A poll's seat projection is a point too: whether a party near the threshold clears it, and how
many seats each party gets, vary from sample to sample. Both are answered by drawing many samples
of the poll's effective size m = n / deff from a multinomial distribution (the count's shares for
the null of accuracy, the poll's own shares for its projection) and scoring each draw as the poll
was scored.

Every function takes a `seed` and uses numpy's default generator seeded with it, so a report is
reproducible: the same inputs and seed give the same figures. `SEED` and `DRAWS` are the values
the commands use. docs/methods.md §4.6 and §1.5 give the method, its limits and worked examples.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import cast

import numpy as np
import numpy.typing as npt

from kzcheck.methods import accuracy
from kzcheck.methods.allocation import Method
from kzcheck.methods.batch_allocation import allocate_rows

SEED: int = 13
DRAWS: int = 2000
SEAT_DRAWS: int = 1000


def effective_size(n: float, deff: float) -> int:
    """The multinomial size a poll is simulated with: n / deff rounded, at least 1."""
    if not n > 0 or not deff > 0:
        raise ValueError(f"n and deff must be positive, got {n} and {deff}")
    return max(1, round(n / deff))


def draw_shares(
    shares: Sequence[float] | npt.NDArray[np.float64], n: float, deff: float, draws: int, seed: int
) -> npt.NDArray[np.float64]:
    """`draws` samples of the poll's effective size from a multinomial on `shares` (percent), as percents."""
    p = np.asarray(shares, dtype=float)
    if p.ndim != 1 or np.any(p < 0) or not p.sum() > 0:
        raise ValueError("shares must be one list of non-negative percents")
    size = effective_size(n, deff)
    rng = np.random.default_rng(seed)
    counts = rng.multinomial(size, p / p.sum(), size=draws)
    return np.asarray(100 * counts / size, dtype=float)


@dataclass(frozen=True)
class NullScore:
    """One accuracy measure against its distribution under pure sampling error.

    observed: the poll's value. expected: its mean over the draws (what an unbiased poll of the
    same n and deff scores on average). p_value: (1 + draws at or above observed) / (1 + draws),
    the share of unbiased polls that would score at least as badly. low, high: the central 95% of
    the draws (the range an unbiased poll's score falls in).
    """

    observed: float
    expected: float
    p_value: float
    low: float
    high: float


@dataclass(frozen=True)
class AccuracyNull:
    """B, B_w and M3 against their null, with the inputs that produced it."""

    b: NullScore
    b_w: NullScore
    m3: NullScore
    draws: int
    seed: int
    effective_n: int


def _score(observed: float, simulated: npt.NDArray[np.float64]) -> NullScore:
    finite = simulated[np.isfinite(simulated)]
    p = (1 + int(np.sum(finite >= observed - 1e-12))) / (1 + finite.size)
    low, high = np.quantile(finite, [0.025, 0.975])
    return NullScore(float(observed), float(finite.mean()), float(p), float(low), float(high))


def accuracy_null(
    poll: Mapping[str, float],
    official: Mapping[str, float],
    n: float,
    deff: float,
    draws: int = DRAWS,
    seed: int = SEED,
) -> AccuracyNull:
    """B, B_w and M3 of the poll (rescaled to 100) against unbiased polls drawn from the count.

    Each draw is a multinomial sample of size round(n / deff) from the official shares; shares a
    draw gives as 0 or 100 are moved half a respondent in (1 / (2 m)), so the log odds stay finite.
    """
    options = tuple(official)
    v = np.array([official[o] for o in options], dtype=float)
    p = accuracy.rescale({o: poll[o] for o in options}).shares
    ae = accuracy.arzheimer_evans(p, official)
    m3 = float(accuracy.mosteller_m3(p, official))
    size = effective_size(n, deff)
    simulated = draw_shares(v, n, deff, draws, seed)
    half = 50.0 / size
    simulated = np.clip(simulated, half, 100 - half)
    simulated = simulated / simulated.sum(axis=1, keepdims=True) * 100
    sim = accuracy.arzheimer_evans(simulated, v)
    sim_m3 = np.asarray(accuracy.mosteller_m3(simulated, v), dtype=float)
    return AccuracyNull(
        _score(float(ae.b), np.asarray(sim.b, dtype=float)),
        _score(float(ae.b_w), np.asarray(sim.b_w, dtype=float)),
        _score(m3, sim_m3),
        draws,
        seed,
        size,
    )


@dataclass(frozen=True)
class SeatProjection:
    """A poll's seat projection with its sampling uncertainty.

    seats: the projection from the poll's printed shares. clears: per party, the share of draws
    in which it clears the threshold (a party a minimum-party rule admits below it does not count). low, high: per
    party, the central 95% of its seat count over the draws. median: per party, the median.
    """

    seats: dict[str, int]
    clears: dict[str, float]
    low: dict[str, int]
    high: dict[str, int]
    median: dict[str, float]
    draws: int
    seed: int
    effective_n: int


def project_seats(
    shares: Mapping[str, float],
    eligible: Sequence[str],
    seats: int,
    method: str,
    threshold: float | None,
    n: float,
    deff: float,
    min_parties: int = 0,
    draws: int = SEAT_DRAWS,
    seed: int = SEED,
) -> SeatProjection:
    """Seats and threshold calls over samples drawn from the poll's own shares (all lines, the threshold's base).

    shares: every line of the poll (parties and lines that never get seats, such as "against
        all"): the threshold is a share of their sum. eligible: the parties that can win seats.
    Shares are scaled to integer votes (hundredths of a percent) for the allocation, as the
    projection from the printed figures is.
    """
    names = tuple(shares)
    party = [name for name in names if name in set(eligible)]
    columns = [names.index(name) for name in party]

    def allocation(rows: npt.NDArray[np.float64]) -> npt.NDArray[np.int64]:
        """Seats per party (columns) of each row of percents (every line), in votes of a hundredth of a percent."""
        votes = np.rint(rows * 10_000 / 100).astype(np.int64)  # round(): the nearest, a half to the even one
        return allocate_rows(votes[:, columns], seats, cast(Method, method), threshold, votes.sum(axis=1), min_parties)

    printed = [shares[name] for name in names]
    point = dict(zip(party, allocation(np.array([printed], dtype=float))[0].tolist(), strict=True))
    simulated = draw_shares(printed, n, deff, draws, seed)
    table = allocation(simulated).astype(float)
    cleared = _admitted(simulated, columns, threshold).sum(axis=0)
    low, high = np.quantile(table, [0.025, 0.975], axis=0, method="inverted_cdf")
    median = np.median(table, axis=0)
    return SeatProjection(
        point,
        {name: float(c / draws) for name, c in zip(party, cleared, strict=True)},
        {name: int(x) for name, x in zip(party, low, strict=True)},
        {name: int(x) for name, x in zip(party, high, strict=True)},
        {name: float(x) for name, x in zip(party, median, strict=True)},
        draws,
        seed,
        effective_size(n, deff),
    )


def _admitted(
    simulated: npt.NDArray[np.float64], columns: list[int], threshold: float | None
) -> npt.NDArray[np.float64]:
    """Per draw, 1 for each party (its column) the draw puts at or above the threshold (of the sum of every line),
    else 0. The sum adds the lines left to right, as Python's sum of the row would."""
    if threshold is None:
        return np.ones((len(simulated), len(columns)))
    total = np.zeros(len(simulated))
    for j in range(simulated.shape[1]):
        total = total + simulated[:, j]
    line = threshold * total / 100
    return np.asarray(simulated[:, columns] >= line[:, None], dtype=float)
