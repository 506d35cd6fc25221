"""The rules every command's verdict rests on: how findings make an outcome's status, what is counted, and which
run exits 1. Each expectation is stated by hand from docs/output.md and the README's exit-code table."""

from __future__ import annotations

import pytest

from kzcheck.model.findings import (
    LIMIT,
    Finding,
    Outcome,
    RunResult,
    Severity,
    Status,
    omitted_key,
    omitted_label,
    status_of,
)

E = "kz-2023-mazhilis"


def finding(severity: Severity, acknowledged: str | None = None, check: str = "poll.sum") -> Finding:
    return Finding(check, severity, f"a {severity.value}", election=E, subject="poll:iei", acknowledged=acknowledged)


ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


def result(*outcomes: Outcome) -> RunResult:
    return RunResult("data", [], list(outcomes), {})


def test_severities_rank_info_below_warning_below_error():
    assert [s.rank for s in (INFO, WARNING, ERROR)] == [0, 1, 2]


@pytest.mark.parametrize(
    ("findings", "status"),
    [
        ([], Status.PASSED),
        ([finding(INFO)], Status.PASSED),
        ([finding(INFO), finding(WARNING)], Status.WARNING),
        ([finding(WARNING), finding(ERROR), finding(INFO)], Status.FAILED),
        ([finding(ERROR, "known defect")], Status.PASSED),
        ([finding(ERROR, "known defect"), finding(WARNING)], Status.WARNING),
        ([finding(WARNING, "known"), finding(ERROR, "known")], Status.PASSED),
    ],
)
def test_the_worst_unacknowledged_finding_sets_the_status(findings, status):
    assert status_of(findings) is status
    assert Outcome("poll.sum", E, "poll:iei", findings).status is status


def test_a_status_given_is_kept():
    o = Outcome("poll.margin", E, "poll:iei", [], Status.NOT_EVALUATED, note="no sample size")
    assert (o.status, o.note) == (Status.NOT_EVALUATED, "no sample size")


def test_acknowledged_findings_are_shown_but_never_count_against():
    assert finding(ERROR).counts_against
    assert not finding(ERROR, "never published").counts_against


@pytest.mark.parametrize(
    ("severities", "fail_on", "code"),
    [
        ([], ERROR, 0),
        ([INFO, WARNING], ERROR, 0),
        ([INFO, WARNING], WARNING, 1),
        ([INFO], WARNING, 0),
        ([INFO], INFO, 1),
        ([ERROR], ERROR, 1),
        ([ERROR], WARNING, 1),
    ],
)
def test_exit_1_only_for_a_finding_at_or_above_fail_on(severities, fail_on, code):
    assert result(Outcome("poll.sum", E, None, [finding(s) for s in severities])).exit_code(fail_on) == code


def test_an_acknowledged_error_never_fails_the_run():
    outcome = Outcome("poll.sample-size", E, "poll:osii", [finding(ERROR, "never published")])
    assert result(outcome).exit_code(ERROR) == 0
    assert result(outcome).exit_code(INFO) == 0


def test_a_check_that_could_not_run_fails_the_run_and_one_not_evaluated_does_not():
    errored = Outcome("poll.sum", E, None, [], Status.ERRORED, note="kzcheck could not run this check")
    skipped = Outcome("poll.margin", E, None, [], Status.NOT_EVALUATED)
    assert result(errored).exit_code(ERROR) == 1
    assert result(skipped).exit_code(ERROR) == 0
    assert result(skipped, errored).exit_code(ERROR) == 1


def test_counts_put_each_finding_under_one_heading():
    # 2 errors (one acknowledged), 3 warnings (one acknowledged), 1 info: 1 error, 2 warnings, 1 info, 2 acknowledged
    run = result(
        Outcome("poll.sum", E, "a", [finding(ERROR), finding(ERROR, "known")]),
        Outcome("poll.margin", E, "b", [finding(WARNING), finding(WARNING), finding(WARNING, "known")]),
        Outcome("outlets.agree", E, "c", [finding(INFO)]),
    )
    assert run.counts() == {"error": 1, "warning": 2, "info": 1, "acknowledged": 2}
    assert [f.severity for f in run.findings] == [ERROR, ERROR, WARNING, WARNING, WARNING, INFO]


def test_status_counts_name_every_status_and_count_outcomes_not_findings():
    run = result(
        Outcome("poll.sum", E, "a", [finding(ERROR), finding(ERROR)]),
        Outcome("poll.sum", E, "b", [finding(ERROR, "known")]),
        Outcome("poll.sum", E, "c", []),
        Outcome("poll.margin", E, "a", [], Status.NOT_EVALUATED),
    )
    assert run.status_counts() == {"passed": 2, "warning": 0, "failed": 1, "not evaluated": 1, "errored": 0}


def test_a_finding_as_a_record():
    f = Finding("poll.sum", ERROR, "sums to 100.09", election=E, subject="poll:iei", row=3, acknowledged="known")
    d = f.to_dict()
    assert d["severity"] == "error" and type(d["severity"]) is str
    assert (d["check"], d["election"], d["subject"], d["row"], d["acknowledged"]) == (
        "poll.sum",
        E,
        "poll:iei",
        3,
        "known",
    )
    assert d["file"] is None and d["column"] is None


# --- findings past the findings limit: counted, not listed ----------------------------------------------------------


def test_an_omitted_finding_is_counted_by_severity_and_acknowledged_apart():
    assert omitted_key(finding(ERROR)) == "error"
    assert omitted_key(finding(WARNING, "known")) == "warning/acknowledged"
    assert (omitted_label("warning"), omitted_label("error/acknowledged")) == ("warning", "acknowledged")


def test_counts_include_the_omitted_findings_but_not_the_note_that_stands_for_them():
    # listed: 1 error and the limit note (an info, not counted); omitted: 4 errors, 2 acknowledged warnings and
    # 1 acknowledged error -> error 1 + 4 = 5, acknowledged 2 + 1 = 3, info 0; 7 omitted in all
    note = Finding(LIMIT, INFO, "4 more findings not listed", election=E)
    run = result(
        Outcome("poll.sum", E, "a", [finding(ERROR), note], omitted={"error": 4, "warning/acknowledged": 2}),
        Outcome("poll.margin", E, "b", [], omitted={"error/acknowledged": 1}),
    )
    assert run.counts() == {"error": 5, "warning": 0, "info": 0, "acknowledged": 3}
    assert run.omitted() == 7
    assert result(Outcome("poll.sum", E, "a", [finding(INFO)])).omitted() == 0


def test_a_copy_of_an_outcome_is_equal_and_shares_nothing_that_can_change() -> None:
    """Kept outcomes are handed out as copies (kzcheck/reuse.py): a copy equals its original, and what a later step
    may change on it (a finding's template values, its fingerprint, an outcome's list and counts) is its own."""
    import copy

    from kzcheck.model.findings import Finding, Outcome, Severity

    found = Finding("poll.sum", Severity.ERROR, "sums to 101", fields={"total": "101", "band": [0.5]}, observed=[101])
    outcome = Outcome("poll.sum", "e", "poll:x", [found, found], omitted={"error": 2})
    twin = copy.deepcopy(outcome)
    assert twin == outcome and twin.status == outcome.status
    assert twin.findings[0] is twin.findings[1]  # one finding listed twice stays one finding
    twin.findings[0].fields["band"].append(1.0)
    twin.findings[0].fingerprint = "abc"
    twin.findings.append(found)
    twin.omitted["error"] = 3
    assert found.fields == {"total": "101", "band": [0.5]} and found.fingerprint is None
    assert len(outcome.findings) == 2 and outcome.omitted == {"error": 2}
