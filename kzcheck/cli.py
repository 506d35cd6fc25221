"""The command line: parses options, wires load -> check -> render, maps outcomes to exit codes. Nothing else.

Exit codes (stable): 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error or unusable input;
3 an internal error (a bug: please report it, rerun with --debug for the traceback).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

import click

from kzcheck import __version__
from kzcheck.model.errors import EXIT_UNUSABLE, InputError
from kzcheck.neutral import neutral

EXIT_INTERNAL = 3


def interactive() -> bool:
    """Progress on stderr only for a person at a terminal, never under CI or when piped."""
    return sys.stderr.isatty() and not os.environ.get("CI")


DEBUG = "kzcheck.debug"  # ctx.meta key: `--debug` given after the command name (`kzcheck validate --debug`)


def debug_on(ctx: click.Context) -> bool:
    """Whether `--debug` was given, before the command name or after it."""
    return bool(ctx.meta.get(DEBUG) or ctx.find_root().params.get("debug"))


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn kzcheck's own errors into a message and exit 2; anything else into exit 3 (traceback with --debug).

    stdout goes through `kzcheck.streams.Payload`: a reader that goes away ends the output quietly and the command
    keeps its own exit code; a stdout that cannot be written is exit 2. Every message is neutralised (one inert line
    per part), since a file name or a cell value in it is anyone's text.
    """
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from kzcheck.streams import install

        ctx = click.get_current_context()
        debug = debug_on(ctx)
        out = install()
        try:
            try:
                return fn(*args, **kwargs)
            finally:
                out.flush()  # a full disk shows here, while there is still a message to give
        except InputError as exc:
            if debug:
                raise
            click.echo(f"kzcheck: {exc.safe()}", err=True)
            ctx.exit(EXIT_UNUSABLE)
        except (click.exceptions.Exit, click.ClickException, KeyboardInterrupt):
            raise
        except MemoryError:  # the machine's limit, not a bug: the reading limits keep the defaults well inside 2 GiB
            if debug:
                raise
            click.echo(
                "kzcheck: [environment.memory] ran out of memory\n"
                "  hint: lower a --limit (file-size, rows) or check fewer elections at once (--election)",
                err=True,
            )
            ctx.exit(EXIT_UNUSABLE)
        except Exception as exc:
            if debug:
                raise
            click.echo(
                f"kzcheck: internal error: {type(exc).__name__}: {neutral(exc)}\n"
                "  this is a bug in kzcheck, not in your data; rerun with --debug for details",
                err=True,
            )
            ctx.exit(EXIT_INTERNAL)

    return wrapper


# Each command lives in its own module kzcheck/commands/<name>.py exposing `command`; it is imported only when run
# or listed, so `kzcheck --help` stays free of pandas and Great Expectations.
COMMANDS = ("validate", "checks", "status", "report", "compare", "reconcile", "extract", "pollsters", "watch")


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        import importlib

        module = importlib.import_module(f"kzcheck.commands.{cmd_name}")
        return module.command  # type: ignore[no-any-return]


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kzcheck")
@click.option("--debug", is_flag=True, help="Show Python tracebacks (for reporting bugs).")
def main(debug: bool) -> None:
    """Validate and reconcile Kazakhstan's election figures: exit polls, outlets' reprints, CEC results."""


def entry() -> None:
    """The `kzcheck` program (and `python -m kzcheck`): the command line owns the process, so the dependencies are
    imported with the cycle collector off (`kzcheck.startup`); `main` itself, run in-process, changes nothing."""
    from kzcheck import startup

    startup.own()
    main()


def fast_exit(code: int) -> None:
    """Skip the collector's walk over every object at exit (seconds with pandas and GX loaded)."""
    import gc

    gc.freeze()
    click.get_current_context().exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
