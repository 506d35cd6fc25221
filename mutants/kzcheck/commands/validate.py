"""`kzcheck validate`: every check over a data folder, findings on stdout in the chosen format."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kzcheck.cli import fast_exit, guarded
from kzcheck.commands.common import (
    data_option,
    debug_requested,
    election_option,
    fail_on_option,
    format_option,
    progress,
    resolve_data_dir,
    today_option,
)


@click.command("validate")
@data_option
@election_option
@format_option("text", "json", "junit", "github")
@fail_on_option
@today_option
@click.option(
    "--report",
    "report_dir",
    type=click.Path(path_type=Path),
    default=None,
    metavar="DIR",
    help="Also write the HTML report (with Great Expectations Data Docs) into DIR.",
)
@guarded
def command(
    data_dir: Path | None,
    elections: tuple[str, ...],
    fmt: str,
    fail_on: str,
    today: str | None,
    report_dir: Path | None,
) -> None:
    """Check every poll, source and official result; print findings; exit 1 if any fail."""
    from kzcheck.model.config import RunConfig
    from kzcheck.model.findings import Severity
    from kzcheck.render import renderer
    from kzcheck.run import validate

    if report_dir is not None:
        from kzcheck.render.html.folder import ensure_replaceable, write_report

        ensure_replaceable(report_dir)  # before the run, so a wrong DIR fails fast
    result = validate(
        resolve_data_dir(data_dir),
        list(elections) or None,
        RunConfig(today=today, debug=debug_requested()),
        progress=progress(),
    )
    renderer(fmt)(result, sys.stdout)
    sys.stdout.flush()
    if report_dir is not None:
        write_report(result, report_dir, say=progress())
    fast_exit(result.exit_code(Severity(fail_on)))
