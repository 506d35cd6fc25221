"""The command line: parses options, wires load -> check -> render, maps outcomes to exit codes. Nothing else.

Exit codes (stable): 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error or unusable input;
3 an internal error (a bug: please report it, rerun with --debug for the traceback).
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from typing import Any

import click

from kzcheck import __version__
from kzcheck.model.errors import EXIT_UNUSABLE, InputError

EXIT_INTERNAL = 3

# A short-lived process that builds many objects at once (the dependencies' imports, GX's metric graph) spends a
# fifth of its time in the cycle collector at the default thresholds. Collect far less often: objects are still
# freed by reference counting, and cycles still every 100,000 net allocations (measured in benchmarks/run.py).
gc.set_threshold(100_000, 50, 100)


def interactive() -> bool:
    """Progress on stderr only for a person at a terminal, never under CI or when piped."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn kzcheck's own errors into a message and exit 2; anything else into exit 3 (traceback with --debug)."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        ctx = click.get_current_context()
        debug = bool(ctx.find_root().params.get("debug"))
        try:
            return fn(*args, **kwargs)
        except InputError as exc:
            if debug:
                raise
            click.echo(f"kzcheck: {exc}", err=True)
            ctx.exit(EXIT_UNUSABLE)
        except BrokenPipeError:  # the reader went away (| head): stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(0)
        except (click.exceptions.Exit, click.ClickException, KeyboardInterrupt):
            raise
        except Exception as exc:
            if debug:
                raise
            click.echo(
                f"kzcheck: internal error: {type(exc).__name__}: {exc}\n"
                "  this is a bug in kzcheck, not in your data; rerun with --debug for details",
                err=True,
            )
            ctx.exit(EXIT_INTERNAL)

    return wrapper


# Each command lives in its own module kzcheck/commands/<name>.py exposing `command`; it is imported only when run
# or listed, so `kzcheck --help` stays free of pandas and Great Expectations.
COMMANDS = ("validate", "checks", "status", "report", "compare", "reconcile")


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


def fast_exit(code: int) -> None:
    """Skip the collector's walk over every object at exit (seconds with pandas and GX loaded)."""
    import gc

    gc.freeze()
    click.get_current_context().exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
