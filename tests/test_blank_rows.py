"""A row of nothing but delimiters is no row; a row whose first cell alone is blank is a row (it is reported by the
checks, not dropped). The loader decides whether to look for blank rows from the first column: both must hold
whether or not the file has a row of blanks."""

from __future__ import annotations

from pathlib import Path

from kzcheck.load.frames import RESULTS
from kzcheck.load.table import LINE, read_table

HEADER = "area,line,count,percent,source\n"


def test_a_row_of_blanks_is_dropped_and_a_row_with_a_blank_first_cell_kept(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(HEADER + "KZ,a,1,,cec\n,,,,\nKZ,b,2,,cec\n,x,3,,cec\n", encoding="utf-8")
    frame, _ = read_table(path, "r.csv", RESULTS)
    assert list(frame[LINE]) == [2, 4, 5]  # line 3 held nothing
    assert frame["line"].tolist() == ["a", "b", "x"]


def test_with_no_blank_first_cell_every_row_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text(HEADER + "KZ,a,1,,cec\nKZ,,,,\nKZ,b,,,\n", encoding="utf-8")
    frame, _ = read_table(path, "r.csv", RESULTS)
    assert list(frame[LINE]) == [2, 3, 4]
