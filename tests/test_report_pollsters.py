"""The report's pollsters page and the one colour-and-marker mapping every chart takes a pollster's style from."""

from __future__ import annotations

import dataclasses
import re

import pytest
from conftest import DATA
from helpers import edit_rows

from kzcheck.render.html.charts import MARKERS, OKABE_ITO, Series, error_chart, pollster_styles
from kzcheck.render.html.pages import page_name, pages
from kzcheck.render.html.pages import pollster_styles as report_styles
from kzcheck.run import validate

E23, E24 = "kz-2023-mazhilis", "kz-2024-referendum"
SCRIPT = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def bundled():
    result = validate(DATA)
    return result, pages(result)


def chart_colours(html: str) -> set[str]:
    chart = re.search(r'<figure class="chart">.*?</svg>', html, flags=re.S)
    assert chart, "no chart on the page"
    return {c.lower() for c in re.findall(r"#[0-9A-Fa-f]{6}", chart.group(0))}


def test_the_index_links_the_pollsters_page(bundled):
    _, html = bundled
    assert "pollsters.html" in html and 'href="pollsters.html"' in html["index.html"]
    page = html["pollsters.html"]
    for text in ("SOTSIS-A", "Institute of Eurasian Integration", "two votes are not a track record", "Yes −3.31"):
        assert text in page
    assert "not scored: a regional poll (almaty-city only)" in page


def test_styles_follow_the_registry_order_and_never_repeat():
    styles = pollster_styles(["sotsis-a", "iei", "democracy", *[f"p{i}" for i in range(10)]])
    assert styles["sotsis-a"].colour == OKABE_ITO[0] and styles["iei"].colour == OKABE_ITO[1]
    pairs = {(s.colour, s.marker) for s in styles.values()}
    assert len(pairs) == len(styles)  # past eight pollsters the colours repeat, with another marker
    assert styles["p5"].marker == MARKERS[(8 + 1) % 8]


def test_a_pollster_has_one_style_on_every_page(bundled):
    """SOTSIS-A is 1st in pollsters.csv, the Institute of Public Policy 4th, IEI 2nd. The 2024 page lists its polls
    as SOTSIS-A, IPP, IEI: by position IPP would be the 2nd colour; by id it is the 4th, as on every other page."""
    result, html = bundled
    who, styles = report_styles(result.data)
    assert styles[who[(E23, "sotsis-a")]] == styles[who[(E24, "sotsis-a")]] == styles["sotsis-a"]
    colours = chart_colours(html[page_name(E24)])
    assert {OKABE_ITO[0].lower(), OKABE_ITO[3].lower(), OKABE_ITO[1].lower()} <= colours
    assert OKABE_ITO[2].lower() not in colours  # the Institute of Democracy's colour: it did not poll 2024
    assert OKABE_ITO[3].lower() in chart_colours(html["pollsters.html"])


def test_the_error_chart_draws_a_series_in_its_given_style():
    svg = error_chart("t", ["Yes"], [Series("A", [1.0], style=pollster_styles(["x", "y", "z", "w"])["w"])], "0", "d")
    assert OKABE_ITO[3].lower() in svg.lower() and OKABE_ITO[0].lower() not in svg.lower()


def test_data_derived_text_on_the_pollsters_page_is_escaped(data_copy):
    def rename(rows):
        for r in rows:
            if r["pollster"] == "iei":
                r["name_en"], r["runs_or_funds"], r["links"] = SCRIPT, SCRIPT, "javascript:alert(1)"
        return rows

    edit_rows(data_copy / "pollsters.csv", rename)
    result = validate(data_copy, [E23])
    page = pages(result)["pollsters.html"]
    assert SCRIPT not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="javascript:' not in page


def test_a_result_without_tables_says_so(data_copy):
    result = dataclasses.replace(validate(data_copy, [E23]), tables=None)
    page = pages(result)["pollsters.html"]
    assert "Track records were not computed in this run" in page
