"""The official share a poll's share is compared with, on the base the poll's shares are of.

polls/'s `share_base` says what a poll's shares are percentages of: `options` (the options' sum, against all
included: a referendum's two-way Yes/No), `respondents` (everyone interviewed, those who refused or spoiled included)
or `took_part` (everyone who took part). Official shares follow: count / sum of the option counts for `options`;
count / the line of those who took part (the election's percent_base line, else the turnout line) for the others.
Blank means the options' sum for a poll that published every option (its shares sum to 100); for a poll that
published only some answers the base cannot be read from a sum, so both readings are shown.
"""

from __future__ import annotations

import pandas as pd

from kzcheck.load.election import OPTIONS_TERM, Election

BASES = ("options", "respondents", "took_part")
BASE_NAMES = {
    "options": "the options' sum (two-way in a referendum)",
    "respondents": "all respondents",
    "took_part": "everyone who took part",
}


def took_part_line(election: Election) -> str | None:
    """The line of those who took part: the percent_base line, else the line turnout is printed on."""
    if election.percent_base != OPTIONS_TERM:
        return election.percent_base
    line = next((ln for ln in election.lines if ln.percent_of), None)
    return line.id if line else None


def official_shares(rows: pd.DataFrame, election: Election, base: str) -> dict[str, float] | None:
    """Option -> official share on `base`, from one status's rows at one area (None when the counts are missing)."""
    options = [o.id for o in election.options]
    part = rows[rows["line"].astype("str").isin(options)]
    counts = {str(r["line"]): r["count"] for _, r in part.iterrows()}
    if base == "options":
        if len(counts) == len(options) and all(pd.notna(v) for v in counts.values()):
            total = float(sum(counts.values()))
            return {o: float(counts[o]) / total * 100 for o in options} if total > 0 else None
        pct = {str(r["line"]): r["percent"] for _, r in part.iterrows()}
        if len(pct) == len(options) and all(pd.notna(v) for v in pct.values()):
            total = float(sum(pct.values()))
            return {o: float(pct[o]) / total * 100 for o in options} if total > 0 else None
        return None
    line = took_part_line(election)
    if line is None:
        return None
    took = rows.loc[rows["line"].astype("str") == line, "count"]
    if len(took) and pd.notna(took.iloc[0]) and took.iloc[0] > 0 and all(pd.notna(v) for v in counts.values()):
        return {o: float(v) / float(took.iloc[0]) * 100 for o, v in counts.items()}
    if election.percent_base == line:  # the printed percentages are already of those who took part
        pct = {str(r["line"]): float(r["percent"]) for _, r in part.iterrows() if pd.notna(r["percent"])}
        return pct or None
    return None


def declared_base(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        text = value.strip().casefold().replace(" ", "_").replace("-", "_")
        return text if text in BASES else None
    return None
