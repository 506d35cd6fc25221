"""Options and helpers every command shares."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from kzcheck.cli import interactive

_data_dir = click.option(
    "--data", "data_dir", type=click.Path(path_type=Path), default=None, help="Data folder (default: the bundled data)."
)


def _set_limits(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    from kzcheck.load.limits import parse, use

    try:
        use(parse(values))
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return values


limit_option = click.option(
    "--limit",
    "limits",
    multiple=True,
    metavar="NAME=VALUE",
    expose_value=False,
    callback=_set_limits,
    help="Raise or lower a reading limit (repeatable): file-size=64M, cell=10000, rows=1000000, options=1000, "
    "elections=1000; VALUE 'none' lifts it. See docs/data-format.md.",
)


def data_option(fn: Callable[..., object]) -> Callable[..., object]:
    """`--data DIR`, and the `--limit` options that bound how much of it is read."""
    return _data_dir(limit_option(fn))


election_option = click.option(
    "--election", "elections", multiple=True, metavar="ID", help="Only this election (repeatable)."
)


def _check_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from kzcheck.analysis.deadlines import parse_day

    if value is None:
        return None
    try:
        return parse_day(value).isoformat()
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


today_option = click.option(
    "--today",
    metavar="YYYY-MM-DD",
    default=None,
    callback=_check_day,
    help="Judge publication deadlines as of this day, for reproducible runs (default: today in Kazakhstan, UTC+5).",
)


def resolve_data_dir(value: Path | None) -> Path:
    from kzcheck.load.dataset import default_data_dir

    return value if value is not None else default_data_dir()


def progress() -> Callable[[str], None] | None:
    """A progress bar on stderr for a person at a terminal (a step per message); nothing when piped or under CI."""
    if not interactive():
        return None
    from kzcheck.commands.progress import Bar

    return Bar()


def debug_requested() -> bool:
    """Whether `kzcheck --debug` was given: internal errors then surface with their traceback."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().params.get("debug"))


def format_option(*formats: str) -> Callable[[Callable[..., object]], Callable[..., object]]:
    """`--format` with the formats a command can print."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(formats)),
        default=formats[0],
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


def _codes(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    """`--select a,b --select c` → ("a", "b", "c")."""
    return tuple(c.strip() for v in value for c in v.split(",") if c.strip())


selection_options = (
    click.option(
        "--select",
        multiple=True,
        metavar="CODES",
        callback=_codes,
        help="Only these checks: ids or dotted prefixes, comma-separated or repeated (`poll`, `poll.sum`, ALL).",
    ),
    click.option(
        "--ignore",
        multiple=True,
        metavar="CODES",
        callback=_codes,
        help="Leave out these checks (ids or prefixes); the more specific of --select and --ignore wins.",
    ),
    click.option(
        "--severity",
        type=click.Choice(["error", "warning", "info"]),
        default=None,
        help="Only findings at or above this severity (what is hidden does not count in the exit code).",
    ),
)
