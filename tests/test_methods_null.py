"""Accuracy with its null: rescaling, MTK's A, M5's standard error, B under pure sampling error, seat uncertainty,
and the law's minimum-party rule in the allocation.

Hand-computed expectations in each test (docs/methods.md §1.4, §4.5-§4.7).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from kzcheck.methods import accuracy, simulation
from kzcheck.methods.allocation import allocate, allocate_detailed

OFFICIAL_2023 = {
    "amanat": 53.90,
    "auyl": 10.90,
    "respublica": 8.59,
    "aq-jol": 8.41,
    "qhp": 6.80,
    "jsdp": 5.20,
    "baytaq": 2.30,
    "against-all": 3.90,
}
DEMOCRACY_2023 = dict(zip(OFFICIAL_2023, [53.33, 11.26, 8.33, 8.87, 6.93, 5.12, 2.51, 3.65], strict=True))


def test_rescale_states_the_printed_sum_and_scales_to_100():
    r = accuracy.rescale({"a": 72.1, "b": 10.27, "c": 17.72})  # sums to 100.09
    assert r.printed_sum == pytest.approx(100.09)
    assert r.rescaled
    assert r.shares["a"] == pytest.approx(72.1 * 100 / 100.09)
    assert sum(r.shares.values()) == pytest.approx(100)
    assert not accuracy.rescale({"a": 60.0, "b": 40.0}).rescaled


def test_martin_traugott_kennedy_a_on_the_official_leading_pair():
    # Institute of Democracy 2023: ln[(53.33 / 11.26) / (53.90 / 10.90)]
    expected = math.log((53.33 / 11.26) / (53.90 / 10.90))
    assert expected == pytest.approx(-0.04313, abs=1e-5)
    mtk = accuracy.martin_traugott_kennedy(DEMOCRACY_2023, OFFICIAL_2023, 12000, 1.5)
    assert mtk.a == pytest.approx(expected)
    assert mtk.options == (0, 1)
    # se = sqrt((1 / .5333 + 1 / .1126) * 1.5 / 12000) = sqrt(10.7560 * 0.000125)
    assert mtk.se == pytest.approx(math.sqrt((1 / 0.5333 + 1 / 0.1126) * 1.5 / 12000))
    assert mtk.se == pytest.approx(0.03667, abs=1e-5)
    assert accuracy.martin_traugott_kennedy(DEMOCRACY_2023, OFFICIAL_2023).se is None


def test_m5_standard_error_is_that_of_the_polls_lead():
    # lead AMANAT - Auyl in Institute of Democracy 2023: se = 100 sqrt((.5333 + .1126 - .4207^2) * 1.5 / 12000)
    se = 100 * math.sqrt((0.5333 + 0.1126 - 0.4207**2) * 1.5 / 12000)
    assert se == pytest.approx(0.7656, abs=1e-4)
    assert accuracy.m5_standard_error(DEMOCRACY_2023, OFFICIAL_2023, 12000, 1.5) == pytest.approx(se)


def test_b_of_a_poll_drawn_from_the_count_is_above_zero_and_its_null_says_so():
    null = simulation.accuracy_null(DEMOCRACY_2023, OFFICIAL_2023, 12000, 1.7)
    # E[|A_i|] for an unbiased poll ~ se(A_i) sqrt(2 / pi): B's expectation is the mean of those
    m = 12000 / 1.7
    v = np.array(list(OFFICIAL_2023.values())) / 100
    approx = float(np.mean(np.sqrt(1 / (m * v * (1 - v))) * math.sqrt(2 / math.pi)))
    assert approx == pytest.approx(0.0385, abs=5e-4)
    assert null.b.expected == pytest.approx(approx, rel=0.05)
    assert null.b.observed == pytest.approx(float(accuracy.arzheimer_evans(DEMOCRACY_2023, OFFICIAL_2023).b), rel=1e-3)
    assert 0.1 < null.b.p_value < 0.9  # 0.043 is what an unbiased poll of this size scores
    assert null.b.low < null.b.expected < null.b.high
    assert null.effective_n == round(12000 / 1.7)


def test_the_null_simulation_is_reproducible_and_seeded():
    a = simulation.accuracy_null(DEMOCRACY_2023, OFFICIAL_2023, 12000, 1.7, draws=300, seed=5)
    b = simulation.accuracy_null(DEMOCRACY_2023, OFFICIAL_2023, 12000, 1.7, draws=300, seed=5)
    c = simulation.accuracy_null(DEMOCRACY_2023, OFFICIAL_2023, 12000, 1.7, draws=300, seed=6)
    assert a == b
    assert a.b.expected != c.b.expected


def test_b_p_value_is_roughly_uniform_for_polls_drawn_without_bias():
    """200 unbiased polls, each scored against 200 null draws: the p-values spread evenly over 0..1."""
    official = {"a": 48.0, "b": 30.0, "c": 14.0, "d": 8.0}
    rng = np.random.default_rng(2024)
    n, deff = 3000, 2.0
    counts = rng.multinomial(round(n / deff), np.array(list(official.values())) / 100, size=200)
    p_values = []
    for i, row in enumerate(counts):
        poll = dict(zip(official, 100 * row / row.sum(), strict=True))
        p_values.append(simulation.accuracy_null(poll, official, n, deff, draws=200, seed=1000 + i).b.p_value)
    values = np.array(p_values)
    # each tenth of 0..1 should hold about 20 of 200; allow wide binomial slack (sd ~4.2)
    deciles = np.histogram(values, bins=10, range=(0, 1))[0]
    assert deciles.min() >= 6 and deciles.max() <= 36, deciles
    assert abs(values.mean() - 0.5) < 0.06
    assert np.mean(values <= 0.05) < 0.11


def test_a_biased_poll_gets_a_small_p_value():
    official = {"a": 48.0, "b": 30.0, "c": 14.0, "d": 8.0}
    biased = {"a": 52.0, "b": 27.0, "c": 13.0, "d": 8.0}
    assert simulation.accuracy_null(biased, official, 12000, 2.0, draws=500).b.p_value < 0.01


def test_minimum_party_rule_admits_the_runner_up_when_only_one_party_passes():
    # 7% threshold of 1,000 votes = 70; only A passes; the law admits B (next most votes) so two parties share
    votes = {"A": 800, "B": 60, "C": 50}
    assert allocate(votes, 10, "hare", 7.0, 1000) == {"A": 10, "B": 0, "C": 0}
    # with the rule: quota = 860 / 10 = 86; A 800 / 86 = 9.30, B 60 / 86 = 0.70 -> 9 + 0, remainders .30 and .70 -> B
    detailed = allocate_detailed(votes, 10, "hare", 7.0, 1000, min_parties=2)
    assert detailed.seats == {"A": 9, "B": 1, "C": 0}
    assert detailed.eligible == ("A", "B")
    # the rule changes nothing when enough parties pass
    assert allocate({"A": 600, "B": 300, "C": 100}, 10, "hare", 7.0, 1000, min_parties=2) == {"A": 6, "B": 3, "C": 1}


def test_seat_projection_carries_threshold_probabilities_and_intervals():
    # SOTSIS-A 2023 with its margin's deff 39.3: JSDP at 4.91 is below 5; P(clear) ~ P(Z > 0.09 / se)
    shares = dict(zip(OFFICIAL_2023, [54.42, 10.21, 8.79, 8.21, 6.89, 4.91, 2.17, 4.4], strict=True))
    eligible = [o for o in OFFICIAL_2023 if o != "against-all"]
    proj = simulation.project_seats(shares, eligible, 69, "hare", 5.0, 312000, 39.3, min_parties=2, draws=400)
    assert proj.seats == {"amanat": 43, "auyl": 8, "respublica": 7, "aq-jol": 6, "qhp": 5, "jsdp": 0, "baytaq": 0}
    se = 100 * math.sqrt(0.0491 * 0.9509 * 39.3 / 312000)  # 0.2425
    expected = 0.5 * math.erfc((5 - 4.91) / se / math.sqrt(2))  # P(Z > 0.371) = 0.355
    assert expected == pytest.approx(0.355, abs=1e-3)
    assert proj.clears["jsdp"] == pytest.approx(expected, abs=0.07)
    assert proj.clears["amanat"] == 1.0 and proj.clears["baytaq"] < 0.01
    assert proj.low["jsdp"] == 0 and proj.high["jsdp"] >= 3  # 0 seats below the line, 3-4 above it
    assert proj.low["amanat"] <= 40 <= proj.high["amanat"]
