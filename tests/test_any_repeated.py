"""Whether any figure is printed twice is decided on packed column codes, not by hashing six columns of every row;
it must answer exactly as `DataFrame.duplicated(...).any()` does, blanks counting as one value."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from kzcheck.load.printings import any_repeated

cell = st.sampled_from(["a", "b", "c", None])


def _frame(rows: list[tuple[str | None, ...]], categorical: bool) -> pd.DataFrame:
    """Rows of three figure columns as text; the area categorical, as the loaded results have it, when asked."""
    frame = pd.DataFrame(rows, columns=["area", "line", "as_of"], dtype="str")
    if categorical:
        frame["area"] = frame["area"].astype("category")
    return frame


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.tuples(cell, cell, cell), max_size=12), categorical=st.booleans())
def test_it_answers_as_duplicated_does(rows: list[tuple[str | None, ...]], categorical: bool) -> None:
    frame = _frame(rows, categorical)
    assert any_repeated(frame, ["area", "line", "as_of"]) == bool(frame.duplicated().any())


def test_by_hand() -> None:
    frame = pd.DataFrame({"area": ["x", "x", "y"], "as_of": [None, None, "20:00"]}, dtype="str")
    assert any_repeated(frame, ["area", "as_of"])  # the two blank times of x are one figure
    assert not any_repeated(frame.iloc[1:], ["area", "as_of"])
    assert not any_repeated(frame.iloc[:0], ["area", "as_of"])


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.tuples(cell, cell, cell), max_size=12), categorical=st.booleans())
def test_figure_ids_number_figures_as_the_text_of_their_columns_does(
    rows: list[tuple[str | None, ...]], categorical: bool
) -> None:
    from kzcheck.load.printings import figure_ids

    frame = _frame(rows, categorical)
    text = [frame[c].astype("str").fillna("") for c in frame.columns]
    assert list(figure_ids(frame, list(frame.columns))) == list(pd.MultiIndex.from_arrays(text).factorize()[0])


def test_figure_ids_by_hand() -> None:
    from kzcheck.load.printings import figure_ids

    frame = pd.DataFrame({"area": ["y", "x", "y", "x"], "as_of": ["20:00", None, "20:00", "22:00"]}, dtype="str")
    assert list(figure_ids(frame, ["area", "as_of"])) == [0, 1, 0, 2]  # in order of first appearance


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.tuples(cell, cell, cell), max_size=12), categorical=st.booleans())
def test_repeated_marks_the_rows_duplicated_marks(rows: list[tuple[str | None, ...]], categorical: bool) -> None:
    from kzcheck.load.printings import repeated_rows

    frame = _frame(rows, categorical)
    frame.index = frame.index * 3 + 7  # the frame's own labels, not positions
    pd.testing.assert_series_equal(repeated_rows(frame, list(frame.columns)), frame.duplicated(keep=False))


def test_repeated_by_hand() -> None:
    from kzcheck.load.printings import repeated_rows

    frame = pd.DataFrame({"area": ["x", "y", "x", "z"], "as_of": [None, None, None, "20:00"]}, dtype="str")
    assert repeated_rows(frame, ["area", "as_of"]).tolist() == [True, False, True, False]  # both blank times of x
