"""The README's two set-up lines are the ones users type, and CI runs the second one verbatim."""

from __future__ import annotations

import re

from conftest import ROOT


def quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S)]


def test_quick_start_has_an_install_and_validate_line_and_a_test_line():
    validate_line, test_line = quick_start_commands()
    assert validate_line.startswith("python3 -m venv") and validate_line.endswith("kzcheck validate")
    assert "pip install" in test_line and "pytest" in test_line


def test_ci_runs_the_readme_test_command_verbatim():
    _, test_line = quick_start_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_line in ci, ".ci/run must run the README's test command, exactly as written"
    assert ci[-1] == test_line, "the test command is CI's last step, so its summary closes the log"
