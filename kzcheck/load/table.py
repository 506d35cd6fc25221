"""Read one CSV table as text, with the file line of every row, and check its columns are the ones expected."""

from __future__ import annotations

import difflib
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kzcheck.errors import InputError
from kzcheck.findings import Finding, Severity

FILE = "_file"
LINE = "_line"


@dataclass(frozen=True)
class TableSpec:
    """The columns a table must have, and those it may have."""

    name: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional


def read_text(path: Path, display: str) -> str:
    """The file's text: UTF-8 (a byte-order mark is dropped); anything else is named, never guessed into garbage."""
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise InputError("input.is-directory", "is a folder where a CSV file was expected", file=display) from None
    except OSError as exc:
        raise InputError("input.unreadable", f"cannot be read: {exc.strerror}", file=display,
                         hint="check the file's permissions") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("input.encoding", f"is not UTF-8 (byte {exc.start} cannot be decoded)", file=display,
                         hint="save the file as UTF-8 (CSV UTF-8 in a spreadsheet)") from None


def read_table(path: Path, display: str, spec: TableSpec) -> tuple[pd.DataFrame, list[Finding]]:
    """Every cell as text (blank = missing), index = file line numbers; missing columns are an `InputError`."""
    text = read_text(path, display)
    findings: list[Finding] = []
    if not text.strip():
        raise InputError("input.empty", "is empty: expected a header row", file=display,
                         hint=f"the header is: {','.join(spec.columns)}")
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, skip_blank_lines=False, keep_default_na=False,
                            na_values=[""], skipinitialspace=False)
    except pd.errors.ParserError as exc:
        raise InputError("input.csv", f"is not valid CSV: {exc}", file=display,
                         hint="check quotes and the number of cells per row") from None
    frame.columns = [str(c).strip() for c in frame.columns]
    missing = [c for c in spec.required if c not in frame.columns]
    if missing:
        extra = [c for c in frame.columns if c not in spec.columns]
        hints = []
        for m in missing:
            close = difflib.get_close_matches(m, extra, n=1, cutoff=0.6)
            if close:
                hints.append(f"column {close[0]!r} looks like {m!r}: rename it")
        raise InputError("input.missing-column", f"missing column{'s' if len(missing) > 1 else ''} "
                         f"{', '.join(repr(m) for m in missing)}", file=display, row=1,
                         hint="; ".join(hints) or f"the header must hold: {','.join(spec.required)}")
    for c in frame.columns:
        if c not in spec.columns:
            findings.append(Finding("input.extra-column", Severity.WARNING,
                                    f"unknown column {c!r} is ignored", file=display, row=1, column=c,
                                    expected=", ".join(spec.columns)))
    frame = frame[[c for c in spec.columns if c in frame.columns]]
    for c in spec.optional:
        if c not in frame.columns:
            frame[c] = pd.Series(None, index=frame.index, dtype="str")
    frame.index = pd.RangeIndex(2, len(frame) + 2, name=LINE)
    frame = frame.apply(lambda s: s.str.strip())
    frame = frame.dropna(how="all")
    frame[FILE] = display
    frame[LINE] = frame.index
    return frame, findings


def parse_numbers(frame: pd.DataFrame, column: str, *, integer: bool = False) -> tuple[pd.Series, pd.Series, list[Finding]]:
    """A text column as numbers, with the decimals each was printed with; non-numbers become findings."""
    text = frame[column]
    values = pd.to_numeric(text, errors="coerce")
    bad = values.isna() & text.notna()
    elections = frame["election"] if "election" in frame else pd.Series(None, index=frame.index, dtype="str")
    findings = [
        Finding("input.not-a-number", Severity.ERROR, f"{column} {raw!r} is not a number",
                election=e, file=f, row=int(ln), column=column, observed=raw,
                expected="a whole number" if integer else "a number such as 53.46")
        for raw, e, f, ln in zip(text[bad], elections[bad], frame.loc[bad, FILE], frame.loc[bad, LINE])
    ]
    decimals = text.str.extract(r"\.(\d+)$", expand=False).str.len().fillna(0).astype("int64")
    if integer:
        frac = values.notna() & (values % 1 != 0)
        findings += [
            Finding("input.not-an-integer", Severity.ERROR, f"{column} {raw!r} is not a whole number",
                    election=e, file=f, row=int(ln), column=column, observed=raw, expected="a whole number")
            for raw, e, f, ln in zip(text[frac], elections[frac], frame.loc[frac, FILE], frame.loc[frac, LINE])
        ]
    return values.astype("float64"), decimals, findings
