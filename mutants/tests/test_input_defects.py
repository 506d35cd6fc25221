"""What the reader does with each input defect, in detail: values normalised with their printed precision kept, rows
it cannot check left out after being reported, encodings named and never garbled, and the catalogue as the docs page.
The same catalogue is walked through the CLI in test_input_cli_walk.py."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import DATA, ROOT
from test_input_cli_walk import FIG, FINAL, TOML, lines, write

from kzcheck.load.dataset import discover
from kzcheck.load.defects import CATALOGUE, markdown
from kzcheck.load.election import key_row, load_election
from kzcheck.load.frames import FIGURES, load
from kzcheck.load.table import FILE, LINE, parse_numbers, read_table
from kzcheck.model.errors import InputError
from kzcheck.model.findings import Severity

E23 = "kz-2023-mazhilis"
HEADER = "poll,source,option,share"


def table(tmp_path: Path, content: str | bytes, spec=FIGURES):
    path = tmp_path / "figures.csv"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return read_table(path, "figures.csv", spec)


def fatal(tmp_path: Path, content: str | bytes, spec=FIGURES) -> InputError:
    with pytest.raises(InputError) as info:
        table(tmp_path, content, spec)
    return info.value


def numbers(values: list[str | None], integer: bool = False):
    frame = pd.DataFrame({"x": pd.Series(values, dtype="str"), FILE: "f.csv", LINE: range(2, len(values) + 2)})
    parsed, places, findings = parse_numbers(frame, "x", integer=integer)
    return list(parsed), list(places), findings


# --- the catalogue is the documentation ---------------------------------------------------------------------------


def test_docs_page_is_generated_from_the_catalogue():
    page = (ROOT / "docs" / "input-defects.md").read_text(encoding="utf-8")
    assert page == markdown(), "regenerate: python -m kzcheck.load.defects > docs/input-defects.md"


def test_every_entry_says_what_it_is_and_how_bad():
    for code, d in CATALOGUE.items():
        assert d.code == code and d.title and d.description.endswith(".") and d.template
        assert d.exit_code == (2 if d.fatal else 1 if d.severity is Severity.ERROR else 0)
        assert d.locates in ("row", "file", "folder")


# --- a copy saved by a spreadsheet loads to the same figures ------------------------------------------------------


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path]:
    original, saved = tmp_path / "original", tmp_path / "saved"
    shutil.copytree(DATA, original)
    shutil.copytree(DATA, saved)
    rows = [r.replace(",", ";") for r in lines(saved, FIG)]
    write(
        saved,
        FIG,
        [rows[0].title(), *(r.replace(".", ",") + " %" for r in rows[1:])],
        encoding="utf-8-sig",
        newline="\r\n",
    )
    final = [r.split(",") for r in lines(saved, FINAL)]
    for cells in final[1:]:
        if cells[2].isdigit():
            cells[2] = f"{int(cells[2]):,}".replace(",", "\u202f")
    write(saved, FINAL, [",".join(c) for c in final])
    return original, saved


def test_a_spreadsheet_saved_copy_loads_to_the_same_figures_with_the_same_precision(copies):
    original, saved = (load(discover(p, [E23])) for p in copies)
    cols = ["poll", "source", "option", "share", "share_decimals", "share_half"]
    pd.testing.assert_frame_equal(original.figures[cols], saved.figures[cols])
    pd.testing.assert_frame_equal(
        original.results[["line", "count", "percent"]], saved.results[["line", "count", "percent"]]
    )
    assert 1 in set(saved.figures["share_decimals"]) and 2 in set(saved.figures["share_decimals"]), "8,9 and 8,90"
    codes = {f.check for f in saved.findings}
    assert codes == {
        "input.delimiter",
        "input.decimal-comma",
        "input.percent-sign",
        "input.byte-order-mark",
        "input.line-ends",
        "input.header-spelling",
        "input.thousands-separator",
    }
    assert all(f.severity is Severity.INFO for f in saved.findings)
    comma = next(f for f in saved.findings if f.check == "input.decimal-comma")
    assert comma.row == 2 and comma.file.endswith(FIG) and comma.election == E23
    assert original.findings == []


# --- numbers --------------------------------------------------------------------------------------------------------


def test_decimal_comma_and_percent_sign_keep_the_printed_decimals():
    parsed, places, findings = numbers(["53,46", "8,9", "8,90 %", "10%", "53.46"])
    assert parsed == [53.46, 8.9, 8.9, 10.0, 53.46] and places == [2, 1, 2, 0, 2]
    assert [(f.check, f.row) for f in findings] == [("input.decimal-comma", 2), ("input.percent-sign", 4)]
    assert "3 share" not in findings[0].message and findings[0].message.startswith("3 x value(s)")


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("3 431 510", 3431510),
        ("3\u00a0431\u00a0510", 3431510),
        ("3\u202f431\u202f510", 3431510),
        ("3,431,510", 3431510),
        ("3.431.510", 3431510),
        ("3,431", 3431),
    ],
)
def test_thousands_separators_in_counts(printed, value):
    parsed, places, findings = numbers([printed], integer=True)
    assert parsed == [value] and places == [0]
    assert [f.check for f in findings] == ["input.thousands-separator"]


@pytest.mark.parametrize(
    ("printed", "why"),
    [
        ("3,5", "thousands separator"),
        ("1.000", "ambiguous"),
        ("53%", "percent sign"),
        ("—", "blank"),
        ("more than 30,000", "only the number"),
    ],
)
def test_counts_that_cannot_be_read_safely_are_errors_naming_the_cell(printed, why):
    parsed, _, findings = numbers(["12000", printed], integer=True)
    assert parsed[0] == 12000 and np.isnan(parsed[1])
    [f] = findings
    assert (f.check, f.severity, f.file, f.row, f.column) == ("input.not-a-number", Severity.ERROR, "f.csv", 3, "x")
    assert why in f.message and f.observed == printed


def test_share_with_thousands_or_exponent_is_not_read():
    parsed, _, findings = numbers(["1,234.5", "5.3E+01", "inf"])
    assert all(np.isnan(p) for p in parsed)
    assert [f.check for f in findings] == ["input.not-a-number", "input.scientific-notation", "input.not-a-number"]


# --- rows -----------------------------------------------------------------------------------------------------------


def test_unquoted_decimal_comma_row_is_reported_and_the_others_still_read(tmp_path):
    frame, findings = table(tmp_path, f"{HEADER}\niei,tass,amanat,53,46\niei,tass,auyl,10.52\niei,tass,qhp,6.80,,\n")
    assert list(frame["option"]) == ["auyl", "qhp"] and list(frame[LINE]) == [3, 4]
    [f] = findings
    assert (f.check, f.row, f.severity) == ("input.extra-cells", 2, Severity.ERROR)
    assert "5 cells but the header has 4" in f.message and "53,46" in f.message


def test_exact_and_conflicting_duplicates(tmp_path):
    frame, findings = table(
        tmp_path,
        f"{HEADER}\niei,tass,amanat,53.46\niei,tass,auyl,10.52\niei,tass,amanat,53.46\niei,tass,amanat,53.64\n",
    )
    assert list(frame[LINE]) == [2, 3], "only the first of a repeated key is checked"
    exact, conflict = findings
    assert (exact.check, exact.severity, exact.row) == ("input.duplicate-row", Severity.WARNING, 4)
    assert (conflict.check, conflict.severity, conflict.row) == ("input.conflicting-duplicate", Severity.ERROR, 5)
    assert "'53.64' here, '53.46' there" in conflict.message and "row 2" in conflict.message


def test_blank_lines_and_padding_are_not_data(tmp_path):
    frame, findings = table(tmp_path, f"\n{HEADER}\n iei , tass ,amanat, 53.46 \n\n , ,,\n")
    assert frame[["poll", "source", "share"]].values.tolist() == [["iei", "tass", "53.46"]]
    assert list(frame[LINE]) == [3] and findings == []


def test_header_only_is_an_empty_table_and_a_warning(tmp_path):
    frame, [f] = table(tmp_path, HEADER + "\n")
    assert frame.empty and list(frame.columns) == [*FIGURES.columns, FILE, LINE]
    assert (f.check, f.severity, f.row) == ("input.no-rows", Severity.WARNING, 1)


# --- header ---------------------------------------------------------------------------------------------------------


def test_header_defects(tmp_path):
    assert fatal(tmp_path, "poll,source,option\niei,tass,amanat\n").code == "input.missing-column"
    renamed = fatal(tmp_path, "poll,source,option,shares\niei,tass,amanat,1\n")
    assert renamed.code == "input.renamed-column" and "'shares' looks like 'share'" in renamed.hint
    twice = fatal(tmp_path, "poll,source,option,share,Share\niei,tass,amanat,1,2\n")
    assert twice.code == "input.duplicate-column" and "cells 4 and 5" in twice.message
    headless = fatal(tmp_path, "iei,tass,amanat,53.46\n")
    assert "header row missing" in headless.hint
    _, [extra] = table(
        tmp_path,
        "poll,source,option,share,marjin_of_error\niei,tass,amanat,1,2\n",
        spec=type(FIGURES)("figures", FIGURES.required, ("margin_of_error",)),
    )
    assert extra.check == "input.extra-column" and "did you mean 'margin_of_error'" in extra.message


# --- encodings ------------------------------------------------------------------------------------------------------


def test_windows_1251_is_named_with_the_word_read_right_and_nothing_is_read(tmp_path):
    err = fatal(tmp_path, f"{HEADER}\niei,tass,amanat,53.46\niei,tass,«Против всех»,3.9\n".encode("cp1251"))
    assert (err.code, err.row) == ("input.windows-1251", 3)
    assert "Windows-1251" in err.message and "Против всех" in err.message and "UTF-8" in err.hint


def test_kazakh_windows_code_page_is_named_as_such(tmp_path):
    err = fatal(tmp_path, f"{HEADER}\niei,tass,Бәріне қарсымын,3.9\n".encode("kz1048"))
    assert err.code == "input.windows-1251" and "KZ-1048" in err.message and "Бәріне қарсымын" in err.message


def test_latin_1_is_not_mistaken_for_cyrillic(tmp_path):
    err = fatal(tmp_path, f"{HEADER}\niei,tass,Partí Républicain,3.9\n".encode("latin-1"))
    assert (err.code, err.row) == ("input.encoding", 2)


def test_utf16_with_its_byte_order_mark_reads_like_utf8(tmp_path):
    text = f"{HEADER}\niei,tass,Ақ жол,7.87\n"
    frame, [f] = table(tmp_path, text.encode("utf-16"))
    assert list(frame["option"]) == ["Ақ жол"] and f.check == "input.utf-16"


def test_workbook_saved_as_csv(tmp_path):
    assert fatal(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)).code == "input.not-csv"


# --- election files -------------------------------------------------------------------------------------------------


def test_election_errors_name_the_row_of_the_key(tmp_path):
    text = (DATA / TOML).read_text(encoding="utf-8")
    assert text.count('method = "plurality"') == 1
    path = tmp_path / f"{E23}.toml"
    path.write_text(text.replace('method = "plurality"', 'method = "first-past-the-post"'), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_election(path, "e.toml")
    lines_ = text.splitlines()
    assert info.value.code == "election.invalid" and info.value.column == "tiers[1].method"
    assert lines_[info.value.row - 1] == 'method = "plurality"'
    assert key_row(text, "options[2].id") == lines_.index('id = "respublica"') + 1


def test_election_syntax_error_names_the_row(tmp_path):
    path = tmp_path / f"{E23}.toml"
    rows = (DATA / TOML).read_text(encoding="utf-8").splitlines()
    at = rows.index('body = "Mazhilis"')
    rows[at] = 'body = "Mazhilis'
    path.write_text("\n".join(rows), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_election(path, "e.toml")
    assert (info.value.code, info.value.row) == ("election.toml", at + 1)


# --- reports built from defective input escape what the input said -------------------------------------------------


def test_input_findings_reach_the_html_report_as_text(tmp_path):
    from kzcheck.render.html.folder import write_report
    from kzcheck.run import validate

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    rows = lines(data, FIG)
    write(data, FIG, [rows[0] + ",<script>alert(1)</script>", *(r + "," for r in rows[1:])])
    result = validate(data, [E23])
    assert any(f.check == "input.extra-column" and "<script>" in f.message for f in result.findings)
    write_report(result, tmp_path / "report")
    pages = [p.read_text(encoding="utf-8") for p in (tmp_path / "report").rglob("*.html")]
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in p for p in pages)
    assert not any("<script>alert(1)" in p for p in pages)
