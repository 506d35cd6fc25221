"""The HTML report: an index across elections and one page per election, built from one run's result.

`pages()` only formats: it returns {file name: html} and writes nothing (kzcheck.commands.report writes the folder).
Every string from the data goes through Jinja2's autoescaping; each page forbids scripts and remote assets in its
Content-Security-Policy, so a name like `<script>` shows as text and nothing loads over the network.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from kzcheck import __version__
from kzcheck.load.table import FILE, LINE
from kzcheck.methods.closest import Lead, lead
from kzcheck.model.findings import Finding, Outcome, RunResult, Severity, Status, counts_of
from kzcheck.model.findings import verdict as run_verdict
from kzcheck.model.stages import INTRADAY, NEWEST_FIRST
from kzcheck.model.tables import OptionScore, PollScore
from kzcheck.render import figures
from kzcheck.render.figures import missing
from kzcheck.render.html.cells import DASH, anchor, integer, number, page_name, text, web_url
from kzcheck.render.html.stack import label_cells

FINDINGS_PER_CHECK = 200  # per election page; a check that fails on every station would otherwise bury the page
AGAINST = {"final": "CEC final result", "preliminary": "CEC preliminary result"}
_POLL_SUBJECT = re.compile(r"^poll:(?P<poll>[^@/]+)(?:@(?P<source>.*))?$")


# ------------------------------------------------------------------------------------------------------ verdicts
@dataclass
class Verdict:
    """The answer to "can I trust these figures?": a level (CSS class), a headline and a line of detail."""

    level: str
    headline: str
    detail: str


SERIOUS = 3  # findings per election on the index


def not_evaluated_main(outcomes: list[Outcome], specs: dict[str, Any] | None) -> list[str]:
    """The main checks (those whose findings are errors) that could not be evaluated on some subject."""
    ids = {
        o.check
        for o in outcomes
        if o.status is Status.NOT_EVALUATED
        and (specs is None or getattr(specs.get(o.check), "severity", Severity.ERROR) is Severity.ERROR)
    }
    return sorted(ids)


def verdict(findings: list[Finding], outcomes: list[Outcome], specs: dict[str, Any] | None = None) -> Verdict:
    """The page's verdict: the run's one ranking (`kzcheck.model.findings.verdict`) in words, and "partly checked"
    when everything that ran passed but a main check (one whose findings are errors) could not be evaluated."""
    c = counts_of(outcomes)
    ack = f"; {c['acknowledged']} known defect(s) of the sources acknowledged" if c["acknowledged"] else ""
    status = run_verdict(findings, outcomes)
    if status is Status.FAILED:
        return Verdict(
            "failed",
            "Do not rely on these figures yet",
            f"{c['error']} error(s) to fix or acknowledge, {c['warning']} warning(s){ack}",
        )
    if status is Status.ERRORED:
        errored = sum(o.status is Status.ERRORED for o in outcomes)
        return Verdict("errored", "Some checks could not run", f"{errored} check result(s) errored{ack}")
    if status is Status.WARNING:
        return Verdict("warning", "Usable, with caveats", f"{c['warning']} warning(s) to read{ack}")
    passed = sum(o.status is Status.PASSED for o in outcomes)
    missing_checks = not_evaluated_main(outcomes, specs)
    if missing_checks:
        shown = ", ".join(missing_checks[:4]) + (
            f" and {len(missing_checks) - 4} more" if len(missing_checks) > 4 else ""
        )
        return Verdict(
            "partly",
            "Partly checked",
            f"no problems in the {passed} check result(s) that ran, but not evaluated (no data to test with): "
            f"{shown}{ack}",
        )
    return Verdict("passed", "No problems found", f"{passed} check result(s) passed{ack}")


# ----------------------------------------------------------------------------------------------------- findings
@dataclass
class FindingRow:
    severity: str
    check: str
    title: str
    subject: str
    subject_href: str | None
    message: str
    where: str
    observed: str
    expected: str
    reason: str | None


def where(f: Finding) -> str:
    return f.location or DASH


def poll_of(subject: str | None) -> str | None:
    m = _POLL_SUBJECT.match(subject or "")
    return m.group("poll") if m else None


def finding_rows(findings: list[Finding], result: RunResult, election: str | None) -> list[FindingRow]:
    def key(f: Finding) -> tuple[Any, ...]:
        return (-f.severity.rank, f.check, f.subject or "", f.row or 0)

    rows = []
    for f in sorted(findings, key=key):
        poll = poll_of(f.subject)
        spec = result.specs.get(f.check)
        rows.append(
            FindingRow(
                f.label,
                f.check,
                spec.title if spec else "",
                text(f.subject),
                f"#{anchor('poll', election, poll)}" if poll and election else None,
                f.message,
                where(f),
                "" if missing(f.observed) else str(f.observed),
                "" if missing(f.expected) else str(f.expected),
                f.acknowledged,
            )
        )
    return rows


@dataclass
class CheckRow:
    id: str
    title: str
    description: str
    engine: str
    severity: str
    statuses: dict[str, int]
    notes: list[str]


def check_rows(result: RunResult, outcomes: list[Outcome]) -> list[CheckRow]:
    by_check: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_check[o.check].append(o)
    rows = []
    for check in sorted(by_check):
        spec = result.specs.get(check)
        statuses = dict.fromkeys((s.value for s in Status), 0)
        for o in by_check[check]:
            statuses[o.status.value if o.status else Status.ERRORED.value] += 1
        notes = sorted({f"{o.subject or 'all'}: {o.note}" for o in by_check[check] if o.note})
        rows.append(
            CheckRow(
                check,
                spec.title if spec else check,
                spec.description if spec else "",
                spec.engine if spec else "",
                spec.severity.value if spec else "",
                statuses,
                notes,
            )
        )
    return rows


# -------------------------------------------------------------------------------------------------------- polls
@dataclass
class Source:
    id: str
    outlet: str
    published: str
    url: str | None
    url_text: str
    note: str


@dataclass
class Cell:
    text: str
    title: str = ""
    mark: str = ""  # css class: disagree, inside, outside, right, wrong


@dataclass
class PollView:
    id: str
    anchor: str
    pollster: str
    facts: list[tuple[str, str]]
    comparable: bool
    badges: list[str]
    method_source: Source | None
    sources: list[Source]
    rows: list[tuple[str, list[Cell]]]  # option name, one cell per source
    sums: list[Cell]
    findings: list[FindingRow] = field(default_factory=list)


def _sources_index(data: Any) -> dict[str, Source]:
    out = {}
    for row in data.sources.itertuples(index=False):
        sid = str(row.source)
        url = web_url(getattr(row, "url", None))
        out[sid] = Source(
            sid,
            text(getattr(row, "outlet", None)),
            text(getattr(row, "published", None)),
            url,
            text(getattr(row, "url", None)),
            text(getattr(row, "note", None)),
        )
    return out


def _source(sources: dict[str, Source], sid: Any) -> Source:
    sid = text(sid)
    return sources.get(sid) or Source(sid, sid, DASH, None, DASH, "not listed in sources.csv")


def option_names(election: Any) -> dict[str, str]:
    return {o.id: o.name for o in election.options}


def comparable(poll: Any) -> tuple[bool, list[str]]:
    """A national exit poll can be set against the national result; a regional or pre-election poll cannot."""
    badges = []
    scope = text(getattr(poll, "scope", None))
    kind = text(getattr(poll, "kind", None))
    if scope not in ("national", DASH):
        badges.append(f"scope: {scope}")
    if kind not in ("exit", DASH):
        badges.append(kind)
    return not badges, badges


def _facts(poll: Any) -> list[tuple[str, str]]:
    size = integer(poll.sample_size)
    note = text(getattr(poll, "sample_size_note", None))
    if note != DASH and note != size:
        size = f"{size} ({note})" if size != DASH else f"not given ({note})"
    margin_decimals = getattr(poll, "margin_of_error_decimals", None)
    margin = number(poll.margin_of_error, None if missing(margin_decimals) else int(str(margin_decimals)))
    return [
        ("Method", text(getattr(poll, "method", None))),
        ("Kind", text(getattr(poll, "kind", None))),
        ("Fieldwork", text(getattr(poll, "fieldwork", None))),
        ("Scope", text(poll.scope)),
        ("Sample size", size),
        ("Polling stations", integer(getattr(poll, "polling_stations", None))),
        ("Stated margin of error", DASH if margin == DASH else f"±{margin} points"),
        ("Paid for by", text(getattr(poll, "paid_by", None))),
        (
            "Turnout estimate",
            number(getattr(poll, "turnout_estimate", None))
            + ("" if missing(getattr(poll, "turnout_estimate", None)) else "%"),
        ),
    ]


def _split_figures(result: RunResult) -> set[tuple[str, str, str]]:
    """(election, poll, option) that two outlets printed differently: the run's one outlet-disagreement table."""
    if result.tables is None:
        return set()
    return {(d.election, d.poll, d.option) for d in result.tables.outlet_disagreements}


def poll_views(
    eid: str,
    data: Any,
    election: Any,
    sources: dict[str, Source],
    split: set[tuple[str, str, str]],
    findings: list[FindingRow],
) -> list[PollView]:
    names = option_names(election)
    order = {o: i for i, o in enumerate(names)}
    polls = data.polls[data.polls["election"] == eid]
    figures = data.figures[data.figures["election"] == eid]
    by_poll = {str(k): g for k, g in figures.groupby("poll", sort=False)}
    by_finding: dict[str, list[FindingRow]] = defaultdict(list)
    for row in findings:
        poll = poll_of(row.subject)
        if poll:
            by_finding[poll].append(row)
    views = []
    listed = set()
    for poll in polls.itertuples(index=False):
        pid = str(poll.poll)
        listed.add(pid)
        views.append(_poll_view(eid, pid, poll, by_poll.get(pid), names, order, sources, split, by_finding[pid]))
    for pid, g in by_poll.items():  # figures of a poll missing from polls/<election>.csv still show
        if pid not in listed:
            views.append(_poll_view(eid, pid, None, g, names, order, sources, split, by_finding[pid]))
    return views


def _poll_view(
    eid: str,
    pid: str,
    poll: Any,
    figures: Any,
    names: dict[str, str],
    order: dict[str, int],
    sources: dict[str, Source],
    split: set[tuple[str, str, str]],
    findings: list[FindingRow],
) -> PollView:
    ok, badges = comparable(poll) if poll is not None else (False, ["not listed in polls file"])
    source_ids: list[str] = []
    cells: dict[tuple[str, str], Cell] = {}
    totals: dict[str, tuple[float, int]] = {}
    options: list[str] = []
    if figures is not None:
        for fig in figures.to_dict("records"):
            sid, option = str(fig["source"]), text(fig["option"])
            if sid not in source_ids:
                source_ids.append(sid)
            if option not in options:
                options.append(option)
            mark = "disagree" if (eid, pid, option) in split else ""
            title = f"{fig[FILE]}:{fig[LINE]}; printed as {text(fig['option_printed'])}"
            if mark:
                title += "; outlets print this figure differently"
            cells[(option, sid)] = Cell(text(fig["share_text"]), title, mark)
            if not missing(fig["share"]):
                total, decimals = totals.get(sid, (0.0, 0))
                totals[sid] = (total + float(fig["share"]), max(decimals, int(fig["share_decimals"])))
    options.sort(key=lambda o: (order.get(o, len(order)), o))
    rows = [(names.get(o, o), [cells.get((o, s), Cell(DASH)) for s in source_ids]) for o in options]
    sums = [Cell(number(totals[s][0], totals[s][1]) if s in totals else DASH) for s in source_ids]
    method = _source(sources, poll.source) if poll is not None and not missing(poll.source) else None
    return PollView(
        pid,
        anchor("poll", eid, pid),
        text(poll.pollster) if poll is not None else pid,
        _facts(poll) if poll is not None else [],
        ok,
        badges,
        method,
        [_source(sources, s) for s in source_ids],
        rows,
        sums,
        findings,
    )


# -------------------------------------------------------------------------------------------------- discrepancy
@dataclass
class Discrepancy:
    columns: list[PollView]
    official_label: str | None
    rows: list[tuple[str, list[Cell], Cell, Cell]]  # option, per poll, official, spread


def discrepancy(
    eid: str, data: Any, election: Any, polls: list[PollView], official: dict[str, Any] | None, against: str | None
) -> Discrepancy:
    """Options by pollster: what each poll gave each option, outlets' disagreements marked, and the spread."""
    names = option_names(election)
    per_poll: dict[str, dict[str, list[Cell]]] = {}
    for p in polls:
        per_poll[p.id] = {name: cells for name, cells in p.rows}
    figures = data.figures[data.figures["election"] == eid]
    values = (
        figures.dropna(subset=["share"])
        .groupby(["poll", "option"], sort=False)
        .agg(low=("share", "min"), high=("share", "max"), decimals=("share_decimals", "max"))
    )
    comparable_polls = {p.id for p in polls if p.comparable}
    rows = []
    option_ids = list(names) + sorted({str(o) for o in figures["option"].dropna()} - set(names))
    for oid in option_ids:
        name = names.get(oid, oid)
        cells, lows, highs, decs = [], [], [], []
        for p in polls:
            printed = [c for c in per_poll[p.id].get(name, []) if c.text != DASH]
            distinct = list(dict.fromkeys(c.text for c in printed))
            mark = "disagree" if any(c.mark == "disagree" for c in printed) else ""
            title = "; ".join(
                f"{s.outlet} ({s.id}): {c.text}"
                for s, c in zip(p.sources, per_poll[p.id].get(name, []), strict=False)
                if c.text != DASH
            )
            cells.append(Cell(" / ".join(distinct) if distinct else DASH, title, mark))
            if p.id in comparable_polls and (p.id, oid) in values.index:
                v = values.loc[(p.id, oid)]
                lows.append(float(v["low"]))
                highs.append(float(v["high"]))
                decs.append(int(v["decimals"]))
        off = Cell(DASH)
        if official and oid in official:
            off = Cell(official[oid]["percent_text"], official[oid]["where"])
        spread = Cell(number(max(highs) - min(lows), max(decs)) if len(lows) > 1 else DASH)
        if any(c.text != DASH for c in cells):
            rows.append((name, cells, off, spread))
    return Discrepancy(polls, AGAINST.get(against or ""), rows)


# -------------------------------------------------------------------------------------------------- official
def official_results(eid: str, data: Any, election: Any) -> tuple[str | None, dict[str, Any], list[Any]]:
    """The status compared against (final, else preliminary), each option's printed line, and protocol lines."""
    res = data.results
    res = res[(res["election"] == eid) & (res["origin"] == "cec")]
    statuses = set(res["status"].astype(str))
    against = "final" if "final" in statuses else "preliminary" if "preliminary" in statuses else None
    if against is None:
        return None, {}, []
    rows = res[(res["status"] == against) & (res["area"].astype(str) == election.country_area)]
    names = option_names(election)
    options: dict[str, Any] = {}
    lines = []
    for r in rows.to_dict("records"):
        line = str(r["line"])
        item = {
            "name": names.get(line, line),
            "count": integer(r["count"]),
            "percent_text": text(r["percent_text"]),
            "seats": integer(r["seats"]),
            "where": f"{r[FILE]}:{r[LINE]}",
            "source": str(r["source"]),
        }
        if line in names:
            options[line] = item
        else:
            ln = election.line(line)
            item["name"] = (ln.names.get("en") if ln else None) or line
            lines.append(item)
    ordered = {o: options[o] for o in names if o in options}
    counts = [
        float(r["count"]) for r in rows.to_dict("records") if str(r["line"]) in ordered and not missing(r["count"])
    ]
    total = sum(counts) if len(counts) == len(ordered) else 0.0
    for oid, item in ordered.items():  # a percentage the CEC did not print is computed from the votes, and says so
        if item["percent_text"] == DASH and total > 0:
            count = float(rows[rows["line"].astype(str) == oid]["count"].iloc[0])
            item["percent_text"] = f"{100 * count / total:.2f}"
            item["where"] += "; not printed by the CEC: computed from the votes"
    return against, ordered, lines


# -------------------------------------------------------------------------------------------------- reconciliation
@dataclass
class Reconciliation:
    against: str | None
    awaiting: bool
    due: str | None
    computed: bool
    chart: Markup | None
    summary: list[dict[str, Any]]
    polls: list[PollScore]
    errors: list[tuple[str, Cell, list[Cell]]]
    thresholds: list[tuple[str, Cell, list[Cell]]]
    threshold: str | None
    seats: list[tuple[str, str, list[Cell]]]
    others: list[dict[str, Any]]


def _mark(flag: Any, yes: str, no: str) -> tuple[str, str]:
    if flag is None or missing(flag):
        return "", ""
    return (yes, "inside") if flag else (no, "outside")


def reconciliation(
    eid: str, result: RunResult, election: Any, polls: list[PollView], against: str | None, due: str | None
) -> Reconciliation:
    table = result.tables.reconciliation if result.tables is not None else None
    entries = [r for r in (table or []) if r.get("election") == eid]
    anchors = {p.id: p.anchor for p in polls}
    who, styles = pollster_styles(result.data)
    done = sorted(
        (r for r in entries if r.get("status") == "reconciled"),
        key=lambda r: (r.get("rank") is None, r.get("rank") or 0, str(r.get("pollster"))),
    )
    others = [
        {
            "pollster": text(r.get("pollster")),
            "anchor": anchors.get(str(r.get("poll"))),
            "status": text(r.get("status")),
            "reason": text(r.get("reason")),
        }
        for r in entries
        if r.get("status") != "reconciled"
    ]
    awaiting = against is None or (bool(entries) and all(r.get("status") == "awaiting-cec" for r in entries))
    names = option_names(election)
    summary, errors, thresholds, seats = [], [], [], []
    chart = None
    if done:
        summary = [
            {**_summary_row(r, anchors, names), **mark(who.get((eid, str(r.get("poll"))), ""), styles)} for r in done
        ]
        option_ids = list(
            dict.fromkeys([*names, *(str(x.get("option")) for r in done for x in r.get("options") or [])])
        )
        by_poll = [{str(x.get("option")): x for x in r.get("options") or []} for r in done]
        used = [o for o in option_ids if any(o in bp for bp in by_poll)]
        for oid in used:
            first = next(bp[oid] for bp in by_poll if oid in bp)
            official = Cell(
                number(first.get("official_share"), 2),
                f"printed by the CEC as {text(first.get('official_percent_text'))}%; compared as a "
                "share of all option votes",
            )
            errors.append(
                (
                    text(first.get("name")) if first.get("name") else names.get(oid, oid),
                    official,
                    [_error_cell(bp.get(oid)) for bp in by_poll],
                )
            )
        thresholds = _thresholds(done, names)
        seats = _seats(done, names)
        chart = _chart(eid, done, names, used, against, result.data)
    threshold = next(
        (c.get("threshold") for r in done for c in r.get("threshold_calls") or [] if not missing(c.get("threshold"))),
        None,
    )
    return Reconciliation(
        against,
        awaiting,
        due,
        table is not None,
        chart,
        summary,
        done,
        errors,
        thresholds,
        None if threshold is None else number(threshold),
        seats,
        others,
    )


def _summary_row(r: PollScore, anchors: dict[str, str], names: dict[str, str]) -> dict[str, Any]:
    worst = r.get("max_error_option")
    return {
        "rank": text(r.get("rank")),
        "pollster": text(r.get("pollster")),
        "anchor": anchors.get(str(r.get("poll"))),
        "scope": text(r.get("scope")),
        "against": AGAINST.get(str(r.get("against")), text(r.get("against"))),
        "m3": figures.points(r.get("m3"), sign=False),
        "max_error": figures.error(r.get("max_error"), _printed(r, worst), sign=False)
        + (f" ({names.get(str(worst), worst)})" if worst else ""),
        "m5": figures.points(r.get("m5")),
        "b": _with_se(r.get("b"), r.get("b_se")),
        "b_w": _with_se(r.get("b_w"), r.get("b_w_se")),
        "deff": DASH if missing(r.get("deff")) else f"{float(r['deff']):.3g} ({text(r.get('deff_origin'))})",
        "b_null": _null(r.get("null")),
        "error_ratio": DASH if not r.get("fit") else f"{float(r['fit']['ratio']):.2f}",
    }


def mark(identity: str, styles: dict[str, Any]) -> dict[str, str]:
    """A pollster's swatch on every page: its id, colour and marker glyph from the one mapping (`pollster_styles`)."""
    style = styles.get(identity)
    if style is None:
        return {"id": identity, "colour": "", "glyph": ""}
    return {"id": identity, "colour": style.colour, "glyph": style.glyph}


def _printed(r: PollScore, option: Any) -> Any:
    """How the poll printed its share of `option` (the precision its error is shown with)."""
    x = next((o for o in r.get("options") or [] if o.get("option") == option), None)
    return None if x is None else x.get("poll_share_text") or x.get("poll_share")


def _null(null: dict[str, Any] | None) -> str:
    """B against an unbiased poll of the same n and design effect: its expected value and the p-value."""
    if not null:
        return DASH
    return f"{float(null['b']['expected']):.3f}, p {float(null['b']['p_value']):.2g}"


def _error_cell(x: OptionScore | None) -> Cell:
    """Poll minus official, to the precision the poll was printed with, and whether the interval holds the result."""
    if not x or missing(x.get("error")):
        return Cell(DASH)
    label, mark = _mark(x.get("inside_interval"), "inside", "outside")
    printed = x.get("poll_share_text") or number(x.get("poll_share"))
    title = f"poll {printed}"
    if x.get("poll_outlet") or x.get("poll_source"):
        title += f" as printed by {text(x.get('poll_outlet') or x.get('poll_source'))}"
        if x.get("poll_why") and x.get("poll_printings", 1) > 1:
            title += f" ({text(x['poll_why'])})"
    if x.get("file"):
        title += f" ({x['file']}:{text(x.get('row'))})"
    if not missing(x.get("interval_low")) and not missing(x.get("interval_high")):
        title += f"; interval {number(x['interval_low'], 2)}–{number(x['interval_high'], 2)}"
    title += f"; official {number(x.get('official_share'), 2)}"
    if x.get("inside_stated_margin") is not None:
        title += "; within the stated margin" if x["inside_stated_margin"] else "; outside the stated margin"
    error = figures.error(x["error"], printed)
    return Cell(error + (f" ({label})" if label else ""), title, mark)


def _with_se(value: Any, se: Any) -> str:
    if missing(value):
        return DASH
    return f"{float(value):.3f}" + ("" if missing(se) else f" ± {float(se):.3f}")


def _thresholds(done: list[PollScore], names: dict[str, str]) -> list[tuple[str, Cell, list[Cell]]]:
    calls = [{str(c.get("option")): c for c in r.get("threshold_calls") or []} for r in done]
    options = list(dict.fromkeys(o for c in calls for o in c))
    options.sort(key=lambda o: list(names).index(o) if o in names else len(names))
    rows = []
    for oid in options:
        official = next((c[oid].get("official_clears") for c in calls if oid in c), None)
        off = Cell(DASH if official is None else ("clears" if official else "below"))
        cells = []
        for c in calls:
            x = c.get(oid)
            if not x:
                cells.append(Cell(DASH))
                continue
            call = "clears" if x.get("poll_clears") else "below"
            right = x.get("right")
            chance = "" if missing(x.get("p_clears")) else f"; P(clears) {float(x['p_clears']):.2f}"
            title = (
                ""
                if missing(x.get("z"))
                else f"z {float(x['z']):+.2f} against the line; design effect {float(x['deff']):.3g} "
                f"({text(x.get('deff_origin'))})"
            )
            cells.append(
                Cell(
                    (f"{call} ({'right' if right else 'wrong'}" if right is not None else f"{call} (") + chance + ")"
                    if right is not None or chance
                    else call,
                    title,
                    "right" if right else "wrong" if right is not None else "",
                )
            )
        name = next((c[oid].get("name") for c in calls if oid in c and c[oid].get("name")), None)
        rows.append((str(name) if name else names.get(oid, oid), off, cells))
    return rows


def _seats(done: list[PollScore], names: dict[str, str]) -> list[tuple[str, str, list[Cell]]]:
    official = next((r.get("seats_official") for r in done if r.get("seats_official")), None) or {}
    projected = [r.get("seats_projected") or {} for r in done]
    spread = [r.get("seats_uncertainty") or {} for r in done]
    if not official and not any(projected):
        return []
    options = list(
        dict.fromkeys(
            [
                *(o for o in names if o in official or any(o in p for p in projected)),
                *official,
                *(o for p in projected for o in p),
            ]
        )
    )
    rows = []
    for oid in options:
        off = official.get(oid)
        cells = []
        for p, u in zip(projected, spread, strict=True):
            seats = p.get(oid)
            if seats is None:
                cells.append(Cell(DASH))
                continue
            diff = "" if off is None else f" ({int(seats) - int(off):+d})" if int(seats) != int(off) else ""
            interval = f" [{u['low'][oid]}–{u['high'][oid]}]" if u and oid in u.get("low", {}) else ""
            title = (
                f"95% of {u['draws']} simulated samples (design effect {float(u['deff']):.3g} "
                f"({text(u.get('deff_origin'))}), seed {u['seed']})"
                if interval
                else ""
            )
            cells.append(Cell(f"{int(seats)}{diff}{interval}".replace("-", "−"), title, "wrong" if diff else ""))
        rows.append((names.get(oid, oid), integer(off), cells))
    return rows


def pollster_styles(data: Any) -> tuple[dict[tuple[str, str], str], dict[str, Any]]:
    """(election, poll) -> pollster identity, and identity -> its chart style: the one mapping every chart uses."""
    from kzcheck.load.pollsters import poll_pollsters, pollster_order
    from kzcheck.render.html.charts import pollster_styles as styles

    return poll_pollsters(data.polls), styles(pollster_order(data.polls, data.pollsters))


def _chart(
    eid: str, done: list[PollScore], names: dict[str, str], used: list[str], against: str | None, data: Any
) -> Markup | None:
    from kzcheck.render.html.charts import Series, error_chart

    who, styles = pollster_styles(data)

    official: dict[str, float] = {}
    series = []
    for r in done:
        by_option = {str(x.get("option")): x for x in r.get("options") or []}
        values, lows, highs = [], [], []
        for oid in used:
            x = by_option.get(oid)
            off = None if not x or missing(x.get("official_share")) else float(x["official_share"])
            if off is not None:
                official.setdefault(oid, off)
            err = None if not x or missing(x.get("error")) else float(x["error"])
            values.append(err)
            lows.append(
                None if off is None or not x or missing(x.get("interval_low")) else float(x["interval_low"]) - off
            )
            highs.append(
                None if off is None or not x or missing(x.get("interval_high")) else float(x["interval_high"]) - off
            )
        style = styles.get(who.get((eid, str(r.get("poll"))), ""))
        series.append(Series(text(r.get("pollster")), values, lows, highs, style))
    if not any(v is not None for s in series for v in s.values):
        return None
    labels = [f"{names.get(o, o)} ({official[o]:.2f})" if o in official else names.get(o, o) for o in used]
    reference = AGAINST.get(against or "", "official result")
    description = (
        f"Each poll's error on each option against the {reference}, with the poll's interval; "
        "the same figures are in the error table below."
    )
    return Markup(error_chart(eid, labels, series, f"0 = {reference}", description))


# ------------------------------------------------------------------------------------------------------- pages
@dataclass
class ElectionPage:
    id: str
    href: str
    name: str
    kind: str
    body: str
    date: str
    verdict: Verdict
    counts: dict[str, int]
    published: list[str]
    against: str | None
    awaiting: bool
    due: str | None
    who: str
    polls: list[PollView]
    discrepancy: Discrepancy
    official: dict[str, Any]
    official_lines: list[Any]
    official_source: Source | None
    reconciliation: Reconciliation
    findings: list[FindingRow]
    acknowledged: list[FindingRow]
    not_shown: dict[str, int]
    checks: list[CheckRow]
    n_polls: int
    n_figures: int
    who_mark: dict[str, str] = field(default_factory=dict)  # the closest pollster's swatch (`mark`)


def _who(rec: Reconciliation, polls: list[PollView]) -> str:
    """One line answering "who was right?"."""
    if not polls:
        return "No polls in the data"
    if rec.awaiting:
        return "Awaiting CEC results: polls cannot be scored yet"
    if not rec.computed:
        return "Reconciliation not computed in this run"
    if not rec.summary:
        return "No poll comparable with the official result"
    best = rec.summary[0]
    text = f"Closest: {best['pollster']} (mean absolute error {best['m3']} points)"
    if len(rec.polls) < 2 or missing(rec.polls[0].get("m3")) or missing(rec.polls[1].get("m3")):
        return text
    first, second = rec.polls[0], rec.polls[1]
    how = lead(float(first["m3"]), float(second["m3"]), _chance(first), _chance(second))
    runner = f"{rec.summary[1]['pollster']} ({rec.summary[1]['m3']})"
    if how is Lead.WITHIN:
        return f"{text}, within sampling error of {runner}: not a clear lead"
    if how is Lead.UNKNOWN:
        unknown = [s["pollster"] for r, s in zip(rec.polls[:2], rec.summary[:2], strict=True) if _chance(r) is None]
        return (
            f"{text}, ahead of {runner} by an amount that cannot be weighed against sampling error: the sample size "
            f"of {' and '.join(unknown)} is unknown"
        )
    return text


def _chance(r: PollScore) -> float | None:
    """The poll's expected M3 under pure sampling error (§4.6), None when its sample size is unknown."""
    m3 = (r.get("null") or {}).get("m3") or {}
    return None if missing(m3.get("expected")) else float(m3["expected"])


def election_page(
    eid: str, result: RunResult, sources: dict[str, Source], split: set[tuple[str, str, str]]
) -> ElectionPage:
    data = result.data
    election = data.elections[eid]
    summary = next(e for e in result.elections if e.id == eid)
    outcomes = [o for o in result.outcomes if o.election == eid]
    findings = [f for o in outcomes for f in o.findings]
    rows = finding_rows(findings, result, eid)
    polls = poll_views(eid, data, election, sources, split, rows)
    against, official, lines = official_results(eid, data, election)
    due = election.final_results_due.isoformat() if election.final_results_due else None
    rec = reconciliation(eid, result, election, polls, against, due)
    first = next(iter(official.values()), None)
    return ElectionPage(
        eid,
        page_name(eid),
        election.name,
        election.kind,
        election.body,
        election.date.isoformat(),
        verdict(findings, outcomes, result.specs),
        counts_of(outcomes),
        [s for s in (*NEWEST_FIRST, INTRADAY) if s in summary.results]
        + (["protocol copies"] if "copy" in summary.results else []),
        against,
        rec.awaiting,
        due,
        _who(rec, polls),
        polls,
        discrepancy(eid, data, election, polls, official, against),
        official,
        lines,
        _source(sources, first["source"]) if first else None,
        rec,
        *capped(rows),
        check_rows(result, outcomes),
        summary.polls,
        summary.figures,
        rec.summary[0] if rec.summary and not rec.awaiting else {},
    )


def capped(rows: list[FindingRow]) -> tuple[list[FindingRow], list[FindingRow], dict[str, int]]:
    """Open and acknowledged findings, at most FINDINGS_PER_CHECK of each check, and how many were left out."""
    seen: dict[str, int] = defaultdict(int)
    open_: list[FindingRow] = []
    acknowledged: list[FindingRow] = []
    for row in rows:
        seen[row.check] += 1
        if seen[row.check] <= FINDINGS_PER_CHECK:
            (open_ if row.reason is None else acknowledged).append(row)
    return open_, acknowledged, {c: n - FINDINGS_PER_CHECK for c, n in seen.items() if n > FINDINGS_PER_CHECK}


def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kzcheck.render.html.pages", "templates"),
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["DASH"] = DASH
    env.globals["SERIOUS"] = SERIOUS
    env.filters["paths_break"] = paths_break
    env.filters["id_break"] = id_break
    return env


_PATH = re.compile(r"\S*[A-Za-z]\S*/\S*")  # a word with a slash and a letter: a file path, never a figure


def paths_break(value: object) -> Markup:
    """`value` escaped, with a break opportunity after each slash of a file path in it: a path printed beside a figure
    ("54.21 (data/results/….csv:13)") then wraps inside a table cell, while a figure ("40/8/6/6") stays whole."""
    text = str(escape(value if value is not None else ""))
    return Markup(_PATH.sub(lambda m: m.group().replace("/", "/<wbr>"), text))


def id_break(value: object) -> Markup:
    """A subject id escaped, with a break opportunity after each of its separators (`area:astana/ballots@final`): it
    may wrap at a separator in a narrow column, and no part of it is ever cut."""
    text = str(escape(value if value is not None else ""))
    return Markup(re.sub(r"([:/@+])(?=\S)", r"\1<wbr>", text))


def pages(
    result: RunResult,
    data_docs: str | None = None,
    data_docs_note: str | None = None,
    generated: dt.datetime | None = None,
) -> dict[str, str]:
    """Every page of the report, keyed by file name relative to the report folder."""
    env = environment()
    css = Markup(env.loader.get_source(env, "report.css")[0])  # type: ignore[union-attr]
    when = (generated or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M UTC")
    common = {
        "css": css,
        "version": __version__,
        "generated": when,
        "data_dir": result.data_dir,
        "data_docs": data_docs,
        "data_docs_note": data_docs_note,
    }
    sources = _sources_index(result.data)
    split = _split_figures(result)
    elections = [election_page(e.id, result, sources, split) for e in result.elections]
    loose = [o for o in result.outcomes if o.election is None or o.election not in result.data.elections]
    loose_findings = [f for o in loose for f in o.findings]
    out = {
        "index.html": label_cells(
            env.get_template("index.html").render(
                **common,
                title="kzcheck report",
                elections=elections,
                verdict=verdict(result.findings, result.outcomes, result.specs),
                counts=result.counts(),
                checks=check_rows(result, result.outcomes),
                loose=finding_rows(loose_findings, result, None),
                outcomes=len(result.outcomes),
            )
        )
    }
    for page in elections:
        out[page.href] = label_cells(env.get_template("election.html").render(**common, title=page.name, e=page))
    from kzcheck.render.html.pollsters import PAGE, pollsters_page

    view = pollsters_page(result, pollster_styles(result.data)[1])
    out[PAGE] = label_cells(
        env.get_template("pollsters.html").render(**common, title="Pollsters — kzcheck report", page=view)
    )
    return out
