"""Official results against themselves: totals, printed percentages, turnout, seats, the law's allocation, revisions.

Runs over every area row of the CEC's preliminary and final results files at once (group sums and merges); only
failing rows reach Python. Intraday figures and protocol copies are checked elsewhere.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from kzcheck.analysis.official import (
    GROUP,
    METHOD_NAMES,
    Context,
    _seat_rows,
    allocation_of,
    line_counts,
    matching_methods,
    printed_seats,
    printed_total_line,
    totals_relations,
)
from kzcheck.analysis.tables import Analysis
from kzcheck.checks.base import located
from kzcheck.load.election import OPTIONS_TERM
from kzcheck.load.frames import LoadedData
from kzcheck.load.table import FILE, LINE
from kzcheck.methods.rounding import EPSILON, percent_matches_many
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Finding, Outcome, Severity, Status
from kzcheck.model.kinds import Kind

TOTAL, PERCENT, TURNOUT = "official.total", "official.percent", "official.turnout"
SEATS, ALLOCATION, REVISIONS = "official.seats", "official.allocation", "official.revisions"

SPECS = [
    Kind.check(
        TOTAL,
        "Votes sum to the printed total",
        "At every area of the CEC's preliminary and final results, each relation of the election file that "
        "equates the option votes (with other lines) to a printed line holds exactly, e.g. the party votes "
        "plus against all equal 'voted for parties and against all'.",
        Severity.ERROR,
        "kzcheck",
        "at {area}: {left} = {left_value} but {right} = {right_value} (difference {difference:+,.0f}); the election "
        "file requires {relation}{description}",
    ),
    Kind.check(
        PERCENT,
        "Printed percentages equal votes over the declared base",
        "Each option's printed percentage equals its votes over the election's percent_base (the sum of the "
        "option votes, or a protocol line) within half a unit of the last printed digit. Where a printed "
        "total differs from the sum of the option votes, matching either base passes, so that only the line "
        "whose count is wrong is flagged (the total check reports the difference).",
        Severity.ERROR,
        "kzcheck",
        "{option} at {area} printed {percent}%, but {calculations}; a figure printed with {decimals} decimals may "
        "differ by at most {slack:g}",
    ),
    Kind.check(
        TURNOUT,
        "Turnout equals ballots over registered voters",
        "Each printed percentage of a protocol line with percent_of (turnout: voters who received ballots "
        "over voters on the lists) equals the two counts' ratio within the printed rounding.",
        Severity.ERROR,
        "kzcheck",
        "{option} at {area} printed {percent}%, but {calculations}; a figure printed with {decimals} decimals may "
        "differ by at most {slack:g}",
    ),
    Kind.check(
        SEATS,
        "Seats sum to the tier size",
        "The list seats printed for the options add up to the seats of the election's list tier.",
        Severity.ERROR,
        "kzcheck",
        "the printed list seats sum to {total}, the {tier} tier has {seats}",
    ),
    Kind.check(
        ALLOCATION,
        "List seats follow the law's allocation",
        "The list seats printed for each option equal those the election's method (Hare quota with largest "
        "remainders, D'Hondt or Sainte-Laguë) and threshold give from the printed votes.",
        Severity.ERROR,
        "kzcheck",
        "{option} has {printed} list seats; {method} with a {threshold:g}% threshold gives {recomputed} from the "
        "printed votes (all: {shown}){hint}",
    ),
    Kind.check(
        REVISIONS,
        "Revisions from preliminary to final results",
        "Where preliminary and final results both exist, every count or percentage the final results "
        "changed is listed (info: revising is the CEC's job, but a reader should see each change).",
        Severity.INFO,
        "kzcheck",
        "{line} at {area} revised from preliminary to final: {changes}",
    ),
]
KIND = {k.id: k for k in SPECS}


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
            evaluated |= {(eid, f"results:{s}") for s in wide.loc[known, "status"].astype("str").unique()}
            bad = known & ((left - right).abs() > EPSILON)
            line = next((t for _, t in rel.right if t != OPTIONS_TERM), None) or rel.right[0][1]
            left_text, right_text = rel.text.split(f" {rel.op} ", 1)
            for status, area, lv, rv in zip(
                wide.loc[bad, "status"], wide.loc[bad, "area"], left[bad], right[bad], strict=True
            ):
                at = rows[(rows["status"] == status) & (rows["area"] == area) & (rows["line"] == line)]
                where = _located(at.iloc[0], column="count") if len(at) else {}
                findings.append(
                    KIND[TOTAL].finding(
                        area=area,
                        left=left_text,
                        left_value=_n(lv),
                        right=right_text,
                        right_value=_n(rv),
                        difference=lv - rv,
                        relation=rel.text,
                        description=f": {rel.description}" if rel.description else "",
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
            KIND[check].finding(
                option=row["name"],
                area=row["area"],
                percent=row["percent_text"],
                calculations=" and ".join(parts),
                decimals=d,
                slack=0.5 * 10**-d,
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
                    KIND[SEATS].finding(
                        total=total,
                        tier=tier.id,
                        seats=tier.seats,
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
                    KIND[ALLOCATION].finding(
                        option=row["name"],
                        printed=printed[line],
                        method=METHOD_NAMES.get(tier.method, tier.method),
                        threshold=tier.threshold,
                        recomputed=recomputed.get(line, 0),
                        shown=shown,
                        hint=hint,
                        election=eid,
                        subject=subject,
                        **_located(row, column="seats", observed=printed[line], expected=recomputed.get(line, 0)),
                    )
                )
            out.append(Outcome(ALLOCATION, eid, subject, found))
    return out


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
            KIND[REVISIONS].finding(
                line=row["name"],
                area=row["area"],
                changes="; ".join(changes),
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


def run(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    ctx = (analysis or Analysis(data)).official
    if ctx.rows.empty:
        return []
    return [*check_totals(ctx), *check_percentages(ctx), *check_seats(ctx), *check_revisions(ctx)]
