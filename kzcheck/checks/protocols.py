"""Relations between a protocol's lines (valid + invalid = in the box, …), declared in each election file, checked at
every area of every official publication and copy at once.

The results frame is pivoted into one matrix per figure kind (rows: one protocol = election, status, origin, area and
time of day; columns: lines), so each relation is a few array operations over every area together. A line missing,
unreadable or negative at an area means the relation is not evaluated there: the input and schema checks report it.
Relations equating the option votes to a printed total in the CEC's preliminary and final results are
`official.total`'s (kzcheck.checks.official); here they are held in intraday figures and protocol copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from kzcheck.analysis.official import STATUSES, totals_relations
from kzcheck.load.election import OPTIONS_TERM, Election, Relation
from kzcheck.load.frames import OFFICIAL, LoadedData
from kzcheck.load.table import FILE, LINE
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Finding, Outcome, Severity, Status
from kzcheck.model.kinds import Kind

SPECS = [
    Kind.check(
        "protocol.relation",
        "Protocol lines keep the relations the election file declares",
        "Every relation of [[protocol.relations]] (valid + invalid = found in the box, issued <= voters on the "
        "list, votes per option plus against all = valid, …) holds at every area of every official "
        "publication and protocol copy; an area lacking a line the relation needs is not evaluated.",
        Severity.ERROR,
        "kzcheck (vectorised pandas/numpy)",
        "{area}: {relation} does not hold in {publication}: {left} = {left_value}, {right} = {right_value}, not {op} "
        "(difference {difference:+,.0f})",
    ),
]
RELATION = SPECS[0]

KEYS = ("election", "status", "origin", "area", "as_of")


@dataclass
class ProtocolTable:
    """Every protocol as one row: `keys` (KEYS and the file) and, per line column, its count, percent and file line.

    `count` is NaN where the line is not given, not a number, or negative; `given` is True wherever a row exists.
    """

    keys: pd.DataFrame
    publication: np.ndarray  # one integer per publication (status, origin, time of day)
    lines: pd.Index
    count: np.ndarray
    given: np.ndarray
    percent: np.ndarray
    half: np.ndarray  # half a unit of the printed percent's last decimal: its rounding band
    percent_text: np.ndarray
    row: np.ndarray

    def column(self, line: str) -> int:
        """The column of `line`, or -1 when no area gives it."""
        return int(self.lines.get_indexer(pd.Index([line]))[0])

    def where(self, election: str) -> np.ndarray:
        return np.flatnonzero((self.keys["election"] == election).to_numpy())


_cache: list[Any] = [None, None]


def table(data: LoadedData, keep: bool = True) -> ProtocolTable:
    """The protocol table of a run's results, built once and shared by the protocol and roll-up checks.

    The roll-ups, which run after the protocol checks, ask for it last (`keep=False`): the table is let go then
    instead of being held through every check after them (50 MB on a station archive, at the copies' peak)."""
    built = _cache[1] if _cache[0] is data.results else _build(data.results)
    _cache[0], _cache[1] = (data.results, built) if keep else (None, None)
    return built


def _codes(series: pd.Series) -> tuple[np.ndarray, int]:
    """Integer codes 0.. for a column (missing = its own code) and how many there are."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        codes = series.cat.codes.to_numpy().astype(np.int64) + 1
        return codes, len(series.cat.categories) + 1
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return codes.astype(np.int64) + 1, len(uniques) + 1


def _build(results: pd.DataFrame) -> ProtocolTable:
    key = np.zeros(len(results), dtype=np.int64)
    publication = np.zeros(len(results), dtype=np.int64)  # status, origin and time of day: one publication
    for name in KEYS:
        codes, size = _codes(results[name])
        key = key * size + codes
        if name in ("status", "origin", "as_of"):
            publication = publication * size + codes
    group = pd.factorize(key)[0]
    n_groups = int(group.max()) + 1 if len(group) else 0
    first = np.full(n_groups, len(results), dtype=np.int64)
    np.minimum.at(first, group, np.arange(len(results)))
    keys = results[[*KEYS, FILE]].iloc[first].reset_index(drop=True)
    keys["as_of"] = keys["as_of"].astype("str").fillna("")

    line = results["line"]
    line = line if isinstance(line.dtype, pd.CategoricalDtype) else line.astype("category")
    lines = pd.Index(line.cat.categories)
    col = line.cat.codes.to_numpy().astype(np.int64)
    ok = col >= 0
    g, c = group[ok], col[ok]
    shape = (n_groups, len(lines))

    def matrix(values: np.ndarray, fill: Any, dtype: Any) -> np.ndarray:
        m = np.full(shape, fill, dtype=dtype)
        m[g, c] = values[ok]
        return m

    count = results["count"].to_numpy(dtype="float64", na_value=np.nan)
    count = np.where(count >= 0, count, np.nan)
    decimals = results["percent_decimals"].to_numpy(dtype="float64", na_value=np.nan)
    return ProtocolTable(
        keys=keys,
        publication=publication[first],
        lines=lines,
        count=matrix(count, np.nan, "float64"),
        given=matrix(np.ones(len(results), dtype=bool), False, bool),
        percent=matrix(results["percent"].to_numpy(dtype="float64", na_value=np.nan), np.nan, "float64"),
        half=matrix(0.5 * np.power(10.0, -decimals), np.nan, "float64"),
        percent_text=matrix(results["percent_text"].to_numpy(dtype=object), None, object),
        row=matrix(results[LINE].to_numpy(dtype="float64", na_value=np.nan), np.nan, "float64"),
    )


@dataclass
class Side:
    """One side of a relation evaluated at every protocol: its value and whether it could be evaluated there."""

    value: np.ndarray
    usable: np.ndarray
    first_column: int


def side(t: ProtocolTable, rows: np.ndarray, election: Election, terms: tuple[tuple[int, str], ...]) -> Side:
    """Σ sign × line over the terms at `rows`; `options` is every option line the area gives (at least one)."""
    value = np.zeros(len(rows))
    usable = np.ones(len(rows), dtype=bool)
    first = -1
    for sign, term in terms:
        if term == OPTIONS_TERM:
            found = t.lines.get_indexer(pd.Index(election.option_ids))
            cols = found[found >= 0]
            if not len(cols):
                return Side(value, np.zeros(len(rows), dtype=bool), -1)
            counts, given = t.count[np.ix_(rows, cols)], t.given[np.ix_(rows, cols)]
            usable &= given.any(axis=1) & ~(given & np.isnan(counts)).any(axis=1)
            value += sign * np.nansum(counts, axis=1)
            first = int(cols[0]) if first < 0 else first
            continue
        j = t.column(term)
        if j < 0:
            return Side(value, np.zeros(len(rows), dtype=bool), -1)
        counts = t.count[rows, j]
        usable &= ~np.isnan(counts)
        value += sign * np.nan_to_num(counts)
        first = j if first < 0 else first
    return Side(value, usable, first)


def broken(op: str, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Where `left op right` fails; counts are whole numbers, so half a vote is the tolerance."""
    diff = left - right
    failing: dict[str, np.ndarray] = {
        "==": np.abs(diff) > 0.5,
        "<=": diff > 0.5,
        ">=": diff < -0.5,
        "<": diff > -0.5,
        ">": diff < 0.5,
    }
    return failing[op]


_names: dict[tuple[int, str], dict[str, str]] = {}


def area_names(data: LoadedData, election: Election) -> dict[str, str]:
    """Area id -> English name in the election's areas file (empty without one); read once per areas file."""
    if not election.areas or data.areas.empty:
        return {}
    key = (id(data.areas), election.areas)
    if key not in _names:
        _names.clear()  # one run at a time: keep only the current frame's names
        a = data.areas[(data.areas["areas"] == election.areas) & data.areas["name_en"].notna()]
        _names[key] = dict(zip(a["area"].tolist(), a["name_en"].tolist(), strict=True))
    return _names[key]


def area_label(area: str, names: dict[str, str]) -> str:
    name = names.get(area)
    return f"{area} ({name})" if name and name != area else area


def area_subject(area: str, origin: str, detail: str) -> str:
    """`area:X/detail` for official figures; `area:X@origin/detail` for another origin's copy."""
    return f"area:{area}/{detail}" if origin == OFFICIAL else f"area:{area}@{origin}/{detail}"


def publication(status: str, origin: str, as_of: str) -> str:
    """How a message names where a figure was published."""
    if origin != OFFICIAL:
        return f"the {origin} copy of the protocol"
    return f"the {status} results" + (f" at {as_of}" if as_of else "")


def fmt(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def side_text(terms: tuple[tuple[int, str], ...]) -> str:
    text = ""
    for sign, term in terms:
        text += (" - " if sign < 0 else " + ") if text else ("-" if sign < 0 else "")
        text += term
    return text


def _relation_findings(
    t: ProtocolTable, rows: np.ndarray, rel: Relation, left: Side, right: Side, bad: np.ndarray, names: dict[str, str]
) -> list[Finding]:
    findings = []
    col = right.first_column if right.first_column >= 0 else left.first_column
    for i in np.flatnonzero(bad):
        r = int(rows[i])
        k = t.keys.iloc[r]
        area, origin = str(k["area"]), str(k["origin"])
        lv, rv = float(left.value[i]), float(right.value[i])
        line = t.row[r, col]
        findings.append(
            RELATION.finding(
                severity=Severity(rel.severity),
                area=area_label(area, names),
                relation=rel.id,
                publication=publication(str(k["status"]), origin, k["as_of"]),
                left=side_text(rel.left),
                left_value=fmt(lv),
                right=side_text(rel.right),
                right_value=fmt(rv),
                op=rel.op,
                difference=lv - rv,
                election=str(k["election"]),
                subject=area_subject(area, origin, rel.id),
                file=str(k[FILE]),
                row=None if np.isnan(line) else int(line),
                column="count",
                observed=fmt(lv),
                expected=f"{rel.op} {fmt(rv)}",
            )
        )
    return findings


def run(data: LoadedData, config: RunConfig) -> list[Outcome]:
    t = table(data)
    outcomes: list[Outcome] = []
    printed = (t.keys["origin"] == OFFICIAL) & t.keys["status"].isin(STATUSES) & (t.keys["as_of"] == "")
    for eid, election in data.elections.items():
        everywhere = t.where(eid)
        elsewhere = np.intersect1d(everywhere, np.flatnonzero(~printed.to_numpy()))
        totals = totals_relations(election)
        names: dict[str, str] | None = None
        for rel in election.relations:
            # official.total already holds the CEC's printed totals to these; here they cover intraday and copies
            rows = elsewhere if rel in totals else everywhere
            left = side(t, rows, election, rel.left)
            right = side(t, rows, election, rel.right)
            usable = left.usable & right.usable
            subject = f"relation:{rel.id}"
            if not usable.any():
                outcomes.append(
                    Outcome(
                        "protocol.relation",
                        eid,
                        subject,
                        [],
                        Status.NOT_EVALUATED,
                        note=(
                            f"official.total checks it in the CEC's results; no intraday figure or copy gives "
                            f"every line of {rel.text}"
                        )
                        if rel in totals
                        else f"no area gives every line of {rel.text}",
                    )
                )
                continue
            bad = usable & broken(rel.op, left.value, right.value)
            findings: list[Finding] = []
            if bad.any():
                names = area_names(data, election) if names is None else names
                findings = _relation_findings(t, rows, rel, left, right, bad, names)
            outcome = Outcome("protocol.relation", eid, subject, findings)
            outcome.note = f"evaluated at {int(usable.sum())} of {len(rows)} protocols"
            outcomes.append(outcome)
    return outcomes
