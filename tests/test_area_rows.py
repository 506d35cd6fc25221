"""The official rows of one election and area, as reconciliation reads them: grouped once, by position, and each
area's rows exactly those a filter of the whole results table gives, in file order."""

from __future__ import annotations

from pathlib import Path

from kzcheck.analysis.reconciliation import AreaRows, authoritative
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load

DATA = Path(__file__).resolve().parent.parent / "data"


def test_each_area_holds_exactly_the_rows_a_filter_gives_in_file_order() -> None:
    data = load(discover(DATA, None))
    r = data.results
    official = r[authoritative(r)]
    rows = AreaRows(data)
    pairs = {(str(e), str(a)) for e, a in zip(official["election"], official["area"], strict=True)}
    assert len(pairs) > 3
    for election, area in pairs:
        wanted = official[(official["election"] == election) & (official["area"] == area)]
        got = rows.get(election, area)
        assert list(got.index) == list(wanted.index)
        assert got.equals(wanted)


def test_an_area_with_no_official_row_is_an_empty_frame_with_the_results_columns() -> None:
    data = load(discover(DATA, None))
    got = AreaRows(data).get("kz-2023-mazhilis", "no such area")
    assert got.empty
    assert list(got.columns) == list(data.results.columns)


def test_the_rows_are_the_results_themselves_not_a_filtered_copy() -> None:
    """Only positions are kept, sorted by area codes: a filtered copy of every official row of a station archive was
    110 MB a run, and a dict of positions per area 40 MB."""
    data = load(discover(DATA, None))
    rows = AreaRows(data)
    assert rows.rows is data.results
    official = set(map(int, (authoritative(data.results)).to_numpy().nonzero()[0]))
    assert set(map(int, rows._at)) == official  # every official row's position in the results, and no other row's
    assert not any(isinstance(v, dict) for v in vars(rows).values())  # no per-area table
