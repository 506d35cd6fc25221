"""`kzcheck report`: the HTML data-quality report of a data folder, written whole or not at all.

The report folder holds index.html, a page per election, Great Expectations Data Docs under gx/, and a small
kzcheck-report.json that marks the folder as a kzcheck report (only such a folder, or an empty one, is replaced).
"""

from __future__ import annotations

from pathlib import Path

import click

from kzcheck.cli import fast_exit, guarded
from kzcheck.commands.common import Options, debug_requested, progress, shared_options, today_option

DEFAULT_OUT = Path("reports")


@click.command("report")
@shared_options(output=False)
@click.option(
    "-o",
    "--out",
    "--output",
    "out_dir",
    type=click.Path(path_type=Path),
    default=DEFAULT_OUT,
    show_default=True,
    help="Folder to write the report into, whole or not at all; a previous report there is replaced whole.",
)
@today_option
@guarded
def command(opts: Options, out_dir: Path, today: str | None) -> None:
    """Write the HTML data-quality report (a page per election, Data Docs); print the index page's path (with
    --quiet, the summary line instead). --select, --ignore and --severity choose the findings it shows."""
    from kzcheck.commands.deliver import narrowed
    from kzcheck.model.config import RunConfig
    from kzcheck.render.html.folder import ensure_replaceable, write_report
    from kzcheck.render.text import summary_line
    from kzcheck.run import validate

    opts.check_codes_early()
    say = progress()
    ensure_replaceable(out_dir)
    result = validate(opts.root, opts.only, RunConfig(today=today, debug=debug_requested()), progress=say)
    result = narrowed(result, opts)
    index = write_report(result, out_dir, say=say)
    click.echo(summary_line(result) if opts.quiet else str(index))
    fast_exit(0)
