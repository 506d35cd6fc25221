"""A check module's outcomes reused while nothing it read has changed: how `kzcheck watch` answers a save in a
fraction of a full run.

A module's outcomes are a function of the data fields it read (kzcheck/load/recorded.py notes them as it runs,
through the analysis tables too), of the run's configuration, limits and the day it runs on, of the expectation
suites, and of the code, which does not change while the watcher runs. So each module's last outcomes are kept with a
digest of every field it read. On the next run over the same elections, a module whose fields all have the same
digests gives a copy of those outcomes instead of running; any other runs, and its new reads and outcomes are kept
(unless one of its checks broke: a broken run is never reused). A save to a figures file re-runs the checks that read
figures; the official results checks, which never do, are not run again. The analysis tables are kept the same way
(kzcheck/analysis/tables.py), and so are the parts of a module that ask for it (`Analysis.kept`: one table's schema).

Digests: a frame by its columns, dtypes, index and values row by row (pandas' row hash, bitwise for numbers), with the
types an object column holds (the row hash reads 1 and "1" alike); `dataset`, the folder's map, also by the path, size
and modification time of every file in the folders checks read themselves (`READ_DIRECTLY`: the election files, whose
lines the deadline checks cite and whose names the registry checks list; a test holds that no check reads any other
file of the data folder); anything else by its pickle. Each digest is taken once per run, before any check runs.

tests/test_reuse.py holds the rules; tests/test_watch.py holds the watcher's findings equal to a cold run's after
every one of a few hundred random edits.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

import pandas as pd

from kzcheck.load.frames import LoadedData
from kzcheck.load.recorded import Reads, recorded
from kzcheck.model.config import RunConfig

T = TypeVar("T")
READ_DIRECTLY = ("elections",)  # the folders of the data folder that checks read files of, besides the loaded data


def digest(value: Any) -> str:
    """What a value holds, as a hex digest (see the module's docstring)."""
    h = hashlib.blake2b(digest_size=20)
    if isinstance(value, pd.DataFrame):
        h.update(repr([(str(c), str(t)) for c, t in value.dtypes.items()]).encode())
        h.update(pd.util.hash_pandas_object(value.index, index=False).to_numpy().tobytes())
        for name in value.columns:
            column = value[name]
            try:
                h.update(pd.util.hash_pandas_object(column, index=False).to_numpy().tobytes())
            except TypeError:  # cells pandas cannot hash (a list, say)
                h.update(pickle.dumps(column.tolist()))
            if column.dtype == object:
                h.update(repr(sorted({type(v).__name__ for v in column})).encode())
    else:
        h.update(pickle.dumps(value))
    return h.hexdigest()


def _folder(root: Path) -> list[tuple[str, int, int]]:
    """Every file under the data folder with its size and modification time."""
    found = []
    for here, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(here, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            found.append((os.path.relpath(path, root), st.st_size, st.st_mtime_ns))
    return found


def context(config: RunConfig, suites: Path) -> str:
    """What every module's outcomes depend on besides the data: the configuration and the limits, the day the
    deadlines are judged on, and the expectation suites' files."""
    from kzcheck.analysis.deadlines import today_in_kazakhstan
    from kzcheck.load import limits

    day = config.today or today_in_kazakhstan().isoformat()
    return digest((dataclasses.astuple(config), dataclasses.astuple(limits.active()), str(day), _folder(suites)))


@dataclass
class _Kept:
    context: str
    reads: dict[str, str]  # field -> its digest when the outcomes were made
    value: Any


@dataclass
class Reuse:
    """The outcomes of each module's last run over each set of elections, with what they read."""

    kept: dict[tuple[str, tuple[str, ...]], _Kept] = field(default_factory=dict)
    reads: Reads = field(default_factory=Reads)
    ran: list[str] = field(default_factory=list)  # the modules the latest run ran (the others were reused)
    _data: LoadedData | None = None
    _digests: dict[str, str] = field(default_factory=dict)
    _context: str = ""

    def begin(self, data: LoadedData, config: RunConfig) -> LoadedData:
        """Start a run over `data`: its digests are taken now; the checks are to be given the data returned."""
        from kzcheck.gx.engine import SUITES

        self._data, self.ran = data, []
        self._context = context(config, SUITES)
        self._digests = {}
        for f in dataclasses.fields(LoadedData):
            value = getattr(data, f.name)
            if f.name == "dataset":
                value = (value, [_folder(value.root / folder) for folder in READ_DIRECTLY])
            self._digests[f.name] = digest(value)
        return recorded(data, self.reads)

    def run(
        self, name: str, compute: Callable[[], T], copies: bool = True, keep: Callable[[T], bool] = lambda _: True
    ) -> T:
        """`compute()`'s value, or a copy of the one its last run gave, when every field that run read is as it was.
        With `copies` False the kept value itself is handed back (for a value no one changes afterwards). A value
        `keep` refuses (a check that broke) is not kept: the next run computes it again."""
        assert self._data is not None, "begin() first"
        key = (name, tuple(self._data.elections))
        kept = self.kept.get(key)
        if (
            kept is not None
            and kept.context == self._context
            and all(self._digests.get(n) == d for n, d in kept.reads.items())
        ):
            self.reads.note(kept.reads)  # whoever asked depends on what the kept value was made from
            return cast(T, copy.deepcopy(kept.value) if copies else kept.value)
        self.ran.append(name)
        with self.reads.recording() as found:
            value = compute()
        if not keep(value):
            self.kept.pop(key, None)
            return value
        self.kept[key] = _Kept(
            self._context, {n: self._digests[n] for n in sorted(found)}, copy.deepcopy(value) if copies else value
        )
        return value
