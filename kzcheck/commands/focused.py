"""What `compare` and `reconcile` share: the --deff option, a validate run narrowed to their checks, the output."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import click

from kzcheck.commands.common import debug_requested, progress, resolve_data_dir
from kzcheck.commands.deliver import Delivery
from kzcheck.model.findings import RunResult

deff_option = click.option(
    "--deff",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="DEFF",
    help="One design effect for every exit poll, replacing each poll's own (from its margin, its interviews per "
    "station, a stated value or the default 1.7; see docs/methods.md §3.2).",
)


def focus(result: RunResult, prefixes: tuple[str, ...]) -> RunResult:
    """The run's result restricted to the checks a command is about (its exit code then follows them only)."""
    outcomes = [o for o in result.outcomes if o.check.startswith(prefixes)]
    specs = {k: s for k, s in result.specs.items() if k.startswith(prefixes)}
    return replace(result, outcomes=outcomes, specs=specs)


def run_focused(
    data_dir: Path | None, elections: tuple[str, ...], deff: float | None, prefixes: tuple[str, ...], command: str
) -> tuple[RunResult, RunResult]:
    """The whole validate run (for the tables), and its result narrowed to `prefixes` (for findings and exit code)."""
    from kzcheck.model.config import RunConfig
    from kzcheck.run import validate

    config = RunConfig(deff=deff, debug=debug_requested())
    full = validate(resolve_data_dir(data_dir), list(elections) or None, config, progress=progress())
    full.command = command
    return full, focus(full, prefixes)


def emit(result: RunResult, fmt: str, text: Callable[..., None], fail_on: str, delivery: Delivery) -> None:
    """Print in the chosen format (`text` through the command's own renderer) and exit by --fail-on."""
    from kzcheck.commands.deliver import deliver

    deliver(result, fmt, fail_on, delivery, text=text)
