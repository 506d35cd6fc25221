"""Poll accuracy on the three registered 2023 Mazhilis exit polls, and small hand cases.

Options, in ballot order: AMANAT, Auyl, Respublica, Aq Jol, QHP, JSDP, Baytaq, against all.
Every expected value is worked out in the comments, not produced by the function under test.
"""

import numpy as np
import pytest

from kzcheck.methods.accuracy import (
    ArzheimerEvans,
    arzheimer_evans,
    errors,
    leading_pair,
    log_odds_ratios,
    max_abs_error,
    mosteller_m3,
    mosteller_m5,
    rescale,
)

NAMES = ["AMANAT", "Auyl", "Respublica", "Aq Jol", "QHP", "JSDP", "Baytaq", "against all"]
OFFICIAL = [53.90, 10.90, 8.59, 8.41, 6.80, 5.20, 2.30, 3.90]
IEI = [53.46, 10.52, 8.9, 7.87, 6.25, 5.31, 3.22, 4.47]
DEMOCRACY = [53.33, 11.26, 8.33, 8.87, 6.93, 5.12, 2.51, 3.65]
SOTSIS = [54.42, 10.21, 8.79, 8.21, 6.89, 4.91, 2.17, 4.4]


def test_errors_iei():
    # 53.46-53.90, 10.52-10.90, 8.9-8.59, 7.87-8.41, 6.25-6.80, 5.31-5.20, 3.22-2.30, 4.47-3.90
    assert errors(IEI, OFFICIAL) == pytest.approx([-0.44, -0.38, 0.31, -0.54, -0.55, 0.11, 0.92, 0.57], abs=1e-9)


def test_errors_by_name():
    poll = dict(zip(NAMES, IEI, strict=True))
    official = dict(zip(NAMES, OFFICIAL, strict=True))
    result = errors(poll, official)
    assert isinstance(result, dict)
    assert list(result) == NAMES
    assert result["Baytaq"] == pytest.approx(0.92)
    # Mappings are aligned by key, not by position.
    shuffled = dict(reversed(list(poll.items())))
    assert errors(shuffled, official) == pytest.approx(result)


def test_m3_for_the_three_polls():
    # IEI: |errors| .44+.38+.31+.54+.55+.11+.92+.57 = 3.82; / 8 = 0.4775 -> 0.48
    # Institute of Democracy: errors -.57 +.36 -.26 +.46 +.13 -.08 +.21 -.25;
    #   .57+.36+.26+.46+.13+.08+.21+.25 = 2.32; / 8 = 0.29
    # SOTSIS-A: errors +.52 -.69 +.20 -.20 +.09 -.29 -.13 +.50;
    #   .52+.69+.20+.20+.09+.29+.13+.50 = 2.62; / 8 = 0.3275 -> 0.33
    assert mosteller_m3(IEI, OFFICIAL) == pytest.approx(0.4775)
    assert mosteller_m3(DEMOCRACY, OFFICIAL) == pytest.approx(0.29)
    assert mosteller_m3(SOTSIS, OFFICIAL) == pytest.approx(0.3275)
    assert [round(mosteller_m3(p, OFFICIAL), 2) for p in (IEI, DEMOCRACY, SOTSIS)] == [
        0.48,
        0.29,
        0.33,
    ]


def test_largest_error():
    # IEI: Baytaq +0.92; Democracy: AMANAT -0.57; SOTSIS-A: Auyl -0.69
    assert max_abs_error(IEI, OFFICIAL) == pytest.approx(0.92)
    assert max_abs_error(DEMOCRACY, OFFICIAL) == pytest.approx(0.57)
    assert max_abs_error(SOTSIS, OFFICIAL) == pytest.approx(0.69)


def test_m5_error_on_the_lead():
    # Official leaders: AMANAT (53.90) and Auyl (10.90); official lead 43.00.
    assert leading_pair(OFFICIAL) == (0, 1)
    # IEI: 53.46 - 10.52 = 42.94; 42.94 - 43.00 = -0.06
    # Democracy: 53.33 - 11.26 = 42.07; 42.07 - 43.00 = -0.93
    # SOTSIS-A: 54.42 - 10.21 = 44.21; 44.21 - 43.00 = +1.21
    assert mosteller_m5(IEI, OFFICIAL) == pytest.approx(-0.06)
    assert mosteller_m5(DEMOCRACY, OFFICIAL) == pytest.approx(-0.93)
    assert mosteller_m5(SOTSIS, OFFICIAL) == pytest.approx(1.21)
    assert mosteller_m5(DEMOCRACY, OFFICIAL, absolute=True) == pytest.approx(0.93)


def test_m5_uses_the_official_leaders_even_if_the_poll_ranks_otherwise():
    # Official: A 40, B 35, C 25 -> leaders A, B; lead 5. Poll: A 30, B 32, C 38:
    # poll lead of A over B = -2 -> M5 = -2 - 5 = -7 (C's poll lead is irrelevant).
    assert mosteller_m5([30, 32, 38], [40, 35, 25]) == pytest.approx(-7.0)
    # A tie for first place in the official result: the earlier option leads.
    assert leading_pair([30, 40, 40, 10]) == (1, 2)


def test_vectorised_over_polls():
    polls = np.array([IEI, DEMOCRACY, SOTSIS])
    assert mosteller_m3(polls, OFFICIAL) == pytest.approx([0.4775, 0.29, 0.3275])
    assert mosteller_m5(polls, OFFICIAL) == pytest.approx([-0.06, -0.93, 1.21])
    assert max_abs_error(polls, OFFICIAL) == pytest.approx([0.92, 0.57, 0.69])


def test_log_odds_ratios_iei():
    # A_i = ln(poll odds / official odds); odds = p / (1 - p).
    # AMANAT: 0.5346/0.4654 = 1.148689; 0.5390/0.4610 = 1.169197; ratio 0.982460; ln -0.017696
    # Auyl: 0.1052/0.8948 = 0.117568; 0.1090/0.8910 = 0.122334; ratio 0.961039; ln -0.039740
    # Respublica: 0.089/0.911 = 0.097695; 0.0859/0.9141 = 0.093972; ln(1.039614) = 0.038850
    # Aq Jol: 0.0787/0.9213 = 0.085423; 0.0841/0.9159 = 0.091822; ln(0.930306) = -0.072242
    # QHP: 0.0625/0.9375 = 0.066667; 0.068/0.932 = 0.072961; ln(0.913725) = -0.090225
    # JSDP: 0.0531/0.9469 = 0.056078; 0.052/0.948 = 0.054852; ln(1.022340) = 0.022094
    # Baytaq: 0.0322/0.9678 = 0.033271; 0.023/0.977 = 0.023541; ln(1.413309) = 0.345933
    # against all: 0.0447/0.9553 = 0.046792; 0.039/0.961 = 0.040583; ln(1.152993) = 0.142361
    expected = [-0.017696, -0.039740, 0.038850, -0.072242, -0.090225, 0.022094, 0.345933, 0.142361]
    assert log_odds_ratios(IEI, OFFICIAL) == pytest.approx(expected, abs=2e-6)
    by_name = log_odds_ratios(dict(zip(NAMES, IEI, strict=True)), dict(zip(NAMES, OFFICIAL, strict=True)))
    assert by_name["Baytaq"] == pytest.approx(0.345933, abs=2e-6)


def test_b_and_b_weighted_for_iei():
    # B = mean |A_i| = (0.017696 + 0.039740 + 0.038850 + 0.072242 + 0.090225 + 0.022094
    #     + 0.345933 + 0.142361) / 8 = 0.769141 / 8 = 0.096143
    # B_w = sum v_i |A_i| (official shares sum to exactly 1.0000):
    #   0.539*0.017696 = 0.009538   0.109*0.039740 = 0.004332   0.0859*0.038850 = 0.003337
    #   0.0841*0.072242 = 0.006076  0.068*0.090225 = 0.006135   0.052*0.022094 = 0.001149
    #   0.023*0.345933 = 0.007956   0.039*0.142361 = 0.005552   sum = 0.044075
    result = arzheimer_evans(IEI, OFFICIAL)
    assert isinstance(result, ArzheimerEvans)
    assert result.b == pytest.approx(0.096143, abs=2e-6)
    assert result.b_w == pytest.approx(0.044075, abs=2e-6)
    # n unknown: no standard errors, not zeros.
    assert result.a_se is None and result.b_se is None and result.b_w_se is None


def test_b_for_the_other_polls():
    # Democracy |A|: .022920 .036542 .033576 .058288 .020333 .016348 .089525 .068847
    #   sum 0.346380 / 8 = 0.043297
    # SOTSIS-A |A|: .020945 .073109 .025206 .026250 .014115 .060439 .059512 .125844
    #   sum 0.405421 / 8 = 0.050678
    polls = np.array([DEMOCRACY, SOTSIS])
    result = arzheimer_evans(polls, OFFICIAL)
    assert result.b == pytest.approx([0.043297, 0.050678], abs=2e-6)


def test_standard_error_of_a():
    # se(A_i) = sqrt(1 / (n p_i (1 - p_i))). IEI, n = 30,000:
    # AMANAT: 30,000 * 0.5346 * 0.4654 = 7,464.08 -> sqrt(1 / 7,464.08) = 0.011575
    # Baytaq: 30,000 * 0.0322 * 0.9678 = 934.89 -> sqrt(1 / 934.89) = 0.032705
    result = arzheimer_evans(IEI, OFFICIAL, n=30_000)
    assert result.a_se[0] == pytest.approx(0.011575, abs=1e-6)
    assert result.a_se[6] == pytest.approx(0.032705, abs=1e-6)
    # With deff 2 the effective n halves and every se grows by sqrt(2).
    doubled = arzheimer_evans(IEI, OFFICIAL, n=30_000, deff=2)
    assert doubled.a_se == pytest.approx(result.a_se * np.sqrt(2))


def test_b_standard_error_two_options():
    # Poll 60/40, official 50/50, n = 100.
    # A_1 = ln(1.5 / 1) = 0.405465, A_2 = ln((0.4/0.6) / 1) = -0.405465; B = B_w = 0.405465.
    # var(A_i) = 1 / (100 * 0.6 * 0.4) = 1/24; cov(A_1, A_2) = -1 / (100 * 0.4 * 0.6) = -1/24.
    # Signs s = (+1, -1); gradient of B = s / 2:
    # var(B) = (1/4) * (1/24 + 1/24 + 2 * (+1)(-1)(-1/24)) = (1/4) * (4/24) = 1/24
    # se(B) = sqrt(1/24) = 0.204124 = se(A_1): with two options B is just |A_1|.
    result = arzheimer_evans([60, 40], [50, 50], n=100)
    assert result.b == pytest.approx(0.405465, abs=1e-6)
    assert result.b_w == pytest.approx(0.405465, abs=1e-6)
    assert result.a_se == pytest.approx([0.204124, 0.204124], abs=1e-6)
    assert result.b_se == pytest.approx(0.204124, abs=1e-6)
    assert result.b_w_se == pytest.approx(0.204124, abs=1e-6)


def test_b_standard_error_three_options():
    # Poll 50/30/20, official 40/40/20, n = 400.
    # A_1 = ln(1) - ln(0.4/0.6) = 0.405465; A_2 = ln(0.3/0.7) - ln(0.4/0.6) = -0.847298
    # + 0.405465 = -0.441833; A_3 = 0. Signs s = (+1, -1, 0).
    # var(A_1) = 1 / (400 * 0.5 * 0.5) = 0.01; var(A_2) = 1 / (400 * 0.3 * 0.7) = 0.0119048
    # cov(A_1, A_2) = -1 / (400 * 0.5 * 0.7) = -0.00714286
    # var(B) = (1/9) * (0.01 + 0.0119048 - 2 * (-0.00714286)) = 0.0361905 / 9 = 0.00402116
    # se(B) = 0.0634126
    # B_w: gradient s * v = (0.4, -0.4, 0):
    # var = 0.16 * 0.01 + 0.16 * 0.0119048 + 2 * (0.4)(-0.4)(-0.00714286) = 0.00579048
    # se(B_w) = 0.0760952
    result = arzheimer_evans([50, 30, 20], [40, 40, 20], n=400)
    assert result.a == pytest.approx([0.405465, -0.441833, 0.0], abs=1e-6)
    assert result.b == pytest.approx((0.405465 + 0.441833) / 3, abs=1e-6)
    assert result.b_se == pytest.approx(0.0634126, abs=1e-6)
    assert result.b_w == pytest.approx(0.4 * 0.405465 + 0.4 * 0.441833, abs=1e-6)
    assert result.b_w_se == pytest.approx(0.0760952, abs=1e-6)


def test_b_weighted_rescales_official_shares_that_do_not_sum_to_100():
    # A poll of two options only: official 50 and 30 (80 of 100), poll 55 and 25, n = 400.
    # A_1 = ln((0.55/0.45) / (0.5/0.5)) = ln(1.222222) = 0.200671
    # A_2 = ln((0.25/0.75) / (0.3/0.7)) = ln(0.777778) = -0.251314
    # B_w weighs by v_i / sum(v): (50 * 0.200671 + 30 * 0.251314) / 80 = 17.572970 / 80 = 0.219662
    # (unscaled weights 0.5 and 0.3 would give 0.175730).
    # se(B_w): gradient s_i v_i / sum(v) = (+0.625, -0.375); var(A_1) = 1/(400*0.55*0.45) = 1/99,
    # var(A_2) = 1/(400*0.25*0.75) = 1/75, cov = -1/(400*0.45*0.75) = -1/135:
    # var = 0.390625/99 + 0.140625/75 + 2 * 0.625 * 0.375 / 135 = 0.0092929; se = 0.096400
    result = arzheimer_evans([55, 25], [50, 30], n=400)
    assert result.a == pytest.approx([0.200671, -0.251314], abs=1e-6)
    assert result.b == pytest.approx((0.200671 + 0.251314) / 2, abs=1e-6)
    assert result.b_w == pytest.approx(0.219662, abs=1e-6)
    assert result.b_w_se == pytest.approx(0.096400, abs=1e-6)


def test_standard_errors_vectorised_with_one_n_per_poll():
    polls = np.array([[60.0, 40.0], [60.0, 40.0]])
    result = arzheimer_evans(polls, [50, 50], n=[100, 400])
    # n = 400 quarters the variance: se halves, 0.204124 / 2 = 0.102062
    assert result.b_se == pytest.approx([0.204124, 0.102062], abs=1e-6)


@pytest.mark.parametrize(
    "call",
    [
        lambda: errors([1, 2], [1, 2, 3]),
        lambda: errors({"a": 1}, [1]),
        lambda: errors({"a": 1}, {"b": 1}),
        lambda: errors([101], [50]),
        lambda: errors([50, np.nan], [50, 50]),
        lambda: log_odds_ratios([0, 100], [50, 50]),
        lambda: arzheimer_evans([60, 40], [50, 50], n=0),
        lambda: leading_pair([100]),
    ],
)
def test_invalid_input(call):
    with pytest.raises(ValueError):
        call()


def test_names_survive_when_the_sample_size_is_given():
    # Mappings in, the official mapping's order out, with or without n.
    poll = dict(zip(NAMES, IEI, strict=True))
    official = dict(zip(NAMES, OFFICIAL, strict=True))
    assert arzheimer_evans(poll, official).options == tuple(NAMES)
    with_n = arzheimer_evans(poll, official, n=30_000)
    assert with_n.options == tuple(NAMES)
    assert with_n.a[6] == pytest.approx(0.345933, abs=2e-6)  # Baytaq, as in test_log_odds_ratios_iei


def test_b_weighted_vectorised_over_polls():
    # Two polls of two options against 50/50: 60/40 gives |A| = 0.405465 for both options, so B_w = 0.405465;
    # 50/50 gives 0. One value per poll, not one for all.
    result = arzheimer_evans(np.array([[60.0, 40.0], [50.0, 50.0]]), [50, 50])
    assert result.b_w == pytest.approx([0.405465, 0.0], abs=1e-6)
    assert result.a.shape == (2, 2)


def test_vectorised_standard_errors_follow_the_design_effect():
    # deff 2 halves the effective n of both polls: se(B) = 0.204124 * sqrt(2) = 0.288675 (n 100) and
    # 0.102062 * sqrt(2) = 0.144338 (n 400).
    polls = np.array([[60.0, 40.0], [60.0, 40.0]])
    result = arzheimer_evans(polls, [50, 50], n=[100, 400], deff=2)
    assert result.b_se == pytest.approx([0.288675, 0.144338], abs=1e-6)


def test_a_sample_of_one_is_a_sample():
    # n = 1: var(A_i) = 1 / (1 * 0.6 * 0.4) = 4.166667, se = 2.041241 (useless, but defined).
    assert arzheimer_evans([60, 40], [50, 50], n=1).a_se == pytest.approx([2.041241, 2.041241], abs=1e-6)


def test_two_options_are_enough_for_a_lead():
    assert leading_pair([30, 70]) == (1, 0)
    assert leading_pair([40, 40, 20]) == (0, 1)  # a tie: the earlier option first


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: errors({"a": 1}, [1]), "^pass two mappings or two sequences, not one of each$"),
        (lambda: errors([1], {"a": 1}), "^pass two mappings or two sequences, not one of each$"),
        (lambda: errors({"a": 1, "b": 2}, {"a": 1, "c": 2}), r"^poll and official differ in options: \['b', 'c'\]$"),
        (lambda: errors([1, 2], [[1, 2]]), "^official must be one result: a one-dimensional list of shares$"),
        (lambda: errors([1, 2], [1, 2, 3]), r"^poll has shape \(2,\); expected \(3,\) or \(polls, 3\)$"),
        (lambda: errors([[1, 2]], [1, 2, 3]), r"^poll has shape \(1, 2\); expected \(3,\) or \(polls, 3\)$"),
        (lambda: errors([[[1, 2]]], [1, 2]), r"^poll has shape \(1, 1, 2\)"),
        (lambda: errors([50, 50], [50, np.nan]), r"^shares must not be missing \(nan\)$"),
        (lambda: errors([50, 50], [50, 101]), r"^shares must be percents within 0..100$"),
        (lambda: errors([50, 50], [50, -1]), r"^shares must be percents within 0..100$"),
        (lambda: errors([101, 50], [50, 50]), r"^shares must be percents within 0..100$"),
        (lambda: log_odds_ratios([0, 60], [50, 50]), "^log odds need every share strictly between 0 and 100$"),
        (lambda: log_odds_ratios([100, 60], [50, 50]), "^log odds need every share strictly between 0 and 100$"),
        (lambda: log_odds_ratios([50, 60], [0, 50]), "^log odds need every share strictly between 0 and 100$"),
        (lambda: log_odds_ratios([50, 60], [100, 50]), "^log odds need every share strictly between 0 and 100$"),
        (lambda: arzheimer_evans([60, 40], [50, 50], n=0), "^n and deff must be positive$"),
        (lambda: arzheimer_evans([60, 40], [50, 50], n=100, deff=0), "^n and deff must be positive$"),
        (lambda: leading_pair([100]), "^the official result must list at least two options$"),
    ],
    ids=lambda x: "call" if callable(x) else "",
)
def test_invalid_input_says_what_is_wrong(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_shares_at_the_ends_of_the_scale_are_valid():
    # 0 and 100 are percents (an option nobody chose): errors and M3 take them; only log odds cannot.
    assert errors([100, 0], [90, 10]) == pytest.approx([10.0, -10.0])
    assert mosteller_m3([0, 100], [10, 90]) == pytest.approx(10.0)


# --- missing shares, rescaling's edges, ties among many options -------------------------------------------------


@pytest.mark.parametrize(
    ("poll", "official"),
    [
        ({"a": 60.0, "b": None}, {"a": 55.0, "b": 45.0}),
        ({"a": 60.0, "b": 40.0}, {"a": None, "b": 45.0}),
        ([60.0, None], [55.0, 45.0]),
        ([60.0, 40.0], [55.0, None]),
    ],
)
def test_a_missing_share_is_refused_as_missing(poll, official):
    """None (a missing cell) reads as nan, on either side, as a mapping or a list: refused with the reason."""
    with pytest.raises(ValueError, match=r"^shares must not be missing \(nan\)$"):
        errors(poll, official)


def test_rescaling_small_shares_and_refusing_none():
    # 0.3 and 0.2 sum to 0.5: rescaled to 60 and 40
    got = rescale({"a": 0.3, "b": 0.2})
    assert got.shares == {"a": pytest.approx(60.0), "b": pytest.approx(40.0)} and got.rescaled
    for poll in ({"a": 0.0, "b": 0.0}, {"a": -5.0, "b": 5.0}):
        with pytest.raises(ValueError, match="^the poll's shares sum to 0: nothing to rescale$"):
            rescale(poll)


def test_a_poll_within_a_billionth_of_100_is_left_exactly_as_printed():
    # 50.0000000001 + 50 is 100 within 1e-9: the shares are kept bit for bit, not multiplied by 100 / 100.0000000001
    got = rescale({"a": 50.0000000001, "b": 50.0})
    assert got.shares == {"a": 50.0000000001, "b": 50.0} and not got.rescaled


def test_the_leading_pair_among_many_tied_options_is_the_earliest():
    # 53 options; the largest share, 3, is first held by the options at positions 8 and 10
    official = [2.0, 2.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 3.0, 2.0, 3.0, 2.0, 2.0, 3.0, 3.0, 2.0, 2.0, 2.0, 3.0, 1.0]
    official += [3.0, 3.0, 1.0, 2.0, 3.0, 2.0, 1.0, 3.0, 3.0, 3.0, 1.0, 1.0, 3.0, 1.0, 2.0, 1.0, 1.0, 2.0, 2.0, 2.0]
    official += [1.0, 1.0, 1.0, 1.0, 3.0, 2.0, 2.0, 1.0, 2.0, 3.0, 2.0, 2.0, 3.0]
    assert len(official) == 53
    assert leading_pair(official) == (8, 10)
