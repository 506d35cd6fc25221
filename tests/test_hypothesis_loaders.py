"""Generated input fed to every loader: whatever the text, a loader returns data and findings or raises kzcheck's own
`InputError`, nothing else. Numbers spelt the ways spreadsheets and newspapers spell them read back to their value,
with the decimals they were printed with."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import DATA
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from kzcheck.load.dataset import discover
from kzcheck.load.defects import CATALOGUE
from kzcheck.load.election import load_election, parse_election
from kzcheck.load.frames import FIGURES, RESULTS, load
from kzcheck.load.table import FILE, LINE, parse_numbers, read_table
from kzcheck.model.errors import InputError
from kzcheck.model.findings import Finding, Severity

E23 = "kz-2023-mazhilis"
LOADER = settings(
    max_examples=500,  # bounded: the suite's time budget (README); each loader sees 500 generated inputs per run
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SPACES = (" ", "\u00a0", "\u202f", "\u2009")


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    """One folder per module, rewritten by every example (hypothesis runs examples one after another)."""
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


# --- strategies -------------------------------------------------------------------------------------------------------

decimals = st.integers(0, 3).flatmap(
    lambda k: st.decimals(min_value=-5, max_value=105, places=k, allow_nan=False, allow_infinity=False)
)
counts = st.integers(0, 20_000_000)


def grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


number_text = st.one_of(
    decimals.map(str),
    decimals.map(lambda d: str(d).replace(".", ",")),
    decimals.map(lambda d: f"{d}%"),
    decimals.map(lambda d: f"{str(d).replace('.', ',')} %"),
    st.tuples(counts, st.sampled_from((*SPACES, ",", "."))).map(lambda t: grouped(*t)),
    counts.map(lambda n: f"{n:.2E}"),
)
cell_text = st.one_of(
    number_text,
    st.sampled_from(
        [
            "",
            " ",
            "—",
            "n/a",
            "iei",
            "amanat",
            "Аманат",
            "Ақ жол",
            "tass-2023-03-19",
            "KZ",
            '"',
            "'",
            ",",
            ";",
            "\t",
            "\r",
            "\n",
            "\ufeff",
            "\x00",
            "=1+1",
            "nan",
            "inf",
            "1e5",
        ]
    ),
    st.text(max_size=12),
)
header_cell = st.one_of(
    st.sampled_from([*FIGURES.columns, *RESULTS.columns, "Share", " poll ", "sampel_size", "", "note", "share"]),
    st.text(max_size=8),
)


def quote(cell: str, delimiter: str, style: int) -> str:
    if style == 0:
        return cell
    if style == 1 or any(c in cell for c in (delimiter, '"', "\n", "\r")):
        return '"' + cell.replace('"', '""') + '"'
    return cell


@st.composite
def csv_bytes(draw: st.DrawFn) -> bytes:
    """CSV as spreadsheets save it, and mangle it: any delimiter, quoting, line end, byte-order mark and encoding."""
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    end = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    header = draw(st.one_of(st.permutations(list(FIGURES.columns)), st.lists(header_cell, max_size=7)))
    width = max(len(header), 1)
    rows = draw(st.lists(st.lists(cell_text, min_size=0, max_size=width + 2), max_size=8))
    style = draw(st.integers(0, 2))
    text = end.join(delimiter.join(quote(c, delimiter, style) for c in row) for row in [list(header), *rows])
    text += draw(st.sampled_from(["", end, end + end]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1251", "latin-1"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):  # damage: cut the file short, or splice in arbitrary bytes
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=8))
    return data


# --- read_table -------------------------------------------------------------------------------------------------------


def check_table(frame: pd.DataFrame, findings: list[Finding], columns: tuple[str, ...]) -> None:
    assert list(frame.columns) == [*columns, FILE, LINE]
    assert frame[LINE].is_monotonic_increasing and frame[LINE].is_unique
    assert (frame.index == frame[LINE]).all()
    for c in columns:
        assert frame[c].dtype == "str"
        assert not frame[c].fillna("x").eq("").any(), "a blank cell is missing, never an empty string"
    for f in findings:
        assert f.check in CATALOGUE and not CATALOGUE[f.check].fatal, f.check
        assert f.row is None or f.row >= 1


@LOADER
@given(data=csv_bytes())
def test_read_table_on_generated_csv(scratch: Path, data: bytes) -> None:
    path = scratch / "figures.csv"
    path.write_bytes(data)
    try:
        frame, findings = read_table(path, "figures.csv", FIGURES)
    except InputError as exc:
        assert exc.code in CATALOGUE and CATALOGUE[exc.code].fatal, exc.code
        return
    check_table(frame, findings, FIGURES.columns)


@LOADER
@given(data=st.binary(max_size=300))
def test_read_table_on_arbitrary_bytes(scratch: Path, data: bytes) -> None:
    path = scratch / "results.csv"
    path.write_bytes(b"area,line,count,percent,source\n" + data)
    try:
        frame, findings = read_table(path, "results.csv", RESULTS)
    except InputError as exc:
        assert exc.code in CATALOGUE and CATALOGUE[exc.code].fatal, exc.code
        return
    check_table(frame, findings, RESULTS.columns)


# --- parse_numbers ----------------------------------------------------------------------------------------------------


def column(values: list[str | None]) -> pd.DataFrame:
    n = len(values)
    return pd.DataFrame({"x": pd.Series(values, dtype="str"), "election": E23, FILE: "f.csv", LINE: range(2, n + 2)})


@LOADER
@given(values=st.lists(st.one_of(st.none(), cell_text), max_size=20), integer=st.booleans())
def test_parse_numbers_on_generated_cells(values: list[str | None], integer: bool) -> None:
    frame = column(values)
    parsed, places, findings = parse_numbers(frame, "x", integer=integer)
    assert parsed.dtype == "float64" and places.dtype == "int64" and len(parsed) == len(values)
    assert np.isfinite(parsed.dropna()).all()
    flagged = {f.row for f in findings if f.severity is Severity.ERROR}
    for (i, raw), value in zip(enumerate(values), parsed, strict=True):
        blank = raw is None or not raw.strip()
        assert not (blank and not np.isnan(value)), "a blank cell is 'not published', never a number"
        if not blank and np.isnan(value):
            assert i + 2 in flagged, f"{raw!r} was neither read nor reported"
    for f in findings:
        assert f.check in CATALOGUE and f.file == "f.csv" and f.column == "x" and f.row is not None


@LOADER
@given(d=decimals, style=st.sampled_from(["plain", "comma", "percent", "comma-percent"]))
def test_every_safe_spelling_of_a_share_reads_back_with_its_decimals(d: Decimal, style: str) -> None:
    printed = str(d)
    text = {
        "plain": printed,
        "comma": printed.replace(".", ","),
        "percent": printed + "%",
        "comma-percent": printed.replace(".", ",") + " %",
    }[style]
    parsed, places, findings = parse_numbers(column([text]), "x")
    assert parsed[0] == float(d)
    assert places[0] == max(-d.as_tuple().exponent, 0), "decimals kept as printed: 8,90 is two decimals"
    codes = {f.check for f in findings}
    assert (
        codes
        == {
            "plain": set(),
            "comma": {"input.decimal-comma"} if "." in printed else set(),
            "percent": {"input.percent-sign"},
            "comma-percent": {"input.percent-sign"} | ({"input.decimal-comma"} if "." in printed else set()),
        }[style]
    )
    assert all(f.severity is Severity.INFO for f in findings)


@LOADER
@given(n=counts, sep=st.sampled_from(SPACES + (",", ".")))
def test_thousands_separators_in_a_count_read_back_to_the_count(n: int, sep: str) -> None:
    text = grouped(n, sep)
    parsed, _, findings = parse_numbers(column([text]), "x", integer=True)
    if sep == "." and text.count(".") == 1:  # 3.431 could be a decimal: not read as a count
        assert np.isnan(parsed[0]) and [f.check for f in findings] == ["input.not-a-number"]
        return
    assert parsed[0] == n
    assert [f.check for f in findings] == (["input.thousands-separator"] if n >= 1000 else [])


# --- election files ---------------------------------------------------------------------------------------------------

toml_scalars = st.one_of(
    st.integers(-5, 100),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
)
documents = st.recursive(
    st.one_of(toml_scalars, st.none()),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "name",
                    "kind",
                    "date",
                    "options",
                    "tiers",
                    "protocol",
                    "lines",
                    "relations",
                    "seats",
                    "method",
                    "threshold",
                    "left",
                    "right",
                    "op",
                    "severity",
                    "aliases",
                    "en",
                    "percent_base",
                    "percent_of",
                    "pollsters",
                    "final_results_due_days",
                    "seat_eligible",
                    "monotonic_intraday",
                    "areas",
                    "x",
                ]
            ),
            inner,
            max_size=6,
        ),
    ),
    max_leaves=25,
)


@LOADER
@given(
    doc=st.dictionaries(
        st.sampled_from(
            [
                "id",
                "kind",
                "date",
                "options",
                "tiers",
                "protocol",
                "percent_base",
                "pollsters",
                "final_results_due_days",
                "name",
            ]
        ),
        documents,
        max_size=9,
    )
)
def test_parse_election_on_generated_documents(doc: dict) -> None:
    base = {
        "id": "kz-x",
        "kind": "referendum",
        "date": pd.Timestamp("2024-10-06").date(),
        "options": [{"id": "yes"}, {"id": "no"}],
    }
    try:
        election = parse_election({**base, **doc}, "elections/kz-x.toml")
    except InputError as exc:
        assert exc.code == "election.invalid"
        return
    assert election.options


REAL_TOML = (DATA / "elections" / f"{E23}.toml").read_text(encoding="utf-8")
REAL_LINES = REAL_TOML.splitlines()


@LOADER
@given(
    edits=st.lists(
        st.tuples(
            st.integers(0, len(REAL_LINES) - 1),
            st.one_of(st.just(""), st.text(max_size=30), st.sampled_from(REAL_LINES)),
        ),
        max_size=4,
    ),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16"]),
)
def test_load_election_on_edited_files(scratch: Path, edits: list[tuple[int, str]], encoding: str) -> None:
    rows = list(REAL_LINES)
    for at, text in edits:
        rows[at] = text
    path = scratch / f"{E23}.toml"
    path.write_bytes("\n".join(rows).encode(encoding, errors="replace"))
    try:
        election = load_election(path, "elections/kz.toml")
    except InputError as exc:
        assert exc.code in CATALOGUE and CATALOGUE[exc.code].fatal, exc.code
        assert exc.row is None or 1 <= exc.row <= len(rows)
        return
    assert election.id == E23


# --- a whole data folder ----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def folder(scratch: Path) -> Path:
    """The bundled 2023 election alone, whose figures and final results each example replaces."""
    root = scratch / "data"
    for rel in ("sources.csv", f"elections/{E23}.toml", f"polls/{E23}.csv", "areas/kz-2022.csv"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(DATA / rel, root / rel)
    (root / "figures").mkdir()
    (root / "results").mkdir()
    return root


figure_rows = st.lists(
    st.tuples(
        st.sampled_from(["iei", "democracy", "sotsis-a", "nope", ""]),
        st.sampled_from(["tass-2023-03-19", "unknown-source", ""]),
        st.sampled_from(["amanat", "Amanat", "«Аманат»", "auyl", "aq-jol", "amanatt", ""]),
        number_text,
    ),
    max_size=12,
)
result_rows = st.lists(
    st.tuples(
        st.sampled_from(["KZ", "almaty", "", "??"]),
        st.sampled_from(["amanat", "auyl", "votes_total", "voters_on_list", "nope"]),
        st.one_of(number_text, st.just("")),
        st.one_of(number_text, st.just("")),
        st.one_of(st.just(""), number_text),
    ),
    max_size=12,
)


def write_folder(root: Path, figures: list[tuple[str, ...]], results: list[tuple[str, ...]], delimiter: str) -> None:
    def text(header: list[str], rows: list[tuple[str, ...]]) -> bytes:
        body = [delimiter.join(quote(c, delimiter, 2) for c in r) for r in [tuple(header), *rows]]
        return ("\n".join(body) + "\n").encode("utf-8")

    (root / "figures" / f"{E23}.csv").write_bytes(text(list(FIGURES.columns), figures))
    (root / "results" / f"{E23}.final.csv").write_bytes(
        text(
            ["area", "line", "count", "percent", "seats", "as_of", "source"],
            [(a, ln, c, p, s, "", "astanatimes-2023-03-27") for a, ln, c, p, s in results],
        )
    )


# each example loads a whole data folder (about 0.1 s): 200 of them keep the suite in CI's time
@settings(LOADER, max_examples=100)
@given(figures=figure_rows, results=result_rows, delimiter=st.sampled_from([",", ";"]))
def test_load_on_a_generated_data_folder(folder: Path, figures, results, delimiter: str) -> None:
    write_folder(folder, figures, results, delimiter)
    try:
        data = load(discover(folder))
    except InputError as exc:
        assert exc.code in CATALOGUE and CATALOGUE[exc.code].fatal, exc.code
        return
    assert len(data.figures) <= len(figures) and len(data.results) <= len(results)
    assert data.figures["share"].dtype == "float64" and data.results["count"].dtype == "float64"
    for f in data.findings:
        assert f.check in CATALOGUE and f.file is not None


# each example is a whole validate (seconds): bounded so the suite stays in CI's time; the examples below are cases
# it once found, kept whatever the draw
@settings(max_examples=15, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(figures=figure_rows, results=result_rows, delimiter=st.sampled_from([",", ";"]))
@example(  # a blank source beside a real one printing the same figure differently broke the outlets' judgement
    figures=[("iei", "", "amanat", "53.46"), ("iei", "tass-2023-03-19", "amanat", "51%")], results=[], delimiter=","
)
def test_validate_on_a_generated_data_folder(folder: Path, figures, results, delimiter: str) -> None:
    """The whole pipeline, every check included: findings, or kzcheck's own error; never anything else."""
    from kzcheck.run import validate

    assume(figures or results)
    write_folder(folder, figures, results, delimiter)
    try:
        result = validate(folder)
    except InputError as exc:
        assert exc.code in CATALOGUE, exc.code
        return
    assert result.exit_code(Severity.ERROR) in (0, 1)
    for f in result.findings:
        assert f.message and f.check
