"""Same poll, several outlets: the consensus figure of each poll option (the value most outlets printed; ties: the
earliest published source, then the more decimals, then file order), which comparison and reconciliation use, and
every figure two outlets print differently, judged against the poll's sum and the other outlets."""

from __future__ import annotations

from typing import Any

import pandas as pd

from kzcheck.analysis.disagreement import Disagreement, disagreements
from kzcheck.load.frames import LoadedData
from kzcheck.load.table import FILE, LINE
from kzcheck.methods.rounding import EPSILON
from kzcheck.model.findings import Finding, Severity
from kzcheck.model.subjects import poll_subject

CHECK = "outlets.agree"  # the check whose findings `outlet_disagreements` makes


KEYS = ["election", "poll", "option"]


CONSENSUS_COLUMNS = [
    *KEYS,
    "share",
    "share_text",
    "share_decimals",
    "share_half",
    "source",
    "outlet",
    "sources",
    "outlets",
    "printings",
    FILE,
    LINE,
]


def _published(figures: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Figures with the outlet and publication date of their source (unknown sources sort last)."""
    meta = sources[["source", "outlet", "published_date"]].drop_duplicates("source")
    out = figures.merge(meta, on="source", how="left")
    out["outlet"] = out["outlet"].fillna(out["source"])
    return out


def consensus(figures: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """One row per (election, poll, option): the value most outlets printed, with the row it was taken from.

    Columns: election, poll, option, share, share_text, share_decimals, share_half, source, outlet, sources (every
    source that printed this value, earliest first), outlets (how many printed it), printings (how many printed
    the figure at all), plus the chosen row's file and line.
    """
    rows = _published(figures.dropna(subset=["share", "option"]), sources)
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in CONSENSUS_COLUMNS})
    value_keys = [*KEYS, "share"]
    rows["outlets"] = rows.groupby(value_keys, sort=False)["source"].transform("nunique")
    rows["printings"] = rows.groupby(KEYS, sort=False)["source"].transform("nunique")
    ordered = rows.sort_values(
        [*KEYS, "outlets", "published_date", "share_decimals", FILE, LINE],
        ascending=[True, True, True, False, True, False, True, True],
        na_position="last",
        kind="stable",
    )
    agreeing = (
        ordered.drop_duplicates([*value_keys, "source"])
        .groupby(value_keys, sort=False)["source"]
        .agg(lambda s: list(s))
        .rename("sources")
        .reset_index()
    )
    chosen = ordered.drop_duplicates(KEYS, keep="first")
    chosen = chosen.merge(agreeing, on=value_keys, how="left")
    return chosen[CONSENSUS_COLUMNS].reset_index(drop=True)


def _sum_with(
    version_source: str, option: str, value: float, half: float, poll_rows: pd.DataFrame, agreed: pd.DataFrame
) -> tuple[float, float]:
    """The poll's sum and rounding band when `option` takes `value`, the other options as this outlet printed them
    (or the consensus where it did not print them)."""
    own = poll_rows[(poll_rows["source"] == version_source) & (poll_rows["option"] != option)]
    others = agreed[(agreed["option"] != option) & ~agreed["option"].isin(own["option"])]
    total = value + float(own["share"].sum()) + float(others["share"].sum())
    band = half + float(own["share_half"].sum()) + float(others["share_half"].sum())
    return total, band


def _why_chosen(chosen: pd.Series, rivals: pd.DataFrame) -> str:
    """Why the consensus took this printing over others printed by as many outlets."""
    first, others = chosen["published_date"], rivals["published_date"].dropna()
    if pd.notna(first) and (others.empty or first < others.min()):
        return "published first"
    if chosen["share_decimals"] > rivals["share_decimals"].max():
        return "printed with more decimals"
    return "first in the file"


def _finding(d: Disagreement, rows: pd.DataFrame, agreed: pd.DataFrame, pollster: str, option_name: str) -> Finding:
    """One figure printed differently: the values and outlets, which fits the sum, which most outlets print."""
    election, poll, option = (str(k) for k in d.key)
    poll_rows = rows[(rows["election"] == election) & (rows["poll"] == poll)]
    poll_agreed = agreed[(agreed["election"] == election) & (agreed["poll"] == poll)]
    chosen = poll_agreed[poll_agreed["option"] == option].iloc[0]
    printed = poll_rows[poll_rows["option"] == option]
    halves = dict(zip(printed["source"], printed["share_half"], strict=True))
    outlet = dict(zip(printed["source"], printed["outlet"], strict=True))
    low = max(v.value - halves[v.origin] for v in d.versions)
    high = min(v.value + halves[v.origin] for v in d.versions)
    rounding_only = low <= high + EPSILON

    by_value: dict[float, list[str]] = {}
    texts: dict[float, str] = {}
    for v in sorted(d.versions, key=lambda v: v.line):
        by_value.setdefault(v.value, []).append(v.origin)
        texts.setdefault(v.value, v.text)
    printings = ", ".join(
        f"{texts[value]} by " + " and ".join(f"{outlet[s]} ({s})" for s in srcs) for value, srcs in by_value.items()
    )
    sums = []
    fits: dict[float, bool] = {}
    for value, srcs in by_value.items():
        total, band = _sum_with(srcs[0], option, value, halves[srcs[0]], poll_rows, poll_agreed)
        fits[value] = abs(total - 100) <= band + EPSILON
        sums.append(f"{total:.2f} with {texts[value]} ({'within' if fits[value] else 'outside'} 100 ± {band:g})")
    most = max(len(s) for s in by_value.values())
    leaders = [value for value, srcs in by_value.items() if len(srcs) == most]
    if len(leaders) == 1:
        count_text = f"{texts[leaders[0]]} is printed by most outlets"
    else:
        count_text = "no value is printed by more outlets than the others"
    suspects = [value for value in by_value if not fits[value] or (len(leaders) == 1 and value != leaders[0])]
    if rounding_only:
        verdict = "a difference rounding explains"
    elif suspects and len(suspects) < len(by_value):
        verdict = "probable misquote: " + ", ".join(
            f"{texts[v]} ({', '.join(outlet[s] for s in by_value[v])})" for v in suspects
        )
    else:
        verdict = "which is right cannot be told from the figures"
    rivals = printed[(printed["share"] != chosen["share"]) & printed["share"].isin(leaders)]
    mine = printed[printed["source"] == chosen["source"]].iloc[0]
    why = "printed by most outlets" if len(leaders) == 1 else _why_chosen(mine, rivals)
    message = (
        f"{pollster}'s {option_name} is printed as {printings}: {verdict}. The poll sums to {' and to '.join(sums)}; "
        f"{count_text}. Used: {chosen['share_text']} ({chosen['outlet']}, {why})"
    )
    odd = sorted((v for v in d.versions if v.value != chosen["share"]), key=lambda v: v.line)
    where = odd[0] if odd else d.versions[0]
    return Finding(
        CHECK,
        Severity.INFO if rounding_only else Severity.WARNING,
        message,
        election=election,
        subject=poll_subject(poll),
        file=where.file,
        row=where.line,
        column="share",
        observed=" / ".join(f"{v.text} ({v.origin})" for v in d.versions),
        expected=f"one value ({chosen['share_text']} used)",
    )


def outlet_disagreements(data: LoadedData) -> tuple[list[Finding], pd.DataFrame]:
    """Findings for every figure printed differently, and the consensus they were judged against."""
    pairs, agreed = _judged(data)
    return [f for _, f in pairs], agreed


def disagreement_table(data: LoadedData) -> list[dict[str, Any]]:
    """Every figure printed differently, as plain records: the printings, the value used, the verdict."""
    pairs, agreed = _judged(data)
    used = {
        (str(e), str(p), str(o)): (str(t), str(s))
        for e, p, o, t, s in zip(
            agreed["election"], agreed["poll"], agreed["option"], agreed["share_text"], agreed["source"], strict=True
        )
    }
    table = []
    for d, f in pairs:
        text, source = used[(str(d.key[0]), str(d.key[1]), str(d.key[2]))]
        table.append(
            {
                "election": str(d.key[0]),
                "poll": str(d.key[1]),
                "option": str(d.key[2]),
                "printings": [{"source": v.origin, "share": v.text, "file": v.file, "row": v.line} for v in d.versions],
                "used": text,
                "used_source": source,
                "severity": f.severity.value,
                "message": f.message,
            }
        )
    return table


def _judged(data: LoadedData) -> tuple[list[tuple[Disagreement, Finding]], pd.DataFrame]:
    figures = data.figures.dropna(subset=["share", "option"])
    agreed = consensus(figures, data.sources)
    found = disagreements(figures, KEYS, "source", "share", text="share_text")
    if not found:
        return [], agreed
    rows = _published(figures, data.sources)
    pollsters = {
        (str(e), str(p)): str(n) for e, p, n in data.polls[["election", "poll", "pollster"]].itertuples(index=False)
    }
    names = {(eid, o.id): o.name for eid, e in data.elections.items() for o in e.options}
    pairs = []
    for d in found:
        election, poll, option = (str(k) for k in d.key)
        who, name = pollsters.get((election, poll), poll), names.get((election, option), option)
        pairs.append((d, _finding(d, rows, agreed, who, name)))
    return pairs, agreed
