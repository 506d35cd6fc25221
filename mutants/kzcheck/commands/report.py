"""`kzcheck report`: the HTML data-quality report of a data folder, written whole or not at all.

The report folder holds index.html, a page per election, Great Expectations Data Docs under gx/, and a small
kzcheck-report.json that marks the folder as a kzcheck report (only such a folder, or an empty one, is replaced).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kzcheck.cli import fast_exit, guarded
from kzcheck.commands.common import data_option, election_option, progress, resolve_data_dir, today_option

MARKER = "kzcheck-report.json"
DEFAULT_OUT = Path("reports")


def ensure_replaceable(out: Path) -> None:
    """Refuse to replace a folder that holds something other than a previous kzcheck report (hidden files aside)."""
    from kzcheck.errors import InputError

    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise InputError(
            "report.out-not-a-folder", "exists and is not a folder", file=str(out), hint="pass --out with a folder path"
        )
    visible = [p for p in out.iterdir() if not p.name.startswith(".")] if out.is_dir() else []
    if visible and not (out / MARKER).is_file():
        raise InputError(
            "report.out-not-a-report",
            "is not empty and holds no kzcheck report, so it will not be replaced",
            file=str(out),
            hint="pass --out with a new or empty folder, or one kzcheck wrote before",
        )


def keep_hidden(out: Path, staging: Path) -> None:
    """Carry hidden entries (a .gitkeep, a publishing checkout's .git) over into the new report."""
    if not out.is_dir():
        return
    for entry in out.iterdir():
        if entry.name.startswith("."):
            if entry.is_dir() and not entry.is_symlink():
                shutil.copytree(entry, staging / entry.name, symlinks=True)
            else:
                shutil.copy2(entry, staging / entry.name, follow_symlinks=False)


def with_reconciliation(result: Any) -> None:
    """Make sure the result carries the reconciliation table the report shows (computed once, if the run did not)."""
    if "reconciliation" in result.extras or result.data is None:
        return
    from kzcheck.reconcile import reconcile

    result.extras["reconciliation"] = reconcile(result.data)


def write_report(result: Any, out: Path, data_docs: bool = True, say: Callable[[str], None] | None = None) -> Path:
    """Write the whole report for `result` into `out`, replacing a previous report only once all of it is written."""
    from kzcheck import __version__
    from kzcheck.output import atomic_replace_dir
    from kzcheck.render.html import pages

    say = say or (lambda _msg: None)
    ensure_replaceable(out)
    with_reconciliation(result)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with atomic_replace_dir(out) as staging:
        keep_hidden(out, staging)
        href, note = None, "not built for this report"
        if data_docs:
            from kzcheck.gx.docs import build

            say("building Great Expectations Data Docs")
            docs = build(result.data, staging / "gx", now)
            href, note = docs.href, docs.note
        say("writing the HTML report")
        for name, html in pages(result, href, note, now).items():
            (staging / name).write_text(html, encoding="utf-8")
        (staging / MARKER).write_text(
            json.dumps(
                {
                    "generator": "kzcheck",
                    "version": __version__,
                    "generated": now.isoformat(),
                    "data": result.data_dir,
                    "elections": [e.id for e in result.elections],
                    "counts": result.counts(),
                    "index": "index.html",
                    "data_docs": href,
                },
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
    return out / "index.html"


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
    from kzcheck.checks import RunConfig
    from kzcheck.run import validate

    say = progress()
    ensure_replaceable(out_dir)
    result = validate(resolve_data_dir(data_dir), list(elections) or None, RunConfig(today=today), progress=say)
    index = write_report(result, out_dir, say=say)
    click.echo(str(index))
    fast_exit(0)
