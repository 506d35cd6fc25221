"""`kzcheck compare`: where the sources disagree, and whether it is more than sampling error.

Runs the same pipeline as `validate`, keeps the checks about polls and outlets, and adds the comparison tables
(`comparison`, `pollster_calls`, `outlet_disagreements`, `not_comparable`) to the result for every output format.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import click

from kzcheck.cli import fast_exit, guarded
from kzcheck.commands.common import data_option, election_option, progress, resolve_data_dir
from kzcheck.findings import RunResult

COMPARE_CHECKS = ("input", "schema.", "poll.", "source.", "outlets.", "pollsters.")

deff_option = click.option(
    "--deff",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="DEFF",
    help="Design effect of the exit polls' cluster samples (default 1.7; see docs/methods.md).",
)
format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format on stdout.",
)
fail_on_option = click.option(
    "--fail-on",
    type=click.Choice(["error", "warning"]),
    default="error",
    show_default=True,
    help="Exit 1 when a finding at or above this severity is not acknowledged.",
)


def focus(result: RunResult, prefixes: tuple[str, ...]) -> RunResult:
    """The run's result restricted to the checks a command is about (its exit code then follows them only)."""
    outcomes = [o for o in result.outcomes if o.check.startswith(prefixes)]
    specs = {k: s for k, s in result.specs.items() if k.startswith(prefixes)}
    return replace(result, outcomes=outcomes, specs=specs, extras=dict(result.extras))


@click.command("compare")
@data_option
@election_option
@format_option
@fail_on_option
@deff_option
@guarded
def command(data_dir: Path | None, elections: tuple[str, ...], fmt: str, fail_on: str, deff: float | None) -> None:
    """Compare outlets printing the same poll and pollsters with each other; exit 1 on findings at --fail-on."""
    from kzcheck.checks import RunConfig
    from kzcheck.checks.outlets import disagreement_table
    from kzcheck.checks.pollsters import calls, compare, comparison_records, not_comparable
    from kzcheck.findings import Severity
    from kzcheck.methods.sampling import DEFAULT_EXIT_POLL_DEFF
    from kzcheck.render import renderer
    from kzcheck.render.reconcile_text import render_compare
    from kzcheck.run import validate

    full = validate(resolve_data_dir(data_dir), list(elections) or None, RunConfig(deff=deff), progress=progress())
    result = focus(full, COMPARE_CHECKS)
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
    if fmt == "text":
        render_compare(result, sys.stdout)
    else:
        renderer(fmt)(result, sys.stdout)
    sys.stdout.flush()
    fast_exit(result.exit_code(Severity(fail_on)))
