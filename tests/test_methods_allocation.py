"""Seat allocation against the real Mazhilis results and small hand-computed cases.

Every expected value below was worked out by hand (the arithmetic is in the comments), not by
running the function under test.
"""

import numpy as np
import pytest

from kzcheck.methods.allocation import Allocation, allocate, allocate_detailed

# 2023 Mazhilis party list, CEC final result, in ballot (registration) order.
VOTES_2023 = {
    "AMANAT": 3_431_510,
    "Auyl": 693_938,
    "Respublica": 547_154,
    "Aq Jol": 535_139,
    "QHP": 432_920,
    "JSDP": 331_058,
    "Baytaq": 146_431,
}
AGAINST_ALL_2023 = 248_291
BASE_2023 = 6_366_441  # party votes + against all; every printed % is votes / this

# 2021 Mazhilis, CEC final result; no "against all" line, so the base is the sum of the votes.
VOTES_2021 = {
    "Nur Otan": 5_148_074,
    "Aq Jol": 792_828,
    "QHP": 659_019,
    "Auyl": 383_023,
    "ADAL": 258_618,
}


def test_2023_base_is_party_votes_plus_against_all():
    # 3,431,510 + 693,938 + 547,154 + 535,139 + 432,920 + 331,058 + 146,431 = 6,118,150
    # 6,118,150 + 248,291 = 6,366,441
    assert sum(VOTES_2023.values()) == 6_118_150
    assert sum(VOTES_2023.values()) + AGAINST_ALL_2023 == BASE_2023


def test_2023_hare_reproduces_the_official_seats():
    # Threshold: 5% of 6,366,441 = 318,322.05 votes. Baytaq (146,431) is below, the rest above.
    # Pool: 6,118,150 - 146,431 = 5,971,719. Quota: 5,971,719 / 69 = 86,546.652...
    # votes / quota: AMANAT 39.649, Auyl 8.018, Respublica 6.322, Aq Jol 6.183, QHP 5.002,
    # JSDP 3.825 -> integer parts 39 + 8 + 6 + 6 + 5 + 3 = 67, 2 seats left.
    # Largest remainders: JSDP .825, AMANAT .649 (next: Respublica .322) -> 40/8/6/6/5/4.
    result = allocate_detailed(VOTES_2023, 69, "hare", 5.0, BASE_2023)
    assert result.seats == {
        "AMANAT": 40,
        "Auyl": 8,
        "Respublica": 6,
        "Aq Jol": 6,
        "QHP": 5,
        "JSDP": 4,
        "Baytaq": 0,
    }
    assert result.method == "hare"
    assert result.quota == pytest.approx(86_546.65, abs=0.01)
    assert result.threshold_votes == pytest.approx(318_322.05)
    assert result.eligible == ("AMANAT", "Auyl", "Respublica", "Aq Jol", "QHP", "JSDP")
    assert "Baytaq" not in result.remainders
    # JSDP: 331,058 - 3 * 86,546.652 = 71,418.04 -> / 86,546.652 = 0.8252
    assert result.remainders["JSDP"] == pytest.approx(0.825, abs=0.0005)
    # AMANAT: 3,431,510 - 39 * 86,546.652 = 56,190.57 -> 0.6493
    assert result.remainders["AMANAT"] == pytest.approx(0.649, abs=0.0005)
    assert result.remainders["Respublica"] == pytest.approx(0.322, abs=0.0005)
    assert sum(result.seats.values()) == 69


def test_2023_dhondt_differs_from_the_official_seats():
    # D'Hondt = floor(votes / D) for a divisor D that makes the seats sum to 69. The lowest
    # winning average is AMANAT's 41st: 3,431,510 / 41 = 83,695.37. With D = 83,695.37:
    # AMANAT 41.00, Auyl 8.29, Respublica 6.54, Aq Jol 6.39, QHP 5.17, JSDP 3.96
    # -> 41 + 8 + 6 + 6 + 5 + 3 = 69.
    result = allocate_detailed(VOTES_2023, 69, "dhondt", 5.0, BASE_2023)
    assert list(result.seats.values()) == [41, 8, 6, 6, 5, 3, 0]
    assert result.quota == pytest.approx(3_431_510 / 41)
    # JSDP's next average 331,058 / 4 = 82,764.5 is just short of 83,695.37.
    assert result.remainders["JSDP"] == pytest.approx(82_764.5)


def test_2023_sainte_lague_matches_hare_here():
    # Sainte-Lague = votes / D rounded half up, for a D that makes the seats sum to 69.
    # D = the Hare quota 86,546.65 works: 39.649 -> 40, 8.018 -> 8, 6.322 -> 6, 6.183 -> 6,
    # 5.002 -> 5, 3.825 -> 4; total 69. So the official table does not tell Hare from
    # Sainte-Lague; it does rule out D'Hondt.
    assert list(allocate(VOTES_2023, 69, "sainte-lague", 5.0, BASE_2023).values()) == [
        40,
        8,
        6,
        6,
        5,
        4,
        0,
    ]


def test_2021_hare_and_dhondt():
    # Threshold 7% of 7,241,562 = 506,909.34: Auyl (383,023) and ADAL (258,618) are out.
    # Pool 5,148,074 + 792,828 + 659,019 = 6,599,921; quota 6,599,921 / 98 = 67,346.13.
    # Nur Otan 76.442, Aq Jol 11.772, QHP 9.786 -> 76 + 11 + 9 = 96, 2 left:
    # QHP .786 and Aq Jol .772 (Nur Otan .442 misses) -> 76/12/10, the official seats.
    assert sum(VOTES_2021.values()) == 7_241_562
    assert allocate(VOTES_2021, 98, "hare", 7.0) == {
        "Nur Otan": 76,
        "Aq Jol": 12,
        "QHP": 10,
        "Auyl": 0,
        "ADAL": 0,
    }
    # D'Hondt: D = 5,148,074 / 77 = 66,858.1: Nur Otan 77.0, Aq Jol 11.86, QHP 9.86 -> 77/11/9
    # is only 97, so D must be lower: Aq Jol's 12th average 792,828 / 12 = 66,069.0 gives
    # Nur Otan 77.92 -> 77, Aq Jol 12.0 -> 12, QHP 9.97 -> 9: 98 seats -> 77/12/9.
    assert list(allocate(VOTES_2021, 98, "dhondt", 7.0).values()) == [77, 12, 9, 0, 0]


def test_sainte_lague_hand_example():
    # Votes A 53,000, B 24,000, C 23,000; 7 seats; divisors 1, 3, 5, 7, ...
    # A: 53,000  17,666.7  10,600  7,571.4
    # B: 24,000   8,000     4,800
    # C: 23,000   7,666.7   4,600
    # The 7 highest: 53,000 A, 24,000 B, 23,000 C, 17,666.7 A, 10,600 A, 8,000 B, 7,666.7 C
    # -> A 3, B 2, C 2; the lowest winning average is C's 7,666.7.
    votes = {"A": 53_000, "B": 24_000, "C": 23_000}
    result = allocate_detailed(votes, 7, "sainte-lague")
    assert result.seats == {"A": 3, "B": 2, "C": 2}
    assert result.quota == pytest.approx(23_000 / 3)
    # Next averages: A 53,000 / 7, B 24,000 / 5, C 23,000 / 5.
    assert result.remainders == pytest.approx({"A": 53_000 / 7, "B": 4_800.0, "C": 4_600.0})


def test_dhondt_and_hare_on_the_same_hand_example():
    # D'Hondt, divisors 1, 2, 3, ...:
    # A: 53,000  26,500  17,666.7  13,250  10,600
    # B: 24,000  12,000   8,000
    # C: 23,000  11,500   7,666.7
    # The 7 highest: 53,000 A, 26,500 A, 24,000 B, 23,000 C, 17,666.7 A, 13,250 A, 12,000 B
    # -> A 4, B 2, C 1.
    votes = {"A": 53_000, "B": 24_000, "C": 23_000}
    assert allocate(votes, 7, "dhondt") == {"A": 4, "B": 2, "C": 1}
    # Hare: quota 100,000 / 7 = 14,285.71; A 3.710, B 1.680, C 1.610 -> 3 + 1 + 1 = 5,
    # 2 left to the largest remainders A .710 and B .680 -> A 4, B 2, C 1.
    assert allocate(votes, 7, "hare") == {"A": 4, "B": 2, "C": 1}


def test_ties_go_to_the_party_earlier_in_the_order():
    # Three parties of 20 votes, 2 seats. Hare: quota 60 / 2 = 30; each 20 / 30 = 0.667,
    # integer part 0, remainder 0.667 for all: the two earlier in the order win.
    assert allocate({"A": 20, "B": 20, "C": 20}, 2, "hare") == {"A": 1, "B": 1, "C": 0}
    assert allocate({"C": 20, "A": 20, "B": 20}, 2, "hare") == {"C": 1, "A": 1, "B": 0}
    # Highest averages: first averages all 20; the first seat goes to the first party, whose
    # next average drops (10 or 6.7), the second seat to the second party.
    for method in ("dhondt", "sainte-lague"):
        assert allocate({"B": 20, "C": 20, "A": 20}, 2, method) == {"B": 1, "C": 1, "A": 0}


def test_a_tie_is_exact_not_floating_point():
    # Three parties of 1 vote, 1 seat. Hare: quota 3; every remainder is exactly 1/3 (a float
    # would store 0.333... for each, but the comparison is on integers) -> the first listed.
    assert allocate({"Z": 1, "Y": 1, "X": 1}, 1, "hare") == {"Z": 1, "Y": 0, "X": 0}


def test_threshold_is_at_or_above():
    # base 1,000, 5% -> 50 votes needed: B with exactly 50 is in, C with 49 is out.
    # Pool 901 + 50 = 951; 10 seats; quota 95.1: A 9.474, B 0.526 -> 9 + 0, 1 left to
    # the larger remainder B .526 (A .474) -> A 9, B 1.
    result = allocate_detailed({"A": 901, "B": 50, "C": 49}, 10, "hare", 5, 1_000)
    assert result.eligible == ("A", "B")
    assert result.seats == {"A": 9, "B": 1, "C": 0}


def test_numpy_counts_are_accepted():
    votes = {name: np.int64(count) for name, count in VOTES_2023.items()}
    assert allocate(votes, 69, "hare", 5.0, np.int64(BASE_2023))["AMANAT"] == 40
    assert allocate({"A": 3.0, "B": 1.0}, 4)["A"] == 3


def test_zero_seats_and_result_type():
    result = allocate_detailed({"A": 5, "B": 3}, 0)
    assert isinstance(result, Allocation)
    assert result.seats == {"A": 0, "B": 0}
    assert result.quota is None


@pytest.mark.parametrize(
    ("votes", "seats", "kwargs"),
    [
        ({"A": -1}, 1, {}),
        ({"A": 1.5}, 1, {}),
        ({"A": 1}, -1, {}),
        ({"A": 10}, 1, {"method": "imperiali"}),
        ({"A": 10}, 1, {"base_votes": 5}),
        ({"A": 10}, 1, {"threshold_percent": 150}),
        ({"A": 0, "B": 0}, 1, {}),
        ({"A": 4, "B": 5}, 1, {"threshold_percent": 60}),  # nobody passes the threshold
    ],
)
def test_invalid_input(votes, seats, kwargs):
    with pytest.raises(ValueError):
        allocate(votes, seats, **kwargs)


# --- what each refusal says, and every field of the result -------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: allocate({"A": 1}, -1), "seats must not be negative, got -1"),
        (lambda: allocate({"A": True}, 1), "votes for 'A' must be a count, got True"),
        (lambda: allocate({"A": 1.5}, 1), "votes for 'A' must be a whole number, got 1.5"),
        (lambda: allocate({"A": -3}, 1), "votes for 'A' must not be negative, got -3"),
        (lambda: allocate({"A": 10}, 1, base_votes=-1), "base_votes must not be negative, got -1"),
        (lambda: allocate({"A": 10}, 1, base_votes=5), "base_votes 5 is smaller than the votes passed (10)"),
        (lambda: allocate({"A": 10}, 1, min_parties=-2), "min_parties must not be negative, got -2"),
        (lambda: allocate({"A": 10}, 1, threshold_percent=150), "threshold_percent must be within 0..100, got 150"),
        (
            lambda: allocate({"A": 10}, 1, method="imperiali"),
            "unknown method 'imperiali'; expected one of hare, dhondt, sainte-lague",
        ),
        (lambda: allocate({"A": 0}, 1), "no eligible party has a vote: the seats cannot be allocated"),
    ],
)
def test_each_refusal_names_what_is_wrong(call, message):
    with pytest.raises(ValueError) as caught:
        call()
    assert str(caught.value) == message


def test_a_threshold_anywhere_from_0_to_100_percent():
    # 0%: everyone is in, 0.5% of 1,000 = 5 votes: B's 4 are below it; 100%: only a party with every vote
    assert allocate_detailed({"A": 996, "B": 4}, 1, threshold_percent=0).eligible == ("A", "B")
    assert allocate_detailed({"A": 996, "B": 4}, 1, threshold_percent=0.5).eligible == ("A",)
    assert allocate_detailed({"A": 10, "B": 0}, 1, threshold_percent=100).seats == {"A": 1, "B": 0}
    with pytest.raises(ValueError, match="within 0..100"):
        allocate({"A": 10}, 1, threshold_percent=100.5)


def test_the_fields_of_an_allocation_with_and_without_seats():
    # 0 seats with a 5% threshold of a 1,000 base: 50 votes needed, C's 49 are not enough
    result = allocate_detailed({"A": 901, "B": 50, "C": 49}, 0, "dhondt", 5, 1_000)
    assert result == Allocation({"A": 0, "B": 0, "C": 0}, None, {}, "dhondt", ("A", "B"), 50.0, 1_000)
    # no threshold: no threshold votes, the base is the sum of the votes (3 + 1 = 4)
    result = allocate_detailed({"A": 3, "B": 1}, 4)
    assert (result.threshold_votes, result.base_votes, result.method) == (None, 4, "hare")
    # Hare with 4 seats: quota 4 / 4 = 1, A 3 and B 1 exactly, no remainders
    assert (result.seats, result.quota, result.remainders) == ({"A": 3, "B": 1}, 1.0, {"A": 0.0, "B": 0.0})


def test_with_no_minimum_rule_nobody_below_the_threshold_is_admitted():
    # 60% of 9 = 5.4 votes: neither 4 nor 5 is enough, and by default no party is admitted below the line
    with pytest.raises(ValueError, match="no eligible party"):
        allocate_detailed({"A": 4, "B": 5}, 1, threshold_percent=60)


def test_a_minimum_number_of_parties_admits_the_next_by_votes():
    # 10% of 1,000 = 100: only A (800) passes. min_parties=3 admits the two with most votes below the line,
    # C (90) then B (60), not D (50); they keep the registration order A, B, C
    votes = {"A": 800, "B": 60, "C": 90, "D": 50}
    result = allocate_detailed(votes, 10, "hare", 10, 1_000, min_parties=3)
    assert result.eligible == ("A", "B", "C")
    # the pool 950 over 10 seats: quota 95; A 8.42, B 0.63, C 0.95 -> 8 + 0 + 0, 2 left to C .95 and B .63
    assert result.seats == {"A": 8, "B": 1, "C": 1, "D": 0}
    assert allocate(votes, 10, "hare", 10, 1_000, min_parties=3) == result.seats
    # min_parties=2 admits C, the most votes below the line, not B, the next in the order
    # pool 890, quota 89: A 8.99, C 1.01 -> 8 + 1, the one left to A's .99
    assert allocate(votes, 10, "hare", 10, 1_000, min_parties=2) == {"A": 9, "B": 0, "C": 1, "D": 0}
    # a party with a single vote may be admitted; one with none never is
    assert allocate_detailed({"A": 99, "B": 1, "C": 0}, 1, threshold_percent=50, min_parties=3).eligible == ("A", "B")
    # already as many as the minimum: nothing changes
    assert allocate_detailed(votes, 10, "hare", 10, 1_000, min_parties=1).eligible == ("A",)
