"""Acknowledgements silence exactly the finding they name: its check, its election, its subject (and that
subject's printings), nothing else; an outcome left with acknowledged findings only does not fail."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner
from helpers import edit_rows

from kzcheck.acknowledgements import acknowledge, matches, settle
from kzcheck.cli import main
from kzcheck.model.findings import Finding, Outcome, Severity, Status
from kzcheck.run import validate

E22, E24 = "kz-2022-presidential", "kz-2024-referendum"


def table(*rows: tuple[str, str, str, str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["check", "election", "subject", "reason"])


def sample_size(election: str, subject: str) -> Finding:
    return Finding("poll.sample-size", Severity.ERROR, "no sample size", election=election, subject=subject)


@pytest.mark.parametrize(
    ("subject", "covered"),
    [
        ("poll:ipp", True),
        ("poll:ipp@kazinform-2022-ipp", True),  # one printing of the poll
        ("poll:ipp/sotsis-a", True),
        ("poll:ipp-amanat", False),  # another poll whose id starts with the same letters
        ("poll:ipp-amanat@kazinform-2022-ipp", False),
        ("poll:ip", False),
        ("poll:ippx", False),
        (None, False),
    ],
)
def test_a_subject_covers_itself_and_its_printings_not_a_longer_id(subject, covered):
    assert matches(subject, "poll:ipp") is covered


def test_an_acknowledgement_names_one_election():
    found = [sample_size(E22, "poll:ipp-amanat"), sample_size(E24, "poll:ipp-amanat")]
    acknowledge(found, table(("poll.sample-size", E22, "poll:ipp-amanat", "never published")))
    assert [f.acknowledged for f in found] == ["never published", None]


def test_an_acknowledgement_names_one_check():
    margin = Finding("poll.margin", Severity.WARNING, "no margin", election=E22, subject="poll:osii")
    found = [sample_size(E22, "poll:osii"), margin]
    acknowledge(found, table(("poll.sample-size", E22, "poll:osii", "conflicting reports")))
    assert [f.acknowledged for f in found] == ["conflicting reports", None]


def test_a_shorter_subject_does_not_silence_a_longer_one():
    found = [sample_size(E22, "poll:ipp-amanat"), sample_size(E22, "poll:ipp")]
    acknowledge(found, table(("poll.sample-size", E22, "poll:ipp", "reason")))
    assert [f.acknowledged for f in found] == [None, "reason"]


def test_the_first_matching_row_gives_the_reason():
    found = [sample_size(E22, "poll:osii@astanatimes-2022-11-21")]
    acknowledge(
        found,
        table(
            ("poll.margin", E22, "poll:osii", "wrong check"),
            ("poll.sample-size", E22, "poll:osii", "first"),
            ("poll.sample-size", E22, "poll:osii@astanatimes-2022-11-21", "second"),
        ),
    )
    assert found[0].acknowledged == "first"


def test_settling_passes_an_outcome_whose_findings_are_all_acknowledged():
    ack = table(("poll.sample-size", E22, "poll:osii", "conflicting reports"))
    only_known = Outcome("poll.sample-size", E22, "poll:osii", [sample_size(E22, "poll:osii")])
    margin = Finding("poll.margin", Severity.WARNING, "no margin", election=E22, subject="poll:osii")
    known_and_new = Outcome("poll.sample-size", E22, "poll:osii", [sample_size(E22, "poll:osii"), margin])
    unknown = Outcome("poll.sample-size", E24, "poll:osii", [sample_size(E24, "poll:osii")])
    skipped = Outcome("poll.sample-size", E22, "poll:osii", [], Status.NOT_EVALUATED, note="no polls")
    broken = Outcome("poll.sample-size", E22, "poll:osii", [], Status.ERRORED, note="a bug")
    assert only_known.status is Status.FAILED
    settle([only_known, known_and_new, unknown, skipped, broken], ack)
    assert [o.status for o in (only_known, known_and_new, unknown, skipped, broken)] == [
        Status.PASSED,
        Status.WARNING,
        Status.FAILED,
        Status.NOT_EVALUATED,
        Status.ERRORED,
    ]


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
