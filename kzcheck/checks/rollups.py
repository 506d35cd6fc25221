"""Areas add up: stations to districts, districts to regions, regions to the country; turnout too; intraday turnout
never falls; every area has a known parent.

Works on the protocol table of `kzcheck.checks.protocols` (one row per published protocol): each child row points at
its parent's row, and sums, weighted turnouts and bounds are `np.bincount`s over all areas at once. A parent is
checked only when every child the areas file lists for it gives the figure, so a partial set of children is never
mistaken for a discrepancy.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from kzcheck.checks.protocols import (
    ProtocolTable,
    area_label,
    area_names,
    area_subject,
    fmt,
    publication,
    table,
)
from kzcheck.load.election import Election
from kzcheck.load.frames import LoadedData
from kzcheck.load.table import FILE, LINE
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Finding, Outcome, Severity, Status
from kzcheck.model.kinds import Kind

SPECS = [
    Kind.check(
        "rollup.sum",
        "Children's figures sum to their parent's",
        "Where an area and every child the areas file lists for it are published together, each line's figure "
        "of the children sums to the parent's (stations to district, districts to region, regions to country).",
        Severity.ERROR,
        "kzcheck (vectorised numpy)",
        "{area}: {line} is {value} in {where}, but its {children} child areas sum to {total} (difference "
        "{difference:+,.0f})",
    ),
    Kind.check(
        "rollup.turnout",
        "A parent's turnout is its children's, weighted by voters on the list",
        "The printed percentage of a line with percent_of (turnout) at an area equals its children's printed "
        "percentages weighted by their base line (voters on the list), within the rounding the printed "
        "decimals allow; where the children's base is not published, it must at least lie between the lowest "
        "and highest child.",
        Severity.ERROR,
        "kzcheck (vectorised numpy)",
        "{area}: {line} is {printed}% of {base} in {publication}, but its {children} child areas' percentages "
        "weighted by {base} give {band}",
        variants={
            "outside": "{area}: {line} is {printed}% of {base} in {publication}, outside the range of its {children} "
            "child areas' percentages ({band}), so no weighting can give it"
        },
    ),
    Kind.check(
        "rollup.parent",
        "Every area has a known parent",
        "Every area in an areas file names a parent in the same file (only the country has none), and every "
        "area a results or protocol file uses is listed in its election's areas file.",
        Severity.ERROR,
        "kzcheck (vectorised pandas)",
        "area {area!r} has no parent, but only the country may have none",
        variants={
            "unknown-parent": "area {area!r} names parent {parent!r}, which is not an area of areas/{areas}.csv",
            "unlisted": "area {area!r} is not listed in {where}: its parent is unknown",
        },
    ),
    Kind.check(
        "intraday.monotonic",
        "Intraday figures never fall during the day",
        "For lines declared monotonic_intraday (voters who received ballots), each intraday figure of an area "
        "is at least the one published before it, beyond what the printed decimals allow.",
        Severity.WARNING,
        "kzcheck (vectorised pandas)",
        "{area}: {line} fell during the day, from {before}% at {before_at} to {after}% at {after_at}",
        variants={"count": "{area}: {line} fell during the day, from {before} at {before_at} to {after} at {after_at}"},
    ),
]
KIND = {k.id: k for k in SPECS}


def _parents(data: LoadedData, election: Election) -> pd.DataFrame:
    """The election's areas file as area, parent, children (how many areas name it as parent)."""
    if not election.areas or data.areas.empty:
        return pd.DataFrame(
            {"area": pd.Series(dtype="str"), "parent": pd.Series(dtype="str"), "children": pd.Series(dtype="int64")}
        )
    a = data.areas.loc[data.areas["areas"] == election.areas, ["area", "parent"]]
    children = a["parent"].value_counts()
    return a.assign(children=a["area"].map(children).fillna(0).astype("int64"))


class Names(dict):
    """Area id -> name, read from the areas file only when a finding needs one."""

    def __init__(self, data: LoadedData, election: Election) -> None:
        super().__init__()
        self.source: tuple[LoadedData, Election] | None = (data, election)

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if self.source is not None:
            self.update(area_names(*self.source))
            self.source = None
        return super().get(key, default)


class Family:
    """For the protocols of one election: where each one's parent protocol is, and how many children it should have."""

    def __init__(self, t: ProtocolTable, rows: np.ndarray, parents: pd.DataFrame) -> None:
        keys = t.keys.iloc[rows]
        area = keys["area"].astype("category")
        names = area.cat.categories
        code = area.cat.codes.to_numpy().astype(np.int64)
        by_area = parents.drop_duplicates("area").set_index("area")
        parent_code = names.get_indexer(pd.Index(by_area["parent"].reindex(names)))[code]
        self.children = by_area["children"].reindex(names).fillna(0).to_numpy(dtype="int64")[code]
        # one publication (status, origin, time of day) per number; a protocol's key = publication x area
        publication = pd.factorize(t.publication[rows])[0].astype(np.int64)
        width = len(names) + 1
        own = pd.Index(publication * width + code)
        up = np.where(parent_code >= 0, publication * width + parent_code, -1)
        self.parent = np.where(parent_code >= 0, own.get_indexer(up), -1) if own.is_unique else np.full(len(rows), -1)
        self.rows = rows
        self.has_parent = self.parent >= 0

    def count(self, mask: np.ndarray) -> np.ndarray:
        """How many children of each protocol satisfy `mask`."""
        ok = mask & self.has_parent
        return np.bincount(self.parent[ok], minlength=len(self.rows))

    def total(self, values: np.ndarray, mask: np.ndarray) -> np.ndarray:
        ok = mask & self.has_parent
        sums: np.ndarray = np.bincount(self.parent[ok], weights=values[ok], minlength=len(self.rows))
        return sums

    def complete(self, mask: np.ndarray) -> np.ndarray:
        """Protocols whose every listed child satisfies `mask`."""
        complete: np.ndarray = (self.children > 0) & (self.count(mask) == self.children)
        return complete


def _finding(
    check: str,
    severity: Severity,
    t: ProtocolTable,
    r: int,
    col: int,
    detail: str,
    observed: str,
    expected: str,
    column: str,
    variant: str = "",
    **fields: object,
) -> Finding:
    k = t.keys.iloc[r]
    line = t.row[r, col]
    return KIND[check].finding(
        variant,
        severity=severity,
        **fields,
        election=str(k["election"]),
        subject=area_subject(str(k["area"]), str(k["origin"]), detail),
        file=str(k[FILE]),
        row=None if np.isnan(line) else int(line),
        column=column,
        observed=observed,
        expected=expected,
    )


def _sums(t: ProtocolTable, fam: Family, election: Election, names: Names) -> tuple[list[Finding], int]:
    findings, evaluated = [], 0
    lines = [*election.option_ids, *(ln.id for ln in election.lines)]
    for line in lines:
        j = t.column(line)
        if j < 0:
            continue
        values = t.count[fam.rows, j]
        given = ~np.isnan(values)
        check = given & fam.complete(given)
        evaluated += int(check.sum())
        sums = fam.total(values, given)
        bad = check & (np.abs(values - sums) > 0.5)
        for i in np.flatnonzero(bad):
            r = int(fam.rows[i])
            k = t.keys.iloc[r]
            area, v, s = str(k["area"]), float(values[i]), float(sums[i])
            where = publication(str(k["status"]), str(k["origin"]), k["as_of"])
            findings.append(
                _finding(
                    "rollup.sum",
                    Severity.ERROR,
                    t,
                    r,
                    j,
                    line,
                    fmt(v),
                    fmt(s),
                    "count",
                    area=area_label(area, names),
                    line=line,
                    value=fmt(v),
                    where=where,
                    children=int(fam.children[i]),
                    total=fmt(s),
                    difference=v - s,
                )
            )
    return findings, evaluated


def _turnouts(t: ProtocolTable, fam: Family, election: Election, names: Names) -> tuple[list[Finding], int]:
    findings, evaluated = [], 0
    for ln in election.lines:
        j, b = t.column(ln.id), t.column(ln.percent_of or "")
        if j < 0 or not ln.percent_of:
            continue
        pct, half = t.percent[fam.rows, j], t.half[fam.rows, j]
        weight = t.count[fam.rows, b] if b >= 0 else np.full(len(fam.rows), np.nan)
        printed = ~np.isnan(pct)
        weighted = printed & (weight > 0)
        by_weight = printed & fam.complete(weighted)
        by_bounds = printed & ~by_weight & fam.complete(printed)
        evaluated += int(by_weight.sum() + by_bounds.sum())
        w = np.where(weighted, weight, 0.0)
        total_w = fam.total(w, weighted)
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = fam.total(np.nan_to_num(pct) * w, weighted) / total_w
            band = half + fam.total(np.nan_to_num(half) * w, weighted) / total_w
        lo = np.full(len(fam.rows), np.inf)
        hi = np.full(len(fam.rows), -np.inf)
        ok = printed & fam.has_parent
        np.minimum.at(lo, fam.parent[ok], (pct - half)[ok])
        np.maximum.at(hi, fam.parent[ok], (pct + half)[ok])
        bad_w = by_weight & (np.abs(pct - mean) > band + 1e-9)
        bad_b = by_bounds & ((pct + half < lo - 1e-9) | (pct - half > hi + 1e-9))
        for i in np.flatnonzero(bad_w | bad_b):
            r = int(fam.rows[i])
            k = t.keys.iloc[r]
            text = str(t.percent_text[r, j])
            decimals = len(text.partition(".")[2])
            n = int(fam.children[i])
            if bad_w[i]:
                expected, variant = f"{mean[i]:.{decimals + 1}f} ± {band[i]:.{decimals + 1}f}", ""
            else:
                expected, variant = f"between {lo[i]:.{decimals}f} and {hi[i]:.{decimals}f}", "outside"
            findings.append(
                _finding(
                    "rollup.turnout",
                    Severity.ERROR,
                    t,
                    r,
                    j,
                    ln.id,
                    text,
                    expected,
                    "percent",
                    variant,
                    area=area_label(str(k["area"]), names),
                    line=ln.id,
                    printed=text,
                    base=ln.percent_of,
                    publication=publication(str(k["status"]), str(k["origin"]), k["as_of"]),
                    children=n,
                    band=expected,
                )
            )
    return findings, evaluated


def _unknown_parents(data: LoadedData) -> list[Outcome]:
    """Areas files: every parent is an area of the same file; only the country has none."""
    outcomes = []
    for set_id, a in data.areas.groupby("areas", sort=True):
        known = set(a["area"])
        parent = a["parent"]
        orphan = a[(parent.notna() & ~parent.isin(known)) | (parent.isna() & (a["level"] != "country"))]
        findings = []
        for _, row in orphan.iterrows():
            findings.append(
                KIND["rollup.parent"].finding(
                    "" if pd.isna(row["parent"]) else "unknown-parent",
                    area=row["area"],
                    parent=row["parent"],
                    areas=set_id,
                    subject=f"area:{row['area']}",
                    file=str(row[FILE]),
                    row=int(row[LINE]),
                    column="parent",
                    observed=None if pd.isna(row["parent"]) else str(row["parent"]),
                )
            )
        outcomes.append(Outcome("rollup.parent", None, f"areas:{set_id}", findings))
    return outcomes


def _unlisted_areas(data: LoadedData, t: ProtocolTable, election: Election, rows: np.ndarray) -> list[Finding]:
    """Areas a results or protocol file uses that its election's areas file does not list."""
    area = t.keys["area"].iloc[rows].astype("category")
    code = area.cat.codes.to_numpy()
    used = np.unique(code[code >= 0])
    if election.areas:
        listed = set(data.areas.loc[data.areas["areas"] == election.areas, "area"])
        where = f"areas/{election.areas}.csv"
    else:
        listed, where = {election.country_area}, "the election file (it declares no areas)"
    missing = used[~area.cat.categories[used].isin(list(listed))]
    first = np.full(len(area.cat.categories), -1)
    first[code[::-1]] = rows[::-1]  # each area's first protocol (fancy assignment keeps the last write)
    unknown = t.keys.iloc[first[missing]]
    findings = []
    for r, k in zip(first[missing], (k for _, k in unknown.iterrows()), strict=True):
        line = np.nanmin(t.row[r]) if np.isfinite(t.row[r]).any() else np.nan
        findings.append(
            KIND["rollup.parent"].finding(
                "unlisted",
                area=k["area"],
                where=where,
                election=election.id,
                subject=f"area:{k['area']}",
                file=str(k[FILE]),
                row=None if np.isnan(line) else int(line),
                column="area",
                observed=str(k["area"]),
            )
        )
    return findings


def _intraday(data: LoadedData, election: Election, names: Names) -> tuple[list[Finding], int]:
    lines = [ln.id for ln in election.lines if ln.monotonic_intraday]
    r = data.results
    day = r[(r["election"] == election.id) & (r["status"] == "intraday") & r["line"].isin(lines)]
    if day.empty:
        return [], 0
    day = day.assign(
        as_of=day["as_of"].fillna(""),
        area=day["area"].astype("str"),
        line=day["line"].astype("str"),
        origin=day["origin"].astype("str"),
    )
    day = day.sort_values(["origin", "area", "line", "as_of"], kind="stable")
    same = (
        (day["origin"] == day["origin"].shift())
        & (day["area"] == day["area"].shift())
        & (day["line"] == day["line"].shift())
    ).to_numpy()
    pct, half = day["percent"].to_numpy(dtype="float64"), 0.5 * 10.0 ** -day["percent_decimals"].to_numpy("float64")
    count = day["count"].to_numpy(dtype="float64")
    prev = lambda a: np.concatenate([[np.nan], a[:-1]])  # noqa: E731
    # printed values whose rounding intervals do not overlap: 81.43 then 81.42 is a fall, 72.81 then 72.8 is not
    fell_pct = same & (prev(pct) - pct > prev(half) + half - 1e-9)
    fell_count = same & (prev(count) - count > 0.5)
    evaluated = int(
        (same & ((~np.isnan(pct) & ~np.isnan(prev(pct))) | (~np.isnan(count) & ~np.isnan(prev(count))))).sum()
    )
    findings = []
    before = day.shift()
    for i in np.flatnonzero(fell_pct | fell_count):
        row, last = day.iloc[i], before.iloc[i]
        by_pct = bool(fell_pct[i])
        findings.append(
            KIND["intraday.monotonic"].finding(
                "" if by_pct else "count",
                area=area_label(row["area"], names),
                line=row["line"],
                before=last["percent_text"] if by_pct else fmt(last["count"]),
                before_at=last["as_of"],
                after=row["percent_text"] if by_pct else fmt(row["count"]),
                after_at=row["as_of"],
                election=election.id,
                subject=area_subject(row["area"], row["origin"], str(row["line"])),
                file=str(row[FILE]),
                row=int(row[LINE]),
                column="percent" if fell_pct[i] else "count",
                observed=row["percent_text"] if fell_pct[i] else fmt(row["count"]),
                expected=f">= {last['percent_text'] if fell_pct[i] else fmt(last['count'])}",
            )
        )
    return findings, evaluated


def _outcome(check: str, election: str, findings: list[Finding], evaluated: int, why: str) -> Outcome:
    if not evaluated and not findings:
        return Outcome(check, election, "areas", [], Status.NOT_EVALUATED, note=why)
    o = Outcome(check, election, "areas", findings)
    o.note = f"evaluated {evaluated} time(s)"
    return o


def run(data: LoadedData, config: RunConfig) -> list[Outcome]:
    t = table(data, keep=False)  # the last of the two checks that read it
    outcomes: list[Outcome] = []
    for eid, election in data.elections.items():
        rows = t.where(eid)
        names = Names(data, election)
        fam = Family(t, rows, _parents(data, election))
        found, n = _sums(t, fam, election, names)
        outcomes.append(_outcome("rollup.sum", eid, found, n, "no area is published with all its children's counts"))
        found, n = _turnouts(t, fam, election, names)
        outcomes.append(
            _outcome(
                "rollup.turnout", eid, found, n, "no area's printed percentage is published with all its children's"
            )
        )
        found, n = _intraday(data, election, names)
        outcomes.append(_outcome("intraday.monotonic", eid, found, n, "no area has two intraday figures"))
        outcomes.append(Outcome("rollup.parent", eid, "areas", _unlisted_areas(data, t, election, rows)))
    return outcomes + _unknown_parents(data)
