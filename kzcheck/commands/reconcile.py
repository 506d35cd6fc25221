"""`kzcheck reconcile`: which poll was right and by how much, and whether the CEC's own figures are consistent.

Runs the same pipeline as `validate` and keeps the checks about polls, outlets, official results and
reconciliation; the tables (`reconciliation`, `allocation`) are the run's own, built once. Before the CEC
publishes, each poll is reported as awaiting it and the run does not fail for that.
"""

from __future__ import annotations

from pathlib import Path

import click

from kzcheck.cli import guarded
from kzcheck.commands.common import data_option, election_option, fail_on_option, format_option
from kzcheck.commands.deliver import Delivery, delivery_options
from kzcheck.commands.focused import deff_option, emit, run_focused

RECONCILE_CHECKS = ("input", "schema.", "poll.", "source.", "outlets.", "official.", "reconciliation.")


@click.command("reconcile")
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
    """Score each exit poll against the CEC's result and check the CEC's figures; exit 1 on findings at --fail-on."""
    from kzcheck.render.reconcile_text import render

    _, result = run_focused(data_dir, elections, deff, RECONCILE_CHECKS, "reconcile")
    emit(result, fmt, render, fail_on, delivery)
