"""Every command on every bundled election, alone: an answer and a documented exit code, never an internal error,
and an answer about that election only, with the numbers its data files hold (counted here from the files)."""

from __future__ import annotations

import tomllib

import pytest
from click.testing import CliRunner
from conftest import DATA, validate_json
from helpers import rows_of

from kzcheck.cli import main

ELECTIONS = sorted(p.stem for p in (DATA / "elections").glob("*.toml"))


def rows_in(path) -> int:
    return len(rows_of(path)) if path.exists() else 0


def expected_summary(election: str) -> dict:
    """What the data folder holds for one election, read from its files without kzcheck."""
    meta = tomllib.loads((DATA / "elections" / f"{election}.toml").read_text(encoding="utf-8"))
    results = {p.name.split(".")[1]: rows_in(p) for p in (DATA / "results").glob(f"{election}.*.csv")}
    polls_file = DATA / "polls" / f"{election}.csv"
    copies = sum(rows_in(p) for p in (DATA / "protocols").glob(f"{election}.*.csv"))
    if copies:
        results["copy"] = copies
    return {
        "id": election,
        "name": meta["name"],
        "date": meta["date"].isoformat(),
        # polls/ holds a row per poll and source that printed its facts: a poll is counted once
        "polls": len({r["poll"] for r in rows_of(polls_file)}) if polls_file.exists() else 0,
        "figures": rows_in(DATA / "figures" / f"{election}.csv"),
        "results": results,
    }


@pytest.mark.parametrize("command", ["validate", "compare", "reconcile"])
@pytest.mark.parametrize("election", ELECTIONS)
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_command_answers_for_each_election(command, election, fmt):
    result = CliRunner().invoke(main, [command, "--election", election, "--format", fmt])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 0, f"{command} {election}: {result.output[-2000:]}"
    assert election in result.output
    expected = expected_summary(election)
    if fmt == "text":
        assert expected["name"] in result.output
        return
    doc = validate_json(result.stdout)
    assert doc["command"] == command
    [summary] = doc["elections"]
    assert {k: summary[k] for k in expected} == expected
    assert {o["election"] for o in doc["outcomes"]} <= {election, None}
    assert {f["election"] for f in doc["findings"]} <= {election, None}
    polls = {r["poll"] for r in rows_of(DATA / "polls" / f"{election}.csv")} if expected["polls"] else set()
    for row in doc.get("comparison", []) + doc.get("reconciliation", []):
        assert row["election"] == election
        assert {row.get("poll"), row.get("poll_a"), row.get("poll_b")} - {None} <= polls
