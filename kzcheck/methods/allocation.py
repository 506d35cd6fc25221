"""List-seat allocation: Hare quota with largest remainders, D'Hondt, Sainte-Laguë.

Why: a CEC seat table can be checked only by recomputing it from the votes. Kazakhstan's law
(Constitutional Law "On Elections", Art. 97-1) prescribes the Hare quota with largest
remainders; D'Hondt and Sainte-Laguë are here so a report can show that the official seats
match the law's method and not another one (2023: D'Hondt would give AMANAT 41 seats, not 40).

All arithmetic on votes is exact (integers and fractions), so a tie is a real tie and is broken
by the rule of the law, never by floating-point noise: the party earlier in the order passed
(the registration order) wins it. Floats appear only in the reported quota and remainders.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Literal

Method = Literal["hare", "dhondt", "sainte-lague"]
METHODS: tuple[str, ...] = ("hare", "dhondt", "sainte-lague")


@dataclass(frozen=True)
class Allocation:
    """The seats and the numbers that explain them.

    seats: seats per party, for every party passed and in the order passed (0 below threshold).
    quota: Hare: the quota (votes of the eligible parties / seats). Divisor methods: the lowest
        average that won a seat (every eligible party has seats = the number of its averages at
        or above it). None when no seat was allocated.
    remainders: Hare: for each eligible party, the fractional part of votes / quota, the number
        the leftover seats are ranked by. Divisor methods: for each eligible party, its next
        average (votes / next divisor), the number it would compete with for one more seat.
    method: "hare", "dhondt" or "sainte-lague".
    eligible: the parties at or above the threshold (and any a minimum-party rule admitted), in the order passed.
    threshold_votes: the votes the threshold requires (threshold % of base_votes), or None.
    base_votes: the base the threshold was taken of.
    """

    seats: dict[str, int]
    quota: float | None
    remainders: dict[str, float]
    method: str
    eligible: tuple[str, ...] = ()
    threshold_votes: float | None = None
    base_votes: int = 0


def allocate(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
    min_parties: int = 0,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, seats, method, threshold_percent, base_votes, min_parties).seats


def allocate_detailed(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
    min_parties: int = 0,
) -> Allocation:
    """Allocate `seats` among the parties in `votes` and say why.

    votes: votes per seat-eligible party, in registration order (the order breaks ties).
        Lines that never get seats ("against all") must not be in it; put them in base_votes.
        Values may be Python or numpy integers, or floats with an integral value.
    seats: seats to allocate (>= 0).
    method: "hare" (Hare quota, largest remainders), "dhondt" (divisors 1, 2, 3, ...) or
        "sainte-lague" (divisors 1, 3, 5, ...; the pure form, first divisor 1).
    threshold_percent: a party needs votes >= threshold_percent % of base_votes to take part;
        None for no threshold. The others get 0 seats and their votes leave the quota.
    base_votes: the base the threshold is a share of (default: the sum of `votes`). For the
        2023 Mazhilis it is 6,366,441: the party votes plus the 248,291 "against all" votes.
    min_parties: when fewer parties reach the threshold, the parties with the most votes below it
        are admitted too, in order of votes (ties: the earlier party), until this many take part
        (parties with no vote are never admitted). Kazakhstan's law admits the runner-up when
        only one party passes: min_parties = 2. 0 (the default) for no such rule.

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = sum(counts.values())
    base = total if base_votes is None else _count(base_votes, "base_votes")
    if base < total:
        raise ValueError(f"base_votes {base} is smaller than the votes passed ({total})")

    threshold_votes: float | None = None
    if threshold_percent is None:
        eligible = list(counts)
    else:
        share = Fraction(str(threshold_percent))
        if not 0 <= share <= 100:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]
    eligible = _with_minimum(counts, eligible, _count(min_parties, "min_parties"))

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def _with_minimum(counts: dict[str, int], eligible: list[str], minimum: int) -> list[str]:
    """The eligible parties plus, while fewer than `minimum`, the next by votes (ties: earlier); registration order."""
    if len(eligible) >= minimum:
        return eligible
    order = {name: index for index, name in enumerate(counts)}
    below = sorted((n for n in counts if n not in eligible and counts[n] > 0), key=lambda n: (-counts[n], order[n]))
    admitted = set(eligible) | set(below[: minimum - len(eligible)])
    return [name for name in counts if name in admitted]


def _hare(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def _highest_averages(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(0)
    for _ in range(seats):
        best = names[0]
        best_average = Fraction(counts[best], divisor(won[best]))
        for name in names[1:]:
            average = Fraction(counts[name], divisor(won[name]))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


_DIVISORS: dict[str, Callable[[int], int]] = {
    "dhondt": lambda won: won + 1,
    "sainte-lague": lambda won: 2 * won + 1,
}


def _count(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.index(value)  # int and numpy integers
    except TypeError:
        if hasattr(value, "is_integer") and value.is_integer():  # float and numpy floats
            number = int(value)
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number
