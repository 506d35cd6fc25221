"""Terminal tables never cut an id or a number: at 40, 80 and 200 columns, and piped (`kzcheck checks | cat`)."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from conftest import run_cli
from helpers import at_terminal

from kzcheck.catalogue import kinds
from kzcheck.cli import main

IDS = list(kinds())  # `kzcheck checks` lists every kind of finding: each check, then each defect of input
E23 = "kz-2023-mazhilis"


def tokens(text: str) -> set[str]:
    return set(re.split(r"[\s:,()]+", text))


def invoke(*args: str, columns: int | None = None) -> str:
    """At a terminal `columns` wide (a pseudo-terminal), or without one (`columns=None`: CliRunner, a file)."""
    if columns is not None:
        code, out = at_terminal(*args, columns=columns)
        assert code in (0, 1), out
        return out
    run = CliRunner().invoke(main, list(args), env={"NO_COLOR": "1"})
    assert run.exit_code in (0, 1), run.output
    return run.output


@pytest.mark.parametrize("columns", [40, 80, 200])
def test_checks_at_every_width_keeps_every_id_whole_within_the_width(columns):
    out = invoke("checks", columns=columns)
    assert "…" not in out
    missing = [i for i in IDS if i not in tokens(out)]
    assert missing == [], missing
    too_wide = [line for line in out.splitlines() if len(line.rstrip()) > columns]
    assert too_wide == []
    if columns == 200:
        assert out.splitlines()[0].split() == ["id", "severity", "engine", "title"]  # a table where it fits
    if columns == 40:
        assert "  severity: error" in out  # one block per check below the width the table needs


def test_checks_piped_without_columns_keeps_every_id_whole():
    """`kzcheck checks | cat`: a pipe is printed at 160 columns (kzcheck/render/terminal.py), every id on its row."""
    run = run_cli("checks", env={"COLUMNS": ""})
    lines = run.stdout.splitlines()
    assert lines[0].split() == ["id", "severity", "engine", "title"]
    firsts = [line.split()[0] for line in lines[1:] if line and not line.startswith(" ")]
    assert firsts == IDS
    assert "…" not in run.stdout and max(len(line.rstrip()) for line in lines) <= 160


def test_no_colour_with_no_color_even_when_colour_is_forced():
    import os
    import subprocess
    import sys

    def checks(**env: str) -> str:
        full = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
        command = [sys.executable, "-m", "kzcheck", "checks"]
        return subprocess.run(command, capture_output=True, text=True, env={**full, **env}, timeout=120).stdout

    assert "\x1b[" in checks(FORCE_COLOR="1"), "the check below can fail: forced colour shows"
    assert "\x1b[" not in checks(FORCE_COLOR="1", NO_COLOR="1")
    assert "\x1b[" not in checks(), "not a terminal: no colour"


def test_a_pipe_ignores_columns_and_never_cuts_a_table():
    """COLUMNS describes a terminal: at a 40-column terminal the table stacks, piped with COLUMNS=40 it does not."""
    piped = run_cli("checks", env={"COLUMNS": "40"}).stdout
    assert piped.splitlines()[0].split() == ["id", "severity", "engine", "title"]
    assert "  severity: error" in invoke("checks", columns=40)


@pytest.fixture(scope="module")
def ranking():
    doc = json.loads(invoke("reconcile", "--election", E23, "--format", "json"))
    return [(str(x["rank"]), x["poll"], f"{x['m3']:.2f}") for x in doc["reconciliation"] if x["rank"] is not None]


@pytest.mark.parametrize("columns", [40, 80, 200])
def test_the_reconcile_ranking_keeps_rank_poll_and_m3_whole(ranking, columns):
    out = invoke("reconcile", "--election", E23, columns=columns)
    assert "…" not in out
    words = tokens(out)
    assert len(ranking) == 3
    for rank, poll, m3 in ranking:
        assert poll in words and m3 in words, (rank, poll, m3)
    if columns == 200:
        header = next(line for line in out.splitlines() if line.split()[:3] == ["rank", "poll", "M3"])
        assert "threshold calls" in header
    else:
        for rank, poll, m3 in ranking:
            block = out.split(f"\nrank {rank}\n", 1)[1].split("\n\n", 1)[0]
            assert f"poll: {poll}" in block and f"M3: {m3}" in block
