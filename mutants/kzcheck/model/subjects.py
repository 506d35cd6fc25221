"""Subjects: the stable names findings and outcomes are about (`poll:x`, `poll:x@source`, `area:y`)."""

from __future__ import annotations

from typing import Any

import pandas as pd


def poll_subject(poll: Any, source: Any = None) -> str:
    return f"poll:{poll}" if source is None or pd.isna(source) else f"poll:{poll}@{source}"


def area_subject(area: object) -> str:
    return f"area:{area}"
