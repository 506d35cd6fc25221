"""Helpers shared by check modules: subjects, row locations, and outcomes for every evaluated subject."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from kzcheck.model.findings import Finding, Outcome, Severity
from kzcheck.model.subjects import area_subject, poll_subject

__all__ = ["area_subject", "located", "outcomes_for", "poll_subject", "severity"]
from kzcheck.load.table import FILE, LINE


def located(row: pd.Series | dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """File and line of a frame row, as Finding keyword arguments."""
    line: Any = row[LINE]
    return {"file": row[FILE], "row": None if pd.isna(line) else int(line), **kwargs}


def outcomes_for(
    check: str, subjects: Iterable[tuple[str | None, str | None]], findings: list[Finding]
) -> list[Outcome]:
    """One outcome per (election, subject) evaluated, passed ones included, with the findings that belong to it."""
    by_key: dict[tuple[str | None, str | None], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((f.election, f.subject), []).append(f)
    keys = list(dict.fromkeys([*subjects, *by_key]))
    return [Outcome(check, e, s, by_key.get((e, s), [])) for e, s in keys]


def severity(text: str) -> Severity:
    return Severity(text)
