"""The results files' frames are stacked one column at a time, with the per-file columns coded per file: the frame
must equal `pd.concat` of the same parts with those columns made categorical, rows, columns, order and dtypes, both
when every file has the same columns and when one has another (the frame's own concat then)."""

from __future__ import annotations

import pandas as pd
import pytest

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


@pytest.mark.parametrize("extra", [False, True], ids=["same columns", "one file with another column"])
def test_stacked_parts_equal_their_concat_with_the_per_file_columns_coded(extra: bool) -> None:
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
