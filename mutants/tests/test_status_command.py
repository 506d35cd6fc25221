"""`kzcheck status` and the deadline rules behind it and behind validate's `results.overdue`."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from conftest import ROOT

from kzcheck.analysis.deadlines import State, deadlines, key_line, parse_day, today_in_kazakhstan
from kzcheck.load.dataset import discover

E23 = "kz-2023-mazhilis"


@pytest.fixture
def without_final(data_copy):
    """The bundled data as it stood between voting day and the CEC's final result for 2023."""
    (data_copy / "results" / f"{E23}.final.csv").unlink()
    return data_copy


def test_before_the_deadline_final_results_are_due(cli, without_final):
    run = cli("status", "--data", str(without_final), "--today", "2023-03-25")
    assert run.returncode == 0, run.stdout + run.stderr
    block = run.stdout.split(f"\n{E23} — ")[1].split("\n\n")[0]
    assert "final        not published, due by 2023-03-29 (in 4 days)" in block
    assert "preliminary  published" in block
    assert "polls        published" in block


def test_after_the_deadline_final_results_are_overdue_and_exit_1(cli, without_final):
    run = cli("status", "--data", str(without_final), "--today", "2023-04-15")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "OVERDUE: not published, was due by 2023-03-29 (17 days late)" in run.stdout
    assert "1 publication(s) overdue" in run.stdout


def test_json_output(cli, without_final):
    run = cli("status", "--data", str(without_final), "--today", "2023-04-15", "--format", "json", "--election", E23)
    assert run.returncode == 1
    doc = json.loads(run.stdout)
    assert doc["schema"] == "kzcheck/status/v1" and doc["today"] == "2023-04-15" and doc["overdue"] == 1
    [e] = doc["elections"]
    pubs = {p["kind"]: p for p in e["publications"]}
    assert pubs["final"] == {"kind": "final", "state": "overdue", "file": None, "due": "2023-03-29", "days_left": -17}
    assert pubs["preliminary"]["state"] == "published" and pubs["preliminary"]["file"].endswith(
        f"results/{E23}.preliminary.csv"
    )


def test_bundled_data_nothing_overdue(cli):
    run = cli("status", "--today", "2026-01-01")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "no deadline declared" in run.stdout  # maslikhat files declare none


def test_bad_today_is_a_usage_error(cli):
    run = cli("status", "--today", "2023-02-30")
    assert run.returncode == 2
    assert "not a valid date" in run.stderr and "Traceback" not in run.stderr


def test_status_imports_no_pandas_pandera_or_gx(tmp_path):
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kzcheck.cli", "status", "--today", "2026-01-01"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    modules = {ln.rsplit("|", 1)[-1].strip().split(".")[0] for ln in run.stderr.splitlines() if "|" in ln}
    assert "kzcheck" in modules  # the import log was read
    assert not modules & {"pandas", "pandera", "great_expectations", "numpy", "rich"}


def test_validate_reports_overdue_as_error_and_awaited_as_info(cli, without_final):
    before = cli(
        "validate", "--data", str(without_final), "--election", E23, "--today", "2023-03-25", "--format", "json"
    )
    after = cli(
        "validate", "--data", str(without_final), "--election", E23, "--today", "2023-04-15", "--format", "json"
    )
    assert before.returncode == 0, before.stderr
    assert after.returncode == 1, after.stderr
    [info] = [f for f in json.loads(before.stdout)["findings"] if f["check"] == "results.overdue"]
    [error] = [f for f in json.loads(after.stdout)["findings"] if f["check"] == "results.overdue"]
    assert info["severity"] == "info" and info["message"] == "awaiting final results, due by 2023-03-29"
    assert error["severity"] == "error" and "overdue" in error["message"] and "2023-03-29" in error["message"]
    assert error["file"].endswith(f"elections/{E23}.toml") and error["column"] == "final_results_due_days"
    text = (without_final / "elections" / f"{E23}.toml").read_text(encoding="utf-8").splitlines()
    assert text[error["row"] - 1].startswith("final_results_due_days = 10")


# The rules themselves, on the files of a data copy.


def due_state(data, today: str, election: str = E23):
    ds = discover(data, [election])
    return deadlines(ds.elections[election], data, parse_day(today))


@pytest.mark.parametrize(("today", "state"), [("2023-03-29", State.DUE), ("2023-03-30", State.OVERDUE)])
def test_the_deadline_day_itself_is_still_on_time(without_final, today, state):
    final = due_state(without_final, today).get("final")
    assert final is not None and final.state is state and final.due == dt.date(2023, 3, 29)


def test_preliminary_late_only_while_nothing_is_published(without_final):
    (without_final / "results" / f"{E23}.preliminary.csv").unlink()
    assert due_state(without_final, "2023-03-20").get("preliminary").state is State.DUE
    late = due_state(without_final, "2023-03-21")
    assert late.get("preliminary").state is State.OVERDUE and late.get("final").state is State.DUE
    assert [p.kind for p in late.overdue] == ["preliminary"]


def test_final_results_supersede_missing_preliminary(data_copy):
    d = due_state(data_copy, "2023-06-01", "kz-2021-mazhilis")
    assert d.get("preliminary").state is State.SUPERSEDED and d.overdue == []


def test_no_declared_deadline_is_never_overdue(data_copy):
    d = due_state(data_copy, "2030-01-01", "kz-2023-maslikhat-east-kazakhstan-d3")
    assert d.get("final").state is State.NO_DEADLINE and d.overdue == []


def test_today_is_counted_in_kazakhstan():
    assert today_in_kazakhstan(dt.datetime(2023, 3, 29, 19, 30, tzinfo=dt.UTC)) == dt.date(2023, 3, 30)
    assert today_in_kazakhstan(dt.datetime(2023, 3, 29, 18, 59, tzinfo=dt.UTC)) == dt.date(2023, 3, 29)


def test_key_line_finds_top_level_keys_only(tmp_path):
    path = tmp_path / "e.toml"
    path.write_text(
        'id = "x"\n# final_results_due_days = 3\nfinal_results_due_days = 10\n[[tiers]]\nseats = 1\n', encoding="utf-8"
    )
    assert key_line(path, "final_results_due_days") == 3
    assert key_line(path, "seats") is None
