"""Whether any figure is printed twice is decided on packed column codes, not by hashing six columns of every row;
it must answer exactly as `DataFrame.duplicated(...).any()` does, blanks counting as one value."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from kzcheck.load.printings import any_repeated

cell = st.sampled_from(["a", "b", "c", None])


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.tuples(cell, cell, cell), max_size=12), categorical=st.booleans())
def test_it_answers_as_duplicated_does(rows: list[tuple[str | None, ...]], categorical: bool) -> None:
    frame = pd.DataFrame(rows, columns=["area", "line", "as_of"], dtype="str")
    if categorical:
        frame["area"] = frame["area"].astype("category")
    assert any_repeated(frame, ["area", "line", "as_of"]) == bool(frame.duplicated().any())


def test_by_hand() -> None:
    frame = pd.DataFrame({"area": ["x", "x", "y"], "as_of": [None, None, "20:00"]}, dtype="str")
    assert any_repeated(frame, ["area", "as_of"])  # the two blank times of x are one figure
    assert not any_repeated(frame.iloc[1:], ["area", "as_of"])
    assert not any_repeated(frame.iloc[:0], ["area", "as_of"])
