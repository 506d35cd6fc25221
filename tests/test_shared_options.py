"""The options every command shares (kzcheck/commands/common.py `shared_options`): each command honours `--select`
(only what the code names is shown and counted) and `--quiet` (one summary line, the same exit code)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzcheck.cli import main

REF = "kz-2024-referendum"  # the bundled data's referendum: printing, pollster and reconciliation findings
E23 = "kz-2023-mazhilis"
ARTICLE = (
    "An exit poll by Qogamdyq Pikir gave AMANAT 52.1 % on voting day.\n"
    "The Central Election Commission said Auyl won 10.90 % of the vote and 8 seats."
)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), env={"NO_COLOR": "1"})
    assert result.exit_code in (0, 1), (args, result.output, result.exception)
    return result.exit_code, result.output


def findings_checks(out: str) -> list[str]:
    return [f["check"] for f in json.loads(out)["findings"]]


def outcome_checks(out: str) -> list[str]:
    return [o["check"] for o in json.loads(out)["outcomes"]]


def counts_line(out: str) -> tuple[int, ...]:
    """The numbers of a summary line (`0 errors, 7 warnings, 4 info, ...`)."""
    return tuple(int(n) for n in re.findall(r"(\d+) (?:errors?|warnings?|info|acknowledged)\b", out))


def summary_counts(doc_out: str) -> tuple[int, ...]:
    c = json.loads(doc_out)["counts"]
    return (c["error"], c["warning"], c["info"], c["acknowledged"])


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("extract") / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# Per command: the arguments, a --select code, what the selected output may name, and what --quiet must say.
FINDINGS = {
    "validate": ("printing.agree", findings_checks),
    "compare": ("pollsters.sampling", findings_checks),
    "reconcile": ("reconciliation.margin", findings_checks),
    "pollsters": ("pollster", outcome_checks),
}


@pytest.mark.parametrize("command", list(FINDINGS))
def test_findings_commands_honour_select_and_quiet(command):
    code, picked = FINDINGS[command]
    base = (command, "--election", REF)
    status, out = run(*base, "--format", "json", "--select", code)
    checks = picked(out)
    assert checks and all(c == code or c.startswith(code + ".") for c in checks), checks
    everything = picked(run(*base, "--format", "json")[1])
    assert set(everything) - set(checks), "the selection left nothing out: this test could not fail"
    quiet_status, quiet = run(*base, "--select", code, "--quiet")
    assert len(quiet.strip().splitlines()) == 1, quiet
    assert counts_line(quiet) == summary_counts(out) and quiet_status == status


def test_status_honours_select_and_quiet():
    base = ("status", "--today", "2024-01-01")
    everything = json.loads(run(*base, "--format", "json")[1])
    kinds = {p["kind"] for e in everything["elections"] for p in e["publications"]}
    assert {"final", "preliminary"} < kinds
    status, out = run(*base, "--format", "json", "--select", "results.preliminary-overdue")
    doc = json.loads(out)
    assert {p["kind"] for e in doc["elections"] for p in e["publications"]} == {"preliminary"}
    quiet_status, quiet = run(*base, "--select", "results.preliminary-overdue", "--quiet")
    assert quiet.strip() == f"{len(doc['elections'])} election(s); {doc['overdue']} publication(s) overdue"
    assert quiet_status == status


def test_watch_once_honours_select_and_quiet():
    base = ("watch", "--once", "--election", REF)
    status, out = run(*base, "--select", "printing.agree")
    added = [line.split()[2] for line in out.splitlines() if line.startswith("  + ")]
    assert len(added) == 11 and set(added) == {"printing.agree"}, out  # 7 warnings and 4 info (REF, bundled)
    every = [line.split()[2] for line in run(*base)[1].splitlines() if line.startswith("  + ")]
    assert set(every) > {"printing.agree"}
    quiet_status, quiet = run(*base, "--select", "printing.agree", "--quiet")
    assert quiet.count("\n") == 1 and "11 new, 0 fixed, 0 unchanged" in quiet and quiet_status == status


def test_report_honours_select_and_quiet(tmp_path):
    out_dir = tmp_path / "report"
    _, quiet = run("report", "--election", REF, "--out", str(out_dir), "--select", "printing.agree", "--quiet")
    page = (out_dir / f"election-{REF}.html").read_text(encoding="utf-8")
    named = set(re.findall(r"<td[^>]*><code>([a-z][\w.-]+)</code>", page))  # the findings tables' Check cells
    assert named == {"printing.agree"}, named
    assert len(quiet.strip().splitlines()) == 1 and counts_line(quiet) == (0, 7, 4, 0), quiet


def test_extract_honours_select_and_quiet(article):
    base = ("extract", str(article), "--election", E23, "--format", "json")
    every = {e["kind"] for e in json.loads(run(*base)[1])["entries"]}
    assert {"share", "percent"} <= every, every
    status, out = run(*base, "--select", "extract.share")
    kinds = [e["kind"] for e in json.loads(out)["entries"]]
    assert kinds and set(kinds) == {"share"}
    quiet_status, quiet = run(*base, "--select", "extract.share", "--quiet")
    c = json.loads(out)["counts"]
    assert quiet.strip().startswith(f"{len(kinds)} figure(s): {c['confident']} confident, {c['uncertain']} uncertain")
    assert len(quiet.strip().splitlines()) == 1 and quiet_status == status


@pytest.mark.parametrize("command", ["validate", "status", "watch", "extract", "report", "pollsters"])
def test_a_select_code_that_names_nothing_is_a_usage_error(command, article):
    args = {
        "extract": ("extract", str(article), "--election", E23),
        "watch": ("watch", "--once"),
        "report": ("report", "--out", "unused-report-dir"),
    }.get(command, (command,))
    result = CliRunner().invoke(main, [*args, "--select", "poll.no-such-check"], env={"NO_COLOR": "1"})
    assert result.exit_code == 2 and "no check is called 'poll.no-such-check'" in result.output, result.output
