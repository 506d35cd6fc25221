"""Same poll, several outlets: the consensus figure of each poll option, which comparison and reconciliation use, and
every figure two outlets print differently, judged against the poll's sum, the other outlets and the figures it may
really be (kzcheck.methods.verdicts).

The consensus never takes a probable misquote (kzcheck.methods.consensus; docs/methods.md §5.1, §7.3): a value whose
poll sum misses 100 while another value's fits is ruled out, each figure judged with the other options at their
consensus; then the pollster's own printing, the value most printings support, the finer precision, the earlier
publication, the file order.
"""

from __future__ import annotations

from collections.abc import Mapping
from math import fsum
from typing import Any

import pandas as pd

from kzcheck.analysis.disagreement import Disagreement, disagreements
from kzcheck.load.frames import LoadedData
from kzcheck.load.printings import row_dicts, source_kinds
from kzcheck.load.table import FILE, LINE
from kzcheck.methods.consensus import Choice, choose
from kzcheck.methods.printed import Printed, match
from kzcheck.methods.rounding import EPSILON
from kzcheck.methods.verdicts import Alternative, Verdict, judge, unfit_finer
from kzcheck.model.tables import (
    EXPLAINED,
    MISQUOTE,
    ROUNDING,
    UNDECIDED,
    ConsensusFigure,
    OutletDisagreement,
    PrintedValue,
    Printing,
)

KEYS = ["election", "poll", "option"]
UNSETTLED = (  # why a value is used when nothing in the figures settles which is right
    "the only printing",
    "printed with more decimals",
    "published first",
    "first in the file",
)
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
    """Figures with the outlet, publication date and authority of their source (unknown sources sort last).
    The pollster's own publication (a source of kind `pollster`, or relaying one) is the poll's authority."""
    meta = sources[["source", "outlet", "published_date"]].drop_duplicates("source")
    kinds = source_kinds(sources)
    meta = meta.merge(
        kinds.assign(poll_authority=kinds["kind"].eq("pollster") | kinds["relays"].eq("pollster"))[
            ["source", "poll_authority"]
        ],
        on="source",
        how="left",
    )
    out = figures.merge(meta, on="source", how="left")
    out["outlet"] = out["outlet"].fillna(out["source"])
    out["authority"] = out["poll_authority"].fillna(False).astype(bool)
    return out


def _printed(row: pd.Series | Mapping[str, Any]) -> Printed:
    return Printed(float(row["share"]), int(row["share_decimals"]), 1.0, str(row["share_text"]))


def _poll_sum(agreed: Mapping[str, Mapping[str, Any]], option: str, value: float, half: float) -> tuple[float, float]:
    """The poll's sum and rounding band when `option` takes `value` and every other option its consensus value:
    each figure is judged on its own, never with another figure's typo beside it. Summed exactly rounded (fsum), so
    the order of the options never changes the last bit."""
    others = [r for o, r in agreed.items() if o != option]
    return fsum([value, *(float(r["share"]) for r in others)]), fsum([half, *(float(r["share_half"]) for r in others)])


def _fits(total: float, band: float) -> bool:
    return abs(total - 100) <= band + EPSILON


Row = dict[str, Any]  # one printing of a figure, as `row_dicts` gives it


def _by_option(rows: list[Row]) -> dict[str, list[Row]]:
    """The printings of one poll by option, options and printings in the rows' order (as groupby keeps them)."""
    out: dict[str, list[Row]] = {}
    for r in rows:
        out.setdefault(str(r["option"]), []).append(r)
    return out


def _choose_poll(rows: list[Row], complete: bool) -> dict[str, tuple[Row, Choice, list[bool]]]:
    """Per option of one poll: the printing used, the choice, and which printings the sum rules out.

    First a consensus without sums (authority, then support, then precision and date); then, where printings of an
    option differ and the poll printed every option, a value whose poll sum (the others at their consensus) misses
    100 while another value's fits is ruled out, and the option is chosen again."""
    by_option = _by_option(rows)
    first = _first(by_option)
    out: dict[str, tuple[Row, Choice, list[bool]]] = {}
    for option, g in by_option.items():
        ruled = [False] * len(g)
        if complete and len({r["share"] for r in g}) > 1:
            fit = [_fits(*_poll_sum(first, option, float(r["share"]), float(r["share_half"]))) for r in g]
            if any(fit):
                ruled = [not f for f in fit]
        c = _choice(g, ruled)
        out[option] = (g[c.index], c, ruled)
    return out


def _first_consensus(rows: list[Row]) -> dict[str, Row]:
    """Per option of one poll, the printing a consensus without sums takes: what each figure's sum is judged with."""
    return _first(_by_option(rows))


def _first(by_option: dict[str, list[Row]]) -> dict[str, Row]:
    return {option: g[_choice(g, None).index] for option, g in by_option.items()}


def _choice(g: list[Row], ruled: list[bool] | None) -> Choice:
    order = [
        (
            pd.Timestamp(r["published_date"]).timestamp() if pd.notna(r["published_date"]) else float("inf"),
            str(r[FILE]),
            int(r[LINE]),
        )
        for r in g
    ]
    return choose(
        [_printed(r) for r in g],
        authority=[r["authority"] for r in g],
        ruled_out=ruled,
        order=order,
        authority_name="the pollster",
    )


def consensus(figures: pd.DataFrame, sources: pd.DataFrame, polls: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per (election, poll, option): the printing used (kzcheck.methods.consensus), never a probable misquote.

    Columns: election, poll, option, share, share_text, share_decimals, share_half, source, outlet, sources (every
    source that printed this value, earliest first), outlets (how many printed it), printings (how many printed
    the figure at all), why (why this printing was used), plus the chosen row's file and line.
    """
    rows = _published(figures.dropna(subset=["share", "option"]), sources)
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in [*CONSENSUS_COLUMNS, "why"]})
    value_keys = [*KEYS, "share"]
    rows["outlets"] = rows.groupby(value_keys, sort=False)["source"].transform("nunique")
    rows["printings"] = rows.groupby(KEYS, sort=False)["source"].transform("nunique")
    ordered = rows.sort_values(["published_date", FILE, LINE], na_position="last", kind="stable")
    agreeing = (
        ordered.drop_duplicates([*value_keys, "source"])
        .groupby(value_keys, sort=False)["source"]
        .agg(lambda s: list(s))
        .rename("sources")
        .reset_index()
    )
    counts = rows.groupby(KEYS, sort=False)["source"].transform("size")
    single = rows[counts == 1].assign(why="the only printing")
    chosen = [single]
    multi = rows[counts > 1]
    if len(multi):
        published = published_options(polls) if polls is not None else {}
        by_poll = {key: row_dicts(g) for key, g in rows.groupby(["election", "poll"], sort=False)}
        picked: list[Row] = []
        for (election, poll), g in multi.groupby(["election", "poll"], sort=False):
            full = by_poll[(election, poll)]
            wanted = published.get((str(election), str(poll)))
            complete = wanted is None or {r["option"] for r in full} >= wanted
            picks = _choose_poll(full, complete)
            for option in g["option"].unique():
                row, pick, _ = picks[str(option)]
                picked.append({**row, "why": pick.why})
        chosen.append(pd.DataFrame(picked, columns=[*rows.columns, "why"], dtype="object"))
    out = pd.concat(chosen, ignore_index=True)
    out = out.merge(agreeing, on=value_keys, how="left")
    out = out.sort_values([*KEYS], kind="stable")
    for c in ("share", "share_half"):
        out[c] = out[c].astype("float64")
    out["share_decimals"] = out["share_decimals"].astype("int64")
    return out[[*CONSENSUS_COLUMNS, "why"]].reset_index(drop=True)


def published_options(polls: pd.DataFrame) -> dict[tuple[str, str], set[str]]:
    """(election, poll) -> the options a poll published, where polls/ says it published only some."""
    if "published" not in polls.columns:
        return {}
    out = {}
    for e, p, text in polls[["election", "poll", "published"]].itertuples(index=False):
        if isinstance(text, str) and text.strip():
            out[(str(e), str(p))] = {t.strip() for t in text.split(";") if t.strip()}
    return out


def _alternatives(same: list[dict[str, Any]], poll: str, option: str, names: dict[str, str]) -> list[Alternative]:
    """Figures a misprinted share may really be: the same option in another poll of the election (another
    pollster's figure), another option of the same poll (a figure filed under the wrong option). `same`: the
    election's consensus figures."""
    alts = []
    for r in same:
        if r["poll"] != poll and r["option"] == option:
            alts.append(
                Alternative(
                    "pollster", _printed(r), f"the {names.get(str(r['poll']), r['poll'])} figure {r['share_text']}"
                )
            )
    for r in same:
        if r["poll"] == poll and r["option"] != option:
            alts.append(Alternative("figure", _printed(r), f"this poll's {r['option']} figure {r['share_text']}"))
    return alts


def _judge(
    d: Disagreement,
    poll_rows: pd.DataFrame,
    poll_agreed: pd.DataFrame,
    same_election: list[dict[str, Any]],
    pollster: str,
    option_name: str,
    names: dict[str, str],
) -> OutletDisagreement:
    """One figure printed differently: each value with its printings, its poll sum and (for a value not used) its
    verdict, which value most outlets print, the value used and why, and what the difference most probably is.
    `poll_rows` and `poll_agreed`: the poll's printed and consensus figures; `same_election`: the election's
    consensus figures."""
    election, poll, option = (str(k) for k in d.key)
    chosen = poll_agreed[poll_agreed["option"] == option].iloc[0]
    printed = poll_rows[poll_rows["option"] == option]
    sources = [str(s) for s in printed["source"]]  # as each version names its origin (a blank source is "nan")
    halves = dict(zip(sources, printed["share_half"], strict=True))
    outlet = dict(zip(sources, printed["outlet"], strict=True))
    low = max(v.value - halves[v.origin] for v in d.versions)
    high = min(v.value + halves[v.origin] for v in d.versions)
    rounding_only = low <= high + EPSILON

    by_value: dict[float, list[str]] = {}
    texts: dict[float, str] = {}
    for v in sorted(d.versions, key=lambda v: v.line):
        by_value.setdefault(v.value, []).append(v.origin)
        texts.setdefault(v.value, v.text)
    place = {v.origin: (v.file, v.line) for v in d.versions}  # each printing's file and row, named beside it
    agreed_by_option = _first_consensus(row_dicts(poll_rows))
    complete = len(agreed_by_option) > 1
    used = _printed(chosen)
    alternatives = _alternatives(same_election, poll, option, names)
    values: list[PrintedValue] = []
    for value, srcs in by_value.items():
        total, band = _poll_sum(agreed_by_option, option, value, halves[srcs[0]])
        said = None
        if value != chosen["share"]:
            decimals = int(printed.loc[printed["share"] == value, "share_decimals"].iloc[0])
            said = _verdict(Printed(value, decimals, 1.0, texts[value]), used, alternatives)
        values.append(
            PrintedValue(
                share=texts[value],
                printings=[Printing(s, texts[value], *place[s], outlet=str(outlet[s])) for s in srcs],
                poll_sum=float(total),
                band=float(band),
                fits=_fits(total, band),
                used=said is None,
                verdict=said.kind.value if said else None,
                detail=said.detail if said else None,
                benign=said.benign if said else None,
            )
        )
    most = max(len(v.printings) for v in values)
    leaders = [v.share for v in values if len(v.printings) == most]
    judged = [v for v in values if not v.used]
    fits = [v.fits for v in values]
    if rounding_only:
        split = ROUNDING
    elif all(v.benign for v in judged):
        split = EXPLAINED
    elif str(chosen["why"]) not in UNSETTLED or (complete and not all(fits) and any(fits)):
        split = MISQUOTE
    else:
        split = UNDECIDED
    odd = sorted((v for v in d.versions if v.value != chosen["share"]), key=lambda v: v.line)
    where = odd[0] if odd else d.versions[0]
    return OutletDisagreement(
        election=election,
        poll=poll,
        option=option,
        pollster=pollster,
        option_name=option_name,
        printings=[Printing(v.origin, v.text, v.file, v.line, outlet=str(outlet[v.origin])) for v in d.versions],
        values=values,
        verdict=split,
        majority=leaders[0] if len(leaders) == 1 else None,
        used=str(chosen["share_text"]),
        used_source=str(chosen["source"]),
        used_outlet=str(chosen["outlet"]),
        file=where.file,
        row=where.line,
        why=str(chosen["why"]),
    )


def _verdict(p: Printed, used: Printed, alternatives: list[Alternative]) -> Verdict:
    """The verdict on a value not used; a finer value the sum rules out while the value used is it printed coarser
    is a misprint of the finer figure (kzcheck.methods.verdicts.unfit_finer)."""
    said = judge(p, used, alternatives)
    if not said.benign and match(used, p) is not None:
        return unfit_finer(p, used)
    return said


def outlet_disagreements(data: LoadedData, agreed: pd.DataFrame | None = None) -> list[OutletDisagreement]:
    """Every poll figure two outlets print differently, judged against the poll's sum and the consensus `agreed`."""
    figures = data.figures.dropna(subset=["share", "option"])
    if agreed is None:
        agreed = consensus(figures, data.sources, data.polls)
    found = disagreements(figures, KEYS, "source", "share", text="share_text")
    if not found:
        return []
    rows = _published(figures, data.sources)
    pollsters = {
        (str(e), str(p)): str(n) for e, p, n in data.polls[["election", "poll", "pollster"]].itertuples(index=False)
    }
    names = {(eid, o.id): o.name for eid, e in data.elections.items() for o in e.options}
    rows_by_poll, agreed_by_poll = _by(rows, ["election", "poll"]), _by(agreed, ["election", "poll"])
    by_election = {key[0]: row_dicts(frame) for key, frame in _by(agreed, ["election"]).items()}
    table = []
    for d in found:
        election, poll, option = (str(k) for k in d.key)
        who, name = pollsters.get((election, poll), poll), names.get((election, option), option)
        polls_named = {p: n for (e, p), n in pollsters.items() if e == election}
        here = (election, poll)
        poll_rows, poll_agreed = rows_by_poll.get(here, rows.iloc[:0]), agreed_by_poll.get(here, agreed.iloc[:0])
        table.append(_judge(d, poll_rows, poll_agreed, by_election.get(election, []), who, name, polls_named))
    return table


def _by(frame: pd.DataFrame, keys: list[str]) -> dict[tuple[str, ...], pd.DataFrame]:
    """The frame's rows for each value of `keys` (the values as text), each part in the frame's row order."""
    if frame.empty:
        return {}
    parts = frame.groupby(keys, sort=False, observed=True, dropna=True)
    return {tuple(str(k) for k in key): part for key, part in parts}


def consensus_records(agreed: pd.DataFrame) -> list[ConsensusFigure]:
    """The consensus frame as typed records (one per election, poll and option), each saying why it is used."""
    columns = [f for f in ConsensusFigure.__dataclass_fields__ if f not in ("file", "row")]
    return [
        ConsensusFigure.from_row(r, *columns, file=str(r[FILE]), row=int(r[LINE])) for r in agreed.to_dict("records")
    ]
