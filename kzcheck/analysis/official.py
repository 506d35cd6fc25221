"""The CEC's own figures as tables: its preliminary and final rows with each line's role, the option totals per
area, and the list seats recomputed from the votes under the election's method against those printed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any, cast

import numpy as np
import pandas as pd

from kzcheck.load.election import OPTIONS_TERM, Election, Relation
from kzcheck.load.frames import OFFICIAL, LoadedData
from kzcheck.load.printings import figure_ids
from kzcheck.methods.allocation import METHODS, Method, allocate, allocate_detailed
from kzcheck.model.stages import RESULTS
from kzcheck.model.tables import Allocation

STATUSES = RESULTS


GROUP = ["election", "status", "area"]


METHOD_NAMES = {"hare": "Hare quota with largest remainders", "dhondt": "D'Hondt", "sainte-lague": "Sainte-Laguë"}


def authoritative(results: pd.DataFrame) -> pd.Series:
    """The one selector of the rows that are official results: printed by the CEC, a result stage, not a time of day."""
    return (results["origin"] == OFFICIAL) & results["status"].isin(RESULTS) & results["as_of"].isna()


UNREAD = ("line_printed", "note", "count_text", "count_scale", "count_decimals")  # no check of official rows reads
# these: left out of the rows the run keeps (50 MB of a station archive's million rows)


def official_rows(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    kept = [c for c in r.columns if c not in UNREAD]
    rows = r.loc[authoritative(r).to_numpy(), kept]  # a new frame already: a second copy of a million rows is waste
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def _like(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    codes = categories.get_indexer(pd.Index(values, dtype="object"))  # -1 (missing) for a value not among them
    return pd.Categorical.from_codes(codes, categories=categories)


def line_table(elections: dict[str, Election]) -> pd.DataFrame:
    """Every option and protocol line of every election: whether it is an option, its order, its percent_of."""
    rows: list[tuple[Any, ...]] = []
    for eid, e in elections.items():
        for i, o in enumerate(e.options):
            rows.append((eid, o.id, True, i, o.seat_eligible, None, o.name))
        for ln in e.lines:
            rows.append((eid, ln.id, False, -1, False, ln.percent_of, ln.names.get("en") or ln.id))
    return pd.DataFrame(rows, columns=["election", "line", "is_option", "order", "seat_eligible", "percent_of", "name"])


def option_totals(rows: pd.DataFrame, elections: dict[str, Election]) -> pd.DataFrame:
    """Per area: the sum of the option votes, where every option of the election has a count (else NaN)."""
    options = rows[rows["is_option"]]
    g = options.groupby(GROUP, sort=False, observed=True)["count"].agg(["sum", "count"]).reset_index()
    needed = g["election"].astype("str").map({eid: len(e.options) for eid, e in elections.items()})
    g["option_votes"] = g["sum"].where(g["count"] == needed)
    return g[[*GROUP, "option_votes"]]


def line_counts(rows: pd.DataFrame, lines: set[str], column: str = "count") -> pd.DataFrame:
    """Per area, one column per protocol line in `lines` (in the order of their names): its printed count, the
    first printing of a line printed twice. The areas come in the order they first appear (the callers merge on
    GROUP, which orders the keys). Built from the areas' ids and the lines' positions into one array, not by
    `pivot`, which built and unstacked a MultiIndex of a station archive's areas for every check that reads it."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    area = figure_ids(sub, GROUP)  # 0, 1, 2, … in order of first appearance
    first = np.unique(area, return_index=True)[1]  # each area's first row, by id
    names = sub["line"].astype("str").to_numpy(dtype=object)
    columns = sorted(set(names))
    table = np.full((len(first), len(columns)), np.nan)
    table[area, pd.Index(columns).get_indexer(names)] = sub[column].to_numpy(dtype="float64", na_value=np.nan)
    wide = sub[GROUP].iloc[first].reset_index(drop=True)
    for j, name in enumerate(columns):
        wide[name] = table[:, j]
    return wide


def totals_relations(e: Election) -> list[Relation]:
    """Relations of '==' that put the option votes on one side: the election's printed totals."""
    return [r for r in e.relations if r.op == "==" and any(t == OPTIONS_TERM for _, t in (*r.left, *r.right))]


def printed_total_line(e: Election) -> str | None:
    """The line a relation `options == <line>` names: the printed total of the option votes."""
    for r in totals_relations(e):
        for a, b in ((r.left, r.right), (r.right, r.left)):
            if a == ((1, OPTIONS_TERM),) and len(b) == 1 and b[0][0] == 1:
                return b[0][1]
    return None


def with_lines(rows: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """`rows.merge(table, on=["election", "line"], how="left")`, merging only the two key columns: the line table's
    columns are added to the rows instead of every column of a million rows being copied into a merged frame."""
    keys = ["election", "line"]
    joined = rows[keys].reset_index(drop=True).merge(table, on=keys, how="left")
    if len(joined) != len(rows) or rows.columns.intersection(table.columns).difference(keys).size:
        # a line named twice in the table, or a column on both sides: the merge's own shape and names
        return rows.merge(table, on=keys, how="left")
    out = rows.reset_index(drop=True)
    for c in joined.columns.drop(keys):
        out[c] = joined[c]
    return out


@dataclass
class Context:
    """The official rows with each line's role, and the sums every check needs."""

    data: LoadedData
    rows: pd.DataFrame
    totals: pd.DataFrame

    @classmethod
    def build(cls, data: LoadedData) -> Context:
        rows = official_rows(data)
        table = line_table(data.elections)
        table["election"], table["line"] = (
            _like(table["election"], rows["election"]),
            _like(table["line"], rows["line"]),
        )
        rows = with_lines(rows, table.dropna(subset=["election", "line"]))
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    @cached_property
    def _subjects(self) -> list[tuple[str, str]]:
        """Every (election, results:status) the rows hold, sorted: built once, read by every check."""
        pairs = self.rows.groupby(["election", "status"], observed=True).size().index  # on codes, not a row hash
        keys = pairs.to_frame(index=False).astype("str").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False)]

    def subjects(self, election: str | None = None) -> list[tuple[str, str]]:
        return [k for k in self._subjects if election in (None, k[0])]


def _seat_rows(ctx: Context, eid: str, e: Election) -> pd.DataFrame:
    rows = ctx.rows[(ctx.rows["election"] == eid) & (ctx.rows["area"] == e.country_area) & ctx.rows["is_option"]]
    return rows.sort_values(["status", "order"])


def allocation_of(e: Election, rows: pd.DataFrame, method: str | None = None) -> dict[str, int] | None:
    """Seats the election's list tier gives from one status's country-level option votes; None if not computable."""
    tier = e.list_tier
    if tier is None or tier.method not in METHODS or rows["count"].isna().any() or len(rows) < len(e.options):
        return None
    if e.percent_base != OPTIONS_TERM:
        return None  # a threshold of a protocol line's base: not a seat-allocating election kzcheck knows
    try:
        return allocate(
            eligible_votes(rows),
            tier.seats,
            cast(Method, method or tier.method),
            tier.threshold,
            int(rows["count"].sum()),
        )
    except ValueError:
        return None


def eligible_votes(rows: pd.DataFrame) -> dict[str, int]:
    """Votes of the seat-eligible options among `rows`, in ballot order."""
    eligible = rows[rows["seat_eligible"]]
    return {str(line): int(n) for line, n in zip(eligible["line"], eligible["count"], strict=True)}


def printed_seats(rows: pd.DataFrame) -> dict[str, int]:
    """Seats printed for the options among `rows` (blank cells left out)."""
    seats = rows[rows["seats"].notna()]
    return {str(line): int(n) for line, n in zip(seats["line"], seats["seats"], strict=True)}


def matching_methods(e: Election, rows: pd.DataFrame, printed: dict[str, int]) -> list[str]:
    """Other allocation methods that give exactly the printed seats."""
    tier = e.list_tier
    out = []
    for m in METHODS:
        seats = allocation_of(e, rows, m) if tier is not None and m != tier.method else None
        if seats is not None and all(seats.get(k, 0) == v for k, v in printed.items()):
            out.append(m)
    return out


def allocations(data: LoadedData, ctx: Context | None = None) -> list[Allocation]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = ctx or Context.build(data)
    table = []
    for eid, e in data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            detail = None
            if allocation_of(e, rows) is not None:
                detail = allocate_detailed(
                    eligible_votes(rows),
                    tier.seats,
                    cast(Method, tier.method),
                    tier.threshold,
                    int(rows["count"].sum()),
                )
            printed = printed_seats(rows)
            table.append(
                Allocation(
                    election=eid,
                    status=str(status),
                    tier=tier.id,
                    seats=tier.seats,
                    method=tier.method,
                    threshold=tier.threshold,
                    recomputed=detail.seats if detail else None,
                    quota=float(detail.quota) if detail and detail.quota is not None else None,
                    eligible=list(detail.eligible) if detail else None,
                    printed=printed or None,
                    match=(
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    alternatives={m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                )
            )
    return table
