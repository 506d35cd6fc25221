"""One of each concept: a finding's label and location, and the one ranking of a run (verdict and exit code)."""

from __future__ import annotations

import pytest

from kzcheck.model.findings import Finding, Outcome, Severity, Status, exit_code, verdict


def f(severity: Severity, acknowledged: str | None = None, **where) -> Finding:  # noqa: ANN003
    return Finding("c", severity, "m", acknowledged=acknowledged, **where)


def test_label_names_the_severity_or_acknowledged() -> None:
    assert f(Severity.WARNING).label == "warning"
    assert f(Severity.ERROR, acknowledged="a known misprint").label == "acknowledged"


@pytest.mark.parametrize(
    ("where", "text"),
    [
        ({}, ""),
        ({"file": "data/results/x.csv"}, "data/results/x.csv"),
        ({"file": "data/results/x.csv", "row": 7}, "data/results/x.csv:7"),
        ({"file": "data/results/x.csv", "row": 7, "column": "count"}, "data/results/x.csv:7 [count]"),
    ],
)
def test_location_is_file_row_and_column(where: dict, text: str) -> None:
    assert f(Severity.INFO, **where).location == text


ERRORED = Outcome("x", None, None, [], Status.ERRORED)


@pytest.mark.parametrize(
    ("findings", "outcomes", "expected", "on_error", "on_warning"),
    [
        ([], [], Status.PASSED, 0, 0),
        ([f(Severity.INFO)], [], Status.PASSED, 0, 0),
        ([f(Severity.WARNING)], [], Status.WARNING, 0, 1),
        ([f(Severity.ERROR, acknowledged="known")], [], Status.PASSED, 0, 0),
        ([f(Severity.WARNING)], [ERRORED], Status.ERRORED, 1, 1),
        ([f(Severity.ERROR), f(Severity.WARNING)], [ERRORED], Status.FAILED, 1, 1),
    ],
)
def test_one_ranking_gives_the_verdict_and_the_exit_code(findings, outcomes, expected, on_error, on_warning) -> None:  # noqa: ANN001
    assert verdict(findings, outcomes) is expected
    assert exit_code(findings, outcomes, Severity.ERROR) == on_error
    assert exit_code(findings, outcomes, Severity.WARNING) == on_warning
