"""The loaded data behind a recorder: which of its tables a computation read.

`kzcheck watch` reuses a check module's outcomes while every table the module read is unchanged (kzcheck/reuse.py).
What a module read is not declared by hand, which a later edit of the module could make wrong: it is noted as the
module runs. The module is given `RecordedData`, which passes every attribute through and notes the name of each
`LoadedData` field read. Recordings nest: an analysis table built while a module runs is recorded on its own as well
(kzcheck/analysis/tables.py keeps what each table read), so a later module that reads the built table is charged
with the tables it was built from.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol, TypeVar, cast

from kzcheck.load.frames import LoadedData

FIELDS = frozenset(f.name for f in dataclasses.fields(LoadedData))
T = TypeVar("T")


class Reads:
    """The recordings open now, innermost last; a read is noted on every one of them."""

    def __init__(self) -> None:
        self._open: list[set[str]] = []

    def note(self, names: Iterable[str]) -> None:
        names = tuple(names)
        for found in self._open:
            found.update(names)

    @contextmanager
    def recording(self) -> Iterator[set[str]]:
        """The fields read from here to the end of the block (the set fills as the block runs)."""
        found: set[str] = set()
        self._open.append(found)
        try:
            yield found
        finally:
            closed = self._open.pop()  # recordings nest: the innermost one ends first
            assert closed is found, "recordings must end in the reverse order of their start"


class RecordedData:
    """`data` with every read of one of its fields noted on `reads`; any other attribute passes through."""

    def __init__(self, data: LoadedData, reads: Reads) -> None:
        object.__setattr__(self, "_data", data)
        object.__setattr__(self, "_reads", reads)

    def __getattr__(self, name: str) -> Any:
        if name in FIELDS:
            self._reads.note((name,))
        return getattr(self._data, name)

    def __setattr__(self, name: str, value: Any) -> None:  # a check that replaced a table depends on it too
        if name in FIELDS:
            self._reads.note((name,))
        setattr(self._data, name, value)


def recorded(data: LoadedData, reads: Reads) -> LoadedData:
    """`data` as the checks are given it when their reads are recorded (typed as the data itself)."""
    return cast(LoadedData, RecordedData(data, reads))


class Memo(Protocol):
    """What keeps values across runs by what they read (kzcheck/reuse.py's `Reuse`): the analysis tables use it."""

    reads: Reads

    def run(self, name: str, compute: Callable[[], T], copies: bool = True) -> T: ...
