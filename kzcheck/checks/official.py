"""Official results against themselves: totals, printed percentages, turnout, seats, the law's allocation, revisions.

Runs over every area row of the CEC's preliminary and final results files at once (group sums and merges); only
failing rows reach Python. Intraday figures and protocol copies are checked elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import numpy as np
import pandas as pd

from kzcheck.checks.base import located
from kzcheck.election import OPTIONS_TERM, Election, Relation
from kzcheck.findings import CheckSpec, Finding, Outcome, Severity, Status
from kzcheck.load.frames import OFFICIAL, LoadedData
from kzcheck.load.table import FILE, LINE
from kzcheck.methods.allocation import METHODS, Method, allocate, allocate_detailed
from kzcheck.methods.rounding import EPSILON, percent_matches_many

STATUSES = ("preliminary", "final")
GROUP = ["election", "status", "area"]
METHOD_NAMES = {"hare": "Hare quota with largest remainders", "dhondt": "D'Hondt", "sainte-lague": "Sainte-Laguë"}

TOTAL, PERCENT, TURNOUT = "official.total", "official.percent", "official.turnout"
SEATS, ALLOCATION, REVISIONS = "official.seats", "official.allocation", "official.revisions"

SPECS = [
    CheckSpec(
        TOTAL,
        "Votes sum to the printed total",
        "At every area of the CEC's preliminary and final results, each relation of the election file that "
        "equates the option votes (with other lines) to a printed line holds exactly, e.g. the party votes "
        "plus against all equal 'voted for parties and against all'.",
        Severity.ERROR,
        "kzcheck",
        "the option votes sum to {left}, the printed {line} is {right}",
    ),
    CheckSpec(
        PERCENT,
        "Printed percentages equal votes over the declared base",
        "Each option's printed percentage equals its votes over the election's percent_base (the sum of the "
        "option votes, or a protocol line) within half a unit of the last printed digit. Where a printed "
        "total differs from the sum of the option votes, matching either base passes, so that only the line "
        "whose count is wrong is flagged (the total check reports the difference).",
        Severity.ERROR,
        "kzcheck",
        "{line} printed {percent}% but {count} / {base} = {exact}%",
    ),
    CheckSpec(
        TURNOUT,
        "Turnout equals ballots over registered voters",
        "Each printed percentage of a protocol line with percent_of (turnout: voters who received ballots "
        "over voters on the lists) equals the two counts' ratio within the printed rounding.",
        Severity.ERROR,
        "kzcheck",
        "{line} printed {percent}% but {count} / {base} = {exact}%",
    ),
    CheckSpec(
        SEATS,
        "Seats sum to the tier size",
        "The list seats printed for the options add up to the seats of the election's list tier.",
        Severity.ERROR,
        "kzcheck",
        "printed seats sum to {seats}, the list tier has {tier}",
    ),
    CheckSpec(
        ALLOCATION,
        "List seats follow the law's allocation",
        "The list seats printed for each option equal those the election's method (Hare quota with largest "
        "remainders, D'Hondt or Sainte-Laguë) and threshold give from the printed votes.",
        Severity.ERROR,
        "kzcheck",
        "{option} has {printed} seats; {method} gives {expected}",
    ),
    CheckSpec(
        REVISIONS,
        "Revisions from preliminary to final results",
        "Where preliminary and final results both exist, every count or percentage the final results "
        "changed is listed (info: revising is the CEC's job, but a reader should see each change).",
        Severity.INFO,
        "kzcheck",
        "{line} at {area} revised from {preliminary} to {final}",
    ),
]


def official_rows(data: LoadedData) -> pd.DataFrame:
    """The CEC's preliminary and final rows (not intraday); key columns stay categorical (fast merges)."""
    r = data.results
    rows = r[(r["origin"] == OFFICIAL) & r["status"].isin(STATUSES) & r["as_of"].isna()].copy()
    rows["count"] = rows["count"].where(rows["count"] >= 0)  # a negative count is schema.results' finding alone
    for col in ("election", "status", "area", "line"):
        rows[col] = rows[col].astype("category").cat.remove_unused_categories()
    return rows


def _like(values: pd.Series | list[str], template: pd.Series) -> pd.Categorical:
    """`values` as a categorical with the categories of `template`, so merges run on codes."""
    categories = template.cat.categories
    values = pd.Series(values, dtype="object")
    return pd.Categorical(values.where(values.isin(categories)), categories=categories)


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
    """Per area, one column per protocol line in `lines`: its printed count."""
    sub = rows[rows["line"].isin(lines)]
    if sub.empty:
        return pd.DataFrame({c: rows[c].iloc[:0] for c in GROUP})
    sub = sub.drop_duplicates([*GROUP, "line"])
    wide = sub.assign(line=sub["line"].astype("str")).pivot(index=GROUP, columns="line", values=column)
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.reset_index()
    for c in GROUP:
        wide[c] = _like(wide[c].astype("str"), rows[c])
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
        rows = rows.merge(table.dropna(subset=["election", "line"]), on=["election", "line"], how="left")
        rows["is_option"] = rows["is_option"].fillna(False).astype(bool)
        rows["seat_eligible"] = rows["seat_eligible"].fillna(False).astype(bool)
        rows["name"] = rows["name"].fillna(rows["line"])
        return cls(data, rows, option_totals(rows, data.elections))

    def subjects(self, election: str | None = None) -> list[tuple[str, str]]:
        keys = self.rows[["election", "status"]].drop_duplicates().astype("str").sort_values(["election", "status"])
        return [(e, f"results:{s}") for e, s in keys.itertuples(index=False) if election in (None, e)]


def _outcomes(
    check: str, subjects: list[tuple[str, str]], findings: list[Finding], evaluated: set[tuple[str, str]], note: str
) -> list[Outcome]:
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    out = []
    for key in subjects:
        if key in evaluated or key in by_key:
            out.append(Outcome(check, key[0], key[1], by_key.get(key, [])))
        else:
            out.append(Outcome(check, key[0], key[1], [], Status.NOT_EVALUATED, note=note))
    return out


def _located(row: pd.Series, **kwargs: Any) -> dict[str, Any]:
    """File and line of a frame row as Finding keyword arguments."""
    return dict(located(row, **kwargs))


def _n(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def check_totals(ctx: Context) -> list[Outcome]:
    findings: list[Finding] = []
    evaluated: set[tuple[str, str]] = set()
    subjects = []
    for eid, e in ctx.data.elections.items():
        relations = totals_relations(e)
        if not relations:
            continue
        subjects += ctx.subjects(eid)
        rows = ctx.rows[ctx.rows["election"] == eid]
        needed = {t for r in relations for _, t in (*r.left, *r.right) if t != OPTIONS_TERM}
        wide = ctx.totals[ctx.totals["election"] == eid].merge(line_counts(rows, needed), on=GROUP, how="outer")
        for rel in relations:
            sides = []
            for terms in (rel.left, rel.right):
                value = pd.Series(0.0, index=wide.index)
                for sign, term in terms:
                    col = "option_votes" if term == OPTIONS_TERM else term
                    value = value + sign * wide.get(col, np.nan)
                sides.append(value)
            left, right = sides
            known = left.notna() & right.notna()
            evaluated |= {(eid, f"results:{s}") for s in wide.loc[known, "status"].astype("str")}
            bad = known & ((left - right).abs() > EPSILON)
            line = next((t for _, t in rel.right if t != OPTIONS_TERM), None) or rel.right[0][1]
            left_text, right_text = rel.text.split(f" {rel.op} ", 1)
            for status, area, lv, rv in zip(
                wide.loc[bad, "status"], wide.loc[bad, "area"], left[bad], right[bad], strict=True
            ):
                at = rows[(rows["status"] == status) & (rows["area"] == area) & (rows["line"] == line)]
                where = _located(at.iloc[0], column="count") if len(at) else {}
                findings.append(
                    Finding(
                        TOTAL,
                        Severity.ERROR,
                        f"at {area}: {left_text} = {_n(lv)} but {right_text} = {_n(rv)} (difference "
                        f"{lv - rv:+,.0f}); the election file requires {rel.text}"
                        + (f": {rel.description}" if rel.description else ""),
                        election=eid,
                        subject=f"results:{status}",
                        observed=_n(lv),
                        expected=_n(rv),
                        **where,
                    )
                )
    return _outcomes(TOTAL, subjects, findings, evaluated, "no printed total to sum the votes against")


def _percent_findings(check: str, bad: pd.DataFrame, base_label: pd.Series, bases: list[str]) -> list[Finding]:
    out = []
    for _, row in bad.iterrows():
        d = int(row["percent_decimals"])
        parts = [
            f"{_n(row['count'])} / {_n(row[b])} = {row['count'] / row[b] * 100:.{d + 2}f}% ({base_label[b]})"
            for b in bases
            if pd.notna(row[b]) and row[b] > 0
        ]
        expected = "; ".join(f"{row['count'] / row[b] * 100:.{d}f}" for b in bases if pd.notna(row[b]) and row[b] > 0)
        out.append(
            Finding(
                check,
                Severity.ERROR,
                f"{row['name']} at {row['area']} printed {row['percent_text']}%, but "
                + " and ".join(parts)
                + f"; a figure printed with {d} decimals may differ by at most {0.5 * 10**-d:g}",
                election=row["election"],
                subject=f"results:{row['status']}",
                **_located(row, column="percent", observed=row["percent_text"], expected=expected),
            )
        )
    return out


def check_percentages(ctx: Context) -> list[Outcome]:
    """Option percentages against the percent base; protocol-line percentages against their percent_of line."""
    findings: dict[str, list[Finding]] = {PERCENT: [], TURNOUT: []}
    evaluated: dict[str, set[tuple[str, str]]] = {PERCENT: set(), TURNOUT: set()}
    printed = ctx.rows[ctx.rows["percent"].notna() & ctx.rows["count"].notna()]
    for eid, e in ctx.data.elections.items():
        rows = printed[printed["election"] == eid]
        if rows.empty:
            continue
        total_line = printed_total_line(e)
        lines = {ln.percent_of for ln in e.lines if ln.percent_of}
        if e.percent_base != OPTIONS_TERM:
            lines.add(e.percent_base)
        if total_line:
            lines.add(total_line)
        wide = ctx.totals[ctx.totals["election"] == eid].merge(
            line_counts(  # only the areas that print a percentage: the merge below keeps no other
                ctx.rows[(ctx.rows["election"] == eid) & ctx.rows["area"].isin(rows["area"].unique())], lines
            ).rename(columns=lambda c: f"n:{c}" if c not in GROUP else c),
            on=GROUP,
            how="outer",
        )
        rows = rows.merge(wide, on=GROUP, how="left")

        options = rows[rows["is_option"]]
        if e.percent_base == OPTIONS_TERM:
            bases = ["option_votes"] + ([f"n:{total_line}"] if total_line else [])
            labels = {"option_votes": "the sum of the option votes", f"n:{total_line}": f"the printed {total_line}"}
        else:
            bases, labels = [f"n:{e.percent_base}"], {f"n:{e.percent_base}": e.percent_base}
        _judge(PERCENT, options, bases, pd.Series(labels), findings, evaluated)

        others = rows[~rows["is_option"] & rows["percent_of"].notna()]
        for of, part in others.groupby("percent_of", observed=True):
            col = f"n:{of}"
            _judge(TURNOUT, part, [col], pd.Series({col: str(of)}), findings, evaluated)
    note = {
        PERCENT: "no option has both a printed percentage and the votes and base to check it against",
        TURNOUT: "no turnout percentage printed together with both counts it is the ratio of",
    }
    out = []
    for check in (PERCENT, TURNOUT):
        out += _outcomes(check, ctx.subjects(), findings[check], evaluated[check], note[check])
    return out


def _judge(
    check: str,
    part: pd.DataFrame,
    bases: list[str],
    labels: pd.Series,
    findings: dict[str, list[Finding]],
    evaluated: dict[str, set[tuple[str, str]]],
) -> None:
    """Rows pass when their percentage matches any available base within the printed rounding."""
    if part.empty:
        return
    ok = np.zeros(len(part), dtype=bool)
    known = np.zeros(len(part), dtype=bool)
    for b in bases:
        if b not in part:
            continue
        base = part[b].to_numpy(dtype="float64")
        known |= np.isfinite(base) & (base > 0)
        ok |= percent_matches_many(part["count"], base, part["percent"], part["percent_decimals"])
    checked = part[known]
    evaluated[check] |= {
        (str(e), f"results:{s}") for e, s in checked[["election", "status"]].drop_duplicates().itertuples(index=False)
    }
    findings[check] += _percent_findings(check, part[known & ~ok], labels, [b for b in bases if b in part])


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


def check_seats(ctx: Context) -> list[Outcome]:
    """Printed seats sum to the list tier and equal the law's allocation recomputed from the votes."""
    out: list[Outcome] = []
    for eid, e in ctx.data.elections.items():
        tier = e.list_tier
        if tier is None:
            continue
        for status, rows in _seat_rows(ctx, eid, e).groupby("status", sort=True, observed=True):
            subject = f"results:{status}"
            seats = rows[rows["seats"].notna()]
            recomputed = allocation_of(e, rows)
            shown = "/".join(str(v) for v in recomputed.values() if v) if recomputed else None
            if seats.empty:
                note = "no seats printed" + (
                    f"; {METHOD_NAMES.get(tier.method, tier.method)} gives {shown} from these votes" if shown else ""
                )
                out += [
                    Outcome(SEATS, eid, subject, [], Status.NOT_EVALUATED, note=note),
                    Outcome(ALLOCATION, eid, subject, [], Status.NOT_EVALUATED, note=note),
                ]
                continue
            total = int(seats["seats"].sum())
            sum_findings = (
                []
                if total == tier.seats
                else [
                    Finding(
                        SEATS,
                        Severity.ERROR,
                        f"the printed list seats sum to {total}, the {tier.id} tier has {tier.seats}",
                        election=eid,
                        subject=subject,
                        observed=total,
                        expected=tier.seats,
                        **_located(seats.iloc[0], column="seats"),
                    )
                ]
            )
            out.append(Outcome(SEATS, eid, subject, sum_findings))
            if recomputed is None:
                out.append(
                    Outcome(
                        ALLOCATION,
                        eid,
                        subject,
                        [],
                        Status.NOT_EVALUATED,
                        note="the votes of every option are needed to recompute the seats",
                    )
                )
                continue
            printed = printed_seats(seats)
            wrong = [line for line, n in printed.items() if recomputed.get(line, 0) != n]
            alt = matching_methods(e, rows, printed)
            hint = f"; the printed seats follow {' or '.join(METHOD_NAMES[m] for m in alt)} instead" if alt else ""
            found = []
            for line in wrong:
                row = seats[seats["line"] == line].iloc[0]
                found.append(
                    Finding(
                        ALLOCATION,
                        Severity.ERROR,
                        f"{row['name']} has {printed[line]} list seats; {METHOD_NAMES.get(tier.method, tier.method)} "
                        f"with a {tier.threshold:g}% threshold gives {recomputed.get(line, 0)} from the printed votes "
                        f"(all: {shown}){hint}",
                        election=eid,
                        subject=subject,
                        **_located(row, column="seats", observed=printed[line], expected=recomputed.get(line, 0)),
                    )
                )
            out.append(Outcome(ALLOCATION, eid, subject, found))
    return out


def allocations(data: LoadedData) -> list[dict[str, Any]]:
    """Per election with a list tier and official votes: the seats recomputed from the votes against those printed."""
    ctx = Context.build(data)
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
                {
                    "election": eid,
                    "status": status,
                    "tier": tier.id,
                    "seats": tier.seats,
                    "method": tier.method,
                    "threshold": tier.threshold,
                    "recomputed": detail.seats if detail else None,
                    "quota": detail.quota if detail else None,
                    "eligible": list(detail.eligible) if detail else None,
                    "printed": printed or None,
                    "match": (
                        all(detail.seats.get(k, 0) == v for k, v in printed.items()) if detail and printed else None
                    ),
                    "alternatives": {m: allocation_of(e, rows, m) for m in METHODS if m != tier.method},
                }
            )
    return table


def check_revisions(ctx: Context) -> list[Outcome]:
    """Every count or percentage that differs between preliminary and final at the same area and line."""
    rows = ctx.rows
    prelim = rows[rows["status"] == "preliminary"]
    final = rows[rows["status"] == "final"]
    both = sorted(set(map(str, prelim["election"].unique())) & set(map(str, final["election"].unique())))
    if not both:
        return []
    keys = ["election", "area", "line"]
    cols = [*keys, "count", "percent", "percent_text", "name", FILE, LINE]
    m = final[cols].merge(prelim[[*keys, "count", "percent", "percent_text"]], on=keys, suffixes=("", "_pre"))
    m["count_changed"] = m["count"].notna() & m["count_pre"].notna() & (m["count"] != m["count_pre"])
    m["percent_changed"] = (
        m["percent"].notna() & m["percent_pre"].notna() & ((m["percent"] - m["percent_pre"]).abs() > EPSILON)
    )
    findings = []
    for _, row in m[m["count_changed"] | m["percent_changed"]].iterrows():
        changes = []
        if row["count_changed"]:
            delta = row["count"] - row["count_pre"]
            changes.append(f"count {_n(row['count_pre'])} → {_n(row['count'])} ({delta:+,.0f})")
        if row["percent_changed"]:
            changes.append(f"percent {row['percent_text_pre']} → {row['percent_text']}")
        by_count = bool(row["count_changed"])
        findings.append(
            Finding(
                REVISIONS,
                Severity.INFO,
                f"{row['name']} at {row['area']} revised from preliminary to final: " + "; ".join(changes),
                election=str(row["election"]),
                subject="results:final",
                **_located(
                    row,
                    column="count" if by_count else "percent",
                    observed=_n(row["count"]) if by_count else row["percent_text"],
                    expected=_n(row["count_pre"]) if by_count else row["percent_text_pre"],
                ),
            )
        )
    return _outcomes(
        REVISIONS, [(e, "results:final") for e in both], findings, {(e, "results:final") for e in both}, ""
    )


def run(data: LoadedData, config: Any) -> list[Outcome]:
    ctx = Context.build(data)
    if ctx.rows.empty:
        return []
    return [*check_totals(ctx), *check_percentages(ctx), *check_seats(ctx), *check_revisions(ctx)]
