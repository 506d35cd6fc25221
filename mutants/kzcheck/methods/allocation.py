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


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
    eligible: the parties at or above the threshold, in the order passed.
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
mutants_x_allocate__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_allocate__mutmut)
def allocate(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, seats, method, threshold_percent, base_votes).seats


def x_allocate__mutmut_orig(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, seats, method, threshold_percent, base_votes).seats


def x_allocate__mutmut_1(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "XXhareXX",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, seats, method, threshold_percent, base_votes).seats


def x_allocate__mutmut_2(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "HARE",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, seats, method, threshold_percent, base_votes).seats


def x_allocate__mutmut_3(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(None, seats, method, threshold_percent, base_votes).seats


def x_allocate__mutmut_4(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, None, method, threshold_percent, base_votes).seats


def x_allocate__mutmut_5(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, seats, None, threshold_percent, base_votes).seats


def x_allocate__mutmut_6(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, seats, method, None, base_votes).seats


def x_allocate__mutmut_7(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, seats, method, threshold_percent, None).seats


def x_allocate__mutmut_8(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(seats, method, threshold_percent, base_votes).seats


def x_allocate__mutmut_9(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, method, threshold_percent, base_votes).seats


def x_allocate__mutmut_10(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, seats, threshold_percent, base_votes).seats


def x_allocate__mutmut_11(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, seats, method, base_votes).seats


def x_allocate__mutmut_12(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
) -> dict[str, int]:
    """Seats per party; see `allocate_detailed` for the rules and the explanation."""
    return allocate_detailed(votes, seats, method, threshold_percent, ).seats

mutants_x_allocate__mutmut['_mutmut_orig'] = x_allocate__mutmut_orig # type: ignore # mutmut generated
mutants_x_allocate__mutmut['x_allocate__mutmut_1'] = x_allocate__mutmut_1 # type: ignore # mutmut generated
mutants_x_allocate__mutmut['x_allocate__mutmut_2'] = x_allocate__mutmut_2 # type: ignore # mutmut generated
mutants_x_allocate__mutmut['x_allocate__mutmut_3'] = x_allocate__mutmut_3 # type: ignore # mutmut generated
mutants_x_allocate__mutmut['x_allocate__mutmut_4'] = x_allocate__mutmut_4 # type: ignore # mutmut generated
mutants_x_allocate__mutmut['x_allocate__mutmut_5'] = x_allocate__mutmut_5 # type: ignore # mutmut generated
mutants_x_allocate__mutmut['x_allocate__mutmut_6'] = x_allocate__mutmut_6 # type: ignore # mutmut generated
mutants_x_allocate__mutmut['x_allocate__mutmut_7'] = x_allocate__mutmut_7 # type: ignore # mutmut generated
mutants_x_allocate__mutmut['x_allocate__mutmut_8'] = x_allocate__mutmut_8 # type: ignore # mutmut generated
mutants_x_allocate__mutmut['x_allocate__mutmut_9'] = x_allocate__mutmut_9 # type: ignore # mutmut generated
mutants_x_allocate__mutmut['x_allocate__mutmut_10'] = x_allocate__mutmut_10 # type: ignore # mutmut generated
mutants_x_allocate__mutmut['x_allocate__mutmut_11'] = x_allocate__mutmut_11 # type: ignore # mutmut generated
mutants_x_allocate__mutmut['x_allocate__mutmut_12'] = x_allocate__mutmut_12 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_allocate_detailed__mutmut)
def allocate_detailed(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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


def x_allocate_detailed__mutmut_orig(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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


def x_allocate_detailed__mutmut_1(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "XXhareXX",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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


def x_allocate_detailed__mutmut_2(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "HARE",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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


def x_allocate_detailed__mutmut_3(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = None
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


def x_allocate_detailed__mutmut_4(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().upper()
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


def x_allocate_detailed__mutmut_5(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(None).strip().lower()
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


def x_allocate_detailed__mutmut_6(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key in METHODS:
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


def x_allocate_detailed__mutmut_7(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(None)
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


def x_allocate_detailed__mutmut_8(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(None)}")
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


def x_allocate_detailed__mutmut_9(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {'XX, XX'.join(METHODS)}")
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


def x_allocate_detailed__mutmut_10(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = None
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


def x_allocate_detailed__mutmut_11(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(None, "seats")
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


def x_allocate_detailed__mutmut_12(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, None)
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


def x_allocate_detailed__mutmut_13(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count("seats")
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


def x_allocate_detailed__mutmut_14(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, )
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


def x_allocate_detailed__mutmut_15(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "XXseatsXX")
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


def x_allocate_detailed__mutmut_16(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "SEATS")
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


def x_allocate_detailed__mutmut_17(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = None
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


def x_allocate_detailed__mutmut_18(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(None): _count(value, f"votes for {name!r}") for name, value in votes.items()}
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


def x_allocate_detailed__mutmut_19(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(None, f"votes for {name!r}") for name, value in votes.items()}
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


def x_allocate_detailed__mutmut_20(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, None) for name, value in votes.items()}
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


def x_allocate_detailed__mutmut_21(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(f"votes for {name!r}") for name, value in votes.items()}
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


def x_allocate_detailed__mutmut_22(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, ) for name, value in votes.items()}
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


def x_allocate_detailed__mutmut_23(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = None
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


def x_allocate_detailed__mutmut_24(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = sum(None)
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


def x_allocate_detailed__mutmut_25(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = sum(counts.values())
    base = None
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


def x_allocate_detailed__mutmut_26(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = sum(counts.values())
    base = total if (base_votes is None) and False else _count(base_votes, "base_votes")
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


def x_allocate_detailed__mutmut_27(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = sum(counts.values())
    base = total if (base_votes is None) or True else _count(base_votes, "base_votes")
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


def x_allocate_detailed__mutmut_28(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = sum(counts.values())
    base = total if base_votes is not None else _count(base_votes, "base_votes")
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


def x_allocate_detailed__mutmut_29(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = sum(counts.values())
    base = total if base_votes is None else _count(None, "base_votes")
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


def x_allocate_detailed__mutmut_30(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = sum(counts.values())
    base = total if base_votes is None else _count(base_votes, None)
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


def x_allocate_detailed__mutmut_31(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = sum(counts.values())
    base = total if base_votes is None else _count("base_votes")
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


def x_allocate_detailed__mutmut_32(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = sum(counts.values())
    base = total if base_votes is None else _count(base_votes, )
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


def x_allocate_detailed__mutmut_33(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = sum(counts.values())
    base = total if base_votes is None else _count(base_votes, "XXbase_votesXX")
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


def x_allocate_detailed__mutmut_34(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    Raises ValueError for negative votes or seats, a base smaller than the votes passed, an
    unknown method, or seats to allocate when no eligible party has a vote.
    """
    method_key = str(method).strip().lower()
    if method_key not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    seats = _count(seats, "seats")
    counts = {str(name): _count(value, f"votes for {name!r}") for name, value in votes.items()}
    total = sum(counts.values())
    base = total if base_votes is None else _count(base_votes, "BASE_VOTES")
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


def x_allocate_detailed__mutmut_35(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    if base <= total:
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


def x_allocate_detailed__mutmut_36(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        raise ValueError(None)

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


def x_allocate_detailed__mutmut_37(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    threshold_votes: float | None = ""
    if threshold_percent is None:
        eligible = list(counts)
    else:
        share = Fraction(str(threshold_percent))
        if not 0 <= share <= 100:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_38(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    if threshold_percent is not None:
        eligible = list(counts)
    else:
        share = Fraction(str(threshold_percent))
        if not 0 <= share <= 100:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_39(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        eligible = None
    else:
        share = Fraction(str(threshold_percent))
        if not 0 <= share <= 100:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_40(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        eligible = list(None)
    else:
        share = Fraction(str(threshold_percent))
        if not 0 <= share <= 100:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_41(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        share = None
        if not 0 <= share <= 100:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_42(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        share = Fraction(None)
        if not 0 <= share <= 100:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_43(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        share = Fraction(str(None))
        if not 0 <= share <= 100:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_44(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        if 0 <= share <= 100:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_45(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        if not 1 <= share <= 100:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_46(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        if not 0 < share <= 100:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_47(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        if not 0 <= share < 100:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_48(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        if not 0 <= share <= 101:
            raise ValueError(f"threshold_percent must be within 0..100, got {threshold_percent}")
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_49(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
            raise ValueError(None)
        needed = share * base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_50(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        needed = None
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_51(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        needed = share * base * 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_52(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        needed = share / base / 100
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_53(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        needed = share * base / 101
        threshold_votes = float(needed)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_54(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        threshold_votes = None
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_55(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        threshold_votes = float(None)
        eligible = [name for name, count in counts.items() if count >= needed]

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


def x_allocate_detailed__mutmut_56(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        eligible = None

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


def x_allocate_detailed__mutmut_57(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        eligible = [name for name, count in counts.items() if count > needed]

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


def x_allocate_detailed__mutmut_58(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = None
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


def x_allocate_detailed__mutmut_59(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(None, 0)
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


def x_allocate_detailed__mutmut_60(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, None)
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


def x_allocate_detailed__mutmut_61(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(0)
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


def x_allocate_detailed__mutmut_62(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, )
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


def x_allocate_detailed__mutmut_63(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 1)
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


def x_allocate_detailed__mutmut_64(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = None
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


def x_allocate_detailed__mutmut_65(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(None)
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


def x_allocate_detailed__mutmut_66(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats != 0:
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


def x_allocate_detailed__mutmut_67(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 1:
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


def x_allocate_detailed__mutmut_68(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(None, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_69(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, None, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_70(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, None, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_71(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, None, threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_72(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), None, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_73(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, None)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_74(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_75(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_76(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_77(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_78(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_79(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_80(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, )
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_81(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(None), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_82(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool != 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_83(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 1:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_84(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError(None)

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_85(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("XXno eligible party has a vote: the seats cannot be allocatedXX")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_86(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("NO ELIGIBLE PARTY HAS A VOTE: THE SEATS CANNOT BE ALLOCATED")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_87(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key != "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_88(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "XXhareXX":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_89(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "HARE":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_90(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = None
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_91(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare(None, seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_92(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, None)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_93(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare(seats)
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_94(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, )
    else:
        divisor = _DIVISORS[method_key]
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_95(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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

    result = dict.fromkeys(counts, 0)
    pool = sum(counts[name] for name in eligible)
    if seats == 0:
        return Allocation(result, None, {}, method_key, tuple(eligible), threshold_votes, base)
    if pool == 0:
        raise ValueError("no eligible party has a vote: the seats cannot be allocated")

    if method_key == "hare":
        won, quota, remainders = _hare({name: counts[name] for name in eligible}, seats)
    else:
        divisor = None
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_96(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        won, quota, remainders = None
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_97(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        won, quota, remainders = _highest_averages(None, seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_98(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, None, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_99(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, None)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_100(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        won, quota, remainders = _highest_averages(seats, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_101(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, divisor)
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_102(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
        won, quota, remainders = _highest_averages({name: counts[name] for name in eligible}, seats, )
    result.update(won)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_103(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    result.update(None)
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_104(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(None, quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_105(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, None, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_106(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, quota, None, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_107(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, quota, remainders, None, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_108(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, quota, remainders, method_key, None, threshold_votes, base)


def x_allocate_detailed__mutmut_109(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, quota, remainders, method_key, tuple(eligible), None, base)


def x_allocate_detailed__mutmut_110(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, None)


def x_allocate_detailed__mutmut_111(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(quota, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_112(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, remainders, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_113(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, quota, method_key, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_114(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, quota, remainders, tuple(eligible), threshold_votes, base)


def x_allocate_detailed__mutmut_115(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, quota, remainders, method_key, threshold_votes, base)


def x_allocate_detailed__mutmut_116(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, quota, remainders, method_key, tuple(eligible), base)


def x_allocate_detailed__mutmut_117(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, quota, remainders, method_key, tuple(eligible), threshold_votes, )


def x_allocate_detailed__mutmut_118(
    votes: Mapping[str, int],
    seats: int,
    method: Method = "hare",
    threshold_percent: float | None = None,
    base_votes: int | None = None,
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
    return Allocation(result, quota, remainders, method_key, tuple(None), threshold_votes, base)

mutants_x_allocate_detailed__mutmut['_mutmut_orig'] = x_allocate_detailed__mutmut_orig # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_1'] = x_allocate_detailed__mutmut_1 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_2'] = x_allocate_detailed__mutmut_2 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_3'] = x_allocate_detailed__mutmut_3 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_4'] = x_allocate_detailed__mutmut_4 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_5'] = x_allocate_detailed__mutmut_5 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_6'] = x_allocate_detailed__mutmut_6 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_7'] = x_allocate_detailed__mutmut_7 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_8'] = x_allocate_detailed__mutmut_8 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_9'] = x_allocate_detailed__mutmut_9 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_10'] = x_allocate_detailed__mutmut_10 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_11'] = x_allocate_detailed__mutmut_11 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_12'] = x_allocate_detailed__mutmut_12 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_13'] = x_allocate_detailed__mutmut_13 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_14'] = x_allocate_detailed__mutmut_14 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_15'] = x_allocate_detailed__mutmut_15 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_16'] = x_allocate_detailed__mutmut_16 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_17'] = x_allocate_detailed__mutmut_17 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_18'] = x_allocate_detailed__mutmut_18 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_19'] = x_allocate_detailed__mutmut_19 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_20'] = x_allocate_detailed__mutmut_20 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_21'] = x_allocate_detailed__mutmut_21 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_22'] = x_allocate_detailed__mutmut_22 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_23'] = x_allocate_detailed__mutmut_23 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_24'] = x_allocate_detailed__mutmut_24 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_25'] = x_allocate_detailed__mutmut_25 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_26'] = x_allocate_detailed__mutmut_26 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_27'] = x_allocate_detailed__mutmut_27 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_28'] = x_allocate_detailed__mutmut_28 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_29'] = x_allocate_detailed__mutmut_29 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_30'] = x_allocate_detailed__mutmut_30 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_31'] = x_allocate_detailed__mutmut_31 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_32'] = x_allocate_detailed__mutmut_32 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_33'] = x_allocate_detailed__mutmut_33 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_34'] = x_allocate_detailed__mutmut_34 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_35'] = x_allocate_detailed__mutmut_35 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_36'] = x_allocate_detailed__mutmut_36 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_37'] = x_allocate_detailed__mutmut_37 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_38'] = x_allocate_detailed__mutmut_38 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_39'] = x_allocate_detailed__mutmut_39 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_40'] = x_allocate_detailed__mutmut_40 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_41'] = x_allocate_detailed__mutmut_41 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_42'] = x_allocate_detailed__mutmut_42 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_43'] = x_allocate_detailed__mutmut_43 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_44'] = x_allocate_detailed__mutmut_44 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_45'] = x_allocate_detailed__mutmut_45 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_46'] = x_allocate_detailed__mutmut_46 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_47'] = x_allocate_detailed__mutmut_47 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_48'] = x_allocate_detailed__mutmut_48 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_49'] = x_allocate_detailed__mutmut_49 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_50'] = x_allocate_detailed__mutmut_50 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_51'] = x_allocate_detailed__mutmut_51 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_52'] = x_allocate_detailed__mutmut_52 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_53'] = x_allocate_detailed__mutmut_53 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_54'] = x_allocate_detailed__mutmut_54 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_55'] = x_allocate_detailed__mutmut_55 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_56'] = x_allocate_detailed__mutmut_56 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_57'] = x_allocate_detailed__mutmut_57 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_58'] = x_allocate_detailed__mutmut_58 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_59'] = x_allocate_detailed__mutmut_59 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_60'] = x_allocate_detailed__mutmut_60 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_61'] = x_allocate_detailed__mutmut_61 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_62'] = x_allocate_detailed__mutmut_62 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_63'] = x_allocate_detailed__mutmut_63 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_64'] = x_allocate_detailed__mutmut_64 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_65'] = x_allocate_detailed__mutmut_65 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_66'] = x_allocate_detailed__mutmut_66 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_67'] = x_allocate_detailed__mutmut_67 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_68'] = x_allocate_detailed__mutmut_68 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_69'] = x_allocate_detailed__mutmut_69 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_70'] = x_allocate_detailed__mutmut_70 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_71'] = x_allocate_detailed__mutmut_71 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_72'] = x_allocate_detailed__mutmut_72 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_73'] = x_allocate_detailed__mutmut_73 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_74'] = x_allocate_detailed__mutmut_74 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_75'] = x_allocate_detailed__mutmut_75 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_76'] = x_allocate_detailed__mutmut_76 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_77'] = x_allocate_detailed__mutmut_77 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_78'] = x_allocate_detailed__mutmut_78 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_79'] = x_allocate_detailed__mutmut_79 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_80'] = x_allocate_detailed__mutmut_80 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_81'] = x_allocate_detailed__mutmut_81 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_82'] = x_allocate_detailed__mutmut_82 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_83'] = x_allocate_detailed__mutmut_83 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_84'] = x_allocate_detailed__mutmut_84 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_85'] = x_allocate_detailed__mutmut_85 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_86'] = x_allocate_detailed__mutmut_86 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_87'] = x_allocate_detailed__mutmut_87 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_88'] = x_allocate_detailed__mutmut_88 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_89'] = x_allocate_detailed__mutmut_89 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_90'] = x_allocate_detailed__mutmut_90 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_91'] = x_allocate_detailed__mutmut_91 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_92'] = x_allocate_detailed__mutmut_92 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_93'] = x_allocate_detailed__mutmut_93 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_94'] = x_allocate_detailed__mutmut_94 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_95'] = x_allocate_detailed__mutmut_95 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_96'] = x_allocate_detailed__mutmut_96 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_97'] = x_allocate_detailed__mutmut_97 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_98'] = x_allocate_detailed__mutmut_98 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_99'] = x_allocate_detailed__mutmut_99 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_100'] = x_allocate_detailed__mutmut_100 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_101'] = x_allocate_detailed__mutmut_101 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_102'] = x_allocate_detailed__mutmut_102 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_103'] = x_allocate_detailed__mutmut_103 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_104'] = x_allocate_detailed__mutmut_104 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_105'] = x_allocate_detailed__mutmut_105 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_106'] = x_allocate_detailed__mutmut_106 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_107'] = x_allocate_detailed__mutmut_107 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_108'] = x_allocate_detailed__mutmut_108 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_109'] = x_allocate_detailed__mutmut_109 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_110'] = x_allocate_detailed__mutmut_110 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_111'] = x_allocate_detailed__mutmut_111 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_112'] = x_allocate_detailed__mutmut_112 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_113'] = x_allocate_detailed__mutmut_113 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_114'] = x_allocate_detailed__mutmut_114 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_115'] = x_allocate_detailed__mutmut_115 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_116'] = x_allocate_detailed__mutmut_116 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_117'] = x_allocate_detailed__mutmut_117 # type: ignore # mutmut generated
mutants_x_allocate_detailed__mutmut['x_allocate_detailed__mutmut_118'] = x_allocate_detailed__mutmut_118 # type: ignore # mutmut generated
mutants_x__hare__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__hare__mutmut)
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


def x__hare__mutmut_orig(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
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


def x__hare__mutmut_1(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = None
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


def x__hare__mutmut_2(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(None)
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


def x__hare__mutmut_3(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = None
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


def x__hare__mutmut_4(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = None
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_5(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = None
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_6(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(None, pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_7(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, None)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_8(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_9(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, )
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_10(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count / seats, pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_11(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = None
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_12(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats + sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_13(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats - sum(None)
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_14(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats - sum(whole.values())
    order = None
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_15(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(None)}
    ranked = sorted(counts, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_16(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = None
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_17(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(None, key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_18(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=None)
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_19(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(key=lambda name: (-rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_20(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, )
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_21(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: None)
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_22(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
    """Hare quota and largest remainders, exact: votes*seats = whole*pool + remainder."""
    pool = sum(counts.values())
    whole: dict[str, int] = {}
    rest: dict[str, int] = {}
    for name, count in counts.items():
        whole[name], rest[name] = divmod(count * seats, pool)
    leftover = seats - sum(whole.values())
    order = {name: index for index, name in enumerate(counts)}
    ranked = sorted(counts, key=lambda name: (+rest[name], order[name]))
    for name in ranked[:leftover]:
        whole[name] += 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_23(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
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
        whole[name] = 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_24(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
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
        whole[name] -= 1
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_25(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
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
        whole[name] += 2
    remainders = {name: rest[name] / pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_26(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
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
    remainders = None
    return whole, pool / seats, remainders


def x__hare__mutmut_27(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
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
    remainders = {name: rest[name] * pool for name in counts}
    return whole, pool / seats, remainders


def x__hare__mutmut_28(counts: dict[str, int], seats: int) -> tuple[dict[str, int], float, dict[str, float]]:
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
    return whole, pool * seats, remainders

mutants_x__hare__mutmut['_mutmut_orig'] = x__hare__mutmut_orig # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_1'] = x__hare__mutmut_1 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_2'] = x__hare__mutmut_2 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_3'] = x__hare__mutmut_3 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_4'] = x__hare__mutmut_4 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_5'] = x__hare__mutmut_5 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_6'] = x__hare__mutmut_6 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_7'] = x__hare__mutmut_7 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_8'] = x__hare__mutmut_8 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_9'] = x__hare__mutmut_9 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_10'] = x__hare__mutmut_10 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_11'] = x__hare__mutmut_11 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_12'] = x__hare__mutmut_12 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_13'] = x__hare__mutmut_13 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_14'] = x__hare__mutmut_14 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_15'] = x__hare__mutmut_15 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_16'] = x__hare__mutmut_16 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_17'] = x__hare__mutmut_17 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_18'] = x__hare__mutmut_18 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_19'] = x__hare__mutmut_19 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_20'] = x__hare__mutmut_20 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_21'] = x__hare__mutmut_21 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_22'] = x__hare__mutmut_22 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_23'] = x__hare__mutmut_23 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_24'] = x__hare__mutmut_24 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_25'] = x__hare__mutmut_25 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_26'] = x__hare__mutmut_26 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_27'] = x__hare__mutmut_27 # type: ignore # mutmut generated
mutants_x__hare__mutmut['x__hare__mutmut_28'] = x__hare__mutmut_28 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__highest_averages__mutmut)
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


def x__highest_averages__mutmut_orig(
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


def x__highest_averages__mutmut_1(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = None
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


def x__highest_averages__mutmut_2(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(None, 0)
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


def x__highest_averages__mutmut_3(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, None)
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


def x__highest_averages__mutmut_4(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(0)
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


def x__highest_averages__mutmut_5(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, )
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


def x__highest_averages__mutmut_6(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 1)
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


def x__highest_averages__mutmut_7(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = None
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


def x__highest_averages__mutmut_8(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(None)
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


def x__highest_averages__mutmut_9(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = None
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


def x__highest_averages__mutmut_10(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(None)
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


def x__highest_averages__mutmut_11(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(1)
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


def x__highest_averages__mutmut_12(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(0)
    for _ in range(None):
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


def x__highest_averages__mutmut_13(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(0)
    for _ in range(seats):
        best = None
        best_average = Fraction(counts[best], divisor(won[best]))
        for name in names[1:]:
            average = Fraction(counts[name], divisor(won[name]))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_14(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(0)
    for _ in range(seats):
        best = names[1]
        best_average = Fraction(counts[best], divisor(won[best]))
        for name in names[1:]:
            average = Fraction(counts[name], divisor(won[name]))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_15(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(0)
    for _ in range(seats):
        best = names[0]
        best_average = None
        for name in names[1:]:
            average = Fraction(counts[name], divisor(won[name]))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_16(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(0)
    for _ in range(seats):
        best = names[0]
        best_average = Fraction(None, divisor(won[best]))
        for name in names[1:]:
            average = Fraction(counts[name], divisor(won[name]))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_17(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(0)
    for _ in range(seats):
        best = names[0]
        best_average = Fraction(counts[best], None)
        for name in names[1:]:
            average = Fraction(counts[name], divisor(won[name]))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_18(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(0)
    for _ in range(seats):
        best = names[0]
        best_average = Fraction(divisor(won[best]))
        for name in names[1:]:
            average = Fraction(counts[name], divisor(won[name]))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_19(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(0)
    for _ in range(seats):
        best = names[0]
        best_average = Fraction(counts[best], )
        for name in names[1:]:
            average = Fraction(counts[name], divisor(won[name]))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_20(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(0)
    for _ in range(seats):
        best = names[0]
        best_average = Fraction(counts[best], divisor(None))
        for name in names[1:]:
            average = Fraction(counts[name], divisor(won[name]))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_21(
    counts: dict[str, int], seats: int, divisor: Callable[[int], int]
) -> tuple[dict[str, int], float, dict[str, float]]:
    """Give seats one by one to the highest average votes / divisor(seats won so far)."""
    won = dict.fromkeys(counts, 0)
    names = list(counts)
    last = Fraction(0)
    for _ in range(seats):
        best = names[0]
        best_average = Fraction(counts[best], divisor(won[best]))
        for name in names[2:]:
            average = Fraction(counts[name], divisor(won[name]))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_22(
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
            average = None
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_23(
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
            average = Fraction(None, divisor(won[name]))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_24(
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
            average = Fraction(counts[name], None)
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_25(
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
            average = Fraction(divisor(won[name]))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_26(
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
            average = Fraction(counts[name], )
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_27(
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
            average = Fraction(counts[name], divisor(None))
            if average > best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_28(
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
            if average >= best_average:  # strictly greater: a tie stays with the earlier party
                best, best_average = name, average
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_29(
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
                best, best_average = None
        won[best] += 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_30(
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
        won[best] = 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_31(
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
        won[best] -= 1
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_32(
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
        won[best] += 2
        last = best_average
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_33(
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
        last = None
    remainders = {name: counts[name] / divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_34(
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
    remainders = None
    return won, float(last), remainders


def x__highest_averages__mutmut_35(
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
    remainders = {name: counts[name] * divisor(won[name]) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_36(
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
    remainders = {name: counts[name] / divisor(None) for name in names}
    return won, float(last), remainders


def x__highest_averages__mutmut_37(
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
    return won, float(None), remainders

mutants_x__highest_averages__mutmut['_mutmut_orig'] = x__highest_averages__mutmut_orig # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_1'] = x__highest_averages__mutmut_1 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_2'] = x__highest_averages__mutmut_2 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_3'] = x__highest_averages__mutmut_3 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_4'] = x__highest_averages__mutmut_4 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_5'] = x__highest_averages__mutmut_5 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_6'] = x__highest_averages__mutmut_6 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_7'] = x__highest_averages__mutmut_7 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_8'] = x__highest_averages__mutmut_8 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_9'] = x__highest_averages__mutmut_9 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_10'] = x__highest_averages__mutmut_10 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_11'] = x__highest_averages__mutmut_11 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_12'] = x__highest_averages__mutmut_12 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_13'] = x__highest_averages__mutmut_13 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_14'] = x__highest_averages__mutmut_14 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_15'] = x__highest_averages__mutmut_15 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_16'] = x__highest_averages__mutmut_16 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_17'] = x__highest_averages__mutmut_17 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_18'] = x__highest_averages__mutmut_18 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_19'] = x__highest_averages__mutmut_19 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_20'] = x__highest_averages__mutmut_20 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_21'] = x__highest_averages__mutmut_21 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_22'] = x__highest_averages__mutmut_22 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_23'] = x__highest_averages__mutmut_23 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_24'] = x__highest_averages__mutmut_24 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_25'] = x__highest_averages__mutmut_25 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_26'] = x__highest_averages__mutmut_26 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_27'] = x__highest_averages__mutmut_27 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_28'] = x__highest_averages__mutmut_28 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_29'] = x__highest_averages__mutmut_29 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_30'] = x__highest_averages__mutmut_30 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_31'] = x__highest_averages__mutmut_31 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_32'] = x__highest_averages__mutmut_32 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_33'] = x__highest_averages__mutmut_33 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_34'] = x__highest_averages__mutmut_34 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_35'] = x__highest_averages__mutmut_35 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_36'] = x__highest_averages__mutmut_36 # type: ignore # mutmut generated
mutants_x__highest_averages__mutmut['x__highest_averages__mutmut_37'] = x__highest_averages__mutmut_37 # type: ignore # mutmut generated


_DIVISORS: dict[str, Callable[[int], int]] = {
    "dhondt": lambda won: won + 1,
    "sainte-lague": lambda won: 2 * won + 1,
}
mutants_x__count__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__count__mutmut)
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


def x__count__mutmut_orig(value: Any, what: str) -> int:
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


def x__count__mutmut_1(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(None)
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


def x__count__mutmut_2(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = None  # int and numpy integers
    except TypeError:
        if hasattr(value, "is_integer") and value.is_integer():  # float and numpy floats
            number = int(value)
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_3(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.index(None)  # int and numpy integers
    except TypeError:
        if hasattr(value, "is_integer") and value.is_integer():  # float and numpy floats
            number = int(value)
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_4(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.rindex(value)  # int and numpy integers
    except TypeError:
        if hasattr(value, "is_integer") and value.is_integer():  # float and numpy floats
            number = int(value)
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_5(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.index(value)  # int and numpy integers
    except TypeError:
        if hasattr(value, "is_integer") or value.is_integer():  # float and numpy floats
            number = int(value)
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_6(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.index(value)  # int and numpy integers
    except TypeError:
        if hasattr(None, "is_integer") and value.is_integer():  # float and numpy floats
            number = int(value)
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_7(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.index(value)  # int and numpy integers
    except TypeError:
        if hasattr(value, None) and value.is_integer():  # float and numpy floats
            number = int(value)
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_8(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.index(value)  # int and numpy integers
    except TypeError:
        if hasattr("is_integer") and value.is_integer():  # float and numpy floats
            number = int(value)
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_9(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.index(value)  # int and numpy integers
    except TypeError:
        if hasattr(value, ) and value.is_integer():  # float and numpy floats
            number = int(value)
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_10(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.index(value)  # int and numpy integers
    except TypeError:
        if hasattr(value, "XXis_integerXX") and value.is_integer():  # float and numpy floats
            number = int(value)
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_11(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.index(value)  # int and numpy integers
    except TypeError:
        if hasattr(value, "IS_INTEGER") and value.is_integer():  # float and numpy floats
            number = int(value)
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_12(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.index(value)  # int and numpy integers
    except TypeError:
        if hasattr(value, "is_integer") and value.is_integer():  # float and numpy floats
            number = None
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_13(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.index(value)  # int and numpy integers
    except TypeError:
        if hasattr(value, "is_integer") and value.is_integer():  # float and numpy floats
            number = int(None)
        else:
            raise ValueError(f"{what} must be a whole number, got {value!r}") from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_14(value: Any, what: str) -> int:
    """A non-negative integer count from an int, a numpy integer or an integral float."""
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a count, got {value!r}")
    try:
        number = operator.index(value)  # int and numpy integers
    except TypeError:
        if hasattr(value, "is_integer") and value.is_integer():  # float and numpy floats
            number = int(value)
        else:
            raise ValueError(None) from None
    if number < 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_15(value: Any, what: str) -> int:
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
    if number <= 0:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_16(value: Any, what: str) -> int:
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
    if number < 1:
        raise ValueError(f"{what} must not be negative, got {number}")
    return number


def x__count__mutmut_17(value: Any, what: str) -> int:
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
        raise ValueError(None)
    return number

mutants_x__count__mutmut['_mutmut_orig'] = x__count__mutmut_orig # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_1'] = x__count__mutmut_1 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_2'] = x__count__mutmut_2 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_3'] = x__count__mutmut_3 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_4'] = x__count__mutmut_4 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_5'] = x__count__mutmut_5 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_6'] = x__count__mutmut_6 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_7'] = x__count__mutmut_7 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_8'] = x__count__mutmut_8 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_9'] = x__count__mutmut_9 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_10'] = x__count__mutmut_10 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_11'] = x__count__mutmut_11 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_12'] = x__count__mutmut_12 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_13'] = x__count__mutmut_13 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_14'] = x__count__mutmut_14 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_15'] = x__count__mutmut_15 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_16'] = x__count__mutmut_16 # type: ignore # mutmut generated
mutants_x__count__mutmut['x__count__mutmut_17'] = x__count__mutmut_17 # type: ignore # mutmut generated
