"""What a printing that differs from the figure it reprints most probably is: a verdict a person can act on.

Two printings of one figure (the same poll's option, or the same area, line and time of day of an official result)
are judged in a fixed order, first explanation wins:

1. the same number (8.9 and 8.90): no verdict;
2. a rounding (71.1 for 71.12) or a truncation (63 for 63.66; 5.5 million for 5,561,937) at the precision the printing
   was printed: info;
3. the digits with a unit word added ("7 820 204 млн" for 7,820,204);
4. another figure that exists in the data, matched within rounding or truncation: the same line at another time of
   day, the line over another base (valid votes over registered), a complement on the wrong base (No = 100 − Yes
   when invalid ballots are in the base), another area's figure, another pollster's figure;
5. a slip of the pen: digits transposed, a digit doubled, dropped or added, one digit differing;
6. off by a small amount (a count within 1% of the reference);
7. otherwise a misprint no pattern explains.

Pure Python: no pandas, no kzcheck imports outside `kzcheck.methods`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kzcheck.methods.printed import Printed, digit_pattern, match, same

SMALL = 0.01  # "off by a small amount": within 1% of the reference


class Kind(StrEnum):
    SAME = "same"
    ROUNDING = "rounding"
    TRUNCATION = "truncation"
    UNIT_WORD = "unit word added"
    ANOTHER_TIME = "another time of day"
    ANOTHER_BASE = "another base"
    COMPLEMENT = "complement on the wrong base"
    ANOTHER_AREA = "another area's figure"
    ANOTHER_POLLSTER = "another pollster's figure"
    ANOTHER_FIGURE = "another figure"
    TRANSPOSED = "digits transposed"
    DIGIT = "digit misprinted"
    OFF_BY = "off by a small amount"
    MISPRINT = "misprint"

    @property
    def benign(self) -> bool:
        """Rounding and truncation are ways of printing the right figure; everything else is a wrong figure."""
        return self in (Kind.SAME, Kind.ROUNDING, Kind.TRUNCATION)


# the kinds an alternative figure can belong to, and the verdict a match with it gives
ALTERNATIVE_KINDS = {
    "time": Kind.ANOTHER_TIME,
    "base": Kind.ANOTHER_BASE,
    "complement": Kind.COMPLEMENT,
    "area": Kind.ANOTHER_AREA,
    "pollster": Kind.ANOTHER_POLLSTER,
    "figure": Kind.ANOTHER_FIGURE,
}


@dataclass(frozen=True)
class Alternative:
    """Another figure the printing may be, with what it is ("the 20:00 figure (tass-2024-10-08, row 6)")."""

    kind: str  # a key of ALTERNATIVE_KINDS
    value: Printed
    label: str


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    detail: str  # one clause a person can act on: "a truncation of 63.66", "digits transposed (2045271 → 2450270)"
    alternative: Alternative | None = None

    @property
    def benign(self) -> bool:
        return self.kind.benign


def judge(
    printed: Printed, reference: Printed, alternatives: Iterable[Alternative] = (), *, count: bool = False
) -> Verdict:
    """The verdict on `printed` as a printing of the figure `reference` stands for (see the module's order).

    `count` marks whole-number figures (votes, voters, stations, seats, sample sizes), for which a small difference is
    reported as "off by N" rather than a misprint.
    """
    how = match(printed, reference)
    ref = reference.label()
    if how == "same":
        return Verdict(Kind.SAME, f"the same figure as {ref}")
    if how == "rounding":
        return Verdict(Kind.ROUNDING, f"{printed.label()} is {ref} rounded to the precision printed")
    if how == "truncation":
        return Verdict(Kind.TRUNCATION, f"{printed.label()} is {ref} cut short (truncated), not rounded")
    if printed.scale != 1:  # the number as written, without its unit word, may be the figure itself
        if same(printed.mantissa, reference.value):
            return Verdict(Kind.UNIT_WORD, f"the digits of {ref} with a unit word added ({printed.label()})")
        for alt in alternatives:
            if same(printed.mantissa, alt.value.value):
                return Verdict(
                    ALTERNATIVE_KINDS[alt.kind],
                    f"the digits of {alt.label} with a unit word added ({printed.label()}), not {ref}",
                    alt,
                )
    for alt in alternatives:
        how = match(printed, alt.value)
        if how is not None:
            manner = {"same": "", "rounding": ", rounded", "truncation": ", truncated"}[how]
            return Verdict(ALTERNATIVE_KINDS[alt.kind], f"{printed.label()} is {alt.label}{manner}, not {ref}", alt)
    diff = printed.value - reference.value
    shown = _signed(diff, count)
    pattern = digit_pattern(printed, reference)
    if count and abs(diff) < 10:
        return Verdict(Kind.OFF_BY, f"off by {shown} from {ref}")
    if pattern in ("digits transposed", "digits transposed and one digit differs"):
        more = " and one digit differs" if pattern != "digits transposed" else ""
        return Verdict(Kind.TRANSPOSED, f"{printed.label()} for {ref}{more} (difference {shown})")
    if pattern is not None:
        return Verdict(Kind.DIGIT, f"{pattern}: {printed.label()} for {ref} (difference {shown})")
    if count and reference.value and abs(diff) <= SMALL * abs(reference.value):
        return Verdict(Kind.OFF_BY, f"off by {shown} from {ref}")
    return Verdict(
        Kind.MISPRINT,
        f"{printed.label()} against {ref} (difference {shown}); no rounding, slip or other figure explains it",
    )


def unfit_finer(printed: Printed, reference: Printed) -> Verdict:
    """The verdict on a finer printing whose poll sum fits nowhere while the figure used, `reference`, is the same
    number printed coarser: the finer digits are the misprint (a poll's figure printed twice, docs/methods.md §7.3)."""
    return Verdict(Kind.MISPRINT, f"{printed.text} fits no poll sum; {reference.label()} is printed at lower precision")


def _signed(diff: float, count: bool) -> str:
    if count or float(diff).is_integer():
        return f"{diff:+,.0f}"
    return f"{diff:+.4f}".rstrip("0").rstrip(".")


# --- lists of areas ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shift:
    """A run of a printed list whose values are the reference list's values one row up or down."""

    direction: int  # +1: each area shows the next row's value; -1: the previous row's
    areas: tuple[str, ...]  # the areas of the printed list that show a neighbour's value, in reference order


def shifted(printed: dict[str, Printed], reference: Sequence[tuple[str, Printed]], least: int = 2) -> list[Shift]:
    """Runs of at least `least` consecutive areas (in the reference list's order) whose printed value is not their
    own reference value but that of the area one row below (+1) or above (−1): a table copied one row off."""
    order = [a for a, _ in reference]
    values = dict(reference)
    runs: list[Shift] = []
    for direction in (1, -1):
        run: list[str] = []
        for i, area in enumerate(order):
            j = i + direction
            p = printed.get(area)
            hit = (
                p is not None
                and 0 <= j < len(order)
                and match(p, values[area]) is None
                and match(p, values[order[j]]) in ("same", "rounding")
            )
            if hit:
                run.append(area)
                continue
            if len(run) >= least:
                runs.append(Shift(direction, tuple(run)))
            run = []
        if len(run) >= least:
            runs.append(Shift(direction, tuple(run)))
    return runs


def repeated(printed: Sequence[tuple[str, Printed]]) -> list[tuple[str, str]]:
    """Pairs of different areas that one list prints with an identical value (a percent with two decimals or more,
    or a count of four digits or more), first occurrence first: a value copied into the wrong row is a common slip
    in a long table."""
    seen: dict[str, str] = {}
    pairs = []
    for area, p in printed:
        if p.scale != 1 or not (p.decimals >= 2 or (p.decimals == 0 and abs(p.value) >= 1000)):
            continue  # 72.8 twice, or 12 seats twice, happens by chance
        key = p.digits()
        if key in seen and seen[key] != area:
            pairs.append((seen[key], area))
        else:
            seen.setdefault(key, area)
    return pairs
