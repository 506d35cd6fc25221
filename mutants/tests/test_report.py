"""The HTML report on real-shaped data: what it shows, that it escapes, that it loads nothing remote, that it is
written whole. The browser checks are in test_browser_report.py."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import DATA
from helpers import edit_rows

from kzcheck.render.html.folder import MARKER, write_report
from kzcheck.run import validate

E21, E22, E23 = "kz-2021-mazhilis", "kz-2022-presidential", "kz-2023-mazhilis"
NAMES = {
    E21: "Mazhilis election, 10 January 2021",
    E22: "Presidential election, 20 November 2022",
    E23: "Mazhilis election, 19 March 2023",
}
SCRIPT = "<script>alert(1)</script>"


# ------------------------------------------------------------------------------------------- remote-asset scanner
class AssetScanner(HTMLParser):
    """Every place an HTML page would fetch something by itself: src/srcset/data/poster attributes, <link> hrefs,
    SVG <use>/<image> hrefs, and url()/@import in <style> blocks and style attributes."""

    FETCHING = {"src", "srcset", "data", "poster", "background"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.assets: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            value = value or ""
            if name in self.FETCHING or (name in ("href", "xlink:href") and tag in ("link", "use", "image")):
                self.assets.extend(v.strip().split()[0] for v in value.split(",") if v.strip())
            if name == "style":
                self.assets.extend(css_assets(value))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.assets.extend(css_assets(data))


def css_assets(css: str) -> list[str]:
    urls = re.findall(r"""url\(\s*["']?([^"')]+)""", css, flags=re.I)
    imports = re.findall(r"""@import\s+["']([^"']+)""", css, flags=re.I)
    return urls + imports


def remote_assets(folder: Path) -> dict[str, list[str]]:
    """Files under `folder` that would load something over the network, with what they would load."""
    found = {}
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix in (".html", ".htm", ".svg"):
            scanner = AssetScanner()
            scanner.feed(text)
            assets = scanner.assets
        elif path.suffix == ".css":
            assets = css_assets(text)
        else:
            continue
        remote = [a for a in assets if re.match(r"^\s*(https?:)?//", a, flags=re.I)]
        if remote:
            found[str(path.relative_to(folder))] = remote
    return found


def test_the_scanner_finds_remote_assets_of_every_kind(tmp_path):
    (tmp_path / "a.html").write_text(
        '<link rel="stylesheet" href="https://cdn.example/x.css"><script src="//cdn.example/x.js"></script>'
        '<img src="http://s3.example/logo.png"><style>.x{background:url("https://f.example/a.png")}</style>'
        '<a href="https://tass.com/world/1590997">a link is not an asset</a><img src="data:image/png;base64,AA">',
        encoding="utf-8",
    )
    (tmp_path / "b.css").write_text('@import "https://fonts.example/f.css";', encoding="utf-8")
    assert remote_assets(tmp_path) == {
        "a.html": [
            "https://cdn.example/x.css",
            "//cdn.example/x.js",
            "http://s3.example/logo.png",
            "https://f.example/a.png",
        ],
        "b.css": ["https://fonts.example/f.css"],
    }


# ---------------------------------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def bundled(tmp_path_factory) -> Path:
    """The report of the bundled data, with Data Docs, built once for this module."""
    out = tmp_path_factory.mktemp("bundled") / "reports"
    write_report(validate(DATA), out)
    return out


def page(folder: Path, election: str) -> str:
    return (folder / f"election-{election}.html").read_text(encoding="utf-8")


def visible(markup: str) -> str:
    """The page's text roughly as a reader sees it: tags removed, entities decoded, spaces collapsed."""
    markup = re.sub(r"<(style|script)\b.*?</\1>", " ", markup, flags=re.S | re.I)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


# ------------------------------------------------------------------------------------------------ what it shows
def test_index_answers_trust_and_links_every_election(bundled):
    index = (bundled / "index.html").read_text(encoding="utf-8")
    text = visible(index)
    assert "Can these election figures be trusted?" in text
    assert "Usable, with caveats" in text or "No problems found" in text or "Do not rely" in text
    for eid, name in NAMES.items():
        assert name in text
        assert f'href="election-{eid}.html"' in index
        assert (bundled / f"election-{eid}.html").is_file()
    assert "Closest: Institute of Democracy" in text  # the 2023 poll with the smallest mean absolute error


def test_2023_page_has_the_chart_error_table_thresholds_and_seats(bundled):
    e23 = page(bundled, E23)
    text = visible(e23)
    chart = re.search(r'<figure class="chart">\s*<div class="chart-wrap">(<svg\b.*?</svg>)', e23, flags=re.S)
    assert chart, "no inline SVG chart in the reconciliation section"
    assert "Institute of Eurasian Integration" in chart.group(1) and "AMANAT (53.90)" in chart.group(1)
    assert "Error by option" in text
    # IEI printed AMANAT 53.46 against the CEC's 53.90: -0.44 points, the official share inside its interval.
    assert "−0.44 (inside)" in text
    # SOTSIS-A printed against-all with one decimal (4.4): its error keeps that one decimal.
    assert "+0.5 (outside)" in text
    assert "Threshold calls" in text and "5% threshold" in text
    assert "Seat projections" in text and "Official seats" in text
    assert "a pre-election poll" in text  # Qogamdyq Pikir's survey is listed as not scored, with why


def test_figures_keep_their_printed_precision_and_outlet_disagreements_are_marked(bundled):
    e23 = page(bundled, E23)
    # IEI's Respublica was printed "8.9": shown as printed, never padded to 8.90.
    assert re.search(r"<td class=\"num \"[^>]*>8\.9</td>", e23)
    assert ">8.90<" not in e23
    # TASS printed IEI's Baytaq 3.22, QazMonitor 3.25: both shown, marked, in the poll and in the pollster view.
    assert len(re.findall(r'class="num disagree"[^>]*>3\.22 / 3\.25<span class="flag"', e23)) == 1
    assert re.search(r'class="num disagree"[^>]*>3\.25<span class="flag"', e23)


def test_each_poll_shows_its_method_sources_and_rows(bundled):
    e23 = page(bundled, E23)
    text = visible(e23)
    assert "30,000 (more than 30,000)" in text  # IEI's sample size as printed
    assert 'href="https://tass.com/world/1590997"' in e23  # the outlet, one click away
    assert re.search(r'title="data/figures/kz-2023-mazhilis\.csv:2; printed as amanat"', e23.replace("\\", "/"))


def test_acknowledged_findings_show_their_reasons(bundled):
    text = visible(page(bundled, E22))
    assert "Acknowledged, with reasons" in text
    assert "never published" in text  # the reason recorded for ipp-amanat's missing sample size
    assert "poll.sample-size" in text


def test_tables_have_headers_and_pages_are_mobile_ready(bundled):
    for path in bundled.glob("*.html"):
        markup = path.read_text(encoding="utf-8")
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in markup
        assert "Content-Security-Policy" in markup and "default-src 'none'" in markup
        assert "<script" not in markup
        for table in re.findall(r"<table>.*?</table>", markup, flags=re.S):
            assert "<caption>" in table and '<th scope="col"' in table, path.name
        assert markup.count("<table>") == markup.count('<div class="table-wrap">'), path.name


def test_no_file_under_the_report_loads_anything_remote(bundled):
    assert remote_assets(bundled) == {}


def test_data_docs_are_built_linked_and_small(bundled):
    index = (bundled / "index.html").read_text(encoding="utf-8")
    assert 'href="gx/index.html"' in index
    gx_index = (bundled / "gx" / "index.html").read_text(encoding="utf-8")
    pages = re.findall(r'href="(validations/[^"]+\.html)"', gx_index)
    assert {p.split("/")[1] for p in pages} == {"poll_figures", "polls"}
    for p in pages:
        assert (bundled / "gx" / p).is_file()
    validation = (bundled / "gx" / pages[0]).read_text(encoding="utf-8")
    assert "Expectation Validation Result" in validation and "<script" not in validation
    size = sum(p.stat().st_size for p in (bundled / "gx").rglob("*") if p.is_file())
    assert size < 1_000_000  # GX's own site is ~4 MB of fonts and GIFs that nothing shown uses
    marker = json.loads((bundled / MARKER).read_text(encoding="utf-8"))
    assert marker["generator"] == "kzcheck" and marker["data_docs"] == "gx/index.html"


def test_the_verdict_follows_the_worst_live_finding():
    from kzcheck.model.findings import Finding, Outcome, Severity, Status
    from kzcheck.render.html.pages import verdict

    def outcome(*findings, status=None):
        return Outcome("poll.sum", E23, "poll:iei", list(findings), status)

    error = Finding("poll.sum", Severity.ERROR, "shares sum to 97.00")
    warning = Finding("poll.margin", Severity.WARNING, "no margin of error")
    known = Finding("poll.sample-size", Severity.ERROR, "no sample size", acknowledged="never published")
    assert verdict([], [outcome()]).level == "passed"
    assert verdict([known], [outcome(known)]).level == "passed"  # acknowledged: shown, not failing
    assert verdict([warning], [outcome(warning)]).level == "warning"
    assert verdict([], [outcome(status=Status.ERRORED)]).headline == "Some checks could not run"
    assert verdict([error, warning], [outcome(error, warning)]).headline == "Do not rely on these figures yet"


# ------------------------------------------------------------------------------------------------------ states
def test_awaiting_cec_results_is_a_state_not_an_error(tmp_path, data_copy):
    for status in ("final", "preliminary"):
        (data_copy / "results" / f"{E23}.{status}.csv").unlink()
    out = tmp_path / "reports"
    write_report(validate(data_copy, [E23]), out, data_docs=False)
    e23 = page(out, E23)
    text = visible(e23)
    assert "Awaiting CEC results" in text and "cannot be scored yet" in text
    assert "Final results are due by 2023-03-29" in text
    assert '<figure class="chart">' not in e23 and "Error by option" not in text
    assert "awaiting CEC results" in visible((out / "index.html").read_text(encoding="utf-8"))
    assert "Data Docs: not built for this report" in text and not (out / "gx").exists()


def test_a_check_failing_everywhere_is_capped_on_the_page_with_the_rest_counted(tmp_path, monkeypatch):
    import kzcheck.render.html.pages as report_html

    result = validate(DATA, [E22])  # three polls without a stated margin of error: three poll.margin warnings
    write_report(result, tmp_path / "all", data_docs=False)
    full = page(tmp_path / "all", E22)
    assert full.count('<td class="msg">no margin of error</td>') == 3 + 3  # in its poll's card and the findings table
    assert "Not shown here" not in full
    monkeypatch.setattr(report_html, "FINDINGS_PER_CHECK", 1)
    write_report(result, tmp_path / "capped", data_docs=False)
    capped = page(tmp_path / "capped", E22)
    assert capped.count('<td class="msg">no margin of error</td>') == 3 + 1
    text = visible(capped)
    assert "Not shown here, to keep the page readable:" in text and "2 more finding(s) of poll.margin" in text


# ---------------------------------------------------------------------------------------------------- escaping
@pytest.fixture
def hostile(tmp_path, data_copy) -> Path:
    """A report of data whose names and URLs try to become markup or script."""

    def pollster(rows):
        for r in rows:
            if r["poll"] == "iei":
                r["pollster"] = SCRIPT
        return rows

    def outlet(rows):
        for r in rows:
            if r["source"] == "tass-2023-03-19":
                r["outlet"] = '<img src=x onerror="alert(2)">'
                r["url"] = "javascript:alert(3)"
        return rows

    def option(rows):
        for r in rows:
            if r["poll"] == "democracy" and r["option"] == "baytaq":
                r["option"] = '"><svg onload=alert(4)>'
        return rows

    edit_rows(data_copy / "polls" / f"{E23}.csv", pollster)
    edit_rows(data_copy / "sources.csv", outlet)
    edit_rows(data_copy / "figures" / f"{E23}.csv", option)
    out = tmp_path / "reports"
    write_report(validate(data_copy, [E23]), out)
    return out


def test_names_from_the_data_are_shown_as_text_never_as_markup(hostile):
    e23 = page(hostile, E23)
    assert html.escape(SCRIPT, quote=False) in e23  # shown, as text
    assert "&lt;img src=x onerror=&#34;alert(2)&#34;&gt;" in e23
    for path in hostile.rglob("*.html"):
        markup = path.read_text(encoding="utf-8")
        assert "<script" not in markup.lower(), path
        assert "<img src=x" not in markup and "<svg onload" not in markup, path
        assert 'href="javascript:' not in markup, path
    assert "javascript:alert(3)" in visible(e23)  # the bad URL is still reported, as text
    assert SCRIPT in visible(e23)


def test_chart_text_from_the_data_is_escaped_and_never_read_as_tex():
    from kzcheck.render.html.charts import Series, error_chart

    svg = error_chart(
        "t",
        [SCRIPT, "$x^2$ & Co"],
        [Series("<b>poll</b>", [0.5, -0.2], [0.1, -0.6], [0.9, 0.2])],
        "0 = CEC final result",
        'chart "quoted"',
    )
    assert svg.startswith("<svg ") and "<?xml" not in svg and "DOCTYPE" not in svg
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in svg and "<script" not in svg
    assert "&lt;b&gt;poll&lt;/b&gt;" in svg
    assert "$x^2$ &amp; Co" in svg  # dollar signs printed, not parsed as mathtext
    assert 'aria-label="chart &#34;quoted&#34;"' in svg


# ---------------------------------------------------------------------------------------------------- writing
def test_an_interrupted_report_leaves_the_previous_one_intact(tmp_path, monkeypatch):
    import kzcheck.render.html.charts as charts

    out = tmp_path / "reports"
    result = validate(DATA, [E23])
    write_report(result, out, data_docs=False)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def broken(*_args, **_kwargs):
        raise RuntimeError("renderer failed midway")

    monkeypatch.setattr(charts, "error_chart", broken)
    with pytest.raises(RuntimeError):
        write_report(result, out)  # Data Docs are written into the new folder before the chart fails
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]  # no half-written folder left beside it


def test_hidden_files_in_the_folder_are_kept_across_reports(tmp_path):
    out = tmp_path / "reports"  # as in the repository: reports/.gitkeep keeps the folder in git
    out.mkdir()
    (out / ".gitkeep").write_text("", encoding="utf-8")
    result = validate(DATA, [E23])
    for _ in range(2):
        write_report(result, out, data_docs=False)
        assert (out / ".gitkeep").is_file() and (out / "index.html").is_file()


def test_report_command_writes_the_report_and_prints_its_index(cli, tmp_path):
    out = tmp_path / "site"
    run = cli("report", "--out", str(out), "--election", E23)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip() == str(out / "index.html")
    assert (out / f"election-{E23}.html").is_file() and (out / "gx" / "index.html").is_file()
    again = cli("report", "--out", str(out), "--election", E21)  # a previous report is replaced whole
    assert again.returncode == 0, again.stderr
    assert (out / f"election-{E21}.html").is_file() and not (out / f"election-{E23}.html").exists()


def test_report_command_refuses_to_replace_a_folder_that_is_not_a_report(cli, tmp_path):
    out = tmp_path / "thesis"
    out.mkdir()
    (out / "chapter1.tex").write_text("precious", encoding="utf-8")
    run = cli("report", "--out", str(out))
    assert run.returncode == 2
    assert "report.out-not-a-report" in run.stderr and "Traceback" not in run.stderr
    assert sorted(p.name for p in out.iterdir()) == ["chapter1.tex"]


def test_validate_writes_the_report_and_keeps_its_exit_code(cli, tmp_path, data_copy):
    def misprint(rows):
        for r in rows:
            if r["poll"] == "democracy" and r["option"] == "amanat":
                r["share"] = "50.33"  # printed 53.33: the poll now sums to 97
        return rows

    edit_rows(data_copy / "figures" / f"{E23}.csv", misprint)
    out = tmp_path / "reports"
    run = cli("validate", "--data", str(data_copy), "--election", E23, "--report", str(out))
    assert run.returncode == 1, run.stderr  # the data failed; the report is still written, and says so
    assert "sum to 97.00" in run.stdout
    text = visible(page(out, E23))
    assert "Do not rely on these figures yet" in text and "shares sum to 97.00" in text
    assert (out / "gx" / "index.html").is_file()
