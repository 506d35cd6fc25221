"""Sampling error, intervals, stated margins and the two-poll test, checked by hand.

z for 95% is 1.959964 (the 0.975 quantile of the standard normal). Expected values below are
worked out in the comments, not produced by the functions under test.
"""

import numpy as np
import pytest

from kzcheck.methods.sampling import (
    DEFAULT_EXIT_POLL_DEFF,
    MarginCheck,
    TwoProportionTest,
    confidence_interval,
    effective_n,
    margin_consistent,
    margin_of_error,
    standard_error,
    two_proportion_test,
    z_value,
)

Z95 = 1.959964


def test_default_design_effect_is_documented_value():
    assert DEFAULT_EXIT_POLL_DEFF == 1.7
    # sqrt(1.7) = 1.3038: margins about 30% wider than a simple random sample's.
    assert np.sqrt(DEFAULT_EXIT_POLL_DEFF) == pytest.approx(1.3038, abs=1e-4)


def test_z_value():
    assert z_value(0.95) == pytest.approx(Z95, abs=1e-6)
    assert z_value(0.90) == pytest.approx(1.644854, abs=1e-6)


def test_effective_n():
    # 30,000 interviews with deff 1.5 are worth 30,000 / 1.5 = 20,000 random ones.
    assert effective_n(30_000, 1.5) == pytest.approx(20_000)


def test_standard_error_at_half():
    # 100 * sqrt(0.5 * 0.5 / 2,500) = 100 * sqrt(0.0001) = 1.0 point
    assert standard_error(50, 2_500) == pytest.approx(1.0)
    # deff 4 doubles it: 100 * sqrt(0.25 * 4 / 2,500) = 100 * 0.02 = 2.0
    assert standard_error(50, 2_500, deff=4) == pytest.approx(2.0)


def test_standard_error_vectorised():
    # 100 * sqrt(0.25 / 10,000) = 0.5; 100 * sqrt(0.1 * 0.9 / 900) = 100 * 0.01 = 1.0
    result = standard_error(np.array([50, 50, 10]), np.array([2_500, 10_000, 900]))
    assert isinstance(result, np.ndarray)
    assert result == pytest.approx([1.0, 0.5, 1.0])


def test_margin_of_error():
    # n = 2,500: 1.959964 * 1.0 = 1.96 points
    assert margin_of_error(2_500) == pytest.approx(1.959964, abs=1e-6)
    # Institute of Democracy 2023, n = 12,000: 1.959964 * 100 * sqrt(0.25 / 12,000)
    # = 1.959964 * 0.456435 = 0.894597
    assert margin_of_error(12_000) == pytest.approx(0.894597, abs=1e-6)


def test_normal_interval_for_iei_amanat():
    # IEI 2023: AMANAT 53.46%, n = 30,000, deff 1.7.
    # se = 100 * sqrt(0.5346 * 0.4654 * 1.7 / 30,000) = 100 * sqrt(1.40986e-5) = 0.375484
    # half width 1.959964 * 0.375484 = 0.735935 -> [52.7241, 54.1959]. The official 53.90
    # lies inside.
    low, high = confidence_interval(53.46, 30_000, 1.7)
    assert low == pytest.approx(52.7241, abs=1e-4)
    assert high == pytest.approx(54.1959, abs=1e-4)


def test_wilson_interval_by_hand():
    # p = 0.5, n = 100: z^2 = 3.841459; denominator 1 + 3.841459 / 100 = 1.038415
    # centre (0.5 + 3.841459 / 200) / 1.038415 = 0.5
    # half 1.959964 / 1.038415 * sqrt(0.0025 + 3.841459 / 40,000) = 1.887456 * 0.050951
    # = 0.096168 -> [40.383, 59.617]
    low, high = confidence_interval(50, 100, method="wilson")
    assert low == pytest.approx(40.3832, abs=1e-3)
    assert high == pytest.approx(59.6168, abs=1e-3)


def test_wilson_interval_at_zero_stays_informative():
    # 0 of 10: the Wald interval collapses to [0, 0]; Wilson gives [0, z^2 / (n + z^2)]
    # = [0, 3.841459 / 13.841459] = [0, 27.753%].
    assert confidence_interval(0, 10) == pytest.approx((0.0, 0.0))
    low, high = confidence_interval(0, 10, method="wilson")
    assert low == pytest.approx(0.0, abs=1e-12)
    assert high == pytest.approx(27.7533, abs=1e-3)


def test_wilson_uses_effective_n():
    # deff 2 with n = 200 is Wilson with n = 100: same as the hand example above.
    low, high = confidence_interval(50, 200, deff=2, method="wilson")
    assert (low, high) == pytest.approx((40.3832, 59.6168), abs=1e-3)


def test_margin_consistent_institute_of_democracy_2023():
    # Stated: 12,000 voters, +-1.1%.
    # Simple random sample: 0.894597 (above). Implied deff (1.1 / 0.894597)^2 = 1.51193.
    # With deff 1.5: 1.959964 * 100 * sqrt(0.25 * 1.5 / 12,000) = 1.959964 * 0.559017
    # = 1.095653; |1.1 - 1.095653| = 0.0043 <= 0.05 -> consistent.
    check = margin_consistent(1.1, 12_000, 1.5)
    assert isinstance(check, MarginCheck)
    assert check.implied_moe == pytest.approx(1.095653, abs=1e-6)
    assert check.consistent
    assert check.implied_deff == pytest.approx(1.51193, abs=1e-5)
    # With the default 1.7: 1.959964 * 100 * sqrt(0.25 * 1.7 / 12,000) = 1.166412;
    # |1.1 - 1.166412| = 0.066 > 0.05 -> not consistent at a 0.05 tolerance.
    check = margin_consistent(1.1, 12_000, DEFAULT_EXIT_POLL_DEFF)
    assert check.implied_moe == pytest.approx(1.166412, abs=1e-6)
    assert not check.consistent


def test_margin_consistent_iei_2023():
    # IEI: "more than 30,000", "<= 1%". SRS margin 1.959964 * 100 * sqrt(0.25 / 30,000)
    # = 0.565792; implied deff (1 / 0.565792)^2 = 3.12381: the stated margin is conservative.
    check = margin_consistent(1.0, 30_000, 1.7, tolerance=0.5)
    # deff 1.7: 0.565792 * sqrt(1.7) = 0.737704; |1 - 0.7377| = 0.262 <= 0.5
    assert check.implied_moe == pytest.approx(0.737704, abs=1e-6)
    assert check.consistent
    assert check.implied_deff == pytest.approx(3.12381, abs=1e-5)


def test_two_proportion_test_aq_jol_2023():
    # Aq Jol: IEI 7.87% (n 30,000) vs Institute of Democracy 8.87% (n 12,000), deff 1.7 each.
    # var1 = 0.0787 * 0.9213 * 1.7 / 30,000 = 4.108691e-6
    # var2 = 0.0887 * 0.9113 * 1.7 / 12,000 = 1.145124e-5
    # se = 100 * sqrt(1.555993e-5) = 0.394461; diff = -1.00; z = -1 / 0.394461 = -2.53511
    # p = 2 * (1 - Phi(2.53511)) = 0.011241: the two polls disagree beyond sampling error.
    result = two_proportion_test(7.87, 30_000, 8.87, 12_000, 1.7, 1.7)
    assert isinstance(result, TwoProportionTest)
    diff, se, z, p_value = result
    assert diff == pytest.approx(-1.0)
    assert se == pytest.approx(0.394461, abs=1e-6)
    assert z == pytest.approx(-2.53511, abs=1e-5)
    assert p_value == pytest.approx(0.011241, abs=1e-6)


def test_two_proportion_test_symmetry_and_null():
    # Equal shares: diff 0, z 0, p 1.
    diff, _, z, p_value = two_proportion_test(50, 1_000, 50, 1_000, 1, 1)
    assert (diff, z, p_value) == pytest.approx((0.0, 0.0, 1.0))
    # se = 100 * sqrt(0.25/2,500 + 0.25/2,500) = 100 * sqrt(0.0002) = 1.414214; z = 2 / 1.414214
    # = 1.414214; p = 2 * (1 - Phi(1.414214)) = 0.157299
    diff, se, z, p_value = two_proportion_test(51, 2_500, 49, 2_500)
    assert se == pytest.approx(1.4142, abs=1e-3)
    assert z == pytest.approx(1.4142, abs=1e-3)
    assert p_value == pytest.approx(0.157299, abs=1e-4)


def test_two_proportion_test_vectorised():
    # Both rows of the worked examples above at once.
    result = two_proportion_test(
        np.array([7.87, 50.0]), np.array([30_000, 1_000]), np.array([8.87, 50.0]),
        np.array([12_000, 1_000]), np.array([1.7, 1.0]), np.array([1.7, 1.0]),
    )  # fmt: skip
    assert result.z == pytest.approx([-2.53511, 0.0], abs=1e-5)
    assert result.p_value == pytest.approx([0.011241, 1.0], abs=1e-6)


def test_two_proportion_test_zero_se_is_nan():
    _, se, z, p_value = two_proportion_test(0, 100, 0, 100, 1, 1)
    assert se == 0
    assert np.isnan(z) and np.isnan(p_value)


@pytest.mark.parametrize(
    "call",
    [
        lambda: standard_error(101, 100),
        lambda: standard_error(-1, 100),
        lambda: standard_error(50, 0),
        lambda: standard_error(50, 100, deff=0),
        lambda: standard_error(np.array([50, np.nan]), 100),
        lambda: z_value(1.0),
        lambda: confidence_interval(50, 100, method="exact"),
        lambda: margin_consistent(0, 100, 1),
        lambda: margin_consistent(1, 100, 1, tolerance=-1),
    ],
)
def test_invalid_input(call):
    with pytest.raises(ValueError):
        call()


def test_effective_n_defaults_to_a_simple_random_sample():
    # No design effect given: deff 1, the sample is worth itself.
    assert effective_n(1_200) == pytest.approx(1_200)


def test_margin_consistent_at_another_level():
    # 99%: z = 2.575829; n = 1,000, deff 1: 100 * sqrt(0.25 / 1,000) = 1.581139 -> 4.072744.
    # A stated 4.07 is within 0.005 of it, and its implied deff is (4.07 / 4.072744)^2 = 0.998653
    # (at 95% the margin would be 1.959964 * 1.581139 = 3.098975, far from 4.07).
    check = margin_consistent(4.07, 1_000, 1.0, tolerance=0.005, level=0.99)
    assert check.implied_moe == pytest.approx(4.072744, abs=1e-6)
    assert check.consistent
    assert check.implied_deff == pytest.approx(0.998653, abs=1e-6)


def test_margin_consistent_with_no_tolerance():
    # A zero tolerance is allowed (not negative): 3.1 against 3.098975 differs by 0.001 > 0.
    assert not margin_consistent(3.1, 1_000, 1.0, tolerance=0).consistent


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: effective_n(0), "^n must be positive"),
        (lambda: effective_n(100, 0), "^deff must be positive"),
        (lambda: standard_error(50, -5), "^n must be positive"),
        (lambda: standard_error(120, 100), "^shares must be percents within 0..100"),
        (lambda: margin_consistent(0, 100, 1), "^stated_moe must be positive, got 0"),
        (lambda: margin_consistent(1, 100, 1, tolerance=-1), "^tolerance must not be negative, got -1"),
        (lambda: z_value(1.0), "^level must be strictly between 0 and 1"),
        (lambda: confidence_interval(50, 100, method="exact"), "unknown interval method 'exact'"),
    ],
)
def test_invalid_input_says_what_is_wrong(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_a_zero_standard_error_is_nan_without_a_warning():
    # Both shares 0: se = 0, z = 0 / 0 is undefined. The function says so with nan and raises no warning.
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _, se, z, p_value = two_proportion_test([0, 50], 100, [0, 40], 100)
    assert se[0] == 0 and np.isnan(z[0]) and np.isnan(p_value[0])
    # 50 vs 40 of 100 each: se = 100 * sqrt(0.25 / 100 + 0.24 / 100) = 7 points, z = 10 / 7
    assert z[1] == pytest.approx(10 / 7)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: standard_error(50, 100, deff=0), "^deff must be positive"),
        (lambda: confidence_interval(50, 0), "^n must be positive"),
        (lambda: confidence_interval(50, 100, deff=-1), "^deff must be positive"),
        (lambda: z_value(0), "^level must be strictly between 0 and 1, got 0"),
    ],
    ids=["deff", "interval-n", "interval-deff", "level-0"],
)
def test_the_argument_that_is_wrong_is_named(call, message):
    with pytest.raises(ValueError, match=message):
        call()


# --- missing values, scalar results, the edge of a stated margin -------------------------------------------------


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: standard_error([50, None], 100), "shares must be percents within 0..100, got [50, None]"),
        (lambda: standard_error(50, [100, None]), "n must be positive, got [100, None]"),
        (lambda: effective_n(100, float("nan")), "deff must be positive, got nan"),
    ],
)
def test_a_missing_share_n_or_deff_is_refused_by_name(call, message):
    """None (a missing cell) is read as nan and refused like it, with the argument's name, never a TypeError."""
    with pytest.raises(ValueError) as caught:
        call()
    assert str(caught.value) == message


def test_scalar_arguments_give_python_floats():
    # 1,000 interviews at deff 2 are worth 500; se at 50%: 100 sqrt(0.25 / 500) = 2.236068
    assert type(effective_n(1000, 2)) is float and effective_n(1000, 2) == 500.0
    assert type(standard_error(50, 1000, 2)) is float
    assert standard_error(50, 1000, 2) == pytest.approx(2.236068, abs=1e-6)


def test_a_stated_margin_exactly_at_the_tolerance_is_consistent():
    # n = 1,600 at 50%: se = 100 sqrt(0.25 / 1600) = 1.25, margin 1.959964 * 1.25 = 2.449955
    implied = margin_of_error(1600)
    assert implied == pytest.approx(2.449955, abs=1e-6)
    assert margin_consistent(implied, 1600, 1.0, tolerance=0.0).consistent
    assert not margin_consistent(implied + 0.01, 1600, 1.0, tolerance=0.0).consistent
