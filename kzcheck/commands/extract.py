"""`kzcheck extract`: read a press report and show (or append to the data) every figure it prints, with its source.

Exit codes: 0 every figure read with confidence (and written with --write); 1 some figures are uncertain or
unattributed (listed with the reason; never written); 2 unusable input: an unreadable article, an unknown election or
source, rows already in the data.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kzcheck.cli import guarded
from kzcheck.commands.common import Options, shared_options
from kzcheck.model.errors import InputError

EXIT_UNCERTAIN = 1
# What --select/--ignore name here: each kind of figure as `extract.<kind>` (`extract` selects them all); --severity
# ranks a figure read with confidence as info and an uncertain or unattributed one as a warning.
KINDS = ("share", "sample_size", "stations", "margin", "turnout", "count", "percent", "seats")
CODES = tuple(f"extract.{k}" for k in KINDS)


def chosen_entries(extraction, opts: Options):
    """The extraction with only the figures the shared filters keep (what is left out is neither shown, written
    nor counted in the exit code)."""
    from dataclasses import replace

    opts.check_codes(CODES)

    def keep(e) -> bool:
        return opts.chosen(f"extract.{e.kind}") and opts.shown("info" if e.confidence == "confident" else "warning")

    return replace(extraction, entries=[e for e in extraction.entries if keep(e)])


def _read_article(file: str) -> str:
    from kzcheck.extract.data import article_bytes, stdin_limit

    if file == "-":
        limit = stdin_limit()
        raw = sys.stdin.buffer.read() if limit is None else sys.stdin.buffer.read(limit + 1)
        name = "standard input"
        if limit is not None and len(raw) > limit:
            raise InputError("extract.article", f"the article is longer than {limit:,} bytes", file=name)
    else:
        path = Path(file)
        if not path.exists():
            raise InputError("extract.article", "no such article file", file=file, hint="give a plain-text file or -")
        raw = article_bytes(path, file)
        name = file
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            "extract.article",
            f"the article is not UTF-8 text (byte {exc.start})",
            file=name,
            hint="save it as UTF-8 plain text",
        ) from None


@click.command("extract")
@click.argument("file", metavar="FILE|-")
@click.option("--election", "election_id", required=True, metavar="ID", help="The election the article reports on.")
@click.option("--source", "source_id", metavar="ID", help="The article's id in sources.csv, if it is there already.")
@click.option("--outlet", metavar="NAME", help="Who printed it (a new source).")
@click.option("--url", metavar="URL", help="Where (a new source).")
@click.option("--published", metavar="DATE", help="ISO date or date-time of publication (a new source).")
@click.option("--language", type=click.Choice(["en", "ru", "kk"]), help="The article's language (default: guessed).")
@click.option("--write", is_flag=True, help="Append the confident figures to the data folder.")
@shared_options("text", "json", elections=False)
@guarded
def command(
    file: str,
    election_id: str,
    source_id: str | None,
    outlet: str | None,
    url: str | None,
    published: str | None,
    language: str | None,
    write: bool,
    opts: Options,
) -> None:
    """Find the figures a press report prints (poll shares and methods, official counts, turnout, seats) and show
    them with their attribution; --write appends the confident ones to the data."""
    from kzcheck.extract.article import read_article
    from kzcheck.extract.data import open_election
    from kzcheck.extract.render import document, render_text, summary_line
    from kzcheck.extract.writer import Source, apply, existing_rows, new_source, plan

    new = (outlet, url, published)
    if source_id and any(new):
        raise click.UsageError("give either --source or --outlet/--url/--published, not both")
    if any(new) and not all(new):
        raise click.UsageError("a new source needs --outlet, --url and --published")
    if published:
        import datetime as dt

        try:
            dt.datetime.fromisoformat(published)
        except ValueError:
            raise click.BadParameter(
                f"{published!r} is not an ISO date (YYYY-MM-DD) or date-time", param_hint="--published"
            ) from None
    if write and not (source_id or any(new)):
        raise click.UsageError("--write needs the article's source: --source ID, or --outlet, --url and --published")
    data = open_election(opts.root, election_id)
    text = _read_article(file)
    extraction = chosen_entries(read_article(data, text, language), opts)
    source = None
    if source_id:
        known = {r.get("source") for r in existing_rows(data.root / "sources.csv")}
        if source_id not in known:
            raise InputError(
                "extract.unknown-source",
                f"no source {source_id!r} in sources.csv",
                file=str(data.root / "sources.csv"),
                column="source",
                hint="give --outlet, --url and --published to add it",
            )
        source = Source(source_id)
    elif outlet and url and published:
        source = new_source(data, outlet, url, published, language or extraction.language)
    the_plan = plan(extraction, data, source) if source else None
    if write and the_plan is not None:
        apply(the_plan)
    sid = source.id if source else None
    doubtful = any(e.confidence != "confident" for e in extraction.entries)
    with opts.sink(lambda: summary_line(extraction)) as out:
        if opts.fmt == "json":
            from kzcheck.render.json import dump

            dump(document(extraction, election_id, sid, the_plan, write), out)
        else:
            render_text(extraction, election_id, sid, the_plan, write, out)
    click.get_current_context().exit(EXIT_UNCERTAIN if doubtful else 0)
