"""Same poll, several outlets: the consensus figure of each poll option (the value most outlets printed; ties: the
earliest published source, then the more decimals, then file order), which comparison and reconciliation use, and
every figure two outlets print differently, judged against the poll's sum and the other outlets."""

from __future__ import annotations

import pandas as pd

from kzcheck.analysis.disagreement import Disagreement, disagreements
from kzcheck.load.frames import LoadedData
from kzcheck.load.table import FILE, LINE
from kzcheck.methods.rounding import EPSILON
from kzcheck.model.tables import ConsensusFigure, OutletDisagreement, Printing

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


def _judge(
    d: Disagreement, rows: pd.DataFrame, agreed: pd.DataFrame, pollster: str, option_name: str
) -> OutletDisagreement:
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
    return OutletDisagreement(
        election=election,
        poll=poll,
        option=option,
        printings=[Printing(v.origin, v.text, v.file, v.line) for v in d.versions],
        used=str(chosen["share_text"]),
        used_source=str(chosen["source"]),
        severity="info" if rounding_only else "warning",
        message=message,
        file=where.file,
        row=where.line,
        observed=" / ".join(f"{v.text} ({v.origin})" for v in d.versions),
        expected=f"one value ({chosen['share_text']} used)",
    )


def outlet_disagreements(data: LoadedData, agreed: pd.DataFrame | None = None) -> list[OutletDisagreement]:
    """Every poll figure two outlets print differently, judged against the poll's sum and the consensus `agreed`."""
    figures = data.figures.dropna(subset=["share", "option"])
    if agreed is None:
        agreed = consensus(figures, data.sources)
    found = disagreements(figures, KEYS, "source", "share", text="share_text")
    if not found:
        return []
    rows = _published(figures, data.sources)
    pollsters = {
        (str(e), str(p)): str(n) for e, p, n in data.polls[["election", "poll", "pollster"]].itertuples(index=False)
    }
    names = {(eid, o.id): o.name for eid, e in data.elections.items() for o in e.options}
    table = []
    for d in found:
        election, poll, option = (str(k) for k in d.key)
        who, name = pollsters.get((election, poll), poll), names.get((election, option), option)
        table.append(_judge(d, rows, agreed, who, name))
    return table


def consensus_records(agreed: pd.DataFrame) -> list[ConsensusFigure]:
    """The consensus frame as typed records (one per election, poll and option)."""
    return [
        ConsensusFigure(
            election=str(r["election"]),
            poll=str(r["poll"]),
            option=str(r["option"]),
            share=float(r["share"]),
            share_text=str(r["share_text"]),
            share_decimals=int(r["share_decimals"]),
            source=str(r["source"]),
            outlet=str(r["outlet"]),
            sources=[str(s) for s in r["sources"]],
            outlets=int(r["outlets"]),
            printings=int(r["printings"]),
            file=str(r[FILE]),
            row=int(r[LINE]),
        )
        for r in agreed.to_dict("records")
    ]
