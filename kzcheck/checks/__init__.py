"""Checks: each module declares its catalogue entries (`SPECS`) and a `run(data, config)` returning outcomes.

A new check is a new module listed in `MODULES`; nothing else changes.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from kzcheck.model.config import RunConfig

__all__ = ["MODULES", "RunConfig", "modules"]

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
    "kzcheck.checks.registry",
    "kzcheck.checks.official",
    "kzcheck.checks.printings",
    "kzcheck.checks.reconciliation",
)


def modules() -> list[ModuleType]:
    return [importlib.import_module(m) for m in MODULES]
