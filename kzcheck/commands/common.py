"""Options and helpers every command shares."""

from __future__ import annotations

import functools
import io
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import click

from kzcheck.cli import DEBUG, debug_on, interactive

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
    help="Raise or lower a limit (repeatable): file-size=64M, cell=10000, rows=1000000, options=1000, polls=1000, "
    "elections=1000, findings=1000 (listed per check and election); VALUE 'none' lifts it. See docs/data-format.md.",
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


def report_option(help: str):  # noqa: ANN201, A002 (click's decorator; click's own parameter name)
    """`--report DIR`: where a command also writes the HTML report (validate, watch)."""
    return click.option(
        "--report", "report_dir", type=click.Path(path_type=Path), default=None, metavar="DIR", help=help
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
    """Whether `--debug` was given (`kzcheck --debug CMD` or `kzcheck CMD --debug`): internal errors then surface
    with their traceback."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx and debug_on(ctx))


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


def _debug(ctx: click.Context, param: click.Parameter, value: bool) -> bool:
    if value:
        ctx.meta[DEBUG] = True
    return value


debug_option = click.option(
    "--debug", is_flag=True, expose_value=False, callback=_debug, help="Show Python tracebacks (for reporting bugs)."
)


def _file_option(*names: str, help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    kind = click.Path(path_type=Path, dir_okay=False)
    return click.option(*names, type=kind, default=None, metavar="FILE", help=help)


output_option = _file_option(
    "-o", "--output", help="Write the output to FILE (atomically: a reader sees the old file or the new one whole)."
)
quiet_option = click.option(
    "-q", "--quiet", is_flag=True, help="Print only the summary line; the exit code says the rest."
)
baseline_option = _file_option(
    "--baseline",
    help="A previous `--format json` result: report new, unchanged and fixed findings; fail on new ones only.",
)
show_all_option = click.option(
    "--show-all", is_flag=True, help="Also list passed and not evaluated results (text output)."
)


@dataclass(frozen=True)
class Options:
    """What the options every command shares ask for (`shared_options`)."""

    data_dir: Path | None = None
    elections: tuple[str, ...] = ()
    fmt: str = "text"
    fail_on: str = "error"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: str | None = None
    output: Path | None = None
    quiet: bool = False
    baseline: Path | None = None
    show_all: bool = False

    @property
    def root(self) -> Path:
        return resolve_data_dir(self.data_dir)

    @property
    def only(self) -> list[str] | None:
        return list(self.elections) or None

    def chosen(self, code: str) -> bool:
        """Whether `--select`/`--ignore` keep what `code` (a check id) names."""
        from kzcheck.model.selection import chosen

        return chosen(code, self.select, self.ignore)

    def shown(self, severity: str) -> bool:
        """Whether `--severity` keeps something of this severity."""
        from kzcheck.model.findings import Severity

        return self.severity is None or Severity(severity).rank >= Severity(self.severity).rank

    def check_codes(self, ids: Sequence[str]) -> None:
        """A --select or --ignore code that names nothing in `ids` is a usage error (exit 2), not an empty selection."""
        from kzcheck.model.selection import unknown_codes

        bad = unknown_codes([*self.select, *self.ignore], ids)
        if bad:
            raise click.UsageError(suggest(bad, list(ids)))

    def check_codes_early(self) -> None:
        """`check_codes` against the catalogue of kinds, before a run, so that a typo fails at once."""
        if self.select or self.ignore:
            from kzcheck.catalogue import kinds

            self.check_codes(list(kinds()))

    @contextmanager
    def sink(self, summary: Callable[[], str] | None = None) -> Iterator[TextIO]:
        """Where a command prints: stdout, or `--output` written atomically at the end; with `--quiet` the output is
        dropped and `summary()` printed alone."""
        if self.output is None and not self.quiet:
            yield sys.stdout
            sys.stdout.flush()
        else:
            buffer = io.StringIO()
            yield buffer
            if self.output is not None:
                write_output(buffer.getvalue(), self.output)
        if self.quiet and summary is not None:
            click.echo(summary())


def suggest(bad: list[str], ids: list[str]) -> str:
    """The usage message for codes that name no check, with the nearest id."""
    import difflib

    text = f"no check is called {', '.join(repr(b) for b in bad)} or starts with it"
    near = difflib.get_close_matches(bad[0], ids, n=1)
    if near:
        text += f"; did you mean {near[0]!r}?"
    return text + " (`kzcheck checks` lists them)"


def write_output(text: str, path: Path) -> None:
    """`-o/--output FILE`, atomically; a folder that does not exist is a clear error (exit 2)."""
    from kzcheck.model.errors import InputError
    from kzcheck.render.html.folder import atomic_write_text

    if not path.parent.is_dir():
        raise InputError(
            "output.no-folder",
            "cannot be written: its folder does not exist",
            file=str(path),
            hint="create the folder first or choose another --output path",
        )
    atomic_write_text(path, text)


def shared_options(
    *formats: str, elections: bool = True, fail_on: bool = False, findings: bool = False, output: bool = True
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The options every command takes, as one `opts: Options` argument: `--data` (and `--limit`), `--election`,
    `--format` (when the command has `formats`), `--fail-on` (when findings decide its exit code), `--select`,
    `--ignore` and `--severity`, `-o/--output`, `-q/--quiet` and `--debug`; with `findings`, `--baseline` and
    `--show-all` too."""
    chosen: list[Any] = [  # click decorators
        data_option,
        *([election_option] if elections else []),
        *([format_option(*formats)] if formats else []),
        *([fail_on_option] if fail_on else []),
        *selection_options,
        *([baseline_option, show_all_option] if findings else []),
        *([output_option] if output else []),
        quiet_option,
        debug_option,
    ]
    names = set(Options.__dataclass_fields__)

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            given = {n: kwargs.pop(n) for n in list(kwargs) if n in names}
            return fn(*args, opts=Options(**given), **kwargs)

        command: Callable[..., Any] = wrapper
        for option in reversed(chosen):
            command = option(command)
        return command

    return decorate
