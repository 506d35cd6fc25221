"""Acknowledgements silence exactly the finding they name: its check, its election, its subject (and that
subject's printings), nothing else; an outcome left with acknowledged findings only does not fail."""

from __future__ import annotations

import pandas as pd
import pytest

from kzcheck.acknowledgements import acknowledge, matches, settle
from kzcheck.model.findings import Finding, Outcome, Severity, Status

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


def test_an_acknowledgement_covers_the_findings_past_the_limit_of_its_outcome():
    """An outcome of 3 listed and 5 + 2 unlisted errors and 1 unlisted warning: acknowledged for its election and
    subject, its unlisted counts move under "<severity>/acknowledged" (error 5 + 2 from two keys = 7, warning 1);
    the same check for another subject keeps its counts."""
    covered = Outcome(
        "poll.sample-size",
        E22,
        "poll:ipp",
        [sample_size(E22, "poll:ipp")],
        omitted={"error": 5, "error/acknowledged": 2, "warning": 1},
    )
    other = Outcome("poll.sample-size", E22, "poll:other", [sample_size(E22, "poll:other")], omitted={"error": 4})
    settle([covered, other], table(("poll.sample-size", E22, "poll:ipp", "known")))
    assert covered.omitted == {"error/acknowledged": 7, "warning/acknowledged": 1}
    assert other.omitted == {"error": 4}
    assert covered.status is Status.PASSED and other.status is Status.FAILED
