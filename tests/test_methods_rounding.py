"""Printed decimals, half units and rounding bands on real published figures.

Every expected value is worked out in the comments, not produced by the function under test.
"""

import warnings

import numpy as np
import pytest

from kzcheck.methods.rounding import (
    SumCheck,
    decimals_of,
    half_unit,
    parse_number,
    percent_matches,
    percent_matches_many,
    sum_band,
    sum_consistent,
)


@pytest.mark.parametrize(
    ("text", "decimals"),
    [
        ("8.9", 1),
        ("53.90", 2),
        ("10", 0),
        ("4.4", 1),
        ("8,9", 1),  # decimal comma
        ("53,90", 2),
        (" 53.90% ", 2),
        ("-0.06", 2),
        ("6,366,441", 0),  # thousands separators
        ("6 366 441", 0),
        ("6\u00a0366\u00a0441", 0),
        ("1,234.5", 1),
        ("1.234,5", 1),
        ("0.000", 3),
    ],
)
def test_decimals_of(text, decimals):
    assert decimals_of(text) == decimals


@pytest.mark.parametrize(
    ("text", "value"),
    [("8,9", 8.9), ("53.90", 53.9), ("6,366,441", 6_366_441.0), ("1.234,5", 1234.5), ("-0.06", -0.06)],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "8.9.x", "1..2", "--1"])
def test_not_a_number(text):
    with pytest.raises(ValueError):
        decimals_of(text)


def test_half_unit():
    # 0.5 * 10^0 = 0.5; 0.5 * 10^-1 = 0.05; 0.5 * 10^-2 = 0.005
    assert half_unit(0) == 0.5
    assert half_unit(1) == pytest.approx(0.05)
    assert half_unit(2) == pytest.approx(0.005)
    assert half_unit(np.array([0, 1, 2])) == pytest.approx([0.5, 0.05, 0.005])
    with pytest.raises(ValueError):
        half_unit(-1)
    with pytest.raises(ValueError):
        half_unit(1.5)


def test_sum_band():
    # IEI 2023 as printed: 53.46 10.52 8.9 7.87 6.25 5.31 3.22 4.47
    # seven figures at 2 decimals and one ("8.9") at 1: 7 * 0.005 + 0.05 = 0.085
    assert sum_band([2, 2, 1, 2, 2, 2, 2, 2]) == pytest.approx(0.085)
    assert sum_band(np.array([2] * 8)) == pytest.approx(0.04)
    assert sum_band([]) == 0.0


def test_sum_consistent_institute_of_democracy_2021():
    # As printed by Kazinform: 72.1 + 10.27 + 9.54 + 4.93 + 3.25 = 100.09.
    # Band: 0.05 + 4 * 0.005 = 0.07. |100.09 - 100| = 0.09 > 0.07: rounding alone cannot
    # explain the sum.
    check = sum_consistent(["72.1", "10.27", "9.54", "4.93", "3.25"])
    assert isinstance(check, SumCheck)
    assert check.printed_sum == pytest.approx(100.09)
    assert check.band == pytest.approx(0.07)
    assert not check.consistent
    # As printed by Tengrinews: 72 + 10.2 + 9.54 + 4.93 + 3.25 = 99.92.
    # Band: 0.5 + 0.05 + 3 * 0.005 = 0.565 >= 0.08: consistent.
    check = sum_consistent(["72", "10.2", "9.54", "4.93", "3.25"])
    assert check.printed_sum == pytest.approx(99.92)
    assert check.band == pytest.approx(0.565)
    assert check.consistent


def test_sum_consistent_at_the_edge():
    # Two figures at 1 decimal: band 0.05 + 0.05 = 0.1. 50.1 + 50.0 = 100.1 is exactly at the
    # edge, which rounding allows: 50.05 + 49.95 = 100 prints as 50.1 and 50.0 (half up).
    # 50.2 + 50.0 = 100.2 is 0.2 away: no.
    assert sum_consistent(["50.1", "50.0"]).consistent
    assert not sum_consistent(["50.2", "50.0"]).consistent


def test_percent_matches_2023_cec():
    # AMANAT: 6,366,441 * 0.539 = 3,431,511.70, so 3,431,510 is 53.9 - 1.70 / 63,664.41
    # = 53.899973%. "53.90" allows [53.895, 53.905]: yes. "53.91": |53.899973 - 53.91| = 0.010
    # > 0.005: no. "53.9" allows [53.85, 53.95]: yes.
    assert percent_matches(3_431_510, 6_366_441, "53.90")
    assert percent_matches(3_431_510, 6_366_441, "53.9")
    assert not percent_matches(3_431_510, 6_366_441, "53.91")
    assert not percent_matches(3_431_510, 6_366_441, "53.89")
    # Baytaq: 146,431 / 6,366,441 = 2.300046% -> "2.30" yes; as a share of party votes only
    # (6,118,150) it would be 2.393 -> "2.30" no: the base matters.
    assert percent_matches(146_431, 6_366_441, "2.30")
    assert not percent_matches(146_431, 6_118_150, "2.30")


def test_percent_matches_near_the_half_unit():
    # Karaganda maslikhat 2023, AMANAT: 448,741 * 0.5167 = 231,864.47; 231,843 is 21.47
    # votes below, i.e. 51.67 - 21.47 / 4,487.41 = 51.665215%. "51.67": |diff| = 0.004785
    # <= 0.005: yes, but only just; "51.66" (diff 0.005215): no.
    assert percent_matches(231_843, 448_741, "51.67")
    assert not percent_matches(231_843, 448_741, "51.66")
    # Exactly on the boundary: 1 / 8 = 12.5% printed "13" (half up) or "12" (half even):
    # |12.5 - 13| = 0.5 <= 0.5 and |12.5 - 12| = 0.5: both accepted.
    assert percent_matches(1, 8, "13")
    assert percent_matches(1, 8, "12")
    assert not percent_matches(1, 8, "14")


def test_percent_matches_referendum_2024_decimal_comma():
    # Yes 5,561,937 of 7,820,204 who took part: 7,820,204 * 0.7112 = 5,561,729.08, so
    # 71.12 + 207.92 / 78,202.04 = 71.122659% -> "71,12" yes.
    assert percent_matches(5_561_937, 7_820_204, "71,12")
    # Two-way share 5,561,937 / 7,607,208: 7,607,208 * 0.7311 = 5,561,629.77,
    # 73.11 + 307.23 / 76,072.08 = 73.114039% -> "73.11" yes, "73.12" no.
    assert percent_matches(5_561_937, 7_607_208, "73.11")
    assert not percent_matches(5_561_937, 7_607_208, "73.12")


def test_percent_matches_many():
    # The cases above as arrays: AMANAT "53.90", AMANAT "53.91", Karaganda "51.67",
    # Baytaq on the wrong base "2.30", and a zero base (never a match).
    counts = np.array([3_431_510, 3_431_510, 231_843, 146_431, 5])
    bases = np.array([6_366_441, 6_366_441, 448_741, 6_118_150, 0])
    values = np.array([53.90, 53.91, 51.67, 2.30, 1.0])
    decimals = np.array([2, 2, 2, 2, 0])
    result = percent_matches_many(counts, bases, values, decimals)
    assert result.dtype == bool
    assert result.tolist() == [True, False, True, False, False]
    # Decimals broadcast: one value for every row.
    assert percent_matches_many(counts[:3], bases[:3], values[:3], 2).tolist() == [True, False, True]


def test_percent_matches_rejects_a_bad_base():
    with pytest.raises(ValueError):
        percent_matches(1, 0, "1")


def test_a_typographic_minus_is_a_minus():
    # Outlets set "−4.91" with U+2212, not the hyphen-minus.
    assert parse_number("\u22124.91") == pytest.approx(-4.91)
    assert decimals_of("\u22124.91") == 2


def test_sum_band_of_one_figure():
    # One figure printed with 2 decimals: its half unit, 0.005.
    assert sum_band([2]) == pytest.approx(0.005)
    assert sum_band([]) == 0.0


def test_percent_of_a_base_of_one():
    # 1 / 1 = 100%: a base of 1 is a base like any other.
    assert percent_matches(1, 1, "100")
    assert not percent_matches(0, 1, "100")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: percent_matches(1, 0, "1"), "^base must be positive, got 0"),
        (lambda: decimals_of("abc"), "^not a printed number: 'abc'"),
        (lambda: decimals_of(8.9), r"^expected the figure as printed \(text\), got 8.9"),
        (lambda: half_unit(-1), "^decimals must be non-negative integers"),
    ],
)
def test_invalid_input_says_what_is_wrong(call, message):
    with pytest.raises(ValueError, match=message):
        call()


# --- the edge of a half unit, missing values, a base of one ------------------------------------------------------


def test_the_half_unit_itself_is_accepted():
    # 1 / 8 = 12.5 %: printed "12" (round half to even) or "13" (half up) are both exactly 0.5 away
    assert percent_matches(1, 8, "12") and percent_matches(1, 8, "13")
    assert percent_matches(1, 8, "12", epsilon=0.0)  # the boundary holds without any floating-point slack
    assert percent_matches_many([1, 1], [8, 8], [12, 13], [0, 0]).tolist() == [True, True]
    assert percent_matches_many([1], [8], [12], [0], epsilon=0.0).tolist() == [True]
    # a sum of one figure "12" stands for 11.5..12.5: 12.5 is its edge
    assert sum_consistent(["12"], expected=12.5, epsilon=0.0).consistent


def test_missing_values_do_not_match():
    # None in any column (a missing cell) is nan: no match, and no error
    got = percent_matches_many([None, 1, 1], [8, None, 8], [12.5, 12.5, None], [1, 1, 1])
    assert got.tolist() == [False, False, False]


def test_decimals_may_come_as_whole_floats():
    # a column of decimals read with a missing value elsewhere is float: 1.0 decimals is 1 decimal (half 0.05)
    assert percent_matches_many([1], [8], [12.5], [1.0]).tolist() == [True]
    assert percent_matches_many([1], [8], [12.4], [1.0]).tolist() == [False]  # |12.5 - 12.4| = 0.1 > 0.05


def test_a_base_of_one_and_a_zero_base_quietly():
    # 1 of 1 is 100 %
    assert percent_matches_many([1], [1], [100], [0]).tolist() == [True]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # 1 / 0 and 0 / 0 warn nothing: a zero base is simply no match
        assert percent_matches_many([1, 0], [0, 0], [100, 0], [0, 0]).tolist() == [False, False]


def test_the_last_of_mixed_separators_is_the_decimal_one_even_when_repeated():
    # "1,234.567,8": "," comes last, so one decimal; that "," occurs twice does not make it a thousands separator
    assert decimals_of("1,234.567,8") == 1


def test_decimals_as_whole_floats_and_scalars_as_floats():
    # decimals 1.0 and 2.0 are 1 and 2: 0.05 + 0.005 = 0.055
    assert sum_band([1.0, 2.0]) == pytest.approx(0.055)
    assert type(half_unit(1)) is float and half_unit(1) == 0.05
