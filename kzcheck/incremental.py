"""The engine behind `kzcheck watch`: after each save, re-read only the files that changed, re-run the checks of the
elections they belong to, and say what changed since the last run.

A file belongs to the election its name carries (`polls/<id>.csv`, `figures/<id>.csv`, `results/<id>.<status>.csv`,
`protocols/<id>.<origin>.csv`, `elections/<id>.toml`); `sources.csv`, `acknowledged.csv`, `pollsters.csv`,
`families.csv` and `areas/` belong to every election. The result after any sequence of saves is the one a fresh
`kzcheck validate` of the folder gives: each election's outcomes come from a run of that election alone over the
same files (tests/test_watch.py checks this after random edits), and the outcomes of no election (the shared files)
from the latest run.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from kzcheck.delta import Delta, compare
from kzcheck.load.dataset import RESULT_STATUSES
from kzcheck.load.table import TableSpec, read_table
from kzcheck.model.config import RunConfig
from kzcheck.model.errors import InputError
from kzcheck.model.findings import ElectionSummary, Finding, Outcome, RunResult
from kzcheck.reuse import Reuse

SHARED = "*"  # a file every election reads
PER_ELECTION_FOLDERS = ("polls", "figures", "results", "protocols", "elections")


class ReadCache:
    """`read_table` results by file, reused while the file's size and modification time stay the same and no save
    of it was reported. Each caller gets its own copy: `load` changes the frames and findings it is given."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str, str, str | None], tuple[tuple[int, int, int], pd.DataFrame, list]] = {}
        self.reads = 0  # files read from disk, for tests and the benchmark

    def forget(self, paths: Iterable[Path]) -> None:
        gone = {str(Path(p).resolve()) for p in paths}
        self._entries = {k: v for k, v in self._entries.items() if k[0] not in gone}

    def __call__(
        self, path: Path, display: str, spec: TableSpec, election: str | None
    ) -> tuple[pd.DataFrame, list[Finding]]:
        key = (str(Path(path).resolve()), display, spec.name, election)
        signature = _signature(path)
        hit = self._entries.get(key)
        if hit is None or hit[0] != signature:
            frame, found = read_table(path, display, spec, election)
            self.reads += 1
            hit = (signature, frame, found)
            self._entries[key] = hit
        return hit[1].copy(), [copy.copy(f) for f in hit[2]]


def _signature(path: Path) -> tuple[int, int, int]:
    try:
        st = Path(path).stat()
    except OSError:
        return (-1, -1, -1)
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def elections_of(path: Path, root: Path, known: Iterable[str]) -> set[str]:
    """The elections a data file belongs to: one, every one (SHARED), or none (a file kzcheck does not read)."""
    try:
        rel = Path(path).resolve().relative_to(root.resolve())
    except ValueError:
        return set()
    parts = rel.parts
    if not parts:
        return {SHARED}
    if parts[0] in ("sources.csv", "acknowledged.csv", "pollsters.csv", "families.csv", "areas"):
        return {SHARED}
    if len(parts) != 2 or parts[0] not in PER_ELECTION_FOLDERS:
        return set()
    name = parts[1]
    if parts[0] == "elections":
        return {name[: -len(".toml")]} if name.endswith(".toml") else {SHARED}  # a .yaml there is an input error
    if not name.endswith(".csv"):
        return set()
    stem = name[: -len(".csv")]
    if parts[0] in ("polls", "figures"):
        return {stem}
    for eid in sorted(known, key=len, reverse=True):  # `<id>.<status>`: the longest id that fits
        if stem.startswith(eid + "."):
            rest = stem[len(eid) + 1 :]
            return {eid} if parts[0] == "protocols" or rest in RESULT_STATUSES else set()
    return set()


@dataclass
class Update:
    """What one run of the engine did: the elections it re-checked, what changed, or what stopped it."""

    checked: list[str]
    delta: Delta
    result: RunResult | None
    error: str | None = None
    seconds: float = 0.0
    reads: int = 0


@dataclass
class _Part:
    summary: ElectionSummary
    outcomes: list[Outcome]
    keys: dict[str, Finding]  # its findings under their stable keys (kzcheck.delta)


@dataclass
class Engine:
    """The last good result of a data folder, kept up to date one save at a time."""

    root: Path
    only: list[str] | None = None
    config: RunConfig = field(default_factory=RunConfig)
    cache: ReadCache = field(default_factory=ReadCache)
    reuse: Reuse = field(default_factory=Reuse)  # each check's outcomes, reused while what it read is unchanged
    parts: dict[str, _Part] = field(default_factory=dict)
    shared: list[Outcome] = field(default_factory=list)
    shared_keys: dict[str, Finding] = field(default_factory=dict)
    specs: dict = field(default_factory=dict)
    display: str = ""
    keys: dict[str, Finding] = field(default_factory=dict)
    failed: bool = False  # the last run stopped on input it could not use: the next one checks everything

    def known(self) -> list[str]:
        """The elections of the folder now (those asked for, when --election was given)."""
        folder = self.root / "elections"
        found = sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []
        return [e for e in found if self.only is None or e in self.only]

    def start(self, each: bool = True) -> Update:
        """The first run over every election: each on its own (`each`, what the watcher's saves re-run, so the
        outcomes it keeps are the ones later saves can reuse), or all in one run (`--once`, which stops after it)."""
        return self._run(None, each)

    def changed(self, paths: Iterable[Path]) -> Update:
        """Re-check after `paths` were saved, created or deleted."""
        paths = list(paths)
        self.cache.forget(paths)
        touched: set[str] = set()
        for p in paths:
            touched |= elections_of(p, self.root, set(self.known()) | set(self.parts))
        if not touched:
            return Update([], compare(self.keys, self.keys), None)
        return self._run(None if SHARED in touched or self.failed else touched)

    def _run(self, touched: set[str] | None, each: bool = True) -> Update:
        from kzcheck.run import validate

        start = time.perf_counter()
        reads = self.cache.reads
        known = self.known()
        selected = known if touched is None else [e for e in known if e in touched]
        for gone in [e for e in self.parts if e not in known]:
            del self.parts[gone]
        groups = [[e] for e in selected] if each else [selected] if selected else []
        try:
            if not known:  # what `validate` says of a folder with no elections
                validate(self.root, self.only, self.config, reader=self.cache)
            runs = [validate(self.root, g, self.config, reader=self.cache, reuse=self.reuse) for g in groups]
        except InputError as exc:
            self.failed = True
            return Update(selected, compare(self.keys, self.keys), None, error=exc.safe(), seconds=_since(start))
        self.failed = False
        for part in runs:
            self.display = part.data_dir
            self.specs.update(part.specs)
            self.shared = [o for o in part.outcomes if o.election is None]
            self.shared_keys = _keyed(f for o in self.shared for f in o.findings)
            by_election: dict[str, list[Outcome]] = {summary.id: [] for summary in part.elections}
            for o in part.outcomes:
                if o.election is not None:
                    by_election.setdefault(o.election, []).append(o)
            for summary in part.elections:
                outcomes = by_election.get(summary.id, [])
                self.parts[summary.id] = _Part(summary, outcomes, _keyed(f for o in outcomes for f in o.findings))
        result = self.result(known)
        current = {k: f for e in known if e in self.parts for k, f in self.parts[e].keys.items()}
        current.update(self.shared_keys)
        delta = compare(self.keys, current)
        self.keys = current
        return Update(selected, delta, result, seconds=_since(start), reads=self.cache.reads - reads)

    def result(self, order: list[str] | None = None) -> RunResult:
        """The combined result, elections in the folder's order, as one `validate` of every election gives it."""
        order = order if order is not None else self.known()
        parts = [self.parts[e] for e in order if e in self.parts]
        outcomes = [o for p in parts for o in p.outcomes] + self.shared
        return RunResult(self.display, [p.summary for p in parts], outcomes, dict(self.specs))


def _keyed(findings: Iterable[Finding]) -> dict[str, Finding]:
    """Findings under their fingerprints, which `validate` gave them: the keys `kzcheck.delta` compares on. The
    fingerprint names the election, so those of one election's run are the ones a run of every election gives."""
    return {str(f.fingerprint): f for f in findings}


def _since(start: float) -> float:
    return time.perf_counter() - start
