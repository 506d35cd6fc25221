"""Small helpers for editing CSV files of a data copy in tests."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def edit_rows(path: Path, change: Callable[[list[dict[str, str]]], list[dict[str, str]]]) -> None:
    header, rows = read_rows(path)
    write_rows(path, header, change(rows))


def line_of(path: Path, predicate: Callable[[dict[str, str]], bool]) -> int:
    """The file line (header = 1) of the first row matching `predicate`."""
    _, rows = read_rows(path)
    return next(i + 2 for i, r in enumerate(rows) if predicate(r))


def rows_of(path: Path) -> list[dict[str, str]]:
    """Every row of a CSV file as a dict."""
    return read_rows(path)[1]


def write_dicts(path: Path, rows: list[dict[str, str]]) -> None:
    """Write rows back with the columns of the first row."""
    write_rows(path, list(rows[0]), rows)


class Placeholder:
    """A value that renders as its own name under any format spec (`{seats:,}`, `{share:.1f}`, `{hint!r}`): a
    template filled with placeholders shows where each field went."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __format__(self, spec: str) -> str:
        return f"<{self.name}>"

    def __str__(self) -> str:
        return f"<{self.name}>"

    __repr__ = __str__
