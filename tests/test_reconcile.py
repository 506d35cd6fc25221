"""Each exit poll against the CEC: the 2023 figures worked by hand, scope, preliminary and missing results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import edit_rows

from kzcheck.analysis.reconciliation import reconcile
from kzcheck.checks import reconciliation
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load
from kzcheck.model.findings import Severity, Status
from kzcheck.run import validate

E21, E22, E23 = "kz-2021-mazhilis", "kz-2022-presidential", "kz-2023-mazhilis"


def entries(data: Path, *elections: str, deff: float | None = None) -> dict[str, dict[str, Any]]:
    return {e["poll"]: e for e in reconcile(load(discover(data, list(elections) or None)), deff)}


def test_2023_mean_absolute_errors_and_ranking(data_copy):
    """docs/methods.md §4.2: IEI 3.82 / 8 = 0.48, Institute of Democracy 2.32 / 8 = 0.29, SOTSIS-A 2.62 / 8 = 0.33."""
    table = entries(data_copy, E23, deff=1.7)  # the flat design effect of the table in docs/methods.md §4.4
    assert {p: round(e["m3"], 2) for p, e in table.items() if e["m3"] is not None} == {
        "iei": 0.48,
        "democracy": 0.29,
        "sotsis-a": 0.33,
    }
    assert {p: e["rank"] for p, e in table.items() if e["rank"]} == {"democracy": 1, "sotsis-a": 2, "iei": 3}
    iei = table["iei"]
    assert (iei["status"], iei["against"]) == ("reconciled", "final")
    assert (round(iei["max_error"], 2), iei["max_error_option"]) == (0.92, "baytaq")
    # M5: official lead AMANAT - Auyl 43.00; IEI 53.46 - 10.52 = 42.94 -> -0.06; SOTSIS-A 44.21 -> +1.21
    assert iei["m5"] == pytest.approx(-0.06, abs=0.005) and table["sotsis-a"]["m5"] == pytest.approx(1.21, abs=0.005)
    # Arzheimer-Evans, docs/methods.md §4.4 table (n as published, deff 1.7)
    assert iei["b"] == pytest.approx(0.0961, abs=5e-4) and iei["b_w"] == pytest.approx(0.0441, abs=5e-4)
    assert iei["b_se"] == pytest.approx(0.0113, abs=5e-4)
    assert table["democracy"]["b"] == pytest.approx(0.0433, abs=5e-4)


def test_figures_name_their_source(data_copy):
    baytaq = next(o for o in entries(data_copy, E23)["iei"]["options"] if o["option"] == "baytaq")
    assert (baytaq["poll_share_text"], baytaq["poll_source"]) == ("3.22", "tass-2023-03-19")
    assert baytaq["official_percent_text"] == "2.30" and baytaq["error"] == pytest.approx(0.92, abs=1e-4)


def test_intervals_and_stated_margins(data_copy):
    """IEI AMANAT 53.46, n 30,000, deff 1.7: 95% interval [52.72, 54.20] holds the official 53.90 (methods §3.3);
    Baytaq 3.22 [2.97, 3.49] does not hold 2.30, though it lies within IEI's stated 1-point margin."""
    options = {o["option"]: o for o in entries(data_copy, E23, deff=1.7)["iei"]["options"]}
    amanat, baytaq = options["amanat"], options["baytaq"]
    assert (round(amanat["interval_low"], 2), round(amanat["interval_high"], 2)) == (52.72, 54.20)
    assert amanat["inside_interval"] is True
    assert baytaq["inside_interval"] is False and baytaq["inside_stated_margin"] is True


def test_sotsis_a_called_jsdp_threshold_wrong(data_copy):
    table = entries(data_copy, E23)
    calls = {
        p: {t["option"]: t["right"] for t in e["threshold_calls"]}
        for p, e in table.items()
        if e["status"] == "reconciled"
    }
    assert calls["sotsis-a"]["jsdp"] is False
    assert all(calls["iei"].values()) and all(calls["democracy"].values())
    jsdp = next(t for t in table["sotsis-a"]["threshold_calls"] if t["option"] == "jsdp")
    assert (jsdp["poll_clears"], jsdp["official_clears"]) == (False, True)


def test_seats_projected_from_polls_against_the_official_seats(data_copy):
    table = entries(data_copy, E23)
    assert table["iei"]["seats_official"] == {
        "amanat": 40,
        "auyl": 8,
        "respublica": 6,
        "aq-jol": 6,
        "qhp": 5,
        "jsdp": 4,
        "baytaq": 0,
    }
    assert table["iei"]["seats_projected"] == table["iei"]["seats_official"]
    # SOTSIS-A put JSDP at 4.91, under the 5% threshold: its 4 official seats go to the other parties
    assert table["sotsis-a"]["seats_projected"]["jsdp"] == 0
    assert sum(table["sotsis-a"]["seats_projected"].values()) == 69


def test_regional_and_pre_election_polls_are_not_comparable(data_copy):
    assert entries(data_copy, E21)["sotsis-a"]["status"] == "not-comparable"
    assert "almaty-city" in entries(data_copy, E21)["sotsis-a"]["reason"]
    pre = entries(data_copy, E23)["qogamdyq-pikir-pre"]
    assert pre["status"] == "not-comparable" and "pre-election" in pre["reason"] and pre["m3"] is None


def test_preliminary_result_is_used_and_labelled(data_copy):
    (data_copy / "results" / f"{E23}.final.csv").unlink()
    iei = entries(data_copy, E23)["iei"]
    assert (iei["status"], iei["against"]) == ("reconciled", "preliminary")
    assert "preliminary" in iei["reason"]
    assert round(iei["m3"], 2) == 0.48  # the preliminary votes equal the final ones
    assert iei["seats_official_basis"] == "recomputed from the preliminary votes"
    assert iei["seats_official"]["amanat"] == 40


def test_awaiting_the_cec_before_any_result(data_copy):
    for status in ("final", "preliminary"):
        (data_copy / "results" / f"{E23}.{status}.csv").unlink()
    table = entries(data_copy, E23)
    assert {e["status"] for p, e in table.items() if p != "qogamdyq-pikir-pre"} == {"awaiting-cec"}
    assert all(e["m3"] is None and e["against"] is None for e in table.values())
    outcomes = reconciliation.run(load(discover(data_copy, [E23])), None)
    assert {o.status for o in outcomes} == {Status.NOT_EVALUATED}


def test_no_sample_size_gives_no_standard_errors(data_copy):
    osii = entries(data_copy, E22)["osii"]
    assert osii["status"] == "reconciled" and osii["b"] is not None
    assert osii["b_se"] is None and osii["options"][0]["interval_low"] is None


def test_a_wrong_poll_never_fails_validate(data_copy):
    result = validate(data_copy, [E23])
    found = [f for f in result.findings if f.check.startswith("reconciliation.")]
    assert any(
        f.check == reconciliation.THRESHOLD and "SOTSIS-A" in f.message and "called wrong" in f.message for f in found
    )
    assert {f.severity for f in found} == {Severity.INFO}
    assert result.exit_code(Severity.ERROR) == 0


def test_regional_poll_is_scored_against_its_own_area_when_published(data_copy):
    """Were the CEC to print Almaty city's 2021 votes, SOTSIS-A's city poll would be scored against them, not KZ."""
    path = data_copy / "results" / f"{E21}.final.csv"
    votes = {"nur-otan": 300_000, "aq-jol": 70_000, "qhp": 65_000, "auyl": 40_000, "adal": 25_000}
    rows = "".join(f"almaty-city,{o},{v},,,,kazinform-2021-01-12\n" for o, v in votes.items())
    path.write_text(path.read_text(encoding="utf-8") + rows, encoding="utf-8")
    sotsis = entries(data_copy, E21)["sotsis-a"]
    assert (sotsis["status"], sotsis["area"]) == ("reconciled", "almaty-city")
    nur_otan = sotsis["options"][0]
    # 300,000 / 500,000 = 60.00; SOTSIS-A printed 58.90
    assert nur_otan["official_share"] == pytest.approx(60.0) and nur_otan["error"] == pytest.approx(-1.1)
    assert entries(data_copy, E21)["democracy"]["options"][0]["official_share"] == pytest.approx(71.09, abs=0.005)
    assert sotsis["threshold_calls"] == [] and sotsis["seats_projected"] is None
    assert sotsis["rank"] == 1 and sotsis["ranked_of"] == 1  # ranked among Almaty-city polls only


@pytest.mark.parametrize(
    ("file", "column", "value", "side"),
    [
        (f"results/{E23}.final.csv", "count", "-5", "an official share"),
        (f"figures/{E23}.csv", "share", "-53.46", "a printed share"),
    ],
)
def test_a_share_outside_0_to_100_leaves_the_poll_unscored_and_says_why(data_copy, file, column, value, side):
    """AMANAT's count, or every printing of IEI's AMANAT share, made negative: the schema check reports the figure;
    the reconciliation must neither score it nor stop the run."""

    def change(rows):
        for row in rows:
            if (
                row.get("area", "KZ") == "KZ"
                and row.get("poll", "iei") == "iei"
                and "amanat" in (row.get("line"), row.get("option"))
            ):
                row[column] = value
        return rows

    edit_rows(data_copy / file, change)
    iei = entries(data_copy, E23)["iei"]
    assert iei["status"] == "not-comparable" and iei["m3"] is None
    assert side in iei["reason"] and "0-100" in iei["reason"]
    assert validate(data_copy, [E23]).exit_code(Severity.ERROR) == 1  # the schema's error, not a crash
