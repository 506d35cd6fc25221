"""The batched seat allocation (`methods.batch_allocation`) is `allocation.allocate`, row by row.

The property tests draw small vote counts on purpose: with a dozen votes per party, equal remainders, equal averages,
equal votes below the line and parties exactly at the threshold are common, so a tie broken the other way or a
threshold compared with > (or in floats: 7 % of 100 is 7.000000000000001 in floating point) fails them. The hand
examples' numbers are worked out in the comments.
"""

from __future__ import annotations

import math
from typing import cast

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzcheck.methods import simulation
from kzcheck.methods.allocation import METHODS, Method, allocate
from kzcheck.methods.batch_allocation import allocate_rows

# decimal thresholds a float comparison gets wrong (7 / 100 * 100 > 7 in floating point), ones small counts hit
# exactly (5 % of 20, 12.5 % of 16, 25 % of 12), the edges 0 and 100, and none
THRESHOLDS = (None, 0.0, 3.3, 5.0, 7.0, 10.0, 12.5, 20.0, 25.0, 33.3, 50.0, 100.0)


def scalar(
    votes: np.ndarray, seats: int, method: str, threshold: float | None, base: np.ndarray, min_parties: int
) -> list[list[int]] | str:
    """`allocate` on each row (parties named by column), or the message of the first row it refuses."""
    names = [f"p{j}" for j in range(votes.shape[1])]
    out = []
    for row, b in zip(votes.tolist(), base.tolist(), strict=True):
        try:
            won = allocate(dict(zip(names, row, strict=True)), seats, cast(Method, method), threshold, b, min_parties)
        except ValueError as exc:
            return str(exc)
        out.append([won[name] for name in names])
    return out


def batched(
    votes: np.ndarray, seats: int, method: str, threshold: float | None, base: np.ndarray, min_parties: int
) -> list[list[int]] | str:
    try:
        return allocate_rows(votes, seats, cast(Method, method), threshold, base, min_parties).tolist()
    except ValueError as exc:
        return str(exc)


@st.composite
def contests(draw: st.DrawFn) -> tuple[np.ndarray, int, str, float | None, np.ndarray, int]:
    rows = draw(st.integers(1, 6))
    parties = draw(st.integers(1, 6))
    cell = st.one_of(st.integers(0, 12), st.sampled_from([0, 4, 5, 10]))
    votes = np.array(draw(st.lists(st.lists(cell, min_size=parties, max_size=parties), min_size=rows, max_size=rows)))
    outside = np.array(draw(st.lists(st.integers(0, 10), min_size=rows, max_size=rows)))  # e.g. "against all"
    return (
        votes,
        draw(st.integers(0, 12)),
        draw(st.sampled_from(METHODS)),
        draw(st.sampled_from(THRESHOLDS)),
        votes.sum(axis=1) + outside,
        draw(st.integers(0, 4)),
    )


@settings(max_examples=200, deadline=None)
@given(contests())
def test_the_batch_is_allocate_row_by_row(contest: tuple[np.ndarray, int, str, float | None, np.ndarray, int]):
    assert batched(*contest) == scalar(*contest)


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 500),
    st.integers(1, 5),
    st.lists(st.integers(0, 200), min_size=1, max_size=4),
    st.integers(0, 4),
    st.integers(1, 10),
    st.sampled_from(METHODS),
    st.integers(0, 4),
)
def test_a_party_exactly_at_the_line_and_the_minimum_party_rule(
    tenths: int, k: int, others: list[int], at: int, seats: int, method: str, minimum: int
):
    """A line of `tenths` / 10 percent of a base of 1,000 k votes is exactly tenths * k votes: one party has exactly
    that (it clears), one a vote less (it does not), the others 0-200 % of the line's votes (the rest of the base
    lies outside the parties, as "against all" does). Most such lines are no binary fraction (7 % of 1,000 is
    70.00000000000001 in floating point), so only an exact comparison agrees with `allocate`. The line is often
    high enough that fewer parties clear it than the minimum-party rule wants."""
    line = tenths * k
    room = 1000 * k - line - max(line - 1, 0)  # what the base leaves the other parties and the lines outside them
    near = [line * percent // 100 for percent in others]  # the other parties near the line, so it matters
    votes = [line, max(line - 1, 0), *(v * room // max(sum(near), room, 1) for v in near)]
    at = at % len(votes)
    votes[0], votes[at] = votes[at], votes[0]  # the party on the line anywhere in the order
    base = 1000 * k
    matrix, bases = np.array([votes, votes[::-1]]), np.array([base, base])
    threshold = tenths / 10
    assert batched(matrix, seats, method, threshold, bases, minimum) == scalar(
        matrix, seats, method, threshold, bases, minimum
    )


def test_hare_by_hand_ties_go_to_the_earlier_party():
    """Votes 3/3/2/0 with 2 outside the parties (base 10), 4 seats, a 20 % line (2 votes, which the third party has
    exactly): pool 8, 3*4 = 12 = 1*8 + 4, 2*4 = 8 = 1*8 + 0, so 1/1/1 and one seat left; the rests 4 and 4 tie and
    the first party takes it: 2/1/1/0. Swapped (3/3 as the second and third party) the tie goes to the second."""
    got = allocate_rows([[3, 3, 2, 0], [2, 3, 3, 0]], 4, "hare", 20.0, [10, 10])
    assert got.tolist() == [[2, 1, 1, 0], [1, 2, 1, 0]]
    # a line just above 2 votes (20.5 % of 10 = 2.05) shuts the third party out: pool 6, 3*4 = 12 = 2*6 -> 2/2
    assert allocate_rows([[3, 3, 2, 0]], 4, "hare", 20.5, [10]).tolist() == [[2, 2, 0, 0]]


def test_the_minimum_party_rule_by_hand():
    """Votes 6/1/1/0, base 8, a 50 % line (4 votes): only the first clears it. min_parties 2 admits one more by
    votes; the second and third tie at 1 and the earlier, the second, is admitted; the fourth has none. Pool 7,
    4 seats: 6*4 = 24 = 3*7 + 3, 1*4 = 4 = 0*7 + 4; one seat left, to the larger rest 4: 3/1/0/0.
    min_parties 4 admits the second and third, never the fourth with no vote: pool 8, 24 = 3*8 + 0, 4 = 0*8 + 4
    twice; one seat left, the rests 4 and 4 tie, the second takes it: 3/1/0/0 again; 5 seats: 30 = 3*8 + 6,
    5 = 0*8 + 5 twice: 3 whole, 2 left to 6 (the first) and the tie at 5 (the second): 4/1/0/0."""
    assert allocate_rows([[6, 1, 1, 0]], 4, "hare", 50.0, [8], min_parties=2).tolist() == [[3, 1, 0, 0]]
    assert allocate_rows([[6, 1, 1, 0]], 4, "hare", 50.0, [8], min_parties=4).tolist() == [[3, 1, 0, 0]]
    assert allocate_rows([[6, 1, 1, 0]], 5, "hare", 50.0, [8], min_parties=4).tolist() == [[4, 1, 0, 0]]
    assert allocate_rows([[6, 1, 1, 0]], 4, "hare", 50.0, [8]).tolist() == [[4, 0, 0, 0]]  # no rule: one party


def test_divisor_methods_by_hand():
    """7/2, 3 seats. D'Hondt (divisors 1, 2, 3): 7 > 2, 3.5 > 2, 2.33 > 2: 3/0. Sainte-Laguë (1, 3, 5): 7, then
    7/3 = 2.33 > 2, then 7/5 = 1.4 < 2: 2/1. 5/5/3 D'Hondt, 4 seats: 5 = 5 (the first), 5 > 3, 3 > 2.5, then
    2.5 = 2.5 (the first): 2/1/1."""
    assert allocate_rows([[7, 2]], 3, "dhondt").tolist() == [[3, 0]]
    assert allocate_rows([[7, 2]], 3, "sainte-lague").tolist() == [[2, 1]]
    assert allocate_rows([[5, 5, 3]], 4, "dhondt").tolist() == [[2, 1, 1]]


def test_what_allocate_refuses_the_batch_refuses_with_its_message():
    with pytest.raises(ValueError, match="^no eligible party has a vote"):
        allocate_rows([[3, 1], [0, 0]], 2)
    with pytest.raises(ValueError, match="^base_votes 3 is smaller than the votes passed"):
        allocate_rows([[3, 1]], 2, base_votes=[3])
    with pytest.raises(ValueError, match="must not be negative"):
        allocate_rows([[3, -1]], 2)
    with pytest.raises(ValueError, match="^unknown method 'd-hondt'"):
        allocate_rows([[3, 1]], 2, cast(Method, "d-hondt"))
    with pytest.raises(ValueError, match="^votes must be whole numbers"):
        allocate_rows([[3.5, 1.0]], 2)
    assert allocate_rows([[0, 0]], 0).tolist() == [[0, 0]]  # no seat to give: nothing to refuse


def test_counts_too_large_for_int64_go_to_allocate():
    """Votes near 2**62: the batch's products would overflow, so each row is allocated by `allocate` (exact)."""
    big = 2**61
    assert allocate_rows(np.array([[big, big // 3]], dtype=np.int64), 4).tolist() == [[3, 1]]


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from([0.0, 2.5, 4.9, 5.0, 7.0, 12.0, 30.0, 45.5]), min_size=2, max_size=5),
    st.integers(0, 30),
    st.sampled_from([None, 5.0, 7.0]),
    st.integers(0, 3),
    st.integers(0, 10_000),
)
def test_a_projection_is_each_draw_allocated_by_allocate(
    lines: list[float], seats: int, threshold: float | None, minimum: int, seed: int
):
    """The projection's draws, each allocated by `allocate` in hundredths of a percent and its threshold call made
    on the row in Python floats, give the projection's ranges, medians and clearing shares (the last line is
    "against all": it counts in the base, never gets seats). A sample of 800 makes every drawn share c / 8 percent,
    exact in binary: a party at 5 % sits exactly on a 5 % line, and an odd c is 12.5 c hundredths, a half that
    rounds to even."""
    if sum(lines) == 0:
        lines = [*lines[:-1], 1.0]
    names = [f"p{j}" for j in range(len(lines))]
    shares = dict(zip(names, lines, strict=True))
    party = names[:-1]
    args = (shares, party, seats, "hare", threshold, 800.0, 1.0, minimum)
    try:
        got = simulation.project_seats(*args, draws=60, seed=seed)
    except ValueError as exc:
        got_error: str | None = str(exc)
    else:
        got_error = None
    error = None
    try:  # the printed shares' own projection comes first
        allocate(
            {name: round(shares[name] * 10_000 / 100) for name in party},
            seats,
            "hare",
            threshold,
            sum(round(x * 10_000 / 100) for x in lines),
            min_parties=minimum,
        )
    except ValueError as exc:
        error = str(exc)
    simulated = simulation.draw_shares(lines, 800.0, 1.0, 60, seed)
    table, cleared = [], dict.fromkeys(party, 0)
    for row in simulated:
        share = dict(zip(names, row, strict=True))
        votes = {name: round(share[name] * 10_000 / 100) for name in party}
        try:
            won = allocate(
                votes, seats, "hare", threshold, sum(round(x * 10_000 / 100) for x in row), min_parties=minimum
            )
        except ValueError as exc:
            error = error or str(exc)
            continue
        table.append([won[name] for name in party])
        line = -math.inf if threshold is None else threshold * float(sum(row)) / 100
        for name in party:
            cleared[name] += share[name] >= line
    assert got_error == error
    if error is not None:
        return
    seats_of = np.array(table, dtype=float)
    low, high = np.quantile(seats_of, [0.025, 0.975], axis=0, method="inverted_cdf")
    assert got.low == {name: int(x) for name, x in zip(party, low, strict=True)}
    assert got.high == {name: int(x) for name, x in zip(party, high, strict=True)}
    assert got.median == {name: float(x) for name, x in zip(party, np.median(seats_of, axis=0), strict=True)}
    assert got.clears == {name: cleared[name] / 60 for name in party}


def test_a_projections_half_hundredths_round_to_even():
    """99.875 / 0.125 % are 9,987.5 and 12.5 hundredths: round() takes each half to the even neighbour, 9,988 and
    12, of a base of 10,000. A 0.125 % line needs 12.5 votes, so b is out and a takes all 400 seats. (Halves up would
    give b 13 of 10,001, over the line of 12.50125: pool 10,001, b 13 * 400 = 5,200 < 10,001 is 0 whole with rest
    5,200, a 9,988 * 400 = 3,995,200 = 399 * 10,001 + 4,801; the seat left to b's larger rest: 399 / 1.)"""
    got = simulation.project_seats({"a": 99.875, "b": 0.125}, ["a", "b"], 400, "hare", 0.125, n=800, deff=1, draws=2)
    assert got.seats == {"a": 400, "b": 0}
