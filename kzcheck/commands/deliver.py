"""How every command that reports findings ends: choose what to show, compare with a baseline, write, exit.

The options are the shared ones (`kzcheck.commands.common.shared_options`): `--select`/`--ignore`/`--severity`
(kzcheck/model/selection.py), `--baseline FILE` (kzcheck/load/baseline.py), `-o/--output FILE` (written atomically:
a reader sees the previous file or the new one whole), `--quiet` (the summary line and the exit code only) and
`--show-all` (passed and not evaluated results too).
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import click

from kzcheck.cli import fast_exit
from kzcheck.commands.common import Options, write_output
from kzcheck.model.findings import RunResult, Severity


def narrowed(result: RunResult, opts: Options) -> RunResult:
    """The result narrowed to `--select`/`--ignore`/`--severity` (codes checked against the run's checks)."""
    from kzcheck.model.selection import narrow

    opts.check_codes(list(result.specs))
    severity = Severity(opts.severity) if opts.severity else None
    return narrow(result, opts.select, opts.ignore, severity)


def prepare(result: RunResult, opts: Options) -> RunResult:
    """The result narrowed to the selection, compared with the baseline when one is given."""
    result = narrowed(result, opts)
    if opts.baseline is not None:
        from kzcheck.load.baseline import compare

        result = replace(result, baseline=compare(result, opts.baseline))
    return result


def exit_code(result: RunResult, fail_on: str) -> int:
    if result.baseline is not None:
        from kzcheck.load.baseline import exit_code as baseline_exit

        return baseline_exit(result, result.baseline, Severity(fail_on))
    return result.exit_code(Severity(fail_on))


def deliver(result: RunResult, opts: Options, text: Callable[..., None] | None = None) -> None:
    """Narrow, compare, render in `--format` (`text` through the command's own text renderer), write and exit."""
    from kzcheck.render import renderer
    from kzcheck.render.text import summary_line

    result = prepare(result, opts)
    render = (text or renderer("text")) if opts.fmt == "text" else renderer(opts.fmt)
    options: dict[str, Any] = {"fail_on": opts.fail_on}
    if opts.fmt == "text":
        options["show_all"] = opts.show_all
    if opts.output is not None:
        buffer = io.StringIO()
        render(result, buffer, **options)
        write_output(buffer.getvalue(), opts.output)
    elif not opts.quiet:
        render(result, sys.stdout, **options)  # straight to the terminal, so that colour and width follow it
        sys.stdout.flush()
    if opts.quiet:
        click.echo(summary_line(result))
    fast_exit(exit_code(result, opts.fail_on))
