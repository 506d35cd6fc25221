"""The settings one run shares: what every command builds from its options and every check reads."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kzcheck.model.errors import InputError


def parse_day(text: str) -> dt.date:
    """A `YYYY-MM-DD` date; `ValueError` with a readable message otherwise."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise ValueError(f"{text!r} is not a date in the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a valid date: {exc}") from None


@dataclass(frozen=True)
class RunConfig:
    """Settings a run's checks share."""

    deff: float | None = None  # design effect for exit polls; None = the documented default
    today: str | None = None  # ISO date for deadline checks; None = today
    debug: bool = False  # let a check's internal error propagate (with its traceback) instead of 'errored'

    def __post_init__(self) -> None:
        """A day that is not a date is unusable input, said before any check runs (a check never raises)."""
        if self.today is not None:
            try:
                parse_day(str(self.today))
            except ValueError as exc:
                raise InputError("option.today", str(exc), hint="pass --today YYYY-MM-DD") from None
