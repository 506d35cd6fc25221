"""Elections as data: the definition read from `elections/<id>.toml`, with no pandas involved.

A referendum is an election too: its options are answers, its percentage base a protocol line.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzcheck.load.defects import (
    ELECTION_INVALID,
    ELECTION_NOT_TEXT,
    ELECTION_TOML,
    ELECTION_TOO_DEEP,
    ELECTION_UNKNOWN_KEY,
    TOO_MANY_OPTIONS,
)
from kzcheck.load.encoding import decode, read_bytes
from kzcheck.load.limits import active
from kzcheck.model.errors import InputError

KINDS = ("parliamentary", "presidential", "referendum")
METHODS = ("hare", "dhondt", "sainte-lague", "plurality")
OPERATORS = ("==", "<=", ">=", "<", ">")
SEVERITIES = ("error", "warning", "info")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
OPTIONS_TERM = "options"
FIRST_YEAR, LAST_YEAR = 1900, 2999  # voting days kzcheck accepts: dates are computed from them without overflow
_OPTION_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*options[ \t]*\]\]", re.MULTILINE)
ANYWHERE = ("source",)  # keys every table may hold: the source id of the facts it states
MAX_DUE_DAYS = 3660  # ten years: far beyond any law, and still a date


def fold(name: str) -> str:
    """The form names are matched in: Unicode-normalised (NFC, so a name typed with combining marks matches the one
    listed), case-folded, quotes and extra spaces removed."""
    name = re.sub(r"[«»\"'“”„`]", "", unicodedata.normalize("NFC", str(name)))
    return unicodedata.normalize("NFC", " ".join(name.casefold().split()))


@dataclass(frozen=True)
class Option:
    id: str
    names: dict[str, str]
    aliases: tuple[str, ...] = ()
    seat_eligible: bool = True

    @property
    def name(self) -> str:
        return self.names.get("en") or self.id


@dataclass(frozen=True)
class Tier:
    id: str
    seats: int
    method: str
    threshold: float | None = None
    min_parties: int = 0  # fewer parties over the threshold: the next by votes are admitted until this many take part


@dataclass(frozen=True)
class ProtocolLine:
    id: str
    names: dict[str, str]
    percent_of: str | None = None
    monotonic_intraday: bool = False


@dataclass(frozen=True)
class Relation:
    """`left op right` between protocol lines; each side a sum of line ids (or `options`) with + and -."""

    id: str
    left: tuple[tuple[int, str], ...]
    op: str
    right: tuple[tuple[int, str], ...]
    severity: str
    description: str
    text: str


@dataclass
class Election:
    id: str
    name: str
    kind: str
    date: dt.date
    options: list[Option]
    file: str
    body: str = ""
    final_results_due_days: int | None = None
    areas: str | None = None
    country_area: str = "KZ"
    percent_base: str = OPTIONS_TERM
    tiers: list[Tier] = field(default_factory=list)
    lines: list[ProtocolLine] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    pollsters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    source: str | None = None

    @property
    def option_ids(self) -> list[str]:
        return [o.id for o in self.options]

    @property
    def final_results_due(self) -> dt.date | None:
        if self.final_results_due_days is None:
            return None
        return self.date + dt.timedelta(days=self.final_results_due_days)

    def alias_map(self) -> dict[str, str]:
        """Every accepted spelling (folded) of every option and protocol line -> its canonical id (a copy: the
        callers may add to it)."""
        return dict(self._aliases)

    @functools.cached_property
    def _aliases(self) -> dict[str, str]:
        """`alias_map`, folded once per election (each name is case-folded and normalised: 100,000 options take
        seconds, and every unknown name's suggestion reads them)."""
        m: dict[str, str] = {}
        for o in self.options:
            for n in (o.id, *o.names.values(), *o.aliases):
                m.setdefault(fold(n), o.id)
        for ln in self.lines:
            for n in (ln.id, *ln.names.values()):
                m.setdefault(fold(n), ln.id)
        return m

    def suggest(self, name: str) -> str | None:
        """A 'did you mean' for an unknown option name."""
        amap = self.alias_map()
        hit = difflib.get_close_matches(fold(name), list(amap), n=1, cutoff=0.6)
        return amap[hit[0]] if hit else None

    def line(self, line_id: str) -> ProtocolLine | None:
        return next((ln for ln in self.lines if ln.id == line_id), None)

    @property
    def list_tier(self) -> Tier | None:
        return next((t for t in self.tiers if t.method != "plurality"), None)


class _Reader:
    """Reads one election file's dict with messages naming the file and key."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.asked: dict[int, tuple[dict[str, Any], str, set[str]]] = {}  # table -> (table, where, keys asked for)

    def _ask(self, d: dict[str, Any], where: str, key: str) -> None:
        self.asked.setdefault(id(d), (d, where, set()))[2].add(key)

    def unknown_key(self) -> tuple[str, str | None] | None:
        """The first key of a table the parser read that it never asked for (`options[2].alias`), with the known
        key it is closest to, if any."""
        for d, where, asked in self.asked.values():
            for key in d:
                if key not in asked and key not in ANYWHERE:
                    close = difflib.get_close_matches(str(key), sorted(asked), n=1, cutoff=0.75)
                    return f"{where}{key}", (f"{where}{close[0]}" if close else None)
        return None

    def fail(self, key: str, message: str, hint: str | None = None) -> InputError:
        return ELECTION_INVALID.error(
            file=self.file, column=key, detail=message, hint=hint or "see docs/data-format.md"
        )

    def get(self, d: dict[str, Any], key: str, typ: type | tuple[type, ...], where: str, required: bool = True) -> Any:
        if not isinstance(d, dict):
            place = where.rstrip(".") or "the file"
            raise self.fail(place, f"{place} must be a table (key = value lines), got {d!r}")
        self._ask(d, where, key)
        if key not in d:
            if required:
                raise self.fail(f"{where}{key}", f"missing key {where}{key}")
            return None
        value = d[key]
        if typ is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, typ) or (typ is int and isinstance(value, bool)):
            name = typ.__name__ if isinstance(typ, type) else " or ".join(t.__name__ for t in typ)
            raise self.fail(f"{where}{key}", f"{where}{key} must be {name}, got {value!r}")
        return value

    def names(self, d: dict[str, Any], where: str) -> dict[str, str]:
        self._ask(d, where, "name")
        names = d.get("name", {})
        if isinstance(names, str):
            return {"en": names}
        if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
            raise self.fail(f"{where}name", "name must be a string or a table of language = name")
        return dict(names)

    def ident(self, value: str, where: str) -> str:
        if not ID_PATTERN.match(value):
            raise self.fail(where, f"{value!r} is not a valid id (letters, digits, - _ . only)")
        return value


def parse_terms(text: str, known: set[str], reader: _Reader, where: str) -> tuple[tuple[int, str], ...]:
    """`a + b - c` -> ((1, 'a'), (1, 'b'), (-1, 'c')); every term must be a known line or `options`."""
    tokens = re.findall(r"[+-]|[^\s+-]+", text)
    terms: list[tuple[int, str]] = []
    sign = 1
    expect_term = True
    for tok in tokens:
        if tok in "+-":
            if expect_term and terms:
                raise reader.fail(where, f"malformed expression {text!r}")
            sign = -1 if tok == "-" else 1
            expect_term = True
            continue
        if not expect_term:
            raise reader.fail(where, f"malformed expression {text!r}: missing + or - before {tok!r}")
        if tok != OPTIONS_TERM and tok not in known:
            close = difflib.get_close_matches(tok, sorted(known | {OPTIONS_TERM}), n=1)
            hint = f"did you mean {close[0]!r}?" if close else "declare it under [[protocol.lines]]"
            raise reader.fail(where, f"unknown protocol line {tok!r} in {text!r}", hint=hint)
        terms.append((sign, tok))
        sign, expect_term = 1, False
    if not terms or expect_term:
        raise reader.fail(where, f"malformed expression {text!r}")
    return tuple(terms)


def parse_election(doc: dict[str, Any], file: str, stem: str | None = None, reader: _Reader | None = None) -> Election:
    r = reader or _Reader(file)
    eid = r.ident(r.get(doc, "id", str, ""), "id")
    if stem is not None and stem != eid:
        raise r.fail("id", f"id {eid!r} differs from the file name {stem!r}", hint=f"rename the file to {eid}.toml")
    kind = r.get(doc, "kind", str, "")
    if kind not in KINDS:
        raise r.fail("kind", f"kind {kind!r} is not one of {', '.join(KINDS)}")
    date = r.get(doc, "date", dt.date, "")
    if isinstance(date, dt.datetime):
        date = date.date()
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        raise r.fail("date", f"date {date.isoformat()} is not a plausible voting day ({FIRST_YEAR}-{LAST_YEAR})")
    raw_options = r.get(doc, "options", list, "")
    if not raw_options:
        raise r.fail("options", "an election needs at least one option")
    options: list[Option] = []
    for i, o in enumerate(raw_options):
        where = f"options[{i}]."
        if not isinstance(o, dict):
            raise r.fail(f"options[{i}]", "each option must be a table")
        oid = r.ident(r.get(o, "id", str, where), f"{where}id")
        aliases = r.get(o, "aliases", list, where, required=False) or []
        if not all(isinstance(a, str) for a in aliases):
            raise r.fail(f"{where}aliases", "aliases must be a list of strings")
        eligible = r.get(o, "seat_eligible", bool, where, required=False)
        options.append(Option(oid, r.names(o, where), tuple(aliases), True if eligible is None else eligible))
    dupes = {oid for oid, n in Counter(o.id for o in options).items() if n > 1}  # linear: 100,000 options in a blink
    if dupes:
        raise r.fail("options", f"option ids repeated: {', '.join(sorted(dupes))}")
    tiers = []
    for i, t in enumerate(r.get(doc, "tiers", list, "", required=False) or []):
        where = f"tiers[{i}]."
        method = r.get(t, "method", str, where)
        if method not in METHODS:
            raise r.fail(f"{where}method", f"method {method!r} is not one of {', '.join(METHODS)}")
        seats = r.get(t, "seats", int, where)
        if seats < 0:
            raise r.fail(f"{where}seats", "seats must not be negative")
        min_parties = r.get(t, "min_parties", int, where, False)
        if min_parties is not None and min_parties < 0:
            raise r.fail(f"{where}min_parties", "min_parties must not be negative (0 or leave it out for no such rule)")
        tiers.append(
            Tier(
                r.ident(r.get(t, "id", str, where), f"{where}id"),
                seats,
                method,
                r.get(t, "threshold", float, where, False),
                min_parties or 0,
            )
        )
    protocol = r.get(doc, "protocol", dict, "", required=False) or {}
    lines = []
    for i, ln in enumerate(r.get(protocol, "lines", list, "protocol.", required=False) or []):
        where = f"protocol.lines[{i}]."
        lines.append(
            ProtocolLine(
                r.ident(r.get(ln, "id", str, where), f"{where}id"),
                r.names(ln, where),
                r.get(ln, "percent_of", str, where, required=False),
                bool(r.get(ln, "monotonic_intraday", bool, where, required=False)),
            )
        )
    known = {ln.id for ln in lines}
    clash = known & {o.id for o in options}
    if clash:
        raise r.fail("protocol.lines", f"ids used both as option and protocol line: {', '.join(sorted(clash))}")
    for ln in lines:
        if ln.percent_of and ln.percent_of not in known:
            raise r.fail("protocol.lines", f"line {ln.id!r}: percent_of {ln.percent_of!r} is not a protocol line")
    relations = []
    for i, rel in enumerate(r.get(protocol, "relations", list, "protocol.", required=False) or []):
        where = f"protocol.relations[{i}]."
        op = r.get(rel, "op", str, where)
        if op not in OPERATORS:
            raise r.fail(f"{where}op", f"op {op!r} is not one of {' '.join(OPERATORS)}")
        severity = r.get(rel, "severity", str, where, required=False) or "error"
        if severity not in SEVERITIES:
            raise r.fail(f"{where}severity", f"severity {severity!r} is not one of {', '.join(SEVERITIES)}")
        left_text, right_text = r.get(rel, "left", str, where), r.get(rel, "right", str, where)
        left = parse_terms(left_text, known, r, f"{where}left")
        right = parse_terms(right_text, known, r, f"{where}right")
        rid = r.get(rel, "id", str, where, required=False) or f"relation-{i + 1}"
        relations.append(
            Relation(
                rid,
                left,
                op,
                right,
                severity,
                r.get(rel, "description", str, where, False) or "",
                f"{left_text} {op} {right_text}",
            )
        )
    base = r.get(doc, "percent_base", str, "", required=False) or OPTIONS_TERM
    if base != OPTIONS_TERM and base not in known:
        raise r.fail("percent_base", f"percent_base {base!r} is neither 'options' nor a protocol line")
    pollsters_raw = r.get(doc, "pollsters", dict, "", required=False) or {}
    for k, v in pollsters_raw.items():
        if not isinstance(v, list) or not all(isinstance(a, str) for a in v):
            raise r.fail(f"pollsters.{k}", f"pollsters.{k} must be a list of names")
    pollsters = {str(k): tuple(v) for k, v in pollsters_raw.items()}
    due = r.get(doc, "final_results_due_days", int, "", required=False)
    if due is not None and not 0 <= due <= MAX_DUE_DAYS:
        raise r.fail(
            "final_results_due_days",
            f"final_results_due_days {due} is not a number of days from 0 to {MAX_DUE_DAYS}",
            hint="the number of days after voting day by which the law requires final results (10 in Kazakhstan)",
        )
    return Election(
        id=eid,
        name=r.get(doc, "name", str, "", required=False) or eid,
        kind=kind,
        date=date,
        options=options,
        file=file,
        body=r.get(doc, "body", str, "", required=False) or "",
        final_results_due_days=due,
        areas=r.get(doc, "areas", str, "", required=False),
        country_area=r.get(doc, "country_area", str, "", required=False) or "KZ",
        percent_base=base,
        tiers=tiers,
        lines=lines,
        relations=relations,
        pollsters=pollsters,
        source=r.get(doc, "source", str, "", required=False),
    )


def key_row(text: str, key: str) -> int | None:
    """The line where a key, as messages name it (`kind`, `tiers[0].method`, `options[2]`), is set, if found."""
    parts = key.split(".")
    indexed = re.fullmatch(r"(.+?)\[(\d+)\]", parts[-1])
    last: str | None = parts[-1]
    if indexed:
        last = None
    tables = parts if last is None else parts[:-1]
    index = 0
    for p in tables:
        m = re.fullmatch(r"(.+?)\[(\d+)\]", p)
        if m:
            index = int(m.group(2))
    table = ".".join(re.sub(r"\[\d+\]$", "", p) for p in tables)
    lines = text.splitlines()
    header = re.compile(r"\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
    start, seen = (0 if not table else None), -1
    for i, line in enumerate(lines):
        m = header.match(line)
        if not m:
            continue
        if start is not None and start <= i:
            end = i
            break
        if table and m.group(1) == table:
            seen += 1
            if seen == index:
                start = i + 1
    else:
        end = len(lines)
    if start is None:
        return None
    if last is not None:
        assign = re.compile(rf"\s*[\"']?{re.escape(last)}[\"']?\s*[=.]")
        for i in range(start, end):
            if assign.match(lines[i]):
                return i + 1
        if not table:  # a top-level key that is a table of its own: [[options]]
            for i, line in enumerate(lines):
                m = header.match(line)
                if m and m.group(1) == last:
                    return i + 1
            return None
    return start if table else None


def load_election(path: Path, display: str) -> Election:
    """Read one election file with a safe parser (TOML carries data only, never code); errors name the row."""
    text, _ = decode(read_bytes(path, display), display, binary=ELECTION_NOT_TEXT)
    limit = active().options
    headers = len(_OPTION_HEADER.findall(text))  # counted before parsing: 100,000 options parse for seconds
    if limit is not None and headers > limit:
        raise TOO_MANY_OPTIONS.error(file=display, count=headers, limit=limit)
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        row = int(where.group(1)) if where else getattr(exc, "lineno", None)
        detail = str(exc).replace(where.group(0), "").strip() if where else str(exc)
        raise ELECTION_TOML.error(file=display, row=row, detail=detail) from None
    except RecursionError:  # x = [[[[…]]]] a few hundred deep: the standard parser recurses per level
        raise ELECTION_TOO_DEEP.error(file=display) from None
    raw_options = doc.get("options")
    if limit is not None and isinstance(raw_options, list) and len(raw_options) > limit:
        raise TOO_MANY_OPTIONS.error(file=display, count=len(raw_options), limit=limit)
    reader = _Reader(display)
    try:
        election = parse_election(doc, display, stem=path.stem, reader=reader)
        unknown = reader.unknown_key()
        if unknown:
            key, close = unknown
            raise ELECTION_UNKNOWN_KEY.error(
                file=display, column=key, key=key, suggestion=f"; did you mean {close!r}?" if close else ""
            )
    except InputError as exc:
        if exc.row is None and exc.column:
            exc.row = key_row(text, exc.column)
        raise
    return election
