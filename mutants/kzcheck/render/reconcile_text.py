"""Text tables for `kzcheck compare` and `kzcheck reconcile`, read from the result's extras; colour on a terminal."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kzcheck.model.findings import Finding, RunResult, Severity, Status

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan", "acknowledged": "dim"}


def _console(out: TextIO) -> Console:
    return Console(file=out, highlight=False, soft_wrap=True, width=None if out.isatty() else 160)


def _legend(console: Console, who: dict[str, str]) -> None:
    console.print("    [dim]" + escape("; ".join(f"{p} = {name}" for p, name in who.items())) + "[/]")


def _pts(x: float | None, digits: int = 2, sign: bool = True) -> str:
    if x is None:
        return "–"
    return f"{x:+.{digits}f}" if sign else f"{x:.{digits}f}"


def _finding(f: Finding) -> str:
    label = "acknowledged" if f.acknowledged else f.severity.value
    where = f"  [dim]{escape(f.file)}:{f.row}[/]" if f.file and f.row is not None else ""
    return f"[{STYLE[label]}]{label:<8}[/] {escape(f.check)}  {escape(f.message)}{where}"


def _header(console: Console, result: RunResult, command: str) -> None:
    deff = result.extras.get("exit_poll_deff")
    console.print(f"[bold]kzcheck {command}[/] — data: {escape(result.data_dir)} — exit polls' design effect {deff:g}")


def _election_title(console: Console, result: RunResult, eid: str) -> None:
    e = next((e for e in result.elections if e.id == eid), None)
    console.print()
    title = f"[bold]{escape(eid)}[/]" + (f" — {escape(e.name)}" if e else "")
    console.print(title)


def _other_findings(console: Console, result: RunResult, eid: str | None, shown: set[str]) -> None:
    """Findings at warning or above from checks the tables do not show (input, schema, poll figures)."""
    rest = [
        f
        for o in result.outcomes
        if o.election == eid
        for f in o.findings
        if not f.check.startswith(tuple(shown)) and f.severity is not Severity.INFO and not f.acknowledged
    ]
    if rest:
        console.print("  [bold]Data findings[/]")
        for f in sorted(rest, key=lambda f: (-f.severity.rank, f.check, f.row or 0)):
            console.print("    " + _finding(f))


def _summary(console: Console, result: RunResult) -> None:
    counts = result.counts()
    console.print()
    console.print(
        f"[bold]Summary:[/] {len(result.outcomes)} check results; "
        f"[{STYLE['error']}]{counts['error']} error(s)[/], [{STYLE['warning']}]{counts['warning']} "
        f"warning(s)[/], {counts['info']} info, [dim]{counts['acknowledged']} acknowledged[/]"
    )


# ---------------------------------------------------------------------------------------------------------- compare


def render_compare(result: RunResult, out: TextIO) -> None:
    console = _console(out)
    _header(console, result, "compare")
    comparison = result.extras.get("comparison", [])
    calls = result.extras.get("pollster_calls", [])
    outlets = result.extras.get("outlet_disagreements", [])
    lone = result.extras.get("not_comparable", [])
    names = _option_names(result)
    for e in result.elections:
        eid = e.id
        rows = [r for r in comparison if r["election"] == eid]
        e_calls = [c for c in calls if c["election"] == eid]
        e_outlets = [d for d in outlets if d["election"] == eid]
        e_lone = [p for p in lone if p["election"] == eid]
        _election_title(console, result, eid)
        if not (rows or e_calls or e_outlets or e_lone):
            console.print("  nothing to compare: no poll printed by two outlets, no two comparable polls")
        if e_outlets:
            console.print("  [bold]Same poll, several outlets[/]")
            for d in e_outlets:
                console.print(f"    [{STYLE[d['severity']]}]{d['severity']:<8}[/] {escape(d['message'])}")
        for group in e_calls:
            _group_tables(
                console,
                group,
                [
                    r
                    for r in rows
                    if r["comparable"] and r["poll_a"] in group["polls"] and r["poll_b"] in group["polls"]
                ],
                names.get(eid, {}),
            )
        for p in e_lone:
            console.print(
                f"  [magenta]not comparable[/] {escape(p['pollster'])} ({escape(p['poll'])}): {escape(p['reason'])}"
            )
        _other_findings(console, result, eid, {"outlets.", "pollsters."})
    _summary(console, result)


def _option_names(result: RunResult) -> dict[str, dict[str, str]]:
    data = result.data
    if data is None:
        return {}
    return {eid: {o.id: o.name for o in e.options} for eid, e in data.elections.items()}


def _group_tables(console: Console, group: dict[str, Any], rows: list[dict[str, Any]], names: dict[str, str]) -> None:
    who = group["pollsters"]
    polls = group["polls"]
    console.print(
        f"  [bold]Pollster against pollster[/] ({group['kind']} polls, {group['scope']}): difference in "
        "points, z; [yellow]*[/] beyond sampling error"
    )
    pairs = list(dict.fromkeys((r["poll_a"], r["poll_b"]) for r in rows))
    table = Table(box=box.SIMPLE, pad_edge=False, show_edge=False)
    table.add_column("option")
    for p in polls:
        table.add_column(p, justify="right")
    for a, b in pairs:
        table.add_column(f"{a} − {b}", justify="right")
    options = list(dict.fromkeys(r["option"] for r in rows)) or list(group["ranking"].get(polls[0], []))
    shares: dict[tuple[str, str], str] = {}
    for r in rows:
        shares[(r["poll_a"], r["option"])] = r["share_a"]
        shares[(r["poll_b"], r["option"])] = r["share_b"]
    by_pair = {(r["poll_a"], r["poll_b"], r["option"]): r for r in rows}
    for option in options:
        cells = [escape(names.get(option, option))]
        cells += [shares.get((p, option), "–") for p in polls]
        for a, b in pairs:
            pair = by_pair.get((a, b, option))
            if pair is None:
                cells.append("–")
            elif not pair["testable"]:
                cells.append(f"{_pts(pair['difference'])} (untestable)")
            else:
                mark = " [yellow]*[/]" if pair["significant"] else "  "
                cells.append(f"{_pts(pair['difference'])} z {_pts(pair['z'])}{mark}")
        table.add_row(*cells)
    console.print(table)
    _legend(console, who)
    untestable = {r["reason"] for r in rows if not r["testable"] and r["reason"]}
    for reason in sorted(untestable):
        console.print(f"    [magenta]not tested[/] {escape(reason)}")
    for call in group["threshold"]:
        name = names.get(call["option"], call["option"])
        sides = ", ".join(
            f"{who[p]} {call['shares'][p]} {'≥' if ok else '<'} {call['threshold']:g}"
            for p, ok in call["clears"].items()
        )
        if not call["agree"]:
            console.print(f"    [yellow]threshold[/] pollsters disagree on {escape(name)}: {escape(sides)}")
    winners = {p: [names.get(o, o) for o in w] for p, w in group["winners"].items()}
    if group["winner_agrees"]:
        first = next(iter(winners.values()), [])
        console.print(f"    winner: {escape(' and '.join(first))} in every poll")
    else:
        console.print(
            "    [yellow]winner[/] pollsters disagree: "
            + escape("; ".join(f"{who[p]}: {' and '.join(w)}" for p, w in winners.items()))
        )
    for s in group["ranking_disagreements"]:
        x, y = (names.get(o, o) for o in s["options"])
        console.print(
            f"    ranking: {escape(x)} ahead of {escape(y)} for "
            f"{escape(', '.join(who[p] for p in s['ahead_first']))}, behind for "
            f"{escape(', '.join(who[p] for p in s['ahead_second']))}"
        )
    if group["turnout"]:
        est = ", ".join(f"{who[p]} {t:g}" for p, t in group["turnout"].items())
        spread = group["turnout_spread"]
        console.print(f"    turnout estimates: {escape(est)}" + (f" (spread {spread:.2f} points)" if spread else ""))


# -------------------------------------------------------------------------------------------------------- reconcile


def render_reconcile(result: RunResult, out: TextIO) -> None:
    console = _console(out)
    _header(console, result, "reconcile")
    entries = result.extras.get("reconciliation", [])
    allocation = result.extras.get("allocation", [])
    by_election: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entry in entries:
        by_election[entry["election"]].append(entry)
    for e in result.elections:
        eid = e.id
        mine = by_election.get(eid, [])
        official = [o for o in result.outcomes if o.election == eid and o.check.startswith("official.")]
        _election_title(console, result, eid)
        if not mine and not official:
            console.print("  nothing to reconcile: no polls, and no official results with option votes")
            continue
        _official(console, result, eid, [a for a in allocation if a["election"] == eid])
        areas = list(dict.fromkeys(x["area"] for x in mine if x["status"] == "reconciled"))
        for area in areas:
            _reconciled(console, [x for x in mine if x["status"] == "reconciled" and x["area"] == area])
        awaiting = [x for x in mine if x["status"] == "awaiting-cec"]
        if awaiting:
            console.print(
                f"  [bold]awaiting the CEC[/]: no official results with option figures yet; "
                f"{len(awaiting)} poll(s) will be scored once they are published: "
                + escape(", ".join(x["pollster"] for x in awaiting))
            )
        for x in mine:
            if x["status"] == "not-comparable":
                console.print(
                    f"  [magenta]not comparable[/] {escape(x['pollster'])} ({escape(x['poll'])}): "
                    f"{escape(x['reason'] or '')}"
                )
        _other_findings(console, result, eid, {"official.", "reconciliation."})
    _summary(console, result)


def _official(console: Console, result: RunResult, eid: str, allocation: list[dict[str, Any]]) -> None:
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
        note = f" — {escape(o.note)}" if o.note and o.status is Status.NOT_EVALUATED else ""
        console.print(
            f"    {marks.get(o.status, '?') if o.status else '?'} {escape(titles.get(o.check, o.check))} "
            f"[dim]({escape(o.subject or '')})[/]{note}"
        )
        for f in o.findings:
            console.print("      " + _finding(f))
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
            f"    seats recomputed from the CEC's {a['status']} votes ({a['method']}, "
            f"{a['threshold']:g}% threshold, {a['seats']} seats): {seats}, {verdict}"
            + (f" [dim]({escape(alts)})[/]" if alts else "")
        )


def _reconciled(console: Console, entries: list[dict[str, Any]]) -> None:
    against = {x["against"] for x in entries}
    label = " and ".join(sorted(against))
    note = " [yellow](preliminary: the final results are not out yet)[/]" if "preliminary" in against else ""
    area = entries[0]["area"]
    where = "" if all(x["scope"] == "national" for x in entries) else f" for {escape(area)}"
    console.print(
        f"  [bold]Polls against the {label} result{where}[/]{note} — poll share (error in points); "
        "[yellow]![/] outside the poll's 95% interval"
    )
    table = Table(box=box.SIMPLE, pad_edge=False, show_edge=False)
    table.add_column("option")
    table.add_column("official", justify="right")
    for x in entries:
        table.add_column(x["poll"], justify="right")
    options = [(o["option"], o["name"], o["official_share"]) for o in entries[0]["options"]]
    for option, name, share in options:
        cells = [escape(name), f"{share:.2f}"]
        for x in entries:
            o = next((o for o in x["options"] if o["option"] == option), None)
            if o is None:
                cells.append("–")
                continue
            mark = " [yellow]![/]" if o["inside_interval"] is False else "  "
            cells.append(f"{o['poll_share_text']} ({_pts(o['error'])}){mark}")
        table.add_row(*cells)
    console.print(table)
    _legend(console, {x["poll"]: x["pollster"] for x in entries})

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
            escape(x["poll"]),
            _pts(x["m3"], sign=False),
            f"{_pts(x['max_error'], sign=False)} {escape(x['max_error_option'] or '')}",
            _pts(x["m5"]),
            _with_se(x["b"], x["b_se"]),
            _with_se(x["b_w"], x["b_w_se"]),
            f"{inside_m}/{n}" if x["margin_of_error"] is not None else "–",
            f"{inside_i}/{n}" if x["sample_size"] is not None else "–",
            escape(calls),
        )
    console.print(summary)
    official = next((x["seats_official"] for x in entries if x["seats_official"]), None)
    if official:
        basis = next(x["seats_official_basis"] for x in entries if x["seats_official"])
        console.print(
            f"    list seats ({escape(', '.join(official))}): official {'/'.join(map(str, official.values()))}"
            f" ({escape(basis)})"
        )
        for x in entries:
            if x["seats_projected"]:
                proj = {k: x["seats_projected"].get(k, 0) for k in official}
                same = " = official" if proj == official else ""
                console.print(
                    f"      {escape(x['poll'])}'s shares would give {'/'.join(map(str, proj.values()))}{same}"
                )
    for x in entries:
        if x["reason"]:
            console.print(f"    [dim]{escape(x['pollster'])}: {escape(x['reason'])}[/]")
        if x["turnout_estimate"] is not None and x["official_turnout"] is not None:
            console.print(
                f"    turnout: {escape(x['pollster'])} estimated {x['turnout_estimate']:g}, official "
                f"{x['official_turnout']:g} ({_pts(x['turnout_error'])})"
            )
    for x in entries:
        for t in x["threshold_calls"]:
            if not t["right"]:
                console.print(
                    f"    [cyan]threshold called wrong[/]: {escape(x['pollster'])} put {escape(t['name'])} "
                    f"at {t['poll_share']:g} ({'above' if t['poll_clears'] else 'below'} "
                    f"{t['threshold']:g}%), official {t['official_share']:.2f}"
                )


def _with_se(value: float | None, se: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.3f} ± {se:.3f}" if se is not None else f"{value:.3f} ± –"
