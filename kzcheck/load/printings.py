"""Several sources may print one official figure (an area's line at a status and time of day): every printing is
kept, and the checks of official figures get one row per figure, the consensus (kzcheck.methods.consensus).

A figure's count, percentage and seats are chosen separately: a press report that printed only the percentage of a
line whose count the commission published leaves the count to the commission. The row kept is the authority's when
there is one (its file and line are where a finding about the figure points), otherwise the printing chosen first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import numpy as np
import pandas as pd

from kzcheck.load.table import FILE, LINE
from kzcheck.methods.consensus import Choice, choose
from kzcheck.methods.printed import Printed

FIGURE = ["election", "status", "origin", "area", "line", "as_of"]  # one official figure
FIELDS = ("count", "percent", "seats")
AUTHORITY_KINDS = {"commission"}  # sources whose printing of an official figure is the authoritative one
KINDS = ("commission", "pollster", "press", "observers", "reference", "party", "candidate")


def source_kinds(sources: pd.DataFrame) -> pd.DataFrame:
    """source -> kind, relays, authority (the commission itself, or an outlet relaying the commission's release)."""
    cols = [c for c in ("source", "kind", "relays", "published_date") if c in sources.columns]
    meta = sources[cols].drop_duplicates("source").copy()
    for c in ("kind", "relays"):
        if c not in meta:
            meta[c] = pd.Series(np.nan, index=meta.index, dtype="str")
        meta[c] = meta[c].astype("str").str.strip().str.casefold()
    meta["authority"] = meta["kind"].isin(AUTHORITY_KINDS) | meta["relays"].isin(AUTHORITY_KINDS)
    return meta


def printed(row: pd.Series | Mapping[str, Any], field: str) -> Printed | None:
    """One field of a results row as a Printed figure, or None where the row leaves it blank."""
    value: Any = row[field]
    if pd.isna(value):
        return None
    if field == "percent":
        return Printed(float(value), int(cast(Any, row["percent_decimals"])), 1.0, str(row["percent_text"]))
    if field == "count":
        scale = float(cast(Any, row.get("count_scale", 1.0)) or 1.0)
        text = row.get("count_text")
        return Printed(
            float(value),
            int(cast(Any, row.get("count_decimals", 0)) or 0),
            scale,
            str(text) if isinstance(text, str) else f"{value:,.0f}",
            whole=True,
        )
    return Printed(float(value), 0, 1.0, f"{value:.0f}", whole=True)


def packed_key(frame: pd.DataFrame, columns: list[str]) -> np.ndarray | None:
    """Each row's values of `columns` as one integer, equal exactly where the values are (a blank is one value, as
    `duplicated` has it): each column's codes (a categorical's own, one `factorize` of the printed values of any
    other) packed together. None when the combinations do not fit in one integer."""
    key = np.zeros(len(frame), dtype=np.int64)
    span = 1
    for c in columns:
        s = frame[c]
        if isinstance(s.dtype, pd.CategoricalDtype):
            codes = s.cat.codes.to_numpy()
        else:  # only the printed values are hashed: a blank column (as_of in most archives) costs no hash table
            given = s.notna().to_numpy()
            codes = np.full(len(s), -1, dtype=np.int64)
            codes[given] = pd.factorize(s[given])[0]
        size = int(codes.max(initial=-1)) + 2  # -1 (blank) up to the largest code
        span *= size
        if span >= 2**62:
            return None
        key = key * size + (codes.astype(np.int64) + 1)
    return key


def any_repeated(frame: pd.DataFrame, columns: list[str]) -> bool:
    """`frame.duplicated(subset=columns).any()` on the packed key, sorted in place: the hashing `duplicated` does on
    six columns of a million rows took 95 MB at once."""
    key = packed_key(frame, columns)
    if key is None:  # too many combinations for one integer: the frame's own test
        return bool(frame.duplicated(subset=columns).any())
    key.sort()  # neighbours equal where a figure repeats, and no hash table of a million keys
    return bool((key[1:] == key[:-1]).any())


def repeated_rows(frame: pd.DataFrame, columns: list[str]) -> pd.Series:
    """`frame.duplicated(subset=columns, keep=False)`, every row whose figure another row prints too, on the packed
    key: one integer per row hashed, not six columns (a sixth of a second on a station archive)."""
    key = packed_key(frame, columns)
    if key is None:
        return frame.duplicated(subset=columns, keep=False)
    return pd.Series(key, index=frame.index).duplicated(keep=False)


def figure_ids(frame: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """Each row's figure as 0, 1, 2, … in order of first appearance, one id per distinct combination of `columns`
    (blanks one value): factorized on the packed key, not on the columns turned to text (0.4 s on the copies of a
    station archive)."""
    key = packed_key(frame, columns)
    if key is None:
        keys = [frame[c].astype("str").fillna("") for c in columns]
        return np.asarray(pd.MultiIndex.from_arrays(keys).factorize()[0], dtype=np.int64)
    return np.asarray(pd.factorize(key)[0], dtype=np.int64)


def row_dicts(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows as plain dicts, in order: what a loop over a few rows reads, without building a Series per row.

    The same dicts as `rows.to_dict("records")` (Python scalars, numpy's boxed in object columns too), made a column
    at a time: pandas' own boxes value by value, three to four times slower, and the analyses call it on many small
    frames."""
    if rows.columns.has_duplicates or not len(rows.columns):
        return cast(list[dict[str, Any]], rows.to_dict("records"))
    columns = list(rows.columns)
    values = [_boxed(rows[c]) for c in columns]
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]


def _boxed(column: pd.Series) -> list[Any]:
    """A column's values as `to_dict` gives them: `tolist` already makes Python scalars of a numpy column; an object
    or extension column (category, string, nullable) may still hold numpy scalars and NA, which it boxes one by one."""
    out = column.tolist()
    if column.dtype == object or isinstance(column.dtype, pd.api.extensions.ExtensionDtype):
        out = [None if v is pd.NA else _scalar(v) if isinstance(v, np.generic) else v for v in out]
    return out


def _scalar(value: np.generic) -> Any:
    """A numpy scalar as `to_dict` gives it: a Python number or bool, a Timestamp or Timedelta for a date or span."""
    if isinstance(value, np.datetime64):
        return pd.Timestamp(value)
    if isinstance(value, np.timedelta64):
        return pd.Timedelta(value)
    return value.item()


def row_records(rows: pd.DataFrame) -> dict[int, dict[str, Any]]:
    """Each row as a plain dict under its label: what `printed` and the choice read, without a Series per row."""
    columns = list(rows.columns)
    arrays = [rows[c].to_numpy() for c in columns]
    return {
        int(i): dict(zip(columns, values, strict=True))
        for i, values in zip(rows.index, zip(*arrays, strict=True), strict=True)
    }


def choose_field(
    recs: Mapping[int, Mapping[str, Any]], field: str, authority: Mapping[int, bool]
) -> tuple[list[int], Choice] | None:
    """The printings of one field of one figure (row labels, in order) and which to use; None when no row prints it.
    `recs`: the figure's rows as `row_records`; `authority`: whether each row's source is the commission."""
    given = [i for i, r in recs.items() if not pd.isna(r[field])]
    if not given:
        return None
    values = [p for i in given if (p := printed(recs[i], field)) is not None]
    order = [(_date(recs[i]["published_date"]), str(recs[i][FILE]), int(cast(Any, recs[i][LINE]))) for i in given]
    choice = choose(values, authority=[bool(authority[i]) for i in given], order=order, authority_name="the commission")
    return given, choice


def _date(value: Any) -> float:
    return float("inf") if value is None or bool(pd.isna(value)) else pd.Timestamp(value).timestamp()


def with_sources(printings: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The printings with their source's kind, authority and publication date (unknown sources: no authority)."""
    meta = source_kinds(sources)
    out = printings.copy()
    src = out["source"].astype("str")
    for c in ("kind", "relays", "published_date"):
        out[f"source_{c}" if c != "published_date" else c] = (
            src.map(meta.set_index("source")[c]) if len(meta) else np.nan
        )
    out["authority"] = src.map(meta.set_index("source")["authority"]).fillna(False).astype(bool) if len(meta) else False
    return out


def one_per_figure(printings: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """One row per figure. Figures printed once (nearly all) pass through untouched; for the others the kept row
    carries the consensus of each field."""
    if printings.empty:
        return printings
    twice = repeated_rows(printings, FIGURE)
    if not twice.any():  # the common case, a million-row archive included: one hashing pass
        return printings
    keys = [printings[c].astype("str").fillna("") for c in FIGURE]
    gid = pd.Series(pd.MultiIndex.from_arrays(keys).factorize()[0], index=printings.index)
    size = gid.map(gid.value_counts())
    if (size == 1).all():
        return printings
    rich = with_sources(printings[size > 1], sources)
    keep = size == 1
    out = printings.copy()
    for _, rows in rich.groupby(gid[size > 1], sort=False):
        base = _base(rows)
        keep[base] = True
        recs = row_records(rows)
        authority = {i: bool(r["authority"]) for i, r in recs.items()}
        for field in FIELDS:
            chosen = choose_field(recs, field, authority)
            if chosen is None:
                continue
            given, choice = chosen
            src = given[choice.index]
            for col in _columns(field, out):
                out.at[base, col] = cast(Any, rows.at[src, col])
    return out[keep.to_numpy()]


def _base(rows: pd.DataFrame) -> int:
    """The row a figure's findings point to: the authority's (the fullest, then the first), else the first row."""
    ranked = rows.assign(_filled=rows[list(FIELDS)].notna().sum(axis=1))
    ranked = ranked.sort_values(["authority", "_filled", LINE], ascending=[False, False, True], kind="stable")
    return int(ranked.index[0])


def _columns(field: str, frame: pd.DataFrame) -> list[str]:
    extra = {"count": ("count_text", "count_scale", "count_decimals"), "percent": ("percent_text", "percent_decimals")}
    return [c for c in (field, *extra.get(field, ())) if c in frame.columns]
