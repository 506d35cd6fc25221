"""One mechanism for "two sources print the same figure differently": outlets reprinting a poll, an observer's
protocol copy against the CEC's. Vectorised over the whole frame; only disagreeing groups reach Python."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from kzcheck.load.printings import row_dicts
from kzcheck.load.table import FILE, LINE


@dataclass
class Version:
    origin: str
    value: float
    text: str
    file: str
    line: int


@dataclass
class Disagreement:
    key: tuple[object, ...]
    versions: list[Version]

    @property
    def majority(self) -> float | None:
        """The value most origins printed, or None on a tie."""
        counts = pd.Series([v.value for v in self.versions]).value_counts()
        if len(counts) > 1 and counts.iloc[0] == counts.iloc[1]:
            return None
        return float(counts.index[0])


def disagreements(
    frame: pd.DataFrame, keys: list[str], origin: str, value: str, text: str | None = None
) -> list[Disagreement]:
    """Groups of `keys` where origins give different numeric `value`s (8.9 and 8.90 agree)."""
    rows = frame.dropna(subset=[value])
    if rows.empty:
        return []
    grouped = rows.groupby(keys, observed=True, sort=False)[value]
    spread = grouped.transform("max") - grouped.transform("min")
    split = rows[spread > 1e-9]
    out = []
    for key, g in split.groupby(keys, observed=True, sort=False):
        versions = [
            Version(str(r[origin]), float(r[value]), str(r[text] if text else r[value]), str(r[FILE]), int(r[LINE]))
            for r in row_dicts(g)
        ]
        out.append(Disagreement(key if isinstance(key, tuple) else (key,), versions))
    return out
