"""The report's pollsters page: each pollster's record across votes, as a chart and tables.

Formats a `kzcheck.track_record.TrackRecord`; computes nothing of its own. Every string from the data is escaped by
the templates' autoescaping; the chart draws names as SVG text that matplotlib escapes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from kzcheck.render.html.cells import DASH, anchor, number, page_name, signed, web_url

PAGE = "pollsters.html"
AGAINST = {"final": "final result", "preliminary": "preliminary result"}


@dataclass
class VoteRow:
    name: str
    label: str  # "2022 presidential": short enough for a table cell; the full name is its title
    href: str
    year: str
    scored: bool
    reason: str
    against: str = DASH
    m3: str = DASH
    b_w: str = DASH
    winner: str = DASH
    families: list[str] = field(default_factory=list)
    coverage: str = DASH
    plus_minus: str = DASH


@dataclass
class HouseRow:
    name: str
    n: int
    mean: str
    se: str
    interval: str
    absent: str


@dataclass
class PollsterView:
    id: str
    anchor: str
    name: str
    registered: bool
    aliases: list[str]
    runs_or_funds: str | None
    links: list[str]
    note: str | None
    verdict: str
    evidence: str
    colour: str
    glyph: str
    polled: int
    scored: int
    lean: str
    plus_minus: str
    votes: list[VoteRow]
    house: list[HouseRow]


@dataclass
class PollstersPage:
    computed: bool
    registry: bool
    families: list[str]
    chart: Markup | None
    pollsters: list[PollsterView]


def _family(f: Any) -> str:
    if f.option is None:
        return "no member"
    if f.error is None:
        return DASH
    return signed(f.error)


def _vote(v: Any) -> VoteRow:
    label = f"{v.year} {v.election_kind}"
    row = VoteRow(v.election_name, label, page_name(v.election), v.year, v.scored, v.reason or "")
    if not v.scored:
        return row
    row.against = "against the " + AGAINST.get(v.against or "", str(v.against))
    row.m3 = number(v.m3, 2)
    row.b_w = number(v.b_w, 3) + ("" if v.b_w_se is None else f" ± {number(v.b_w_se, 3)}")
    row.winner = f"{v.winner_name} {signed(v.winner_error)}"
    row.families = [_family(f) for f in v.families]
    row.coverage = DASH if v.covered is None else f"{v.covered} of {v.covered_of}"
    row.plus_minus = DASH if v.plus_minus_m3 is None else signed(v.plus_minus_m3)
    return row


def _house(h: Any, names: dict[str, str]) -> HouseRow:
    interval = DASH if h.low is None else f"{signed(h.low)} to {signed(h.high)}"
    absent = ", ".join(names.get(e, e) for e in h.absent) or DASH
    return HouseRow(h.name, h.n, signed(h.mean) if h.mean is not None else DASH, number(h.se, 2), interval, absent)


def _chart(records: list[Any], styles: dict[str, Any], data: Any) -> Markup | None:
    from kzcheck.render.html.charts import Series, track_chart

    elections = sorted({v.election for p in records for v in p.votes if v.scored}, key=lambda e: data.elections[e].date)
    if not elections:
        return None
    labels = [f"{data.elections[e].date.year} {data.elections[e].kind}" for e in elections]
    series = []
    for p in records:
        by_vote = {v.election: v.winner_error for v in p.votes if v.scored}
        if by_vote:
            series.append(Series(p.name, [by_vote.get(e) for e in elections], style=styles.get(p.id)))
    description = (
        "Each pollster's signed error on the winner (poll share minus official share, points), vote by vote; "
        "the same figures are in the tables below."
    )
    return Markup(track_chart("pollsters", labels, series, description))


def pollsters_page(result: Any, styles: dict[str, Any]) -> PollstersPage:
    """The page's view of the run's track records (the `pollsters` table the run built once)."""
    data = result.data
    tables = result.tables
    if tables is None:
        return PollstersPage(False, data.pollsters is not None, [], None, [])
    names = {eid: e.name for eid, e in data.elections.items()}
    views = []
    for p in tables.pollsters:
        style = styles.get(p.id)
        lean = next((h for h in p.house_effects if h.n), None)
        views.append(
            PollsterView(
                p.id,
                anchor("pollster", p.id),
                p.name,
                p.registered,
                p.aliases,
                p.runs_or_funds,
                [u for u in (web_url(x) for x in p.links) if u],
                p.note,
                p.verdict,
                str(p.evidence),
                style.colour if style else "#000000",
                style.glyph if style else "●",
                len(p.votes),
                len(p.scored),
                DASH if lean is None or lean.mean is None else f"{signed(lean.mean)} ({lean.n} vote(s))",
                DASH if p.mean_plus_minus is None else f"{signed(p.mean_plus_minus)} ({p.plus_minus_votes} vote(s))",
                [_vote(v) for v in p.votes],
                [_house(h, names) for h in p.house_effects if h.n or h.absent],
            )
        )
    families = list(tables.families.values())
    return PollstersPage(True, data.pollsters is not None, families, _chart(tables.pollsters, styles, data), views)
