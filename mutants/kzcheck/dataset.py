"""Where a data folder keeps what: finds the files of each election without reading any table (no pandas here)."""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path

from kzcheck.election import Election, key_row, load_election
from kzcheck.load.defects import (
    DATA_MISSING,
    DATA_NOT_A_FOLDER,
    ELECTION_AREAS,
    ELECTION_FORMAT,
    IS_DIRECTORY,
    NO_ELECTIONS,
    UNKNOWN_ELECTION,
    UNREADABLE,
)

RESULT_STATUSES = ("preliminary", "final", "intraday")
BUNDLED = Path(__file__).resolve().parent.parent / "data"


def display_path(path: Path) -> str:
    """The path as a user (and a CI annotation) wants it: relative to the working folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


@dataclass
class ElectionFiles:
    election: Election
    polls: Path | None = None
    figures: Path | None = None
    results: dict[str, Path] = field(default_factory=dict)  # status -> file
    protocols: dict[str, Path] = field(default_factory=dict)  # origin -> file


@dataclass
class DataSet:
    root: Path
    elections: dict[str, ElectionFiles]
    sources: Path | None
    acknowledged: Path | None
    areas: dict[str, Path]

    @property
    def display(self) -> str:
        return display_path(self.root)


def default_data_dir() -> Path:
    """The bundled data, or ./data when kzcheck is installed without it."""
    return BUNDLED if BUNDLED.is_dir() else Path("data")


def _file(path: Path) -> Path | None:
    """The file, or None when there is none ("not yet published"); a folder or a broken link there is an error."""
    if not path.exists():
        if path.is_symlink():
            raise UNREADABLE.error(file=display_path(path), reason="it is a link to something that does not exist")
        return None
    if path.is_dir():
        raise IS_DIRECTORY.error(file=display_path(path))
    return path


def discover(root: Path, only: list[str] | None = None) -> DataSet:
    """Read every election definition and find the tables that belong to it."""
    if not root.exists():
        raise DATA_MISSING.error(file=display_path(root))
    if not root.is_dir():
        raise DATA_NOT_A_FOLDER.error(file=display_path(root))
    edir = root / "elections"
    if not edir.is_dir():
        raise NO_ELECTIONS.error(file=display_path(root), what="has no elections/ folder")
    other = sorted(p for p in edir.iterdir() if p.suffix.lower() in (".yaml", ".yml", ".json"))
    if other:
        raise ELECTION_FORMAT.error(file=display_path(other[0]), stem=other[0].stem)
    defs = sorted(p for p in edir.iterdir() if p.suffix == ".toml")
    if not defs:
        raise NO_ELECTIONS.error(file=display_path(edir), what="no election definitions (elections/*.toml)")
    known = {p.stem: p for p in defs}
    if only:
        for eid in only:
            if eid not in known:
                close = difflib.get_close_matches(eid, list(known), n=1)
                raise UNKNOWN_ELECTION.error(
                    file=display_path(edir),
                    id=eid,
                    hint=(f"did you mean {close[0]!r}? " if close else "") + f"known: {', '.join(sorted(known))}",
                )
        defs = [known[e] for e in only]
    elections: dict[str, ElectionFiles] = {}
    for path in defs:
        e = load_election(path, display_path(path))
        ef = ElectionFiles(e, _file(root / "polls" / f"{e.id}.csv"), _file(root / "figures" / f"{e.id}.csv"))
        for status in RESULT_STATUSES:
            f = _file(root / "results" / f"{e.id}.{status}.csv")
            if f:
                ef.results[status] = f
        pdir = root / "protocols"
        if pdir.is_dir():
            for p in sorted(pdir.glob(f"{e.id}.*.csv")):
                ef.protocols[p.name[len(e.id) + 1 : -4]] = p
        elections[e.id] = ef
    areas = {p.stem: p for p in sorted((root / "areas").glob("*.csv"))} if (root / "areas").is_dir() else {}
    for ef in elections.values():
        if ef.election.areas and ef.election.areas not in areas:
            raise ELECTION_AREAS.error(
                file=ef.election.file, row=_areas_row(root, ef), column="areas", areas=ef.election.areas
            )
    return DataSet(root, elections, _file(root / "sources.csv"), _file(root / "acknowledged.csv"), areas)


def _areas_row(root: Path, ef: ElectionFiles) -> int | None:
    path = root / "elections" / f"{ef.election.id}.toml"
    try:
        return key_row(path.read_text(encoding="utf-8-sig"), "areas")
    except (OSError, UnicodeDecodeError):
        return None
