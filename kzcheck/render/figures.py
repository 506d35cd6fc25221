"""One rounding of each figure, on every page and in every terminal table.

An error (a poll's share minus the official share, in points) is shown to the precision the poll was printed with, at
least one decimal: a share printed "8.9" against an official 8.59 is off by +0.3, not +0.31, since 8.9 stands for
anything from 8.85 to 8.95 (docs/methods.md, "precision"). A mean or a gap over several figures (M3, M5, a mean
plus-minus) is shown with `POINTS` decimals. Every table that shows one of these figures formats it here, so the same
figure has the same digits wherever it appears.
"""

from __future__ import annotations

from typing import Any

POINTS = 2  # decimals of a mean or a gap in points (M3, M5)
DASH = "—"


def missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, pandas NA
    except (TypeError, ValueError):
        return False


def decimals_of(printed: Any, default: int = POINTS) -> int:
    """Decimals a figure was printed with (kzcheck.methods.rounding): 8.9 -> 1, 53.90 -> 2, 52 -> 0; `default` when
    nothing was printed."""
    from kzcheck.methods.rounding import decimals_of as printed_decimals

    if missing(printed) or not str(printed).strip():
        return default
    return printed_decimals(str(printed))


def fixed(value: Any, decimals: int, sign: bool = True, minus: str = "−", dash: str = DASH) -> str:
    """`value` with `decimals`; signed (+0.52 / −0.44, a value that rounds to zero unsigned, never "−0.0")."""
    if missing(value):
        return dash
    v = round(float(value), decimals)
    if v == 0:
        return f"{0:.{decimals}f}"
    return (f"{v:+.{decimals}f}" if sign else f"{v:.{decimals}f}").replace("-", minus)


def error(value: Any, printed: Any, sign: bool = True, minus: str = "−", dash: str = DASH) -> str:
    """A poll's error on one option, to the precision its share was printed with (at least one decimal)."""
    return fixed(value, max(decimals_of(printed), 1), sign, minus, dash)


def points(value: Any, sign: bool = True, minus: str = "−", dash: str = DASH) -> str:
    """A mean or a gap in points (M3, M5, a mean plus-minus): `POINTS` decimals."""
    return fixed(value, POINTS, sign, minus, dash)
