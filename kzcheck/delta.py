"""What changed between two runs: findings new, fixed and unchanged, matched on a stable key.

A finding's key is what identifies the defect, never how it is worded or where the row happens to sit: the check,
the election, the data file relative to the data folder (with `/`), the key cells of the row it points at (a figures
row: poll, source, option; see each table's `key` in `kzcheck/load/frames.py`), the subject and the column. A reworded
message, a row moved down by an insertion above it, or the same folder checked out elsewhere keep the key; fixing
the figure makes the finding go. Two findings that share every part are told apart by their order in the file.
The key is the finding's fingerprint: one definition, in kzcheck/load/fingerprint.py.

`kzcheck watch` reports each save in these terms, and `--baseline` (issue 15) speaks the same three words.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kzcheck.load.fingerprint import assign
from kzcheck.model.findings import Finding

NEW, FIXED, UNCHANGED = "new", "fixed", "unchanged"


def keyed(findings: Iterable[Finding], root: str, data: Any = None) -> dict[str, Finding]:
    """Every finding under its stable key: its fingerprint (kzcheck.load.fingerprint), the id `--baseline` matches
    on too, so a watch update and a baseline run call the same finding new, fixed or unchanged."""
    found = list(findings)
    assign(found, root, data)
    return {str(f.fingerprint): f for f in found}


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
