"""`kzcheck checks [ID]`: the catalogue of every check, as a table, as JSON or as the Markdown of docs/checks.md; with
an ID (or a prefix), that check's documentation."""

from __future__ import annotations

import json
import sys

import click

from kzcheck.cli import guarded
from kzcheck.commands.common import selection_options

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
    """List every check: its stable id, severity, engine and title; with ID, that check's documentation."""
    from kzcheck.catalogue import all_specs, markdown
    from kzcheck.model.findings import Severity
    from kzcheck.model.selection import chosen, specificity, unknown_codes

    specs = all_specs()
    ids = [s.id for s in specs]
    bad = unknown_codes([*select, *ignore, *([check_id] if check_id else [])], ids)
    if bad:
        from kzcheck.commands.deliver import suggest

        raise click.UsageError(suggest(bad, ids))
    specs = [s for s in specs if chosen(s.id, select, ignore)]
    if check_id:
        specs = [s for s in specs if specificity(check_id, s.id) >= 0]
    if severity:
        specs = [s for s in specs if s.severity.rank >= Severity(severity).rank]
    if fmt == "json":
        doc = {
            "schema": SCHEMA,
            "checks": [
                {
                    "id": s.id,
                    "title": s.title,
                    "severity": s.severity.value,
                    "engine": s.engine,
                    "description": s.description,
                    "template": s.template or None,
                }
                for s in specs
            ],
        }
        json.dump(doc, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    if fmt == "markdown":
        click.echo(markdown(specs), nl=False)
        return
    from rich.markup import escape
    from rich.table import Table

    from kzcheck.render.fit import console_for, print_table

    console = console_for(sys.stdout)
    if check_id and len(specs) == 1:
        s = specs[0]
        console.print(f"[bold]{escape(s.id)}[/] — {escape(s.title)}")
        console.print(f"severity: {s.severity.value}; engine: {escape(s.engine)}")
        console.print()
        console.print(escape(s.description))
        if s.template:
            console.print()
            console.print(f"message: {escape(s.template)}")
        return
    table = Table("id", "severity", "engine", "title", box=None, show_edge=False, pad_edge=False)
    for s in specs:
        table.add_row(escape(s.id), s.severity.value, escape(s.engine.split(" (")[0]), escape(s.title))
    print_table(console, table)
