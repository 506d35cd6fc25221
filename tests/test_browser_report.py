"""The report in a real browser: headless Chromium opens the pages from disk with the network cut off.

For each page the test reads the DOM Chromium built (--dump-dom), every console message (uncaught script errors and
Content-Security-Policy violations are console messages), and every http(s) request the page itself started (from
Chromium's net log), and saves a screenshot at desktop and phone width. Skipped, with the reason, where Chromium is
not installed; .ci/run installs it.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import DATA
from helpers import edit_rows

from kzcheck.render.html.folder import write_report
from kzcheck.run import validate

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="headless Chromium is not installed (Debian: apt-get install chromium); .ci/run installs it",
)

E21, E22, E23 = "kz-2021-mazhilis", "kz-2022-presidential", "kz-2023-mazhilis"
SCRIPT = "<script>alert(1)</script>"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--hide-scrollbars",
    "--host-resolver-rules=MAP * ~NOTFOUND",  # nothing resolves: the page must work offline
    "--enable-logging=stderr",
    "--v=0",
)


@dataclass
class Visit:
    dom: str
    console: list[str]
    requests: list[str]

    @property
    def text(self) -> str:
        body = re.sub(r"<(style|script)\b.*?</\1>", " ", self.dom, flags=re.S | re.I)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())


def chromium(page: Path, work: Path, *args: str) -> tuple[str, str]:
    profile = work / f"profile-{len(list(work.glob('profile-*')))}"
    run = subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout, run.stderr


def page_requests(netlog: Path) -> list[str]:
    """http(s) requests the page started; the browser's own (updates, accounts) have no origin and are left out."""
    log = json.loads(netlog.read_text(encoding="utf-8"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [
        e["params"]["url"]
        for e in log["events"]
        if e["type"] == start
        and e.get("params", {}).get("initiator") != "not an origin"
        and re.match(r"https?://", e.get("params", {}).get("url", ""))
    ]


def visit(page: Path, work: Path) -> Visit:
    netlog = work / f"net-{page.stem}-{len(list(work.glob('net-*')))}.json"
    dom, log = chromium(page, work, "--dump-dom", "--virtual-time-budget=2000", f"--log-net-log={netlog}")
    console = [line for line in log.splitlines() if ":CONSOLE" in line]
    return Visit(dom, console, page_requests(netlog))


def screenshots(page: Path, work: Path) -> list[Path]:
    """The page at a real desktop and phone width (device-metrics emulation, not --window-size, which headless
    Chromium clamps to 500 px), full length; tests/test_browser_layout.py measures the layout itself."""
    from cdp import Browser

    shots = []
    browser = Browser(str(CHROMIUM), work / f"profile-cdp-{len(list(work.glob('profile-cdp-*')))}", FLAGS)
    try:
        for name, width, mobile in (("desktop", 1280, False), ("phone", 390, True)):
            tab = browser.page(page.as_uri(), width, mobile=mobile)
            assert tab.measure()["viewport"] == width
            shot = tab.screenshot(work / f"{page.stem}-{name}.png")
            tab.close()
            assert shot.stat().st_size > 10_000, f"{shot} looks blank"
            shots.append(shot)
    finally:
        browser.close()
    return shots


def test_the_harness_sees_script_errors_and_remote_requests(tmp_path):
    """The checks below can fail: a script error and a remote stylesheet are both caught."""
    page = tmp_path / "broken.html"
    page.write_text(
        '<!DOCTYPE html><html><head><link rel="stylesheet" href="https://cdn.example.org/site.css"></head>'
        "<body><p>Hello</p><script>undefinedFunction()</script></body></html>",
        encoding="utf-8",
    )
    seen = visit(page, tmp_path)
    assert any("Uncaught ReferenceError" in line for line in seen.console)
    assert seen.requests == ["https://cdn.example.org/site.css"]
    assert "Hello" in seen.text


@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "reports"
    write_report(validate(DATA), out)
    return out


def test_index_shows_the_elections_with_no_script_error_and_nothing_remote(bundled, tmp_path):
    seen = visit(bundled / "index.html", tmp_path)
    for name in (
        "Mazhilis election, 10 January 2021",
        "Presidential election, 20 November 2022",
        "Mazhilis election, 19 March 2023",
    ):
        assert name in seen.text
    assert "Can these election figures be trusted?" in seen.text
    assert seen.console == [] and seen.requests == []
    assert "<script" not in seen.dom
    screenshots(bundled / "index.html", tmp_path)


def test_2023_page_shows_the_reconciliation_chart_and_error_table(bundled, tmp_path):
    page = bundled / f"election-{E23}.html"
    seen = visit(page, tmp_path)
    chart = re.search(r'<figure class="chart">\s*<div class="chart-wrap"><svg\b.*?</svg>', seen.dom, flags=re.S)
    assert chart and "Institute of Eurasian Integration" in chart.group(0)  # the legend, drawn in the DOM as text
    assert "Error by option" in seen.text and "−0.44 (inside)" in seen.text
    assert "Threshold calls" in seen.text and "Seat projections" in seen.text
    assert seen.console == [] and seen.requests == []
    for shot in screenshots(page, tmp_path):
        print(f"screenshot: {shot}")


def test_data_docs_open_offline_without_errors(bundled, tmp_path):
    index = visit(bundled / "gx" / "index.html", tmp_path)
    assert "Great Expectations Data Docs" in index.text and index.console == [] and index.requests == []
    validation = next((bundled / "gx" / "validations").rglob("*.html"))
    seen = visit(validation, tmp_path)
    assert "Expectation Validation Result" in seen.text
    assert seen.console == [] and seen.requests == []


def test_injected_script_in_a_pollster_name_shows_as_text_and_runs_nothing(tmp_path, data_copy):
    def pollster(rows):
        for r in rows:
            if r["poll"] == "iei":
                r["pollster"] = SCRIPT
        return rows

    edit_rows(data_copy / "polls" / f"{E23}.csv", pollster)
    out = tmp_path / "reports"
    write_report(validate(data_copy, [E23]), out)
    page = out / f"election-{E23}.html"
    seen = visit(page, tmp_path)
    assert SCRIPT in seen.text  # the reader sees the name as written
    assert "<script" not in seen.dom.replace("&lt;script", "")  # and the browser built no script element
    assert seen.console == [], seen.console  # nothing ran, nothing was blocked, nothing failed
    assert seen.requests == []
    for validation in (out / "gx" / "validations").rglob("*.html"):
        docs = visit(validation, tmp_path)
        assert docs.console == [] and "<script" not in docs.dom.replace("&lt;script", "")
    screenshots(page, tmp_path)
