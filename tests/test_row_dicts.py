"""`row_dicts` gives exactly the dicts pandas' `to_dict("records")` gives, value and type, for every kind of column."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from kzcheck.load.printings import row_dicts

CELLS = {
    "int": st.integers(-(2**40), 2**40),
    "float": st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.just(math.nan)),
    "text": st.one_of(st.text(max_size=5), st.none()),
    "flag": st.booleans(),
    "when": st.datetimes(),
    "mixed": st.one_of(st.integers(-5, 5).map(np.int64), st.floats(-1, 1).map(np.float64), st.text(max_size=3)),
}


def same(a: object, b: object) -> bool:
    return type(a) is type(b) and (a == b or a is b or (a != a and b != b))  # NaN, NA and NaT equal themselves


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(0, 6),
    data=st.data(),
    kinds=st.lists(st.sampled_from(sorted(CELLS)), min_size=1, max_size=5),
    category=st.booleans(),
    nullable=st.booleans(),
)
def test_row_dicts_equal_to_dict_records(n, data, kinds, category, nullable):
    columns = {}
    for i, kind in enumerate(kinds):
        values = data.draw(st.lists(CELLS[kind], min_size=n, max_size=n))
        series = pd.Series(values, dtype="object" if kind == "mixed" else None)
        if kind == "text" and category:
            series = series.astype("category")
        if kind == "int" and nullable:
            series = series.astype("Int64")
            if n:
                series.iloc[0] = pd.NA
        columns[f"{kind}{i}"] = series
    frame = pd.DataFrame(columns)
    expected, got = frame.to_dict("records"), row_dicts(frame)
    assert len(got) == len(expected) == n
    for e, g in zip(expected, got, strict=True):
        assert list(g) == list(e)
        assert all(same(e[k], g[k]) for k in e), (e, g)


def test_worked_example_boxes_numpy_scalars_in_an_object_column():
    frame = pd.DataFrame({"share": [53.46, 8.9], "mixed": pd.Series([np.int64(7), "x"], dtype="object")})
    assert row_dicts(frame) == [{"share": 53.46, "mixed": 7}, {"share": 8.9, "mixed": "x"}]
    assert type(row_dicts(frame)[0]["mixed"]) is int
