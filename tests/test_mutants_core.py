"""Survivors of the mutation run in the pure core (docs/mutation.md), killed by behaviour worked out by hand.

kzcheck.methods.consensus.choose: every reason it gives, on hand-made printings (docs/methods.md §7.3).

Support, worked by hand: a printing supports a value when the two rounding intervals overlap (7.87 and 7.9:
|0.03| <= 0.005 + 0.05) or when it is the value cut at its own precision (7.8 for 7.87); 7.87 does not support 7.8
(|0.07| > 0.055 and it is the finer one)."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest
from tiny_data import ELECTION, election_toml, folder, loaded

from kzcheck.analysis.track_record import _house_effects as track_house_effects
from kzcheck.analysis.track_record import _relative as track_relative
from kzcheck.analysis.track_record import track_record
from kzcheck.analysis.track_record import verdict as track_verdict
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load
from kzcheck.methods.accuracy import m5_standard_error, martin_traugott_kennedy
from kzcheck.methods.closest import Lead, lead
from kzcheck.methods.consensus import choose, supports
from kzcheck.methods.design import DesignEffect, from_clusters, from_margin, poll_design_effect
from kzcheck.methods.printed import Printed, exact
from kzcheck.methods.significance import (
    adjust,
    against_line,
    goodness_of_fit,
    homogeneity,
    two_sided_p,
    within_poll_difference,
)
from kzcheck.methods.simulation import NullScore, accuracy_null, draw_shares, effective_size, project_seats
from kzcheck.methods.simulation import _score as null_score
from kzcheck.methods.track_record import Evidence, house_effect, t_quantile
from kzcheck.methods.verdicts import Shift, repeated, shifted
from kzcheck.model.findings import Finding, Outcome, RunResult, Severity, Status, outcome_verdict
from kzcheck.model.track_record import FamilyError, HouseEffectRecord, PollsterRecord, VoteRecord


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


# ---- kzcheck.analysis.track_record: the verdict sentence, plus-minus, house effects, the record of a tiny folder ----


def vote(election: str = "e1", poll: str = "p", *, scored: bool = True, date: str = "2023-03-19", **kw) -> VoteRecord:
    return VoteRecord(election, "E", "parliamentary", date, poll, "P", kw.pop("scope", "national"), scored, None, **kw)


def scored_votes(*years: int) -> list[VoteRecord]:
    return [vote(f"e{y}", date=f"{y}-01-01") for y in years]


def lean(n: int, mean: float, low: float | None = None, high: float | None = None) -> HouseEffectRecord:
    return HouseEffectRecord("r", "the ruling side", n, mean, None, None, low, high, 0.95, [], [])


def test_the_verdict_without_a_scored_vote():
    assert track_verdict(PollsterRecord("x", "X", True)) == "No polls in the data: no track record."
    unscored = PollsterRecord("x", "X", True, votes=[vote(scored=False), vote(scored=False)])
    assert track_verdict(unscored) == (
        "No vote scored against an official result (2 poll(s), none comparable): no track record."
    )


def test_the_verdict_of_one_and_two_votes():
    one = PollsterRecord("x", "X", True, votes=scored_votes(2023), house_effects=[lean(1, 1.234)])
    assert track_verdict(one) == (
        "One scored vote (2023): a single result, not a track record. "
        "Its error on the ruling side was +1.23 points in its one vote: no lean can be judged."
    )
    # two votes: even an interval that excludes 0 is no lean
    two = PollsterRecord("x", "X", True, votes=scored_votes(2021, 2023), house_effects=[lean(2, 2.0, 0.5, 3.5)])
    assert track_verdict(two) == (
        "Two scored votes (2021, 2023): two votes are not a track record. Mean error on the ruling side +2.00 points "
        "over 2 votes (95% interval +0.50 to +3.50): no lean that chance cannot explain."
    )


def test_the_verdict_of_a_short_record_and_a_track_record():
    toward = PollsterRecord(
        "x", "X", True, votes=scored_votes(2021, 2022, 2023), house_effects=[lean(3, 2.0, 0.5, 3.5)]
    )
    assert track_verdict(toward) == (
        "3 scored votes (2021, 2022, 2023): a short record. It leaned toward the ruling side: mean error +2.00 "
        "points over 3 votes (95% interval +0.50 to +3.50)."
    )
    against = PollsterRecord(
        "x", "X", True, votes=scored_votes(2021, 2022, 2023), house_effects=[lean(3, -2.0, -3.5, -0.5)]
    )
    assert "It leaned against the ruling side: mean error −2.00 points over 3 votes (95% interval −3.50 to −0.50)." in (
        track_verdict(against)
    )
    within = PollsterRecord(
        "x", "X", True, votes=scored_votes(2021, 2022, 2023), house_effects=[lean(3, -0.5, -3.0, 2.0)]
    )
    assert track_verdict(within).endswith(
        "Mean error on the ruling side −0.50 points over 3 votes (95% interval −3.00 to +2.00): no lean that chance "
        "cannot explain."
    )
    ten = PollsterRecord("x", "X", True, votes=scored_votes(*range(2011, 2021)))
    assert track_verdict(ten) == (
        "10 scored votes (2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020): a track record."
    )


def test_the_verdict_takes_the_first_family_with_an_error_and_says_how_it_did_against_the_others():
    rec = PollsterRecord(
        "x",
        "X",
        True,
        votes=scored_votes(2023),
        house_effects=[lean(0, None), lean(1, -0.5)],  # type: ignore[arg-type]
        mean_plus_minus=-0.75,
        plus_minus_votes=2,
    )
    assert track_verdict(rec) == (
        "One scored vote (2023): a single result, not a track record. Its error on the ruling side was −0.50 points "
        "in its one vote: no lean can be judged. Against the other pollsters of the same votes its mean absolute "
        "error was 0.75 points better on average (plus-minus −0.75, 2 vote(s))."
    )
    rec.mean_plus_minus = 1.5
    assert track_verdict(rec).endswith("was 1.50 points worse on average (plus-minus +1.50, 2 vote(s)).")


def test_plus_minus_against_the_other_pollsters_of_the_same_vote():
    """Pollster 1 (M3 2.0, |M5| 1.0) and pollster 2 (M3 4.0, no |M5|) polled e1 nationally: 2 - 4 = -2 and
    4 - 2 = +2; pollster 1's second poll of e1 is not another pollster; a regional poll is compared with none."""
    v1, v1b = vote(poll="p1", m3=2.0, margin_error=1.0), vote(poll="p1b", m3=9.0)
    v2, v3 = vote(poll="p2", m3=4.0), vote(poll="p3", scored=False)
    region = vote(poll="p4", m3=1.0, scope="region")
    out = track_relative({"k1": [("p1", v1), ("p1b", v1b)], "k2": [("p2", v2), ("p4", region)], "k3": [("p3", v3)]})
    assert (out[("e1", "p1")].others, out[("e1", "p1")].plus_minus_m3) == (1, -2.0)
    assert out[("e1", "p1")].plus_minus_margin is None  # no other pollster has an |M5|
    assert (out[("e1", "p2")].others, out[("e1", "p2")].plus_minus_m3) == (2, 4.0 - (2.0 + 9.0) / 2)
    assert out[("e1", "p2")].plus_minus_margin is None
    assert out[("e1", "p3")] == v3 and out[("e1", "p4")].plus_minus_m3 is None and out[("e1", "p4")].others == 0


def test_house_effects_over_the_votes_with_a_member_of_the_family():
    """Errors 2 and 4 on the family: mean 3, sd sqrt 2, se 1, 3 ± 12.706 (t with 1 df); e3 has no member."""
    fam = {"r": "Ruling", "s": "Small", "t": "Third"}

    def scored(e: str, *errors: FamilyError) -> VoteRecord:
        return vote(e, families=list(errors))

    votes = [
        scored("e1", FamilyError("r", "Ruling", "a", "A", 2.0), FamilyError("s", "Small", None, None, None)),
        scored("e2", FamilyError("r", "Ruling", "a", "A", 4.0), FamilyError("s", "Small", None, None, None)),
        scored("e3", FamilyError("r", "Ruling", None, None, None), FamilyError("s", "Small", "b", "B", None)),
        vote("e4", scored=False, families=[FamilyError("r", "Ruling", "a", "A", 50.0)]),
    ]
    r, s, t = track_house_effects(votes, fam, 0.95)  # a family no vote names is absent from every scored vote
    assert (r.family, r.name, r.n, r.mean, r.se, r.level) == ("r", "Ruling", 2, 3.0, pytest.approx(1.0), 0.95)
    assert r.sd == pytest.approx(2**0.5) and (r.low, r.high) == (
        pytest.approx(-9.706, abs=1e-3),
        pytest.approx(15.706, abs=1e-3),
    )
    assert (r.elections, r.absent) == (["e1", "e2"], ["e3"])
    assert (s.n, s.mean, s.low, s.elections, s.absent) == (0, None, None, [], ["e1", "e2"])
    assert (t.family, t.name, t.n, t.absent) == ("t", "Third", 0, ["e1", "e2", "e3"])
    # a family whose every member printed no figure has no house effect and no absence: no record
    assert track_house_effects([scored("e1", FamilyError("s", "Small", "b", "B", None))], {"s": "Small"}, 0.95) == []


RECONCILED_ENTRY = {
    "election": ELECTION,
    "poll": "p1",
    "status": "reconciled",
    "against": "final",
    "m3": 1.5,
    "b_w": 0.2,
    "b_w_se": 0.1,
    "m5": -3.0,
    "options": [
        {"option": "alpha", "name": "Alpha", "official_share": 60.0, "error": 1.25, "inside_interval": True},
        {"option": "beta", "name": "Beta", "official_share": 30.0, "error": -1.0, "inside_interval": False},
        {"option": "none", "name": "Against all", "official_share": 10.0, "error": -0.25, "inside_interval": True},
    ],
}


def test_the_track_record_of_a_tiny_folder(tmp_path):
    polls = (
        "poll,pollster,method,kind,scope,sample_size,margin_of_error,source\n"
        "p1,Pollster One,exit poll,exit,national,2000,2,cec\n"
        "p2,Pollster Two,exit poll,exit,national,,,cec\n"
        "p3,pollster one,exit poll,exit,national,,,cec\n"
    )
    data = loaded(tmp_path, election_toml(""), polls=polls)
    unscored = {"election": ELECTION, "poll": "p3", "status": "not-comparable", "reason": "options missing"}
    got = track_record(data, [RECONCILED_ENTRY, unscored])
    assert got.registry is False and got.families == {}
    one, two = got.pollsters  # "Pollster One" and "pollster one" are one printed name, folded
    assert (one.name, one.registered, [v.poll for v in one.votes]) == ("Pollster One", False, ["p1", "p3"])
    p1, p3 = one.votes
    assert (p1.scored, p1.against, p1.m3, p1.b_w, p1.b_w_se, p1.margin_error) == (True, "final", 1.5, 0.2, 0.1, 3.0)
    assert (p1.winner, p1.winner_name, p1.winner_error) == ("alpha", "Alpha", 1.25)
    assert (p1.covered, p1.covered_of, p1.coverage_note) == (2, 3, None)
    assert (p1.election_name, p1.election_kind, p1.date, p1.scope, p1.row) == (
        "Test election",
        "parliamentary",
        "2099-03-01",
        "national",
        2,
    )
    assert p1.file.endswith("polls/kz-2099-test.csv") and p1.printed_name == "Pollster One"
    assert (p3.scored, p3.reason) == (False, "options missing")
    (p2,) = two.votes
    assert (two.name, p2.scored, p2.reason) == ("Pollster Two", False, "no figures printed for this poll")
    assert (one.evidence, one.mean_plus_minus, one.plus_minus_votes) == (Evidence.SINGLE, None, 0)
    assert one.verdict == "One scored vote (2099): a single result, not a track record."
    assert two.verdict == "No vote scored against an official result (1 poll(s), none comparable): no track record."


def test_a_vote_without_intervals_and_a_family_it_printed_no_figure_for(tmp_path):
    polls = (
        "poll,pollster,method,kind,scope,sample_size,margin_of_error,source\n"
        "p1,Pollster One,exit poll,exit,national,,,cec\n"
    )
    families = (
        "family,name,election,option,note\nr,Ruling,kz-2099-test,alpha,\nq,,kz-2099-test,gamma,\nz,Zed,kz-1999-x,x,\n"
    )
    root = tmp_path / "t"
    folder(root, election_toml(""), polls=polls)
    (root / "data" / "families.csv").write_text(families, encoding="utf-8")
    data = load(discover(root / "data"))
    entry = {
        **RECONCILED_ENTRY,
        "m5": None,
        "options": [{**o, "inside_interval": None} for o in RECONCILED_ENTRY["options"][1:]],
    }
    got = track_record(data, [entry])
    assert got.families == {"r": "Ruling", "q": "q", "z": "Zed"}
    (v,) = got.pollsters[0].votes
    assert (v.covered, v.covered_of, v.coverage_note) == (
        None,
        None,
        "no sample size published, so the poll has no interval",
    )
    assert v.margin_error is None and v.winner == "beta"
    assert [(f.family, f.option, f.option_name, f.error, f.note) for f in v.families] == [
        ("r", "alpha", "Alpha", None, "the poll printed no figure"),
        ("q", "gamma", "gamma", None, "the poll printed no figure"),
        ("z", None, None, None, "no member of this family in this vote"),
    ]


def test_t_quantiles_off_the_table_by_cornish_fisher():
    """Level 0.9: z = 1.644854, t = z + (z^3 + z) / (4 df) + (5 z^5 + 16 z^3 + 3 z) / (96 df^2): 2.76179 at df 2
    (1.644854 + 0.761907 + 0.355028) and 4.58883 at df 1; a house effect at that level uses it."""
    assert t_quantile(2, 0.9) == pytest.approx(2.76179, abs=1e-4) and t_quantile(1, 0.9) == pytest.approx(
        4.58883, abs=1e-4
    )
    assert t_quantile(2) == 4.303 and t_quantile(30) == pytest.approx(2.042)
    got = house_effect([1.0, 3.0], level=0.9)  # mean 2, se 1
    assert (got.low, got.high, got.level) == (
        pytest.approx(2 - 4.58883, abs=1e-4),
        pytest.approx(2 + 4.58883, abs=1e-4),
        0.9,
    )
    for level in (0.0, 1.0, 1.5):
        with pytest.raises(ValueError, match="^level must lie strictly between 0 and 1$"):
            t_quantile(5, level)
    with pytest.raises(ValueError, match="^a t quantile needs at least one degree of freedom$"):
        t_quantile(0)


# ---- kzcheck.methods.simulation: cases whose draws are certain, so the figures can be worked by hand ----


def test_the_effective_size_and_its_refusal():
    assert effective_size(1000, 2) == 500 and effective_size(1, 4) == 1 and effective_size(0.5, 0.25) == 2
    for n, deff in ((0, 1), (-1, 1), (1, 0), (1, -2)):
        with pytest.raises(ValueError, match=f"^n and deff must be positive, got {n} and {deff}$"):
            effective_size(n, deff)


def test_a_null_score_by_hand():
    """Draws 1, 2, 3 (a nan is no draw) against an observed 2: two draws at or above it, p = (1 + 2) / (1 + 3);
    mean 2; the central 95 % by linear interpolation 1 + 0.025 * 2 = 1.05 to 2.95."""
    got = null_score(2.0, np.array([1.0, 2.0, 3.0, np.nan]))
    assert got == NullScore(2.0, 2.0, 0.75, pytest.approx(1.05), pytest.approx(2.95))


def test_draw_shares_refuses_what_is_not_one_list_of_percents():
    for shares in ([[50, 50]], [110, -10], [0, 0]):
        with pytest.raises(ValueError, match="^shares must be one list of non-negative percents$"):
            draw_shares(shares, 10, 1, 2, 1)
    assert draw_shares([100, 0], 10, 1, 3, 1).tolist() == [[100.0, 0.0]] * 3


def test_the_accuracy_null_of_a_one_respondent_poll():
    """m = 1: every draw is 100/0 or 0/100, moved half a respondent (50 points) in: always 50/50. Against a 60/40
    count that scores A = ln(1 / 1.5) and ln(1.5), so B = B_w = 0.405465, and M3 = 10; the poll itself equals the
    count (B = M3 = 0), so every draw scores at least as badly: p = 1."""
    got = accuracy_null({"a": 60, "b": 40}, {"a": 60, "b": 40}, n=1, deff=1, draws=20, seed=1)
    assert (got.draws, got.seed, got.effective_n) == (20, 1, 1)
    for score, expected in ((got.b, 0.405465), (got.b_w, 0.405465), (got.m3, 10.0)):
        assert score.observed == pytest.approx(0.0, abs=1e-12) and score.p_value == 1.0
        assert (score.expected, score.low, score.high) == (
            pytest.approx(expected, abs=1e-6),
            pytest.approx(expected, abs=1e-6),
            pytest.approx(expected, abs=1e-6),
        )


def test_a_seat_projection_whose_draws_are_certain():
    """A poll of 100/0 draws 100/0 every time: all 10 seats to a in every draw, a clears the 5 % line, b never."""
    got = project_seats({"a": 100.0, "b": 0.0}, ["a", "b"], 10, "hare", 5.0, n=100, deff=2, draws=5, seed=3)
    assert (got.seats, got.clears, got.low, got.high) == (
        {"a": 10, "b": 0},
        {"a": 1.0, "b": 0.0},
        {"a": 10, "b": 0},
        {"a": 10, "b": 0},
    )
    assert (got.median, got.draws, got.seed, got.effective_n) == ({"a": 10.0, "b": 0.0}, 5, 3, 50)
    no_line = project_seats({"a": 100.0, "b": 0.0}, ["a", "b"], 10, "hare", None, n=100, deff=1, draws=2, seed=3)
    assert no_line.clears == {"a": 1.0, "b": 1.0}  # without a threshold every party is admitted


def test_the_projection_from_the_printed_shares_at_the_threshold():
    """94.96 / 5.04 of 10,000 scaled votes: b has 504 votes, 5.04 % of the base, so it clears 5 %; Hare's quota
    1,000 gives 9.496 and 0.504, and the last seat goes to b's larger remainder: 9 / 1."""
    got = project_seats({"a": 94.96, "b": 5.04}, ["a", "b"], 10, "hare", 5.0, n=1000, deff=1, draws=2, seed=3)
    assert got.seats == {"a": 9, "b": 1}


def test_homogeneity_by_hand():
    """Polls 60/40 and 50/50 of 100 each: expected counts 55/45 in both, X^2 = 2 (25/55 + 25/45) = 2.020202 on
    1 df, p = erfc(sqrt(X^2 / 2)) = 0.155218; an option no poll reports (0 and 0) is left out."""
    for shares in ([[60, 40], [50, 50]], [[60, 40, 0], [50, 50, 0]]):
        got = homogeneity(shares, [100, 100], [1, 1])
        assert (got.statistic, got.df) == (pytest.approx(2.020202, abs=1e-6), 1)
        assert got.p_value == pytest.approx(0.155218, abs=1e-6)
    # each poll's own design effect shrinks its own counts: m = 200 / 2 and 100 / 1, the same table
    assert homogeneity([[60, 40], [50, 50]], [200, 100], [2, 1]).statistic == pytest.approx(2.020202, abs=1e-6)


@pytest.mark.parametrize(
    ("shares", "message"),
    [
        ([[50, 30, 20]], "need at least two polls of at least two options, got shape (1, 3)"),
        ([[100], [100]], "need at least two polls of at least two options, got shape (2, 1)"),
        ([50, 50], "need at least two polls of at least two options, got shape (2,)"),
        ([[60, 40], [float("nan"), 50]], "shares must be non-negative numbers"),
        ([[60, 40], [-1, 101]], "shares must be non-negative numbers"),
    ],
)
def test_homogeneity_refuses(shares, message):
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        homogeneity(shares, [100] * len(shares), [1] * len(shares))


def test_homogeneity_names_n_and_deff():
    with pytest.raises(ValueError, match=r"^n must be positive, got \[0, 100\]$"):
        homogeneity([[60, 40], [50, 50]], [0, 100], [1, 1])
    with pytest.raises(ValueError, match=r"^deff must be positive, got \[1, 0\]$"):
        homogeneity([[60, 40], [50, 50]], [100, 100], [1, 0])


def test_three_options_against_the_count():
    """50/30/20 against 40/40/20 at n = 100: D = 0.01/0.4 + 0.01/0.4 = 0.05, X^2 = 5 on 2 df, the design effect
    needed n D / df = 2.5, ratio sqrt 2.5 = 1.581139."""
    got = goodness_of_fit([50, 30, 20], [40, 40, 20], 100, 1)
    assert (got.statistic, got.df, got.deff_needed) == (pytest.approx(5.0), 2, pytest.approx(2.5))
    assert got.ratio == pytest.approx(1.581139, abs=1e-6) and got.p_value == pytest.approx(math.exp(-2.5))


def test_an_unknown_adjustment_names_the_known_ones():
    with pytest.raises(ValueError, match="^unknown adjustment 'bonferroni'; expected one of holm, bh$"):
        adjust([0.1], "bonferroni")  # type: ignore[arg-type]


def test_no_slack_unless_given():
    """60 % against 30 % at n = 100, deff 2: z = 2.357023, p = erfc(z / sqrt 2) = 0.018422."""
    assert within_poll_difference(60, 30, 100, 2).p_value == pytest.approx(0.018422, abs=1e-6)


# ---- kzcheck.methods.simulation: draws from numpy's generator as documented, the threshold's edges ----


def hare_of_two(k: int) -> int:
    """Party a's seats of 2 when a 4-respondent draw gives a k of 4 and b the rest, no threshold (Hare, quota 2):
    k = 0: 0; 1: 0.5 and 1.5 -> 0 + 1, the seat left ties at .5 and goes to a, the earlier; 2: 1; 3: 1.5 and 0.5
    -> 1 + 0, the tie again to a: 2; 4: 2."""
    return {0: 0, 1: 1, 2: 1, 3: 2, 4: 2}[k]


def test_a_projections_draws_are_numpys_seeded_multinomial():
    """The draws are default_rng(seed).multinomial(m, shares): the seat range is the lowest and highest of two
    draws (the 2.5 % and 97.5 % points of two values, by the inverted CDF), the median their mean; the share of
    draws in which a clears a 30 % line is that of draws with a's k >= 2 (50 % or more)."""
    got = project_seats({"a": 50.0, "b": 50.0}, ["a", "b"], 2, "hare", None, n=4, deff=1, draws=2, seed=1)
    ks = np.random.default_rng(1).multinomial(4, [0.5, 0.5], size=2)[:, 0]
    seats_a = sorted(hare_of_two(int(k)) for k in ks)
    assert seats_a[0] != seats_a[1]  # the two draws differ, so the range is two values wide
    assert (got.low["a"], got.high["a"], got.median["a"]) == (seats_a[0], seats_a[1], sum(seats_a) / 2)
    assert (got.low["b"], got.high["b"]) == (2 - seats_a[1], 2 - seats_a[0])
    got = project_seats({"a": 50.0, "b": 50.0}, ["a", "b"], 2, "hare", 30.0, n=4, deff=1, draws=200, seed=11)
    ks = np.random.default_rng(11).multinomial(4, [0.5, 0.5], size=200)[:, 0]
    assert got.clears == {"a": float(np.mean(ks >= 2)), "b": float(np.mean(ks <= 2))}


def test_a_party_at_the_line_clears_it():
    """100/0 draws 100/0 every time: at a 0 % line b's 0 is at the line, so it clears in every draw; at a 100 % line
    a's 100 is."""
    got = project_seats({"a": 100.0, "b": 0.0}, ["a", "b"], 10, "hare", 0.0, n=10, deff=1, draws=3, seed=2)
    assert got.clears == {"a": 1.0, "b": 1.0}
    got = project_seats({"a": 100.0, "b": 0.0}, ["a", "b"], 10, "hare", 100.0, n=10, deff=1, draws=3, seed=2)
    assert (got.clears, got.seats) == ({"a": 1.0, "b": 0.0}, {"a": 10, "b": 0})


def test_the_projections_votes_are_hundredths_of_a_percent():
    """95 / 5 of 10,000 scaled votes: b's 500 are exactly 5 % of the base 10,000, so b is in: 20 seats by a quota
    of 500, 19 and 1."""
    got = project_seats({"a": 95.0, "b": 5.0}, ["a", "b"], 20, "hare", 5.0, n=1000, deff=1, draws=2, seed=3)
    assert got.seats == {"a": 19, "b": 1}


def test_a_projection_has_no_minimum_party_rule_unless_given():
    """3 % and 2 % with 95 % against all: no party clears 50 %, so without a rule there is no allocation; with
    min_parties=2 both are admitted: 300 and 200 scaled votes, 10 seats by a quota of 50: 6 and 4."""
    shares = {"a": 3.0, "b": 2.0, "against all": 95.0}
    with pytest.raises(ValueError, match="no eligible party has a vote"):
        project_seats(shares, ["a", "b"], 10, "hare", 50.0, n=1000, deff=1, draws=2, seed=3)
    got = project_seats(shares, ["a", "b"], 10, "hare", 50.0, n=1000, deff=1, min_parties=2, draws=2, seed=3)
    assert got.seats == {"a": 6, "b": 4}


def test_draw_shares_reads_small_percents_and_refuses_a_missing_one():
    # 0.5 % and 0: the shares are relative, so every draw is 100 / 0
    assert draw_shares([0.5, 0.0], 10, 1, 2, 1).tolist() == [[100.0, 0.0]] * 2
    with pytest.raises(ValueError, match="^shares must be one list of non-negative percents$"):
        draw_shares([50, None], 10, 1, 2, 1)


def test_the_null_clips_a_draw_half_a_respondent_in():
    """m = 2 from a 50/50 count: a draw is 100/0, 50/50 or 0/100; half a respondent is 25 points, so 100/0 becomes
    75/25, whose A against 50/50 is ln 3 = 1.098612 for either option: B is 0 or ln 3, and its 97.5 % point over 40
    draws (nearly all runs hold two or more 100/0 or 0/100 draws) is ln 3."""
    got = accuracy_null({"a": 50, "b": 50}, {"a": 50, "b": 50}, n=2, deff=1, draws=40, seed=5)
    assert got.b.high == pytest.approx(math.log(3), abs=1e-9)
    # the mean of B is ln 3 times the share of such draws: a multiple of ln 3 / 40
    share = got.b.expected / math.log(3) * 40
    assert share == pytest.approx(round(share), abs=1e-9)


def test_a_draw_a_hair_below_the_observed_counts_as_at_least_as_bad():
    """The comparison allows 1e-12 of floating-point noise: a draw of 0 against an observed 1e-12 is at or above
    it, so p = (1 + 1) / (1 + 1) = 1."""
    assert null_score(1e-12, np.array([0.0])).p_value == 1.0


# ---- kzcheck.methods.consensus and design: the wording when printings tie, the smallest polls --------------------


def test_supported_most_but_printed_as_often_as_a_rival():
    """7.87 twice and 7.8 twice: 7.87 is supported by both 7.87 and both 7.8 (truncations), 4 of 4; 7.8 by the two
    7.8 only (7.87 does not support it). 7.87 wins on support, but it is printed twice like 7.8: not "most"."""
    got = choose(shares("7.87", "7.87", "7.8", "7.8"))
    assert (got.index, got.support, got.why) == (0, 4, "supported by 4 of 4 printings")


def test_the_design_effect_of_the_smallest_samples():
    # one interview at one station: m = 1, Kish 1 + 0 x roh = 1; 40 interviews at one station: 1 + 39 x 0.02 = 1.78
    assert from_clusters(1, 1) == 1.0 and from_clusters(40, 1) == pytest.approx(1.78)
    # a margin of 98 points at n = 1: (0.98 / 1.959964)^2 / 0.25 = 0.500009^2 / 0.25 = 1.0000367
    assert from_margin(98, 1) == pytest.approx(1.0000367, abs=1e-6)
