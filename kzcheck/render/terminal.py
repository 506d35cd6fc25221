"""The rich console every text printer uses: data values neutralised, any COLUMNS value, a broken pipe left to the
command (which exits quietly with its own code, see `kzcheck.streams`)."""

from __future__ import annotations

import os
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape

from kzcheck.neutral import neutral

FALLBACK_WIDTH = 160  # a file or a pipe: wide enough that tables keep every number whole
MIN_WIDTH = 40


def esc(value: object) -> str:
    """A data-derived value inside rich markup: neutralised (one inert line), then markup-escaped."""
    return escape(neutral("" if value is None else value))


class SafeConsole(Console):
    """A console that raises `BrokenPipeError` instead of exiting with code 1 when the reader goes away."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError


def width(out: TextIO, env: Any = None) -> int | None:
    """The width to print at: a sane COLUMNS or the terminal's at a terminal, `FALLBACK_WIDTH` for a file or pipe.

    rich takes COLUMNS as given, so COLUMNS=0 would print nothing at all and COLUMNS=3 a column of letters; a value
    that is not a whole number of at least `MIN_WIDTH` is ignored.
    """
    env = os.environ if env is None else env
    columns = str(env.get("COLUMNS", "")).strip()
    given = int(columns) if columns.isdigit() else None
    try:
        tty = out.isatty()
    except (AttributeError, ValueError):
        tty = False
    if not tty:  # a file or a pipe: COLUMNS describes someone's terminal, not this reader; never cut a number
        return FALLBACK_WIDTH
    if given is not None and given >= MIN_WIDTH:
        return given
    if tty:
        try:
            size = os.get_terminal_size(out.fileno()).columns
        except (AttributeError, ValueError, OSError):
            size = 0
        return max(size, MIN_WIDTH) if size else FALLBACK_WIDTH
    return FALLBACK_WIDTH


def console(out: TextIO | None = None, *, stderr: bool = False, fixed_width: int | None = None) -> Console:
    """A console on `out` (stdout by default, or stderr): no highlighting, no soft wrapping of kzcheck's lines."""
    import sys

    stream = out if out is not None else (sys.stderr if stderr else sys.stdout)
    return SafeConsole(
        file=out,  # None: rich looks sys.stdout (or sys.stderr) up at each write, so a replaced stream is followed
        stderr=stderr,
        highlight=False,
        emoji=False,  # ":warning:" in a pollster's name is text, not an emoji code
        soft_wrap=True,
        width=fixed_width or width(stream),
        color_system=None if os.environ.get("NO_COLOR") else "auto",  # NO_COLOR: no styling at all, bold included
    )
