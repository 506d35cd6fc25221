"""Pollster against pollster on the real 2021-2023 exit polls: sampling error with a design effect, scope, calls."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from helpers import edit_rows

from kzcheck.analysis import comparison
from kzcheck.checks import pollsters
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Severity, Status

E21, E22, E23 = "kz-2021-mazhilis", "kz-2022-presidential", "kz-2023-mazhilis"


def loaded(data: Path, *elections: str):
    return load(discover(data, list(elections) or None))


def pair(c: comparison.Comparison, a: str, b: str, option: str):
    rows = c.pairs[(c.pairs["poll_a"] == a) & (c.pairs["poll_b"] == b) & (c.pairs["option"] == option)]
    assert len(rows) == 1
    return rows.iloc[0]


def set_share(data: Path, election: str, poll: str, option: str, share: str) -> None:
    def change(rows):
        for r in rows:
            if r["poll"] == poll and r["option"] == option:
                r["share"] = share
        return rows

    edit_rows(data / "figures" / f"{election}.csv", change)


def test_two_proportion_test_with_the_default_design_effect(data_copy):
    """Worked by hand (docs/methods.md §3.5): Aq Jol 7.87 (n 30,000) vs 8.87 (n 12,000), deff 1.7:
    var = 0.0787 x 0.9213 x 1.7 / 30,000 + 0.0887 x 0.9113 x 1.7 / 12,000 = 1.5560e-5; se = 0.3945 points;
    z = -1.00 / 0.3945 = -2.535, p = 0.0112. Granting the two figures' rounding (0.005 each): 0.99 / 0.3945 = 2.510,
    p = 0.0121; Holm over the election's 24 option differences needs p < 0.05 / 24 = 0.0021 for the smallest, so it is
    not reported (issue 13: multiplicity control). Auyl 10.52 vs 11.26: z = -1.68, not."""
    c = comparison.compare(loaded(data_copy, E23), deff=1.7)
    aq_jol = pair(c, "iei", "democracy", "aq-jol")
    assert aq_jol["difference"] == pytest.approx(-1.00)
    assert aq_jol["se"] == pytest.approx(0.3945, abs=1e-4)
    assert aq_jol["z"] == pytest.approx(-2.535, abs=1e-3)
    assert aq_jol["p_value"] == pytest.approx(0.0112, abs=1e-4)
    assert aq_jol["p_rounded"] == pytest.approx(math.erfc(0.99 / 0.3945 / math.sqrt(2)), abs=1e-4)
    assert aq_jol["family"] == "kz-2023-mazhilis:exit@national:option-differences"
    assert aq_jol["p_adjusted"] > 0.05 and not aq_jol["significant"]
    auyl = pair(c, "iei", "democracy", "auyl")
    assert auyl["z"] == pytest.approx(-1.68, abs=0.01) and not auyl["significant"]


def test_printed_precision_widens_what_sampling_error_must_explain(data_copy):
    """Aq Jol printed as whole numbers, IEI 8 (n 30,000) vs Institute of Democracy 9 (n 12,000), deff 1.7:
    var = 0.08 x 0.92 x 1.7 / 30,000 + 0.09 x 0.91 x 1.7 / 12,000 = 1.5773e-5; se = 0.3972 points;
    1.96 x se = 0.778. The difference of 1 point is beyond that, but "8" and "9" each stand for half a point
    either way: 1 - (0.5 + 0.5) = 0 is not. Printed "8.0" and "9.0" the slack is 0.1: 0.9 > 0.778 is."""
    set_share(data_copy, E23, "iei", "aq-jol", "8")
    set_share(data_copy, E23, "democracy", "aq-jol", "9")
    aq_jol = pair(comparison.compare(loaded(data_copy, E23), deff=1.7), "iei", "democracy", "aq-jol")
    assert aq_jol["difference"] == pytest.approx(-1.0)
    assert aq_jol["se"] == pytest.approx(0.3972, abs=1e-4)
    assert aq_jol["rounding"] == pytest.approx(1.0)
    assert aq_jol["p_rounded"] == pytest.approx(1.0)  # nothing left once the slack is granted: z = 0
    assert not aq_jol["significant"]
    set_share(data_copy, E23, "iei", "aq-jol", "8.0")
    set_share(data_copy, E23, "democracy", "aq-jol", "9.0")
    aq_jol = pair(comparison.compare(loaded(data_copy, E23), deff=1.7), "iei", "democracy", "aq-jol")
    assert aq_jol["rounding"] == pytest.approx(0.1)
    # z = 0.9 / 0.3972 = 2.266, two-sided p = 2 x (1 - 0.98827) = 0.0235: beyond sampling error on its own
    # (whether it survives Holm among the election's other comparisons is `significant`, tested elsewhere)
    assert aq_jol["p_rounded"] == pytest.approx(0.0235, abs=1e-3)


def test_a_larger_design_effect_explains_the_difference_away(data_copy):
    """deff 3: se = sqrt(0.0787 x 0.9213 x 3 / 30,000 + 0.0887 x 0.9113 x 3 / 12,000) = 0.524; z = -1.91."""
    c = comparison.compare(loaded(data_copy, E23), deff=3.0)
    aq_jol = pair(c, "iei", "democracy", "aq-jol")
    assert aq_jol["se"] == pytest.approx(0.524, abs=1e-3)
    assert not aq_jol["significant"]
    outcomes = pollsters.run(loaded(data_copy, E23), RunConfig(deff=3.0))
    flagged = [f.message for o in outcomes if o.check == pollsters.SAMPLING for f in o.findings]
    assert not any("Aq Jol" in m and "Institute of Democracy" in m and "Eurasian" in m for m in flagged)


def test_difference_beyond_sampling_error_is_a_warning_naming_both_polls(data_copy):
    """With each poll's own design effect (IEI 3.12 and SOTSIS-A 39.3, from their margins) only Baytaq 3.22 against
    2.17 survives Holm: se = sqrt(.0322 x .9678 x 3.12 / 30,000 + .0217 x .9783 x 39.3 / 312,000) = 0.2432,
    z = 1.05 / 0.2432 = 4.32."""
    outcomes = pollsters.run(loaded(data_copy, E23), RunConfig())
    o = next(o for o in outcomes if o.check == pollsters.SAMPLING and o.subject == "polls:iei+sotsis-a")
    assert o.status is Status.WARNING
    baytaq = next(f for f in o.findings if "Baytaq" in f.message)
    assert baytaq.severity is Severity.WARNING
    for text in ("Institute of Eurasian Integration", "SOTSIS-A", "3.22", "2.17", "z = +4.32", "Holm", "(margin)"):
        assert text in baytaq.message
    assert "option-differences" in baytaq.message
    flagged = [f for o in outcomes if o.check == pollsters.SAMPLING for f in o.findings]
    assert len(flagged) == 1


def test_missing_sample_size_makes_the_pair_untestable(data_copy):
    """2022: OSII and the Institute of Public Policy published no sample size; nothing is assumed for them."""
    c = comparison.compare(loaded(data_copy, E22))
    untested = c.pairs[(c.pairs["poll_a"] == "osii") | (c.pairs["poll_b"] == "ipp-amanat")]
    assert len(untested) and not untested["testable"].any() and untested["se"].isna().all()
    assert untested["reason"].str.startswith("untestable: no sample size for").all()
    outcomes = [o for o in pollsters.run(loaded(data_copy, E22), RunConfig()) if o.check == pollsters.SAMPLING]
    assert {o.status for o in outcomes} == {Status.NOT_EVALUATED}
    assert all("cannot be tested" in o.note for o in outcomes)


def test_regional_poll_is_not_comparable_with_national_ones(data_copy):
    """2021: SOTSIS-A polled Almaty city only."""
    c = comparison.compare(loaded(data_copy, E21))
    regional = c.pairs[(c.pairs["poll_b"] == "sotsis-a") | (c.pairs["poll_a"] == "sotsis-a")]
    assert len(regional) and not regional["comparable"].any() and regional["difference"].isna().all()
    assert (regional["reason"] == "not comparable: scope national against almaty-city").all()
    lone = {p["poll"]: p["reason"] for p in comparison.not_comparable(c)}
    assert "almaty-city only" in lone["sotsis-a"]
    national = pair(c, "qogamdyq-pikir", "democracy", "auyl")
    assert national["comparable"] and national["testable"]


def test_pre_election_poll_is_not_compared_with_exit_polls(data_copy):
    c = comparison.compare(loaded(data_copy, E23))
    pre = c.pairs[c.pairs["poll_b"] == "qogamdyq-pikir-pre"]
    assert len(pre) and not pre["comparable"].any()
    assert (pre["reason"] == "not comparable: exit poll against pre-election poll").all()


def test_threshold_disagreement_on_jsdp(data_copy):
    """2023: IEI 5.31 and the Institute of Democracy 5.12 put JSDP over 5%, SOTSIS-A 4.91 under it, but no test
    supports it: IEI z = 0.31 / 0.2287 = +1.36 (before rounding), Democracy (5.12 - 5) / sqrt(.0512 x .9488 x 1.51 /
    12,000) = +0.48, SOTSIS-A -0.09 / 0.2425 = -0.37: information, not a warning."""
    outcomes = pollsters.run(loaded(data_copy, E23), RunConfig())
    jsdp = next(o for o in outcomes if o.check == pollsters.THRESHOLD and o.subject == "option:jsdp")
    (f,) = jsdp.findings
    assert f.severity is Severity.INFO
    assert "5% threshold" in f.message and "SOTSIS-A 4.91" in f.message and "Institute of Democracy 5.12" in f.message
    assert "no test supports a disagreement" in f.message and "z −0.37" in f.message
    others = [o for o in outcomes if o.check == pollsters.THRESHOLD and o.subject != "option:jsdp"]
    assert others and all(o.status is Status.PASSED for o in others)


def test_threshold_agreement_passes(data_copy):
    set_share(data_copy, E23, "sotsis-a", "jsdp", "5.01")
    outcomes = pollsters.run(loaded(data_copy, E23), RunConfig())
    assert all(o.status is Status.PASSED for o in outcomes if o.check == pollsters.THRESHOLD)


def test_winner_disagreement(data_copy):
    set_share(data_copy, E23, "democracy", "auyl", "53.33")
    set_share(data_copy, E23, "democracy", "amanat", "11.26")
    outcomes = pollsters.run(loaded(data_copy, E23), RunConfig())
    (winner,) = [o for o in outcomes if o.check == pollsters.WINNER]
    assert winner.status is Status.WARNING
    assert "Institute of Democracy puts Auyl first" in winner.findings[0].message


def test_ranking_and_turnout_spread(data_copy):
    """2023: Aq Jol 8.87 > Respublica 8.33 for the Institute of Democracy only; turnout 53.25 to 55.58 = 2.33."""
    c = comparison.compare(loaded(data_copy, E23))
    (group,) = comparison.calls(c, loaded(data_copy, E23))
    assert group["winner_agrees"] and group["winners"]["iei"] == ["amanat"]
    assert [d.to_dict() for d in group["ranking_disagreements"]] == [
        {"options": ["aq-jol", "respublica"], "ahead_first": ["democracy"], "ahead_second": ["iei", "sotsis-a"]}
    ]
    assert group["turnout_spread"] == pytest.approx(2.33)
