"""The pollsters page in headless Chromium: no console error, nothing remote, and no table wider than the page at
1280 px. The widths are measured by a script added to a copy of the page (the report itself forbids scripts)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import DATA
from test_browser_report import CHROMIUM, chromium, visit

from kzcheck.render.html.folder import write_report
from kzcheck.run import validate

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed; .ci/run installs it")

MEASURE = """<script>
const page = document.documentElement.clientWidth;
const tables = [...document.querySelectorAll("table")].map((t) => {
  const wrap = t.parentElement;
  return {caption: (t.caption ? t.caption.textContent : "").trim().slice(0, 60),
          width: Math.ceil(t.getBoundingClientRect().width), right: Math.ceil(t.getBoundingClientRect().right),
          room: wrap.clientWidth, scrolls: wrap.scrollWidth > wrap.clientWidth + 1};
});
const out = document.createElement("pre");
out.id = "measured";
out.textContent = JSON.stringify({page, tables});
document.body.appendChild(out);
</script>"""


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("browser-pollsters") / "reports"
    write_report(validate(DATA), out, data_docs=False)
    return out


def measured(page: Path, work: Path, width: int) -> dict:
    """The page's width and each table's, laid out by Chromium at `width` pixels."""
    html = page.read_text(encoding="utf-8")
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    probe = work / f"measure-{page.name}"
    probe.write_text(html.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    dom, _ = chromium(probe, work, "--dump-dom", "--virtual-time-budget=2000", f"--window-size={width},2000")
    found = re.search(r'<pre id="measured">(.*?)</pre>', dom, flags=re.S)
    assert found, "the measuring script did not run"
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))


def test_the_pollsters_page_renders_with_no_console_error_and_nothing_remote(report, tmp_path):
    seen = visit(report / "pollsters.html", tmp_path)
    assert seen.console == [] and seen.requests == []
    assert "Which pollster has been right, and does it lean?" in seen.text
    for text in (
        "SOTSIS-A",
        "Institute of Eurasian Integration",
        "Institute of Democracy",
        "Institute of Public Policy",
    ):
        assert text in seen.text
    assert "Yes −3.31" in seen.text and "Kassym-Jomart Tokayev +0.71" in seen.text
    chart = re.search(r'<figure class="chart">\s*<div class="chart-wrap"><svg\b.*?</svg>', seen.dom, flags=re.S)
    assert chart and "2024 referendum" in chart.group(0) and "SOTSIS-A" in chart.group(0)
    index = visit(report / "index.html", tmp_path)
    assert 'href="pollsters.html"' in index.dom


def test_no_table_on_the_pollsters_page_is_wider_than_the_page_at_1280_px(report, tmp_path):
    m = measured(report / "pollsters.html", tmp_path, 1280)
    assert m["page"] == 1280 and len(m["tables"]) >= 13  # the summary, then votes and house effects per pollster
    too_wide = [t for t in m["tables"] if t["scrolls"] or t["right"] > m["page"]]
    assert too_wide == [], too_wide


def test_the_harness_would_see_a_table_wider_than_the_page(tmp_path):
    """The measurement can fail: a 2,000 px table inside the report's wrapper scrolls."""
    page = tmp_path / "wide.html"
    cells = "".join(f"<td>column-{i}-with-a-long-unbreakable-value</td>" for i in range(40))
    page.write_text(
        f'<!DOCTYPE html><html><body><div class="table-wrap" style="overflow-x:auto"><table><tr>{cells}</tr>'
        "</table></div></body></html>",
        encoding="utf-8",
    )
    m = measured(page, tmp_path, 1280)
    assert m["tables"][0]["scrolls"]
