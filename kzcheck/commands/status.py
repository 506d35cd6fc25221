"""`kzcheck status`: per election, what the data holds and what the CEC still owes, by when; exit 1 if overdue.

Reads only election files and which files exist (no pandas, pandera or Great Expectations), so it answers at once:
fit for a scheduled CI job through the results window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, TextIO

import click

from kzcheck.analysis.deadlines import (
    ElectionDeadlines,
    Publication,
    State,
    all_deadlines,
    describe,
    parse_day,
    today_in_kazakhstan,
)
from kzcheck.cli import guarded
from kzcheck.commands.common import Options, shared_options, today_option
from kzcheck.neutral import neutral
from kzcheck.render.json import dump

SCHEMA = "kzcheck/status/v1"
EXIT_OVERDUE = 1


def _ago(day: dt.date, today: dt.date) -> str:
    n = (today - day).days
    if n == 0:
        return "today"
    unit = "day" if abs(n) == 1 else "days"
    return f"{n} {unit} ago" if n > 0 else f"in {-n} {unit}"


def render_text(rows: list[ElectionDeadlines], data: str, today: dt.date, given: bool, out: TextIO) -> None:
    when = "--today" if given else "today in Kazakhstan, UTC+5"
    out.write(f"kzcheck status — data: {neutral(data)} — as of {today.isoformat()} ({when})\n")
    for d in rows:
        out.write(f"\n{neutral(d.election)} — {neutral(d.name)}\n")
        out.write(f"  {'voting day':<12} {d.voting_day.isoformat()} ({_ago(d.voting_day, today)})\n")
        for p in d.publications:
            out.write(f"  {p.kind:<12} {neutral(describe(p, today))}\n")
    finals = [d.get("final") for d in rows]
    states = [p.state for p in finals if p is not None]
    overdue = sum(len(d.overdue) for d in rows)
    out.write(
        f"\nSummary: {len(rows)} election(s); final results {states.count(State.PUBLISHED)} published, "
        f"{states.count(State.DUE)} due, {states.count(State.OVERDUE)} overdue, "
        f"{states.count(State.NO_DEADLINE)} missing with no deadline declared; "
        f"{overdue} publication(s) overdue\n"
    )


def document(rows: list[ElectionDeadlines], data: str, today: dt.date) -> dict[str, Any]:
    from kzcheck import __version__

    return {
        "schema": SCHEMA,
        "kzcheck_version": __version__,
        "data": data,
        "today": today.isoformat(),
        "overdue": sum(len(d.overdue) for d in rows),
        "elections": [
            {
                "election": d.election,
                "name": d.name,
                "voting_day": d.voting_day.isoformat(),
                "election_file": d.election_file,
                "publications": [
                    {
                        "kind": p.kind,
                        "state": p.state.value,
                        "file": p.file,
                        "due": p.due.isoformat() if p.due else None,
                        "days_left": p.days_left(today),
                    }
                    for p in d.publications
                ],
            }
            for d in rows
        ],
    }


# What each publication is judged by in `validate` (kzcheck/checks/deadlines.py), so that --select, --ignore and
# --severity pick the same things here; a publication no check judges (polls, intraday) is shown unless --select is.
CHECK_OF = {"final": "results.overdue", "preliminary": "results.preliminary-overdue"}
SEVERITY_OF = {"final": "error", "preliminary": "warning"}


def kept(rows: list[ElectionDeadlines], opts: Options) -> list[ElectionDeadlines]:
    """The publications `--select`/`--ignore`/`--severity` keep: an overdue one at its check's severity, else info."""

    def keep(p: Publication) -> bool:
        code = CHECK_OF.get(p.kind)
        severity = SEVERITY_OF.get(p.kind, "info") if p.state is State.OVERDUE else "info"
        return (opts.chosen(code) if code else not opts.select) and opts.shown(severity)

    return [replace(d, publications=[p for p in d.publications if keep(p)]) for d in rows]


@click.command("status")
@shared_options("text", "json")
@today_option
@guarded
def command(opts: Options, today: str | None) -> None:
    """What each election's data holds and what is due from the CEC, by when; exit 1 if anything is overdue."""
    from kzcheck.load.dataset import discover

    opts.check_codes_early()
    day = parse_day(today) if today else today_in_kazakhstan()
    dataset = discover(opts.root, opts.only)
    rows = kept(all_deadlines(dataset, day), opts)
    overdue = sum(len(d.overdue) for d in rows)
    with opts.sink(lambda: f"{len(rows)} election(s); {overdue} publication(s) overdue") as out:
        if opts.fmt == "json":
            dump(document(rows, dataset.display, day), out)
        else:
            render_text(rows, dataset.display, day, today is not None, out)
    click.get_current_context().exit(EXIT_OVERDUE if overdue else 0)
