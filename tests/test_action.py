"""The reusable GitHub Action (action.yml): its inputs, and its validate step run as GitHub runs it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import DATA, ROOT
from helpers import negative_share

ACTION = ROOT / "action.yml"
SARIF_SCHEMA = Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json"
E23 = "kz-2023-mazhilis"


@pytest.fixture(scope="module")
def action() -> dict:
    return yaml.safe_load(ACTION.read_text(encoding="utf-8"))


def test_a_composite_action_whose_scripts_never_paste_an_input(action):
    assert action["runs"]["using"] == "composite"
    assert {"data", "fail-on", "args", "sarif", "python-version", "package"} <= set(action["inputs"])
    assert action["outputs"]["exit-code"]["value"] == "${{ steps.validate.outputs.exit-code }}"
    for step in action["runs"]["steps"]:
        if "run" in step:
            assert step["shell"] == "bash"
            assert "${{" not in step["run"], f"step {step.get('id')}: inputs go through env, never into the script"


def substitute(value: str, inputs: dict[str, str], action_path: str) -> str:
    """GitHub's expression substitution for the two kinds of expression the action uses."""
    value = re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: inputs[m.group(1)], value)
    return value.replace("${{ github.action_path }}", action_path)


def test_the_validate_step_annotates_the_line_writes_sarif_and_sets_the_exit_code(action, tmp_path):
    """The validate step's own script, with the environment GitHub would give it, in a data repository."""
    repo = tmp_path / "repo"
    shutil.copytree(DATA, repo / "data")
    _, line = negative_share(repo / "data")
    inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
    inputs.update({"sarif": "kzcheck.sarif", "args": "--today 2026-01-01"})
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "validate")
    output = tmp_path / "github_output"
    env = {
        **os.environ,
        "NO_COLOR": "1",
        "GITHUB_OUTPUT": str(output),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        **{k: substitute(v, inputs, str(ROOT)) for k, v in step["env"].items()},
    }
    env.pop("GITHUB_STEP_SUMMARY", None)
    run = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert f"::error file=data/figures/{E23}.csv,line={line}," in run.stdout
    assert output.read_text(encoding="utf-8").strip() == "exit-code=1"
    sarif = json.loads((repo / "kzcheck.sarif").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    located = [
        loc["physicalLocation"]
        for r in sarif["runs"][0]["results"]
        if r["ruleId"] == "poll.share-negative"
        for loc in r["locations"]
    ]
    assert located == [{"artifactLocation": {"uri": f"data/figures/{E23}.csv"}, "region": {"startLine": line}}]
