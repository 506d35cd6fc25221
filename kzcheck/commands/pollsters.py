"""`kzcheck pollsters`: every pollster's track record across votes — accuracy in each vote, error relative to the other
pollsters of that vote, house effect per option family, and how much evidence there is.

Runs the same pipeline as `validate`, keeps the checks about the pollster registry and the option families (an unknown
pollster and one organisation counted twice in a vote are warnings; a broken registry is an error), and shows the
records the run built once from its reconciliation (`pollsters` and `families` of the run's tables) in every format.
"""

from __future__ import annotations

from pathlib import Path

import click

from kzcheck.cli import guarded
from kzcheck.commands.common import data_option, election_option, fail_on_option, format_option
from kzcheck.commands.deliver import Delivery, delivery_options
from kzcheck.commands.focused import deff_option, emit, run_focused

POLLSTER_CHECKS = ("input", "schema.", "pollster.", "family.")


@click.command("pollsters")
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
    """Each pollster's record across votes: accuracy, plus-minus, house effect, verdict; exit 1 at --fail-on."""
    from kzcheck.render.pollsters_text import render

    _, result = run_focused(data_dir, elections, deff, POLLSTER_CHECKS, "pollsters")
    emit(result, fmt, render, fail_on, delivery)
