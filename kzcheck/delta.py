"""What changed between two runs: findings new, fixed and unchanged, matched on a stable key.

A finding's key is what identifies the defect, never how it is worded or where the row happens to sit: the check,
the election, the data file relative to the data folder (with `/`), the key cells of the row it points at (a figures
row: poll, source, option; see each table's `key` in `kzcheck/load/frames.py`), the subject and the column. A reworded
message, a row moved down by an insertion above it, or the same folder checked out elsewhere keep the key; fixing
the figure makes the finding go. Two findings that share every part are told apart by their order in the file.

`kzcheck watch` reports each save in these terms, and `--baseline` (issue 15) speaks the same three words.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kzcheck.load.fingerprint import relative_file
from kzcheck.model.findings import Finding

NEW, FIXED, UNCHANGED = "new", "fixed", "unchanged"


def row_keys(data: Any) -> dict[tuple[str, int], tuple[str, ...]]:
    """(file, line) -> the key cells of that row, for every table a run loaded (empty without loaded data)."""
    from kzcheck.load.frames import ACKNOWLEDGED, AREAS, FIGURES, POLLS, RESULTS, SOURCES
    from kzcheck.load.table import FILE, LINE

    keys: dict[tuple[str, int], tuple[str, ...]] = {}
    if data is None:
        return keys
    tables = (
        ("sources", SOURCES),
        ("polls", POLLS),
        ("figures", FIGURES),
        ("results", RESULTS),
        ("areas", AREAS),
        ("acknowledged", ACKNOWLEDGED),
    )
    for name, spec in tables:
        frame = getattr(data, name, None)
        if frame is None or FILE not in frame or LINE not in frame or frame.empty:
            continue
        cols = [c for c in spec.key if c in frame]
        for file, line, *cells in frame[[FILE, LINE, *cols]].itertuples(index=False):
            keys[(str(file), int(line))] = tuple("" if c is None or c != c else str(c) for c in cells)
    return keys


def _digest(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def keyed(findings: Iterable[Finding], root: str, data: Any = None) -> dict[str, Finding]:
    """Every finding under its stable key (unique within the run)."""
    keys = row_keys(data)
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        cells = keys.get((str(f.file), int(f.row))) if f.file is not None and f.row is not None else None
        parts = [
            f.check,
            f.election or "",
            relative_file(f.file, root) or "",
            list(cells) if cells is not None else None,
            f.subject or "",
            f.column or "",
        ]
        groups[_digest(parts)].append(f)
    out: dict[str, Finding] = {}
    for base, fs in groups.items():
        ordered = sorted(fs, key=lambda f: (f.row if f.row is not None else -1, str(f.observed), f.message))
        for i, f in enumerate(ordered):
            out[base if i == 0 else _digest([base, i])] = f
    return out


@dataclass
class Delta:
    """Findings of this run that the last did not have (new), the last run's that are gone (fixed), and the rest."""

    new: list[Finding] = field(default_factory=list)
    fixed: list[Finding] = field(default_factory=list)
    unchanged: list[Finding] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {NEW: len(self.new), FIXED: len(self.fixed), UNCHANGED: len(self.unchanged)}

    def summary(self) -> str:
        c = self.counts()
        return f"{c[NEW]} new, {c[FIXED]} fixed, {c[UNCHANGED]} unchanged"


def compare(previous: Mapping[str, Finding], current: Mapping[str, Finding]) -> Delta:
    """The delta from `previous` to `current`, both as returned by `keyed`; each list in the run's own order."""
    return Delta(
        new=[f for k, f in current.items() if k not in previous],
        fixed=[f for k, f in previous.items() if k not in current],
        unchanged=[f for k, f in current.items() if k in previous],
    )
