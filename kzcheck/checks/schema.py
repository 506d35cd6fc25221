"""Shape and types of every table, run by pandera lazily so every failure is reported at once."""

from __future__ import annotations

import functools
from collections import Counter
from typing import TYPE_CHECKING, Any

import pandas as pd

from kzcheck.analysis.bases import BASES
from kzcheck.checks.base import outcomes_for
from kzcheck.load import limits
from kzcheck.load.frames import LoadedData
from kzcheck.load.printings import KINDS
from kzcheck.load.table import FILE, LINE
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Finding, Outcome, Severity
from kzcheck.model.kinds import Kind

if TYPE_CHECKING:
    from kzcheck.analysis.tables import Analysis

MESSAGE = "column {name!r} {failure}"  # a table's schema findings: a column's failure, else a row's
VARIANTS = {"row": "{name} {failure}{got}", "duplicate": "duplicate row: the same key appears on another line"}
TABLES = ("sources", "polls", "figures", "results", "areas", "acknowledged")
SPECS = [
    Kind.check(
        f"schema.{t}",
        f"{t} table: columns, types, ranges, uniqueness",
        f"pandera schema of the {t} table: required values present, numbers in range, keys unique.",
        Severity.ERROR,
        "pandera",
        MESSAGE,
        variants=VARIANTS,
    )
    for t in TABLES
]
KIND = {k.id: k for k in SPECS}

POLL_KINDS = ["exit", "pre-election"]
ISO_DATE = r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?)?$"
LEVELS = ["country", "region", "district", "station"]


SOURCE_KINDS = list(KINDS)  # sources.csv kind and relays: commission, pollster, press, observers, reference, …
SHARE_BASES = list(BASES)  # polls/ share_base: options, respondents, took_part


def _checks_without_data_synthesis() -> None:
    """pandera's built-in checks import hypothesis, when it is installed, to generate example data: 0.3 s that a
    validation never uses. Load them once with hypothesis hidden; where hypothesis is already loaded, change nothing."""
    import sys

    if "hypothesis" in sys.modules or "pandera.backends.pandas.builtin_checks" in sys.modules:
        return
    sys.modules["hypothesis"] = None  # type: ignore[assignment]  # import hypothesis -> ImportError, for a moment
    try:
        import pandera.backends.pandas.builtin_checks  # noqa: F401
    finally:
        del sys.modules["hypothesis"]


def schemas() -> dict[str, Any]:
    _checks_without_data_synthesis()
    import pandera.pandas as pa

    text = {"dtype": "str", "nullable": False, "coerce": False}
    opt_text = {"dtype": "str", "nullable": True}
    number = {"dtype": "float64", "nullable": True}

    def col(spec: dict[str, Any], *checks: Any, **kw: Any) -> Any:
        return pa.Column(spec["dtype"], checks=list(checks), nullable=spec["nullable"], **kw)

    return {
        "sources": pa.DataFrameSchema(
            {
                "source": col(text, unique=True),
                "outlet": col(text),
                "url": col(opt_text, pa.Check.str_matches(r"^https?://", error="must start with http:// or https://")),
                "published": col(text, pa.Check.str_matches(ISO_DATE, error="must be an ISO date such as 2023-03-20")),
                "kind": col(opt_text, pa.Check.isin(SOURCE_KINDS), required=False),
                "relays": col(opt_text, pa.Check.isin(SOURCE_KINDS), required=False),
            },
            strict=False,
        ),
        "polls": pa.DataFrameSchema(
            {
                "election": col(text),
                "poll": col(text),
                "pollster": col(text),
                "scope": col(text),
                "source": col(text),
                "kind": col(opt_text, pa.Check.isin(POLL_KINDS), required=False),
                "share_base": col(opt_text, pa.Check.isin(SHARE_BASES), required=False),
                "polling_stations": col(number, pa.Check.ge(1)),
                "margin_of_error": col(number),
                "margin_confidence": col(
                    number, pa.Check.in_range(50, 100, include_min=True, include_max=False), required=False
                ),
                "design_effect": col(number, pa.Check.gt(0), required=False),
            },
            unique=["election", "poll"],
            strict=False,
        ),
        "figures": pa.DataFrameSchema(
            {"election": col(text), "poll": col(text), "source": col(text), "option": col(text)}, strict=False
        ),
        "results": pa.DataFrameSchema(
            {
                "area": pa.Column("category", nullable=False),
                "line": pa.Column("category", nullable=False),
                "source": pa.Column("category", nullable=False),
                "count": col(number, pa.Check.ge(0)),
                "percent": col(number, pa.Check.in_range(0, 100)),
                "seats": col(number, pa.Check.ge(0)),
            },
            unique=["election", "status", "origin", "area", "line", "as_of"],
            strict=False,
        ),
        "areas": pa.DataFrameSchema(
            {"area": col(text), "level": col(text, pa.Check.isin(LEVELS))}, unique=["areas", "area"], strict=False
        ),
        "acknowledged": pa.DataFrameSchema(
            {"check": col(text), "election": col(text), "subject": col(text), "reason": col(text)}, strict=False
        ),
    }


_WORDS = {
    "not_nullable": "is blank",
    "field_uniqueness": "repeats a value that must be unique",
    "multiple_fields_uniqueness": "duplicates another row's key",
}


def _describe(check: str) -> str:
    if check in _WORDS:
        return _WORDS[check]
    if check.startswith("greater_than_or_equal_to("):
        return f"must be at least {check[25:-1]}"
    if check.startswith("in_range("):
        return f"must lie in [{check[9:-1]}]"
    if check.startswith("isin("):
        return f"must be one of {check[5:-1]}"
    if check.startswith("must "):
        return check
    if check.startswith("dtype("):
        return f"has the wrong type ({check})"
    return f"fails {check}"


def table_findings(name: str, frame: pd.DataFrame, schema: Any, kind: Kind | None = None) -> list[Finding]:
    """A table's pandera failures as findings of `kind` (default: the table's own schema check)."""
    return capped_findings(name, frame, schema, kind)[0]


def schema_columns(frame: pd.DataFrame, schema: Any) -> pd.DataFrame:
    """The columns a schema names (its columns and its unique key), in the frame's order: pandera copies the frame it
    validates, and a copy of every column of a million results rows is 110 MB no check reads (the schemas are not
    strict, so the columns left out are never looked at)."""
    named = set(schema.columns) | set(schema.unique or ())
    return frame[[c for c in frame.columns if c in named]]


def capped_findings(
    name: str, frame: pd.DataFrame, schema: Any, kind: Kind | None = None, limit: int | None = None
) -> tuple[list[Finding], Counter[str | None]]:
    """`table_findings`, building at most `limit` row findings per election and counting the rest by election
    (the findings limit, kzcheck/listing.py: a table whose every row fails costs a count, not a finding a row)."""
    import pandera.pandas as pa

    unlisted: Counter[str | None] = Counter()
    if frame.empty:
        return [], unlisted
    try:
        schema.validate(schema_columns(frame, schema), lazy=True)
        return [], unlisted
    except pa.errors.SchemaErrors as err:
        cases = err.failure_cases
    kind = kind or KIND[f"schema.{name}"]
    findings = []
    built: Counter[str | None] = Counter()
    cases = cases.sort_values(["index", "column"], na_position="first", key=lambda s: s.astype(str))
    # each failing row's election, file and line, looked up once for all cases (not a row of the frame per case)
    labels = cases["index"].to_numpy()
    at = frame.index.get_indexer(pd.Index([None if x is None or pd.isna(x) else x for x in labels], dtype=object))
    elections = frame["election"].to_numpy(dtype=object) if "election" in frame else None
    files, lines = frame[FILE].to_numpy(dtype=object), frame[LINE].to_numpy()
    seen: set[tuple[object, object]] = set()
    for case, pos in zip(cases.itertuples(index=False), at, strict=True):
        idx = case.index
        column = None if pd.isna(case.column) else str(case.column)
        if idx is None or pd.isna(idx):
            findings.append(kind.finding(name=column, failure=_describe(str(case.check)), column=column))
            continue
        key = (idx, case.check if case.check == "multiple_fields_uniqueness" else column)
        if key in seen:
            continue
        seen.add(key)
        value = case.failure_case
        unique = case.check == "multiple_fields_uniqueness"
        election = elections[pos] if elections is not None else None
        election = str(election) if election is not None and pd.notna(election) else None
        if limit is not None and built[election] >= limit:
            unlisted[election] += 1
            continue
        built[election] += 1
        findings.append(
            kind.finding(
                "duplicate" if unique else "row",
                name=column,
                failure=_describe(str(case.check)),
                got="" if value is None or pd.isna(value) else f" (got {value})",
                election=election,
                subject=f"table:{name}",
                file=str(files[pos]),
                row=int(lines[pos]),
                column=None if unique else column,
                observed=None if unique else value,
            )
        )
    return findings, unlisted


def run(data: LoadedData, config: RunConfig, analysis: Analysis | None = None) -> list[Outcome]:
    """Each table against its schema; under `kzcheck watch` a table that has not changed is not validated again."""
    outcomes = []
    limit = limits.active().findings
    for name, schema in schemas().items():
        judge = functools.partial(_table_outcomes, name, schema, data, limit)
        outcomes += analysis.kept(f"{__name__}.{name}", judge) if analysis is not None else judge()
    return outcomes


def _table_outcomes(name: str, schema: Any, data: LoadedData, limit: int | None) -> list[Outcome]:
    frame = getattr(data, name)
    per_election = "election" in frame and name != "acknowledged"
    elections = sorted(str(e) for e in frame["election"].dropna().unique()) if per_election else [None]
    findings, unlisted = capped_findings(name, frame, schema, limit=limit)
    for f in findings:
        if f.election not in elections:
            f.election = None
        f.subject = f"table:{name}"
    made = outcomes_for(f"schema.{name}", [(e, f"table:{name}") for e in elections], findings)
    severity = KIND[f"schema.{name}"].severity.value
    for o in made:
        n = sum(k for e, k in unlisted.items() if (e if e in elections else None) == o.election)
        if n:
            o.omitted[severity] = n  # its listed findings (the first `limit`) already make its status
    return made
