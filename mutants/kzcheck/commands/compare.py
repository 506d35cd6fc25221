"""`kzcheck compare`: where the sources disagree, and whether it is more than sampling error.

Runs the same pipeline as `validate`, keeps the checks about polls and outlets, and adds the comparison tables
(`comparison`, `pollster_calls`, `outlet_disagreements`, `not_comparable`) to the result for every output format.
"""

from __future__ import annotations

from pathlib import Path

import click

from kzcheck.cli import guarded
from kzcheck.commands.common import data_option, election_option, fail_on_option, format_option
from kzcheck.commands.focused import deff_option, emit, run_focused

COMPARE_CHECKS = ("input", "schema.", "poll.", "source.", "outlets.", "pollsters.")


@click.command("compare")
@data_option
@election_option
@format_option("text", "json")
@fail_on_option
@deff_option
@guarded
def command(data_dir: Path | None, elections: tuple[str, ...], fmt: str, fail_on: str, deff: float | None) -> None:
    """Compare outlets printing the same poll and pollsters with each other; exit 1 on findings at --fail-on."""
    from kzcheck.checks.outlets import disagreement_table
    from kzcheck.checks.pollsters import calls, compare, comparison_records, not_comparable
    from kzcheck.methods.sampling import DEFAULT_EXIT_POLL_DEFF
    from kzcheck.render.reconcile_text import render_compare

    full, result = run_focused(data_dir, elections, deff, COMPARE_CHECKS)
    c = compare(full.data, deff)
    result.extras.update(
        {
            "command": "compare",
            "exit_poll_deff": deff if deff is not None else DEFAULT_EXIT_POLL_DEFF,
            "comparison": comparison_records(c),
            "pollster_calls": calls(c, full.data),
            "outlet_disagreements": disagreement_table(full.data),
            "not_comparable": not_comparable(c),
        }
    )
    emit(result, fmt, render_compare, fail_on)
