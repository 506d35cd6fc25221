"""List-seat allocation of many vote rows at once: `allocation.allocate`'s rules on a whole matrix with numpy.

Why: a seat projection's uncertainty allocates the seats of a thousand simulated samples of each poll; one
`allocate` per sample, in Python's exact fractions, costs a second of a run on the bundled data. The rules are
`kzcheck.methods.allocation`'s, word for word (docs/methods.md §1): the same threshold, minimum-party rule, Hare
quota with largest remainders and divisor methods, and the same ties. Only the arithmetic is batched, and it stays
exact: every comparison is made between integers (int64), never between floats.

- Threshold: a party takes part if votes >= t / 100 * base, t the threshold read as the decimal it prints
  (`Fraction(str(t))` = p / q): votes * 100 * q >= p * base.
- Minimum-party rule: while fewer parties clear it than `min_parties`, the parties below it with votes are admitted
  by votes, a tie to the earlier party.
- Hare: votes * seats = whole * pool + rest; the seats left go to the largest `rest` (the remainders share one
  denominator, the pool, so they compare as integers), a tie to the earlier party.
- Divisor methods: seat by seat, the largest average v / d; a / b > c / d compared as a * d > c * b, a tie to the
  earlier party.

A row the batch cannot decide as `allocate` would, because `allocate` refuses it (a negative vote, a base below
the votes, seats with no eligible vote), goes to `allocate` itself, which raises its own message; so does every row
when the integers could overflow int64 (vote counts far beyond a poll's 10,000 scaled votes).
"""

from __future__ import annotations

from fractions import Fraction
from typing import cast

import numpy as np
import numpy.typing as npt

from kzcheck.methods.allocation import METHODS, Method, allocate

Rows = npt.NDArray[np.int64]
_LIMIT = 2**62  # products stay below this, so an int64 never overflows


def allocate_rows(
    votes: npt.ArrayLike,
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: npt.ArrayLike | None = None,
    min_parties: int = 0,
) -> Rows:
    """Seats per party for each row of `votes`, equal row by row to `allocate` on that row.

    votes: (rows, parties) whole vote counts, the parties in registration order (the order breaks ties).
    base_votes: (rows,) the base of each row's threshold (default: the row's sum).
    seats, method, threshold_percent, min_parties: as for `allocation.allocate`.
    Returns (rows, parties) int64 seats. Raises `allocate`'s ValueError for the first row `allocate` refuses.
    """
    v = _whole(votes)
    if v.ndim != 2:
        raise ValueError(f"votes must be a (rows, parties) matrix, got shape {v.shape}")
    base = v.sum(axis=1) if base_votes is None else np.asarray(base_votes, dtype=np.int64).reshape(len(v))
    method_key = str(method).strip().lower()
    share = None if threshold_percent is None else Fraction(str(threshold_percent))
    if (
        method_key not in METHODS
        or (share is not None and not 0 <= share <= 100)
        or isinstance(seats, bool)
        or not isinstance(seats, int | np.integer)
        or not isinstance(min_parties, int | np.integer)
        or seats < 0
        or min_parties < 0
        or _may_overflow(v, base, seats, share)
    ):
        return _one_by_one(v, base, seats, method, threshold_percent, min_parties)
    seats, minimum = int(seats), int(min_parties)
    eligible = _eligible(v, base, share, minimum)
    counts = np.where(eligible, v, 0)
    pool = counts.sum(axis=1)
    refused = (v < 0).any(axis=1) | (base < v.sum(axis=1)) | ((pool == 0) & (seats > 0))
    result = np.zeros_like(v)
    good = ~refused
    if seats > 0 and good.any():
        if method_key == "hare":
            result[good] = _hare(counts[good], eligible[good], pool[good], seats)
        else:
            result[good] = _highest_averages(counts[good], seats, 2 if method_key == "sainte-lague" else 1)
    if refused.any():
        result[refused] = _one_by_one(v[refused], base[refused], seats, method, threshold_percent, min_parties)
    return result


def _whole(votes: npt.ArrayLike) -> Rows:
    """The votes as int64, refusing what `allocate` refuses to count (fractions, booleans)."""
    given = np.asarray(votes)
    if given.dtype.kind in "iu":
        return given.astype(np.int64)
    if given.dtype.kind == "f" and bool(np.all(np.isfinite(given) & (given == np.floor(given)))):
        return given.astype(np.int64)
    raise ValueError(f"votes must be whole numbers, got an array of {given.dtype}")


def _may_overflow(v: Rows, base: Rows, seats: int, share: Fraction | None) -> bool:
    """Whether a product the batch forms could leave int64 (then `allocate` decides every row)."""
    if v.size == 0:
        return False
    top = max(int(np.abs(v).max()), int(np.abs(base).max()) if base.size else 0, 1)
    factors = [2 * int(seats) + 1]
    if share is not None:
        factors += [100 * share.denominator, share.numerator]
    return top * max(factors) * max(int(seats), 1) >= _LIMIT


def _eligible(v: Rows, base: Rows, share: Fraction | None, minimum: int) -> npt.NDArray[np.bool_]:
    """Who takes part: at or above the threshold, then the minimum-party rule's admissions."""
    if share is None:
        eligible = np.ones(v.shape, dtype=bool)
    else:
        eligible = v * (100 * share.denominator) >= share.numerator * base[:, None]
    short = minimum - eligible.sum(axis=1)
    if minimum and (short > 0).any():
        waiting = ~eligible & (v > 0)
        # rank the waiting parties by votes, a tie to the earlier party (a stable sort keeps registration order)
        key = np.where(waiting, v, -1)
        rank = _ranks(-key)
        eligible = eligible | (waiting & (rank < short[:, None]))
    return eligible


def _hare(counts: Rows, eligible: npt.NDArray[np.bool_], pool: Rows, seats: int) -> Rows:
    """Hare quota and largest remainders, exact: votes * seats = whole * pool + rest."""
    whole, rest = np.divmod(counts * seats, pool[:, None])
    leftover = seats - whole.sum(axis=1)
    # the largest rests first, a tie to the earlier party; the parties not taking part after every one taking part
    rank = _ranks(-np.where(eligible, rest, -1))
    return cast(Rows, whole + (rank < leftover[:, None]))


def _ranks(key: Rows) -> Rows:
    """Each entry's place (0 first) when its row is sorted by `key` ascending, a tie to the earlier column."""
    order = np.argsort(key, axis=1, kind="stable")
    return np.argsort(order, axis=1, kind="stable")  # the inverse permutation


def _highest_averages(counts: Rows, seats: int, step: int) -> Rows:
    """Seat by seat to the largest average counts / (step * won + 1), a tie to the earlier party (strictly greater
    wins). A party not taking part has 0 votes here: with some vote in the row its average never wins."""
    rows = np.arange(len(counts))
    won = np.zeros_like(counts)
    for _ in range(seats):
        divisor = step * won + 1
        best = np.zeros(len(counts), dtype=np.intp)
        for j in range(1, counts.shape[1]):
            better = counts[:, j] * divisor[rows, best] > counts[rows, best] * divisor[:, j]
            best = np.where(better, j, best)
        won[rows, best] += 1
    return won


def _one_by_one(
    v: Rows, base: Rows, seats: int, method: Method, threshold_percent: float | None, min_parties: int
) -> Rows:
    """`allocate` on each row (its own checks and messages)."""
    names = [str(j) for j in range(v.shape[1])]
    out = np.zeros(v.shape, dtype=np.int64)
    for i, row in enumerate(v):
        won = allocate(
            dict(zip(names, row.tolist(), strict=True)), seats, method, threshold_percent, int(base[i]), min_parties
        )
        out[i] = [won[name] for name in names]
    return out
