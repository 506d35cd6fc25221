"""A new election is new data files, not new code: write one into a data folder and validate it."""

from __future__ import annotations

from pathlib import Path

from helpers import edit_rows

from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Severity, Status
from kzcheck.run import validate

ELECTION = """
id = "kz-2026-kurultai"
name = "Kurultai election (test data)"
kind = "parliamentary"
date = 2026-08-23
final_results_due_days = 10
percent_base = "options"

[[options]]
id = "alpha"
name = { en = "Alpha Party", kk = "Альфа", ru = "Альфа" }
aliases = ["Alpha", "«Альфа»"]

[[options]]
id = "beta"
name = { en = "Beta Party" }

[[options]]
id = "against-all"
name = { en = "against all", ru = "Против всех" }
seat_eligible = false

[[tiers]]
id = "list"
seats = 145
method = "dhondt"
threshold = 5.0
"""


def write_election(data: Path) -> None:
    (data / "elections" / "kz-2026-kurultai.toml").write_text(ELECTION, encoding="utf-8")
    (data / "polls" / "kz-2026-kurultai.csv").write_text(
        "poll,pollster,method,kind,scope,sample_size,margin_of_error,source\n"
        "p1,Pollster One,exit poll,exit,national,20000,1.5,test-outlet\n",
        encoding="utf-8",
    )
    (data / "figures" / "kz-2026-kurultai.csv").write_text(
        "poll,source,option,share\np1,test-outlet,Alpha,60.5\np1,test-outlet,beta,35.25\n"
        "p1,test-outlet,Против всех,4.25\n",
        encoding="utf-8",
    )
    with (data / "sources.csv").open("a", encoding="utf-8") as fh:
        fh.write("test-outlet,Test Outlet,https://example.org/poll,2026-08-23,en,\n")


def test_new_election_from_files_only(data_copy):
    write_election(data_copy)
    result = validate(data_copy, ["kz-2026-kurultai"], RunConfig(today="2026-08-23"))  # voting day: nothing due yet
    assert [e.id for e in result.elections] == ["kz-2026-kurultai"]
    assert result.exit_code(Severity.ERROR) == 0, [f.message for f in result.findings]
    sums = [o for o in result.outcomes if o.check == "poll.sum"]
    assert [(o.subject, o.status) for o in sums] == [("poll:p1@test-outlet", Status.PASSED)]
    assert result.data.figures["option"].tolist() == ["alpha", "beta", "against-all"], "aliases resolved"


def test_new_election_checks_apply_to_it(data_copy):
    write_election(data_copy)
    edit_rows(data_copy / "figures" / "kz-2026-kurultai.csv", lambda rows: [r for r in rows if r["option"] != "beta"])
    result = validate(data_copy, ["kz-2026-kurultai"])
    messages = {f.check: f.message for f in result.findings}
    assert messages["poll.options-complete"] == "missing option: beta"
    assert "poll.sum" in messages


def test_margin_smaller_than_sampling_allows_is_flagged(data_copy):
    """n = 12,000 allows at best ±0.89 at 95%; a stated ±0.5 claims more than any random sample gives."""

    def change(rows):
        for r in rows:
            if r["poll"] == "democracy":
                r["margin_of_error"] = "0.5"
        return rows

    path = data_copy / "polls" / "kz-2023-mazhilis.csv"
    result = validate(data_copy, ["kz-2023-mazhilis"])
    assert not [f for f in result.findings if f.check == "poll.margin-consistent"]
    edit_rows(path, change)
    found = [f for f in validate(data_copy, ["kz-2023-mazhilis"]).findings if f.check == "poll.margin-consistent"]
    assert [(f.subject, f.expected) for f in found] == [("poll:democracy", ">= 0.89")]


def test_poll_without_sample_size_is_not_evaluated_for_margin(data_copy):
    result = validate(data_copy, ["kz-2022-presidential"])
    statuses = {o.subject: o.status for o in result.outcomes if o.check == "poll.margin-consistent"}
    assert statuses["poll:osii"] is Status.NOT_EVALUATED
