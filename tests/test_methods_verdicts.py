"""Verdicts on a printing against the figure it reprints, worked by hand from real-shaped figures."""

from __future__ import annotations

import pytest

from kzcheck.methods.printed import Printed, digit_pattern, exact, match, split_unit
from kzcheck.methods.verdicts import Alternative, Kind, Verdict, judge, repeated, shifted, unfit_finer


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


# --- the verdicts' sentences, worked by hand (the detail is what a report prints) --------------------------------


def test_the_sentence_of_each_benign_verdict() -> None:
    assert judge(pct("8.9"), pct("8.90")).detail == "the same figure as 8.90"
    # |71.1 - 71.12| = 0.02 <= 0.05 + 0.005
    assert judge(pct("71.1"), pct("71.12")).detail == "71.1 is 71.12 rounded to the precision printed"
    # |63 - 63.66| = 0.66 > 0.5 + 0.005, but 63 <= 63.66 < 63 + 1: cut at the units digit
    assert judge(pct("63"), pct("63.66")).detail == "63 is 63.66 cut short (truncated), not rounded"


def test_the_sentence_of_a_unit_word_added() -> None:
    v = judge(scaled("7820204", 1e6, "7 820 204 млн"), count(7_820_204), count=True)
    assert (v.detail, v.alternative) == ("the digits of 7,820,204 with a unit word added (7 820 204 млн)", None)
    # the digits are another figure's: 12,244,683 is the start-of-day list, not the 12,284,487 of the reference
    start = Alternative("time", count(12_244_683), "the start-of-day list")
    v = judge(scaled("12244683", 1e6, "12 244 683 млн"), count(12_284_487), [start], count=True)
    assert v.kind is Kind.ANOTHER_TIME and v.alternative is start
    assert v.detail == "the digits of the start-of-day list with a unit word added (12 244 683 млн), not 12,284,487"


def test_the_sentence_of_another_figure_says_how_it_was_printed() -> None:
    same = Alternative("base", pct("52.9"), "valid votes over registered")
    rounded = Alternative("base", pct("52.93"), "valid votes over registered")
    cut = Alternative("base", pct("52.97"), "valid votes over registered")
    assert judge(pct("52.9"), pct("54.21"), [same]).detail == "52.9 is valid votes over registered, not 54.21"
    # |52.9 - 52.93| = 0.03 <= 0.05 + 0.005: a rounding
    v = judge(pct("52.9"), pct("54.21"), [rounded])
    assert v.detail == "52.9 is valid votes over registered, rounded, not 54.21"
    # |52.9 - 52.97| = 0.07 > 0.055, but 52.9 <= 52.97 < 52.9 + 0.1: a truncation
    v = judge(pct("52.9"), pct("54.21"), [cut])
    assert v.detail == "52.9 is valid votes over registered, truncated, not 54.21"


def test_the_sentence_of_a_slip_and_the_difference_it_shows() -> None:
    # 54.3 - 53.4 = +0.9; the digits 543 and 534 are the same three
    assert judge(pct("54.3"), pct("53.4")).detail == "54.3 for 53.4 (difference +0.9)"
    # 543 against 355: the 5 and the 3 match, 4 stands for the other 5; 54.3 - 35.5 = +18.8
    v = judge(pct("54.3"), pct("35.5"))
    assert (v.kind, v.detail) == (Kind.TRANSPOSED, "54.3 for 35.5 and one digit differs (difference +18.8)")
    # 2500 against 1500: one digit; a whole difference of 1000 is shown with its thousands separator
    v = judge(pct("2500"), pct("1500"))
    assert (v.kind, v.detail) == (Kind.DIGIT, "one digit differs: 2500 for 1500 (difference +1,000)")


def test_a_difference_shows_at_most_four_decimals_and_no_bare_point() -> None:
    # 3.00002 - 1 = 2.00002: "+2.0000" at four decimals, its zeros and then its point dropped -> "+2"
    v = judge(pct("3.00002"), pct("1"))
    assert v.kind is Kind.MISPRINT
    assert v.detail == "3.00002 against 1 (difference +2); no rounding, slip or other figure explains it"


def test_a_counts_difference_is_shown_in_whole_units() -> None:
    # a count printed with a decimal: 3,750.4 - 5,000 = -1,249.6, shown as a count: -1,250
    printed = Printed(3750.4, 1, 1.0, "3,750.4")
    v = judge(printed, count(5_000), count=True)
    assert v.detail == "3,750.4 against 5,000 (difference -1,250); no rounding, slip or other figure explains it"


def test_off_by_up_to_one_percent_of_a_count() -> None:
    # 29,700 against 30,000: three digits change (no slip); |-300| = 1% of 30,000, the edge of "small"
    v = judge(count(29_700), count(30_000), count=True)
    assert (v.kind, v.detail) == (Kind.OFF_BY, "off by -300 from 30,000")
    # 29,699: 301 > 300 is beyond it
    assert judge(count(29_699), count(30_000), count=True).kind is Kind.MISPRINT


def test_a_list_shifted_up_from_its_second_row() -> None:
    # each of akmola and aktobe prints the value of the row above: direction -1, starting at the second row
    reference = [("abai", pct("57.02")), ("akmola", pct("60.01")), ("aktobe", pct("58.00")), ("atyrau", pct("51.23"))]
    printed = {"abai": pct("44.44"), "akmola": pct("57.02"), "aktobe": pct("60.01"), "atyrau": pct("51.23")}
    assert [(s.direction, s.areas) for s in shifted(printed, reference)] == [(-1, ("akmola", "aktobe"))]


# --- digit patterns, the labels of a printing, the slack of "same" -------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "reference", "pattern"),
    [
        ("53.64", "53.46", "digits transposed"),
        ("42.41", "42.91", "one digit differs"),
        ("54.3", "35.5", "digits transposed and one digit differs"),
        ("55.3", "5.3", "digit doubled"),  # 553: the first 5 is an extra copy of the next
        ("35.3", "5.3", "digit added"),  # 353: the first 3 is new; it equals the last digit, not its neighbour
        ("53.4", "5.3", "digit added"),  # 534: the 4 is added at the end
        ("53.5", "5.3", "digit added"),  # 535: the last 5 equals the digit two places back, not its neighbour
        ("6.5", "6.25", "digit dropped"),
        ("24.4", "2.44", "digit doubled"),  # the digits 244 are the reference's; at one decimal it is 2.4 -> 24
        ("12.5", "53.46", None),
    ],
)
def test_each_digit_pattern_by_name(printed: str, reference: str, pattern: str | None) -> None:
    assert digit_pattern(pct(printed), pct(reference)) == pattern


def test_a_printings_label() -> None:
    assert Printed(8.9, 2, 1.0, "8.9%").label() == "8.9%"
    assert Printed(8.9, 2).label() == "8.90"
    assert Printed(244_000.0, 0, 1e3).label() == "244 × 1000"
    assert exact(2 / 3 * 100).label() == "66.6667"  # 66.66666... at four decimals
    assert exact(52.5).label() == "52.5"
    assert exact(7.0).label() == "7"  # "7.0000": the zeros, then the point, go


def test_the_same_number_up_to_floating_point_noise() -> None:
    # float("1.000001") * 1e6 is 1,000,000.9999999999: within 1e-9 of every unit of 1,000,001 (the slack is relative)
    assert match(scaled("1.000001", 1e6, "1.000001 million"), count(1_000_001)) == "same"
    # below 1 the slack is 1e-9 itself: at it the same, beyond it not (at twelve decimals, no rounding covers it)
    assert match(Printed(1e-9, 12), Printed(0.0, 12)) == "same"
    assert match(Printed(1.5e-9, 12), Printed(0.0, 12)) is None


def test_rounding_intervals_that_touch_overlap() -> None:
    # 8.9 stands for 8.85..8.95 and 9.0 for 8.95..9.05: they meet at 8.95
    assert match(pct("8.9"), pct("9.0")) == "rounding"
    # the slack beyond the two half units is 1e-9 (times the reference when it is above 1): 0.1 + 1.5e-9 from 0
    # is beyond it, 0.1 + 1e-9 from 2 within it
    assert match(Printed(0.1 + 1.5e-9, 1), Printed(0.0, 1)) is None
    assert match(Printed(2.1 + 1e-9, 1), Printed(2.0, 1)) == "rounding"


def test_a_truncation_toward_zero_of_a_small_share_and_its_limit() -> None:
    # 0.7 cut at the units digit is 0; 0.58 cut at one decimal is 0.5
    assert match(pct("0"), pct("0.7")) == "truncation"
    assert match(pct("0.5"), pct("0.58")) == "truncation"
    # 64.0 is not 63 cut short: a truncation stays below the next unit (63 <= r < 64)
    assert match(pct("63"), pct("64.0")) is None
    # a negative difference is not a truncation of a positive one
    assert match(Printed(-0.3, 1), Printed(0.35, 2)) is None


def test_the_edges_of_rounding_and_truncation_by_the_slack():
    # 0.1 + 1e-9 from 0, both at one decimal: exactly the two half units 0.05 + 0.05 plus the slack 1e-9, still in
    assert match(Printed(0.1 + 1e-9, 1), Printed(0.0, 1)) == "rounding"
    # 0 stands for a truncation of 0 <= r < 1 short of the slack: 1 - 1e-9 is at that edge, so it is none
    assert match(pct("0"), Printed(1 - 1e-9, 12)) is None


def test_a_finer_printing_that_fits_no_poll_sum_is_the_misprint():
    # 7.87 and 7.9 are one figure at two precisions; when 7.87 fits no poll sum, the finer digits are the misprint
    got = unfit_finer(pct("7.87"), pct("7.9"))
    assert got == Verdict(Kind.MISPRINT, "7.87 fits no poll sum; 7.9 is printed at lower precision")
    assert not got.benign
