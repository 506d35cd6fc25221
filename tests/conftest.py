"""Fixtures shared by the test suite: a private copy of the bundled data, and the CLI run as a user runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SHARED_SOURCES = ROOT.parent / "shared" / "sources"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the bundled data that a test may change freely."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


def run_cli_raw(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`kzcheck ARGS` in a subprocess, as a user or CI job runs it (not a terminal: no colour, no progress)."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    full_env.pop("FORCE_COLOR", None)
    return subprocess.run(
        [sys.executable, "-m", "kzcheck", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=full_env,
        timeout=300,
    )


def validate_json(text: str) -> dict:
    """A JSON output checked against the schema shipped in the package for its `schema` value (kzcheck/x/vN)."""
    import json

    import jsonschema

    from kzcheck.render.schema import shipped

    doc = json.loads(text)
    kind, version = doc["schema"].split("/")[1:]
    jsonschema.validate(doc, shipped(f"{kind}-{version}"), cls=jsonschema.Draft202012Validator)
    return doc


def run_cli(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:  # noqa: ANN003
    """`kzcheck ARGS` as a user runs it (`run_cli_raw`), and every JSON output validated against its JSON Schema."""
    result = run_cli_raw(*args, **kwargs)
    written = "-o" in args or "--output" in args  # the document went to a file, stdout is empty
    json_out = "--format" in args and args[args.index("--format") + 1] == "json"
    if json_out and result.returncode in (0, 1) and not written:
        validate_json(result.stdout)
    return result


@pytest.fixture
def cli():
    return run_cli
