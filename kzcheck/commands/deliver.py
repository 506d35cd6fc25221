"""How every command that reports findings ends: choose what to show, compare with a baseline, write, exit.

The options are shared (`delivery_options`): `--select`/`--ignore`/`--severity` (kzcheck/model/selection.py),
`--baseline FILE` (kzcheck/load/baseline.py), `-o/--output FILE` (written atomically: a reader sees the previous file
or the new one whole), `--quiet` (the summary line and the exit code only) and `--show-all` (passed and not evaluated
results too).
"""

from __future__ import annotations

import functools
import io
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import click

from kzcheck.cli import fast_exit
from kzcheck.commands.common import selection_options
from kzcheck.model.findings import RunResult, Severity


@dataclass(frozen=True)
class Delivery:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: str | None = None
    baseline: Path | None = None
    output: Path | None = None
    quiet: bool = False
    show_all: bool = False


_OPTIONS = (
    *selection_options,
    click.option(
        "--baseline",
        type=click.Path(path_type=Path, dir_okay=False),
        default=None,
        metavar="FILE",
        help="A previous `--format json` result: report new, unchanged and fixed findings; fail on new ones only.",
    ),
    click.option(
        "-o",
        "--output",
        type=click.Path(path_type=Path, dir_okay=False),
        default=None,
        metavar="FILE",
        help="Write the output to FILE (atomically) instead of stdout.",
    ),
    click.option("-q", "--quiet", is_flag=True, help="Print only the summary line; the exit code says the rest."),
    click.option("--show-all", is_flag=True, help="Also list passed and not evaluated results (text output)."),
)


def delivery_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Add the shared options to a command; it receives them as one `delivery` argument."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        names = ("select", "ignore", "severity", "baseline", "output", "quiet", "show_all")
        delivery = Delivery(**{n: kwargs.pop(n) for n in names})
        return fn(*args, delivery=delivery, **kwargs)

    for option in reversed(_OPTIONS):
        wrapper = option(wrapper)
    return wrapper


def check_codes(delivery: Delivery, ids: list[str]) -> None:
    """A --select or --ignore code that names no check is a usage error (exit 2), not an empty selection."""
    from kzcheck.model.selection import unknown_codes

    bad = unknown_codes([*delivery.select, *delivery.ignore], ids)
    if bad:
        raise click.UsageError(suggest(bad, ids))


def suggest(bad: list[str], ids: list[str]) -> str:
    """The usage message for codes that name no check, with the nearest id."""
    import difflib

    text = f"no check is called {', '.join(repr(b) for b in bad)} or starts with it"
    near = difflib.get_close_matches(bad[0], ids, n=1)
    if near:
        text += f"; did you mean {near[0]!r}?"
    return text + " (`kzcheck checks` lists them)"


def check_codes_early(delivery: Delivery) -> None:
    """The same usage check against the catalogue, before a run, so that a typo fails at once."""
    if delivery.select or delivery.ignore:
        from kzcheck.catalogue import all_specs

        check_codes(delivery, [s.id for s in all_specs()])


def prepare(result: RunResult, delivery: Delivery) -> RunResult:
    """The result narrowed to the selection, compared with the baseline when one is given."""
    from kzcheck.model.selection import narrow

    check_codes(delivery, list(result.specs))
    severity = Severity(delivery.severity) if delivery.severity else None
    result = narrow(result, delivery.select, delivery.ignore, severity)
    if delivery.baseline is not None:
        from kzcheck.load.baseline import compare

        result = replace(result, baseline=compare(result, delivery.baseline))
    return result


def exit_code(result: RunResult, fail_on: str) -> int:
    if result.baseline is not None:
        from kzcheck.load.baseline import exit_code as baseline_exit

        return baseline_exit(result, result.baseline, Severity(fail_on))
    return result.exit_code(Severity(fail_on))


def write(text: str, delivery: Delivery) -> None:
    """The payload to `--output`, atomically; a folder that does not exist is a clear error (exit 2)."""
    from kzcheck.model.errors import InputError
    from kzcheck.render.html.folder import atomic_write_text

    assert delivery.output is not None
    if not delivery.output.parent.is_dir():
        raise InputError(
            "output.no-folder",
            "cannot be written: its folder does not exist",
            file=str(delivery.output),
            hint="create the folder first or choose another --output path",
        )
    atomic_write_text(delivery.output, text)


def deliver(
    result: RunResult,
    fmt: str,
    fail_on: str,
    delivery: Delivery,
    text: Callable[..., None] | None = None,
) -> None:
    """Narrow, compare, render in `fmt` (`text` through the command's own text renderer), write and exit."""
    from kzcheck.render import renderer
    from kzcheck.render.text import summary_line

    result = prepare(result, delivery)
    render = (text or renderer("text")) if fmt == "text" else renderer(fmt)
    options: dict[str, Any] = {"fail_on": fail_on}
    if fmt == "text":
        options["show_all"] = delivery.show_all
    if delivery.output is not None:
        buffer = io.StringIO()
        render(result, buffer, **options)
        write(buffer.getvalue(), delivery)
    elif not delivery.quiet:
        render(result, sys.stdout, **options)  # straight to the terminal, so that colour and width follow it
        sys.stdout.flush()
    if delivery.quiet:
        click.echo(summary_line(result))
    fast_exit(exit_code(result, fail_on))
