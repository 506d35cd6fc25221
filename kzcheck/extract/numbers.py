"""Numbers as the press prints them, each with the precision it was printed at and any qualifier in front of it.

`53.46%`, `53,46 %`, `6 339 425` (ordinary or no-break spaces), `3,431,510`, `7,9 миллиона`, `5.5 million`,
`206 тысяч`, `898 тыс. 99`, `12 млн 482 тыс. 613`, "more than 30,000", "about 312 thousand", "почти", "свыше",
"около", "30 мыңнан астам". Dates, years and times of day are told apart and never read as figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

MONTHS = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"қаңтар\w*|ақпан\w*|наурыз\w*|сәуір\w*|мамыр\w*|маусым\w*|шілде\w*|тамыз\w*|қыркүйек\w*|қазан\w*|"
    r"қараша\w*|желтоқсан\w*"
)
_GROUPED = r"\d{1,3}(?:(?: |,)\d{3})+(?!\d)"
_PLAIN = r"\d+(?:[.,]\d+)?"
NUMERAL = re.compile(rf"(?<![\w.,:/])(?<!\w-)(?:{_GROUPED}|{_PLAIN})(?![\w]|[.,:-]\d)")
THOUSAND = r"тыс\.|тыс\b|тысяч\w*|thousand\b|мың\w*"
MILLION = r"млн\.?|миллион\w*|million\b|mln\b"
PERCENT = r"%|процент\w*|percent\b|per cent\b|pct\b|пайыз\w*"
MULTIPLIER = re.compile(rf"\s?(?P<word>{MILLION}|{THOUSAND})", re.IGNORECASE)
PERCENT_SIGN = re.compile(rf"\s?(?P<word>{PERCENT})", re.IGNORECASE)
TIME = re.compile(
    r"(?<![\d:.,])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:])"
    r"|(?:(?<=\bat )|(?<=\bв )|(?<=\bна )|(?<=\bк )|(?<=сағат )|(?<=\bof ))"
    r"(?P<hd>[01]?\d|2[0-3])\.(?P<md>[0-5]\d)(?![\d%])"
    r"|(?P<h12>1[0-2]|\d)\s?(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)",
    re.IGNORECASE,
)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}")

QUALIFIERS_BEFORE = (
    ("at least", r"at least|no fewer than|не менее|не меньше|как минимум"),
    (
        "more than",
        r"more than|over|above|in excess of|upwards of|свыше|более чем|более|больше чем|больше|"
        r"порядка более",
    ),
    ("almost", r"almost|nearly|почти|без малого|чуть менее|чуть меньше"),
    (
        "about",
        r"about|around|approximately|roughly|some|около|примерно|порядка|приблизительно|шамамен|шамасы|"
        r"шамалап",
    ),
    ("at most", r"up to|at most|no more than|не более|не больше|не превышает|не превышают|не превысит"),
    ("less than", r"less than|fewer than|under|менее|меньше"),
)
QUALIFIERS_AFTER = (
    ("more than", r"астам|артық"),
    ("almost", r"жуық|таяу"),
    ("at least", r"кем емес"),
)
_BEFORE = [(label, re.compile(rf"(?:^|[\s(])(?P<q>{words})\s*$", re.IGNORECASE)) for label, words in QUALIFIERS_BEFORE]
_AFTER = [(label, re.compile(rf"^\S*\s+(?P<q>{words})\b", re.IGNORECASE)) for label, words in QUALIFIERS_AFTER]


@dataclass(frozen=True)
class Number:
    """One number as printed: its value, the step of its last printed digit (0.01 for 53.46, 1000 for 206 тысяч),
    whether it is a percentage, and the qualifier the text puts on it."""

    start: int
    end: int
    printed: str  # the characters of the article, unit word and qualifier excluded
    value: Decimal
    step: Decimal
    percent: bool
    qualifier: str | None = None
    qualifier_printed: str | None = None
    ambiguous: str | None = None  # why the reading is not certain

    @property
    def is_integer(self) -> bool:
        return not self.percent and self.value == self.value.to_integral_value()

    @property
    def exact(self) -> bool:
        """A count printed to the unit (not rounded to thousands or millions)."""
        return self.step == 1

    @property
    def decimals(self) -> int:
        exponent = self.step.normalize().as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0

    def as_data(self) -> str:
        """The value as the data folder writes it, at the printed precision (8.9 stays 8.9)."""
        if self.percent or self.step < 1:
            return f"{self.value:.{self.decimals}f}"
        return str(int(self.value))


@dataclass(frozen=True)
class Skipped:
    """A number that is not a figure: a date, a year, a time of day."""

    start: int
    end: int
    printed: str
    why: str


def _numeral(text: str, language: str) -> tuple[Decimal, Decimal, str | None]:
    """Value, step and an ambiguity note of a numeral such as `6 339 425`, `3,431,510`, `53,46` or `7.9`."""
    s = text.replace(" ", "")
    ambiguous = None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        if s.count(",") == 1 and language != "en":
            ambiguous = f"{text!r} may be a decimal ({s.replace(',', '.')}) or a count ({s.replace(',', '')})"
            s = s.replace(",", ".")
        else:
            s = s.replace(",", "")
    s = s.replace(",", ".")
    value = Decimal(s)
    exponent = value.as_tuple().exponent
    step = Decimal(1).scaleb(exponent) if isinstance(exponent, int) and exponent < 0 else Decimal(1)
    return value, step, ambiguous


def _factor(word: str) -> Decimal:
    w = word.casefold()
    return Decimal(1_000_000) if w.startswith(("млн", "миллион", "million", "mln")) else Decimal(1000)


def _qualifier(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    before = text[max(0, start - 40) : start]
    for label, pattern in _BEFORE:
        m = pattern.search(before)
        if m:
            return label, m.group("q")
    after = text[end : end + 30]
    for label, pattern in _AFTER:
        m = pattern.search(after)
        if m:
            return label, m.group("q")
    return None, None


def times_of_day(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """`14:00`, `10.00`, `10 a.m.` → (start, end, 'HH:MM')."""
    out = []
    for m in TIME.finditer(text, start, len(text) if end is None else end):
        if m.group("h") is not None:
            out.append((m.start(), m.end(), f"{int(m.group('h')):02d}:{m.group('m')}"))
        elif m.group("hd") is not None:
            out.append((m.start(), m.end(), f"{int(m.group('hd')):02d}:{m.group('md')}"))
        else:
            hour = int(m.group("h12")) % 12 + (12 if m.group("ap").casefold().startswith("p") else 0)
            out.append((m.start(), m.end(), f"{hour:02d}:00"))
    return out


def find_numbers(
    text: str, language: str, start: int = 0, end: int | None = None
) -> tuple[list[Number], list[Skipped]]:
    """Every number in text[start:end] (normalised text), read with its unit, precision and qualifier."""
    stop = len(text) if end is None else end
    numbers: list[Number] = []
    skipped: list[Skipped] = []
    blocked: list[tuple[int, int, str]] = [(a, b, "a time of day") for a, b, _ in times_of_day(text, start, stop)]
    blocked += [(m.start(), m.end(), "a date") for m in ISO_DATE.finditer(text, start, stop)]
    pos = start
    while True:
        m = NUMERAL.search(text, pos, stop)
        if not m:
            break
        a, b = m.start(), m.end()
        pos = b
        why = next((w for x, y, w in blocked if x <= a < y), None)
        around_before = text[max(0, a - 12) : a].casefold()
        around_after = text[b : b + 14].casefold()
        if why is None and re.fullmatch(r"(19|20)\d\d", m.group()) and not PERCENT_SIGN.match(text, b):
            why = "a year"
        if why is None and (
            re.search(rf"(?:{MONTHS})\.?\s*$", around_before) or re.match(rf"\s*(?:{MONTHS})\b", around_after)
        ):
            why = "a date"
        if why:
            skipped.append(Skipped(a, b, text[a:b], why))
            continue
        value, step, ambiguous = _numeral(m.group(), language)
        end_at = b
        percent = False
        pm = PERCENT_SIGN.match(text, b)
        mm = MULTIPLIER.match(text, b)
        if pm:
            percent, end_at = True, pm.end()
        elif mm:
            # 7,9 миллиона; 12 млн 482 тыс. 613; 898 тыс. 99
            factor = _factor(mm.group("word"))
            value, step, end_at = value * factor, step * factor, mm.end()
            while True:
                nxt = re.compile(r"\s(\d{1,3})(?![\d.,]\d)").match(text, end_at)
                if not nxt or factor == 1:
                    break
                part = Decimal(nxt.group(1))
                unit = MULTIPLIER.match(text, nxt.end())
                sub = _factor(unit.group("word")) if unit else Decimal(1)
                if sub >= factor:
                    break
                value, factor, step = value + part * sub, sub, sub
                end_at = unit.end() if unit else nxt.end()
                if not unit:
                    break
            ambiguous = None
        qualifier, qualifier_printed = _qualifier(text, a, end_at)
        numbers.append(Number(a, end_at, text[a:end_at], value, step, percent, qualifier, qualifier_printed, ambiguous))
        pos = end_at
    return numbers, skipped
