"""Two million-row copies no check read: pandera copies the frame it validates, so it is given only the columns a
schema names; and the official rows get the line table's columns by a merge of their two key columns, not a merge
that copies every column of every row. Both give what the whole frame gave."""

from __future__ import annotations

import pandas as pd

from kzcheck.analysis.official import with_lines
from kzcheck.checks.schema import capped_findings, schema_columns, schemas


def _results() -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "election": ["e", "e", "e"],
            "status": ["final"] * 3,
            "origin": ["cec"] * 3,
            "area": ["KZ", "KZ", "KZ"],
            "line": ["a", "b", "a"],  # the third row repeats the first one's key
            "as_of": pd.Series([None] * 3, dtype="str"),
            "count": [10.0, -1.0, 12.0],  # a negative count
            "percent": [50.0, 120.0, None],  # a percentage above 100
            "seats": pd.Series([None] * 3, dtype="float64"),
            "source": ["cec", "cec", "cec"],
            "note": ["anything", None, "at all"],
            "_file": ["r.csv"] * 3,
            "_line": [2, 3, 4],
        }
    )
    for c in ("area", "line", "source"):
        frame[c] = frame[c].astype("category")
    return frame


def test_pandera_is_given_only_the_columns_the_schema_names() -> None:
    frame = _results()
    narrow = schema_columns(frame, schemas()["results"])
    assert list(narrow.columns) == [
        "election", "status", "origin", "area", "line", "as_of", "count", "percent", "seats", "source",
    ]  # fmt: skip


def test_the_narrow_frame_fails_exactly_as_the_whole_frame() -> None:
    findings, _ = capped_findings("results", _results(), schemas()["results"])
    # by hand: line 3's count below 0, line 3's percentage above 100, line 4 repeating line 2's key (both reported)
    got = sorted((f.row, f.column or "") for f in findings)
    assert got == [(2, ""), (3, "count"), (3, "percent"), (4, "")]


def test_the_line_table_joins_as_a_left_merge_would() -> None:
    rows = pd.DataFrame(
        {"election": ["e", "e", "f", "e"], "line": ["a", "x", "a", "b"], "count": [1.0, 2.0, 3.0, 4.0]},
        index=[10, 11, 12, 13],
    )
    table = pd.DataFrame({"election": ["e", "e"], "line": ["a", "b"], "is_option": [True, False], "order": [0, -1]})
    got = with_lines(rows, table)
    assert got.equals(rows.merge(table, on=["election", "line"], how="left"))
    assert list(got["order"].isna()) == [False, True, True, False]  # x is no line of e, and f has none
    assert list(got.index) == [0, 1, 2, 3]


def test_a_line_named_twice_keeps_the_merges_shape() -> None:
    rows = pd.DataFrame({"election": ["e"], "line": ["a"], "count": [1.0]})
    table = pd.DataFrame({"election": ["e", "e"], "line": ["a", "a"], "order": [0, 1]})
    assert len(with_lines(rows, table)) == 2
