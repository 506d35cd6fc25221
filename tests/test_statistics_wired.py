"""Issue 13 end to end on the bundled data: each poll's design effect and its origin, Holm families, the JSDP call,
SOTSIS-A's chance of clearing 5%, B against its null, MTK's A, M5's interval, the error's size, seats with the law's
minimum-party rule, and the per-poll columns a user can state. Expected values are worked by hand here."""

from __future__ import annotations

import json
import math
import tomllib
from pathlib import Path

import pytest
from helpers import edit_rows

from kzcheck.analysis.comparison import calls, compare, comparison_records
from kzcheck.analysis.reconciliation import project_seats, reconcile
from kzcheck.checks import reconciliation
from kzcheck.load.dataset import discover
from kzcheck.load.election import parse_election
from kzcheck.load.frames import load

E21, E23, E24 = "kz-2021-mazhilis", "kz-2023-mazhilis", "kz-2024-referendum"
Z = 1.959963984540054


def loaded(data: Path, *elections: str):
    return load(discover(data, list(elections) or None))


def margin_deff(n: float, moe: float, z: float = Z) -> float:
    return n * (moe / 100 / z) ** 2 / 0.25


def test_each_poll_has_its_own_design_effect_with_its_origin(data_copy):
    c = compare(loaded(data_copy, E23, E24))
    by = {(r.election, r.poll): (r.deff, r.deff_origin) for r in c.polls.itertuples()}
    assert by[(E23, "iei")] == (pytest.approx(margin_deff(30000, 1)), "margin")  # 3.12
    assert by[(E23, "democracy")] == (pytest.approx(margin_deff(12000, 1.1)), "margin")  # 1.51
    assert by[(E23, "sotsis-a")] == (pytest.approx(margin_deff(312000, 1.1)), "margin")  # 39.3
    assert by[(E23, "qogamdyq-pikir-pre")] == (1.0, "srs")  # a phone survey, not a cluster sample
    # IPP 2024 printed no margin: 44,160 interviews at 300 stations, Kish 1 + (147.2 - 1) x 0.02 = 3.924
    assert by[(E24, "ipp-amanat")] == (pytest.approx(1 + (44160 / 300 - 1) * 0.02), "clusters")


def test_the_jsdp_threshold_call_is_information_and_names_its_family(data_copy):
    data = loaded(data_copy, E23)
    (group,) = calls(compare(data), data)
    jsdp = next(t for t in group["threshold"] if t["option"] == "jsdp")
    assert not jsdp["agree"] and not jsdp["supported"]
    assert jsdp["family"] == "kz-2023-mazhilis:exit@national:threshold"
    # SOTSIS-A: (4.91 - 5) / (100 sqrt(.0491 x .9509 x 39.31 / 312,000)) = -0.09 / 0.2425 = -0.371
    se = 100 * math.sqrt(0.0491 * 0.9509 * margin_deff(312000, 1.1) / 312000)
    assert jsdp["tests"]["sotsis-a"]["z"] == pytest.approx(-0.09 / se)
    assert jsdp["tests"]["sotsis-a"]["deff_origin"] == "margin"
    assert all(t["p_adjusted"] >= 0.05 for t in jsdp["tests"].values())


def test_pair_records_carry_raw_and_adjusted_p_and_the_family(data_copy):
    records = comparison_records(compare(loaded(data_copy, E23, E24)))
    baytaq = next(r for r in records if (r["poll_a"], r["poll_b"], r["option"]) == ("iei", "sotsis-a", "baytaq"))
    # se = sqrt(.0322 x .9678 x 3.1238 / 30,000 + .0217 x .9783 x 39.31 / 312,000) = 0.2432; z = 1.05 / se = 4.32
    se = math.sqrt(
        0.0322 * 0.9678 * margin_deff(30000, 1) / 30000 + 0.0217 * 0.9783 * margin_deff(312000, 1.1) / 312000
    )
    assert baytaq["se"] == pytest.approx(100 * se)
    assert baytaq["z"] == pytest.approx(1.05 / (100 * se))
    assert baytaq["significant"] and baytaq["p_adjusted"] < 0.05 and baytaq["p_adjusted"] >= baytaq["p_rounded"]
    assert (baytaq["family"], baytaq["adjustment"]) == ("kz-2023-mazhilis:exit@national:option-differences", "holm")
    assert (baytaq["deff_origin_a"], baytaq["deff_origin_b"]) == ("margin", "margin")
    family = [r for r in records if r["family"] == baytaq["family"] and r["testable"]]
    assert len(family) == 24
    assert [r for r in family if r["significant"]] == [baytaq]
    # a referendum's Yes and No are one test: No is Yes negated, outside the family
    no = [r for r in records if r["election"] == E24 and r["option"] == "no" and r["comparable"]]
    assert no and all(r["same_test_as"] == "yes" for r in no)
    yes = {
        (r["poll_a"], r["poll_b"]): r["p_adjusted"] for r in records if r["election"] == E24 and r["option"] == "yes"
    }
    assert all(r["p_adjusted"] == yes[(r["poll_a"], r["poll_b"])] for r in no)


def test_sotsis_a_threshold_miss_carries_the_probability_of_clearing(data_copy):
    table = {e["poll"]: e for e in reconcile(loaded(data_copy, E23)) if e["election"] == E23}
    jsdp = next(t for t in table["sotsis-a"]["threshold_calls"] if t["option"] == "jsdp")
    assert not jsdp["right"]
    # P(a sample of effective size 312,000 / 39.31 puts JSDP at or above 5 | its share 4.91) ~ 1 - Phi(0.371) = 0.355
    se = 100 * math.sqrt(0.0491 * 0.9509 * margin_deff(312000, 1.1) / 312000)
    normal = 0.5 * math.erfc((5 - 4.91) / se / math.sqrt(2))
    assert normal == pytest.approx(0.355, abs=1e-3)
    assert jsdp["p_clears"] == pytest.approx(normal, abs=0.05)
    (finding,) = [
        f
        for o in reconciliation.outcomes_of(table["sotsis-a"])
        if o.check == reconciliation.THRESHOLD
        for f in o.findings
    ]
    assert "threshold called wrong" in finding.message
    assert f"probability its sample gave of clearing it: {jsdp['p_clears']:.2f}" in finding.message
    assert "(margin)" in finding.message


def test_iei_scores_against_sampling_error_worked_by_hand(data_copy):
    iei = next(e for e in reconcile(loaded(data_copy, E23)) if e["poll"] == "iei")
    p = [53.46, 10.52, 8.9, 7.87, 6.25, 5.31, 3.22, 4.47]
    v_votes = [3431510, 693938, 547154, 535139, 432920, 331058, 146431, 248291]  # final votes, astanatimes-2023-03-27
    v = [100 * x / sum(v_votes) for x in v_votes]
    deff, n = margin_deff(30000, 1), 30000
    assert iei["deff"] == pytest.approx(deff) and iei["deff_origin"] == "margin"
    # MTK's A: ln[(p_a / p_b) / (v_a / v_b)] on AMANAT and Auyl; se sqrt((1/p_a + 1/p_b) deff / n)
    assert iei["mtk_a"] == pytest.approx(math.log((p[0] / p[1]) / (v[0] / v[1])))
    assert iei["mtk_a_se"] == pytest.approx(math.sqrt((100 / p[0] + 100 / p[1]) * deff / n))
    # M5 interval: -0.06 -/+ 1.96 x 100 sqrt((.5346 + .1052 - .4294^2) deff / n)
    half = Z * 100 * math.sqrt((0.5346 + 0.1052 - 0.4294**2) * deff / n)
    assert (iei["m5_low"], iei["m5_high"]) == (pytest.approx(iei["m5"] - half), pytest.approx(iei["m5"] + half))
    # the design effect the error needs: n sum (p - v)^2 / v / (k - 1), shares as proportions (IEI sums to 100.00)
    distance = sum((a / 100 - b / 100) ** 2 / (b / 100) for a, b in zip(p, v, strict=True))
    assert iei["fit"]["deff_needed"] == pytest.approx(n * distance / 7)
    assert iei["fit"]["ratio"] == pytest.approx(math.sqrt(n * distance / 7 / deff))
    assert iei["fit"]["ratio"] > 2.5  # IEI's error is well beyond sampling error: bias, not chance
    # B against its null: far above what an unbiased poll of effective size 30,000 / 3.12 scores
    assert iei["null"]["b"]["expected"] < iei["b"] and iei["null"]["b"]["p_value"] < 0.01
    assert (iei["null"]["draws"], iei["null"]["seed"]) == (2000, 13)


def test_a_poll_that_does_not_sum_to_100_is_rescaled_before_b(data_copy):
    democracy = next(e for e in reconcile(loaded(data_copy, E21)) if e["poll"] == "democracy")
    printed = sum(o["poll_share"] for o in democracy["options"])
    assert democracy["printed_sum"] == pytest.approx(printed) and democracy["rescaled"] is (abs(printed - 100) > 1e-9)
    from kzcheck.methods import accuracy

    rescaled = {o["option"]: o["poll_share"] * 100 / printed for o in democracy["options"]}
    official = {o["option"]: o["official_share"] for o in democracy["options"]}
    assert democracy["b"] == pytest.approx(float(accuracy.arzheimer_evans(rescaled, official).b))


def test_one_party_passing_admits_the_runner_up_under_the_mazhilis_rule(data_copy):
    election = loaded(data_copy, E23).elections[E23]
    assert election.list_tier is not None and election.list_tier.min_parties == 2
    shares = {
        "amanat": 80.0,
        "auyl": 4.0,
        "respublica": 3.0,
        "aq-jol": 3.0,
        "qhp": 3.0,
        "jsdp": 3.0,
        "baytaq": 2.0,
        "against-all": 2.0,
    }
    # only AMANAT reaches 5%; Auyl (4.00, the most below it) is admitted: quota 84 / 69; 80 x 69 / 84 = 65.71 and
    # 4 x 69 / 84 = 3.29 give 65 + 3 = 68, the last seat to the larger remainder (.71, AMANAT): 66 / 3
    seats = project_seats(election, shares, 2)
    assert seats == {"amanat": 66, "auyl": 3, "respublica": 0, "aq-jol": 0, "qhp": 0, "jsdp": 0, "baytaq": 0}


def test_min_parties_must_be_a_non_negative_whole_number(tmp_path):
    doc = tomllib.loads((Path(__file__).parent.parent / "data" / "elections" / f"{E23}.toml").read_text("utf-8"))
    doc["tiers"][0]["min_parties"] = -1
    with pytest.raises(Exception, match="min_parties"):
        parse_election(doc, "kz-2023-mazhilis.toml")


def test_a_stated_design_effect_and_a_margin_printed_at_90_percent(data_copy, cli):
    def change(rows):
        for r in rows:
            if r["poll"] == "iei":
                r["design_effect"] = "2.5"
            if r["poll"] == "democracy":
                r["margin_confidence"] = "90"
        return rows

    edit_rows(data_copy / "polls" / f"{E23}.csv", change)
    run = cli("compare", "--data", str(data_copy), "--election", E23, "--format", "json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    pair = next(r for r in doc["comparison"] if (r["poll_a"], r["poll_b"]) == ("iei", "democracy"))
    assert (pair["deff_a"], pair["deff_origin_a"]) == (2.5, "stated")
    # ±1.1 at 90% (z 1.644854): 12,000 x (0.011 / 1.644854)^2 / 0.25 = 2.147
    assert pair["deff_b"] == pytest.approx(12000 * (0.011 / 1.6448536269514722) ** 2 / 0.25)
    assert pair["deff_origin_b"] == "margin"
    group = doc["pollster_calls"][0]
    assert group["design_effects"]["iei"]["origin"] == "stated"
    assert {j["family"] for j in group["joint"]} == {"kz-2023-mazhilis:exit@national:joint"}


def test_methods_worked_examples_equal_the_cli_to_the_printed_precision(cli, data_copy):
    """docs/methods.md quotes the CLI; each quoted figure must be what the CLI prints (issue 13, point 6)."""
    doc = (Path(__file__).parent.parent / "docs" / "methods.md").read_text("utf-8")
    flat = cli("reconcile", "--data", str(data_copy), "--election", E23, "--deff", "1.7").stdout
    table = doc[doc.index("| poll | B | B_w | B ± se and B_w ± se") :].split("\n\n")[0]
    quoted = [cell for row in table.splitlines()[2:] for cell in row.split("|")[4].split(",")]
    assert len(quoted) == 6
    for figure in quoted:
        assert figure.strip() in flat, figure
    own = cli("reconcile", "--data", str(data_copy), "--election", E23).stdout
    for quote in (
        "MTK A -0.043 ± 0.037",
        "M5 -0.93 [-2.44, +0.58]",
        "error 1.01 times the sampling error (it would need deff 1.55; fit p 0.41)",
        "the probability its sample gave of clearing it: 0.35",
        "39–43/7–8/6–7/6–7/5–6/0–4/0",
        "B 0.043 (unbiased 0.036, p 0.24)",
        "B 0.096 (unbiased 0.033, p 0.0005)",
    ):
        assert quote in own, quote
    compared = cli("compare", "--data", str(data_copy), "--election", E23).stdout
    assert "design effects: iei 3.12 (margin); democracy 1.51 (margin); sotsis-a 39.3 (margin)" in compared
    assert "joint iei − democracy: Rao-Scott X² 27.11, df 7, p 0.00032, adjusted p 0.00095" in compared
    flat_doc = " ".join(doc.split())
    for quote in (
        "design effects: iei 3.12 (margin); democracy 1.51 (margin); sotsis-a 39.3 (margin)",
        "joint iei − democracy: Rao-Scott X² 27.11, df 7, p 0.00032, adjusted p 0.00095",
        "MTK A -0.043 ± 0.037",
        "error 1.01 times the sampling error (it would need deff 1.55; fit p 0.41)",
        "the probability its sample gave of clearing it: 0.35",
        "39–43/7–8/6–7/6–7/5–6/0–4/0",
    ):
        assert quote in flat_doc, quote
