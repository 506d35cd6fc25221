"""Read one CSV table as text, whatever a spreadsheet saved: encoding and delimiter sniffed from the first bytes, every
defect named from the catalogue (kzcheck/load/defects.py), safe spellings normalised, every row's file and line kept.

Reading is vectorised: pandas parses the whole file, and Python only loops over rows that have a defect.
"""

from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kzcheck.load import defects as D
from kzcheck.load.encoding import decode, read_bytes
from kzcheck.load.limits import active
from kzcheck.model.findings import Finding

FILE = "_file"
LINE = "_line"
SNIFF = 64 * 1024  # bytes looked at for line ends
_WHITESPACE = tuple(c for c in map(chr, range(0x3001)) if c.isspace() and c not in "\r\n")
DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "vertical bars"}


@dataclass(frozen=True)
class TableSpec:
    """The columns a table must have, those it may have, and the key no two rows of one file may share."""

    name: str
    required: tuple[str, ...]
    optional: tuple[str, ...] = ()
    key: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional


def read_text(path: Path, display: str) -> str:
    """The file's text: UTF-8 (a byte-order mark is dropped); anything else is named, never guessed into garbage."""
    return decode(read_bytes(path, display), display)[0]


# --- the header -------------------------------------------------------------------------------------------------------


def _cells(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return line.split(delimiter)


def norm(name: str) -> str:
    """A header cell as compared with the documented names: case, spaces and hyphens do not matter."""
    name = unicodedata.normalize("NFC", name.replace("\ufeff", "")).strip().casefold()
    return re.sub(r"[\s\-]+", "_", name).strip("_")


def sniff_delimiter(header: str, spec: TableSpec) -> str:
    """The delimiter that splits the header into the most documented column names (a comma on a tie)."""
    known = {norm(c) for c in spec.columns}
    best, score = ",", -1
    for d in DELIMITERS:
        hits = sum(norm(c) in known for c in _cells(header, d))
        if hits > score:
            best, score = d, hits
    return best


def _lead(text: str) -> tuple[int, str, str | None]:
    """Lines before the header (blank ones, Excel's `sep=;`), the header line, and the delimiter `sep=` declares."""
    skipped, declared = 0, None
    pos = 0
    while True:
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        stripped = line.strip()
        m = re.fullmatch(r"sep=(.)", stripped, flags=re.IGNORECASE) if skipped == 0 else None
        if m and end >= 0:
            declared = m.group(1)
        elif stripped or end < 0:
            return skipped, line.rstrip("\r"), declared
        skipped += 1
        pos = end + 1


def _line_ends(text: str) -> str | None:
    head = text[:SNIFF]
    if "\r\n" in head:
        return "CR LF (Windows)"
    if "\r" in head and "\n" not in head:
        return "CR (old Mac)"
    return None


# --- the table --------------------------------------------------------------------------------------------------------


def _parse(text: str, delimiter: str, skip: int, names: int | None = None) -> pd.DataFrame:
    return pd.read_csv(
        io.StringIO(text),
        sep=delimiter,
        header=None,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        skip_blank_lines=False,
        skiprows=skip,
        engine="c",
        names=None if names is None else range(names),
    )


def _raw_frame(text: str, delimiter: str, skip: int, display: str) -> pd.DataFrame:
    """Every cell as text, header row included; rows with more cells than the first get extra columns."""
    try:
        return _parse(text, delimiter, skip)
    except pd.errors.ParserError as exc:
        detail = str(exc).strip()
        quote = re.search(r"EOF inside string starting at row (\d+)", detail)
        if quote:
            raise D.UNCLOSED_QUOTE.error(file=display, row=int(quote.group(1)) + skip + 1) from None
        if not re.search(r"Expected \d+ fields in line \d+, saw \d+", detail):
            raise D.CSV.error(file=display, detail=detail.removeprefix("Error tokenizing data. C error: ")) from None
    except (ValueError, pd.errors.EmptyDataError) as exc:
        raise D.CSV.error(file=display, detail=str(exc).strip()) from None
    # Some row is longer than the header: count cells once (only on this path) and read with room for all of them.
    try:
        widest = max(len(r) for r in csv.reader(io.StringIO(text, newline=None), delimiter=delimiter))
        return _parse(text, delimiter, skip, names=widest)
    except (csv.Error, pd.errors.ParserError, ValueError) as exc:
        raise D.CSV.error(file=display, detail=str(exc).strip()) from None


def _columns(
    header: list[str], frame: pd.DataFrame, spec: TableSpec, display: str, notes: list[Finding], row: int
) -> dict[int, str]:
    """Header position -> documented column; fatal when a needed column is missing or named twice."""
    known = {norm(c): c for c in spec.columns}
    chosen: dict[int, str] = {}
    extra: dict[int, str] = {}
    for pos, printed in enumerate(header):
        name = printed if printed in spec.columns else known.get(norm(printed))
        if name is None:
            if printed.strip() or frame[pos].notna().any():
                extra[pos] = printed.strip() or f"(unnamed column {pos + 1})"
            continue
        if name in chosen.values():
            first = next(p for p, n in chosen.items() if n == name)
            raise D.DUPLICATE_COLUMN.error(
                file=display, row=row, column=name, name=name, first=first + 1, second=pos + 1
            )
        if name != printed:
            notes.append(D.HEADER_SPELLING.finding(file=display, row=row, column=name, printed=printed, name=name))
        chosen[pos] = name
    missing = [c for c in spec.required if c not in chosen.values()]
    if missing:
        names = ", ".join(repr(m) for m in missing)
        s = "s" if len(missing) > 1 else ""
        guesses = {m: _close(m, extra.values()) for m in missing}
        hints = [f"column {g!r} looks like {m!r}: rename it" for m, g in guesses.items() if g]
        if hints:
            raise D.RENAMED_COLUMN.error(
                file=display, row=row, column=missing[0], hint="; ".join(hints), s=s, names=names
            )
        hint = f"the header must hold: {','.join(spec.required)}"
        if not chosen:
            hint = f"is the header row missing, or the file another table? {hint}"
        raise D.MISSING_COLUMN.error(
            file=display, row=row, column=missing[0], hint=hint, s=s, names=names, required=",".join(spec.required)
        )
    absent = [c for c in spec.optional if c not in chosen.values()]
    for name in extra.values():
        guess = _close(name, absent)
        notes.append(
            D.EXTRA_COLUMN.finding(
                file=display,
                row=row,
                column=name,
                name=name,
                expected=", ".join(spec.columns),
                suggestion=f" (did you mean {guess!r}?)" if guess else "",
            )
        )
    return chosen


def _close(name: str, candidates: object) -> str | None:
    pool = {norm(str(c)): str(c) for c in candidates}  # type: ignore[attr-defined]
    hit = difflib.get_close_matches(norm(name), list(pool), n=1, cutoff=0.6)
    return pool[hit[0]] if hit else None


def read_table(
    path: Path, display: str, spec: TableSpec, election: str | None = None
) -> tuple[pd.DataFrame, list[Finding]]:
    """Every cell as stripped text (blank = missing), index and `_line` = file line numbers, `_file` = `display`.

    Defects kzcheck cannot read past raise `InputError`; the others come back as findings, and rows that cannot be
    checked (too many cells, a repeated key) are left out of the frame after being reported. Line numbers count one
    line per row: a quoted cell spanning lines (never needed in these tables) shifts the rows after it.
    """
    data = read_bytes(path, display)
    long_lines = _within_limits(data, display)
    text, notes = decode(data, display)
    del data
    if not text.strip():
        raise D.EMPTY.error(file=display, header=",".join(spec.columns))
    ends = _line_ends(text)
    if ends:
        notes.append(D.LINE_ENDS.finding(file=display, row=1, ends=ends))
    skip, header_line, declared = _lead(text)
    delimiter = declared or sniff_delimiter(header_line, spec)
    if delimiter != ",":
        notes.append(D.DELIMITER.finding(file=display, row=skip + 1, name=DELIMITERS.get(delimiter, repr(delimiter))))
    raw = _raw_frame(text, delimiter, skip, display)
    raw.index = pd.RangeIndex(skip + 1, skip + 1 + len(raw), name=LINE)
    if long_lines:
        _no_long_cell(raw, display)
    header = ["" if pd.isna(h) else str(h).strip() for h in raw.iloc[0]]
    width = max((i + 1 for i, h in enumerate(header) if h), default=0)  # trailing empty header cells name nothing
    body, long_rows = _drop_long_rows(raw.iloc[1:], width, display, delimiter)
    notes += long_rows
    header = header[:width]
    chosen = _columns(header, body, spec, display, notes, skip + 1)
    frame = body[list(chosen)].set_axis(list(chosen.values()), axis=1)
    for c in spec.columns:
        if c not in frame.columns:
            frame[c] = pd.Series(np.nan, index=frame.index, dtype="str")
    frame = frame[list(spec.columns)]
    if _padded(text, delimiter):
        frame = frame.apply(_blank_to_missing)
    if frame.iloc[:, 0].isna().any():  # a row of blanks is blank in its first column too: else none to drop
        frame = frame.dropna(how="all")
    if frame.empty:
        notes.append(D.NO_ROWS.finding(file=display, row=skip + 1))
    frame, dup_notes = _duplicates(frame, spec, display)
    notes += dup_notes
    frame[FILE] = display
    frame[LINE] = frame.index
    for f in notes:
        f.election = election
    return frame, notes


def _within_limits(data: bytes, display: str) -> bool:
    """Refuse a file with more lines than the rows limit, counted in its bytes before anything is parsed; and say
    whether any line is longer than the cell limit (only then are the cells measured, after parsing)."""
    limits = active()
    lines = data.count(b"\n") + (not data.endswith(b"\n"))
    if limits.rows is not None and lines > limits.rows + 1:  # the header is not a row
        raise D.TOO_MANY_ROWS.error(file=display, count=lines, limit=limits.rows)
    if limits.cell is None or len(data) <= limits.cell:
        return False
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == ord("\n"))
    bounds = np.concatenate(([-1], ends, [len(data)]))
    return bool(np.diff(bounds).max() - 1 > limits.cell)


def _no_long_cell(raw: pd.DataFrame, display: str) -> None:
    """The first cell over the cell limit, named by its row and column, is an `InputError`."""
    limit = active().cell
    assert limit is not None
    for i in range(raw.shape[1]):
        lengths = raw.iloc[:, i].str.len().fillna(0).to_numpy()
        over = lengths > limit
        if over.any():
            at = int(over.argmax())
            name = raw.iat[0, i]
            column = str(name).strip() if at and isinstance(name, str) and name.strip() else f"cell {i + 1}"
            raise D.CELL_TOO_LONG.error(
                file=display, row=int(raw.index[at]), column=column, length=int(lengths[at]), limit=limit
            )


def _padded(text: str, delimiter: str) -> bool:
    """Whether any cell may start or end with white space: a few substring scans of the text are far cheaper than
    stripping every cell of every column."""
    for ws in _WHITESPACE:
        if ws == delimiter or ws not in text:
            continue
        if text.startswith(ws) or text.endswith(ws):
            return True
        if any(ws + b in text or b + ws in text for b in (delimiter, '"', "\n", "\r")):
            return True
    return False


def _blank_to_missing(s: pd.Series) -> pd.Series:
    s = s.astype("str").str.strip()
    return s.mask(s == "")


def _drop_long_rows(rows: pd.DataFrame, width: int, display: str, delimiter: str) -> tuple[pd.DataFrame, list[Finding]]:
    """Rows with values beyond the header's last column are reported and left out; empty trailing cells are not."""
    if rows.shape[1] <= width:
        return rows, []
    beyond = rows.iloc[:, width:]
    filled = beyond.apply(_blank_to_missing).notna()
    long = filled.any(axis=1)
    findings = []
    last = filled.to_numpy()[long.to_numpy()]
    for line, cells in zip(rows.index[long], [width + int(np.flatnonzero(r)[-1]) + 1 for r in last], strict=True):
        why = ""
        if delimiter == "," and cells == width + 1:
            why = "; a decimal comma (53,46) in a comma-separated file splits a number: quote it or use 53.46"
        findings.append(
            D.EXTRA_CELLS.finding(
                file=display, row=int(line), cells=cells, columns=width, why=why, observed=cells, expected=width
            )
        )
    return rows.loc[~long, rows.columns[:width]], findings


def _duplicates(frame: pd.DataFrame, spec: TableSpec, display: str) -> tuple[pd.DataFrame, list[Finding]]:
    """Exact repeats (warning) and rows that repeat a key with other values (error); only the first row is kept."""
    if not spec.key or len(frame) < 2:
        return frame, []
    key = list(spec.key)
    same_key = frame.duplicated(subset=key, keep=False)
    if not same_key.any():
        return frame, []
    required = [c for c in key if c in spec.required]
    same_key &= frame[required].notna().all(axis=1)
    cols = list(spec.columns)
    first_line = (
        pd.Series(frame.index, index=frame.index)
        .where(same_key)
        .groupby([frame[c] for c in key], dropna=False)
        .transform("first")
    )
    later = same_key & (first_line != pd.Series(frame.index, index=frame.index))
    findings = []
    for line in frame.index[later]:
        first = int(first_line[line])
        here, there = frame.loc[line, cols], frame.loc[first, cols]
        differ = [c for c in cols if not (here[c] == there[c] or (pd.isna(here[c]) and pd.isna(there[c])))]
        if not differ:
            findings.append(D.DUPLICATE_ROW.finding(file=display, row=int(line), first=first))
            continue
        c = differ[0]
        findings.append(
            D.CONFLICTING_DUPLICATE.finding(
                file=display,
                row=int(line),
                column=c,
                observed=_show(here[c]),
                expected=_show(there[c]),
                key=", ".join(key),
                first=first,
                values=", ".join(_show(here[k]) for k in key),
                here=_show(here[c]),
                there=_show(there[c]),
            )
        )
    return frame[~later], findings


def _show(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)


# --- numbers ----------------------------------------------------------------------------------------------------------

_SEPARATORS = (" ", "\u00a0", "\u202f", "\u2009", ",", ".")
_SEPARATOR_CLASS = "[" + "".join(_SEPARATORS) + "]"
_POINT_THOUSANDS = r"[+-]?\d{1,3}\.\d{3}"
_GROUPED = r"[+-]?\d{1,3}(?:(?:[ \u00a0\u202f\u2009]\d{3})+|(?:,\d{3})+|(?:\.\d{3}){2,})"  # 3 431 510, 3,431,510
_SCIENTIFIC = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)[eE][+-]?\d+")
CLIP = 200  # characters of a printed value a message quotes
NARROW = 24  # the longest numeric cell parsed as fixed-width text; a longer one switches to variable width
_DASHES = {"-", "–", "—", "−", "n/a", "N/A", "NA", "н/д", "нет"}


def parse_numbers(
    frame: pd.DataFrame, column: str, *, integer: bool = False
) -> tuple[pd.Series, pd.Series, list[Finding]]:
    """A text column as numbers, with the decimals each was printed with; safe spellings (a decimal comma, a percent
    sign, thousands separators) are normalised and reported once per file as info, anything else is an error.

    Vectorised: whole-column numpy string operations, one `to_numeric`; Python only visits defective cells.
    """
    given = frame[column].notna().to_numpy()
    if given.sum() * 2 < len(frame):  # a mostly blank column (percent, seats in protocols): parse the printed cells
        values = pd.Series(np.nan, index=frame.index, dtype="float64")
        decimals = pd.Series(0, index=frame.index, dtype="int64")
        if not given.any():
            return values, decimals, []
        keep = [c for c in (column, FILE, LINE, "election") if c in frame.columns]
        values[given], decimals[given], found = parse_numbers(frame.loc[given, keep], column, integer=integer)
        return values, decimals, found
    text = frame[column].astype("str")
    lengths = text.str.len().fillna(0).to_numpy()
    if lengths.max(initial=0) <= NARROW:  # fixed-width numpy strings: fastest, rows x longest cell in memory
        cells = np.asarray(text.fillna(""), dtype=str)
        nul = np.strings.str_len(cells) != lengths  # numpy drops trailing NULs: not numbers
    else:  # a long cell somewhere: variable-width strings, so memory grows with the text, not rows x its length
        cells = np.asarray(text.fillna("").to_numpy(dtype=object), dtype=np.dtypes.StringDType())
        nul = text.str.contains("\x00", regex=False).fillna(False).to_numpy(dtype=bool)
    stripped = np.strings.strip(cells)
    if (stripped != cells).any():
        cells = stripped
        text = pd.Series(cells, index=text.index, dtype="str").where(~nul, text)
    del stripped
    text = text.mask((cells == "") & ~nul)
    plain, kinds = _normalise(text, cells, integer)
    cast = _plain_numbers(plain) if not nul.any() else None
    if cast is None:
        values = pd.to_numeric(_as_read(text, cells, plain, nul), errors="coerce").astype("float64")
        after = np.zeros(len(plain), dtype=np.int64)
        rest: slice | np.ndarray = slice(None)  # every cell: a view, where positions would copy every cell twice
    else:
        ok, numbers, after = cast
        rest = np.flatnonzero(~ok)  # the cells that are not plain
        if len(rest):  # the few cells that are not plain digits, as to_numeric reads them
            read = _as_read(text.iloc[rest], cells[rest], plain[rest], nul[rest])
            numbers[rest] = pd.to_numeric(read, errors="coerce").astype("float64").to_numpy()
        values = pd.Series(numbers, index=text.index, dtype="float64")
    del cells
    exponent = np.zeros(len(plain), dtype=bool)  # a plain cell is digits and a point: only the others may have one
    exponent[rest] = (np.strings.find(plain[rest], "e") >= 0) | (np.strings.find(plain[rest], "E") >= 0)
    bad = text.notna() & (values.isna() | exponent | ~np.isfinite(values.fillna(0)) | nul)
    findings: list[Finding] = []
    if bad.any():
        values[bad] = np.nan
        plain[bad.to_numpy()] = ""
        findings += _unreadable(frame, column, text[bad], integer)
    for kind in kinds:
        kinds[kind] &= ~bad.to_numpy()
    findings += _normalised(frame, column, text, plain, kinds)
    places = after.copy()  # a plain cell's digits after its point, counted by the cast; the others' from their text
    others = plain[rest]
    point = np.strings.find(others, ".")
    places[rest] = np.where(point >= 0, np.strings.str_len(others) - point - 1, 0)
    decimals = pd.Series(places, index=text.index, dtype="int64")
    if integer:
        frac = values.notna() & (values % 1 != 0)
        findings += [
            D.NOT_AN_INTEGER.finding(
                election=_election(frame, idx),
                file=str(frame.at[idx, FILE]),
                row=_line(frame, idx),
                column=column,
                observed=clip(raw),
                expected="a whole number",
                printed=clip(raw),
            )
            for idx, raw in text[frac].items()
        ]
    return values, decimals, findings


CHUNK = 1 << 16  # cells whose characters are looked at together
WHOLE = 15  # digits a plain number may have: as a whole number it is exact in a float (below 2**53)


def _plain_numbers(plain: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Which cells are plain digits with at most one point (a count or a percentage as a commission prints it), and
    those cells as numbers, computed from their digits (the digits as one whole number over a power of ten: both
    exact in a float, so the division is correctly rounded, as `float()` reads the text; a blank cell is plain and
    missing), and the digits each has after its point: `to_numeric` on a million strings took most of a second, so
    it reads only the other cells (a sign, an exponent, a letter, a second point, a lone point, more than WHOLE
    digits). None when the cells are not fixed-width strings."""
    if plain.dtype.kind != "U" or not len(plain):
        return None
    ok = np.zeros(len(plain), dtype=bool)
    values = np.full(len(plain), np.nan)
    places = np.zeros(len(plain), dtype=np.int64)
    for start in range(0, len(plain), CHUNK):  # a chunk at a time: the per-character masks stay small
        part = plain[start : start + CHUNK]
        chars = part.view(np.uint32).reshape(len(part), -1)
        length = np.strings.str_len(part)  # up to its last character that is not NUL: a NUL inside counts
        digit = (chars >= ord("0")) & (chars <= ord("9"))
        point = chars == ord(".")
        digits, points = np.count_nonzero(digit, axis=1), np.count_nonzero(point, axis=1)
        blank = length == 0
        # every character digits or a point (a NUL inside, or anything else, is neither), one point at most
        good = (digits + points == length) & (points <= 1) & (blank | (digits > 0)) & (digits <= WHOLE)
        ok[start : start + len(part)] = good
        mantissa = np.zeros(len(part), dtype=np.int64)  # the digits as one whole number, and the digits after the point
        decimals = np.zeros(len(part), dtype=np.int64)
        after = np.zeros(len(part), dtype=bool)
        for j in range(chars.shape[1]):
            here = digit[:, j] & good
            mantissa = np.where(here, mantissa * 10 + (chars[:, j].astype(np.int64) - ord("0")), mantissa)
            decimals += here & after
            after |= point[:, j]
        read = good & ~blank
        # both exact in a float (at most WHOLE digits), so the one division is correctly rounded: float(text) itself
        values[start : start + len(part)][read] = mantissa[read] / np.power(10.0, decimals[read])
        places[start : start + len(part)] = np.where(good, decimals, 0)
    return ok, values, places


def _as_read(text: pd.Series, cells: np.ndarray, plain: np.ndarray, nul: np.ndarray) -> pd.Series:
    """The text `to_numeric` reads: `plain` where it is not blank, else missing. Built from the column's own strings,
    with only the rewritten cells new: a Python string per cell of a million-row column was 150 MB at once."""
    blank = plain == ""
    out = text.mask(blank)
    changed = np.flatnonzero(((plain != cells) | nul) & ~blank)  # rewritten, or read by numpy without its NULs
    if len(changed):
        out.iloc[changed] = plain[changed].astype(object)
    return out


def _normalise(text: pd.Series, cells: np.ndarray, integer: bool) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The cells with the safe spellings rewritten as plain numbers, and which rows each rewrite touched. `plain` is
    `cells` itself (no copy) when no cell needs rewriting."""
    plain = cells
    if integer:
        seps = np.zeros(len(cells), dtype=bool)
        maybe = np.flatnonzero(~np.strings.isdigit(cells))  # a cell of digits alone holds no separator
        for ch in _SEPARATORS:
            seps[maybe] |= np.strings.find(cells[maybe], ch) >= 0
        grouped = np.zeros(len(cells), dtype=bool)
        if seps.any():
            sub = text[seps]
            ok = sub.str.fullmatch(_GROUPED).fillna(False).to_numpy(dtype=bool)
            grouped[np.flatnonzero(seps)[ok]] = True
            plain = cells.copy()
            plain[grouped] = np.asarray(sub[ok].str.replace(_SEPARATOR_CLASS, "", regex=True), dtype=str)
            ambiguous = sub.str.fullmatch(_POINT_THOUSANDS).fillna(False).to_numpy(dtype=bool)
            plain[np.flatnonzero(seps)[ambiguous]] = ""  # 1.000: one thousand or one? not read
        return plain, {"thousands": grouped}
    pct = np.strings.endswith(cells, "%") & (np.strings.count(cells, "%") == 1)
    if pct.any():
        plain = cells.copy()
        plain[pct] = np.strings.rstrip(np.strings.replace(cells[pct], "%", ""))
    comma = np.strings.find(plain, ",") >= 0
    if comma.any():
        plain = plain.copy() if plain is cells else plain
        plain[comma] = np.strings.replace(plain[comma], ",", ".")
    return plain, {"percent": pct, "comma": comma}


def _normalised(
    frame: pd.DataFrame, column: str, text: pd.Series, plain: np.ndarray, kinds: dict[str, np.ndarray]
) -> list[Finding]:
    """One info finding per file, column and kind of rewrite, at its first row."""
    findings = []
    for kind, defect in (("comma", D.DECIMAL_COMMA), ("percent", D.PERCENT_SIGN), ("thousands", D.THOUSANDS)):
        touched = kinds.get(kind)
        if touched is None or not touched.any():
            continue
        rows = text.index[touched]
        files = frame.loc[rows, FILE]
        for file, group in files.groupby(files, sort=False):
            first = group.index[0]
            value = str(plain[text.index.get_loc(first)])
            findings.append(
                defect.finding(
                    election=_election(frame, first),
                    file=str(file),
                    row=_line(frame, first),
                    column=column,
                    observed=text[first],
                    expected=value,
                    count=len(group),
                    printed=text[first],
                    value=value,
                )
            )
    return findings


def clip(value: str, keep: int = CLIP) -> str:
    """A printed value short enough for a message: a cell of megabytes is shown by its start and its length."""
    return value if len(value) <= keep else f"{value[:keep]}… ({len(value):,} characters)"


def _unreadable(frame: pd.DataFrame, column: str, bad: pd.Series, integer: bool) -> list[Finding]:
    findings = []
    for idx, full in bad.items():
        raw = clip(full)
        where: dict[str, Any] = {
            "election": _election(frame, idx),
            "file": str(frame.at[idx, FILE]),
            "row": _line(frame, idx),
            "column": column,
            "observed": raw,
            "printed": raw,
        }
        if _SCIENTIFIC.fullmatch(raw):
            findings.append(D.SCIENTIFIC.finding(expected="the number with all its digits", **where))
            continue
        findings.append(
            D.NOT_A_NUMBER.finding(
                expected="a whole number" if integer else "a number such as 53.46", why=_why(raw, integer), **where
            )
        )
    return findings


def _why(raw: str, integer: bool) -> str:
    if raw.strip() in _DASHES:
        return ": leave the cell blank when the figure was not published"
    if re.search(r"\d", raw) and re.search(r"[^\d\s.,%+-]", raw):
        return ": only the number belongs in the cell (words go in a note column)"
    if integer and re.fullmatch(_POINT_THOUSANDS, raw):
        return ": a point before three digits is ambiguous in a whole number (3.431 is 3431 or 3.431): write 3431"
    if integer and "%" in raw:
        return ": a count holds no percent sign (the percentage goes in its own column)"
    if integer and "," in raw:
        return ": in a whole number a comma is read only as a thousands separator (3,431,510)"
    return ""


def _election(frame: pd.DataFrame, idx: Any) -> str | None:
    if "election" not in frame:
        return None
    value: Any = frame.at[idx, "election"]
    return None if pd.isna(value) else str(value)


def _line(frame: pd.DataFrame, idx: Any) -> int:
    """The file line of a frame row."""
    value: Any = frame.at[idx, LINE]
    return int(value)
