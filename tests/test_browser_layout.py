"""The report at a real desktop (1280 px) and phone (390 px) width: nothing wider than the screen, no `None`/`nan`.

Chromium lays each page out under device-metrics emulation over the DevTools protocol (tests/cdp.py), so the CSS
viewport is exactly 390 px (`--window-size=390` gives 500: headless Chromium's smallest window). The DOM is measured
in the browser: every element's box must lie within the viewport. Screenshots of every page at both widths are kept
in `reports/screenshots/` (or $KZCHECK_SCREENSHOTS), which CI uploads as an artefact.
"""

from __future__ import annotations

import html
import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import DATA, ROOT
from helpers import negative_share
from test_browser_report import CHROMIUM, FLAGS

from kzcheck.render.html.folder import write_report
from kzcheck.run import validate

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (Debian: apt-get install chromium); .ci/run installs it",
)
WIDTHS = {"desktop": (1280, False), "phone": (390, True)}
SHOTS = Path(os.environ.get("KZCHECK_SCREENSHOTS") or ROOT / "reports" / "screenshots")
NOT_A_VALUE = re.compile(r"\b(None|nan|NaN)\b")
E23 = "kz-2023-mazhilis"


def page_text(page: Path) -> str:
    body = re.sub(r"<(style|script)\b.*?</\1>", " ", page.read_text(encoding="utf-8"), flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """The report of the bundled data plus a copy with one negative share (a page with an error on it)."""
    data = tmp_path_factory.mktemp("layout") / "data"
    shutil.copytree(DATA, data)
    negative_share(data)
    out = tmp_path_factory.mktemp("layout") / "report"
    write_report(validate(data), out)
    return out


def pages_of(report: Path) -> list[Path]:
    return sorted(report.rglob("*.html"))


def test_no_page_prints_none_or_nan(report):
    pages = pages_of(report)
    assert len(pages) >= 10  # index, one page per election, the Data Docs pages
    found = {p.relative_to(report).as_posix(): NOT_A_VALUE.findall(page_text(p)) for p in pages}
    assert {k: v for k, v in found.items() if v} == {}


def test_the_grep_would_see_a_none():
    assert NOT_A_VALUE.findall("Reason acknowledged None Data asset: nan") == ["None", "nan"]
    assert NOT_A_VALUE.findall("Nonetheless a nano-scale banana") == []


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from cdp import Browser

    b = Browser(str(CHROMIUM), tmp_path_factory.mktemp("profile"), FLAGS)
    yield b
    b.close()


@needs_chromium
def test_the_harness_lays_out_at_390_and_flags_a_wide_element(browser, tmp_path):
    page = tmp_path / "wide.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"></head>'
        '<body><p>fits</p><div style="width:2000px">too wide</div></body></html>',
        encoding="utf-8",
    )
    tab = browser.page(page.as_uri(), 390, mobile=True)
    seen = tab.measure()
    tab.close()
    assert seen["viewport"] == 390  # the CSS viewport: what the page is laid out in
    assert [w["text"] for w in seen["wide"]] == ["too wide"]


@needs_chromium
@pytest.mark.parametrize("device", list(WIDTHS))
def test_no_element_is_wider_than_the_viewport_and_no_page_shows_none(report, browser, device):
    width, mobile = WIDTHS[device]
    folder = SHOTS / device
    folder.mkdir(parents=True, exist_ok=True)
    problems = {}
    for page in pages_of(report):
        tab = browser.page(page.as_uri(), width, mobile=mobile)
        seen = tab.measure()
        name = page.relative_to(report).as_posix()
        shot = tab.screenshot(folder / (re.sub(r"[^A-Za-z0-9.-]+", "_", name.removesuffix(".html")) + ".png"))
        tab.close()
        assert seen["viewport"] == width, name
        assert shot.stat().st_size > 5_000, f"{shot} looks blank"
        wide = [f"{w['tag']}.{w['cls']} {w['width']}px: {w['text'][:40]!r}" for w in seen["wide"]]
        if wide or seen["scrollWidth"] > width or NOT_A_VALUE.search(seen["text"]):
            problems[name] = {
                "wide": wide[:5],
                "scrollWidth": seen["scrollWidth"],
                "none": NOT_A_VALUE.findall(seen["text"]),
            }
    assert problems == {}


@needs_chromium
def test_an_election_page_opens_with_its_findings_and_the_index_lists_the_worst(report, browser):
    tab = browser.page((report / f"election-{E23}.html").as_uri(), 1280)
    order = tab.evaluate("[...document.querySelectorAll('main h2')].map(h => h.id)")
    tab.close()
    assert order[0] == "findings", order
    index = page_text(report / "index.html")
    serious = index.split("Most serious findings", 1)[1]
    assert "baytaq share -3.22 is negative" in serious.split("Mazhilis election, 19 March 2023", 1)[1][:2000]
