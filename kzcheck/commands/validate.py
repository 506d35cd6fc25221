"""`kzcheck validate`: every check over a data folder, findings on stdout in the chosen format."""

from __future__ import annotations

from pathlib import Path

import click

from kzcheck.cli import guarded
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
from kzcheck.commands.deliver import Delivery, delivery_options
from kzcheck.render import FORMATS


@click.command("validate")
@data_option
@election_option
@format_option(*FORMATS)
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
@delivery_options
@guarded
def command(
    data_dir: Path | None,
    elections: tuple[str, ...],
    fmt: str,
    fail_on: str,
    today: str | None,
    report_dir: Path | None,
    delivery: Delivery,
) -> None:
    """Check every poll, source and official result; print findings; exit 1 if any fail."""
    from kzcheck.commands.deliver import check_codes_early, deliver
    from kzcheck.model.config import RunConfig
    from kzcheck.run import validate

    check_codes_early(delivery)
    if report_dir is not None:
        from kzcheck.render.html.folder import ensure_replaceable, write_report

        ensure_replaceable(report_dir)  # before the run, so a wrong DIR fails fast
    result = validate(
        resolve_data_dir(data_dir),
        list(elections) or None,
        RunConfig(today=today, debug=debug_requested()),
        progress=progress(),
    )
    if report_dir is not None:
        write_report(result, report_dir, say=progress())
    deliver(result, fmt, fail_on, delivery)
