"""`kzcheck checks [ID]`: the catalogue of every check, as a table, as JSON or as the Markdown of docs/checks.md; with
an ID (or a prefix), that check's documentation."""

from __future__ import annotations

import json
import sys

import click

from kzcheck.cli import guarded
from kzcheck.commands.common import selection_options
from kzcheck.model.kinds import Kind

SCHEMA = "kzcheck/checks/v1"


def _with_selection(fn: click.decorators.FC) -> click.decorators.FC:
    for option in reversed(selection_options):
        fn = option(fn)
    return fn


@click.command("checks")
@click.argument("check_id", required=False, metavar="[ID]")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default="text", show_default=True)
@_with_selection
@guarded
def command(
    check_id: str | None, fmt: str, select: tuple[str, ...], ignore: tuple[str, ...], severity: str | None
) -> None:
    """List every kind of finding (each check, and each defect of input): its stable id, severity, origin and title;
    with ID, its documentation."""
    from kzcheck.catalogue import all_specs, kinds, markdown
    from kzcheck.commands.common import suggest
    from kzcheck.model.findings import Severity
    from kzcheck.model.selection import chosen, specificity, unknown_codes

    every = list(kinds().values())
    ids = [k.id for k in every]
    bad = unknown_codes([*select, *ignore, *([check_id] if check_id else [])], ids)
    if bad:
        raise click.UsageError(suggest(bad, ids))
    every = [k for k in every if chosen(k.id, select, ignore)]
    if check_id:
        every = [k for k in every if specificity(check_id, k.id) >= 0]
    if severity:  # a fatal defect of input (no severity) stops the run: above every severity
        every = [k for k in every if k.severity is None or k.severity.rank >= Severity(severity).rank]
    if fmt == "markdown":
        listed = {k.id for k in every}
        click.echo(markdown([s for s in all_specs() if s.id in listed]), nl=False)
        return
    if fmt == "json":
        doc = {
            "schema": SCHEMA,
            "checks": [
                {
                    "id": k.id,
                    "title": k.title,
                    "severity": _severity(k),
                    "engine": k.origin,
                    "description": k.description,
                    "template": k.template or None,
                }
                for k in every
            ],
        }
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    from rich.markup import escape
    from rich.table import Table

    from kzcheck.render.fit import console_for, print_table

    console = console_for(sys.stdout)
    if check_id and len(every) == 1:
        k = every[0]
        console.print(f"[bold]{escape(k.id)}[/] — {escape(k.title)}")
        console.print(f"severity: {_severity(k)}; engine: {escape(k.origin)}")
        console.print()
        console.print(escape(k.description))
        if k.template:
            console.print()
            console.print(f"message: {escape(k.template)}")
        return
    table = Table("id", "severity", "engine", "title", box=None, show_edge=False, pad_edge=False)
    for k in every:
        table.add_row(escape(k.id), _severity(k), escape(k.origin.split(" (")[0]), escape(k.title))
    print_table(console, table)


def _severity(kind: Kind) -> str:
    """A check's severity; `fatal` for a defect of input that stops the run (exit 2)."""
    return kind.severity.value if kind.severity is not None else "fatal"
