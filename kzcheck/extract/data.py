"""What extraction needs from a data folder, in one place: the election, the names it holds, the files to read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kzcheck.load.dataset import DataSet, discover, display_path
from kzcheck.load.election import Election
from kzcheck.load.encoding import decode, read_bytes
from kzcheck.load.limits import active


@dataclass
class ElectionData:
    root: Path
    election: Election
    polls: Path | None
    figures: Path | None
    areas: Path | None
    sources: Path | None

    @property
    def display(self) -> str:
        return display_path(self.root)


def open_election(root: Path, election_id: str) -> ElectionData:
    """The election and its files; an unknown election or a broken folder is an InputError naming it."""
    dataset: DataSet = discover(root, [election_id])
    ef = dataset.elections[election_id]
    e = ef.election
    areas = dataset.areas.get(e.areas) if e.areas else None
    return ElectionData(root, e, ef.polls, ef.figures, areas, dataset.sources)


def election_names(election: Election) -> Iterator[tuple[str, str, str]]:
    """(kind, id, printed name) of every option, protocol line and pollster the election file names."""
    for o in election.options:
        for n in (*o.names.values(), *o.aliases):
            yield "option", o.id, n
    for ln in election.lines:
        for n in ln.names.values():
            yield "line", ln.id, n
    for canonical, aliases in election.pollsters.items():
        for n in (canonical, *aliases):
            yield "pollster", canonical, n


def read_text(path: Path) -> str:
    """A data file's text (UTF-8, a byte-order mark dropped); another encoding is an InputError naming the file."""
    shown = display_path(path)
    return decode(read_bytes(path, shown), shown)[0]


def article_bytes(path: Path, shown: str) -> bytes:
    """An article file's bytes, with the same limits and refusals (FIFO, device, too large) as every data file."""
    return read_bytes(path, shown)


def stdin_limit() -> int | None:
    """The largest article read from standard input: the file-size limit."""
    return active().file_size
