"""`line_counts` (one column per protocol line, one row per area) is built from area ids and line positions instead of
`pivot`: it must give exactly the rows `pivot` gives (their order aside: every caller merges them on the key),
columns, values and dtypes, on any official rows (lines missing in some areas, repeated rows, blank counts,
categories no row uses); and the outer merge its callers make orders the keys itself."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from kzcheck.analysis.official import GROUP, _like, line_counts

LINES = ["voters", "ballots", "valid", "a", "b"]
row = st.tuples(
    st.sampled_from(["e1", "e2"]),
    st.sampled_from(["final", "preliminary"]),
    st.sampled_from(["KZ", "KZ-AST", "KZ-ALA", "S-1", "S-2"]),
    st.sampled_from(LINES),
    st.one_of(st.none(), st.integers(0, 10_000).map(float)),
)


def by_pivot(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """The formulation `line_counts` replaced, kept here as the reference."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
    return wide


@settings(max_examples=150, deadline=None)
@given(st.lists(row, max_size=40), st.sets(st.sampled_from(LINES), min_size=1), st.randoms())
def test_line_counts_equal_the_pivot_of_the_same_rows(cells: list, lines: set[str], rnd) -> None:  # noqa: ANN001
    frame = pd.DataFrame(cells, columns=[*GROUP, "line", "count"]).astype({"count": "float64"})
    for c in (*GROUP, "line"):
        extra = ["unused"] if rnd.random() < 0.5 else []  # a category no row holds, as after a filter
        frame[c] = pd.Categorical(frame[c], categories=sorted({*frame[c], *extra}))
    frame = frame.sample(frac=1, random_state=rnd.randrange(1000)).reset_index(drop=True)
    mine, theirs = line_counts(frame, lines), by_pivot(frame, lines)
    keyed = [mine.sort_values(GROUP, ignore_index=True), theirs.sort_values(GROUP, ignore_index=True)]
    pd.testing.assert_frame_equal(*keyed, check_index_type=True, check_categorical=True)
    totals = frame.drop_duplicates(GROUP)[GROUP].iloc[::-1]  # as `Context.totals`, in another order
    pd.testing.assert_frame_equal(
        totals.merge(mine, on=GROUP, how="outer"), totals.merge(theirs, on=GROUP, how="outer")
    )
