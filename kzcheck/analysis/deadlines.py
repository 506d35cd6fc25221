"""What the CEC owes and by when: publication deadlines of official results, worked out from election files alone.

Pure logic with no pandas, so `kzcheck status` answers in a blink and `kzcheck validate` reuses the same rules.
Preliminary results are due the day after voting day; final results `final_results_due_days` after it. A results
file that is missing means "not yet published": that is a state, and an overdue one once its deadline has passed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from kzcheck.load.dataset import DataSet, ElectionFiles, display_path
from kzcheck.model.config import parse_day as parse_day  # the day's rule lives with RunConfig

KAZAKHSTAN = dt.timezone(dt.timedelta(hours=5), "UTC+5")  # one time zone for the whole country since 1 March 2024
PRELIMINARY_DUE_DAYS = 1
DUE_KEY = "final_results_due_days"


class State(StrEnum):
    """Where one expected publication stands on a given day."""

    PUBLISHED = "published"
    DUE = "due"  # not published, deadline today or later
    OVERDUE = "overdue"  # not published, deadline passed
    NO_DEADLINE = "no deadline"  # not published, and the election file declares no deadline
    ABSENT = "absent"  # not in the data, and nothing says it must be (polls)
    SUPERSEDED = "superseded"  # preliminary results not in the data, but the final ones are


@dataclass(frozen=True)
class Publication:
    """One thing the data may hold for an election (polls, preliminary or final results) and where it stands."""

    kind: str  # polls | preliminary | final | intraday
    state: State
    file: str | None = None  # the file that holds it, when published
    due: dt.date | None = None

    def days_left(self, today: dt.date) -> int | None:
        """Days until the deadline (negative once passed), while the publication is still awaited."""
        if self.due is None or self.state not in (State.DUE, State.OVERDUE):
            return None
        return (self.due - today).days


@dataclass(frozen=True)
class ElectionDeadlines:
    """An election's voting day, its deadlines and what of it has been published, as of `today`."""

    election: str
    name: str
    voting_day: dt.date
    today: dt.date
    election_file: str
    due_line: int | None  # line of `final_results_due_days` in the election file, for annotations
    publications: list[Publication] = field(default_factory=list)

    def get(self, kind: str) -> Publication | None:
        return next((p for p in self.publications if p.kind == kind), None)

    @property
    def overdue(self) -> list[Publication]:
        return [p for p in self.publications if p.state is State.OVERDUE]


def today_in_kazakhstan(now: dt.datetime | None = None) -> dt.date:
    """The calendar day in Kazakhstan (UTC+5), which is the one the CEC's deadlines count in."""
    return (now or dt.datetime.now(dt.UTC)).astimezone(KAZAKHSTAN).date()


def key_line(path: Path, key: str) -> int | None:
    """The 1-based line where a top-level TOML key is set, so a finding can point at it; None when absent."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("["):  # past the top-level keys
            return None
        if pattern.match(line):
            return number
    return None


def _state(published: bool, due: dt.date | None, today: dt.date) -> State:
    if published:
        return State.PUBLISHED
    if due is None:
        return State.NO_DEADLINE
    return State.OVERDUE if today > due else State.DUE


def deadlines(files: ElectionFiles, root: Path, today: dt.date) -> ElectionDeadlines:
    """Where an election's polls and official results stand on `today`.

    A deadline is assessed only when the election file declares `final_results_due_days`: without the law's
    deadline for final results (maslikhat elections, say) kzcheck does not assume the national timetable.
    """
    e = files.election
    final_due = e.final_results_due
    prelim_due = e.date + dt.timedelta(days=PRELIMINARY_DUE_DAYS) if final_due is not None else None
    final = files.results.get("final")
    prelim = files.results.get("preliminary")
    # Final results make the preliminary ones moot: they are not overdue once the final ones are out.
    prelim_state = (
        State.SUPERSEDED if prelim is None and final is not None else _state(prelim is not None, prelim_due, today)
    )
    pubs = [
        Publication(
            "polls",
            State.PUBLISHED if files.polls else State.ABSENT,
            display_path(files.polls) if files.polls else None,
        ),
        Publication("preliminary", prelim_state, display_path(prelim) if prelim else None, prelim_due),
        Publication(
            "final", _state(final is not None, final_due, today), display_path(final) if final else None, final_due
        ),
    ]
    if "intraday" in files.results:
        pubs.insert(1, Publication("intraday", State.PUBLISHED, display_path(files.results["intraday"])))
    path = root / "elections" / f"{e.id}.toml"
    return ElectionDeadlines(e.id, e.name, e.date, today, e.file, key_line(path, DUE_KEY), pubs)


def all_deadlines(dataset: DataSet, today: dt.date) -> list[ElectionDeadlines]:
    return [deadlines(ef, dataset.root, today) for ef in dataset.elections.values()]


def describe(pub: Publication, today: dt.date) -> str:
    """A short phrase for people: `published (file)`, `due by 2023-03-29 (in 4 days)`, `overdue since …`."""
    if pub.state is State.PUBLISHED:
        return f"published ({pub.file})" if pub.file else "published"
    if pub.state is State.ABSENT:
        return "none in the data"
    if pub.state is State.SUPERSEDED:
        return "not in the data; superseded by the final results"
    if pub.state is State.NO_DEADLINE:
        return f"not published; no deadline declared ({DUE_KEY} in the election file)"
    assert pub.due is not None
    left = (pub.due - today).days
    if pub.state is State.OVERDUE:
        late = -left
        return f"OVERDUE: not published, was due by {pub.due.isoformat()} ({late} day{'s' if late != 1 else ''} late)"
    when = "today" if left == 0 else f"in {left} day{'s' if left != 1 else ''}"
    return f"not published, due by {pub.due.isoformat()} ({when})"
