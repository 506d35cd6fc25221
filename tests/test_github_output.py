"""`validate --format github`: annotations on file and line, within GitHub's limits, unforgeable, and a job summary."""

from __future__ import annotations

import io
import re
import shutil

from conftest import DATA, run_cli
from helpers import edit_rows, line_of

from kzcheck.model.findings import ElectionSummary, Finding, Outcome, RunResult, Severity
from kzcheck.model.kinds import Kind
from kzcheck.render import github

E23 = "kz-2023-mazhilis"
COMMAND = re.compile(r"^::(error|warning|notice)( [^:]*)?::")


def result_of(findings: list[Finding]) -> RunResult:
    elections = [ElectionSummary(E23, "Mazhilis election, 19 March 2023", "parliamentary", "2023-03-19")]
    outcomes = [Outcome(f.check, f.election, f.subject, [f]) for f in findings]
    specs = {f.check: Kind.check(f.check, f"Title of {f.check}", "", f.severity, "kzcheck") for f in findings}
    return RunResult("data", elections, outcomes, specs)


def render(result: RunResult, env: dict[str, str] | None = None) -> list[str]:
    out = io.StringIO()
    github.render(result, out, env=env or {})
    return out.getvalue().splitlines()


def figure(check: str, row: int, severity: Severity = Severity.ERROR, message: str = "bad share") -> Finding:
    return Finding(
        check,
        severity,
        message,
        election=E23,
        subject=f"poll:p{row}",
        file="data/figures/kz-2023-mazhilis.csv",
        row=row,
        column="share",
    )


def test_negative_share_prints_an_error_annotation_on_its_line(tmp_path):
    assert not set(str(tmp_path)) & set("%,:\r\n"), "the folder below carries the only characters to escape"
    data = tmp_path / "data,2023:v1"
    shutil.copytree(DATA, data)
    path = data / "figures" / f"{E23}.csv"

    def change(rows):
        for r in rows:
            if r["poll"] == "sotsis-a" and r["option"] == "jsdp":
                r["share"] = "-4.91"
        return rows

    edit_rows(path, change)
    line = line_of(path, lambda r: r["share"] == "-4.91")
    summary = tmp_path / "summary.md"
    run = run_cli(
        "validate",
        "--data",
        str(data),
        "--format",
        "github",
        "--today",
        "2026-01-01",
        env={"GITHUB_STEP_SUMMARY": str(summary)},
    )
    assert run.returncode == 1, run.stderr
    # GitHub's escaping of a property, by hand: "," is %2C and ":" is %3A.
    expected = f"::error file={tmp_path}/data%2C2023%3Av1/figures/{E23}.csv,line={line},title=poll.share-negative"
    hits = [ln for ln in run.stdout.splitlines() if ln.startswith(expected)]
    assert len(hits) == 1, run.stdout
    assert "-4.91 is negative" in hits[0]
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## kzcheck validate") and "| error | poll.share-negative |" in text


def test_every_log_line_is_either_a_command_of_ours_or_plain():
    evil = "x\n::error file=forged.csv,line=1::forged\r\n::add-mask::y%0A"
    f = Finding(
        "poll.option-known",
        Severity.ERROR,
        f"unknown option {evil}",
        election=E23,
        subject="poll:a,b:c",
        file="data/figures/a,b:c.csv",
        row=2,
    )
    lines = render(result_of([f]))
    commands = [ln for ln in lines if ln.startswith("::")]
    assert all(ln.startswith(("::error ", "::group::", "::endgroup::")) for ln in commands), commands
    [error] = [ln for ln in commands if ln.startswith("::error")]
    assert "file=data/figures/a%2Cb%3Ac.csv,line=2," in error
    assert "forged" in error and "%0A::error file=forged.csv" in error  # the message's newline is encoded
    assert "%250A" in error  # a literal %0A in data cannot decode into a newline
    assert not any(ln.startswith("::error file=forged") for ln in lines)
    assert all(ln.startswith("::") or ln.startswith("kzcheck: ") for ln in lines)


def test_annotations_within_limits_every_check_shown_and_a_closing_notice():
    findings = [figure("poll.sum", r) for r in range(2, 22)]  # 20
    findings += [figure("poll.share-negative", r) for r in range(30, 33)]  # 3
    findings += [figure("poll.option-known", r) for r in range(40, 42)]  # 2
    findings += [figure("poll.margin", r, Severity.WARNING) for r in range(2, 5)]
    findings += [figure("results.overdue", r, Severity.INFO, "awaiting final results") for r in range(50, 62)]  # 12
    lines = render(result_of(findings))
    levels = [m.group(1) for ln in lines if (m := COMMAND.match(ln))]
    assert levels.count("error") == 10 and levels.count("warning") == 3 and levels.count("notice") == 10
    errors = [ln for ln in lines if ln.startswith("::error")]
    for check in ("poll.sum", "poll.share-negative", "poll.option-known"):
        assert any(f"title={check}" in ln for ln in errors), check
    notice = lines[-1]
    assert notice.startswith("::notice title=kzcheck%3A 18 more findings::")  # 15 errors + 3 info left out
    assert "poll.sum 15" in notice and "results.overdue 3" in notice


def test_acknowledged_findings_are_not_annotated_and_nothing_more_means_no_notice():
    ack = figure("poll.sample-size", 3)
    ack.acknowledged = "never published"
    lines = render(result_of([ack, figure("poll.sum", 2)]))
    commands = [ln for ln in lines if COMMAND.match(ln)]
    assert len(commands) == 1 and "poll.sum" in commands[0]
    assert any("acknowledged" in ln and "poll.sample-size" in ln for ln in lines if ln.startswith("kzcheck: "))


def test_summary_is_appended_and_cut_to_one_mebibyte(tmp_path):
    path = tmp_path / "summary.md"
    path.write_text("# earlier step output\n", encoding="utf-8")
    findings = [figure("poll.sum", r, message="| <b>pipe</b> " + "x" * 500) for r in range(2, 5000)]
    render(result_of(findings), env={"GITHUB_STEP_SUMMARY": str(path)})
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# earlier step output\n## kzcheck validate")
    assert len(text.encode()) <= github.SUMMARY_LIMIT
    assert "more findings left out" in text
    assert "\\| &lt;b&gt;pipe&lt;/b&gt;" in text and "<b>" not in text


def test_with_fail_on_warning_the_warnings_that_fail_the_run_are_errors():

    warn = Finding("poll.margin", Severity.WARNING, "no margin of error", election="e", file="data/polls/e.csv", row=3)
    info = Finding("poll.note", Severity.INFO, "a note", election="e", file="data/polls/e.csv", row=4)
    outcomes = [Outcome("poll.margin", "e", "poll:x", [warn]), Outcome("poll.note", "e", "poll:x", [info])]
    specs = {o.check: Kind.check(o.check, o.check, "", Severity.WARNING, "kzcheck") for o in outcomes}
    result = RunResult("data", [ElectionSummary("e", "E", "k", "2023-01-01")], outcomes, specs)
    default, strict = io.StringIO(), io.StringIO()
    github.render(result, default, env={})
    github.render(result, strict, env={}, fail_on="warning")
    assert "::warning file=data/polls/e.csv,line=3," in default.getvalue()
    assert "::error file=data/polls/e.csv,line=3,title=warning (fails with --fail-on warning)" in strict.getvalue()
    assert "::notice file=data/polls/e.csv,line=4," in strict.getvalue()
