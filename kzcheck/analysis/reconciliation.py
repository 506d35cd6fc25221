"""Each poll against the CEC: per-option error, M3, M5, Arzheimer-Evans B and B_w, intervals, threshold calls, seats.

A poll is scored against the final result, or the preliminary one (labelled so) while the final is not out; before
either exists it is "awaiting the CEC". Only national exit polls are scored against national results: a regional
poll is scored against its area's results when the CEC printed them, a pre-election survey never. Poll figures are
the consensus of the outlets that printed them (`kzcheck.analysis.consensus.consensus`), each with its source;
a poll that published only some answers is scored on the base of its shares (`kzcheck.analysis.bases`).
"""

from __future__ import annotations

import functools
import math
from typing import Any, cast

import numpy as np
import pandas as pd

from kzcheck.analysis.bases import BASE_NAMES, declared_base, official_shares
from kzcheck.analysis.comparison import EXIT, NATIONAL, poll_table
from kzcheck.analysis.consensus import consensus
from kzcheck.analysis.coverage import published_options
from kzcheck.analysis.official import authoritative
from kzcheck.load.election import OPTIONS_TERM, Election
from kzcheck.load.frames import UNDECIDED, LoadedData
from kzcheck.load.printings import row_dicts
from kzcheck.load.table import FILE, LINE
from kzcheck.methods import accuracy, simulation
from kzcheck.methods.allocation import METHODS, Method, allocate
from kzcheck.methods.rounding import EPSILON
from kzcheck.methods.sampling import DEFAULT_LEVEL, confidence_interval, z_value
from kzcheck.methods.significance import against_line, goodness_of_fit
from kzcheck.model.stages import NEWEST_FIRST, OFFICIAL
from kzcheck.model.tables import BaseReading, OptionScore, PollScore, ThresholdCall

RECONCILED, AWAITING, NOT_COMPARABLE = "reconciled", "awaiting-cec", "not-comparable"
AGAINST = NEWEST_FIRST


def _num(x: Any) -> float | None:
    """A float for JSON, None for a missing value."""
    if x is None:
        return None
    value = float(x)
    return None if math.isnan(value) else value


def _count(x: Any) -> int | None:
    """An integer count for JSON, None when missing."""
    value = _num(x)
    return None if value is None else int(value)


class AreaRows:
    """The official results' rows (`authoritative`) of each (election, area), in file order. The rows are sorted
    once a run by election and area, as codes: an area's rows are found by binary search and a frame is made only
    for an area asked for, since polls name a handful of areas while a station archive holds a hundred thousand (a
    dict of positions per area held 40 MB there)."""

    def __init__(self, data: LoadedData) -> None:
        r = data.results
        official = np.flatnonzero(authoritative(r).to_numpy())  # positions in the results: no filtered copy is kept
        self.rows = r
        self.empty = r.iloc[:0]
        (e, self._elections), (a, self._areas) = (_codes(r[c], official) for c in ("election", "area"))
        named = (e >= 0) & (a >= 0)  # a row without an election or an area belongs to no area
        key = e[named] * len(self._areas) + a[named]
        order = np.argsort(key, kind="stable")  # file order within each area
        self._keys = key[order]
        self._at = official[named][order]

    def get(self, election: str, area: str) -> pd.DataFrame:
        e = int(self._elections.get_indexer(pd.Index([election], dtype=object))[0])
        a = int(self._areas.get_indexer(pd.Index([area], dtype=object))[0])
        if e < 0 or a < 0:
            return self.empty
        key = e * len(self._areas) + a
        lo, hi = np.searchsorted(self._keys, key, side="left"), np.searchsorted(self._keys, key, side="right")
        return self.empty if lo == hi else self.rows.iloc[np.sort(self._at[lo:hi])]


def _codes(column: pd.Series, at: np.ndarray) -> tuple[np.ndarray, pd.Index]:
    """The column's codes at positions `at` (-1 where blank) and the text each code stands for."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes, values = column.cat.codes.to_numpy()[at], column.cat.categories
    else:
        codes, values = pd.factorize(column.iloc[at])
    return codes.astype(np.int64), pd.Index([str(v) for v in values], dtype=object)


def official_table(by_area: AreaRows, election: Election, area: str) -> tuple[str | None, pd.DataFrame]:
    """The newest official option figures at one area: ('final' | 'preliminary' | None, rows in ballot order).

    Rows carry the option, its votes, printed percent, printed seats, and `share`: its share of the sum of the option
    votes (or of the printed percentages when votes are missing), the base polls split 100 over. `by_area`: the run's
    official rows by election and area.
    """
    rows = by_area.get(election.id, area)
    order = {o.id: i for i, o in enumerate(election.options)}
    for status in AGAINST:
        part = rows[(rows["status"] == status) & rows["line"].isin(list(order))].copy()
        if part.empty:
            continue
        part["line"] = part["line"].astype("str")
        part = part.sort_values("line", key=lambda s: s.map(order))
        if part["count"].notna().all() and part["count"].sum() > 0:
            part["share"] = part["count"] / part["count"].sum() * 100
        elif part["percent"].notna().all() and part["percent"].sum() > 0:
            part["share"] = part["percent"] / part["percent"].sum() * 100
        else:
            continue
        return status, part.reset_index(drop=True)
    return None, rows.iloc[:0]


def official_turnout(by_area: AreaRows, election: Election, status: str | None, area: str) -> float | None:
    """The official turnout at an area: the first protocol line with percent_of, printed or computed."""
    line = next((ln for ln in election.lines if ln.percent_of), None)
    if line is None or status is None:
        return None
    rows = by_area.get(election.id, area)
    first: dict[str, dict[str, Any]] = {}  # the first row of each line at this stage
    for record in row_dicts(rows[["status", "line", "count", "percent"]]):
        if record["status"] == status:
            first.setdefault(str(record["line"]), record)
    part, base = first.get(line.id), first.get(str(line.percent_of))
    if part is None:
        return None
    if pd.notna(part["percent"]):
        return float(part["percent"])
    if pd.notna(part["count"]) and base is not None and pd.notna(base["count"]) and base["count"] > 0:
        return float(part["count"] / base["count"] * 100)
    return None


def project_seats(
    election: Election, shares: dict[str, float], decimals: int, method: str | None = None
) -> dict[str, int] | None:
    """The list seats a poll's shares give under the election's method and threshold (shares scaled to counts)."""
    tier = election.list_tier
    if tier is None or (method or tier.method) not in METHODS or election.percent_base != OPTIONS_TERM:
        return None
    scale = 10**decimals
    counts = {o: round(s * scale) for o, s in shares.items()}
    eligible = {o.id for o in election.options if o.seat_eligible}
    votes = {o: counts[o] for o in shares if o in eligible}
    if not votes:
        return None
    try:
        return allocate(
            votes,
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            sum(counts.values()),
            min_parties=tier.min_parties,
        )
    except ValueError:
        return None


def _entry(poll: pd.Series, election: Election) -> PollScore:
    return PollScore.from_row(
        poll,
        *("poll", "pollster", "sample_size", "deff", "margin_of_error", "turnout_estimate"),
        election=election.id,
        scope=str(poll["scope_resolved"]),
        kind=poll["kind_resolved"],
        deff_origin=str(poll["deff_origin"]),
        deff_detail=str(poll["deff_detail"]),
        file=str(poll[FILE]),
        row=int(poll[LINE]),
    )


def _options(
    entry: PollScore, poll_rows: pd.DataFrame, official: pd.DataFrame, election: Election, level: float
) -> None:
    names = {o.id: o.name for o in election.options}
    n, deff, moe = entry.sample_size, entry.deff, entry.margin_of_error
    official_by = _by_line(official)
    for row in row_dicts(poll_rows):
        option = row["option"]
        share, half = float(row["share"]), float(row["share_half"])
        printed = official_by[str(option)]
        v = float(printed["share"])
        low = high = None
        if n and n > 0:
            low, high = (float(x) for x in confidence_interval(share, n, deff or 1.0, level, method="wilson"))
        error = share - v
        entry.options.append(
            OptionScore(
                option=option,
                name=names.get(option, option),
                poll_share=share,
                poll_share_text=str(row["share_text"]),
                poll_share_half=half,
                poll_source=str(row["source"]),
                poll_sources=list(row["sources"]),
                poll_outlet=str(row["outlet"]),
                poll_printings=int(row["printings"]),
                poll_why=str(row["why"]),
                official_share=v,
                official_percent_text=None if pd.isna(printed["percent_text"]) else str(printed["percent_text"]),
                official_votes=_count(printed["count"]),
                error=error,
                inside_stated_margin=None if moe is None else bool(abs(error) <= moe + half + EPSILON),
                interval_low=low,
                interval_high=high,
                inside_interval=_inside(v, low, high, half),
                file=str(row[FILE]),
                row=int(row[LINE]),
            )
        )


def _by_line(official: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """The official rows as plain records by line; a line printed twice has no one official figure."""
    by_line: dict[str, dict[str, Any]] = {}
    for record in row_dicts(official):
        line = str(record["line"])
        if line in by_line:
            raise ValueError(f"the official results hold {line!r} twice at one stage and area: no one figure to score")
        by_line[line] = record
    return by_line


def _inside(value: float, low: float | None, high: float | None, half: float) -> bool | None:
    """Whether `value` lies in [low, high] widened by the printed figure's rounding; None without an interval."""
    if low is None or high is None:
        return None
    return bool(low - half - EPSILON <= value <= high + half + EPSILON)


def _scores(entry: PollScore, level: float) -> None:
    opts = entry.options
    printed = {o.option: o.poll_share for o in opts}
    official = {o.option: o.official_share for o in opts}
    entry.m3 = float(accuracy.mosteller_m3(printed, official))
    worst = max(opts, key=lambda o: abs(o.error))
    entry.max_error, entry.max_error_option = abs(worst.error), worst.option
    n, deff = entry.sample_size, entry.deff or 1.0
    if len(opts) >= 2:
        entry.m5 = float(accuracy.mosteller_m5(printed, official))
        first, second = accuracy.leading_pair(official)
        entry.m5_options = [list(official)[first], list(official)[second]]
        if n:
            se = accuracy.m5_standard_error(printed, official, n, deff)
            half = z_value(level) * se
            entry.m5_se, entry.m5_low, entry.m5_high = se, entry.m5 - half, entry.m5 + half
        try:
            mtk = accuracy.martin_traugott_kennedy(printed, official, n, deff)
            entry.mtk_a, entry.mtk_a_se = mtk.a, mtk.se
        except ValueError:
            pass
    # measures on proportions (A, B, B_w, the fit and the null) score the shares rescaled to 100, said so
    scaled = accuracy.rescale(printed)
    entry.printed_sum, entry.rescaled = scaled.printed_sum, scaled.rescaled
    poll = scaled.shares
    try:
        ae = accuracy.arzheimer_evans(poll, official, n, deff)
    except ValueError as exc:
        entry.b_note = f"Arzheimer-Evans measures not computed: {exc}"
        return
    if n:
        fit = goodness_of_fit(list(poll.values()), list(official.values()), n, deff)
        entry.fit = {
            "statistic": fit.statistic,
            "df": fit.df,
            "p_value": fit.p_value,
            "deff_needed": fit.deff_needed,
            "ratio": fit.ratio,
        }
        null = _accuracy_null(tuple(poll.items()), tuple(official.items()), float(n), float(deff))
        entry.null = {
            "draws": null.draws,
            "seed": null.seed,
            "effective_n": null.effective_n,
            **{
                name: {"expected": x.expected, "p_value": x.p_value, "low": x.low, "high": x.high}
                for name, x in (("b", null.b), ("b_w", null.b_w), ("m3", null.m3))
            },
        }
    entry.b, entry.b_w = float(ae.b), float(ae.b_w)  # on the rescaled shares
    entry.b_se = _num(ae.b_se) if ae.b_se is not None else None
    entry.b_w_se = _num(ae.b_w_se) if ae.b_w_se is not None else None
    for o, a in zip(opts, np.atleast_1d(ae.a), strict=True):
        o.a = float(a)


@functools.lru_cache(maxsize=256)
def _accuracy_null(
    poll: tuple[tuple[str, float], ...], official: tuple[tuple[str, float], ...], n: float, deff: float
) -> simulation.AccuracyNull:
    """The seeded null simulation, computed once per poll and inputs in a process."""
    return simulation.accuracy_null(dict(poll), dict(official), n, deff)


@functools.lru_cache(maxsize=256)
def _seat_projection(
    shares: tuple[tuple[str, float], ...],
    eligible: tuple[str, ...],
    seats: int,
    method: str,
    threshold: float | None,
    n: float,
    deff: float,
    min_parties: int,
) -> simulation.SeatProjection:
    return simulation.project_seats(dict(shares), eligible, seats, method, threshold, n, deff, min_parties)


def _uncertainty(entry: PollScore, election: Election, poll: dict[str, float]) -> None:
    """Seat intervals and threshold probabilities from the poll's n and design effect (list tiers only)."""
    tier = election.list_tier
    n = entry.sample_size
    if tier is None or not n or tier.method not in METHODS or election.percent_base != OPTIONS_TERM:
        return
    eligible = tuple(o.id for o in election.options if o.seat_eligible and o.id in poll)
    if set(poll) != {o.id for o in election.options} or not eligible:
        return
    try:
        proj = _seat_projection(
            tuple(poll.items()),
            eligible,
            tier.seats,
            tier.method,
            tier.threshold,
            float(n),
            float(entry.deff or 1.0),
            tier.min_parties,
        )
    except ValueError:
        return
    entry.seats_uncertainty = {
        "clears": proj.clears,
        "low": proj.low,
        "high": proj.high,
        "median": proj.median,
        "draws": proj.draws,
        "seed": proj.seed,
        "effective_n": proj.effective_n,
        "min_parties": tier.min_parties,
        "deff": entry.deff,
        "deff_origin": entry.deff_origin,
    }
    for call in entry.threshold_calls:
        call.p_clears = proj.clears.get(call.option)


def _line_test(share: float, n: float | None, deff: float, line: float, half: float) -> dict[str, Any]:
    """The poll's share against the threshold: z and p (rounding granted), or None without n."""
    if not n:
        return {"z": None, "p_value": None}
    t = against_line(share, n, deff, line, half)
    return {"z": float(t.z), "p_value": float(t.p_value)}


def _threshold_and_seats(
    entry: PollScore, election: Election, official: pd.DataFrame, status: str, decimals: int
) -> None:
    tier = election.list_tier
    if tier is None:
        return
    poll = {o.option: o.poll_share for o in entry.options}
    halves = {o.option: o.poll_share_half for o in entry.options}
    n, deff = entry.sample_size, entry.deff or 1.0
    if tier.threshold is not None and election.percent_base == OPTIONS_TERM:
        official_share: dict[str, float] = {}
        for line, share in zip(official["line"].tolist(), official["share"].tolist(), strict=True):
            official_share.setdefault(str(line), share)
        for o in election.options:
            if not o.seat_eligible or o.id not in poll:
                continue
            v = float(official_share[o.id])
            clears, official_clears = poll[o.id] >= tier.threshold, v >= tier.threshold
            entry.threshold_calls.append(
                ThresholdCall(
                    option=o.id,
                    name=o.name,
                    threshold=tier.threshold,
                    poll_share=poll[o.id],
                    official_share=v,
                    poll_clears=clears,
                    official_clears=official_clears,
                    right=clears == official_clears,
                    **_line_test(poll[o.id], n, deff, tier.threshold, halves[o.id]),
                    deff=entry.deff,
                    deff_origin=entry.deff_origin,
                )
            )
    if set(poll) == {o.id for o in election.options}:
        entry.seats_projected = project_seats(election, poll, decimals)
    _uncertainty(entry, election, poll)
    printed = official.dropna(subset=["seats"])
    eligible = [o.id for o in election.options if o.seat_eligible]
    if len(printed) and set(eligible) <= set(printed["line"]):
        entry.seats_official = {
            str(line): int(n) for line, n in zip(printed["line"], printed["seats"], strict=True) if line in eligible
        }
        entry.seats_official_basis = f"printed in the {status} results"
    elif official["count"].notna().all():
        votes = {str(line): float(n) for line, n in zip(official["line"], official["count"], strict=True)}
        entry.seats_official = project_seats(election, votes, 0)
        entry.seats_official_basis = f"recomputed from the {status} votes"


def reconcile(
    data: LoadedData, deff: float | None = None, level: float = DEFAULT_LEVEL, agreed: pd.DataFrame | None = None
) -> list[PollScore]:
    """One entry per (election, poll) with figures: reconciled, awaiting the CEC, or not comparable (with why)."""
    polls = poll_table(data, deff)
    if agreed is None:
        agreed = consensus(data.figures, data.sources, data.polls)
    _, declared = published_options(data)
    by_area = AreaRows(data)
    answers = agreed[agreed["option"] != UNDECIDED]
    by_poll: dict[Any, pd.DataFrame] = {
        key: rows for key, rows in answers.groupby(["election", "poll"], sort=False, observed=True)
    }
    table: list[PollScore] = []
    for _, poll in polls.iterrows():
        election = data.elections[str(poll["election"])]
        poll_rows = by_poll.get((election.id, poll["poll"]), answers.iloc[:0])
        if poll_rows.empty:
            continue
        poll_rows = _in_ballot_order(poll_rows, election)
        entry = _entry(poll, election)
        table.append(entry)
        kind, scope = poll["kind_resolved"], poll["scope_resolved"]
        if not poll_rows["share"].between(0, 100).all():
            entry.status = NOT_COMPARABLE
            bad = ", ".join(poll_rows.loc[~poll_rows["share"].between(0, 100), "share_text"].astype("str"))
            entry.reason = f"a printed share lies outside 0-100 ({bad}): the poll cannot be scored until it is fixed"
            continue
        if kind != EXIT:
            entry.status = NOT_COMPARABLE
            entry.reason = (
                f"a {kind} poll: it measured intentions before voting day, not votes cast, so it is not "
                "scored against the result"
                if kind
                else "its kind (exit or pre-election) is not given"
            )
            continue
        area = election.country_area if scope == NATIONAL else scope
        status, official = official_table(by_area, election, area)
        if status is None and scope != NATIONAL:
            entry.status = NOT_COMPARABLE
            entry.reason = (
                f"a regional poll ({scope} only): never compared with national results, and the CEC "
                f"results hold no option figures for {scope}"
            )
            continue
        if status is None:
            entry.status = AWAITING
            entry.reason = "awaiting the CEC: no official results with option figures yet"
            continue
        common = poll_rows[poll_rows["option"].isin(set(official["line"]))]
        missing = sorted(set(official["line"]) - set(poll_rows["option"]))
        if (election.id, str(poll["poll"])) in declared and len(common) >= 1:
            _on_base(entry, poll, common, official, election, level, data, status, area)
            continue
        if len(common) < 2:
            entry.status = NOT_COMPARABLE
            entry.reason = "fewer than two of the poll's options appear in the official results"
            continue
        if not official["share"].between(0, 100).all():  # a negative count or a percent over 100 (schema.results)
            entry.status = NOT_COMPARABLE
            bad = ", ".join(official.loc[~official["share"].between(0, 100), "line"].astype("str"))
            entry.reason = (
                f"an official share lies outside 0-100 ({bad}): the poll cannot be scored until the results are fixed"
            )
            continue
        entry.status, entry.against, entry.area = RECONCILED, status, area
        notes = []
        if status == "preliminary":
            notes.append("scored against the preliminary results: the final results are not published yet")
        if missing:
            notes.append(f"options the poll did not print: {', '.join(missing)} (scored on the others)")
        entry.reason = "; ".join(notes) or None
        official = official[official["line"].isin(set(common["option"]))]
        if missing:
            official = official.assign(share=official["share"] / official["share"].sum() * 100)
        _options(entry, common, official, election, level)
        _scores(entry, level)
        if area == election.country_area:  # thresholds and seats are the whole contest's, never an area's
            _threshold_and_seats(entry, election, official, status, int(common["share_decimals"].max()))
        turnout = official_turnout(by_area, election, status, area)
        entry.official_turnout = turnout
        if turnout is not None and entry.turnout_estimate is not None:
            entry.turnout_error = entry.turnout_estimate - turnout
    _rank(table)
    return table


def _in_ballot_order(rows: pd.DataFrame, election: Election) -> pd.DataFrame:
    """A poll's rows in the election's ballot order (a stable sort: rows of one option keep their order)."""
    order = {o.id: i for i, o in enumerate(election.options)}
    return rows.sort_values("option", key=lambda s: s.map(order), kind="stable")


def _on_base(
    entry: PollScore,
    poll: pd.Series,
    common: pd.DataFrame,
    official: pd.DataFrame,
    election: Election,
    level: float,
    data: LoadedData,
    status: str,
    area: str,
) -> None:
    """A poll that published only some answers, scored on the base its shares are of (polls/'s share_base); where
    the base is not stated, on the options' sum, with the reading on everyone who took part beside it."""
    r = data.results
    rows = r[
        (r["election"] == election.id)
        & (r["origin"] == OFFICIAL)
        & (r["status"] == status)
        & (r["area"] == area)
        & r["as_of"].isna()
    ]
    stated = declared_base(poll.get("share_base"))
    candidates = [stated] if stated else ["options", "took_part"]
    shares = {b: official_shares(rows, election, b) for b in candidates}
    usable = [b for b in candidates if shares[b]]
    if not usable:
        entry.status = NOT_COMPARABLE
        entry.reason = "the poll published only some answers, and no official share on its base can be computed"
        return
    base = usable[0]
    chosen = shares[base] or {}
    on_base = official[official["line"].isin(set(common["option"]))].copy()
    on_base["share"] = on_base["line"].astype("str").map(chosen)
    entry.status, entry.against, entry.area = RECONCILED, status, area
    entry.published = sorted(str(o) for o in common["option"])
    entry.share_base = base
    entry.share_base_stated = stated is not None
    _options(entry, common, on_base, election, level)
    _scores(entry, level)
    notes = [f"the poll published only {', '.join(entry.published)}"]
    if status == "preliminary":
        notes.append("scored against the preliminary results: the final results are not published yet")
    if stated:
        notes.append(f"scored on its declared base, {BASE_NAMES[base]}")
    else:
        for b in usable:
            on = shares[b] or {}
            errors = {
                str(o): float(row["share"]) - on[str(o)]
                for o, row in zip(common["option"], common.to_dict("records"), strict=True)
            }
            entry.readings.append(BaseReading(b, on, errors))
        entry.depends_on_base = len(usable) > 1
        others = "; ".join(
            f"on {BASE_NAMES[x.base]}: " + ", ".join(f"{o} error {e:+.2f}" for o, e in x.errors.items())
            for x in entry.readings
        )
        notes.append(
            f"its share base is not stated: the verdict depends on it ({others}); scored on {BASE_NAMES[base]}"
        )
    entry.reason = "; ".join(notes)


def _rank(table: list[PollScore]) -> None:
    """Rank reconciled polls by M3 among those of the same election and area (1 = closest; equal M3 share a rank)."""
    by_election: dict[tuple[str, str | None], list[PollScore]] = {}
    for e in table:
        if e.status == RECONCILED:
            by_election.setdefault((e.election, e.area), []).append(e)
    for entries in by_election.values():
        m3 = {id(e): round(e.m3 or 0.0, 9) for e in entries}  # every reconciled poll has its M3
        values = sorted(m3.values())
        for e in entries:
            e.rank = values.index(m3[id(e)]) + 1
            e.ranked_of = len(entries)
