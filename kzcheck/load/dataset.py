"""Where a data folder keeps what: finds the files of each election without reading any table (no pandas here)."""

from __future__ import annotations

import difflib
import errno
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kzcheck.load.defects import (
    DATA_MISSING,
    DATA_NOT_A_FOLDER,
    ELECTION_AREAS,
    ELECTION_FORMAT,
    FOLDER_UNREADABLE,
    IS_DIRECTORY,
    NO_ELECTIONS,
    TOO_MANY_ELECTIONS,
    UNKNOWN_ELECTION,
    UNREADABLE,
)
from kzcheck.load.election import Election, key_row, load_election
from kzcheck.load.encoding import stat_or_error
from kzcheck.load.limits import active
from kzcheck.model.stages import STAGES

RESULT_STATUSES = STAGES
BUNDLED = Path(__file__).resolve().parent.parent.parent / "data"


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
    pollsters: Path | None = None  # the pollster registry (pollsters.csv); None: pollsters known by name only
    families: Path | None = None  # option families across votes (families.csv)

    @property
    def display(self) -> str:
        return display_path(self.root)


def default_data_dir() -> Path:
    """The bundled data, or ./data when kzcheck is installed without it."""
    return BUNDLED if BUNDLED.is_dir() else Path("data")


def _file(path: Path) -> Path | None:
    """The file, or None when there is none ("not yet published"); a folder, a broken link or a link loop there is
    an error (what else stands there, a FIFO or a device, is refused when it is read)."""
    st = stat_or_error(path, display_path(path))
    if st is None:
        if path.is_symlink():
            raise UNREADABLE.error(file=display_path(path), reason="it is a link to something that does not exist")
        return None
    if stat.S_ISDIR(st.st_mode):
        raise IS_DIRECTORY.error(file=display_path(path))
    return path


def _folder(path: Path) -> bool:
    """Whether a folder is there (False when nothing is); a loop, a denied permission or a file is an error."""
    try:
        st = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        if path.is_symlink():
            raise FOLDER_UNREADABLE.error(file=display_path(path), reason="it is a link to nothing") from None
        return False
    except OSError as exc:
        raise FOLDER_UNREADABLE.error(file=display_path(path), reason=_why(exc)) from None
    if not stat.S_ISDIR(st.st_mode):
        return False
    if not os.access(path, os.R_OK | os.X_OK):
        raise FOLDER_UNREADABLE.error(file=display_path(path), reason="permission denied")
    return True


def _entries(folder: Path) -> list[Path]:
    """The folder's entries, sorted; one that cannot be listed is an error naming it and why."""
    try:
        return sorted(folder.iterdir())
    except OSError as exc:
        raise FOLDER_UNREADABLE.error(file=display_path(folder), reason=_why(exc)) from None


def _why(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "it is a symbolic link loop (the link points back at itself)"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or type(exc).__name__


def discover(root: Path, only: list[str] | None = None) -> DataSet:
    """Read every election definition and find the tables that belong to it."""
    if not _folder(root):
        if root.exists() or root.is_symlink():
            raise DATA_NOT_A_FOLDER.error(file=display_path(root))
        raise DATA_MISSING.error(file=display_path(root))
    edir = root / "elections"
    if not _folder(edir):
        raise NO_ELECTIONS.error(file=display_path(root), what="has no elections/ folder")
    entries = _entries(edir)
    other = [p for p in entries if p.suffix.lower() in (".yaml", ".yml", ".json")]
    if other:
        raise ELECTION_FORMAT.error(file=display_path(other[0]), stem=other[0].stem)
    defs = [p for p in entries if p.suffix == ".toml"]
    if not defs:
        raise NO_ELECTIONS.error(file=display_path(edir), what="no election definitions (elections/*.toml)")
    limit = active().elections
    if limit is not None and len(defs) > limit:
        raise TOO_MANY_ELECTIONS.error(file=display_path(edir), count=len(defs), limit=limit)
    known = {p.stem: p for p in defs}
    if only:
        only = [_as_typed(eid, known) for eid in only]
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
    protocols: list[Path] | None = None
    for path in defs:
        e = load_election(path, display_path(path))
        ef = ElectionFiles(e, _file(root / "polls" / f"{e.id}.csv"), _file(root / "figures" / f"{e.id}.csv"))
        for status in RESULT_STATUSES:
            f = _file(root / "results" / f"{e.id}.{status}.csv")
            if f:
                ef.results[status] = f
        if protocols is None:
            pdir = root / "protocols"
            protocols = [p for p in _entries(pdir) if p.suffix == ".csv"] if _folder(pdir) else []
        for p in protocols:
            if p.name.startswith(f"{e.id}.") and len(p.name) > len(e.id) + 5:
                ef.protocols[p.name[len(e.id) + 1 : -4]] = p
        elections[e.id] = ef
    adir = root / "areas"
    areas = {p.stem: p for p in _entries(adir) if p.suffix == ".csv"} if _folder(adir) else {}
    for ef in elections.values():
        if ef.election.areas and ef.election.areas not in areas:
            raise ELECTION_AREAS.error(
                file=ef.election.file, row=_areas_row(root, ef), column="areas", areas=ef.election.areas
            )
    return DataSet(
        root,
        elections,
        _file(root / "sources.csv"),
        _file(root / "acknowledged.csv"),
        areas,
        _file(root / "pollsters.csv"),
        _file(root / "families.csv"),
    )


def _as_typed(eid: str, known: dict[str, Path]) -> str:
    """An --election id as typed: the listed id it names once Unicode-normalised and case-folded, else unchanged."""
    folded = {unicodedata.normalize("NFC", k).casefold(): k for k in known}
    return folded.get(unicodedata.normalize("NFC", eid.strip()).casefold(), eid)


def _areas_row(root: Path, ef: ElectionFiles) -> int | None:
    path = root / "elections" / f"{ef.election.id}.toml"
    try:
        return key_row(path.read_text(encoding="utf-8-sig"), "areas")
    except (OSError, UnicodeDecodeError):
        return None
