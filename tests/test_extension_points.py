"""Adding an output format is its renderer module plus one line of `kzcheck/render/__init__.py`; adding a check is its
module plus one line of `kzcheck/checks/__init__.py` (docs/architecture.md, "How to add …"). Both are done here to a
copy of the package, touching exactly those files, and the copy is run as a user runs kzcheck."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

E24 = "kz-2024-referendum"

FORMAT = '''"""One line per outcome: check, election, status."""

from typing import TextIO

from kzcheck.model.findings import RunResult


def render(result: RunResult, out: TextIO, **_options: object) -> None:
    for o in result.outcomes:
        out.write(f"tally {o.check} {o.election} {o.status.value}\\n")
'''

CHECK = '''"""Every election has at least one poll."""

from kzcheck.model.findings import Outcome, Severity
from kzcheck.model.kinds import Kind

SPECS = [
    Kind.check(
        "probe.polls",
        "Every election has a poll",
        "An election with no poll row is reported.",
        Severity.INFO,
        "kzcheck",
        "{election} has {polls} poll(s)",
    )
]


def run(data, config):
    outcomes = []
    for eid in data.elections:
        polls = int(data.polls.loc[data.polls["election"] == eid, "poll"].nunique())
        found = [SPECS[0].finding(polls=polls, election=eid)]
        outcomes.append(Outcome("probe.polls", eid, "polls", found))
    return outcomes
'''


def _add_line(path: Path, after: str, line: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert after in text, f"{path.name} no longer has {after!r}: update docs/architecture.md and this test"
    path.write_text(text.replace(after, after + line, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def extended(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the package with one new output format and one new check, each its module plus one registry line."""
    root = tmp_path_factory.mktemp("extended")
    shutil.copytree(ROOT / "kzcheck", root / "kzcheck", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "expectations", root / "expectations")
    before = {p.relative_to(root): p.read_bytes() for p in (root / "kzcheck").rglob("*") if p.is_file()}
    (root / "kzcheck" / "render" / "tally.py").write_text(FORMAT, encoding="utf-8")
    _add_line(root / "kzcheck" / "render" / "__init__.py", "FORMATS = {\n", '    "tally": "kzcheck.render.tally",\n')
    (root / "kzcheck" / "checks" / "probe.py").write_text(CHECK, encoding="utf-8")
    _add_line(root / "kzcheck" / "checks" / "__init__.py", "MODULES = (\n", '    "kzcheck.checks.probe",\n')
    after = {p.relative_to(root): p.read_bytes() for p in (root / "kzcheck").rglob("*") if p.is_file()}
    changed = {p for p in after if before.get(p) != after[p]}
    assert {str(p) for p in changed} == {
        "kzcheck/render/tally.py",
        "kzcheck/render/__init__.py",
        "kzcheck/checks/probe.py",
        "kzcheck/checks/__init__.py",
    }
    for registry in ("render", "checks"):
        path = Path("kzcheck") / registry / "__init__.py"
        added = set(after[path].decode().splitlines()) - set(before[path].decode().splitlines())
        assert len(added) == 1  # one registry line each
    return root


def kzcheck(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root), "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "kzcheck", *args], capture_output=True, text=True, cwd=root, env=env, timeout=600
    )


def test_a_new_format_and_a_new_check_need_their_module_and_one_line_each(extended: Path) -> None:
    run = kzcheck(extended, "validate", "--data", str(ROOT / "data"), "--election", E24, "--format", "tally")
    assert run.returncode in (0, 1), run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines and all(line.startswith("tally ") for line in lines)  # the new renderer wrote the whole output
    assert any(line.startswith(f"tally probe.polls {E24} ") for line in lines)  # the new check ran in the pipeline
    assert any(line.startswith(f"tally schema.polls {E24} ") for line in lines)  # beside every existing check


def test_the_new_check_is_in_the_catalogue_and_its_finding_in_the_json_output(extended: Path) -> None:
    listed = kzcheck(extended, "checks", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert "probe.polls" in listed.stdout and "Every election has a poll" in listed.stdout
    run = kzcheck(extended, "validate", "--data", str(ROOT / "data"), "--election", E24, "--format", "json")
    assert run.returncode in (0, 1), run.stderr
    (probe,) = [f for f in json.loads(run.stdout)["findings"] if f["check"] == "probe.polls"]
    # polls/kz-2024-referendum.csv: sotsis-a, ipp-amanat and iei (its second row is bes.media's printing of it)
    assert probe["message"] == f"{E24} has 3 poll(s)"  # the kind's template, filled by the check
