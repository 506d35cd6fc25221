"""Tests behind the calls: against a line, two options of one poll, homogeneity (Rao-Scott), fit, Holm and BH.

Expected values are computed by hand in each test from the formulas of docs/methods.md §3.6-§3.9.
"""

from __future__ import annotations

import math

import pytest

from kzcheck.methods import significance as sg


def phi_tail(z: float) -> float:
    return math.erfc(abs(z) / math.sqrt(2))


def test_share_against_a_threshold_uses_the_polls_own_variance():
    # JSDP in IEI 2023: 5.31 against 5 with n 30,000, deff 3.12: se = 100 sqrt(.0531 * .9469 * 3.12 / 30000)
    se = 100 * math.sqrt(0.0531 * 0.9469 * 3.12 / 30000)
    assert se == pytest.approx(0.22867, abs=1e-5)
    t = sg.against_line(5.31, 30000, 3.12, 5.0)
    assert t.se == pytest.approx(se)
    assert t.z == pytest.approx(0.31 / se)
    assert t.p_value == pytest.approx(phi_tail(0.31 / se))


def test_rounding_slack_is_granted_before_the_p_value_but_z_is_the_printed_one():
    t = sg.against_line(5.31, 30000, 3.12, 5.0, slack=0.005)
    se = 100 * math.sqrt(0.0531 * 0.9469 * 3.12 / 30000)
    assert t.z == pytest.approx(0.31 / se)
    assert t.p_value == pytest.approx(phi_tail(0.305 / se))
    # a difference inside the rounding has p = 1
    assert sg.against_line(5.004, 1000, 1.0, 5.0, slack=0.005).p_value == pytest.approx(1.0)


def test_difference_of_two_options_of_one_poll():
    # 2023 Institute of Democracy: Aq Jol 8.87 vs Respublica 8.33, n 12,000, deff 1.5
    pa, pb = 0.0887, 0.0833
    var = (pa + pb - (pa - pb) ** 2) * 1.5 / 12000
    t = sg.within_poll_difference(8.87, 8.33, 12000, 1.5)
    assert t.estimate == pytest.approx(0.54)
    assert t.se == pytest.approx(100 * math.sqrt(var))
    assert t.se == pytest.approx(0.4636, abs=1e-4)
    assert t.z == pytest.approx(0.54 / (100 * math.sqrt(var)))
    # negatively correlated shares: the difference varies more than two independent shares' would
    independent = math.sqrt(0.5346 * 0.4654 + 0.1052 * 0.8948) * 100 / math.sqrt(30000)
    assert sg.within_poll_difference(53.46, 10.52, 30000, 1.0).se > independent


def test_homogeneity_of_two_polls_on_effective_counts():
    # two polls, two options: 60/40 of n 1,000 (deff 2 -> 500) and 50/50 of n 600 (deff 1.5 -> 400)
    # effective counts [[300, 200], [200, 200]], total 900, column sums [500, 400], row sums [500, 400]
    expected = [[500 * 500 / 900, 500 * 400 / 900], [400 * 500 / 900, 400 * 400 / 900]]
    counts = [[300, 200], [200, 200]]
    x2 = sum((counts[i][j] - expected[i][j]) ** 2 / expected[i][j] for i in range(2) for j in range(2))
    t = sg.homogeneity([[60, 40], [50, 50]], [1000, 600], [2, 1.5])
    assert t.df == 1
    assert t.statistic == pytest.approx(x2)
    assert t.statistic == pytest.approx(9.0)  # (ad - bc)^2 N / (r1 r2 c1 c2) = 20000^2 * 900 / (500 * 400)^2
    # df 1: the chi-square tail equals the two-sided normal tail of sqrt(X^2)
    assert t.p_value == pytest.approx(phi_tail(math.sqrt(x2)))


def test_homogeneity_with_one_design_effect_is_the_naive_statistic_divided_by_it():
    naive = sg.homogeneity([[53.5, 10.5, 36.0], [53.3, 11.3, 35.4]], [30000, 12000], [1, 1])
    corrected = sg.homogeneity([[53.5, 10.5, 36.0], [53.3, 11.3, 35.4]], [30000, 12000], [2.5, 2.5])
    assert corrected.statistic == pytest.approx(naive.statistic / 2.5)
    assert corrected.df == 2


def test_goodness_of_fit_and_the_design_effect_the_error_needs():
    # poll 52/48 of n 2,000 against a count of 50/50: D = (.02^2 / .5) * 2 = 0.0016
    d = 0.02**2 / 0.5 * 2
    t = sg.goodness_of_fit([52, 48], [50, 50], 2000, 1.0)
    assert t.statistic == pytest.approx(2000 * d)  # 3.2
    assert t.df == 1
    assert t.p_value == pytest.approx(phi_tail(math.sqrt(3.2)))
    assert t.deff_needed == pytest.approx(2000 * d / 1)  # 3.2: with deff 3.2 the error is typical
    assert t.ratio == pytest.approx(math.sqrt(3.2))
    assert sg.goodness_of_fit([52, 48], [50, 50], 2000, 3.2).ratio == pytest.approx(1.0)


def test_holm_and_benjamini_hochberg_by_hand():
    p = [0.01, 0.04, 0.03, 0.5]
    # Holm: sorted .01 .03 .04 .5 times 4 3 2 1 = .04 .09 .08 .5, made monotone: .04 .09 .09 .5
    assert sg.adjust(p, "holm") == pytest.approx([0.04, 0.09, 0.09, 0.5])
    # BH: sorted p * 4 / rank = .04 .06 .0533 .5, monotone from the top: .04 .0533 .0533 .5
    assert sg.adjust(p, "bh") == pytest.approx([0.04, 0.16 / 3, 0.16 / 3, 0.5])
    got = sg.adjust([0.02, math.nan, 0.04])
    assert got[0] == pytest.approx(0.04) and math.isnan(got[1]) and got[2] == pytest.approx(0.04)
    with pytest.raises(ValueError):
        sg.adjust(p, "bonferroni")  # type: ignore[arg-type]


def test_an_adjustment_does_not_collect_the_whole_process(monkeypatch):
    """A run adjusts dozens of families; statsmodels' Holm would end each with a full gc.collect() (seconds in all)."""
    import gc

    calls = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: calls.append(generation) or 0)
    assert sg.adjust([0.01, 0.04, 0.03, 0.5], "holm") == pytest.approx([0.04, 0.09, 0.09, 0.5])
    assert calls == []
    assert gc.collect() == 0 and calls == [2]  # restored: the patch seen here is the test's own again


# --- small and missing values, empty input ----------------------------------------------------------------------


def test_a_poll_share_of_zero_and_an_official_share_below_one_percent():
    """50/50/0 against 49/50/1 at n = 100: D = 0.01^2 / 0.49 + 0 + 0.01^2 / 0.01 = 0.010204082, X^2 = 1.0204082 on
    2 df, p = exp(-0.5102041) = 0.606531 x 0.989848 = 0.600373; the design effect needed n D / 2 = 0.5102041,
    ratio sqrt of it 0.714286."""
    got = sg.goodness_of_fit([50, 50, 0], [49, 50, 1], 100, 1)
    assert (got.statistic, got.df) == (pytest.approx(1.0204082, abs=1e-6), 2)
    assert got.p_value == pytest.approx(0.600373, abs=1e-6)
    assert (got.deff_needed, got.ratio) == (pytest.approx(0.5102041, abs=1e-6), pytest.approx(0.714286, abs=1e-6))


def test_homogeneity_keeps_an_option_below_one_percent():
    """99.6/0.4 and 99.8/0.2 of 1,000 each: counts 996/4 and 998/2, pooled 1,994/6 of 2,000, expected 997 and 3 in
    each poll; X^2 = 2 (1^2 / 997 + 1^2 / 3) = 0.668673 on 1 df. The small option (0.6 points over both polls) is
    an option: without it there would be no table at all."""
    got = sg.homogeneity([[99.6, 0.4], [99.8, 0.2]], [1000, 1000], [1, 1])
    assert (got.statistic, got.df) == (pytest.approx(0.668673, abs=1e-6), 1)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: sg.homogeneity([[60, None], [50, 50]], [100, 100], [1, 1]), "shares must be non-negative numbers"),
        (
            lambda: sg.goodness_of_fit([60, None], [55, 45], 100, 1),
            "official shares must be positive and poll shares non-negative",
        ),
        (
            lambda: sg.goodness_of_fit([60, 40], [55, None], 100, 1),
            "official shares must be positive and poll shares non-negative",
        ),
    ],
)
def test_a_missing_share_is_refused_not_computed_into_nan(call, message):
    """None (a missing cell) reads as nan, and nan passes no comparison: refused by the check that would let it."""
    with pytest.raises(ValueError) as caught:
        call()
    assert str(caught.value) == message


def test_missing_values_are_nan_where_the_method_says_so():
    """adjust leaves a missing p-value (None) out and nan; Holm on 0.01 and 0.04: 2 x 0.01 = 0.02, then
    max(0.02, 1 x 0.04) = 0.04. A missing z has no p-value, a z of 0 has p = 1; a missing slack gives no p-value."""
    got = sg.adjust([0.01, None, 0.04])
    assert got[0] == pytest.approx(0.02) and math.isnan(got[1]) and got[2] == pytest.approx(0.04)
    p = sg.two_sided_p([0.0, None])
    assert p[0] == 1.0 and math.isnan(p[1])
    # 60 against a 50 line at n = 100: se = 100 sqrt(0.6 x 0.4 / 100) = 4.898979, z = 2.041241
    got_line = sg.against_line([60, 60], 100, 1, 50, slack=[0.0, None])
    assert got_line.z[0] == pytest.approx(2.041241, abs=1e-6) and math.isnan(got_line.p_value[1])


def test_no_z_gives_no_p_values():
    assert sg.two_sided_p([]).shape == (0,)
