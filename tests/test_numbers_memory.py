"""Reading a column of numbers makes no new string for a cell printed plainly: `to_numeric` reads the column's own
strings, and only a cell rewritten (a decimal comma, a percent sign, thousands separators, a NUL numpy dropped) is a
new one. A Python string per cell of the 1.15M-row station archive was 150 MB at the peak of loading it."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kzcheck.load.table import _as_read, parse_numbers


def _frame(cells: list[str | None]) -> pd.DataFrame:
    return pd.DataFrame(
        {"count": pd.Series(cells, dtype="str"), "_file": "r.csv", "_line": range(2, 2 + len(cells)), "election": "e"}
    )


def test_a_plain_cell_is_read_from_the_columns_own_string() -> None:
    text = pd.Series(["1204", "53,5", None, "7"], dtype="str")
    cells = np.asarray(text.fillna(""), dtype=str)
    plain = cells.copy()
    plain[1] = "53.5"  # the decimal comma rewritten
    read = _as_read(text, cells, plain, np.zeros(4, dtype=bool))
    assert read.iloc[0] is text.iloc[0] and read.iloc[3] is text.iloc[3]  # the very objects: nothing new
    assert read.iloc[1] == "53.5"
    assert pd.isna(read.iloc[2])


def test_a_cell_numpy_read_without_its_nul_is_read_as_numpy_has_it() -> None:
    text = pd.Series(["12\x00", "5"], dtype="str")
    cells = np.asarray(text, dtype=str)  # "12", "5": numpy drops the trailing NUL
    read = _as_read(text, cells, cells, np.array([True, False]))
    assert list(read) == ["12", "5"]


def test_counts_and_percentages_read_as_printed() -> None:
    values, _, found = parse_numbers(_frame(["3 431 510", "12", None, "1.000", " 40 "]), "count", integer=True)
    # grouped thousands read, a point before three digits in a whole number is not read (and is a finding)
    assert values.iloc[0] == 3_431_510.0 and values.iloc[1] == 12.0 and values.iloc[4] == 40.0
    assert np.isnan(values.iloc[2]) and np.isnan(values.iloc[3])
    assert [f.row for f in found if f.severity.value == "error"] == [5]
    values, decimals, _ = parse_numbers(_frame(["53,46", "12.5%", "7"]), "count")
    assert list(values) == [53.46, 12.5, 7.0]
    assert list(decimals) == [2, 1, 0]


def test_a_column_of_plain_digits_is_read_in_one_cast() -> None:
    from kzcheck.load.table import _plain_numbers

    cells = ["12", "007", "", "0", "123456789012345", "53.90", ".5", "7."]
    others = ["-0", "+7", "1e5", "1.2.3", ".", "1" * 16, "1" * 8 + "." + "1" * 8, "12a", "١٢", "1\x002", "\x005"]
    got = _plain_numbers(np.array(cells + others))
    assert got is not None
    ok, values, places = got
    assert list(ok) == [True] * len(cells) + [False] * len(others)
    assert list(places[: len(cells)]) == [0, 0, 0, 0, 0, 2, 1, 0]  # the digits printed after the point
    # anything else is left to to_numeric: a sign (-0 is 0 there), an exponent, a second point, a lone point,
    # sixteen digits, a letter, digits of another script, a NUL inside a cell
    assert list(np.nan_to_num(values[: len(cells)], nan=-1.0)) == [
        12.0,
        7.0,
        -1.0,
        0.0,
        123456789012345.0,
        53.9,
        0.5,
        7.0,
    ]


def test_a_column_of_plain_cells_and_a_few_others_reads_as_to_numeric_alone_reads_it() -> None:
    cells = ["12", "53.90", "1e5", "", "-0", "7.", "12a", "1,5", "0.25"]
    values, _, _ = parse_numbers(_frame(cells), "count")
    expected = pd.to_numeric(pd.Series(["12", "53.90", None, None, "-0", "7.", None, "1.5", "0.25"], dtype=object))
    assert values.fillna(-1.0).tolist() == expected.fillna(-1.0).tolist()


def test_the_one_cast_reads_every_decimal_as_to_numeric_and_float_do() -> None:
    """Random decimals of up to 15 digits, as a commission or an outlet prints them: the cast equals `to_numeric`
    and Python's `float` bit for bit."""
    from kzcheck.load.table import _plain_numbers

    rng = np.random.default_rng(17)
    texts = []
    for _ in range(20_000):
        digits = "".join(rng.choice(list("0123456789"), size=int(rng.integers(1, 16))))
        cut = int(rng.integers(0, len(digits) + 1))
        texts.append(digits if cut == len(digits) and rng.random() < 0.3 else digits[:cut] + "." + digits[cut:])
    texts = [t for t in texts if t != "."]
    got = _plain_numbers(np.array(texts))
    assert got is not None and got[0].all()
    expected = pd.to_numeric(pd.Series(texts, dtype=object)).astype("float64")
    assert np.array_equal(got[1], expected.to_numpy())
    assert all(v == float(t) for v, t in zip(got[1], texts, strict=True))
    assert list(got[2]) == [len(t) - t.index(".") - 1 if "." in t else 0 for t in texts]


def test_a_sign_a_point_and_digits_together_read_as_to_numeric_reads_them() -> None:
    cells = ["-0", "12", "007", "1.5", "", "+3"]
    values, _, _ = parse_numbers(_frame(cells), "count")
    expected = [0.0, 12.0, 7.0, 1.5, -1.0, 3.0]  # a blank is missing
    assert list(values.fillna(-1.0)) == expected
