"""`kzcheck checks`: the catalogue of every check, as a table or as the Markdown of docs/checks.md."""

from __future__ import annotations

import click

from kzcheck.cli import guarded


@click.command("checks")
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True)
@guarded
def command(fmt: str) -> None:
    """List every check: its stable id, severity, engine and title."""
    from kzcheck.catalogue import all_specs, markdown

    specs = all_specs()
    if fmt == "markdown":
        click.echo(markdown(specs), nl=False)
        return
    from rich.table import Table

    from kzcheck.render.terminal import console

    table = Table("id", "severity", "engine", "title", box=None, show_edge=False)
    for s in specs:
        table.add_row(s.id, s.severity.value, s.engine.split(" (")[0], s.title)
    console().print(table)
