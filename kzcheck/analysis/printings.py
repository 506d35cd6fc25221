"""Every printing of an official or intraday figure against the figure used: one comparison per printing and field.

A figure is an area's line at a status (preliminary, final, intraday) and time of day; a printing is one source's row
for it. The figure used is the commission's printing, else the consensus (kzcheck.load.printings). Every other
printing of each field (count, percentage, seats) is judged against it with a verdict (kzcheck.methods.verdicts), and
the figures it may really be are offered as alternatives: the same line at another time or status, the line over
another base, 100 minus the other answer, another area's or another line's figure at the same time.

Lists are compared too: a source's regional list shifted by one row against another source's list for the same time,
two areas printed with one value, an intraday figure above the same area's final, a source's own series falling.
Comparisons are built only where a figure has two printings or more whose values differ: a figure every source printed
alike is settled in one vectorised pass (an observers' copy of ten thousand protocols that agrees costs no loop).

An observers' copy of a protocol is one more printing: a row of `protocols/<election>.<origin>.csv` prints the figure
of the election's final result (its preliminary one where no final is published), and a row of a results file by a
source of kind `observers` (or relaying observers) is a copy as it stands. A comparison of a copy carries the copy's
name (`copy`), so `copy.disagree` reports it rather than `printing.agree`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, cast

import numpy as np
import pandas as pd

from kzcheck.load.election import Election
from kzcheck.load.frames import OFFICIAL, LoadedData
from kzcheck.load.printings import (
    FIELDS,
    FIGURE,
    any_repeated,
    choose_field,
    figure_ids,
    printed,
    repeated_rows,
    row_dicts,
    row_records,
    source_kinds,
    with_sources,
)
from kzcheck.load.table import FILE, LINE
from kzcheck.methods.printed import Printed, exact, match
from kzcheck.methods.verdicts import Alternative, Verdict, judge, repeated, shifted
from kzcheck.model.stages import NEWEST_FIRST, RESULTS
from kzcheck.model.tables import OfficialPrinting, PrintedAt

COPY = "copy"  # the status of a protocols/ row as loaded
OBSERVERS = "observers"  # the kind of source whose printing of a protocol is a copy


@dataclass(frozen=True)
class Where:
    """One printing: who printed it and where it is in the data."""

    source: str
    outlet: str
    file: str
    row: int
    text: str
    value: float | None = None  # the figure as a number (counts times their unit word)
    origin: str = ""  # whose publication: the commission's results files, or the copy's holder

    def label(self) -> str:
        return f"{self.text} by {self.outlet} ({self.source}, {self.file}:{self.row})"


@dataclass
class Comparison:
    """A printing of one field of one figure against the figure used."""

    election: str
    status: str
    area: str
    line: str
    as_of: str
    field: str  # count | percent | seats
    printing: Where
    used: Where
    verdict: Verdict
    why_used: str
    agreeing: list[Where] = dataclasses.field(default_factory=list)  # other printings that print the value used
    copy: str = ""  # the holder of the protocol copy this printing is (`observers`), or blank for any other printing


@dataclass
class ListObservation:
    """A list-level observation: a shift, a repeated value, intraday turnout off its list, intraday above final, a
    series falling. Each kind is a record of its own below, carrying the figures its finding names."""

    kind: ClassVar[str] = ""
    election: str
    status: str
    line: str
    as_of: str
    field: str
    printing: Where
    other: Where
    contradicted: bool = True
    rows: list[int] = dataclasses.field(default_factory=list)  # rows of the printing's file the observation covers


@dataclass(kw_only=True)
class ShiftedList(ListObservation):
    """A source's list whose values are another source's list (the one the figures used come from) one row off."""

    kind: ClassVar[str] = "shifted"
    outlet: str  # whose list is shifted
    against: str  # the outlet of the list it is shifted against
    areas: list[str]  # the areas that show a neighbour's value, in the reference list's order
    direction: int  # +1: each shows the value of the area below; -1: above


@dataclass(kw_only=True)
class RepeatedValue(ListObservation):
    """One list printing two areas with one value, where the figure used differs for one of them."""

    kind: ClassVar[str] = "repeated"
    outlet: str
    areas: tuple[str, str]  # the area printed first, then the area the printing is (`printing`)
    value: str  # the value both are printed with
    used: dict[str, str]  # area -> the figure used, for each area whose printed value it contradicts


@dataclass(kw_only=True)
class TurnoutOffList(ListObservation):
    """An intraday percentage that is not its count over the list at that time of day (`other`: that list)."""

    kind: ClassVar[str] = "turnout"
    area: str
    percent: str  # as printed
    count: float
    list_count: float
    list_as_of: str
    share: float  # count over list, in percent
    final_count: float | None = None  # the final list, where the percentage is the count over it instead
    final_share: float | None = None


@dataclass(kw_only=True)
class AboveFinal(ListObservation):
    """An intraday count above the same area's and line's end result (`other`: the end result's row)."""

    kind: ClassVar[str] = "above-final"
    area: str
    count: float
    end_status: str  # final, else preliminary
    end_count: float


@dataclass(kw_only=True)
class FallingSeries(ListObservation):
    """A source's own intraday series of an area's line falling between two times (`other`: the earlier row)."""

    kind: ClassVar[str] = "falling"
    outlet: str
    area: str
    before: str  # as printed
    before_at: str
    after: str
    after_at: str


@dataclass(frozen=True)
class CopyCoverage:
    """How much of one holder's protocol copies met another printing of the same figure."""

    election: str
    origin: str  # the copy's holder (`observers`)
    status: str  # the result the copy is a printing of: final, preliminary, or blank when neither is published
    areas: int  # areas copied
    met: int  # of which the commission (or another source) printed a figure too


@dataclass
class PrintingTable:
    comparisons: list[Comparison]
    lists: list[ListObservation]
    figures: int  # figures with two printings or more
    copies: list[CopyCoverage] = dataclasses.field(default_factory=list)


def _when(status: str, as_of: object) -> str:
    return f"{as_of}" if isinstance(as_of, str) and as_of else f"the {status} result"


def _where(row: pd.Series | Mapping[str, Any], field_name: str, outlets: dict[str, str]) -> Where:
    p = printed(row, field_name)
    text = p.label() if p else ""
    src = str(row["source"])
    copy = row.get("copy_of")
    origin = str(copy) if isinstance(copy, str) and copy else str(row["origin"])
    return Where(src, outlets.get(src, src), str(row[FILE]), int(row[LINE]), text, p.value if p else None, origin)


def copies_as_printings(rows: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The printings with every protocol copy made a printing of the figure it copies, and `copy_of` naming the
    copy's holder on every row that is an observers' copy (blank elsewhere).

    A protocols/ row prints the election's final figure (its preliminary one where the commission published no final);
    it is a copy when its source is of kind `observers`, relays observers, or has no kind (the protocols/ folder says
    so). A results row is a copy when its source is of kind `observers` or relays them, and it is not a time of day.
    """
    meta = source_kinds(sources)
    kind = meta["kind"].fillna("")
    observer_sources = meta.loc[(kind == OBSERVERS) | meta["relays"].eq(OBSERVERS), "source"]
    known_sources = meta.loc[kind != "", "source"]
    in_protocols = (rows["status"] == COPY).to_numpy()
    observers = rows["source"].isin(observer_sources).to_numpy()
    unknown = ~rows["source"].isin(known_sources).to_numpy()
    is_copy = (in_protocols & (observers | unknown)) | (observers & rows["as_of"].isna().to_numpy())
    if not is_copy.any() and not in_protocols.any():
        return rows.assign(copy_of="")
    origin = rows["origin"].astype("str")
    copy_of = np.full(len(rows), "", dtype=object)  # set where a copy is: np.where over a million strings took 0.5 s
    copy_of[is_copy & ~in_protocols] = OBSERVERS
    copy_of[is_copy & in_protocols] = origin.to_numpy(dtype=object)[is_copy & in_protocols]
    out = rows.assign(status=rows["status"].astype("str"), origin=origin, copy_of=copy_of)
    if in_protocols.any():
        printed_as = _copied_status(rows)
        elections = out["election"].astype("str")
        status = elections.map({e: printed_as.get(e, COPY) for e in elections.unique()})  # a copy with nothing to copy
        out.loc[in_protocols, "status"] = status[in_protocols]
        out.loc[in_protocols & (status != COPY).to_numpy(), "origin"] = OFFICIAL
    return out


def _copied_status(rows: pd.DataFrame) -> dict[str, str]:
    """Per election, the result a protocol copy is a printing of: final where published, else preliminary."""
    at = ((rows["origin"] == OFFICIAL) & rows["as_of"].isna()).to_numpy()
    official = rows.loc[at, ["election", "status"]]  # the two columns read, not a copy of every official row
    out: dict[str, str] = {}
    for status in RESULTS:  # preliminary, then final: final wins
        for e in official.loc[official["status"] == status, "election"].astype("str").unique():
            out[str(e)] = status
    return out


def _differing(multi: pd.DataFrame, gid: pd.Series) -> np.ndarray:
    """The figures (group ids) some of whose printings differ in a field's value, precision or unit word; the others
    printed every field alike and need no verdict."""
    extra = {"count": ("count_decimals", "count_scale"), "percent": ("percent_decimals",), "seats": ()}
    found: list[np.ndarray] = []
    for f in FIELDS:
        cols = [f, *(c for c in extra[f] if c in multi.columns)]
        given = multi[f].notna()
        sig = multi.loc[given, cols].astype("float64").assign(_g=gid[given])
        distinct = sig.drop_duplicates().groupby("_g").size()
        found.append(distinct.index[distinct.to_numpy() > 1].to_numpy())
    return np.unique(np.concatenate(found)) if found else np.array([], dtype=np.int64)


def _coverage(frame: pd.DataFrame, twice: pd.Series) -> list[CopyCoverage]:
    copies = frame[frame["copy_of"] != ""]
    if copies.empty:
        return []
    met = twice[copies.index]
    out = []
    for (e, origin), g in copies.groupby([copies["election"].astype("str"), copies["copy_of"]], sort=True):
        status = str(g["status"].iloc[0])
        out.append(
            CopyCoverage(
                str(e),
                str(origin),
                "" if status == COPY else status,
                int(g["area"].nunique()),
                int(g.loc[met[g.index].to_numpy(), "area"].nunique()),
            )
        )
    return out


def build(data: LoadedData) -> PrintingTable:
    rows = data.printings if data.printings is not None else data.results
    if rows is None or rows.empty:
        return PrintingTable([], [], 0)
    outlets = dict(zip(data.sources["source"].astype("str"), data.sources["outlet"].astype("str"), strict=True))
    every = rows
    frame = copies_as_printings(rows, data.sources)
    twice = repeated_rows(frame, FIGURE)
    gid, figures, multi = _printed_twice(frame, twice)
    comparisons: list[Comparison] = []
    used_rows = data.results
    scope: dict[str, Scope] = {}
    if len(multi):
        rich = with_sources(multi, data.sources)
        every_rec = row_records(rich)  # every row of a differing figure as a dict, in one pass
        groups: dict[int, list[int]] = {}
        for label, group in zip(rich.index, gid[multi.index].to_numpy(), strict=True):
            groups.setdefault(int(group), []).append(int(label))
        for labels in groups.values():
            recs = {i: every_rec[i] for i in labels}
            first = recs[labels[0]]
            election = data.elections.get(str(first["election"]))
            if election is None:
                continue
            authority = {i: bool(r["authority"]) for i, r in recs.items()}
            if any(r["copy_of"] != "" for r in recs.values()) and not any(authority.values()):
                # a copy is compared with the results files
                authority = {
                    i: str(r["status"]) != COPY and r["copy_of"] == "" and r["origin"] == OFFICIAL
                    for i, r in recs.items()
                }
            for f in FIELDS:
                chosen = choose_field(recs, f, authority)
                if chosen is None:
                    continue
                given, choice = chosen
                used_idx = given[choice.index]
                used_row = recs[used_idx]
                used = printed(used_row, f)
                assert used is not None
                near = [p for i in given if i != used_idx and (p := printed(recs[i], f)) is not None]
                if election.id not in scope:  # one election's rows, cut once
                    scope[election.id] = Scope(used_rows[(used_rows["election"] == election.id).to_numpy()])
                alts = alternatives(scope[election.id], election, used_row, f, near)
                judged = []
                for i in given:
                    if i == used_idx:
                        continue
                    mine = printed(recs[i], f)
                    assert mine is not None
                    judged.append((i, judge(mine, used, alts, count=f != "percent")))
                agreeing = [_where(recs[i], f, outlets) for i, v in judged if v.kind.value == "same"]
                for i, verdict in judged:
                    if verdict.kind.value == "same":
                        continue
                    comparisons.append(
                        Comparison(
                            str(first["election"]),
                            str(first["status"]),
                            str(first["area"]),
                            str(first["line"]),
                            "" if pd.isna(first["as_of"]) else str(first["as_of"]),
                            f,
                            _where(recs[i], f, outlets),
                            _where(used_row, f, outlets),
                            verdict,
                            choice.why,
                            agreeing,
                            str(recs[i]["copy_of"]),
                        )
                    )
    comparisons += poll_comparisons(data, outlets)
    printed_twice = any_repeated(every, FIGURE)
    lists = _lists(every, data, outlets) if printed_twice else []  # two lists of one time share figures
    if not printed_twice:
        lists = intraday_turnout(data, outlets) + _above_final(data, outlets) + _falling(every, outlets)
    shifted_rows = {(ln.printing.file, r) for ln in lists if ln.kind == "shifted" for r in _rows_of(ln)}
    comparisons = [c for c in comparisons if (c.printing.file, c.printing.row) not in shifted_rows]
    return PrintingTable(comparisons, lists, figures, _coverage(frame, twice))


def _printed_twice(frame: pd.DataFrame, twice: pd.Series) -> tuple[pd.Series, int, pd.DataFrame]:
    """The figures printed twice or more (a few rows, and the copies): each row's figure id, how many figures there
    are, and the rows of the figures whose printings differ. The rows printed twice are let go here, not held through
    the comparisons: on a station archive they are the 204,400 rows of every copied protocol, 98 MB."""
    rows = frame[twice]
    gid = pd.Series(figure_ids(rows, FIGURE), index=rows.index, dtype="int64")
    return gid, int(gid.nunique()), rows[gid.isin(_differing(rows, gid)).to_numpy()]


def _rows_of(ln: ListObservation) -> Iterable[int]:
    return ln.rows or [ln.printing.row]


# --- a poll's method facts -------------------------------------------------------------------------------------------

POLL_FIELDS = ("sample_size", "polling_stations", "margin_of_error")


def _poll_printed(row: pd.Series | Mapping[str, Any], name: str) -> Printed | None:
    value: Any = row[name]
    if pd.isna(value):
        return None
    if name == "sample_size":
        scale = float(cast(Any, row.get("sample_size_scale", 1.0)) or 1.0)
        text = row.get("sample_size_text")
        decimals = int(cast(Any, row.get("sample_size_decimals", 0)) or 0)
        return Printed(float(value), decimals, scale, str(text) if isinstance(text, str) else f"{value:.0f}", True)
    if name == "margin_of_error":
        decimals = int(cast(Any, row["margin_of_error_decimals"]))
        return Printed(float(value), decimals, 1.0, f"{float(value):.{decimals}f}")
    return Printed(float(value), 0, 1.0, f"{value:.0f}", whole=True)


def poll_comparisons(data: LoadedData, outlets: dict[str, str]) -> list[Comparison]:
    """A poll's sample size, stations and margin as other sources printed them (further rows of polls/ with other
    sources), against the poll's record (its first row): "244 тысячи" for 24,000 is a doubled digit."""
    rows = data.poll_printings
    if rows is None or len(rows) == len(data.polls):
        return []
    out = []
    record = data.polls
    for (e, poll), g in rows.groupby(["election", "poll"], sort=False):
        if len(g) < 2:
            continue
        first = g.iloc[0]
        others = record[(record["election"] == e) & (record["poll"] != poll)]
        for name in POLL_FIELDS:
            used = _poll_printed(first, name)
            if used is None:
                continue
            alts = [
                Alternative("pollster", p, f"the {r['pollster']} poll's {p.label()}")
                for r in row_dicts(others)
                if (p := _poll_printed(r, name)) is not None
            ]
            for r in row_dicts(g.iloc[1:]):
                mine = _poll_printed(r, name)
                if mine is None:
                    continue
                verdict = judge(mine, used, alts, count=name != "margin_of_error")
                if verdict.kind.value == "same":
                    continue
                out.append(
                    Comparison(
                        str(e),
                        "poll",
                        str(poll),
                        name,
                        "",
                        name,
                        _poll_where(r, mine, outlets),
                        _poll_where(first, used, outlets),
                        verdict,
                        "the poll's record (its first row in polls/)",
                    )
                )
    return out


def _poll_where(row: pd.Series | Mapping[str, Any], p: Printed, outlets: dict[str, str]) -> Where:
    src = str(row["source"])
    return Where(src, outlets.get(src, src), str(row[FILE]), int(cast(Any, row[LINE])), p.label())


# --- alternatives ----------------------------------------------------------------------------------------------------


Record = dict[str, Any]  # one results row: the columns Scope.COLUMNS keeps


class Scope:
    """One election's results rows grouped once, by position: each printing's alternatives look up their area and
    their line's other areas instead of filtering every row of the election (which made a station archive's copies
    quadratic, and each filter copied a frame). Plain records are made only for the areas and lines asked for: a
    dict per row of a hundred thousand stations held 140 MB for the two that a copy names."""

    COLUMNS = (
        "area", "line", "status", "as_of", "count", "count_scale", "count_decimals", "count_text", "percent",
        "percent_decimals", "percent_text", "seats",
    )  # fmt: skip

    def __init__(self, rows: pd.DataFrame) -> None:
        self.frame = rows[[c for c in self.COLUMNS if c in rows]]
        when = self.frame["as_of"].astype("str").fillna("") if "as_of" in self.frame else ""
        self._area_at = _Positions(self.frame["area"])
        timed = self.frame.assign(_when=when)
        times = timed.groupby(["status", "_when", "line"], dropna=False, observed=True, sort=False).indices
        self._time_at: dict[tuple[Any, str, Any], np.ndarray] = {
            cast(tuple[Any, str, Any], k): np.asarray(v) for k, v in times.items()
        }
        self._areas: dict[Any, list[Record]] = {}
        self._sorted: dict[tuple[tuple[Any, str, Any], str], _Sorted] = {}

    def _records(self, at: np.ndarray | None) -> list[Record]:
        if at is None or not len(at):
            return []
        return list(row_records(self.frame.iloc[np.sort(at)]).values())

    def area(self, area: Any) -> list[Record]:
        """The rows of one area, at every status and time, in file order."""
        if area not in self._areas:
            self._areas[area] = self._records(self._area_at.of(area))
        return self._areas[area]

    def line_at(self, status: Any, as_of: Any, line: Any, field_name: str) -> _Sorted:
        """The rows of one line at one status and time of day, in every area, sorted by `field_name`: ordered from
        the frame's columns, records made only for the rows a printing can match (a line of ten thousand stations
        is ten thousand dicts otherwise, for the two or three a copy's figure is near)."""
        at = (status, _time_key(as_of), line)
        if (at, field_name) not in self._sorted:
            found = self._time_at.get(at)
            positions = np.sort(found) if found is not None else np.zeros(0, dtype="int64")
            self._sorted[(at, field_name)] = _Sorted.of_frame(self.frame.iloc[positions], field_name)
        return self._sorted[(at, field_name)]


class _Positions:
    """The positions of each value of a column, found when asked: one stable sort of the column's codes, not a
    dict of an array per value (ten thousand stations' areas took a quarter of a second to group that way, for the
    few areas a copy names)."""

    def __init__(self, column: pd.Series) -> None:
        if isinstance(column.dtype, pd.CategoricalDtype):
            codes, self._values = column.cat.codes.to_numpy(), column.cat.categories
        else:
            codes, self._values = pd.factorize(column, use_na_sentinel=True)
        self._order = np.argsort(codes, kind="stable")  # each value's positions together, ascending within it
        self._bounds = np.searchsorted(codes[self._order], np.arange(-1, len(self._values) + 1))

    def of(self, value: Any) -> np.ndarray:
        """The positions holding `value` (a blank: the blank cells), ascending; empty when none does."""
        code = -1 if pd.isna(value) else int(self._values.get_indexer(pd.Index([value]))[0])
        if code == -1 and not pd.isna(value):
            return self._order[:0]
        return self._order[self._bounds[code + 1] : self._bounds[code + 2]]


def _time_key(as_of: Any) -> str:
    return "" if pd.isna(as_of) else str(as_of)


def _number(value: Any, default: float) -> float:
    return default if value is None or pd.isna(value) else float(value)


def _value_and_half(
    column: Callable[[str, float], np.ndarray], field_name: str, scaled: bool, n: int
) -> tuple[np.ndarray, np.ndarray]:
    """Each row's `field_name` and the half unit it was printed to; `column(name, default)` reads one column."""
    value = column(field_name, np.nan)
    if field_name == "count" and scaled:
        half = 0.5 * column("count_scale", 1.0) * np.power(10.0, -column("count_decimals", 0.0))
    elif field_name == "percent":
        half = 0.5 * np.power(10.0, -column("percent_decimals", 0.0))
    else:
        half = np.zeros(n)
    return value, half


class _Sorted:
    """Rows ordered by one field, with each row's matching slack, so the rows a printing can match are found by
    binary search (kzcheck.methods.printed.match: the same, a rounding within both half units, or a truncation
    within the printing's unit, its digits before a unit word included): a superset, so no verdict changes."""

    def __init__(self, value: np.ndarray, half: np.ndarray, rows: Callable[[list[int]], list[Record]]) -> None:
        """`value` and `half` per row, in the rows' order; `rows(positions)` makes the records at those positions."""
        self._order(value, half)
        self.size = len(value)
        self._rows = rows

    @classmethod
    def of_records(cls, rows: list[Record], field_name: str) -> _Sorted:
        """Records already made (one area's rows at one time)."""

        def column(name: str, default: float) -> np.ndarray:
            return np.array([_number(r.get(name), default) for r in rows], dtype="float64")

        scaled = bool(rows) and "count_scale" in rows[0]
        return cls(*_value_and_half(column, field_name, scaled, len(rows)), lambda chosen: [rows[i] for i in chosen])

    @classmethod
    def of_frame(cls, frame: pd.DataFrame, field_name: str) -> _Sorted:
        """The same from a frame's columns: a record is made only for a row `near` returns."""

        def column(name: str, default: float) -> np.ndarray:
            if name not in frame:
                return np.full(len(frame), default)
            value = frame[name].to_numpy(dtype="float64", na_value=np.nan)
            return np.where(np.isnan(value), default, value)

        scaled = bool(len(frame)) and "count_scale" in frame
        return cls(
            *_value_and_half(column, field_name, scaled, len(frame)),
            lambda chosen: list(row_records(frame.iloc[chosen]).values()) if chosen else [],
        )

    def _order(self, value: np.ndarray, half: np.ndarray) -> None:
        keep = ~np.isnan(value)
        order = np.argsort(value[keep], kind="stable")
        self.position = np.flatnonzero(keep)[order]  # positions in the rows, by value
        self.value = value[keep][order]
        self.slack = 1e-6 * np.maximum(1.0, np.abs(self.value)) + half[keep][order]
        self.widest = float(self.slack.max()) if len(order) else 0.0

    def near(self, printings: list[Printed] | None) -> list[Record]:
        """The rows some printing in `printings` can match, in the rows' own order (every row when None)."""
        if not self.size:
            return []
        if printings is None:
            return self._rows(list(range(self.size)))
        hits: list[np.ndarray] = []
        for p in printings:
            for x in {p.value, p.mantissa}:
                lo = np.searchsorted(self.value, x - p.unit - self.widest, side="left")
                hi = np.searchsorted(self.value, x + p.unit + self.widest, side="right")
                window = slice(int(lo), int(hi))
                ok = np.abs(self.value[window] - x) <= p.unit + self.slack[window]
                hits.append(self.position[window][ok])
        chosen: list[int] = np.unique(np.concatenate(hits)).tolist() if hits else []
        return self._rows(chosen)


def alternatives(
    scope: Scope, election: Election, row: Mapping[str, Any], field_name: str, near: list[Printed] | None = None
) -> list[Alternative]:
    """Figures in the data that a misprinted `field_name` of `row` may really be (most specific first). With `near`
    (the printings to be judged), other areas' figures that none of them can match are left out before any is
    built: a station's copy is not compared figure by figure with ten thousand other stations."""
    area, line, status, as_of = (row["area"], row["line"], row["status"], row["as_of"])
    alts: list[Alternative] = []
    when = _time_key(as_of)
    mine = scope.area(area)
    for r in mine:
        if r["line"] != line or (r["status"] == status and _time_key(r["as_of"]) == when):
            continue
        p = printed(r, field_name)
        if p is not None:
            alts.append(Alternative("time", p, f"the figure of {_when(str(r['status']), r['as_of'])} {p.label()}"))
    if field_name == "percent":
        alts += _bases(mine, election, str(line), str(status), as_of)
        alts += _complements([r for r in mine if r["status"] == status], election, str(line))
    for r in scope.line_at(status, as_of, line, field_name).near(near):
        if r["area"] == area:
            continue
        p = printed(r, field_name)
        if p is not None:
            alts.append(Alternative("area", p, f"{r['area']}'s figure {p.label()}"))
    same_time = [r for r in mine if r["status"] == status and _time_key(r["as_of"]) == when and r["line"] != line]
    for r in _Sorted.of_records(same_time, field_name).near(near):
        p = printed(r, field_name)
        if p is not None and (field_name != "percent" or p.decimals >= 1):
            alts.append(Alternative("figure", p, f"the {r['line']} figure {p.label()}"))
    return alts


def _bases(area_rows: list[Record], election: Election, line: str, status: str, as_of: object) -> list[Alternative]:
    """The line's percentage over other bases, and other lines over the line's own base: every ratio of two counts
    printed for the area, at any status (52.90 = valid votes over registered voters, printed as turnout)."""
    by_line: dict[str, list[tuple[str, float]]] = {}
    for r in area_rows:
        if pd.isna(r["count"]) or _number(r.get("count_scale"), 1.0) != 1.0:
            continue
        by_line.setdefault(str(r["line"]), []).append((_when(str(r["status"]), r["as_of"]), float(r["count"])))
    options = [o.id for o in election.options]
    two_way = {}
    for when in {w for v in by_line.values() for w, _ in v}:
        got = [dict(by_line.get(o, [])).get(when) for o in options]
        if all(x is not None for x in got) and sum(got) > 0:  # type: ignore[arg-type]
            two_way[when] = float(sum(got))  # type: ignore[arg-type]
    own = election.line(line)
    own_base = own.percent_of if own is not None else None
    alts = []
    for num, nvals in by_line.items():
        for den, dvals in by_line.items():
            if num == den:
                continue
            for nwhen, n in nvals:
                for dwhen, d in dvals:
                    if d <= 0 or n > d:
                        continue
                    if num == line and den == own_base and nwhen == dwhen:
                        continue  # the figure itself
                    if num != line and den != own_base:
                        continue
                    label = f"{num} over {den} ({nwhen}" + (f", {dwhen})" if dwhen != nwhen else ")")
                    alts.append(Alternative("base", exact(n / d * 100), f"{label} = {n / d * 100:.2f}"))
    for when, total in two_way.items():
        if line in options:
            votes = dict(by_line.get(line, [])).get(when)
            if votes is not None:
                alts.append(Alternative("base", exact(votes / total * 100), f"{line} over the options' sum ({when})"))
    return alts


def _complements(rows: list[Record], election: Election, line: str) -> list[Alternative]:
    """100 minus the other options' printed percentages: right only when the base is the options' sum."""
    options = [o.id for o in election.options]
    if line not in options:
        return []
    wanted = {o for o in options if o != line}
    first: dict[Any, Record] = {}  # each other option's first printed percentage, in file order
    for r in rows:
        if r["line"] in wanted and not pd.isna(r["percent"]):
            first.setdefault(r["line"], r)
    if not first or len(first) != len(options) - 1:
        return []
    total = float(sum(float(r["percent"]) for r in first.values()))
    shown = " − ".join(str(r["percent_text"]) for r in first.values())
    return [Alternative("complement", exact(100 - total), f"100 − {shown} = {100 - total:.2f}")]


# --- lists ------------------------------------------------------------------------------------------------------------


def _lists(rows: pd.DataFrame, data: LoadedData, outlets: dict[str, str]) -> list[ListObservation]:
    out: list[ListObservation] = []
    has = rows.assign(as_of=rows["as_of"].astype("str").fillna(""))
    keys = ["election", "status", "line", "as_of"]
    sources = has.groupby(keys, observed=True, sort=False)["source"].transform("nunique")
    has = has[sources.to_numpy() >= 2]  # a list is judged against another source's list of the same time
    for f in ("percent", "count"):
        given = has.dropna(subset=[f])
        for (e, status, line, as_of), g in given.groupby(["election", "status", "line", "as_of"], observed=True):
            if g["area"].nunique() < 3:
                continue
            by_source = {str(s): row_dicts(sg.sort_values(LINE)) for s, sg in g.groupby("source", observed=True)}
            used = data.results
            used = used[
                (used["election"] == e)
                & (used["status"] == status)
                & (used["line"] == line)
                & used["as_of"].astype("str").fillna("").eq(str(as_of))
            ]
            used_value = {str(r["area"]): printed(r, f) for r in row_dicts(used)}
            agreement = {
                src: sum(
                    1
                    for r in sg
                    if (p := printed(r, f)) is not None
                    and (u := used_value.get(str(r["area"]))) is not None
                    and match(p, u) == "same"
                )
                for src, sg in by_source.items()
            }
            for src, sg in by_source.items():
                listed = [(str(r["area"]), p) for r in sg if (p := printed(r, f)) is not None]
                rows_by_area = {str(r["area"]): r for r in sg}
                for other, og in by_source.items():
                    if other == src or len(og) < 3 or agreement[other] <= agreement[src]:
                        continue  # a list is shifted against the list the figures used come from, not the reverse
                    reference = [(str(r["area"]), p) for r in og if (p := printed(r, f)) is not None]
                    for s in shifted(dict(listed), reference):
                        first = rows_by_area[s.areas[0]]
                        o_rows = {str(r["area"]): r for r in og}
                        out.append(
                            ShiftedList(
                                str(e),
                                str(status),
                                str(line),
                                str(as_of),
                                f,
                                _where(first, f, outlets),
                                _where(o_rows[s.areas[0]], f, outlets),
                                rows=[int(rows_by_area[a][LINE]) for a in s.areas],
                                outlet=outlets.get(src, src),
                                against=outlets.get(other, other),
                                areas=list(s.areas),
                                direction=s.direction,
                            )
                        )
                for a, b in repeated(listed):
                    ra, rb = rows_by_area[a], rows_by_area[b]
                    pa, pb = printed(ra, f), printed(rb, f)
                    ua, ub = used_value.get(a), used_value.get(b)
                    contradicted = any(
                        u is not None and p is not None and match(p, u) is None for p, u in ((pa, ua), (pb, ub))
                    )
                    if not contradicted:
                        continue  # one list, two equal values: chance as often as a slip, and nothing settles it
                    out.append(
                        RepeatedValue(
                            str(e),
                            str(status),
                            str(line),
                            str(as_of),
                            f,
                            _where(rb, f, outlets),
                            _where(ra, f, outlets),
                            contradicted,
                            outlet=outlets.get(src, src),
                            areas=(a, b),
                            value=pa.label() if pa else "",
                            used={
                                area: u.label()
                                for area, p, u in ((a, pa, ua), (b, pb, ub))
                                if u is not None and p is not None and match(p, u) is None
                            },
                        )
                    )
    out += intraday_turnout(data, outlets)
    out += _above_final(data, outlets)
    out += _falling(rows, outlets)
    return out


def intraday_turnout(data: LoadedData, outlets: dict[str, str]) -> list[ListObservation]:
    """An intraday percentage printed with its count, against the count over the list at that time of day: the list
    printed at that time, else the latest printed before it (the start-of-day list). A percentage that instead fits
    the final list is said so (a final-list base for an intraday figure)."""
    r = data.results
    day = r[(r["status"] == "intraday") & r["as_of"].notna()]
    out: list[ListObservation] = []
    if day.empty:
        return out
    key = ["election", "line"]
    none = r.iloc[:0]
    day_of = {(str(e), str(ln)): g for (e, ln), g in day.groupby(key, observed=True, sort=False)}  # one pass, not
    final_of = {  # a filter of every row for each election and line
        (str(e), str(ln)): g for (e, ln), g in r[r["status"] == "final"].groupby(key, observed=True, sort=False)
    }
    for eid, election in data.elections.items():
        for ln in election.lines:
            if not ln.percent_of:
                continue
            mine = day_of.get((eid, ln.id), none).dropna(subset=["count", "percent"])
            lists = day_of.get((eid, ln.percent_of), none).dropna(subset=["count"])
            finals = final_of.get((eid, ln.percent_of), none)
            if mine.empty or lists.empty:
                continue
            by_area: dict[str, list[dict[str, Any]]] = {}
            for lr in row_dicts(lists.sort_values("as_of")):
                by_area.setdefault(str(lr["area"]), []).append(lr)
            for row in row_dicts(mine):
                here = [lr for lr in by_area.get(str(row["area"]), []) if str(lr["as_of"]) <= str(row["as_of"])]
                if not here:
                    continue
                base = here[-1]
                p = printed(row, "percent")
                assert p is not None
                exact_share = float(row["count"]) / float(base["count"]) * 100
                if match(p, exact(exact_share)) in ("same", "rounding"):
                    continue
                final = finals[finals["area"] == row["area"]].dropna(subset=["count"])
                final_count = final_share = None
                if len(final):
                    on_final = float(row["count"]) / float(final.iloc[0]["count"]) * 100
                    if match(p, exact(on_final)) in ("same", "rounding"):
                        final_count, final_share = float(final.iloc[0]["count"]), on_final
                out.append(
                    TurnoutOffList(
                        str(eid),
                        "intraday",
                        ln.id,
                        str(row["as_of"]),
                        "percent",
                        _where(row, "percent", outlets),
                        _where(base, "count", outlets),
                        area=str(row["area"]),
                        percent=p.label(),
                        count=float(row["count"]),
                        list_count=float(base["count"]),
                        list_as_of=str(base["as_of"]),
                        share=exact_share,
                        final_count=final_count,
                        final_share=final_share,
                    )
                )
    return out


def _above_final(data: LoadedData, outlets: dict[str, str]) -> list[ListObservation]:
    """An intraday count above the same area's final (or preliminary) count of the same line: a day's count cannot
    exceed the end result. Percentages are not compared across times: the list moves during the day."""
    r = data.results
    key = ["election", "area", "line"]
    day = r[(r["status"] == "intraday") & r["count"].notna()]
    if day.empty:
        return []
    end = r[r["status"].isin(NEWEST_FIRST) & r["as_of"].isna()]
    end = end.assign(_rank=(end["status"] == "preliminary").astype(int)).sort_values("_rank", kind="stable")
    end = end.drop_duplicates(key)  # the final where published, else the preliminary
    flat = lambda f: f.assign(**{c: f[c].astype("str") for c in key})  # noqa: E731
    both = flat(day.reset_index()).merge(flat(end.reset_index()), on=key, suffixes=("", "_end"))
    above = both[both["count_end"].notna() & (both["count"] > both["count_end"])]
    out: list[ListObservation] = []
    for _, b in above.iterrows():
        d, last = r.loc[b["index"]], r.loc[b["index_end"]]
        out.append(
            AboveFinal(
                str(d["election"]),
                "intraday",
                str(d["line"]),
                str(d["as_of"]),
                "count",
                _where(d, "count", outlets),
                _where(last, "count", outlets),
                area=str(d["area"]),
                count=float(d["count"]),
                end_status=str(last["status"]),
                end_count=float(last["count"]),
            )
        )
    return out


def _falling(rows: pd.DataFrame, outlets: dict[str, str]) -> list[ListObservation]:
    """A source's own intraday series of an area's line that falls (each source on its own: one outlet's 20:00 and
    another's 22:00 are the consensus series, which intraday.monotonic checks). Vectorised: sorted rows against the
    row before them."""
    day = rows[(rows["status"] == "intraday") & rows["as_of"].notna()]
    key = ["election", "source", "area", "line"]
    if day.empty:
        return []
    flat = day.assign(**{c: day[c].astype("str") for c in key}, as_of=day["as_of"].astype("str"))
    flat = flat.sort_values([*key, "as_of"], kind="stable")
    out: list[ListObservation] = []
    for f, decimals in (("count", None), ("percent", "percent_decimals")):
        g = flat.dropna(subset=[f])
        same = (g[key] == g[key].shift()).all(axis=1).to_numpy()
        value = g[f].to_numpy(dtype="float64")
        half = 0.5 * 10.0 ** -g[decimals].to_numpy("float64") if decimals else 0.0 * value
        prev_value = np.concatenate([[np.nan], value[:-1]])
        prev_half = np.concatenate([[0.0], half[:-1]])
        fell = same & (prev_value - value > prev_half + half + 1e-9)
        for i in np.flatnonzero(fell):
            r, prev = g.iloc[i], g.iloc[i - 1]
            p, q = printed(r, f), printed(prev, f)
            assert p is not None and q is not None
            out.append(
                FallingSeries(
                    str(r["election"]),
                    "intraday",
                    str(r["line"]),
                    str(r["as_of"]),
                    f,
                    _where(r, f, outlets),
                    _where(prev, f, outlets),
                    outlet=str(outlets.get(str(r["source"]), r["source"])),
                    area=str(r["area"]),
                    before=q.label(),
                    before_at=str(prev["as_of"]),
                    after=p.label(),
                    after_at=str(r["as_of"]),
                )
            )
    return out


def records(table: PrintingTable) -> list[OfficialPrinting]:
    """Every comparison as a typed record: both printings, the verdict, the figure used and why."""

    def at(w: Where) -> PrintedAt:
        return PrintedAt(w.source, w.outlet, w.file, w.row, w.text)

    return [
        OfficialPrinting(
            election=c.election,
            status=c.status,
            area=c.area,
            line=c.line,
            as_of=c.as_of or None,
            field=c.field,
            printing=at(c.printing),
            used=at(c.used),
            why=c.why_used,
            agreeing=[at(w) for w in c.agreeing],
            verdict=c.verdict.kind.value,
            detail=c.verdict.detail,
        )
        for c in table.comparisons
    ]
