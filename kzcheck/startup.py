"""The process's start: the heavy dependencies imported once with the cycle collector off, then frozen.

Importing pandas, pandera and Great Expectations makes a few hundred thousand objects and almost no garbage, yet the
cycle collector, at its default thresholds, walks the young ones again and again while they are made: a fifth of the
import time (measured in benchmarks/run.py against `python -c "import great_expectations, pandera.pandas, click"`).
When kzcheck owns the process (the command line, `own()`), `stack()` imports them with the collector off; then
`gc.freeze()` moves everything made so far to the permanent generation, which no collection walks again, and the
collector comes back on, at thresholds that suit a process building large tables. A script or notebook that imports
kzcheck keeps its own collector settings: the stack is imported, nothing else changes.

`release()` hands the memory freed since its last call back to the system, where the C library would keep it
(glibc's malloc holds freed heap for reuse): loading a station archive and building a check's tables free hundreds of
megabytes in pieces that otherwise stay in the process to the end of the run. Only when kzcheck owns the process.
"""

from __future__ import annotations

import gc
from typing import Any

# gen0 every 100,000 net allocations (not 700); gen1 every 50 of those, gen2 every 100 gen1 collections.
THRESHOLDS = (100_000, 50, 100)

_owned = False
_imported: set[str] = set()  # which parts of the stack are imported: "pandas", "pandera", "gx"
_trim: Any = None  # the C library's malloc_trim, once looked up; False where there is none


def own() -> None:
    """The command line owns this process: `stack()` may switch its collector off and on, and freeze it."""
    global _owned
    _owned = True


def owned() -> bool:
    return _owned


def stack(gx: bool = True, pandera: bool = True) -> None:
    """Import what every check run needs, once: pandas, pandera, Great Expectations and kzcheck's expectations. A run
    whose suites are judged in another process (kzcheck/prefetch.py) does without Great Expectations, and that
    process, which runs only the suites, without pandera."""
    wanted = {"pandas"} | ({"gx"} if gx else set()) | ({"pandera"} if pandera else set())
    if wanted <= _imported:
        return
    if _owned:
        gc.disable()
    _import(wanted - _imported)
    _imported.update(wanted)
    if _owned:
        gc.freeze()
        gc.set_threshold(*THRESHOLDS)
        gc.enable()


def _import(parts: set[str]) -> None:
    if "gx" in parts:
        import great_expectations  # noqa: F401
    import pandas  # noqa: F401

    if "pandera" in parts:
        import pandera.pandas  # noqa: F401
    if "gx" in parts:
        import kzcheck.gx.custom  # noqa: F401  (registers the custom expectations, itself an import of GX's registry)


def release() -> None:
    """Return freed memory to the system (glibc's `malloc_trim`), when the command line owns the process."""
    global _trim
    if not _owned:
        return
    if _trim is None:
        import ctypes

        _trim = getattr(ctypes.CDLL(None), "malloc_trim", False)
    if _trim:
        _trim(0)
