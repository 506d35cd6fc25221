"""`kzcheck compare`: where the sources disagree, and whether it is more than sampling error.

Runs the same pipeline as `validate` and keeps the checks about polls and outlets; the comparison tables
(`comparison`, `pollster_calls`, `outlet_disagreements`, `printings`, `not_comparable`) are the run's own, built
once.
"""

from __future__ import annotations

from pathlib import Path

import click

from kzcheck.cli import guarded
from kzcheck.commands.common import data_option, election_option, fail_on_option, format_option
from kzcheck.commands.deliver import Delivery, delivery_options
from kzcheck.commands.focused import deff_option, emit, run_focused

COMPARE_CHECKS = ("input", "schema.", "poll.", "source.", "outlets.", "pollsters.", "printing.", "intraday.")


@click.command("compare")
@data_option
@election_option
@format_option("text", "json")
@fail_on_option
@deff_option
@delivery_options
@guarded
def command(
    data_dir: Path | None, elections: tuple[str, ...], fmt: str, fail_on: str, deff: float | None, delivery: Delivery
) -> None:
    """Compare outlets printing the same poll and pollsters with each other; exit 1 on findings at --fail-on."""
    from kzcheck.render.compare_text import render

    _, result = run_focused(data_dir, elections, deff, COMPARE_CHECKS, "compare")
    emit(result, fmt, render, fail_on, delivery)
