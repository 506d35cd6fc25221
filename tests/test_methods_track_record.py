"""Track-record methods worked by hand (docs/methods.md §6): plus-minus, house effect with a t interval, evidence."""

from __future__ import annotations

import math

import pytest

from kzcheck.methods.track_record import Evidence, evidence, house_effect, plus_minus, t_quantile


def test_t_quantiles_from_the_table_and_the_expansion():
    """Table values t(0.975; 1) = 12.706, t(0.975; 2) = 4.303; far out the expansion meets the normal 1.96.
    df = 60 by the expansion: z = 1.959964; (z^3 + z)/240 = (7.5290 + 1.9600)/240 = 0.039537;
    (5 z^5 + 16 z^3 + 3 z)/(96 * 3600) = (144.62 + 120.46 + 5.88)/345600 = 0.000784 -> 2.000285 (tables: 2.000)."""
    assert t_quantile(1) == 12.706 and t_quantile(2) == 4.303 and t_quantile(30) == 2.042
    assert t_quantile(60) == pytest.approx(2.0003, abs=2e-4)
    assert t_quantile(10_000) == pytest.approx(1.960, abs=1e-3)
    with pytest.raises(ValueError):
        t_quantile(0)


def test_plus_minus_of_the_2024_referendum_polls():
    """Two-way Yes 73.114 (5,561,937 / 7,607,208). M3 of a two-option poll is its error on Yes: SOTSIS-A 69.8 ->
    3.314, IPP 72.3 -> 0.814, IEI 71.8 -> 1.314. SOTSIS-A: 3.314 - (0.814 + 1.314)/2 = +2.25; IPP: 0.814 -
    (3.314 + 1.314)/2 = -1.50; IEI: 1.314 - (3.314 + 0.814)/2 = -0.75. The official share cancels: 72.05 - 69.8."""
    v = 5_561_937 / 7_607_208 * 100
    m3 = {"sotsis-a": v - 69.8, "ipp": v - 72.3, "iei": v - 71.8}
    assert plus_minus(m3["sotsis-a"], [m3["ipp"], m3["iei"]]) == pytest.approx(2.25, abs=1e-9)
    assert plus_minus(m3["ipp"], [m3["sotsis-a"], m3["iei"]]) == pytest.approx(-1.50, abs=1e-9)
    assert plus_minus(m3["iei"], [m3["sotsis-a"], m3["ipp"]]) == pytest.approx(-0.75, abs=1e-9)
    assert plus_minus(1.0, []) is None


def test_house_effect_of_three_votes_is_mean_sd_se_and_a_t_interval():
    """SOTSIS-A on the ruling side: +0.71, +0.52, -3.31. Mean = -2.08/3 = -0.6933. Deviations +1.4033, +1.2133,
    -2.6167; squares 1.9693 + 1.4722 + 6.8469 = 10.2884; sd = sqrt(10.2884/2) = 2.2681; se = 2.2681/sqrt(3) = 1.3095;
    half-width 4.303 x 1.3095 = 5.6348: interval -6.3281 to +4.9415, which holds zero."""
    h = house_effect([0.71, 0.52, -3.31])
    assert h.n == 3
    assert h.mean == pytest.approx(-0.6933, abs=1e-4)
    assert h.sd == pytest.approx(2.2681, abs=1e-4)
    assert h.se == pytest.approx(1.3095, abs=1e-4)
    assert h.low == pytest.approx(-6.3281, abs=1e-3) and h.high == pytest.approx(4.9415, abs=1e-3)
    assert not h.excludes_zero


def test_two_votes_give_an_interval_too_wide_to_say_anything():
    """IPP: +4.21 and -0.81. Mean 1.70; sd = |4.21 + 0.81| / sqrt(2) = 3.5497; se = 2.51; t(1) = 12.706:
    1.70 +- 31.89."""
    h = house_effect([4.21, -0.81])
    assert h.mean == pytest.approx(1.70) and h.se == pytest.approx(2.51)
    assert h.high - h.low == pytest.approx(2 * 12.706 * 2.51)


def test_a_consistent_lean_over_enough_votes_excludes_zero():
    """+1, +1.2, +0.8, +1.1: mean 1.025, sd = sqrt((0.000625 + 0.030625 + 0.050625 + 0.005625)/3) = 0.17078;
    se = 0.08539; t(3) = 3.182 -> 1.025 +- 0.2717: 0.753 to 1.297."""
    h = house_effect([1.0, 1.2, 0.8, 1.1])
    assert h.low == pytest.approx(0.7533, abs=1e-3) and h.excludes_zero


def test_one_vote_has_no_uncertainty_and_none_is_an_error():
    h = house_effect([4.21])
    assert h.mean == 4.21 and h.se is None and h.low is None and not h.excludes_zero
    with pytest.raises(ValueError):
        house_effect([])


@pytest.mark.parametrize(
    ("votes", "kind"),
    [
        (0, Evidence.NONE),
        (1, Evidence.SINGLE),
        (2, Evidence.NOT_A_RECORD),
        (3, Evidence.SHORT),
        (9, Evidence.SHORT),
        (10, Evidence.RECORD),
    ],
)
def test_how_much_evidence_a_number_of_votes_is(votes, kind):
    assert evidence(votes) is kind


def test_level_other_than_95_uses_the_expansion():
    """At 90% and df = 40: z = 1.644854; (z^3 + z)/160 = (4.4503 + 1.6449)/160 = 0.038095;
    (5 z^5 + 16 z^3 + 3 z)/(96 x 1600) = (60.20 + 71.20 + 4.93)/153600 = 0.000888 -> 1.68384 (tables: 1.684)."""
    assert t_quantile(40, 0.90) == pytest.approx(1.684, abs=1e-3)
    assert math.isfinite(t_quantile(1, 0.5))
