"""Same poll, several outlets, on tiny hand-built polls: which figures disagree, the consensus used, the verdict on
each printing and the check's outcomes. Fast, in-process tests (the mutation run's selection, docs/mutation.md);
every expectation is worked out by hand in the test."""

from __future__ import annotations

import pandas as pd
import pytest

from kzcheck.analysis.disagreement import Disagreement, Version, disagreements
from kzcheck.load.table import FILE, LINE


def frame(rows: list[tuple[str, str, float | None, str]]) -> pd.DataFrame:
    """(key, origin, value, text) rows as a figures frame, file f.csv, lines 2, 3, ..."""
    return pd.DataFrame(
        {
            "k": [r[0] for r in rows],
            "origin": [r[1] for r in rows],
            "value": [r[2] for r in rows],
            "text": [r[3] for r in rows],
            FILE: "f.csv",
            LINE: range(2, 2 + len(rows)),
        }
    )


def test_only_groups_whose_values_differ_disagree():
    rows = frame(
        [
            ("a", "x", 8.9, "8.9"),
            ("a", "y", 8.90, "8.90"),  # the same number printed with another precision: agreement
            ("b", "x", 7.8, "7.8"),
            ("b", "y", 7.87, "7.87"),
            ("c", "x", None, ""),  # a blank figure compares with nothing
            ("c", "y", 5.0, "5.0"),
        ]
    )
    (d,) = disagreements(rows, ["k"], "origin", "value", text="text")
    assert d.key == ("b",)
    assert d.versions == [Version("x", 7.8, "7.8", "f.csv", 4), Version("y", 7.87, "7.87", "f.csv", 5)]


def test_a_difference_below_a_billionth_is_no_disagreement():
    rows = frame([("a", "x", 0.1 + 0.2, "0.3"), ("a", "y", 0.3, "0.3")])
    assert disagreements(rows, ["k"], "origin", "value") == []
    assert disagreements(rows.iloc[:0], ["k"], "origin", "value") == []


def test_the_text_defaults_to_the_value_and_keys_may_be_several():
    rows = frame([("a", "x", 1.5, "1.5"), ("a", "y", 2.0, "2")]).assign(k2="z")
    (d,) = disagreements(rows, ["k", "k2"], "origin", "value")
    assert d.key == ("a", "z") and [v.text for v in d.versions] == ["1.5", "2.0"]


@pytest.mark.parametrize(
    ("values", "majority"), [([1.0, 1.0, 2.0], 1.0), ([1.0, 2.0, 2.0], 2.0), ([1.0, 2.0], None), ([3.0], 3.0)]
)
def test_the_majority_value_or_none_on_a_tie(values, majority):
    d = Disagreement(("k",), [Version(f"o{i}", v, str(v), "f.csv", i) for i, v in enumerate(values)])
    assert d.majority == majority
