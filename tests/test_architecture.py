"""The import graph runs one way (docs/architecture.md): the contracts in pyproject.toml, checked by `lint-imports`."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

CONTRACTS = (
    "model and methods are the floor",
    "load reads, and imports no analysis, check, renderer or command",
    "analysis builds tables and imports no check, renderer or command",
    "checks turn analysis into outcomes and import no renderer or command",
    "renderers format the result and import no check, analysis or command",
    "commands wire (options -> run -> render -> exit) and import no check module",
)


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    return subprocess.run(
        [sys.executable, "-c", code, "--no-cache"], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_every_layer_contract_is_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    kept = [line for line in result.stdout.splitlines() if line.rstrip().endswith(("KEPT", "ignored import)"))]
    for name in CONTRACTS:
        assert any(line.startswith(name) for line in kept), f"contract missing or broken: {name}\n{result.stdout}"


def test_a_load_module_importing_a_check_breaks_the_contract(tmp_path: Path) -> None:
    """The probe can fail: the same contracts over a copy of the package where `load` reaches up into `checks`."""
    shutil.copytree(ROOT / "kzcheck", tmp_path / "kzcheck", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "kzcheck" / "load" / "upward.py").write_text("from kzcheck.checks import base\n", encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "load reads, and imports no analysis, check, renderer or command BROKEN" in result.stdout
    assert "kzcheck.load.upward -> kzcheck.checks.base" in result.stdout


def test_every_file_the_architecture_page_names_exists() -> None:
    """docs/architecture.md names the real files: each stage's modules under its folder, each path in full."""
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    stages = re.findall(r"^\d\. \*\*`(\w+)/`\*\*(.*?)(?=^\d\. \*\*|^Beneath)", page, flags=re.M | re.S)
    assert [folder for folder, _ in stages] == ["load", "analysis", "checks", "render", "commands"]
    for folder, text in stages:
        for name in re.findall(r"`([\w/]+\.py)`", text):
            if "/" in name:  # a path from the package's root (`checks/outlets.py`, `kzcheck/run.py`)
                assert (ROOT / name).exists() or (ROOT / "kzcheck" / name).exists(), name
            else:
                assert list((ROOT / "kzcheck" / folder).rglob(name)), f"{folder}/ has no {name}"
    paths = set(re.findall(r"`(kzcheck/[\w/.]+)`", page))
    assert paths and all((ROOT / p).exists() for p in paths), sorted(p for p in paths if not (ROOT / p).exists())
