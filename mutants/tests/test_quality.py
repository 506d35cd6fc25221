"""Lint, format and types as part of the test suite, so the README's one test command (and `.ci/run`) runs them.

Configuration lives in pyproject.toml ([tool.ruff], [tool.mypy]); the tools' own output is the failure message.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=ROOT, timeout=900)


def needs(module: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None and shutil.which(module) is None:
        pytest.fail(f"{module} is not installed: install the test extra (pip install -e '.[test]')")


def test_ruff_lint():
    needs("ruff")
    result = run("ruff", "check", "--no-cache", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format():
    needs("ruff")
    result = run("ruff", "format", "--check", "--no-cache", "--output-format", "concise", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy():
    needs("mypy")
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
