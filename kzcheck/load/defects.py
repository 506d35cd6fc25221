"""The catalogue of input defects: every way a data file can arrive wrong, with a stable code, what kzcheck does about
it and the message it prints. The reader builds its errors and findings from these entries, and the catalogue is the
documentation too: `python -m kzcheck.load.defects > docs/input-defects.md` writes the page (a test keeps it current).

A defect kzcheck cannot read past is *fatal*: an `InputError`, exit code 2. Anything else is a finding: an error
(exit 1), a warning (exit 1 only with `--fail-on warning`) or, where the value was read safely and normalised, info.
"""

from __future__ import annotations

import sys
from typing import Any

from kzcheck.model.findings import Severity
from kzcheck.model.kinds import READER, Kind

__all__ = ["CATALOGUE", "READER", "SCHEMA", "SUITE", "Defect", "Kind", "markdown"]
SCHEMA = "pandera schema"  # kzcheck/checks/schema.py
SUITE = "Great Expectations suite"  # expectations/*.json via kzcheck/checks/expectations.py


Defect = Kind  # an input defect is a kind of finding like any check's (kzcheck.model.kinds)


CATALOGUE: dict[str, Defect] = {}


def _defect(code: str, title: str, description: str, template: str, severity: Severity | None, **kw: Any) -> Kind:
    d = Kind.defect(code, title, description, template, severity, **kw)
    assert code not in CATALOGUE, code
    CATALOGUE[code] = d
    return d


FATAL = None
ERROR, WARNING, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
RESAVE = (
    "re-save it as UTF-8: in Excel, Save As > 'CSV UTF-8 (Comma delimited)'; in LibreOffice, tick 'Edit filter "
    "settings' and choose 'Unicode (UTF-8)'"
)

# --- the data folder and the election files -------------------------------------------------------------------------
DATA_MISSING = _defect(
    "data.missing",
    "Data folder not found",
    "The folder given with --data (or the bundled data) does not exist.",
    "data folder not found",
    FATAL,
    hint="pass --data with the folder that holds elections/",
    locates="folder",
)
DATA_NOT_A_FOLDER = _defect(
    "data.not-a-folder",
    "Data path is not a folder",
    "--data names a file; it must name the folder that holds elections/, polls/ and figures/.",
    "is not a folder",
    FATAL,
    hint="pass --data with the folder that holds elections/",
    locates="folder",
)
NO_ELECTIONS = _defect(
    "data.no-elections",
    "No election definitions",
    "The data folder has no elections/ folder, or it holds no elections/<id>.toml file.",
    "{what}",
    FATAL,
    hint="a data folder holds elections/<id>.toml; see docs/data-format.md",
    locates="folder",
)
UNKNOWN_ELECTION = _defect(
    "election.unknown",
    "Unknown election id",
    "--election names an id with no elections/<id>.toml; the message suggests the closest known id.",
    "unknown election id {id!r}",
    FATAL,
    locates="folder",
)
ELECTION_FORMAT = _defect(
    "election.format",
    "Election file in another format",
    "An election definition is a TOML file. A YAML or JSON file in elections/ is never parsed (so it can never run "
    "code) and is reported rather than silently skipped.",
    "is not read: election definitions are TOML files (elections/<id>.toml)",
    FATAL,
    hint="rewrite it as {stem}.toml; see docs/data-format.md",
    locates="file",
)
ELECTION_TOML = _defect(
    "election.toml",
    "Malformed election file",
    "The election file is not valid TOML (parsed by the standard library's tomllib: data only, never code).",
    "not valid TOML: {detail}",
    FATAL,
    hint="fix the syntax at that row; see docs/data-format.md",
)
ELECTION_INVALID = _defect(
    "election.invalid",
    "Invalid election definition",
    "The election file is valid TOML but a key is missing, has the wrong type or an unknown value; the message names "
    "the key and, where it can be found, the row.",
    "{detail}",
    FATAL,
)
ELECTION_NOT_TEXT = _defect(
    "election.not-text",
    "Election file is not text",
    "An election file holds NUL bytes or is a workbook or a PDF: it is not TOML text. Election files are written in a "
    "text editor, never saved from a spreadsheet.",
    "is {kind}, not TOML text",
    FATAL,
    hint="open it in a text editor and save it as plain UTF-8 text; see docs/data-format.md",
    locates="file",
)
ELECTION_TOO_DEEP = _defect(
    "election.too-deep",
    "Election file nested too deeply",
    "Arrays or tables nested hundreds deep (`x = [[[[…]]]]`) are no election definition; the parser stops instead of "
    "running out of stack.",
    "nests arrays or tables too deeply to be an election definition",
    FATAL,
    hint="an election file nests at most a few levels (options, tiers, protocol lines); see docs/data-format.md",
    locates="file",
)
ELECTION_UNKNOWN_KEY = _defect(
    "election.unknown-key",
    "Unknown key in an election file",
    "A key kzcheck does not know (a misspelt `final_result_due_days`) would otherwise be ignored silently, and the "
    "deadline or threshold it was meant to set never applied. The message suggests the closest known key.",
    "unknown key {key!r}{suggestion}",
    FATAL,
    hint="the keys are listed in docs/data-format.md",
)
TOO_MANY_OPTIONS = _defect(
    "election.too-many-options",
    "Too many options",
    "An election lists more options than the options limit allows (1,000 by default: no ballot comes near it).",
    "lists {count:,} options, over the limit of {limit:,}",
    FATAL,
    hint="if the input is genuine, raise the limit: --limit options=N (or options=none)",
    locates="file",
)
ELECTION_AREAS = _defect(
    "election.areas-missing",
    "Election names a missing areas file",
    "The election's `areas` key names areas/<id>.csv, which does not exist.",
    "areas {areas!r} has no file areas/{areas}.csv",
    FATAL,
    hint="add the file or correct the key",
)

TOO_MANY_ELECTIONS = _defect(
    "data.too-many-elections",
    "Too many elections",
    "The elections/ folder holds more election files than the elections limit allows (1,000 by default).",
    "holds {count:,} election files, over the limit of {limit:,}",
    FATAL,
    hint="if the input is genuine, raise the limit: --limit elections=N (or elections=none)",
    locates="folder",
)
FOLDER_UNREADABLE = _defect(
    "data.unreadable-folder",
    "Folder cannot be read",
    "A folder of the data (the data folder itself, elections/, polls/…) exists but cannot be listed or entered: no "
    "permission, or a symbolic link loop. It is named with the cause, never reported as missing or empty.",
    "folder cannot be read: {reason}",
    FATAL,
    hint="give the user running kzcheck read and execute permission on the folder, or replace the link with it",
    locates="folder",
)

# --- reading a file ---------------------------------------------------------------------------------------------------
IS_DIRECTORY = _defect(
    "input.is-directory",
    "A folder where a file belongs",
    "A path where kzcheck expects a file (figures/<id>.csv, sources.csv…) is a folder.",
    "is a folder where a file was expected",
    FATAL,
    hint="remove or rename the folder",
    locates="file",
)
UNREADABLE = _defect(
    "input.unreadable",
    "File cannot be read",
    "The file exists but cannot be opened: no permission, or a link to something that is not there.",
    "cannot be read: {reason}",
    FATAL,
    hint="check the file's permissions, or replace the link with the file",
    locates="file",
)
NOT_A_FILE = _defect(
    "input.not-a-file",
    "Not a regular file",
    "A named pipe (FIFO), a device such as /dev/zero, a socket, or a link to one, stands where a data file belongs. "
    "kzcheck reads regular files only: a pipe would block the run forever and a device would never end.",
    "is {kind}, not a regular file",
    FATAL,
    hint="replace it with the file itself",
    locates="file",
)
TOO_LARGE = _defect(
    "input.too-large",
    "File over the size limit",
    "A data or election file is larger than the file-size limit (64 MiB by default, several times the largest "
    "real archive's file); it is not read, so memory stays bounded.",
    "is {size}, over the {limit} limit on one file",
    FATAL,
    hint="if the input is genuine, raise the limit: --limit file-size=SIZE (or file-size=none)",
    locates="file",
)
TOO_MANY_ROWS = _defect(
    "input.too-many-rows",
    "Table over the row limit",
    "A table file holds more lines than the rows limit allows (1,000,000 by default, about a hundred times the "
    "polling stations of Kazakhstan); rows are counted before the file is parsed.",
    "holds {count:,} lines, over the limit of {limit:,} rows",
    FATAL,
    hint="if the input is genuine, raise the limit: --limit rows=N (or rows=none)",
    locates="file",
)
TOO_MANY_POLLS = _defect(
    "input.too-many-polls",
    "Too many polls",
    "A figures or polls file names more distinct polls for its election than the polls limit allows (1,000 by "
    "default: an election night has a handful of exit polls, a campaign a few hundred opinion polls). Each poll is "
    "checked and reported on its own, so a file of a million one-line polls would take minutes and gigabytes to "
    "report; it is refused after reading, before any check runs.",
    "names {count:,} polls for {election}, over the limit of {limit:,}",
    FATAL,
    hint="if the input is genuine, raise the limit: --limit polls=N (or polls=none)",
    locates="file",
)
CELL_TOO_LONG = _defect(
    "input.cell-too-long",
    "Cell over the length limit",
    "A cell holds more characters than the cell limit allows (10,000 by default; a name, a URL or a note is far "
    "shorter). Such a cell is a damaged file or a hostile one, and checking it would cost memory for nothing.",
    "a cell of {length:,} characters, over the limit of {limit:,}",
    FATAL,
    hint="if the input is genuine, raise the limit: --limit cell=N (or cell=none)",
)
NOT_CSV = _defect(
    "input.not-csv",
    "Not a text file",
    "The file is a spreadsheet workbook, a PDF or other binary data saved under a .csv name.",
    "is {kind}, not CSV text",
    FATAL,
    hint="open it and save it as 'CSV UTF-8 (Comma delimited)'",
    locates="file",
)
ENCODING = _defect(
    "input.encoding",
    "Not UTF-8",
    "The file is not UTF-8 and its encoding is not one kzcheck recognises; it is not guessed, so no letter is garbled.",
    "is not UTF-8: byte {byte} cannot be decoded",
    FATAL,
    hint=RESAVE,
)
WINDOWS_1251 = _defect(
    "input.windows-1251",
    "Windows-1251 encoding",
    "The file is in Windows-1251 (Cyrillic; KZ-1048 is its Kazakh variant), as Excel saves a plain 'CSV' on a "
    "Russian or Kazakh system. It is detected and named, not decoded: the Kazakh letters this code page lacks would "
    "be lost, so kzcheck stops and asks for UTF-8.",
    "is encoded in {encoding}, not UTF-8: {sample!r}",
    FATAL,
    hint=RESAVE,
)
UTF16 = _defect(
    "input.utf-16",
    "UTF-16 text",
    "Excel's 'Unicode Text' is UTF-16 with a byte-order mark, which names its encoding: it is read as such.",
    "is {encoding} text: read as such (UTF-8 is the documented encoding)",
    INFO,
)
BOM = _defect(
    "input.byte-order-mark",
    "UTF-8 byte-order mark",
    "Excel's 'CSV UTF-8' starts the file with a byte-order mark; it is dropped so the first column keeps its name.",
    "starts with a UTF-8 byte-order mark: dropped",
    INFO,
)
LINE_ENDS = _defect(
    "input.line-ends",
    "Windows or old Mac line ends",
    "Lines end in CR LF (Windows) or CR alone; both are read as line ends.",
    "lines end in {ends}: read as line ends",
    INFO,
)
EMPTY = _defect(
    "input.empty",
    "Empty file",
    "The file holds nothing, not even a header row. A table with no data yet is a header row alone, or no file.",
    "is empty: expected a header row",
    FATAL,
    hint="the header is: {header}; or delete the file if nothing is published yet",
    locates="file",
)
NO_ROWS = _defect(
    "input.no-rows",
    "Header with no rows",
    "The file has its header row but no data rows. Where a missing file means 'not yet published', delete it.",
    "has a header but no rows",
    WARNING,
)
DELIMITER = _defect(
    "input.delimiter",
    "Delimiter other than a comma",
    "The header splits into the documented columns on a semicolon or a tab (a spreadsheet's regional setting), "
    "or the file opens with Excel's `sep=` line: the file is read with that delimiter.",
    "cells are separated by {name}: read with that delimiter (a comma is documented)",
    INFO,
)
UNCLOSED_QUOTE = _defect(
    "input.unclosed-quote",
    "Unclosed quote",
    "A quoted cell never ends, so the rest of the file would be one cell.",
    "a quote opened on this row is never closed",
    FATAL,
    hint="close the quote, or remove it",
)
CSV = _defect(
    "input.csv",
    "Malformed CSV",
    "The CSV parser rejects the file for another reason; its message is passed on.",
    "is not valid CSV: {detail}",
    FATAL,
    hint="check quotes and the number of cells per row",
    locates="file",
)

# --- the header -------------------------------------------------------------------------------------------------------
MISSING_COLUMN = _defect(
    "input.missing-column",
    "Missing column",
    "A column the table needs is not in the header row.",
    "missing column{s} {names}",
    FATAL,
    hint="the header must hold: {required}",
)
RENAMED_COLUMN = _defect(
    "input.renamed-column",
    "Renamed column",
    "A needed column is missing and another column's name is close to it: probably renamed or misspelt.",
    "missing column{s} {names}",
    FATAL,
)
DUPLICATE_COLUMN = _defect(
    "input.duplicate-column",
    "Column named twice",
    "Two header cells name the same column; kzcheck cannot know which one holds the figures.",
    "column {name!r} appears twice in the header (cells {first} and {second})",
    FATAL,
    hint="delete or rename one of them",
)
EXTRA_COLUMN = _defect(
    "input.extra-column",
    "Unknown column",
    "A header cell names no documented column; the column is ignored, and a close documented name is suggested.",
    "unknown column {name!r} is ignored{suggestion}",
    WARNING,
)
HEADER_SPELLING = _defect(
    "input.header-spelling",
    "Header spelt differently",
    "A column name differs from the documented one only in case, spaces or hyphens (`Sample Size`): it is read as "
    "the documented column.",
    "column {printed!r} read as {name!r}",
    INFO,
)

# --- rows -------------------------------------------------------------------------------------------------------------
EXTRA_CELLS = _defect(
    "input.extra-cells",
    "Row with more cells than the header",
    "A row has values beyond the header's last column, so its cells cannot be matched to columns (in a comma-separated "
    "file an unquoted decimal comma, 53,46, splits one number in two). The row is not checked; empty trailing cells "
    "are ignored.",
    "row has {cells} cells but the header has {columns}: the row is not checked{why}",
    ERROR,
)
DUPLICATE_ROW = _defect(
    "input.duplicate-row",
    "Duplicate row",
    "A row repeats an earlier row cell for cell; the repeat is ignored.",
    "repeats row {first} exactly: the repeat is ignored",
    WARNING,
)
CONFLICTING_DUPLICATE = _defect(
    "input.conflicting-duplicate",
    "Conflicting duplicate row",
    "A row has the same key as an earlier row (the same poll, source and option; the same area and line…) but "
    "different values: one of them is wrong. Only the earlier row is checked.",
    "same {key} as row {first} ({values}) but {column} {here!r} here, {there!r} there: only row {first} is checked",
    ERROR,
)
BLANK = _defect(
    "schema.figures",
    "Blank required cell",
    "A cell that identifies a row (poll, source, option, area, line…) is blank. Each table's pandera schema reports it "
    "under its own id: schema.sources, schema.polls, schema.figures, schema.results, schema.areas, "
    "schema.acknowledged. A blank figure (share, count) is not a defect: it means 'not published'.",
    "{column} is blank",
    ERROR,
    reported_by=SCHEMA,
)
UNKNOWN_OPTION = _defect(
    "poll.option-known",
    "Unknown option name",
    "A figure names an option that is neither an id nor an alias in the election file; the message suggests the "
    "closest known name ('did you mean').",
    "unknown option {printed!r}; did you mean {known!r}?",
    ERROR,
    reported_by=SUITE,
)

# --- numbers ----------------------------------------------------------------------------------------------------------
DECIMAL_COMMA = _defect(
    "input.decimal-comma",
    "Decimal comma",
    "A share or percent printed with a decimal comma (53,46) is read as 53.46, keeping its two decimals. One finding "
    "per file and column, at the first such row.",
    "{count} {column} value(s) with a decimal comma read as numbers, keeping their decimals ({printed!r} -> {value})",
    INFO,
)
PERCENT_SIGN = _defect(
    "input.percent-sign",
    "Percent sign",
    "A share or percent printed with a percent sign (53.46%) is read without it.",
    "{count} {column} value(s) with a percent sign read as numbers ({printed!r} -> {value})",
    INFO,
)
THOUSANDS = _defect(
    "input.thousands-separator",
    "Thousands separators",
    "A whole number (votes, voters, sample size) printed with thousands separators is read as one number: groups of "
    "three digits split by spaces, no-break spaces (U+00A0, U+202F), thin spaces, commas (3,431,510) or, with two or "
    "more, dots (3.431.510). In a whole-number column a comma is only ever a thousands separator (3,431 is 3431); "
    "anything else with a comma (3,5) is not a number, and so is a single point before three digits (1.000 could be "
    "one thousand or one).",
    "{count} {column} value(s) with thousands separators read as whole numbers ({printed!r} -> {value})",
    INFO,
)
NOT_A_NUMBER = _defect(
    "input.not-a-number",
    "Not a number",
    "A numeric cell holds something that cannot be read as a number safely. Leave a cell blank for 'not published'.",
    "{column} {printed!r} is not a number{why}",
    ERROR,
)
NOT_AN_INTEGER = _defect(
    "input.not-an-integer",
    "Not a whole number",
    "A count (votes, seats, sample size, polling stations) has a fractional part.",
    "{column} {printed!r} is not a whole number",
    ERROR,
)
SCIENTIFIC = _defect(
    "input.scientific-notation",
    "Number in scientific notation",
    "A spreadsheet too narrow for a number saves it as 3.43E+06, rounded: the digits are lost, so it is not read.",
    "{column} {printed!r} is in scientific notation: the spreadsheet rounded it away",
    ERROR,
)


def markdown() -> str:
    """docs/input-defects.md, generated from the catalogue."""
    out = [
        "# Input defects",
        "",
        "<!-- generated by `python -m kzcheck.load.defects > docs/input-defects.md`; edit kzcheck/load/defects.py -->",
        "",
        "Every way a data file can arrive wrong that kzcheck recognises, with the code it prints and the exit code a "
        "run ends with when that is the only defect. **Fatal** defects stop the run (exit 2, the message on stderr "
        "names the file and, where there is one, the row); the others are findings in the report (`error` exits 1; "
        "`warning` exits 1 only with `--fail-on warning`; `info` marks a value that was read safely after "
        "normalising it). kzcheck never writes to a data file: normalising happens in memory.",
        "",
        "| code | defect | severity | exit | names | reported by |",
        "|---|---|---|---|---|---|",
    ]
    for d in CATALOGUE.values():
        sev = "fatal" if d.severity is None else d.severity.value
        out.append(f"| `{d.code}` | {d.title} | {sev} | {d.exit_code} | {d.locates} | {d.reported_by} |")
    out.append("")
    for d in CATALOGUE.values():
        sev = "fatal" if d.severity is None else d.severity.value
        out += [
            f"## `{d.code}` — {d.title}",
            "",
            d.description,
            "",
            f"- severity: {sev}; exit code {d.exit_code}",
            f"- message: `{d.template}`",
        ]
        if d.hint:
            out.append(f"- hint: {d.hint}")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(markdown())
