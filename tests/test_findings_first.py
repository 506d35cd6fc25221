"""Text output findings first, with filters, a baseline, a quiet mode and atomic output files (issue 15)."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from click.testing import CliRunner
from conftest import DATA, run_cli
from helpers import edit_rows, negative_share

from kzcheck.cli import main

E23 = "kz-2023-mazhilis"
LABELS = ("error", "warning", "info", "acknowledged")


@pytest.fixture(scope="module")
def negative(tmp_path_factory):
    """A data copy with one negative share (TASS's IEI Baytaq figure), its file and line."""
    data = tmp_path_factory.mktemp("findings-first") / "data"
    shutil.copytree(DATA, data)
    path, line = negative_share(data)
    return data, path, line


def in_process(*args: str):
    return CliRunner().invoke(main, list(args), env={"NO_COLOR": "1"})


def check_of(line: str) -> str:
    """The check id of a finding line: `LABEL(12) PLACE  CHECK  MESSAGE`."""
    return re.split(r"\s{2,}", line[13:])[1]


def finding_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.split(" ", 1)[0] in LABELS]


def test_the_first_line_after_the_header_names_the_error_with_file_and_row(negative):
    data, path, line = negative
    run = run_cli("validate", "--data", str(data))
    assert run.returncode == 1, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("kzcheck — data:") and "2 errors" in lines[0]
    first = lines[1]
    assert first.startswith("error") and f"{path}:{line}" in first and "negative" in first
    assert "poll.share-negative" in first
    labels = [line.split(" ", 1)[0] for line in finding_lines(run.stdout)]
    assert labels == sorted(labels, key=LABELS.index), "errors, then warnings, then the rest"
    assert labels.count("error") == 2 and "warning" in labels
    assert not re.search(r"^(passed|not evaluated)\b", run.stdout, re.M), "passed results are hidden by default"
    assert lines[-1].startswith("Summary: 2 errors,") and lines[0].split(" — ", 2)[2] in lines[-1]


def test_select_shows_only_that_check_and_fails_on_it_alone(negative):
    data, path, _ = negative
    run = run_cli("validate", "--data", str(data), "--select", "poll.sum")
    assert run.returncode == 1
    checks = {check_of(line) for line in finding_lines(run.stdout)}
    assert checks == {"poll.sum"}, run.stdout
    ignored = in_process("validate", "--data", str(data), "--ignore", "poll.sum,poll.share-negative")
    assert ignored.exit_code == 0, ignored.output
    assert "poll.share-negative" not in ignored.output and " 0 errors" in ignored.output


def test_an_unknown_code_is_a_usage_error_with_a_suggestion(negative):
    data, _, _ = negative
    run = in_process("validate", "--data", str(data), "--select", "poll.sun")
    assert run.exit_code == 2 and "did you mean 'poll.sum'" in run.output


def test_baseline_on_an_unchanged_folder_exits_0_with_0_new_then_reports_new_and_fixed(negative, tmp_path):
    data, path, _ = negative
    baseline = tmp_path / "baseline.json"
    wrote = run_cli("validate", "--data", str(data), "--format", "json", "-o", str(baseline))
    assert wrote.returncode == 1 and wrote.stdout == "" and baseline.is_file()
    same = run_cli("validate", "--data", str(data), "--baseline", str(baseline))
    assert same.returncode == 0, same.stdout
    assert "0 new" in same.stdout.splitlines()[0] and finding_lines(same.stdout) == []
    changed = tmp_path / "data"
    shutil.copytree(data, changed)
    edit_rows(changed / "figures" / f"{E23}.csv", lambda rows: [_fix(r) for r in rows])
    edit_rows(changed / "polls" / f"{E23}.csv", lambda rows: [_no_sample(r) for r in rows])
    moved = in_process("validate", "--data", str(changed), "--baseline", str(baseline), "--format", "json")
    assert moved.exit_code == 1, moved.output
    doc = json.loads(moved.output)
    assert doc["baseline"]["counts"]["new"] >= 1 and doc["baseline"]["counts"]["fixed"] >= 1
    new = [f for f in doc["findings"] if f["fingerprint"] in doc["baseline"]["new"]]
    assert {f["check"] for f in new} >= {"poll.sample-size"}
    assert "poll.share-negative" in {f["check"] for f in doc["baseline"]["fixed"]}


def _fix(row):
    if row["share"] == "-3.22":
        row["share"] = "3.22"
    return row


def _no_sample(row):
    if row["poll"] == "democracy":
        row["sample_size"] = ""
    return row


def test_a_baseline_that_is_not_a_kzcheck_result_exits_2(negative, tmp_path):
    data, _, _ = negative
    bad = tmp_path / "baseline.json"
    bad.write_text("{not json", encoding="utf-8")
    run = in_process("validate", "--data", str(data), "--baseline", str(bad))
    assert run.exit_code == 2 and "baseline.not-json" in run.output and str(bad) in run.output


def test_quiet_prints_the_summary_only_and_show_all_lists_passed_results(negative, tmp_path):
    data, _, _ = negative
    quiet = in_process("validate", "--data", str(data), "--quiet")
    assert quiet.exit_code == 1 and quiet.output.count("\n") == 1 and quiet.output.startswith("2 errors,")
    every = in_process("validate", "--data", str(data), "--show-all", "--election", E23)
    assert re.search(r"^passed\s+poll\.sum\b", every.output, re.M)
    assert re.search(r"^not evaluated\s", every.output, re.M)


def test_output_file_is_written_whole_and_an_unwritable_place_exits_2(negative, tmp_path):
    data, path, line = negative
    out = tmp_path / "findings.txt"
    out.write_text("previous", encoding="utf-8")
    run = in_process("validate", "--data", str(data), "-o", str(out))
    assert run.exit_code == 1 and run.output == ""
    assert f"{path}:{line}" in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["findings.txt"], "no temporary file left behind"
    missing = in_process("validate", "--data", str(data), "-o", str(tmp_path / "no" / "such" / "file.txt"))
    assert missing.exit_code == 2 and "output.no-folder" in missing.output
