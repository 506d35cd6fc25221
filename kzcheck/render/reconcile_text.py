"""Text tables of `kzcheck reconcile`: the CEC's own figures and each poll against them; colour on a terminal."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table

from kzcheck.model.findings import RunResult, Status
from kzcheck.model.tables import Allocation, PollScore
from kzcheck.render.console import (
    design_effects,
    error,
    finding,
    legend,
    not_comparable,
    p_text,
    page,
    points,
    pts,
    tables,
)
from kzcheck.render.fit import print_table
from kzcheck.render.terminal import esc


def render(result: RunResult, out: TextIO, **_options: object) -> None:
    entries, allocation = tables(result).reconciliation, tables(result).allocation
    by_election: dict[str, list[PollScore]] = defaultdict(list)
    for entry in entries:
        by_election[entry["election"]].append(entry)

    def election(console: Console, eid: str) -> bool:
        mine = by_election.get(eid, [])
        official = [o for o in result.outcomes if o.election == eid and o.check.startswith("official.")]
        if not mine and not official:
            console.print("  nothing to reconcile: no polls, and no official results with option votes")
            return False
        _official(console, result, eid, [a for a in allocation if a["election"] == eid])
        areas = list(dict.fromkeys(x["area"] for x in mine if x["status"] == "reconciled"))
        for area in areas:
            _reconciled(console, [x for x in mine if x["status"] == "reconciled" and x["area"] == area])
        awaiting = [x for x in mine if x["status"] == "awaiting-cec"]
        if awaiting:
            console.print(
                f"  [bold]awaiting the CEC[/]: no official results with option figures yet; "
                f"{len(awaiting)} poll(s) will be scored once they are published: "
                + esc(", ".join(x["pollster"] for x in awaiting))
            )
        for x in mine:
            if x["status"] == "not-comparable":
                not_comparable(console, x["pollster"], x["poll"], x["reason"])
        return True

    page(out, result, "reconcile", {"official.", "reconciliation."}, election)


def _official(console: Console, result: RunResult, eid: str, allocation: list[Allocation]) -> None:
    outcomes = [o for o in result.outcomes if o.election == eid and o.check.startswith("official.")]
    if not outcomes:
        return
    console.print("  [bold]Official results[/]")
    marks = {
        Status.PASSED: "[green]ok[/]",
        Status.FAILED: "[bold red]FAILED[/]",
        Status.WARNING: "[yellow]warning[/]",
        Status.NOT_EVALUATED: "[dim]not evaluated[/]",
        Status.ERRORED: "[magenta]errored[/]",
    }
    titles = {s.id: s.title for s in result.specs.values()}
    for o in outcomes:
        note = f" — {esc(o.note)}" if o.note and o.status is Status.NOT_EVALUATED else ""
        console.print(
            f"    {marks.get(o.status, '?') if o.status else '?'} {esc(titles.get(o.check, o.check))} "
            f"[dim]({esc(o.subject or '')})[/]{note}"
        )
        for f in o.findings:
            console.print("      " + finding(f))
    for a in allocation:
        if not a["recomputed"]:
            continue
        seats = "/".join(str(v) for v in a["recomputed"].values() if v)
        printed = "/".join(str(v) for v in (a["printed"] or {}).values() if v)
        verdict = (
            "equal to the official seats"
            if a["match"]
            else f"official seats {printed}"
            if a["printed"]
            else "no seats printed"
        )
        alts = "; ".join(
            f"{m} would give {'/'.join(str(v) for v in s.values() if v)}"
            for m, s in a["alternatives"].items()
            if s and s != a["recomputed"]
        )
        console.print(
            f"    seats recomputed from the CEC's {esc(a['status'])} votes ({esc(a['method'])}, "
            f"{a['threshold']:g}% threshold, {a['seats']} seats): {esc(seats)}, {esc(verdict)}"
            + (f" [dim]({esc(alts)})[/]" if alts else "")
        )


def _reconciled(console: Console, entries: list[PollScore]) -> None:
    against = {x["against"] for x in entries}
    label = " and ".join(sorted(against))
    note = " [yellow](preliminary: the final results are not out yet)[/]" if "preliminary" in against else ""
    area = entries[0]["area"]
    where = "" if all(x["scope"] == "national" for x in entries) else f" for {esc(area)}"
    console.print(
        f"  [bold]Polls against the {esc(label)} result{where}[/]{note} — poll share (error in points); "
        "[yellow]![/] outside the poll's 95% interval"
    )
    table = Table(box=box.SIMPLE, pad_edge=False, show_edge=False)
    table.add_column("option")
    table.add_column("official", justify="right")
    for x in entries:
        table.add_column(esc(x["poll"]), justify="right")
    options = [(o["option"], o["name"], o["official_share"]) for o in entries[0]["options"]]
    for option, name, share in options:
        cells = [esc(name), f"{share:.2f}"]
        for x in entries:
            o = next((o for o in x["options"] if o["option"] == option), None)
            if o is None:
                cells.append("–")
                continue
            mark = " [yellow]![/]" if o["inside_interval"] is False else "  "
            cells.append(f"{esc(o['poll_share_text'])} ({error(o['error'], o['poll_share_text'])}){mark}")
        table.add_row(*cells)
    print_table(console, table)
    legend(console, {x["poll"]: x["pollster"] for x in entries})
    design_effects(console, {x.poll: {"deff": x.deff, "origin": x.deff_origin} for x in entries if x.deff})

    summary = Table(box=box.SIMPLE, pad_edge=False, show_edge=False)
    for col in (
        "rank",
        "poll",
        "M3",
        "largest error",
        "M5",
        "B ± se",
        "B_w ± se",
        "in margin",
        "in interval",
        "threshold calls",
    ):
        summary.add_column(col, justify="left" if col in ("poll", "threshold calls") else "right", no_wrap=True)
    for x in sorted(entries, key=lambda x: (x["rank"] or 99, x["pollster"])):
        n = len(x["options"])
        inside_m = sum(1 for o in x["options"] if o["inside_stated_margin"])
        inside_i = sum(1 for o in x["options"] if o["inside_interval"])
        wrong = [t["option"] for t in x["threshold_calls"] if not t["right"]]
        calls = "–" if not x["threshold_calls"] else "all right" if not wrong else "wrong: " + ", ".join(wrong)
        summary.add_row(
            str(x["rank"]),
            esc(x["poll"]),
            points(x["m3"], sign=False),
            f"{error(x['max_error'], _printed(x, x['max_error_option']), sign=False)} "
            + esc(x["max_error_option"] or ""),
            points(x["m5"]),
            _with_se(x["b"], x["b_se"]),
            _with_se(x["b_w"], x["b_w_se"]),
            f"{inside_m}/{n}" if x["margin_of_error"] is not None else "–",
            f"{inside_i}/{n}" if x["sample_size"] is not None else "–",
            esc(calls),
        )
    print_table(console, summary)
    _against_sampling_error(console, entries)
    official = next((x["seats_official"] for x in entries if x["seats_official"]), None)
    if official:
        basis = next(x["seats_official_basis"] for x in entries if x["seats_official"])
        console.print(
            f"    list seats ({esc(', '.join(official))}): official {'/'.join(map(str, official.values()))}"
            f" ({esc(basis)})"
        )
        for x in entries:
            if x["seats_projected"]:
                proj = {k: x["seats_projected"].get(k, 0) for k in official}
                same = " = official" if proj == official else ""
                console.print(
                    f"      {esc(x['poll'])}'s shares would give {'/'.join(map(str, proj.values()))}{same}"
                    + esc(_seat_ranges(x, list(official)))
                )
    for x in entries:
        if x["reason"]:
            console.print(f"    [dim]{esc(x['pollster'])}: {esc(x['reason'])}[/]")
        for o in x.get("options", []):
            if o.get("poll_printings", 1) > 1 and len(o.get("poll_sources", [])) < o["poll_printings"]:
                console.print(
                    f"    [dim]{esc(x['pollster'])}: {esc(o['name'])} scored on {esc(o['poll_share_text'])} "
                    f"as {esc(o['poll_outlet'])} printed it ({esc(o.get('poll_why', ''))}); other printings "
                    "differ (see kzcheck compare)[/]"
                )
        if x["turnout_estimate"] is not None and x["official_turnout"] is not None:
            console.print(
                f"    turnout: {esc(x['pollster'])} estimated {x['turnout_estimate']:g}, official "
                f"{x['official_turnout']:g} ({pts(x['turnout_error'])})"
            )
    for x in entries:
        for t in x["threshold_calls"]:
            if not t["right"]:
                chance = (
                    ""
                    if t.p_clears is None
                    else f"; the probability its sample gave of clearing it: {t.p_clears:.2f} "
                    f"(z {pts(t.z)} against the line, deff {t.deff:.3g} ({t.deff_origin}))"
                )
                console.print(
                    f"    [cyan]threshold called wrong[/]: {esc(x['pollster'])} put {esc(t['name'])} "
                    f"at {t['poll_share']:g} ({'above' if t['poll_clears'] else 'below'} "
                    f"{t['threshold']:g}%), official {t['official_share']:.2f}{esc(chance)}"
                )


def _seat_ranges(x: PollScore, parties: list[str]) -> str:
    """`; 95% of 1000 samples (...): 38-42/7-8/...; probability of clearing the threshold: ...` from the simulation."""
    u = x.seats_uncertainty
    if not u:
        return ""
    ranges = "/".join(
        f"{u['low'][p]}–{u['high'][p]}" if u["low"][p] != u["high"][p] else str(u["low"][p]) for p in parties
    )
    near = ", ".join(f"{p} {u['clears'][p]:.2f}" for p in parties if 0 < u["clears"][p] < 1)
    return f"; 95% of {u['draws']} samples (deff {u['deff']:.3g} ({u['deff_origin']}), seed {u['seed']}): {ranges}" + (
        f"; probability of clearing the threshold: {near}" if near else ""
    )


def _printed(x: Any, option: str | None) -> str | None:
    """How the poll printed its share of `option`: its error is shown to that precision (kzcheck/render/figures.py)."""
    return next((o["poll_share_text"] for o in x["options"] if o["option"] == option), None)


def _against_sampling_error(console: Console, entries: list[PollScore]) -> None:
    """Per poll: B, B_w and M3 against an unbiased poll of its size; MTK's A; M5's interval; the error's size."""
    for x in entries:
        null, fit = x.null, x.fit
        if not null or x.b is None or x.b_w is None or x.m3 is None or x.deff is None:
            continue
        parts: list[Any] = [
            f"B {x.b:.3f} (unbiased {null['b']['expected']:.3f}, p {p_text(null['b']['p_value'])})",
            f"B_w {x.b_w:.3f} (unbiased {null['b_w']['expected']:.3f}, p {p_text(null['b_w']['p_value'])})",
            f"M3 {x.m3:.2f} (unbiased {null['m3']['expected']:.2f}, p {p_text(null['m3']['p_value'])})",
        ]
        if x.m5_low is not None:
            parts.append(f"M5 {pts(x.m5)} [{pts(x.m5_low)}, {pts(x.m5_high)}]")
        if x.mtk_a is not None and x.mtk_a_se is not None:
            parts.append(f"MTK A {x.mtk_a:+.3f} ± {x.mtk_a_se:.3f}")
        if fit:
            parts.append(
                f"error {fit['ratio']:.2f} times the sampling error (it would need deff {fit['deff_needed']:.3g}; "
                f"fit p {p_text(fit['p_value'])})"
            )
        rescaled = f"; shares rescaled from {x.printed_sum:.2f} to 100" if x.rescaled and x.printed_sum else ""
        console.print(
            f"    {esc(x.poll)} against sampling error (deff {x.deff:.3g} ({esc(x.deff_origin or '')}), "
            f"{null['draws']} seeded draws, seed {null['seed']}){esc(rescaled)}: " + esc("; ".join(parts))
        )


def _with_se(value: float | None, se: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.3f} ± {se:.3f}" if se is not None else f"{value:.3f} ± –"
