"""Every command on every bundled election, alone: an answer and a documented exit code, never an internal error."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import DATA, validate_json

from kzcheck.cli import main

ELECTIONS = sorted(p.stem for p in (DATA / "elections").glob("*.toml"))


@pytest.mark.parametrize("command", ["validate", "compare", "reconcile"])
@pytest.mark.parametrize("election", ELECTIONS)
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_command_answers_for_each_election(command, election, fmt):
    result = CliRunner().invoke(main, [command, "--election", election, "--format", fmt])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    assert result.exit_code == 0, f"{command} {election}: {result.output[-2000:]}"
    assert election in result.output
    if fmt == "json":
        assert validate_json(result.stdout)["command"] == command
