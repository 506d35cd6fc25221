"""Stable fingerprints: the same defect in the same figure gets the same id in every run and on every machine.

A fingerprint hashes what identifies a defect — the check, the election, the data file (relative to the data folder,
with `/` separators), the row's key cells (for a figures row: poll, source, option; see the `key` of each table in
`kzcheck/load/frames.py`), the subject and the column — and never the message text, the figures themselves, the row
number or an absolute path. Rows added above a defect, a reworded message or a data folder checked out elsewhere
leave it unchanged; fixing the defect makes it disappear. Two findings that would still share every part (no key
tells them apart) are numbered in the order of their rows, so every fingerprint of a run is unique.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import posixpath
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from kzcheck.model.findings import Finding

LENGTH = 16  # hex digits kept: 64 bits, ample for the findings of one data folder


def relative_file(file: str | None, root: str) -> str | None:
    """`file` relative to the data folder `root` (both as a run displays them), with `/` separators."""
    if not file:
        return None
    return _relative(file, root, os.getcwd())


@functools.lru_cache(maxsize=4096)  # a few files per run, each named by thousands of findings
def _relative(file: str, root: str, cwd: str) -> str:
    """`relative_file` for one working folder (relative paths are relative to it)."""
    try:
        rel = os.path.relpath(os.path.abspath(file), os.path.abspath(root))
    except ValueError:  # another drive on Windows
        rel = file
    if rel.startswith(".."):
        rel = os.path.basename(file)
    return posixpath.normpath(rel.replace(os.sep, "/").replace("\\", "/"))


def row_keys(data: Any, wanted: set[tuple[str, int]] | None = None) -> dict[tuple[str, int], tuple[str, ...]]:
    """(file, line) → the key cells of that row, for every table the run loaded (empty without loaded data); with
    `wanted`, only for those rows (the rows findings name: a handful in a million-row archive)."""
    from kzcheck.load.frames import ACKNOWLEDGED, AREAS, FIGURES, POLLS, RESULTS, SOURCES
    from kzcheck.load.table import FILE, LINE

    keys: dict[tuple[str, int], tuple[str, ...]] = {}
    if data is None:
        return keys
    for name, spec in (
        ("sources", SOURCES),
        ("polls", POLLS),
        ("figures", FIGURES),
        ("results", RESULTS),
        ("areas", AREAS),
        ("acknowledged", ACKNOWLEDGED),
    ):
        frame = getattr(data, name, None)
        if frame is None or FILE not in frame or LINE not in frame:
            continue
        cols = [c for c in spec.key if c in frame]
        extra = ["status"] if "status" in frame else []  # results files of one election differ by status
        rows = frame[[FILE, LINE, *extra, *cols]]
        if wanted is not None:
            files, lines = {f for f, _ in wanted}, {n for _, n in wanted}
            rows = rows[rows[FILE].isin(files).to_numpy() & rows[LINE].isin(lines).to_numpy()]
        for row in rows.itertuples(index=False):
            file, line, *cells = row
            keys[(str(file), int(line))] = tuple("" if c is None or c != c else str(c) for c in cells)
    return keys


def parts(f: Finding, root: str, key: tuple[str, ...] | None) -> list[Any]:
    """What a fingerprint hashes, in order."""
    return [
        f.check,
        f.election or "",
        relative_file(f.file, root) or "",
        list(key) if key is not None else None,
        _subject(f.subject, root),
        f.column or "",
    ]


def _subject(subject: str | None, root: str) -> str:
    """A subject that names a file ("file:PATH", an input defect's) names it relative to the data folder."""
    if subject and subject.startswith("file:"):
        return "file:" + (relative_file(subject[5:], root) or "")
    return subject or ""


def digest(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:LENGTH]


def assign(findings: Iterable[Finding], root: str, data: Any = None) -> None:
    """Set `fingerprint` on every finding; unique within the run."""
    findings = list(findings)
    keys = row_keys(data, {(f.file, f.row) for f in findings if f.file is not None and f.row is not None})
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        key = keys.get((f.file, f.row)) if f.file is not None and f.row is not None else None
        groups[digest(parts(f, root, key))].append(f)
    for base, fs in groups.items():
        if len(fs) == 1:
            fs[0].fingerprint = base
            continue
        ordered = sorted(fs, key=lambda f: (f.row if f.row is not None else -1, str(f.observed), f.message))
        for i, f in enumerate(ordered):
            f.fingerprint = base if i == 0 else digest([base, i])
