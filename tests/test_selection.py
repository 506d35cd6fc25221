"""`--select`, `--ignore` and `--severity`: ruff's conventions for choosing checks, applied to a run's result."""

from __future__ import annotations

from kzcheck.model.findings import ElectionSummary, Finding, Outcome, RunResult, Severity
from kzcheck.model.kinds import Kind
from kzcheck.model.selection import chosen, narrow, unknown_codes

IDS = ["poll.sum", "poll.sum-x", "poll.margin", "pollsters.sampling", "input"]


def test_a_code_selects_an_id_or_its_dotted_children_never_a_longer_word():
    assert [i for i in IDS if chosen(i, ["poll"])] == ["poll.sum", "poll.sum-x", "poll.margin"]
    assert [i for i in IDS if chosen(i, ["poll.sum"])] == ["poll.sum"]
    assert [i for i in IDS if chosen(i, ["poll."])] == ["poll.sum", "poll.sum-x", "poll.margin"]
    assert [i for i in IDS if chosen(i, ["ALL"])] == IDS
    assert [i for i in IDS if chosen(i)] == IDS  # no --select: everything


def test_the_more_specific_code_wins():
    assert [i for i in IDS if chosen(i, ["poll"], ["poll.margin"])] == ["poll.sum", "poll.sum-x"]
    assert [i for i in IDS if chosen(i, ["poll.sum"], ["poll"])] == ["poll.sum"]
    assert [i for i in IDS if chosen(i, [], ["poll", "input"])] == ["pollsters.sampling"]


def test_codes_that_name_no_check_are_reported():
    assert unknown_codes(["poll.sun", "poll", "ALL"], IDS) == ["poll.sun"]


def test_narrow_keeps_chosen_outcomes_and_findings_at_or_above_the_severity():
    def finding(check, severity):
        return Finding(check, severity, "m", election="e")

    outcomes = [
        Outcome("poll.sum", "e", "p", [finding("poll.sum", Severity.ERROR)]),
        Outcome("poll.margin", "e", "p", [finding("poll.margin", Severity.WARNING)]),
        Outcome("input", "e", "f", [finding("input", Severity.INFO)]),
    ]
    specs = {o.check: Kind.check(o.check, o.check, "", Severity.ERROR, "kzcheck") for o in outcomes}
    result = RunResult("data", [ElectionSummary("e", "E", "k", "2023-01-01")], outcomes, specs)
    only = narrow(result, select=("poll",))
    assert [o.check for o in only.outcomes] == ["poll.sum", "poll.margin"] and list(only.specs) == [
        "poll.sum",
        "poll.margin",
    ]
    errors = narrow(result, severity=Severity.WARNING)
    assert [f.check for f in errors.findings] == ["poll.sum", "poll.margin"]
    assert [o.status for o in errors.outcomes] == [o.status for o in outcomes]  # statuses are not rewritten
    assert narrow(result, severity=Severity.ERROR).exit_code(Severity.WARNING) == 1
    assert narrow(result, ignore=("poll.sum",)).exit_code(Severity.ERROR) == 0
    assert len(result.findings) == 3  # the original is untouched
