"""The results files' frames are stacked one column at a time, with the per-file columns coded per file: the frame
must equal `pd.concat` of the same parts with those columns made categorical, rows, columns, order and dtypes, both
when every file has the same columns and when one has another (the frame's own concat then), and whether the rows
are few (one concat of the frames) or many (a column at a time)."""

from __future__ import annotations

import pandas as pd
import pytest

from kzcheck.load import frames
from kzcheck.load.frames import _stacked

PER_FILE = ("election", "status", "_file")


def part(election: str, status: str, name: str, rows: list[tuple[str, str | None]], extra: bool = False):  # noqa: ANN201
    frame = pd.DataFrame(
        {
            "election": pd.Series([election] * len(rows), dtype="str"),
            "status": pd.Series([status] * len(rows), dtype="str"),
            "area": pd.Series([a for a, _ in rows], dtype="str"),
            "count": pd.Series([c for _, c in rows], dtype="str"),
            "_file": pd.Series([name] * len(rows), dtype="str"),
            "_line": pd.Series(range(2, 2 + len(rows)), dtype="int64"),
        }
    )
    if extra:
        frame.insert(3, "note", pd.Series(["seen"] * len(rows), dtype="str"))
    return frame


@pytest.mark.parametrize("by_column", [0, 1 << 30], ids=["a column at a time", "the frames' concat"])
@pytest.mark.parametrize("extra", [False, True], ids=["same columns", "one file with another column"])
def test_stacked_parts_equal_their_concat_with_the_per_file_columns_coded(
    extra: bool, by_column: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(frames, "BY_COLUMN", by_column)
    parts = [
        part("e2", "final", "b.csv", [("KZ", "10"), ("KZ-AST", None)]),
        part("e1", "final", "a.csv", [], extra=False),  # a file with no rows
        part("e1", "preliminary", "c.csv", [("KZ", "7"), ("KZ", "8"), ("S-1", "1")], extra=extra),
    ]
    expected = pd.concat([p.copy() for p in parts], ignore_index=True)
    for c in PER_FILE:
        expected[c] = expected[c].astype("category")
    got = _stacked(parts, PER_FILE)
    pd.testing.assert_frame_equal(got, expected, check_categorical=True, check_index_type=True)
    assert parts == []  # emptied: the rows are held once
