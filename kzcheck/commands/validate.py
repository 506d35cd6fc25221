"""`kzcheck validate`: every check over a data folder, findings on stdout in the chosen format."""

from __future__ import annotations

from pathlib import Path

import click

from kzcheck.cli import guarded
from kzcheck.commands.common import Options, debug_requested, progress, report_option, shared_options, today_option
from kzcheck.render import FORMATS


@click.command("validate")
@shared_options(*FORMATS, fail_on=True, findings=True)
@today_option
@report_option("Also write the HTML report (with Great Expectations Data Docs) into DIR.")
@guarded
def command(opts: Options, today: str | None, report_dir: Path | None) -> None:
    """Check every poll, source and official result; print findings; exit 1 if any fail."""
    from kzcheck.commands.deliver import deliver
    from kzcheck.model.config import RunConfig
    from kzcheck.run import validate

    opts.check_codes_early()
    if report_dir is not None:
        from kzcheck.render.html.folder import ensure_replaceable, write_report

        ensure_replaceable(report_dir)  # before the run, so a wrong DIR fails fast
    result = validate(
        opts.root,
        opts.only,
        RunConfig(today=today, debug=debug_requested()),
        progress=progress(),
        prefetch=report_dir is None,  # a report validates again for its Data Docs: Great Expectations is imported here
    )
    if report_dir is not None:
        write_report(result, report_dir, say=progress())
    deliver(result, opts)
