"""What `compare`, `reconcile` and `pollsters` share: one command shape (the shared options, `--deff`), a validate
run narrowed to their checks, and the output through `deliver`."""

from __future__ import annotations

import importlib
from dataclasses import replace

import click

from kzcheck.cli import guarded
from kzcheck.commands.common import Options, debug_requested, progress, shared_options
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
    opts: Options, deff: float | None, prefixes: tuple[str, ...], command: str
) -> tuple[RunResult, RunResult]:
    """The whole validate run (for the tables), and its result narrowed to `prefixes` (for findings and exit code)."""
    from kzcheck.model.config import RunConfig
    from kzcheck.run import validate

    config = RunConfig(deff=deff, debug=debug_requested())
    full = validate(opts.root, opts.only, config, progress=progress(), prefetch=True)
    full.command = command
    return full, focus(full, prefixes)


def focused_command(name: str, prefixes: tuple[str, ...], text_renderer: str, summary: str) -> click.Command:
    """A command that runs validate, keeps the checks under `prefixes` and prints them through `text_renderer`'s
    `render` (text) or the shared renderers (json); it exits by `--fail-on`, as validate does."""

    @click.command(name, help=summary)
    @shared_options("text", "json", fail_on=True, findings=True)
    @deff_option
    @guarded
    def command(opts: Options, deff: float | None) -> None:
        from kzcheck.commands.deliver import deliver

        opts.check_codes_early()
        render = importlib.import_module(text_renderer).render
        _, result = run_focused(opts, deff, prefixes, name)
        deliver(result, opts, text=render)

    return command
