"""Fixtures shared by the test suite: a private copy of the bundled data, and the CLI run as a user runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SHARED_SOURCES = ROOT.parent / "shared" / "sources"


def pytest_configure(config: pytest.Config) -> None:
    """Compile the package's bytecode once, before any test starts a `kzcheck` child process.

    The suite starts kzcheck as a child process a few hundred times. Where the environment forbids writing bytecode
    (PYTHONDONTWRITEBYTECODE, common in containers and CI images), every child would compile the whole package from
    source again; compiled once here (in the controller only, not in each xdist worker), each child reads it. An
    installed wheel carries its bytecode already; this gives a checkout the same."""
    if not hasattr(config, "workerinput"):
        import compileall

        compileall.compile_dir(ROOT / "kzcheck", quiet=2, workers=1)


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


def check_document(doc: object) -> None:
    """A document kzcheck is about to write, checked against the schema its `schema` value names (none: left be)."""
    import json

    import jsonschema

    from kzcheck.render.schema import shipped

    if not (isinstance(doc, dict) and str(doc.get("schema", "")).startswith("kzcheck/")):
        return
    plain = json.loads(json.dumps(doc, default=str))  # as written: paths and dates are strings
    kind, version = plain["schema"].split("/")[1:]
    jsonschema.validate(plain, shipped(f"{kind}-{version}"), cls=jsonschema.Draft202012Validator)


@pytest.fixture(autouse=True, scope="session")
def every_json_output_is_validated() -> Iterator[None]:
    """Every JSON document a test makes kzcheck write in-process (`CliRunner`, a renderer called directly) is checked
    against its shipped schema before it is written, as `run_cli` checks those of a subprocess."""
    import kzcheck.commands.status
    import kzcheck.render.json

    original = kzcheck.render.json.dump

    def checked(doc: object, out: object) -> None:
        check_document(doc)
        original(doc, out)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(kzcheck.render.json, "dump", checked)
        patch.setattr(kzcheck.commands.status, "dump", checked)
        yield


def run_in_process(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`kzcheck ARGS` through the same click entry point, in this process, answered as `run_cli_raw` answers.

    The dependencies are imported once per test worker instead of once per run (a child process pays the whole import
    floor, seconds, for a run that checks in a fraction of it). What a user sees is the same: exit code, stdout and
    stderr apart, no terminal (no colour, no progress). An exception that escapes the command becomes what Python
    does with it in a process of its own: its traceback on stderr and exit 1. Tests of what only a process has
    (signals, pipes, memory limits, imports, a terminal) use `run_process`."""
    import gc
    import traceback

    from click.testing import CliRunner

    from kzcheck.cli import main

    before = Path.cwd()
    os.chdir(cwd or ROOT)
    try:
        result = CliRunner(env={"NO_COLOR": "1", "FORCE_COLOR": None, **(env or {})}).invoke(main, list(args))
    finally:
        os.chdir(before)
        gc.unfreeze()  # `fast_exit` freezes the heap for a process about to end; this one goes on
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        assert result.exc_info is not None
        stderr += "".join(traceback.format_exception(*result.exc_info))
    return subprocess.CompletedProcess(["kzcheck", *args], result.exit_code, result.stdout, stderr)


def validated(args: tuple[str, ...], result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    """The run, its JSON output (when it printed one) checked against its JSON Schema."""
    written = "-o" in args or "--output" in args  # the document went to a file, stdout is empty
    json_out = "--format" in args and args[args.index("--format") + 1] == "json"
    if json_out and result.returncode in (0, 1) and not written:
        validate_json(result.stdout)
    return result


def run_cli(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:  # noqa: ANN003
    """`kzcheck ARGS` as a user runs it, in-process (`run_in_process`), every JSON output validated."""
    return validated(args, run_in_process(*args, **kwargs))


def run_process(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:  # noqa: ANN003
    """`kzcheck ARGS` in a child process of its own (`run_cli_raw`), every JSON output validated."""
    return validated(args, run_cli_raw(*args, **kwargs))


@pytest.fixture
def cli():
    return run_cli
