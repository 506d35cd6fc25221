"""The other areas a misprinted figure may really be are found by binary search over one line's rows sorted by value;
it must return exactly the rows a scan of every row returns (a row is near a printing when its value lies within
the printing's unit plus the row's own half unit, and a millionth, of the printing's value or of its digits before a
unit word)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from kzcheck.analysis.printings import _Sorted
from kzcheck.methods.printed import Printed

# small values, dense enough that rows fall just inside and just outside a printing's reach
values = st.one_of(st.none(), st.integers(0, 400).map(lambda n: n / 10), st.integers(0, 3_000).map(float))
rows = st.lists(st.tuples(values, st.integers(0, 2)), max_size=40)
printings = st.lists(
    st.tuples(st.integers(0, 4_000), st.integers(0, 2), st.sampled_from([1.0, 1.0, 1.0, 1_000.0])),
    max_size=4,
)


def _scan(records: list[dict], near: list[Printed]) -> list[int]:
    """Every row's position that some printing can match, by the rule itself, one row at a time."""
    out = []
    for i, r in enumerate(records):
        v = r["count"]
        if v is None or math.isnan(v):
            continue
        half = 0.5 * r["count_scale"] * 10.0 ** -r["count_decimals"]
        slack = 1e-6 * max(1.0, abs(v)) + half
        if any(abs(v - x) <= p.unit + slack for p in near for x in (p.value, p.mantissa)):
            out.append(i)
    return out


@settings(max_examples=300, deadline=None)
@given(rows=rows, prints=printings)
def test_the_binary_search_finds_exactly_what_a_scan_of_every_row_finds(rows, prints):
    records = [
        {"area": f"s{i}", "count": math.nan if v is None else v, "count_scale": 1.0, "count_decimals": d}
        for i, (v, d) in enumerate(rows)
    ]
    near = [
        Printed(m * scale / 10**d, d, scale, f"{m / 10**d:.{d}f}", whole=True) for m, d, scale in prints
    ]  # fmt: skip
    found = _Sorted.of_records(records, "count").near(near)
    assert [r["area"] for r in found] == [records[i]["area"] for i in _scan(records, near)]


def test_without_printings_to_judge_every_row_is_a_candidate_and_with_none_no_row_is():
    records = [{"area": "a", "count": 5.0, "count_scale": 1.0, "count_decimals": 0}]
    assert _Sorted.of_records(records, "count").near(None) == records
    assert _Sorted.of_records(records, "count").near([]) == []


def test_a_row_within_its_own_half_unit_beyond_the_printings_reach_is_found_on_both_sides():
    """A printed 10 reaches 1 either way; a row printed to the unit adds its own half unit (0.5) and a millionth of
    itself: 8.6 and 11.4 lie 1.4 away (within 1.5), 8.4 and 11.6 lie 1.6 away (beyond it)."""
    records = [
        {"area": name, "count": v, "count_scale": 1.0, "count_decimals": 0}
        for name, v in (("a", 8.4), ("b", 8.6), ("c", 11.4), ("d", 11.6))
    ]
    found = _Sorted.of_records(records, "count").near([Printed(10.0, 0, 1.0, "10", whole=True)])
    assert [r["area"] for r in found] == ["b", "c"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(st.none(), st.sampled_from(["a", "b", "c", "d"])), max_size=30),
    st.booleans(),
    st.sampled_from([None, "a", "b", "c", "d", "e"]),
)
def test_an_areas_rows_are_every_position_holding_it_in_order(cells: list, categorical: bool, asked: object) -> None:
    """`Scope.area` finds its rows by a sort of the area codes, not a scan: it must give exactly the positions a scan
    gives, ascending, for a categorical or a plain column, a blank, and an area not in the column."""
    import numpy as np
    import pandas as pd

    from kzcheck.analysis.printings import _Positions

    column = pd.Series(cells, dtype="category" if categorical else "str")
    scan = [i for i, c in enumerate(cells) if (c is None if asked is None else c == asked)]
    assert _Positions(column).of(np.nan if asked is None else asked).tolist() == scan
