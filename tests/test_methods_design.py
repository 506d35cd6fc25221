"""Per-poll design effects: from a stated margin, from interviews per station (Kish), a stated value, the default.

Every expected value is worked out by hand in the test from the formula in docs/methods.md §3.2.
"""

from __future__ import annotations

import math

import pytest

from kzcheck.methods import design
from kzcheck.methods.sampling import DEFAULT_EXIT_POLL_DEFF

Z95 = 1.959963984540054  # the 97.5% standard normal quantile


def test_design_effect_from_a_stated_margin_at_p_one_half():
    # Institute of Democracy 2023: n 12,000, ±1.1 at 95%: 12000 * (0.011 / 1.96)^2 / 0.25
    expected = 12000 * (0.011 / Z95) ** 2 / 0.25
    assert expected == pytest.approx(1.5119, abs=5e-5)
    assert design.from_margin(1.1, 12000) == pytest.approx(expected, rel=1e-12)
    # SOTSIS-A 2023: 312,000 at ±1.1 implies a design effect of 39
    assert design.from_margin(1.1, 312000) == pytest.approx(312000 * (0.011 / Z95) ** 2 / 0.25, rel=1e-12)
    assert 39.3 < design.from_margin(1.1, 312000) < 39.4


def test_design_effect_from_a_margin_printed_at_another_confidence_level():
    # ±2 at 90% (z = 1.644854) for n = 1,000: 1000 * (0.02 / 1.644854)^2 / 0.25 = 0.5914
    value = design.from_margin(2, 1000, level=0.90)
    assert value == pytest.approx(1000 * (0.02 / 1.6448536269514722) ** 2 / 0.25, rel=1e-12)
    assert value == pytest.approx(0.5914, abs=1e-4)


def test_kish_design_effect_from_interviews_per_station():
    # 12,000 interviews at 300 stations = 40 per station: 1 + 39 * 0.02 = 1.78
    assert design.from_clusters(12000, 300, 0.02) == pytest.approx(1.78, abs=1e-12)
    # IEI 2023: 30,000 / 200 = 150 per station: 1 + 149 * 0.02 = 3.98
    assert design.from_clusters(30000, 200) == pytest.approx(3.98, abs=1e-12)
    # one interview per station: no clustering at all
    assert design.from_clusters(300, 300, 0.5) == 1.0


def test_poll_design_effect_order_stated_then_margin_then_clusters_then_default():
    stated = design.poll_design_effect(cluster_sample=True, n=12000, stations=300, moe=1.1, stated=2.5)
    assert (stated.value, stated.origin) == (2.5, design.STATED)
    margin = design.poll_design_effect(cluster_sample=True, n=12000, stations=300, moe=1.1)
    assert margin.origin == design.MARGIN
    assert margin.value == pytest.approx(12000 * (0.011 / Z95) ** 2 / 0.25)
    assert "±1.1" in margin.detail and "12,000" in margin.detail
    clusters = design.poll_design_effect(cluster_sample=True, n=44160, stations=300)
    assert clusters.origin == design.CLUSTERS
    assert clusters.value == pytest.approx(1 + (44160 / 300 - 1) * 0.02)
    default = design.poll_design_effect(cluster_sample=True, n=5000)
    assert (default.value, default.origin) == (DEFAULT_EXIT_POLL_DEFF, design.DEFAULT)
    assert design.poll_design_effect(cluster_sample=True, default=2.0).value == 2.0


def test_a_margin_below_simple_random_sampling_is_not_taken_as_a_design_effect():
    # ±0.5 at n 10,000: 10000 * (0.005 / 1.96)^2 / 0.25 = 0.26 < 1 -> next rule (stations), said so
    chosen = design.poll_design_effect(cluster_sample=True, n=10000, stations=100, moe=0.5)
    assert chosen.origin == design.CLUSTERS
    assert chosen.value == pytest.approx(1 + 99 * 0.02)
    assert "not used" in chosen.detail


def test_a_survey_that_is_not_a_cluster_sample_has_design_effect_one_unless_stated():
    assert design.poll_design_effect(cluster_sample=False, n=1200, moe=2.8).value == 1.0
    assert design.poll_design_effect(cluster_sample=False, n=1200, moe=2.8).origin == design.SRS
    assert design.poll_design_effect(cluster_sample=False, stated=1.4).value == 1.4


def test_missing_values_are_nan_safe_and_bad_inputs_raise():
    nan = math.nan
    chosen = design.poll_design_effect(cluster_sample=True, n=nan, stations=nan, moe=nan, stated=nan)
    assert chosen.origin == design.DEFAULT
    with pytest.raises(ValueError):
        design.from_margin(0, 100)
    with pytest.raises(ValueError):
        design.from_clusters(100, 0)
    with pytest.raises(ValueError):
        design.from_clusters(100, 10, roh=1.5)
