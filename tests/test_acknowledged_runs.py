"""Acknowledgements in whole runs: one election's acknowledgement leaves another's defect failing, a prefix of a
poll id acknowledges nothing, and JSON counts an outcome left with acknowledged findings only as passed."""

from __future__ import annotations

import json

from click.testing import CliRunner
from helpers import edit_rows

from kzcheck.cli import main
from kzcheck.model.findings import Severity
from kzcheck.run import validate

E22, E24 = "kz-2022-presidential", "kz-2024-referendum"


def test_acknowledged_in_one_election_still_fails_in_another(data_copy):
    """The 2022 IPP poll's missing sample size is acknowledged; the same pollster's 2024 poll did publish 44,160.
    Blank it: that is a new defect in another election, and the run fails on it."""
    assert validate(data_copy, [E22, E24]).exit_code(Severity.ERROR) == 0

    def blank(rows):
        for r in rows:
            if r["poll"] == "ipp-amanat":
                r["sample_size"] = ""
        return rows

    edit_rows(data_copy / "polls" / f"{E24}.csv", blank)
    result = validate(data_copy, [E22, E24])
    found = {
        f.election: f.acknowledged
        for f in result.findings
        if f.check == "poll.sample-size" and f.subject == "poll:ipp-amanat"
    }
    assert set(found) == {E22, E24}
    assert found[E22] and found[E24] is None
    assert result.exit_code(Severity.ERROR) == 1


def test_acknowledging_a_prefix_of_the_poll_id_fails_the_run(data_copy):
    """Renaming the 2022 acknowledgement's subject to poll:ipp leaves poll:ipp-amanat's error unacknowledged."""

    def shorten(rows):
        for r in rows:
            if r["election"] == E22 and r["subject"] == "poll:ipp-amanat":
                r["subject"] = "poll:ipp"
        return rows

    edit_rows(data_copy / "acknowledged.csv", shorten)
    result = validate(data_copy, [E22])
    [f] = [f for f in result.findings if f.check == "poll.sample-size" and f.subject == "poll:ipp-amanat"]
    assert f.acknowledged is None and f.counts_against
    assert result.exit_code(Severity.ERROR) == 1


def test_json_counts_an_outcome_with_only_acknowledged_findings_as_passed(data_copy):
    """2022: two polls never published a sample size (OSII, IPP), both acknowledged. Their poll.sample-size
    outcomes each hold one finding and pass; nothing else in 2022 is an error, so no outcome failed. Without the
    acknowledgements the same two outcomes, and only they, fail."""

    def document() -> dict:
        args = ["validate", "--data", str(data_copy), "--election", E22, "--format", "json", "--today", "2026-01-01"]
        return json.loads(CliRunner().invoke(main, args).stdout)

    def sample_size_outcomes(doc: dict) -> dict[str, tuple[str, int]]:
        return {
            o["subject"]: (o["status"], o["findings"])
            for o in doc["outcomes"]
            if o["check"] == "poll.sample-size" and o["subject"] in ("poll:osii", "poll:ipp-amanat")
        }

    doc = document()
    assert sample_size_outcomes(doc) == {"poll:osii": ("passed", 1), "poll:ipp-amanat": ("passed", 1)}
    assert doc["outcomes_by_status"]["failed"] == 0
    assert doc["counts"]["acknowledged"] == 2 and doc["counts"]["error"] == 0

    edit_rows(data_copy / "acknowledged.csv", lambda rows: [r for r in rows if r["election"] != E22])
    doc = document()
    assert sample_size_outcomes(doc) == {"poll:osii": ("failed", 1), "poll:ipp-amanat": ("failed", 1)}
    assert doc["outcomes_by_status"]["failed"] == 2
    assert doc["counts"]["acknowledged"] == 0 and doc["counts"]["error"] == 2
