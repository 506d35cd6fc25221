"""The command line: parses options, wires load -> check -> render, maps outcomes to exit codes. Nothing else.

Exit codes (stable): 0 nothing at or above --fail-on; 1 findings at or above it; 2 usage error or unusable input;
3 an internal error (a bug: please report it, rerun with --debug for the traceback).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kzcheck import __version__
from kzcheck.errors import EXIT_UNUSABLE, InputError

EXIT_INTERNAL = 3


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
        except (click.exceptions.Exit, click.ClickException, KeyboardInterrupt):
            raise
        except Exception as exc:
            if debug:
                raise
            click.echo(f"kzcheck: internal error: {type(exc).__name__}: {exc}\n"
                       "  this is a bug in kzcheck, not in your data; rerun with --debug for details", err=True)
            ctx.exit(EXIT_INTERNAL)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kzcheck")
@click.option("--debug", is_flag=True, help="Show Python tracebacks (for reporting bugs).")
def main(debug: bool) -> None:
    """Validate and reconcile Kazakhstan's election figures: exit polls, outlets' reprints, CEC results."""


data_option = click.option(
    "--data", "data_dir", type=click.Path(path_type=Path, file_okay=True, dir_okay=True), default=None,
    help="Data folder (default: the bundled data).")
election_option = click.option("--election", "elections", multiple=True, metavar="ID",
                               help="Only this election (repeatable).")


def _data_dir(value: Path | None) -> Path:
    from kzcheck.dataset import default_data_dir

    return value if value is not None else default_data_dir()


def _progress() -> Callable[[str], None] | None:
    if not interactive():
        return None
    from rich.console import Console

    console = Console(stderr=True)
    return lambda msg: console.print(f"[dim]… {msg}[/]", highlight=False)


@main.command()
@data_option
@election_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format on stdout.")
@click.option("--fail-on", type=click.Choice(["error", "warning"]), default="error", show_default=True,
              help="Exit 1 when a finding at or above this severity is not acknowledged.")
@guarded
def validate(data_dir: Path | None, elections: tuple[str, ...], fmt: str, fail_on: str) -> None:
    """Check every poll, source and official result; print findings; exit 1 if any fail."""
    from kzcheck.findings import Severity
    from kzcheck.render import renderer
    from kzcheck.run import validate as run_validate

    result = run_validate(_data_dir(data_dir), list(elections) or None, progress=_progress())
    renderer(fmt)(result, sys.stdout)
    sys.stdout.flush()
    code = result.exit_code(Severity(fail_on))
    _fast_exit(code)


def _fast_exit(code: int) -> None:
    """Skip the collector's walk over every object at exit (seconds with pandas and GX loaded)."""
    import gc

    gc.freeze()
    click.get_current_context().exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
