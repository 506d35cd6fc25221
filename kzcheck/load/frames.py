"""Build the frames every check reads from a discovered data folder: sources, polls, figures, results, areas."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kzcheck.load.dataset import DataSet, display_path
from kzcheck.load.defects import TOO_MANY_POLLS
from kzcheck.load.election import Election, fold
from kzcheck.load.limits import active
from kzcheck.load.pollsters import FAMILIES, POLLSTERS, registry_of, resolve_polls
from kzcheck.load.printings import one_per_figure
from kzcheck.load.table import FILE, LINE, TableSpec, parse_numbers, read_table
from kzcheck.methods.printed import split_unit
from kzcheck.methods.rounding import decimals_of, parse_number
from kzcheck.model.findings import Finding
from kzcheck.model.stages import OFFICIAL as OFFICIAL  # the authoritative origin, named where the stages are

SOURCES = TableSpec(
    "sources", ("source", "outlet", "url", "published"), ("kind", "relays", "language", "note"), key=("source",)
)
POLLS = TableSpec(
    "polls",
    ("poll", "pollster", "scope", "sample_size", "source"),
    (
        "pollster_id",
        "method",
        "kind",
        "fieldwork",
        "sample_size_note",
        "polling_stations",
        "margin_of_error",
        "margin_confidence",
        "design_effect",
        "paid_by",
        "turnout_estimate",
        "published",
        "share_base",
    ),
    key=("poll", "source"),  # a poll's method facts as another source printed them are another row (a printing)
)
FIGURES = TableSpec("figures", ("poll", "source", "option", "share"), key=("poll", "source", "option"))
RESULTS = TableSpec(  # any number of sources may print one figure; one source printing it twice differently may not
    "results",
    ("area", "line", "count", "percent", "source"),
    ("seats", "as_of", "note"),
    key=("area", "line", "as_of", "source"),
)
AREAS = TableSpec("areas", ("area", "parent", "level"), ("name_en", "name_kk", "name_ru"), key=("area",))
ACKNOWLEDGED = TableSpec(
    "acknowledged", ("check", "election", "subject", "reason"), ("source",), key=("check", "election", "subject")
)

UNDECIDED = "undecided"  # a pre-election poll's "don't know" line: not an option, but a known line


@dataclass
class LoadedData:
    """Everything a run reads, as frames. Text columns keep the printing; `*_decimals` the precision printed."""

    dataset: DataSet
    elections: dict[str, Election]
    sources: pd.DataFrame
    polls: pd.DataFrame
    figures: pd.DataFrame
    results: pd.DataFrame
    areas: pd.DataFrame
    acknowledged: pd.DataFrame
    findings: list[Finding] = field(default_factory=list)  # input defects met while loading
    pollsters: pd.DataFrame | None = None  # the pollster registry; None when the data folder has no pollsters.csv
    families: pd.DataFrame | None = None  # option families across votes; None when there is no families.csv
    printings: pd.DataFrame | None = None  # every printing of every official figure; `results` keeps one per figure
    poll_printings: pd.DataFrame | None = None  # every row of polls/ (a poll's facts as each source printed them)


def _empty(spec: TableSpec, extra: tuple[str, ...] = ()) -> pd.DataFrame:
    cols = ("election", *spec.columns, *extra, FILE, LINE)
    return pd.DataFrame({c: pd.Series(dtype="str") for c in cols})


Reader = Callable[[Path, str, TableSpec, "str | None"], tuple[pd.DataFrame, list[Finding]]]
"""What reads one table file: `read_table`, or a cache around it (`kzcheck watch` re-reads only what changed)."""


def _read(
    path, spec: TableSpec, findings: list[Finding], election: str | None = None, reader: Reader = read_table
) -> pd.DataFrame:
    frame, found = reader(path, display_path(path), spec, election)
    findings.extend(found)
    return frame


def _within_poll_limit(frame: pd.DataFrame, path: Path, election: str) -> None:
    """`input.too-many-polls` when a figures or polls file names more distinct polls than the polls limit allows."""
    limit = active().polls
    if limit is None or len(frame) <= limit or "poll" not in frame:
        return
    count = int(frame["poll"].nunique(dropna=True))
    if count > limit:
        raise TOO_MANY_POLLS.error(file=display_path(path), count=count, election=election, limit=limit)


def resolve_names(names: pd.Series, election: Election, extra: dict[str, str] | None = None) -> pd.Series:
    """Printed names -> canonical ids through the election's aliases; unknown names stay as printed."""
    amap = election.alias_map()
    if extra:
        amap.update(extra)
    uniques = names.dropna().unique()
    lookup = {u: amap.get(fold(u), u) for u in uniques}
    return names.map(lookup).astype("str")  # a column of blanks stays text, not float


def _per_part(values: list[str], sizes: list[int]) -> pd.Categorical:
    """A column holding one value per part (`values`, of `sizes` rows each), as the categorical `astype("category")`
    gives, without hashing each row (a million-row archive spends most of a second on that)."""
    categories = pd.Index(sorted(set(values)), dtype="str")
    codes = np.repeat(categories.get_indexer(pd.Index(values, dtype="str")), sizes)
    return pd.Categorical.from_codes(codes, categories=categories).remove_unused_categories()


BY_COLUMN = 1 << 16  # rows from which the results files are stacked a column at a time (a concat per column costs
# a few milliseconds more than one of the frames, which a watched save of a small folder would pay every time)


def _stacked(parts: list[pd.DataFrame], per_file: tuple[str, ...]) -> pd.DataFrame:
    """`pd.concat(parts, ignore_index=True)`, with the `per_file` columns (one value per file) coded per file,
    never stacked row by row (a station archive's million-row column of one file name is eight megabytes of
    pointers); from BY_COLUMN rows on, each column is dropped from the parts once stacked, so that the rows'
    pointers are not held twice at the load's peak. The parts are emptied."""
    columns = list(parts[0].columns)
    order = list(dict.fromkeys(c for p in parts for c in p.columns))  # as concat orders them
    values = {c: _first_values(parts, c) for c in per_file}
    sizes = [len(p) for p in parts]
    if sum(sizes) < BY_COLUMN or any(list(p.columns) != columns for p in parts):  # the frame's own concat
        stacked = pd.concat([p.drop(columns=list(per_file)) for p in parts], ignore_index=True)
    else:
        stacked_columns: dict[str, pd.Series] = {}
        for c in columns:
            if c not in per_file:
                stacked_columns[c] = pd.concat([p[c] for p in parts], ignore_index=True)
            for p in parts:
                del p[c]  # its rows are in the stacked column now (or coded per file)
        # the stacked columns are new already: a frame of Series copies each by default
        stacked = pd.DataFrame(stacked_columns, copy=False)
    parts.clear()
    for c in per_file:
        stacked[c] = _per_part(values[c], sizes)
    return stacked[order]


def _first_values(parts: list[pd.DataFrame], column: str) -> list[str]:
    return [str(p[column].iloc[0]) if len(p) else "" for p in parts]


def load(dataset: DataSet, reader: Reader | None = None) -> LoadedData:
    """Every table of the data set as frames. `reader` reads one file (default `read_table`); it must return a frame
    and findings of the caller's own, which `load` may change."""
    findings: list[Finding] = []
    read = reader or read_table
    elections = {eid: ef.election for eid, ef in dataset.elections.items()}

    sources = _read(dataset.sources, SOURCES, findings, reader=read) if dataset.sources else _empty(SOURCES)
    if "published" in sources:
        sources["published_date"] = pd.to_datetime(sources["published"], errors="coerce", format="ISO8601")

    polls_parts, figure_parts, result_parts = [], [], []
    for eid, ef in dataset.elections.items():
        e = ef.election
        if ef.polls:
            p = _read(ef.polls, POLLS, findings, eid, read)
            _within_poll_limit(p, ef.polls, eid)
            p.insert(0, "election", eid)
            polls_parts.append(p)
        if ef.figures:
            f = _read(ef.figures, FIGURES, findings, eid, read)
            _within_poll_limit(f, ef.figures, eid)
            f.insert(0, "election", eid)
            f["option_printed"] = f["option"]
            f["option"] = resolve_names(f["option"], e, {fold(UNDECIDED): UNDECIDED})
            figure_parts.append(f)
        for origin, statuses in ((OFFICIAL, ef.results), *((o, {"copy": p}) for o, p in ef.protocols.items())):
            for status, path in statuses.items():
                r = _read(path, RESULTS, findings, eid, read)
                r.insert(0, "election", eid)
                r.insert(1, "status", status)
                r.insert(2, "origin", origin)
                r["line_printed"] = r["line"]
                r["line"] = resolve_names(r["line"], e)
                result_parts.append(r)

    polls = pd.concat(polls_parts, ignore_index=True) if polls_parts else _empty(POLLS)
    polls["sample_size_text"] = polls["sample_size"]
    sized = counts_with_units(polls, "sample_size")
    polls["sample_size"] = polls["sample_size"].mask(sized.notna())
    for col, integer in (
        ("sample_size", True),
        ("polling_stations", True),
        ("turnout_estimate", False),
        ("margin_confidence", False),
        ("design_effect", False),
        ("margin_of_error", False),
    ):  # margin last: its decimals are kept below
        polls[col], decimals, found = parse_numbers(polls, col, integer=integer)
        findings += found
    polls["margin_of_error_decimals"] = decimals if len(polls) else pd.Series(dtype="int64")
    polls["sample_size_scale"], polls["sample_size_decimals"] = 1.0, 0
    for idx, (value, digits, scale) in sized.dropna().items():
        polls.at[idx, "sample_size"], polls.at[idx, "sample_size_decimals"] = value, digits
        polls.at[idx, "sample_size_scale"] = scale
    poll_printings = polls
    polls = polls.drop_duplicates(["election", "poll"], keep="first")  # the poll's record: its first row

    figures = pd.concat(figure_parts, ignore_index=True) if figure_parts else _empty(FIGURES, ("option_printed",))
    figures["share_text"] = figures["share"]
    figures["share"], figures["share_decimals"], found = parse_numbers(figures, "share")
    figures["share_half"] = 0.5 * np.power(10.0, -figures["share_decimals"].astype("float64"))
    figures["share_parsed"] = figures["share"].notna() | figures["share_text"].isna()
    findings += found

    per_file = ("election", "status", "origin", FILE)  # one value per file: coded per file, not per row
    if result_parts:
        results = _stacked(result_parts, per_file)
    else:
        results = _empty(RESULTS, ("status", "origin", "line_printed"))
        for col in per_file:
            results[col] = results[col].astype("category")
    results["percent_text"] = results["percent"]
    results["count_text"] = results["count"]
    scaled = counts_with_units(results)
    results["count"], _, found = parse_numbers(
        results.assign(count=results["count"].mask(scaled.notna())), "count", integer=True
    )
    findings += found
    results["count_scale"], results["count_decimals"] = 1.0, 0
    for idx, (value, decimals, scale) in scaled.dropna().items():
        results.at[idx, "count"], results.at[idx, "count_decimals"], results.at[idx, "count_scale"] = (
            value,
            decimals,
            scale,
        )
    results["percent"], results["percent_decimals"], found = parse_numbers(results, "percent")
    findings += found
    results["seats"], _, found = parse_numbers(results, "seats", integer=True)
    findings += found
    for col in ("area", "line", "source"):
        results[col] = results[col].astype("category")

    area_parts = []
    for set_id, path in dataset.areas.items():
        a = _read(path, AREAS, findings, reader=read)
        a.insert(0, "areas", set_id)
        area_parts.append(a)
    areas = pd.concat(area_parts, ignore_index=True) if area_parts else _empty(AREAS, ("areas",))

    acknowledged = (
        _read(dataset.acknowledged, ACKNOWLEDGED, findings, reader=read)
        if dataset.acknowledged
        else _empty(ACKNOWLEDGED)
    )
    pollsters = _read(dataset.pollsters, POLLSTERS, findings, reader=read) if dataset.pollsters else None
    families = _read(dataset.families, FAMILIES, findings, reader=read) if dataset.families else None
    polls = resolve_polls(polls, registry_of(pollsters))
    chosen = one_per_figure(results, sources)
    return LoadedData(
        dataset,
        elections,
        sources,
        polls,
        figures,
        chosen,
        areas,
        acknowledged,
        findings,
        pollsters,
        families,
        results,
        poll_printings,
    )


def counts_with_units(frame: pd.DataFrame, column: str = "count") -> pd.Series:
    """Counts printed with a unit word ("5.5 million", "206 тысяч"): (value, decimals, scale) per such row, else NaN.
    The value is the printed number times the unit; decimals and scale say the precision it was printed at."""
    text = frame[column].astype("str")
    worded = text.str.contains(r"[^\W\d_]", regex=True, na=False)
    found: dict[Any, tuple[float, int, float]] = {}
    for idx, cell in text[worded].items():
        split = split_unit(str(cell))
        if split is None:
            continue  # reported as not a number by parse_numbers
        number, scale = split
        try:
            value = parse_number(number)
        except ValueError:
            continue
        found[idx] = (value * scale, decimals_of(number) if scale != 1 else 0, scale)
    return pd.Series(found, index=frame.index, dtype="object")
