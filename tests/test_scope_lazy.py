"""An election's Scope (the rows a misprinted figure's alternatives are looked up in) groups the rows by position and
makes plain records only for the areas and lines asked for: a dict per row of a hundred-thousand-station archive
held 140 MB for the two figures a copy names. What an area or a line returns is unchanged: its rows, in file order."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kzcheck.analysis import printings
from kzcheck.analysis.printings import Scope
from kzcheck.methods.printed import Printed


def _rows(areas: int) -> pd.DataFrame:
    """Two lines per area at the final result, and a 20:00 intraday count of the first line, one area after another."""
    out = []
    for i in range(areas):
        out.append((f"s{i}", "turnout", "final", np.nan, 100.0 + i))
        out.append((f"s{i}", "valid", "final", np.nan, 90.0 + i))
        out.append((f"s{i}", "turnout", "intraday", "20:00", 50.0 + i))
    frame = pd.DataFrame(out, columns=["area", "line", "status", "as_of", "count"])
    for c in ("area", "line", "status"):
        frame[c] = frame[c].astype("category")
    frame["as_of"] = frame["as_of"].astype("str")
    return frame


def test_records_are_made_only_for_the_area_and_line_asked_for(monkeypatch) -> None:
    made: list[int] = []
    real = printings.row_records

    def counting(rows: pd.DataFrame):
        made.append(len(rows))
        return real(rows)

    monkeypatch.setattr(printings, "row_records", counting)
    scope = Scope(_rows(1_000))  # 3,000 rows
    assert made == []  # grouping alone makes no record
    assert len(scope.area("s7")) == 3
    assert made == [3]
    line = scope.line_at("final", np.nan, "valid", "count")
    assert made == [3]  # a line is ordered from its columns: no record yet
    near = line.near([Printed(95.0, 1, 1.0, "95.0")])  # within 0.1 of 95.0: only s5 (90 + 5); s4 and s6 are 1 away
    assert [r["area"] for r in near] == ["s5"]
    assert made == [3, 1]  # a record for the one row near the printing, not for the line's 1,000
    scope.area("s7")
    assert made == [3, 1]  # asked again: kept, not made again


def test_an_area_and_a_line_hold_their_rows_in_file_order() -> None:
    scope = Scope(_rows(3))
    area = scope.area("s1")
    # rows 3, 4, 5 of the frame: turnout final 101, valid final 91, turnout at 20:00 51
    assert [(r["line"], r["status"], r["count"]) for r in area] == [
        ("turnout", "final", 101.0),
        ("valid", "final", 91.0),
        ("turnout", "intraday", 51.0),
    ]
    evening = scope.line_at("intraday", "20:00", "turnout", "count").near(None)
    assert [(r["area"], r["count"]) for r in evening] == [("s0", 50.0), ("s1", 51.0), ("s2", 52.0)]
    assert scope.line_at("final", None, "turnout", "count").near(None)[2]["count"] == 102.0  # blank time: the result
    assert scope.area("nowhere") == []
    assert scope.line_at("preliminary", np.nan, "turnout", "count").near(None) == []
