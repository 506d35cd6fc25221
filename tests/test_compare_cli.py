"""`kzcheck compare` and `kzcheck reconcile` end to end, as a user runs them, on copies of the bundled data."""

from __future__ import annotations

import json

from helpers import edit_rows, line_of

E21, E23 = "kz-2021-mazhilis", "kz-2023-mazhilis"


def test_compare_flags_the_jsdp_threshold_and_iei_baytaq(cli, data_copy):
    run = cli("compare", "--data", str(data_copy), "--election", E23)
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    # no test supports the JSDP disagreement at 5% (issue 13): shown as information with each poll's z
    assert "pollsters disagree on Nationwide Social Democratic Party" not in out and "SOTSIS-A 4.91 < 5" in out
    assert "no test supports a disagreement" in out
    assert "design effects: iei 3.12 (margin); democracy 1.51 (margin); sotsis-a 39.3 (margin)" in out
    assert "Baytaq is printed as 3.22 by TASS" in out and "3.25 by QazMonitor" in out
    assert "not comparable" in out and "pre-election" in out
    assert "Traceback" not in run.stderr


def test_compare_json_tables_and_deff(cli, data_copy):
    run = cli("compare", "--data", str(data_copy), "--election", E23, "--format", "json", "--deff", "3")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["exit_poll_deff"] == 3
    aq_jol = next(
        r for r in doc["comparison"] if (r["poll_a"], r["poll_b"], r["option"]) == ("iei", "democracy", "aq-jol")
    )
    assert aq_jol["testable"] and not aq_jol["significant"] and round(aq_jol["se"], 3) == 0.524
    assert {"difference", "se", "z", "p_value", "significant", "testable", "reason"} <= set(aq_jol)
    (baytaq,) = [d for d in doc["outlet_disagreements"] if d["option"] == "baytaq"]  # §9 adds Aq Jol and QHP
    assert {p["share"] for p in baytaq["printings"]} == {"3.22", "3.25"}
    jsdp = next(c for c in doc["pollster_calls"][0]["threshold"] if c["option"] == "jsdp")
    assert jsdp["clears"] == {"iei": True, "democracy": True, "sotsis-a": False}


def test_compare_rejects_a_design_effect_of_zero(cli, data_copy):
    run = cli("compare", "--data", str(data_copy), "--deff", "0")
    assert run.returncode == 2 and "Traceback" not in run.stderr


def test_reconcile_scores_polls_and_recomputes_seats(cli, data_copy):
    run = cli("reconcile", "--data", str(data_copy), "--election", E21, "--election", E23)
    assert run.returncode == 0, run.stdout + run.stderr
    out = run.stdout
    assert "(hare, 5% threshold, 69 seats): 40/8/6/6/5/4, equal to the official seats" in out
    assert "(hare, 7% threshold, 98 seats): 76/12/10, equal to the official seats" in out
    assert "threshold called wrong: SOTSIS-A put Nationwide Social Democratic Party at 4.91" in out
    lines = {
        ln.split()[1]: ln.split()[2] for ln in out.splitlines() if ln.strip()[:1].isdigit() and len(ln.split()) > 3
    }
    assert (lines["iei"], lines["democracy"], lines["sotsis-a"]) == ("0.48", "0.29", "0.33")


def test_reconcile_json_reconciliation_table(cli, data_copy):
    run = cli("reconcile", "--data", str(data_copy), "--election", E23, "--format", "json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    table = {e["poll"]: e for e in doc["reconciliation"]}
    assert {p: round(e["m3"], 2) for p, e in table.items() if e["m3"]} == {
        "iei": 0.48,
        "democracy": 0.29,
        "sotsis-a": 0.33,
    }
    keys = {
        "election",
        "poll",
        "pollster",
        "scope",
        "status",
        "against",
        "reason",
        "options",
        "m3",
        "max_error",
        "m5",
        "b",
        "b_se",
        "b_w",
        "b_w_se",
        "threshold_calls",
        "seats_projected",
        "seats_official",
        "rank",
    }
    assert keys <= set(table["iei"])
    option_keys = {
        "option",
        "name",
        "poll_share",
        "poll_source",
        "official_share",
        "error",
        "inside_stated_margin",
        "interval_low",
        "interval_high",
        "inside_interval",
    }
    assert option_keys <= set(table["iei"]["options"][0])
    assert {"option", "poll_clears", "official_clears", "right"} <= set(table["iei"]["threshold_calls"][0])
    (final,) = [a for a in doc["allocation"] if a["status"] == "final"]
    assert final["match"] and final["recomputed"] == final["printed"]


def test_reconcile_awaits_the_cec_and_exits_0(cli, data_copy):
    for status in ("final", "preliminary"):
        (data_copy / "results" / f"{E23}.{status}.csv").unlink()
    run = cli("reconcile", "--data", str(data_copy), "--election", E23)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "awaiting the CEC" in run.stdout
    assert "Institute of Eurasian Integration, Institute of Democracy, SOTSIS-A" in run.stdout


def test_changed_cec_vote_fails_validate_on_percentage_and_total(cli, data_copy):
    path = data_copy / "results" / f"{E23}.final.csv"

    def change(rows):
        for r in rows:
            if r["line"] == "qhp":
                r["count"] = "442920"
        return rows

    edit_rows(path, change)
    qhp = line_of(path, lambda r: r["line"] == "qhp")
    total = line_of(path, lambda r: r["line"] == "votes_total")
    run = cli("validate", "--data", str(data_copy), "--election", E23)
    assert run.returncode == 1, run.stdout + run.stderr
    out = run.stdout
    assert "official.percent" in out and f"{E23}.final.csv:{qhp}" in out
    assert "official.total" in out and f"{E23}.final.csv:{total}" in out
    reconciled = cli("reconcile", "--data", str(data_copy), "--election", E23)
    assert reconciled.returncode == 1 and "official.percent" in reconciled.stdout
