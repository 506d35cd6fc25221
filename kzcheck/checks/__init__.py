"""Checks: each module declares its catalogue entries (`SPECS`) and a `run(data, config)` returning outcomes.

A new check is a new module listed in `MODULES`; nothing else changes.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

MODULES = (
    "kzcheck.checks.schema",
    "kzcheck.checks.expectations",
    "kzcheck.checks.polls",
    "kzcheck.checks.deadlines",
    "kzcheck.checks.protocols",
    "kzcheck.checks.rollups",
    "kzcheck.checks.copies",
    "kzcheck.checks.outlets",
    "kzcheck.checks.pollsters",
    "kzcheck.checks.official",
    "kzcheck.checks.reconciliation",
)


@dataclass(frozen=True)
class RunConfig:
    """Settings a run's checks share."""

    deff: float | None = None  # design effect for exit polls; None = the documented default
    today: str | None = None  # ISO date for deadline checks; None = today
    debug: bool = False  # let a check's internal error propagate (with its traceback) instead of 'errored'


def modules() -> list[ModuleType]:
    return [importlib.import_module(m) for m in MODULES]
