"""Survivors of the mutation run in the pure core (docs/mutation.md), killed by behaviour worked out by hand.

kzcheck.methods.consensus.choose: every reason it gives, on hand-made printings (docs/methods.md §7.3).

Support, worked by hand: a printing supports a value when the two rounding intervals overlap (7.87 and 7.9:
|0.03| <= 0.005 + 0.05) or when it is the value cut at its own precision (7.8 for 7.87); 7.87 does not support 7.8
(|0.07| > 0.055 and it is the finer one)."""

from __future__ import annotations

import math
import re

import pytest

from kzcheck.methods.accuracy import m5_standard_error, martin_traugott_kennedy
from kzcheck.methods.closest import Lead, lead
from kzcheck.methods.consensus import choose, supports
from kzcheck.methods.design import DesignEffect, from_clusters, from_margin, poll_design_effect
from kzcheck.methods.printed import Printed, exact
from kzcheck.methods.significance import against_line, goodness_of_fit, two_sided_p, within_poll_difference
from kzcheck.methods.track_record import house_effect
from kzcheck.methods.verdicts import Shift, repeated, shifted
from kzcheck.model.findings import Finding, Outcome, RunResult, Severity, Status, outcome_verdict


def share(text: str) -> Printed:
    return Printed(float(text), len(text.split(".")[1]) if "." in text else 0, 1.0, text)


def shares(*texts: str) -> list[Printed]:
    return [share(t) for t in texts]


def test_nothing_to_choose_from():
    with pytest.raises(ValueError, match="^no printing to choose from$"):
        choose([])


def test_the_only_printing():
    got = choose(shares("5.0"))
    assert (got.index, got.support, got.printings, got.why) == (0, 1, 1, "the only printing")


def test_the_authoritys_printing_beats_the_majority():
    """60.8 twice against the pollster's 60.5: |0.3| > 0.05 + 0.05, so no 60.8 supports 60.5 (support 1)."""
    got = choose(shares("60.8", "60.8", "60.5"), authority=[False, False, True], authority_name="the pollster")
    assert (got.index, got.support, got.printings, got.why) == (2, 1, 3, "printed by the pollster")
    assert choose(shares("60.8", "60.5"), authority=[False, True]).why == "printed by the authority"
    # among the authority's own printings the usual rules decide: support, then precision
    got = choose(shares("60.8", "60.5", "60.50", "61.0"), authority=[False, True, True, False])
    assert (got.index, got.support) == (2, 2)


def test_the_value_printed_most():
    got = choose(shares("10.5", "10.5", "11.5"))
    assert (got.index, got.support, got.printings, got.why) == (0, 2, 3, "printed by most outlets")


def test_the_value_supported_most_but_not_printed_most():
    """7.87 is supported by itself and both 7.8 (truncations): 3 of 5; 7.8 by the two 7.8 (2), 7.2 by the two 7.2
    (2). 7.87 wins on support, but 7.8 and 7.2 are each printed twice and 7.87 once."""
    got = choose(shares("7.87", "7.8", "7.8", "7.2", "7.2"))
    assert (got.index, got.support, got.printings, got.why) == (0, 3, 5, "supported by 3 of 5 printings")


def test_equal_support_goes_to_the_finer_printing():
    """7.87 and 7.9 support each other (support 2 each): the finer one is used, wherever it stands."""
    for values, index in ((shares("7.87", "7.9"), 0), (shares("7.9", "7.87"), 1)):
        got = choose(values)
        assert (got.index, got.support, got.why) == (index, 2, "printed with more decimals")


def test_equal_support_and_precision_go_to_the_earlier_publication_then_the_file_order():
    """3.25 and 3.22 do not support each other (|0.03| > 0.01): support 1 each, the same precision."""
    got = choose(shares("3.25", "3.22"), order=[(2, "f.csv", 5), (1, "f.csv", 9)])
    assert (got.index, got.why) == (1, "published first")
    got = choose(shares("3.25", "3.22"), order=[(1, "f.csv", 5), (1, "f.csv", 3)])
    assert (got.index, got.why) == (1, "first in the file")
    got = choose(shares("3.25", "3.22"))  # no order given: position decides, and position is the publication order
    assert (got.index, got.why) == (0, "published first")


def test_a_finer_rival_with_less_support_is_no_tie():
    """7.8 twice and 7.87 once: 7.87 is supported by both 7.8 (truncations) and itself (3), 7.8 by the two 7.8 (2).
    (7.83 would lie inside 7.8's interval 7.75-7.85 and support it: a tie on support, decided by precision.)"""
    got = choose(shares("7.8", "7.8", "7.87"))
    assert (got.index, got.support, got.why) == (2, 3, "supported by 3 of 3 printings")
    got = choose(shares("7.8", "7.8", "7.83"))
    assert (got.index, got.support, got.why) == (2, 3, "printed with more decimals")


def test_a_printing_ruled_out_is_left_out_unless_every_one_is():
    got = choose(shares("3.25", "3.22"), ruled_out=[True, False])
    assert (got.index, got.support, got.why) == (1, 1, "the only value that fits its poll's sum")
    got = choose(shares("3.25", "3.22"), ruled_out=[True, True], order=[(2,), (1,)])
    assert (got.index, got.why) == (1, "published first")  # all ruled out: as if none were


def test_a_ruled_out_printing_the_kept_one_supports_stays_in():
    """72.1 ruled out beside 72: 72 is 72.1 at whole points, so both stay, and the finer 72.1 is used; a third,
    unrelated 75 ruled out stays out."""
    got = choose(shares("72.1", "72", "75"), ruled_out=[True, False, True])
    assert (got.index, got.support, got.printings) == (0, 2, 3)
    assert got.why == "the only value that fits its poll's sum"


def test_supports():
    assert supports(share("7.8"), share("7.87")) and not supports(share("7.87"), share("7.8"))
    assert supports(share("8.90"), share("8.9")) and not supports(share("3.25"), share("3.22"))


# ---- kzcheck.methods.accuracy: MTK's A and M5's standard error, and what they refuse ----


def test_mtk_a_and_its_standard_error_by_hand():
    """Poll 60/40 against a 50/50 count: A = ln(1.5 / 1) = 0.405465; se = sqrt((1/0.6 + 1/0.4) / 100) = 0.204124 at
    n = 100 and the default deff 1; the same at n = 0.5 and deff 0.005 (deff / n is 0.01 again)."""
    got = martin_traugott_kennedy([60, 40], [50, 50], n=100)
    assert got.a == pytest.approx(0.405465, abs=1e-6) and got.se == pytest.approx(0.204124, abs=1e-6)
    assert martin_traugott_kennedy([60, 40], [50, 50], n=0.5, deff=0.005).se == pytest.approx(0.204124, abs=1e-6)
    assert martin_traugott_kennedy([60, 40], [50, 50]).se is None


@pytest.mark.parametrize(
    ("poll", "official"),
    [([0, 60, 40], [50, 30, 20]), ([60, 0, 40], [50, 30, 20]), ([60, 40], [100, 0])],
)
def test_mtk_refuses_a_leading_share_of_zero(poll, official):
    with pytest.raises(ValueError, match="^MTK's A needs both leading options' shares above 0$"):
        martin_traugott_kennedy(poll, official)


@pytest.mark.parametrize(("n", "deff"), [(0, 1.0), (-1, 1.0), (100, 0.0), (100, -1.0)])
def test_mtk_and_m5_refuse_a_non_positive_n_or_deff(n, deff):
    for f in (martin_traugott_kennedy, m5_standard_error):
        with pytest.raises(ValueError, match="^n and deff must be positive$"):
            f([60, 40], [50, 50], n=n, deff=deff)


def test_mtk_scores_one_poll_at_a_time():
    with pytest.raises(ValueError, match="^score one poll at a time$"):
        martin_traugott_kennedy([[60, 40], [55, 45]], [50, 50])


def test_m5_standard_error_by_hand():
    """sqrt([0.6 + 0.4 - 0.2^2] deff / n) = sqrt(0.96 / 100) = 9.79796 points; at n = 0.5, deff = 0.005 the same."""
    assert m5_standard_error([60, 40], [50, 50], n=100) == pytest.approx(9.79796, abs=1e-5)
    assert m5_standard_error([60, 40], [50, 50], n=0.5, deff=0.005) == pytest.approx(9.79796, abs=1e-5)


# ---- kzcheck.methods.significance: the names in its refusals, the goodness of fit by hand ----


@pytest.mark.parametrize("test", [against_line, within_poll_difference])
def test_a_test_names_the_argument_that_is_not_positive(test):
    args = {"n": 100, "deff": 1.0}
    for name in ("n", "deff"):
        bad = {**args, name: 0}
        with pytest.raises(ValueError, match=f"^{name} must be positive, got 0$"):
            if test is against_line:
                against_line(50, bad["n"], bad["deff"], 5)
            else:
                within_poll_difference(50, 40, bad["n"], bad["deff"])


def test_goodness_of_fit_by_hand():
    """Poll 60/40 against 50/50 at n = 100, deff 2: D = 0.1^2/0.5 * 2 = 0.04, m = 50, X^2 = 2.0 on 1 df,
    p = P(chi2_1 > 2) = erfc(1) = 0.157299; the design effect needed n D / df = 4.0, ratio sqrt(4 / 2) = 1.414214.
    The shares are rescaled first: 30/20 against 25/25 is the same poll."""
    for poll, official in (([60, 40], [50, 50]), ([30, 20], [25, 25])):
        got = goodness_of_fit(poll, official, 100, 2)
        assert (got.statistic, got.df) == (pytest.approx(2.0), 1)
        assert got.p_value == pytest.approx(0.157299, abs=1e-6)
        assert got.deff_needed == pytest.approx(4.0) and got.ratio == pytest.approx(1.414214, abs=1e-6)


@pytest.mark.parametrize(
    ("poll", "official"),
    [([50, 50], [30, 30, 40]), ([[50, 50], [50, 50]], [[50, 50], [50, 50]]), ([100], [100])],
)
def test_goodness_of_fit_needs_two_lists_of_the_same_options(poll, official):
    with pytest.raises(ValueError, match=r"^poll and official must be two lists of the same options \(at least two\)$"):
        goodness_of_fit(poll, official, 100, 1)


@pytest.mark.parametrize(("poll", "official"), [([50, 50], [100, 0]), ([110, -10], [50, 50])])
def test_goodness_of_fit_needs_positive_official_and_non_negative_poll_shares(poll, official):
    with pytest.raises(ValueError, match="^official shares must be positive and poll shares non-negative$"):
        goodness_of_fit(poll, official, 100, 1)


def test_goodness_of_fit_names_n_and_deff():
    with pytest.raises(ValueError, match="^n must be positive, got 0$"):
        goodness_of_fit([60, 40], [50, 50], 0, 1)
    with pytest.raises(ValueError, match="^deff must be positive, got 0$"):
        goodness_of_fit([60, 40], [50, 50], 100, 0)


# ---- kzcheck.methods.design: each origin, its detail line, and what it refuses ----


def test_the_design_effect_a_margin_implies():
    """n (moe / z)^2 / (p (1 - p)) = 30,000 (0.01 / 1.959964)^2 / 0.25 = 3.1238 (IEI 2023: ±1 at 30,000)."""
    assert from_margin(1.0, 30000) == pytest.approx(3.1238, abs=1e-4)
    assert from_margin(1.0, 30000, share=0.3) == pytest.approx(3.1238 * 0.25 / 0.21, abs=1e-4)
    got = poll_design_effect(cluster_sample=True, n=30000, moe=1.0)
    assert (got.origin, got.detail) == (
        "margin",
        "from the stated margin ±1 at n = 30,000 (95% confidence, p = 0.5): n (moe / z)² / (p (1 − p)) = 3.12",
    )
    assert poll_design_effect(cluster_sample=True, n=30000, moe=1.0, moe_level=float("nan")).value == got.value
    # at 90 % confidence z = 1.644854: 30,000 (0.01 / 1.644854)^2 / 0.25 = 4.4353
    assert poll_design_effect(cluster_sample=True, n=30000, moe=1.0, moe_level=0.9).value == pytest.approx(
        4.4353, abs=1e-4
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((0, 100), "margin and n must be positive, got 0 and 100"),
        ((1, 0), "margin and n must be positive, got 1 and 0"),
        ((1, 100, 0.95, 1.0), "share must be strictly between 0 and 1, got 1.0"),
        ((1, 100, 0.95, 0.0), "share must be strictly between 0 and 1, got 0.0"),
    ],
)
def test_from_margin_refuses(args, message):
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        from_margin(*args)


def test_kish_from_the_interviews_per_station():
    """12,000 interviews at 300 stations: m = 40, 1 + 39 * 0.02 = 1.78; fewer interviews than stations: 1."""
    assert from_clusters(12000, 300) == pytest.approx(1.78)
    assert from_clusters(100, 200) == 1.0
    assert from_clusters(12000, 300, roh=0) == 1.0 and from_clusters(12000, 300, roh=1) == 40.0
    for args, message in (
        ((0, 300), "n and polling stations must be positive, got 0 and 300"),
        ((12000, 0), "n and polling stations must be positive, got 12000 and 0"),
        ((12000, 300, 1.5), "roh must lie within 0..1, got 1.5"),
        ((12000, 300, -0.1), "roh must lie within 0..1, got -0.1"),
    ):
        with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
            from_clusters(*args)


def test_each_origin_of_a_design_effect():
    assert poll_design_effect(cluster_sample=True, everywhere=2.0, stated=1.5) == (
        2.0,
        "option",
        "--deff 2 for every exit poll",
    )
    assert poll_design_effect(cluster_sample=False, everywhere=2.0, stated=1.5) == (
        1.5,
        "stated",
        "stated in the poll's design_effect column: 1.5",
    )
    assert poll_design_effect(cluster_sample=False, everywhere=2.0) == (
        1.0,
        "srs",
        "not a cluster sample: simple random sampling assumed (deff 1)",
    )
    for unusable in (None, float("nan"), 0.0, -1.0):
        got = poll_design_effect(cluster_sample=True, everywhere=unusable, stated=unusable, default=2.5)
        assert got == (2.5, "default", "no usable margin or station count published: default 2.5")


def test_a_margin_below_simple_random_sampling_falls_through_to_the_stations():
    """±2 at n = 1,000: 1,000 (0.02 / 1.959964)^2 / 0.25 = 0.4165 < 1, not used; 1,000 / 25 = 40 per station."""
    got = poll_design_effect(cluster_sample=True, n=1000, moe=2.0, stations=25)
    assert got.origin == "clusters" and got.value == pytest.approx(1.78)
    assert got.detail == (
        "Kish 1 + (m − 1) roh with m = 1,000 / 25 = 40.0 interviews per station and roh = 0.02: 1.78; "
        "the stated margin ±2 implies 0.42 < 1 and is not used"
    )
    got = poll_design_effect(cluster_sample=True, n=1000, moe=2.0, default=1.9)
    assert got == (
        1.9,
        "default",
        "no usable margin or station count published: default 1.9; "
        "the stated margin ±2 implies 0.42 < 1 and is not used",
    )
    assert poll_design_effect(cluster_sample=True, n=1000, stations=25, roh=0.1).value == pytest.approx(4.9)


def test_a_design_effects_label():
    assert DesignEffect(1.51234, "margin", "").label() == "deff 1.51 (margin)"


# ---- kzcheck.model.findings: the JSON form, the counts, the frame, the verdicts ----


def finding(severity: Severity, acknowledged: str | None = None, **kw) -> Finding:
    return Finding("c.k", severity, "m", acknowledged=acknowledged, **kw)


def run_of(*outcomes: Outcome) -> RunResult:
    return RunResult("data", [], list(outcomes), {})


def test_a_findings_json_form_leaves_out_variant_and_fields():
    f = Finding("c.k", Severity.WARNING, "m", "e", "s", "f.csv", 3, "share", "v", {"x": 1}, "1", "2", None, "id")
    assert f.to_dict() == {
        "check": "c.k",
        "severity": "warning",
        "message": "m",
        "election": "e",
        "subject": "s",
        "file": "f.csv",
        "row": 3,
        "column": "share",
        "observed": "1",
        "expected": "2",
        "acknowledged": None,
        "fingerprint": "id",
    }


def test_the_counts_and_the_frame_of_a_run():
    fs = [finding(Severity.ERROR, row=2), finding(Severity.ERROR, "known", row=None), finding(Severity.INFO)]
    result = run_of(Outcome("a", "e", "s", fs[:2]), Outcome("b", "e", "s", fs[2:]))
    assert result.counts() == {"error": 1, "warning": 0, "info": 1, "acknowledged": 1}
    frame = result.findings_frame()
    assert list(frame.columns) == list(Finding.__dataclass_fields__) and len(frame) == 3
    assert str(frame["row"].dtype) == "Int64" and frame["row"].iloc[0] == 2 and frame["row"].isna().iloc[1]
    assert list(frame["severity"]) == ["error", "error", "info"] and list(frame["acknowledged"])[1] == "known"
    assert result.verdict() is Status.FAILED


def test_an_acknowledged_error_leaves_a_warning_to_decide_the_run():
    result = run_of(Outcome("a", "e", "s", [finding(Severity.ERROR, "known"), finding(Severity.WARNING)]))
    assert result.verdict() is Status.WARNING
    assert run_of(Outcome("a", "e", "s", [finding(Severity.ERROR, "known")])).verdict() is Status.PASSED
    errored = Outcome("b", "e", "s", [], Status.ERRORED, note="boom")
    assert run_of(Outcome("a", "e", "s", [finding(Severity.WARNING)]), errored).verdict() is Status.ERRORED


def test_an_outcome_ranked_on_its_own():
    assert outcome_verdict(Outcome("a", "e", "s", [], Status.NOT_EVALUATED, note="n/a")) is Status.NOT_EVALUATED
    assert outcome_verdict(Outcome("a", "e", "s", [], Status.ERRORED)) is Status.ERRORED
    assert outcome_verdict(Outcome("a", "e", "s", [finding(Severity.WARNING)])) is Status.WARNING
    assert outcome_verdict(Outcome("a", "e", "s", [finding(Severity.ERROR, "known")])) is Status.PASSED


# ---- kzcheck.methods.closest, track_record, verdicts, printed, significance's z ----


def test_the_closest_polls_lead_against_sampling_error():
    """A gap of 2.0 against expected M3s of 1.5 and 2.0: at least the larger, so clear; 1.9 is within; the gap is
    judged against the larger of the two whichever poll it belongs to."""
    assert lead(1.0, 3.0, 1.5, 2.0) is Lead.CLEAR
    assert lead(1.0, 2.9, 1.5, 2.0) is Lead.WITHIN and lead(1.0, 2.9, 2.0, 1.5) is Lead.WITHIN
    assert lead(1.0, 3.0, None, 2.0) is Lead.UNKNOWN and lead(1.0, 3.0, 1.5, None) is Lead.UNKNOWN


def test_a_house_effect_by_hand():
    """Errors 1, 2, 3: mean 2, sd sqrt(2 / 2) = 1, se 1 / sqrt 3 = 0.57735, t(0.975; 2) = 4.303 (the standard
    table, to three decimals), so 2 ± 2.484338. Errors 1, 3: mean 2, sd sqrt 2, se 1, t(0.975; 1) = 12.706."""
    got = house_effect([1.0, 2.0, 3.0])
    assert (got.n, got.mean, got.sd, got.level) == (3, 2.0, pytest.approx(1.0), 0.95)
    assert got.se == pytest.approx(0.57735, abs=1e-5)
    assert (got.low, got.high) == (pytest.approx(-0.484338, abs=1e-5), pytest.approx(4.484338, abs=1e-5))
    two = house_effect([1.0, 3.0])
    assert two.sd == pytest.approx(2**0.5) and two.se == pytest.approx(1.0)
    assert (two.low, two.high) == (pytest.approx(-10.706, abs=1e-3), pytest.approx(14.706, abs=1e-3))
    one = house_effect([2.5], level=0.9)
    assert (one.n, one.mean, one.sd, one.se, one.low, one.high, one.level) == (1, 2.5, None, None, None, None, 0.9)
    with pytest.raises(ValueError, match="^a house effect needs at least one vote$"):
        house_effect([])


def test_values_a_list_prints_twice():
    p = {t: share(t) for t in ("53.46", "72.8", "12")}
    assert repeated([("a", p["53.46"]), ("b", p["53.46"])]) == [("a", "b")]
    assert repeated([("a", p["72.8"]), ("b", p["72.8"]), ("c", p["12"]), ("d", p["12"])]) == []
    counts = [Printed(v, 0, 1.0, str(v), whole=True) for v in (1000.0, 1000.0, 999.0, 999.0, -1234.0, -1234.0)]
    assert repeated(list(zip("abcdef", counts, strict=True))) == [("a", "b"), ("e", "f")]
    millions = Printed(5.5e6, 1, 1e6, "5.5 million")
    assert repeated([("a", millions), ("b", millions)]) == []
    # one area twice is no copy; a third area with the value pairs with the first
    assert repeated([("a", p["53.46"]), ("a", p["53.46"]), ("b", p["53.46"]), ("c", p["53.46"])]) == [
        ("a", "b"),
        ("a", "c"),
    ]


def test_a_table_copied_one_row_off():
    reference = [(a, share(v)) for a, v in (("a", "10.1"), ("b", "20.2"), ("c", "30.3"), ("d", "40.4"))]
    down = {"a": share("20.2"), "b": share("30.3"), "c": share("30.3"), "d": share("40.4")}
    assert shifted(down, reference) == [Shift(1, ("a", "b"))]
    assert shifted(down, reference, least=3) == []
    up = {"a": share("10.1"), "b": share("20.2"), "c": share("20.2"), "d": share("30.3")}
    assert shifted(up, reference) == [Shift(-1, ("c", "d"))]  # a run that reaches the end of the list
    rounded = {"a": share("20"), "b": share("30"), "c": share("30.3")}  # 20 for 20.2 is the next row rounded
    assert shifted(rounded, reference) == [Shift(1, ("a", "b"))]
    assert shifted({"a": share("20.2")}, reference) == []  # one row is no run
    everywhere = {"a": share("20.2"), "b": share("30.3"), "c": share("40.4"), "d": share("99.9")}
    assert shifted(everywhere, reference) == [Shift(1, ("a", "b", "c"))]


def test_an_exact_value_as_a_printing():
    assert exact(0.5) == Printed(0.5, 12, 1.0, "0.5")
    assert exact(2.0).text == "2" and exact(1.23456).text == "1.2346" and exact(0.1).unit == pytest.approx(1e-12)


def test_two_sided_p_by_hand():
    """2 (1 - Phi(1.959964)) = 0.05, either sign; nan stays nan; a list gives an array."""
    assert two_sided_p(1.959964) == pytest.approx(0.05, abs=1e-6) and two_sided_p(-1.959964) == pytest.approx(
        0.05, abs=1e-6
    )
    assert math.isnan(two_sided_p(float("nan")))
    assert list(two_sided_p([0.0, 1.959964])) == [pytest.approx(1.0), pytest.approx(0.05, abs=1e-6)]


def test_a_line_test_with_and_without_the_rounding_slack():
    """50 % at n = 100 against a 40 % line: estimate 10, se 100 sqrt(0.25 / 100) = 5, z = 2, p = 0.0455003;
    granting a slack of 1 point, p is that of 9 / 5 = 1.8: 0.0718606; a slack beyond the estimate gives p = 1."""
    got = against_line(50, 100, 1, 40)
    assert (got.estimate, got.se, got.z) == (pytest.approx(10.0), pytest.approx(5.0), pytest.approx(2.0))
    assert got.p_value == pytest.approx(0.0455003, abs=1e-6)
    assert against_line(50, 100, 1, 40, slack=1).p_value == pytest.approx(0.0718606, abs=1e-6)
    assert against_line(50, 100, 1, 40, slack=1).z == pytest.approx(2.0)  # z itself is not slackened
    assert against_line(50, 100, 1, 40, slack=12).p_value == pytest.approx(1.0)
    nothing = against_line(100, 100, 1, 40)  # a share of 100 %: no sampling error, no test
    assert nothing.se == 0 and math.isnan(nothing.z) and math.isnan(nothing.p_value)


def test_a_difference_within_one_poll_by_hand():
    """60 % against 30 % at n = 100, deff 2: var = [0.9 - 0.09] * 2 / 100 = 0.0162, se = 12.7279 points,
    z = 30 / 12.7279 = 2.357023."""
    got = within_poll_difference(60, 30, 100, 2)
    assert got.estimate == pytest.approx(30.0) and got.se == pytest.approx(12.7279, abs=1e-4)
    assert got.z == pytest.approx(2.357023, abs=1e-6)
