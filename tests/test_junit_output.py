"""`validate --format junit`: XML a CI server ingests, one suite per election, one test case per check and subject."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from helpers import edit_rows, line_of

from kzcheck.model.findings import ElectionSummary, Finding, Outcome, RunResult, Severity, Status, verdict
from kzcheck.model.kinds import Kind
from kzcheck.render import junit

E23 = "kz-2023-mazhilis"


def render(result: RunResult) -> ET.Element:
    out = io.StringIO()
    junit.render(result, out)
    return ET.fromstring(out.getvalue())


def result_of(*outcomes: Outcome) -> RunResult:
    elections = [ElectionSummary(E23, "Mazhilis election, 19 March 2023", "parliamentary", "2023-03-19", polls=3)]
    specs = {o.check: Kind.check(o.check, o.check, "", Severity.ERROR, "kzcheck") for o in outcomes}
    return RunResult("data", elections, list(outcomes), specs)


@pytest.fixture(scope="module")
def negative_share(tmp_path_factory):
    """A data copy where TASS's IEI Baytaq figure is printed negative, and the JUnit report of validating it."""
    import shutil

    from conftest import DATA, run_cli

    data = tmp_path_factory.mktemp("junit") / "data"
    shutil.copytree(DATA, data)
    path = data / "figures" / f"{E23}.csv"

    def change(rows):
        for r in rows:
            if r["poll"] == "iei" and r["source"] == "tass-2023-03-19" and r["option"] == "baytaq":
                r["share"] = "-3.22"
        return rows

    edit_rows(path, change)
    run = run_cli("validate", "--data", str(data), "--format", "junit", "--today", "2026-01-01")
    return path, line_of(path, lambda r: r["share"] == "-3.22"), run


def test_negative_share_is_one_failure_naming_the_file_and_line(negative_share):
    path, line, run = negative_share
    assert run.returncode == 1, run.stderr
    root = ET.fromstring(run.stdout)
    failed = [c for c in root.iter("testcase") if c.find("failure") is not None]
    negative = [c for c in failed if c.get("classname") == "poll.share-negative"]
    assert len(negative) == 1
    case = negative[0]
    assert case.get("name") == "poll:iei@tass-2023-03-19"
    assert case.get("file") == str(path) and case.get("line") == str(line)
    failure = case.find("failure")
    assert failure is not None and "-3.22" in failure.get("message", "")
    assert f"{path}:{line}" in (failure.text or "")
    # the only other failure is the sum the negative figure breaks, in the same file
    assert {c.get("classname") for c in failed} <= {"poll.share-negative", "poll.sum"}
    assert all(c.get("file") == str(path) for c in failed)
    assert root.get("failures") == str(len(failed))


def test_a_suite_per_election_and_passes_listed(negative_share):
    _, _, run = negative_share
    root = ET.fromstring(run.stdout)
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert {E23, "kz-2021-mazhilis", "kz-2022-presidential", "kz-2024-referendum"} <= set(suites)
    s23 = suites[E23]
    cases = s23.findall("testcase")
    assert s23.get("tests") == str(len(cases)) and len(cases) > 20
    passed = [c for c in cases if len([x for x in c if x.tag in ("failure", "error", "skipped")]) == 0]
    assert any(c.get("classname") == "poll.share-negative" for c in passed)  # other polls' passes are listed
    props = {p.get("name"): p.get("value") for p in s23.iter("property")}
    assert props["voting_day"] == "2023-03-19"
    total = sum(int(s.get("tests", 0)) for s in suites.values())
    assert root.get("tests") == str(total)


def test_acknowledged_findings_do_not_fail_but_are_shown(negative_share):
    _, _, run = negative_share
    root = ET.fromstring(run.stdout)
    suite = next(s for s in root.findall("testsuite") if s.get("name") == "kz-2021-mazhilis")
    assert suite.get("failures") == "0"
    outs = [c.findtext("system-out") or "" for c in suite.iter("testcase")]
    assert any(o.startswith("acknowledged") and "reason:" in o for o in outs)


def test_statuses_map_to_failure_error_skipped_and_system_out():
    warn = Finding(
        "poll.margin",
        Severity.WARNING,
        "no margin of error",
        election=E23,
        subject="poll:x",
        file="data/polls/kz-2023-mazhilis.csv",
        row=3,
        column="margin_of_error",
    )
    root = render(
        result_of(
            Outcome("poll.margin", E23, "poll:x", [warn]),
            Outcome("gx.suite", None, None, [], Status.ERRORED, note="Great Expectations could not evaluate: boom"),
            Outcome("results.overdue", E23, "results:final", [], Status.NOT_EVALUATED, note="no deadline"),
        )
    )
    cases = {c.get("classname"): c for c in root.iter("testcase")}
    assert cases["poll.margin"].find("failure") is None
    assert "no margin of error" in (cases["poll.margin"].findtext("system-out") or "")
    assert cases["poll.margin"].get("line") == "3"
    error = cases["gx.suite"].find("error")
    assert error is not None and "boom" in error.get("message", "")
    skipped = cases["results.overdue"].find("skipped")
    assert skipped is not None and skipped.get("message") == "no deadline"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert suites["across-elections"].get("errors") == "1"
    assert suites[E23].get("skipped") == "1" and suites[E23].get("failures") == "0"
    assert root.get("errors") == "1" and root.get("skipped") == "1" and root.get("failures") == "0"


def test_hostile_cell_values_are_escaped_and_stay_valid_xml():
    evil = 'AMANAT" /><testcase name="forged"/><x a="]]>&amp;\x01\x1b'
    f = Finding(
        "poll.option-known",
        Severity.ERROR,
        f"unknown option {evil!r}",
        election=E23,
        subject=f"poll:{evil}",
        file="data/figures/kz-2023-mazhilis.csv",
        row=7,
        observed=evil,
    )
    root = render(result_of(Outcome("poll.option-known", E23, f"poll:{evil}", [f])))
    cases = list(root.iter("testcase"))
    assert len(cases) == 1  # nothing forged
    assert cases[0].get("name", "").startswith('poll:AMANAT" /><testcase')
    failure = cases[0].find("failure")
    assert failure is not None and "\\x01" in failure.get("message", "") and "\x01" not in failure.get("message", "")


def test_failures_equal_the_findings_at_or_above_fail_on():
    def f(severity, row, acknowledged=None):
        return Finding(
            "poll.x",
            severity,
            f"finding on row {row}",
            election=E23,
            subject="poll:x",
            file="data/figures/kz-2023-mazhilis.csv",
            row=row,
            acknowledged=acknowledged,
        )

    two_errors = Outcome("poll.x", E23, "poll:x", [f(Severity.ERROR, 2), f(Severity.ERROR, 3), f(Severity.INFO, 4)])
    warned = Outcome("poll.y", E23, "poll:y", [f(Severity.WARNING, 5)])
    known = Outcome("poll.z", E23, "poll:z", [f(Severity.ERROR, 6, acknowledged="a real source's defect")])
    result = result_of(two_errors, warned, known)
    for fail_on, expected in (("error", 2), ("warning", 3)):
        out = io.StringIO()
        junit.render(result, out, fail_on=fail_on)
        root = ET.fromstring(out.getvalue())
        failures = [c for c in root.iter("testcase") if c.find("failure") is not None]
        assert root.get("failures") == str(expected) == str(len(failures)), fail_on
        assert result.exit_code(Severity(fail_on)) == 1
    lines = sorted(c.get("line") for c in failures)
    assert lines == ["2", "3", "5"]  # one test case per failing finding, each on its own line
    assert root.get("tests") == str(len(list(root.iter("testcase"))))


def test_fail_on_warning_through_the_cli_counts_every_warning_as_a_failure(cli):
    from conftest import DATA

    from kzcheck.run import validate

    election = "kz-2022-presidential"
    expected = sum(
        1 for f in validate(DATA, [election]).findings if f.counts_against and f.severity is not Severity.INFO
    )
    run = cli("validate", "--election", election, "--format", "junit", "--fail-on", "warning")
    assert run.returncode == 1, "2022 polls without a stated margin of error are warnings"
    root = ET.fromstring(run.stdout)
    assert expected > 0 and root.get("failures") == str(expected)


def test_each_test_case_follows_the_runs_one_ranking():
    """JUnit ranks a test case as `verdict` ranks a run of that outcome alone: an error that counts fails it even when
    the check also reported it could not finish; an acknowledged error alone passes it."""
    err = Finding("reconcile.total", Severity.ERROR, "total off by 3", election=E23)
    ack = Finding("reconcile.sum", Severity.ERROR, "known misprint", election=E23, acknowledged="a known misprint")
    both = Outcome("reconcile.total", E23, "cec", [err], Status.ERRORED, note="stopped half-way")
    acked = Outcome("reconcile.sum", E23, "cec", [ack])
    expected = {Status.FAILED: "failure", Status.ERRORED: "error", Status.PASSED: None}
    for o in (both, acked):
        run_status = verdict(o.findings, [o])
        case = render(result_of(o)).find(".//testcase")
        assert case is not None
        tags = {child.tag for child in case} - {"system-out"}
        want = expected[run_status]
        assert tags == ({want} if want else set()), (o.check, run_status, tags)
    assert verdict(both.findings, [both]) is Status.FAILED
    assert verdict(acked.findings, [acked]) is Status.PASSED
