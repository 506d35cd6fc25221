"""Great Expectations Data Docs for a run's suites, built into the report folder and made to open offline.

GX's pages load Bootstrap, jQuery, Vega and fonts from CDNs and fill some tables from scripts. A report must open
from disk with no network and load nothing over http(s), so after GX builds the site every page is rewritten: remote
<script>/<link>/<img> assets and the (jQuery-dependent) inline scripts are removed, a small inline stylesheet and a
Content-Security-Policy are added, and GX's script-built index is replaced by a static one. The validation and
suite pages keep all their content. Built only for `kzcheck report` / `validate --report`, never in plain validate.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import escape

from kzcheck.load.table import FILE, LINE

SITE = "kzcheck"
RUN_NAME = "kzcheck"
NOTE = "an offline copy: Great Expectations' remote styling and scripts are left out"

_CSP = (
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'\">"
)
_STYLE = """<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;
vertical-align:top}a{color:#0057a3}.modal,.ge-walkthrough-modal,#ge-cta-footer,footer,.navbar-toggler,
.sticky{display:none!important}.kzcheck-note{background:#deecf7;border-left:6px solid #0072B2;padding:.5rem .8rem;
margin:.8rem 0}ul{padding-left:1.2rem}
table{width:100%;max-width:100%}td,th,span,a,code{overflow-wrap:anywhere}
td:first-child,th:first-child{min-width:4.5rem}td:last-child,th:last-child{min-width:5.5rem}
ul.kwargs{margin:.2rem 0;font-size:.9em}
.breadcrumb{display:flex;flex-wrap:wrap;list-style:none;padding:0;margin:.3rem 0}
.breadcrumb-item+.breadcrumb-item::before{content:"/";padding:0 .4rem;color:#777}
.d-none{display:none}@media (min-width:768px){.d-md-inline-flex{display:inline-flex!important}}
.card{border:1px solid #ddd;border-radius:4px;margin:.8rem 0;padding:.2rem .8rem}
.card-header{font-weight:600;border-bottom:1px solid #eee;padding:.4rem 0}.h6{font-weight:600}
.badge{display:inline-block;padding:0 .4rem;border-radius:4px;background:#eee}.badge-warning{background:#fdf1d6}
@media (max-width:40rem){table,thead,tbody,tr,th,td{display:block;width:auto!important;min-width:0!important}
th,td{border-width:0 0 1px}tr{border:1px solid #ccc;margin:.4rem 0}}
.text-danger{color:#b00020}.text-success{color:#006b3c}.navbar{display:flex;flex-wrap:wrap;gap:.5rem;padding:.4rem 0}
</style>"""
_REMOTE = r"""\s*=\s*["']?\s*(?:https?:)?//"""
_SCRIPT = re.compile(r"<script\b.*?</script\s*>", re.I | re.S)
_LINK = re.compile(r"<link\b[^>]*>", re.I)
_REMOTE_IMG = re.compile(r"<img\b[^>]*\bsrc" + _REMOTE + r"[^>]*>", re.I | re.S)
_ALT = re.compile(r"""\balt\s*=\s*["']([^"']*)["']""", re.I)
_CSS_URL = re.compile(r"""url\(\s*["']?\s*(?:https?:)?//[^)]*\)""", re.I)
_CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//[^;]*;""", re.I)
_ICONS = (
    (re.compile(r'<i class="fas fa-check-circle[^"]*"[^>]*></i>'), "✔ met"),
    (re.compile(r'<i class="fas fa-times[^"]*"[^>]*></i>'), "✖ unmet"),
)  # Font Awesome no longer loads
_TAG = re.compile(r"<[A-Za-z][^>]*>")
_HANDLER = re.compile(r"""\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I)
_LOCAL_REF = re.compile(r"""(?:src|href)\s*=\s*["']([^"'#?]+)|url\(\s*["']?([^"')?#]+)""", re.I)


@dataclass
class DataDocs:
    """Where the Data Docs index is (relative to the report folder), or why there is none."""

    href: str | None
    note: str


@dataclass
class SuiteRun:
    suite: str
    success: bool
    evaluated: int
    unmet: int
    page: str | None = None


def suite_frames(data: Any) -> list[tuple[str, Any, dict[str, Any]]]:
    """The frames and parameters the run validated (kzcheck/gx/inputs.py), escaped for the pages.

    GX writes the values it reports (unexpected values, value sets) into its pages without escaping them, so every
    text cell and parameter is HTML-escaped first. Escaping is one-to-one, so every expectation passes or fails on
    exactly the same rows as in the run, and the pages show the original text.
    """
    from kzcheck.gx.inputs import suite_inputs

    return [(name, _escaped(frame), _escaped_value(params)) for name, frame, params in suite_inputs(data)]


def _escaped_value(value: Any) -> Any:
    """A parameter with every text in it (keys, items) HTML-escaped."""
    if isinstance(value, str):
        return _esc(value)
    if isinstance(value, dict):
        return {_escaped_value(k): _escaped_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_escaped_value(v) for v in value]
    return value


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def _escaped(frame: Any) -> Any:
    """A copy with every text column HTML-escaped (vectorised); numbers and missing values untouched."""
    import pandas as pd

    out = frame.copy()
    for col in out.columns:
        if pd.api.types.is_string_dtype(out[col]):
            text = out[col].astype("str")
            for raw, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;")):
                text = text.str.replace(raw, entity, regex=False)
            out[col] = text.where(out[col].notna())
    return out


def build(data: Any, folder: Path, run_time: dt.datetime) -> DataDocs:
    """Validate the run's frames again in a fresh ephemeral context and build its Data Docs into `folder`.

    A failure here never costs the user the report: the link is replaced by the reason.
    """
    try:
        runs = _build(data, folder, run_time)
    except Exception as exc:  # Data Docs are a companion to the report, not a condition of it
        shutil.rmtree(folder, ignore_errors=True)
        return DataDocs(None, f"not built: {type(exc).__name__}: {exc}")
    if not runs:
        shutil.rmtree(folder, ignore_errors=True)
        return DataDocs(None, "not built: no polls or figures to validate")
    make_offline(folder, runs)
    return DataDocs(f"{folder.name}/index.html", NOTE)


def _build(data: Any, folder: Path, run_time: dt.datetime) -> list[SuiteRun]:
    import great_expectations as gx
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.data_context.context_factory import project_manager, set_context
    from great_expectations.data_context.types.base import ProgressBarsConfig

    from kzcheck.gx.engine import load_suite

    frames = suite_frames(data)
    if not frames:
        return []
    try:
        previous = project_manager.get_current_project()
    except Exception:
        previous = None
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    ctx = gx.get_context(mode="ephemeral")
    try:
        ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
        ctx.add_data_docs_site(
            site_name=SITE,
            site_config={
                "class_name": "SiteBuilder",
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                "store_backend": {
                    "class_name": "TupleFilesystemStoreBackend",
                    "base_directory": str(folder.absolute()),
                },
            },
        )
        source = ctx.data_sources.add_pandas("kzcheck")
        run_id = RunIdentifier(run_name=RUN_NAME, run_time=run_time)
        runs = []
        for name, frame, parameters in frames:
            suite = ctx.suites.add(load_suite(name))
            batch = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe("all")
            vd = ctx.validation_definitions.add(gx.ValidationDefinition(name=name, data=batch, suite=suite))
            ids = [c for c in (FILE, LINE) if c in frame.columns]
            res = vd.run(
                batch_parameters={"dataframe": frame},
                expectation_parameters=parameters,
                run_id=run_id,
                result_format={
                    "result_format": "COMPLETE",
                    "unexpected_index_column_names": ids,
                    "return_unexpected_index_query": False,
                },
            )
            stats = res.statistics
            runs.append(
                SuiteRun(
                    name,
                    bool(res.success),
                    int(stats.get("evaluated_expectations", 0)),
                    int(stats.get("unsuccessful_expectations", 0)),
                )
            )
        ctx.build_data_docs(site_names=[SITE])
    finally:
        set_context(previous)
    return runs


def _alt_text(tag: re.Match[str]) -> str:
    """A remote image's alternative text, in its place."""
    alt = _ALT.search(tag.group(0))
    return str(escape(alt.group(1))) if alt else ""


_KWARGS = "(**{"


def _value_text(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_value_text(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        return ", ".join(_value_text(v) for v in value)
    return str(value)


def readable_kwargs(page: str) -> str:
    """GX prints a custom expectation's arguments as Python source (`(**{'column_list': [...]})`); each becomes a
    list of `name: value` lines, values escaped, GX's internal batch id left out."""
    import ast

    out, at = [], 0
    while (start := page.find(_KWARGS, at)) >= 0:
        depth, end = 0, -1
        for i in range(start + 3, len(page)):
            depth += {"{": 1, "}": -1}.get(page[i], 0)
            if depth == 0:
                end = i
                break
        if end < 0 or page[end + 1 : end + 2] != ")":
            break
        try:
            args = ast.literal_eval(html.unescape(page[start + 3 : end + 1]))
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            out.append(page[at : end + 2])
            at = end + 2
            continue
        items = "".join(
            f"<li><b>{escape(k)}</b>: {escape(_value_text(v))}</li>" for k, v in args.items() if k != "batch_id"
        )
        out.append(page[at:start] + f'<ul class="kwargs">{items}</ul>')
        at = end + 2
    return "".join(out) + page[at:]


def _offline_html(html: str, home: str) -> str:
    html = readable_kwargs(html)
    html = _SCRIPT.sub("", html)
    html = _LINK.sub("", html)
    html = _TAG.sub(lambda tag: _HANDLER.sub("", tag.group(0)), html)  # onclick= etc. call the removed scripts
    html = _REMOTE_IMG.sub(_alt_text, html)
    html = _CSS_IMPORT.sub("", _CSS_URL.sub("none", html))
    for icon, word in _ICONS:
        html = icon.sub(word, html)
    html = html.replace("Data asset: None", "Data asset: kzcheck's frames (in memory)")  # GX prints Python's None
    html = re.sub(r"<head>", "<head>\n" + _CSP + "\n" + _STYLE, html, count=1, flags=re.I)
    note = (
        f'<p class="kzcheck-note">Great Expectations Data Docs for this kzcheck run, {NOTE}. '
        f'<a href="{home}">Back to the kzcheck report</a>.</p>'
    )
    return re.sub(r"(<body\b[^>]*>)", r"\1" + note.replace("\\", "\\\\"), html, count=1, flags=re.I)


def make_offline(folder: Path, runs: list[SuiteRun]) -> None:
    """Rewrite every page and stylesheet so none loads anything over the network; drop what nothing refers to."""
    pages = sorted(folder.rglob("*.html"))
    for page in pages:
        depth = len(page.relative_to(folder).parts)  # the report's index is one level above the site
        home = "../" * depth + "index.html"
        page.write_text(_offline_html(page.read_text(encoding="utf-8"), home), encoding="utf-8")
    for css in folder.rglob("*.css"):
        css.write_text(_CSS_IMPORT.sub("", _CSS_URL.sub("none", css.read_text(encoding="utf-8"))), encoding="utf-8")
    for run in runs:
        found = sorted((folder / "validations" / run.suite).rglob("*.html"))
        run.page = found[0].relative_to(folder).as_posix() if found else None
    (folder / "index.html").write_text(_index(folder, runs), encoding="utf-8")
    _prune(folder)


def _index(folder: Path, runs: list[SuiteRun]) -> str:
    """A static index in place of GX's, whose tables are filled by scripts that no longer load."""
    items = []
    for r in runs:
        status = "all expectations met" if r.success else f"{r.unmet} of {r.evaluated} expectation(s) unmet"
        link = f'<a href="{escape(r.page)}">validation result</a>' if r.page else "no validation page"
        suite_page = folder / "expectations" / f"{r.suite}.html"
        suite_link = f' · <a href="expectations/{escape(r.suite)}.html">the suite</a>' if suite_page.exists() else ""
        items.append(f"<li><b>{escape(r.suite)}</b>: {escape(status)} — {link}{suite_link}</li>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"{_CSP}\n<title>Great Expectations Data Docs — kzcheck</title>\n{_STYLE}</head><body>\n"
        "<h1>Great Expectations Data Docs</h1>\n"
        f'<p class="kzcheck-note">Built by Great Expectations for this kzcheck run, {NOTE}. '
        "GX marks a suite failed when any expectation is unmet, warnings included; kzcheck's own verdict "
        'weighs each by its severity and acknowledgements. <a href="../index.html">Back to the kzcheck '
        "report</a>.</p>\n"
        f"<ul>\n{chr(10).join(items)}\n</ul>\n</body></html>\n"
    )


def _prune(folder: Path) -> None:
    """Remove files (GX's fonts and animated GIFs, several MB) that no remaining page or stylesheet refers to."""
    keep: set[Path] = set()
    for path in [*folder.rglob("*.html"), *folder.rglob("*.css")]:
        for m in _LOCAL_REF.finditer(path.read_text(encoding="utf-8")):
            ref = m.group(1) or m.group(2)
            if ref and "://" not in ref and not ref.startswith(("data:", "mailto:")):
                keep.add(Path(os.path.normpath(path.parent / ref)))
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file() and path.suffix not in (".html",) and Path(os.path.normpath(path)) not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
