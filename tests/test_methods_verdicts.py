"""Verdicts on a printing against the figure it reprints, worked by hand from real-shaped figures."""

from __future__ import annotations

import pytest

from kzcheck.methods.printed import Printed, digit_pattern, exact, match, split_unit
from kzcheck.methods.verdicts import Alternative, Kind, judge, repeated, shifted


def pct(text: str) -> Printed:
    return Printed(float(text), len(text.split(".")[1]) if "." in text else 0, 1.0, text)


def count(value: int, text: str | None = None) -> Printed:
    return Printed(float(value), 0, 1.0, text or f"{value:,}", whole=True)


def scaled(mantissa: str, scale: float, text: str) -> Printed:
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return Printed(float(mantissa) * scale, decimals, scale, text, whole=True)


# --- printed precision ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "scale"),
    [
        ("5.5 million", "5.5", 1e6),
        ("206 тысяч", "206", 1e3),
        ("244 тысячи", "244", 1e3),
        ("5,5 млн", "5,5", 1e6),
        ("30 тыс.", "30", 1e3),
        ("7 820 204 млн", "7820204", 1e6),
    ],
)
def test_unit_words_are_split_from_the_number(text: str, number: str, scale: float) -> None:
    assert split_unit(text) == (number, scale)


@pytest.mark.parametrize("text", ["5561937", "53.46", "about", "12 people"])
def test_text_without_a_unit_word_is_left_alone(text: str) -> None:
    assert split_unit(text) is None


def test_a_count_in_millions_is_one_unit_of_its_last_digit_wide() -> None:
    p = scaled("5.5", 1e6, "5.5 million")
    assert p.unit == pytest.approx(100_000)
    assert p.half == pytest.approx(50_000)
    assert p.digits() == "55"


# --- benign: same, rounding, truncation -------------------------------------------------------------------------------


def test_the_same_number_at_another_precision_is_the_same() -> None:
    assert match(pct("8.9"), pct("8.90")) == "same"
    assert judge(pct("8.9"), pct("8.90")).kind is Kind.SAME


def test_a_share_rounded_to_one_decimal_is_a_rounding() -> None:
    # 71.12 rounded to one decimal is 71.1: |71.1 - 71.12| = 0.02 <= 0.05 + 0.005
    v = judge(pct("71.1"), pct("71.12"))
    assert v.kind is Kind.ROUNDING and v.benign


@pytest.mark.parametrize(
    ("printed", "reference"),
    [
        (pct("9.83"), exact(9.839)),  # 9.839 rounds to 9.84
        (pct("63"), pct("63.66")),  # "63%": 63.66 rounds to 64
        (pct("7.8"), pct("7.87")),  # the-daily.org's IEI Aq Jol
        (scaled("5.5", 1e6, "5.5 million"), count(5_561_937)),  # 5,561,937 rounds to 5.6 million
        (scaled("30", 1e3, "30 тысяч"), count(30_546)),  # rounds to 31 thousand
    ],
)
def test_a_figure_cut_at_the_printed_digit_is_a_truncation(printed: Printed, reference: Printed) -> None:
    v = judge(printed, reference)
    assert v.kind is Kind.TRUNCATION and v.benign


def test_a_count_in_thousands_that_rounds_right_is_a_rounding() -> None:
    # 206,206 to the nearest thousand is 206 thousand
    assert judge(scaled("206", 1e3, "206 тысяч"), count(206_206)).kind is Kind.ROUNDING


def test_a_truncation_is_never_a_rounding_up() -> None:
    # 64 for 63.66 is the correct rounding, 65 explains nothing
    assert judge(pct("64"), pct("63.66")).kind is Kind.ROUNDING
    assert not judge(pct("65"), pct("63.66")).benign


# --- slips of the pen -------------------------------------------------------------------------------------------------


def test_one_digit_differs() -> None:
    v = judge(pct("42.41"), pct("42.91"))  # Astana city turnout, thediplomaticinsight.com
    assert v.kind is Kind.DIGIT and "one digit differs" in v.detail
    v = judge(count(10_233), count(10_223), count=True)  # polling stations
    assert v.kind is Kind.DIGIT and "+10" in v.detail


def test_a_dropped_digit() -> None:
    # news360.es printed IEI's People's Party 6.25 as 6.5
    v = judge(pct("6.5"), pct("6.25"))
    assert v.kind is Kind.DIGIT and "digit dropped" in v.detail


def test_a_doubled_digit_at_the_printed_scale() -> None:
    # "244 тысячи" for a sample of 24,000
    v = judge(scaled("244", 1e3, "244 тысячи"), count(24_000), count=True)
    assert v.kind is Kind.DIGIT and "digit doubled" in v.detail


def test_digits_transposed() -> None:
    assert judge(count(5_561_397), count(5_561_937), count=True).kind is Kind.TRANSPOSED
    # akmolinform's "almost 2 450 270" for 2,045,271: the 0 moved two places, the last digit changed
    v = judge(count(2_450_270), count(2_045_271), count=True)
    assert v.kind is Kind.TRANSPOSED and "one digit differs" in v.detail


def test_off_by_a_small_amount() -> None:
    v = judge(count(6_456_393), count(6_456_392), count=True)
    assert v.kind is Kind.OFF_BY and "+1" in v.detail
    v = judge(count(46_840), count(46_790), count=True)  # two digits change: no slip, 0.1% off
    assert v.kind is Kind.OFF_BY and "+50" in v.detail


def test_a_difference_no_pattern_explains_is_a_misprint() -> None:
    assert judge(pct("48.20"), pct("42.91")).kind is Kind.MISPRINT
    assert judge(count(60_000), count(46_790), count=True).kind is Kind.MISPRINT


def test_digit_patterns_compare_digits_not_values() -> None:
    assert digit_pattern(pct("53.64"), pct("53.46")) == "digits transposed"
    assert digit_pattern(pct("53.46"), pct("53.46")) is None
    assert digit_pattern(pct("12.5"), pct("53.46")) is None


# --- another figure ---------------------------------------------------------------------------------------------------


def test_another_time_of_day_truncated() -> None:
    # RFE/RL's 63.8 for the final 63.66 is the 20:00 63.87 truncated
    at_20 = Alternative("time", pct("63.87"), "the 20:00 figure 63.87")
    v = judge(pct("63.8"), pct("63.66"), [at_20])
    assert v.kind is Kind.ANOTHER_TIME and v.alternative is at_20 and "truncated" in v.detail


def test_another_base() -> None:
    # ru.wikipedia's 52.90: 6,366,441 valid votes over 12,035,578 registered = 52.8964...
    valid = Alternative("base", exact(6_366_441 / 12_035_578 * 100), "valid votes over registered voters")
    assert judge(pct("52.90"), pct("54.21"), [valid]).kind is Kind.ANOTHER_BASE
    # the same printing with no such alternative in the data is only a misprint
    assert judge(pct("52.90"), pct("54.21")).kind is Kind.MISPRINT


def test_a_complement_on_the_wrong_base() -> None:
    # No printed as 100 - 71.12 = 28.88 where the base (everyone who took part) includes invalid ballots
    complement = Alternative("complement", exact(100 - 71.12), "100 − Yes (71.12)")
    assert judge(pct("28.88"), pct("26.15"), [complement]).kind is Kind.COMPLEMENT


def test_another_pollster() -> None:
    osii = Alternative("pollster", pct("82.45"), "Open Society's 82.45")
    assert judge(pct("82.45"), pct("85.52"), [osii]).kind is Kind.ANOTHER_POLLSTER
    # a figure within rounding of the right one is a rounding even when another pollster printed something close
    assert judge(pct("85.5"), pct("85.52"), [osii]).kind is Kind.ROUNDING


def test_a_unit_word_added_to_the_exact_count() -> None:
    v = judge(scaled("7820204", 1e6, "7 820 204 млн"), count(7_820_204), count=True)
    assert v.kind is Kind.UNIT_WORD
    start_of_day = Alternative("time", count(12_244_683), "the start-of-day list 12,244,683")
    v = judge(scaled("12244683", 1e6, "12 244 683 млн"), count(12_284_487), [start_of_day], count=True)
    assert v.kind is Kind.ANOTHER_TIME


# --- lists ------------------------------------------------------------------------------------------------------------


def test_a_list_shifted_by_one_row() -> None:
    reference = [("abai", pct("57.02")), ("akmola", pct("60.01")), ("aktobe", pct("58.00")), ("atyrau", pct("51.23"))]
    printed = {"abai": pct("57.02"), "akmola": pct("58.00"), "aktobe": pct("51.23"), "atyrau": pct("59.20")}
    shifts = shifted(printed, reference)
    assert len(shifts) == 1
    assert shifts[0].direction == 1 and shifts[0].areas == ("akmola", "aktobe")


def test_a_list_printed_alike_is_not_shifted() -> None:
    reference = [("abai", pct("57.02")), ("akmola", pct("60.01")), ("aktobe", pct("58.00"))]
    assert shifted(dict(reference), reference) == []
    # one wrong row is a misprint, not a shift
    assert shifted({"abai": pct("57.02"), "akmola": pct("58.00"), "aktobe": pct("58.00")}, reference) == []


def test_two_areas_with_one_value() -> None:
    listed = [("zhetysu", pct("81.43")), ("astana", pct("48.67")), ("kyzylorda", pct("81.43"))]
    assert repeated(listed) == [("zhetysu", "kyzylorda")]
    assert repeated([("a", pct("72.8")), ("b", pct("72.8"))]) == []  # one decimal: chance, not a slip
    assert repeated([("a", count(12)), ("b", count(12))]) == []
