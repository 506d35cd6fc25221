"""Number forms as the press prints them: value, the step of the last printed digit, qualifier; dates are no figures."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kzcheck.extract.numbers import find_numbers, times_of_day
from kzcheck.extract.text import normalise

NBSP, NNBSP = "\u00a0", "\u202f"


def one(text: str, language: str = "ru"):
    numbers, _ = find_numbers(normalise(text), language)
    assert len(numbers) == 1, numbers
    return numbers[0]


@pytest.mark.parametrize(
    ("printed", "language", "value", "step", "percent"),
    [
        ("53.46%", "en", "53.46", "0.01", True),
        ("53,46 %", "ru", "53.46", "0.01", True),
        ("8,9 %", "ru", "8.9", "0.1", True),  # one decimal stays one decimal
        ("6 339 425", "ru", "6339425", "1", False),
        (f"6{NBSP}339{NBSP}425", "ru", "6339425", "1", False),
        (f"6{NNBSP}339{NNBSP}425", "kk", "6339425", "1", False),
        ("3,431,510", "en", "3431510", "1", False),
        ("7,9 миллиона", "ru", "7900000", "100000", False),
        ("5.5 million", "en", "5500000", "100000", False),
        ("206 тысяч", "ru", "206000", "1000", False),
        ("898 тыс. 99", "ru", "898099", "1", False),
        ("12 млн 482 тыс. 613", "ru", "12482613", "1", False),
        ("12 млн 482 тыс.", "ru", "12482000", "1000", False),
        ("53,46 пайыз", "kk", "53.46", "0.01", True),
        ("312 мың", "kk", "312000", "1000", False),
    ],
)
def test_number_forms(printed, language, value, step, percent):
    n = one(printed, language)
    assert n.value == Decimal(value)
    assert n.step == Decimal(step)
    assert n.percent is percent
    assert n.printed == printed.replace(NBSP, " ").replace(NNBSP, " ")


@pytest.mark.parametrize(
    ("text", "language", "qualifier", "value"),
    [
        ("more than 30,000 people", "en", "more than", "30000"),
        ("about 312 thousand voters", "en", "about", "312000"),
        ("almost 54%", "en", "almost", "54"),
        ("почти 2 450 270 голосов", "ru", "almost", "2450270"),
        ("свыше 30 тыс. человек", "ru", "more than", "30000"),
        ("около 312 тысяч избирателей", "ru", "about", "312000"),
        ("30 мыңнан астам адам", "kk", "more than", "30000"),
        ("шамамен 312 мың сайлаушы", "kk", "about", "312000"),
        ("погрешность не превышает 1 %", "ru", "at most", "1"),
    ],
)
def test_qualifiers(text, language, qualifier, value):
    n = one(text, language)
    assert n.qualifier == qualifier
    assert n.value == Decimal(value)


def test_a_count_in_thousands_is_rounded_and_a_count_to_the_unit_exact():
    assert not one("206 тысяч").exact
    assert one("6 339 425").exact
    assert one("898 тыс. 99").exact


def test_one_comma_group_outside_english_is_ambiguous():
    n = one("6,339", "ru")
    assert n.ambiguous and "6339" in n.ambiguous
    assert one("30,000", "en").ambiguous is None


def test_data_keeps_the_printed_precision():
    assert one("8,9 %").as_data() == "8.9"
    assert one("53,90 %").as_data() == "53.90"
    assert one("3,431,510", "en").as_data() == "3431510"


def test_dates_years_and_times_are_not_figures():
    text = normalise("ASTANA, March 19. 19 марта 2021 года, 19 наурыз, в 14:00 и at 10 a.m.; 2023-03-19")
    numbers, skipped = find_numbers(text, "ru")
    assert numbers == []
    assert sorted({s.why for s in skipped}) == ["a date", "a time of day", "a year"]
    assert [t for _, _, t in times_of_day(text)] == ["14:00", "10:00"]
    assert [s.printed for s in skipped if s.why == "a year"] == ["2021"]  # a year in a date still names the vote


def test_a_dash_typed_against_the_figure_is_no_minus_but_a_number_in_a_code_is_no_figure():
    numbers, _ = find_numbers(normalise("«Ауыл» –10,52 %, статья 97-1"), "ru")
    assert [(n.printed, n.value) for n in numbers] == [("10,52 %", Decimal("10.52"))]
