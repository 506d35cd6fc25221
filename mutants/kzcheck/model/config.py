"""The settings one run shares: what every command builds from its options and every check reads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RunConfig:
    """Settings a run's checks share."""

    deff: float | None = None  # design effect for exit polls; None = the documented default
    today: str | None = None  # ISO date for deadline checks; None = today
    debug: bool = False  # let a check's internal error propagate (with its traceback) instead of 'errored'
