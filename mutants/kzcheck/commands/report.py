"""`kzcheck report`: the HTML data-quality report of a data folder, written whole or not at all.

The report folder holds index.html, a page per election, Great Expectations Data Docs under gx/, and a small
kzcheck-report.json that marks the folder as a kzcheck report (only such a folder, or an empty one, is replaced).
"""

from __future__ import annotations

from pathlib import Path

import click

from kzcheck.cli import fast_exit, guarded
from kzcheck.commands.common import (
    data_option,
    debug_requested,
    election_option,
    progress,
    resolve_data_dir,
    today_option,
)

DEFAULT_OUT = Path("reports")


@click.command("report")
@data_option
@election_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="Folder to write the report into; a previous report there is replaced whole.",
)
@today_option
@guarded
def command(data_dir: Path | None, elections: tuple[str, ...], out_dir: Path, today: str | None) -> None:
    """Write the HTML data-quality report (a page per election, Data Docs); print the index page's path."""
    from kzcheck.model.config import RunConfig
    from kzcheck.render.html.folder import ensure_replaceable, write_report
    from kzcheck.run import validate

    say = progress()
    ensure_replaceable(out_dir)
    result = validate(
        resolve_data_dir(data_dir),
        list(elections) or None,
        RunConfig(today=today, debug=debug_requested()),
        progress=say,
    )
    index = write_report(result, out_dir, say=say)
    click.echo(str(index))
    fast_exit(0)
