"""The everyday commands stay instant: `--help` and `status` import none of pandas, pandera, Great Expectations; the
progress bar shows on a terminal only, never when piped or under CI."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

import kzcheck.commands.common as common
from kzcheck.commands.progress import Bar

HEAVY = ("pandas", "pandera", "great_expectations", "numpy", "scipy")
ROOT = Path(__file__).resolve().parent.parent


def imported_by(*args: str) -> list[str]:
    """Top-level heavy packages in sys.modules after running `kzcheck ARGS` in a fresh interpreter."""
    code = (
        "import sys\n"
        "from kzcheck.cli import main\n"
        "try:\n"
        f"    main({list(args)!r}, standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print('\\n' + __import__('json').dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [["--help"], ["validate", "--help"], ["status"], ["--version"]])
def test_everyday_commands_import_nothing_heavy(args: list[str]) -> None:
    assert imported_by(*args) == []


def test_validate_does_import_them() -> None:
    """The probe can fail: a command that reads tables does load pandas."""
    assert "pandas" in imported_by("validate", "--election", "kz-2024-referendum")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(extra)
    return env


@pytest.mark.parametrize("ci", [None, "true"])
def test_nothing_reaches_stderr_when_piped(ci: str | None) -> None:
    env = _env(**({"CI": ci} if ci else {}))
    out = subprocess.run(
        [sys.executable, "-m", "kzcheck", "validate", "--election", "kz-2024-referendum"],
        capture_output=True,
        cwd=ROOT,
        env=env,
    )
    assert out.stdout and out.stderr == b""


def test_no_bar_off_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(common, "interactive", lambda: False)
    assert common.progress() is None
    monkeypatch.setattr(common, "interactive", lambda: True)
    assert isinstance(common.progress(), Bar)


def test_the_bar_moves_a_step_per_message_and_goes_away() -> None:
    screen = io.StringIO()
    bar = Bar(steps=3, console=Console(file=screen, force_terminal=True, width=100))
    bar("loading data")
    bar("checking protocols")
    shown = screen.getvalue()
    assert "loading data" in shown and "0/3" in shown
    bar("checking rollups")
    bar("checks done")
    assert bar._done  # stopped, so the findings that follow print on a clean line
    bar("late message")  # ignored once done
    assert "late message" not in screen.getvalue()
