"""The bundled 2023 figures equal the fact sheet's, figure for figure and as printed (8.9 stays 8.9)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import DATA, SHARED_SOURCES
from helpers import read_rows

FACTSHEET = SHARED_SOURCES / "kazakhstan-elections.md"
OPTIONS_2023 = ["amanat", "auyl", "respublica", "aq-jol", "qhp", "jsdp", "baytaq", "against-all"]
POLLSTERS = {"Institute of Eurasian Integration": "iei", "Institute of Democracy": "democracy", "SOTSIS-A": "sotsis-a"}

pytestmark = pytest.mark.skipif(not FACTSHEET.exists(), reason="the fact sheet (shared/sources) is not beside the repo")


def section(title: str) -> str:
    text = FACTSHEET.read_text(encoding="utf-8")
    start = text.index(title)
    end = re.search(r"\n#{2,3} ", text[start + 1 :])
    return text[start : start + 1 + end.start()] if end else text[start:]


def table_rows(text: str) -> list[list[str]]:
    return [
        [c.strip() for c in line.strip().strip("|").split("|")]
        for line in text.splitlines()
        if line.startswith("|") and not line.startswith("|---") and "---:" not in line
    ]


def test_2023_cec_result_matches_factsheet():
    rows = table_rows(section("### 1.1"))[1:]  # skip the header
    sheet = {r[0]: r for r in rows}
    _, bundled = read_rows(DATA / "results" / "kz-2023-mazhilis.final.csv")
    by_line = {r["line"]: r for r in bundled if r["area"] == "KZ"}
    names = [
        "AMANAT",
        "Auyl",
        "Respublica",
        "Aq Jol",
        "People's Party of Kazakhstan (QHP)",
        "Nationwide Social Democratic Party (JSDP/OSDP)",
        "Baytaq",
        "against all",
    ]
    for name, option in zip(names, OPTIONS_2023, strict=True):
        votes, percent, seats = sheet[name][1:4]
        row = by_line[option]
        assert row["count"] == votes.replace(",", ""), option
        assert row["percent"] == percent, f"{option}: precision as printed"
        assert row["seats"] == ("" if seats == "–" else seats), option
        assert row["source"], f"{option} has a source"


def test_2023_exit_polls_match_factsheet_as_printed():
    rows = table_rows(section("### 1.2"))
    _, bundled = read_rows(DATA / "figures" / "kz-2023-mazhilis.csv")
    tass = {(r["poll"], r["option"]): r["share"] for r in bundled if r["source"] == "tass-2023-03-19"}
    for row in rows:
        if row[0] not in POLLSTERS:
            continue
        poll = POLLSTERS[row[0]]
        for option, printed in zip(OPTIONS_2023, row[1:9], strict=True):
            assert tass[(poll, option)] == printed, f"{poll} {option}: {tass[(poll, option)]} != {printed}"


def test_qazmonitor_prints_iei_baytaq_as_325():
    _, bundled = read_rows(DATA / "figures" / "kz-2023-mazhilis.csv")
    qaz = [r for r in bundled if r["source"].startswith("qazmonitor") and r["option"] == "baytaq"]
    assert [r["share"] for r in qaz] == ["3.25"]


def test_every_figure_has_a_source_with_outlet_and_date():
    _, sources = read_rows(DATA / "sources.csv")
    known = {s["source"]: s for s in sources}
    for path in [*Path(DATA / "figures").glob("*.csv"), *Path(DATA / "results").glob("*.csv")]:
        _, rows = read_rows(path)
        for r in rows:
            assert r["source"] in known, f"{path.name}: {r['source']}"
            assert known[r["source"]]["outlet"] and re.match(r"\d{4}-\d{2}-\d{2}", known[r["source"]]["published"])
