"""Entries → rows of the data folder, in the folder's own format, appended atomically; never a row overwritten.

The one module that knows where each kind of figure is filed:
- a poll's share → `figures/<election>.csv` (poll, source, option, share as printed);
- a poll's sample size, stations, margin, turnout estimate → a new `polls/<election>.csv` row when the data has no
  poll of that pollster (an existing poll row is never changed: a differing figure is reported, not written);
- an official count, percentage, seats or turnout printed by the press → `protocols/<election>.<source>.csv`, the
  press copy of the protocol (compared line by line with the official figures);
- the article itself → a `sources.csv` row when it is a new source.
A row already in the data (same key) refuses the whole write: nothing is written.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kzcheck.extract.data import ElectionData, display_path, read_text
from kzcheck.extract.model import (
    CONFIDENT,
    COUNT,
    MARGIN,
    OFFICIAL,
    PERCENT,
    POLL,
    SAMPLE,
    SEATS,
    SHARE,
    STATIONS,
    TURNOUT,
    Entry,
    Extraction,
)
from kzcheck.extract.words import EXIT_POLL
from kzcheck.model.errors import InputError

FIGURE_COLUMNS = ("poll", "source", "option", "share")
POLL_COLUMNS = (
    "poll", "pollster", "pollster_id", "method", "kind", "fieldwork", "scope", "sample_size", "sample_size_note",
    "polling_stations", "margin_of_error", "paid_by", "turnout_estimate", "source",
)  # fmt: skip
RESULT_COLUMNS = ("area", "line", "count", "percent", "seats", "as_of", "source")
SOURCE_COLUMNS = ("source", "outlet", "url", "published", "language", "note")
POLL_FACTS = {
    SAMPLE: "sample_size",
    STATIONS: "polling_stations",
    MARGIN: "margin_of_error",
    TURNOUT: "turnout_estimate",
}
KEYS = {"figures": ("poll", "source", "option"), "polls": ("poll",), "protocols": ("area", "line", "as_of"),
        "sources": ("source",)}  # fmt: skip
ORDER = ("sources", "polls", "figures", "protocols")  # a later file's rows refer to an earlier one's


@dataclass
class Source:
    """The article's source: an id already in sources.csv, or a new row for it."""

    id: str
    row: dict[str, str] | None = None


@dataclass
class Row:
    table: str
    path: Path
    values: dict[str, str]
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Plan:
    rows: list[Row] = field(default_factory=list)
    not_written: list[tuple[Entry, str]] = field(default_factory=list)

    def written(self, entry: Entry) -> Row | None:
        return next((r for r in self.rows if entry in r.entries), None)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "source"


def existing_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(read_text(path)))) if path.is_file() else []


def new_source(data: ElectionData, outlet: str, url: str, published: str, language: str) -> Source:
    """A sources.csv row for the article; the same URL already there is refused (pass its id with --source)."""
    path = data.root / "sources.csv"
    rows = existing_rows(path)
    for line, row in enumerate(rows, start=2):
        if (row.get("url") or "").strip() == url.strip():
            raise InputError(
                "extract.duplicate-source",
                f"this URL is already source {row.get('source')!r}",
                file=display_path(path),
                row=line,
                column="url",
                hint=f"use --source {row.get('source')} instead of --outlet/--url/--published",
            )
    base = f"{slug(outlet)}-{published[:10]}"
    taken = {r.get("source") for r in rows}
    ident, k = base, 2
    while ident in taken:
        ident, k = f"{base}-{k}", k + 1
    return Source(ident, {"source": ident, "outlet": outlet, "url": url, "published": published,
                          "language": language, "note": "figures read by kzcheck extract"})  # fmt: skip


def plan(extraction: Extraction, data: ElectionData, source: Source) -> Plan:
    """Which entry becomes which row, and why the others are not written."""
    e = data.election
    out = Plan()
    if source.row is not None:
        out.rows.append(Row("sources", data.root / "sources.csv", source.row))
    polls_path = data.root / "polls" / f"{e.id}.csv"
    figures_path = data.root / "figures" / f"{e.id}.csv"
    copy_path = data.root / "protocols" / f"{e.id}.{source.id}.csv"
    poll_rows = {r.get("poll"): (line, r) for line, r in enumerate(existing_rows(polls_path), start=2)}
    new_polls: dict[str, Row] = {}
    official: dict[tuple[str, str, str], Row] = {}
    exit_poll = bool(EXIT_POLL.search(extraction.text))
    for entry in extraction.entries:
        if entry.confidence != CONFIDENT:
            out.not_written.append((entry, f"{entry.confidence}: " + ("; ".join(entry.reasons) or "no speaker named")))
            continue
        if entry.number.qualifier:
            out.not_written.append(
                (
                    entry,
                    f"printed with a qualifier ({entry.number.qualifier_printed!r}), which a figure cell cannot hold",
                )
            )
            if entry.kind not in POLL_FACTS or entry.subject != POLL:
                continue
        if entry.subject == POLL:
            poll = entry.poll or _new_poll(entry, new_polls, poll_rows, polls_path, source, exit_poll, out)
            if entry.kind == SHARE:
                if not entry.number.qualifier:
                    _figure(out, figures_path, poll, source, entry)
            elif entry.kind in POLL_FACTS:
                _poll_fact(out, entry, poll, new_polls, poll_rows, polls_path)
            else:
                out.not_written.append((entry, f"a poll's {entry.kind} has no place in the data"))
        elif entry.subject == OFFICIAL:
            _official(out, official, copy_path, source, entry)
    return out


def _new_poll(
    entry: Entry,
    new_polls: dict[str, Row],
    poll_rows: dict[str | None, tuple[int, dict[str, str]]],
    path: Path,
    source: Source,
    exit_poll: bool,
    out: Plan,
) -> str:
    assert entry.pollster is not None
    for ident, row in new_polls.items():
        if row.values["pollster"] == entry.pollster:
            return ident
    base = slug(entry.pollster)
    ident, k = base, 2
    while ident in poll_rows or ident in new_polls:
        ident, k = f"{base}-{k}", k + 1
    values = dict.fromkeys(POLL_COLUMNS, "")
    registry = _registry_id(path.parent.parent / "pollsters.csv", entry.pollster, entry.pollster_printed)
    if registry:
        values["pollster_id"] = registry
    values.update(
        poll=ident, pollster=entry.pollster, scope="national", source=source.id,
        method="exit poll" if exit_poll else "", kind="exit" if exit_poll else "",
    )  # fmt: skip
    row = Row("polls", path, values)
    new_polls[ident] = row
    out.rows.append(row)
    return ident


def _registry_id(path: Path, *spellings: str | None) -> str | None:
    """The pollster's id in `pollsters.csv` (its names and `;`-separated aliases), when the folder has one."""
    wanted = {s.casefold() for s in spellings if s}
    for row in existing_rows(path):
        names = [v for k, v in row.items() if k and v and ("name" in k or "alias" in k)]
        if wanted & {n.strip().casefold() for cell in names for n in re.split(r"[;|]", cell)}:
            return row.get("pollster") or row.get("id") or None
    return None


def _figure(out: Plan, path: Path, poll: str, source: Source, entry: Entry) -> None:
    assert entry.option is not None or entry.line is not None
    values = {"poll": poll, "source": source.id, "option": entry.option or entry.line or "",
              "share": entry.number.as_data()}  # fmt: skip
    same = next(
        (r for r in out.rows if r.table == "figures" and _key(r.values, "figures") == _key(values, "figures")), None
    )
    if same is not None:
        if same.values["share"] == values["share"]:
            same.entries.append(entry)
        else:
            out.not_written.append((entry, f"the article prints two shares for {values['option']} of {poll}"))
        return
    out.rows.append(Row("figures", path, values, [entry]))


def _poll_fact(
    out: Plan,
    entry: Entry,
    poll: str,
    new_polls: dict[str, Row],
    poll_rows: dict[str | None, tuple[int, dict[str, str]]],
    path: Path,
) -> None:
    column = POLL_FACTS[entry.kind]
    value = entry.number.as_data()
    if poll in new_polls:
        row = new_polls[poll]
        if row.values[column] and row.values[column] != value:
            out.not_written.append((entry, f"the article prints two {column} figures for {poll}"))
            return
        row.values[column] = value
        if column == "sample_size":
            q = entry.number.qualifier_printed
            row.values["sample_size_note"] = (f"{q} " if q else "") + entry.number.printed
        row.entries.append(entry)
        return
    line, existing = poll_rows[poll]
    held = (existing.get(column) or "").strip()
    where = f"{display_path(path)} row {line}"
    if held and _same_number(held, value):
        out.not_written.append((entry, f"already in the data: {where} has {column} {held}"))
    elif held:
        out.not_written.append(
            (
                entry,
                f"{where} has {column} {held}, the article prints {entry.number.printed}: a row is never "
                "overwritten; compare the two by hand",
            )  # fmt: skip
        )
    else:
        out.not_written.append(
            (
                entry,
                f"{where} has no {column}; a row is never changed by extract: add {value} by hand if it is the "
                "poll's own figure",
            )  # fmt: skip
        )


def _same_number(a: str, b: str) -> bool:
    try:
        return float(a.replace(",", "")) == float(b.replace(",", ""))
    except ValueError:
        return False


def _official(out: Plan, official: dict[tuple[str, str, str], Row], path: Path, source: Source, entry: Entry) -> None:
    line = entry.option or entry.line
    if line is None:
        out.not_written.append((entry, "no option or protocol line for this figure"))
        return
    if entry.kind == COUNT and not entry.number.exact:
        out.not_written.append(
            (
                entry,
                f"a count printed rounded (to {entry.number.step:,f}); results hold exact counts".replace(".0)", ")"),
            )
        )
        return
    column = {COUNT: "count", PERCENT: "percent", SHARE: "percent", TURNOUT: "percent", SEATS: "seats"}[entry.kind]
    key = (entry.area or "", line, entry.time_of_day or "")
    row = official.get(key)
    if row is None:
        values = dict.fromkeys(RESULT_COLUMNS, "")
        values.update(area=key[0], line=line, as_of=key[2], source=source.id)
        row = official[key] = Row("protocols", path, values)
        out.rows.append(row)
    if row.values[column] and row.values[column] != entry.number.as_data():
        out.not_written.append((entry, f"the article prints two {column} figures for {line} at {key[0]}"))
        return
    row.values[column] = entry.number.as_data()
    row.entries.append(entry)


def _key(values: dict[str, str], table: str) -> tuple[str, ...]:
    return tuple((values.get(c) or "").strip() for c in KEYS[table])


def check_duplicates(p: Plan) -> None:
    """Refuse the write when any row's key is already in its file (nothing is written then)."""
    clashes: list[str] = []
    first: tuple[Path, int] | None = None
    for path in {r.path for r in p.rows}:
        rows = [r for r in p.rows if r.path == path]
        keys = {_key(r.values, r.table): r for r in rows}
        for line, held in enumerate(existing_rows(path), start=2):
            hit = keys.get(_key(held, rows[0].table))
            if hit is not None:
                clashes.append(f"{display_path(path)} row {line} ({', '.join(_key(held, hit.table))})")
                first = first or (path, line)
    if clashes:
        assert first is not None
        more = f" and {len(clashes) - 1} more" if len(clashes) > 1 else ""
        raise InputError(
            "extract.duplicate",
            f"{len(clashes)} row(s) to write are already in the data: {clashes[0]}{more}; nothing was written",
            file=display_path(first[0]),
            row=first[1],
            hint="this article's figures seem written already; check with kzcheck validate, or remove those rows first",
        )


def apply(p: Plan) -> list[Path]:
    """Append every planned row to its file, atomically per file (a temporary file renamed over it), sources first."""
    check_duplicates(p)
    staged: list[tuple[Path, str]] = []
    try:
        for table in ORDER:
            for path in sorted({r.path for r in p.rows if r.table == table}):
                rows = [r for r in p.rows if r.path == path]
                staged.append((path, _stage(path, rows)))
        for path, tmp in staged:
            os.replace(tmp, path)
    finally:
        for _, tmp in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return [path for path, _ in staged]


def _defaults(table: str) -> tuple[str, ...]:
    return {"figures": FIGURE_COLUMNS, "polls": POLL_COLUMNS, "protocols": RESULT_COLUMNS,
            "sources": SOURCE_COLUMNS}[table]  # fmt: skip


def _stage(path: Path, rows: list[Row]) -> str:
    if path.is_file():
        raw = path.read_bytes()
        old = read_text(path)
        header = next(csv.reader([old.splitlines()[0]])) if old.strip() else list(_defaults(rows[0].table))
        newline = "\r\n" if b"\r\n" in raw[:65536] else "\n"
        bom = raw.startswith(b"\xef\xbb\xbf")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        old, header, newline, bom = "", list(_defaults(rows[0].table)), "\n", False
    optional = {"pollster_id"}  # a data folder from before the pollster registry has no such column
    lost = sorted({c for r in rows for c, v in r.values.items() if v and c not in header and c not in optional})
    if lost:
        raise InputError(
            "extract.columns",
            f"the file has no column {', '.join(lost)} for the figures to write; nothing was written",
            file=display_path(path),
            row=1,
            hint="add the column to the header (see docs/data-format.md)",
        )
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=newline)
    if not old.strip():
        writer.writerow(header)
        old = ""
    elif not old.endswith(("\n", "\r")):
        old += newline
    for r in rows:
        writer.writerow([r.values.get(c, "") for c in header])
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(old + buf.getvalue())
        f.flush()
        os.fsync(f.fileno())
    return tmp
