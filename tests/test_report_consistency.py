"""One pollster, one look; one figure, one rounding; "closest" and "passed" only where they hold (Deliver 5)."""

from __future__ import annotations

import html
import re
from collections import defaultdict

import pytest
from click.testing import CliRunner
from conftest import DATA

from kzcheck.cli import main
from kzcheck.methods.closest import Lead, lead
from kzcheck.model.findings import Outcome, Severity, Status
from kzcheck.model.kinds import Kind
from kzcheck.render import figures
from kzcheck.render.html.pages import pages, verdict
from kzcheck.run import validate

E22, E23, E24 = "kz-2022-presidential", "kz-2023-mazhilis", "kz-2024-referendum"
SWATCH = re.compile(
    r'<span class="swatch" style="color: ([^"]+)" data-pollster="([^"]*)" aria-hidden="true">(.)</span>'
)


@pytest.fixture(scope="module")
def report():
    return pages(validate(DATA))


def text_of(markup: str) -> str:
    markup = re.sub(r"<(style|script)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def table(markup: str, caption: str) -> list[list[str]]:
    """The rows (cells as text) of the table with this caption."""
    start = markup.index(f"<caption>{caption}</caption>")
    body = markup[start : markup.index("</table>", start)]
    rows = re.findall(r"<tr\b[^>]*>(.*?)</tr>", body, flags=re.S)
    return [[text_of(c) for c in re.findall(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", r, flags=re.S)] for r in rows]


# ----------------------------------------------------------------------------------- one colour and marker each
def test_a_pollster_has_one_colour_and_marker_on_the_index_election_and_pollsters_pages(report):
    seen: dict[str, set[tuple[str, str]]] = defaultdict(set)
    pages_of: dict[str, set[str]] = defaultdict(set)
    for name, markup in report.items():
        for colour, pollster, glyph in SWATCH.findall(markup):
            seen[pollster].add((colour.lower(), glyph))
            pages_of[pollster].add("index" if name == "index.html" else name.split("-")[0].removesuffix(".html"))
    assert {p: s for p, s in seen.items() if len(s) != 1} == {}
    assert len({next(iter(s)) for s in seen.values()}) == len(seen)  # and no two pollsters share one
    # The Institute of Democracy was closest in 2021 and 2023: its swatch is on the index, its pages and the registry's.
    assert pages_of["democracy"] == {"index", "election", "pollsters"}
    assert {"election", "pollsters"} <= pages_of["sotsis-a"]
    # Each election page's chart draws each poll in the colour of its swatch.
    for eid in (E23, E24):
        markup = report[f"election-{eid}.html"]
        chart = re.search(r"<svg\b.*?</svg>", markup, flags=re.S)
        assert chart is not None
        for colour, _, _ in SWATCH.findall(markup):
            assert colour.lower() in chart.group(0).lower(), (eid, colour)


# ------------------------------------------------------------------------------------------- one rounding each
def test_an_error_is_rounded_to_the_printed_precision_by_one_function():
    # IEI printed Respublica 8.9 against the CEC's 8.59: 8.9 - 8.59 = 0.31, and 8.9 stands for 8.85..8.95, so +0.3.
    assert figures.error(8.9 - 8.59, "8.9") == "+0.3"
    assert figures.error(53.46 - 53.90, "53.46") == "−0.44"
    assert figures.error(52 - 51.6, "52") == "+0.4"  # a whole number: still one decimal
    assert figures.error(0.0001, "8.90") == "0.00"  # never "+0.00" or "−0.00"
    assert figures.points(0.2875, sign=False) == "0.29" and figures.points(-0.93) == "−0.93"


def test_the_same_figure_has_the_same_digits_on_every_page_and_in_the_terminal(report):
    e23 = report[f"election-{E23}.html"]
    accuracy = table(e23, "Accuracy by poll, best first")
    header, rows = accuracy[0], accuracy[1:]
    errors = table(e23, "Error by option")
    err_header = errors[0]
    col = {h: i for i, h in enumerate(header)}
    terminal = CliRunner().invoke(main, ["reconcile", "--election", E23], env={"NO_COLOR": "1"}).output
    ranking = {
        line.split()[1]: line.split() for line in terminal.splitlines() if re.match(r"\s+\d\s+[a-z-]+\s+\d", line)
    }
    assert len(rows) == 3 and len(ranking) == 3
    for row in rows:
        pollster = row[col["Pollster"]].lstrip("●■▲◆▼✚✖★ ")
        m3, worst = row[col["M3"]], row[col["Largest error"]]
        value, option = worst.split(" ", 1)
        option = option.strip("()")
        # the largest error is the same figure as that option's cell in the error table, with the same digits
        line = next(r for r in errors[1:] if r[0] == option)
        cell = line[err_header.index(pollster)].split(" ")[0]
        assert cell.lstrip("+−") == value, (pollster, option, cell, value)
        # and the terminal prints M3 and the largest error with the same digits
        poll = next(p for p, words in ranking.items() if words[2] == m3)
        assert ranking[poll][3] == value, (poll, ranking[poll], value)
    # the index's "closest" quotes the same M3 as the election page
    best = rows[0]
    assert f"{best[col['Pollster']].lstrip('●■▲◆▼✚✖★ ')} (mean absolute error {best[col['M3']]} points)" in text_of(
        report["index.html"]
    )
    # IEI's Respublica: +0.3 on the page and in the terminal (8.9 printed, 8.59 official)
    respublica = next(r for r in errors[1:] if r[0] == "Respublica")
    assert respublica[err_header.index("Institute of Eurasian Integration")].startswith("+0.3 ")
    assert re.search(r"Respublica\s+8\.59\s+8\.9 \(\+0\.3\)", terminal)


# --------------------------------------------------------------------------------------------------- closest
def test_the_lead_against_sampling_error_worked_by_hand():
    # 2023: Institute of Democracy M3 0.29, SOTSIS-A 0.33; an unbiased poll of either's size scores M3 0.24 on
    # average (docs/methods.md §4.6): the gap 0.04 is less than 0.24, so within sampling error.
    assert lead(0.29, 0.33, 0.24, 0.24) is Lead.WITHIN
    # 2024: IPP 0.81, IEI 1.31; chance 0.33 and 0.35: the gap 0.50 is at least 0.35, a clear lead.
    assert lead(0.81, 1.31, 0.33, 0.35) is Lead.CLEAR
    # exactly the larger chance M3 counts as clear; a poll with no sample size cannot be weighed
    assert lead(0.5, 0.85, 0.35, 0.2) is Lead.CLEAR and lead(0.5, 0.84, 0.35, 0.2) is Lead.WITHIN
    assert lead(0.33, 0.45, None, 0.3) is Lead.UNKNOWN


def test_closest_is_qualified_where_the_lead_is_within_sampling_error_or_cannot_be_judged(report):
    by_id = {r[0].split()[-1]: r[-1] for r in table(report["index.html"], "Elections")[1:]}  # "name id": who
    assert by_id[E23].endswith("within sampling error of SOTSIS-A (0.33): not a clear lead")
    assert "cannot be weighed against sampling error" in by_id[E22] and by_id[E22].endswith("is unknown")
    assert by_id[E24].endswith("(mean absolute error 0.81 points)")  # a clear lead, said plainly


# ---------------------------------------------------------------------------------------------------- passed
def test_passed_only_when_the_main_checks_were_evaluated_else_partly_checked_naming_them():
    specs = {
        "official.total": Kind.check("official.total", "t", "", Severity.ERROR, "kzcheck"),
        "official.turnout": Kind.check("official.turnout", "t", "", Severity.ERROR, "kzcheck"),
        "reconciliation.margin": Kind.check("reconciliation.margin", "t", "", Severity.INFO, "kzcheck"),
    }
    ran = Outcome("official.total", E23, "results:final")
    missing_main = Outcome("official.turnout", E23, "results:final", [], Status.NOT_EVALUATED, note="no turnout")
    missing_info = Outcome("reconciliation.margin", E23, "poll:x", [], Status.NOT_EVALUATED, note="no margin")
    partly = verdict([], [ran, missing_main, missing_info], specs)
    assert (partly.level, partly.headline) == ("partly", "Partly checked")
    assert "official.turnout" in partly.detail and "reconciliation.margin" not in partly.detail
    whole = verdict([], [ran, missing_info], specs)
    assert (whole.level, whole.headline) == ("passed", "No problems found")


def test_no_page_says_passed_over_a_main_check_not_evaluated(report):
    result = validate(DATA)
    partly = []
    for e in result.elections:
        outcomes = [o for o in result.outcomes if o.election == e.id]
        main = [
            o.check
            for o in outcomes
            if o.status is Status.NOT_EVALUATED and result.specs[o.check].severity is Severity.ERROR
        ]
        page = text_of(report[f"election-{e.id}.html"])
        if main:
            assert "No problems found" not in page, e.id
            partly += ["Partly checked" in page]
    assert partly, "no bundled election leaves a main check unevaluated: this test would not test anything"
