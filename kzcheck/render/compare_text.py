"""Text tables of `kzcheck compare`: outlets against outlets, pollsters against pollsters; colour on a terminal."""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table

from kzcheck.model.findings import Finding, RunResult
from kzcheck.model.tables import GroupCalls, PairComparison
from kzcheck.render.console import (
    STYLE,
    design_effects,
    legend,
    not_comparable,
    p_text,
    page,
    pts,
    tables,
)
from kzcheck.render.fit import print_table
from kzcheck.render.terminal import esc

OUTLETS = "outlets.agree"  # the check whose findings say what each figure printed differently is


def render(result: RunResult, out: TextIO, **_options: object) -> None:
    t = tables(result)
    names = _option_names(result)
    said = _outlet_findings(result)

    def election(console: Console, eid: str) -> bool:
        rows = [r for r in t.comparison if r["election"] == eid]
        e_calls = [c for c in t.pollster_calls if c["election"] == eid]
        e_outlets = [d for d in t.outlet_disagreements if d["election"] == eid]
        e_lone = [p for p in t.not_comparable if p["election"] == eid]
        if not (rows or e_calls or e_outlets or e_lone):
            console.print("  nothing to compare: no poll printed by two outlets, no two comparable polls")
        if e_outlets:
            console.print("  [bold]Same poll, several outlets[/]")
            for d in e_outlets:
                if (f := said.get((d.file, d.row))) is not None:
                    console.print(f"    [{STYLE[f.severity.value]}]{f.severity.value:<8}[/] {esc(f.message)}")
        for group in e_calls:
            polls = group["polls"]
            compared = [r for r in rows if r["comparable"] and r["poll_a"] in polls and r["poll_b"] in polls]
            _group_tables(console, group, compared, names.get(eid, {}))
        for p in e_lone:
            not_comparable(console, p["pollster"], p["poll"], p["reason"])
        return True

    page(out, result, "compare", {"outlets.", "pollsters."}, election)


def _outlet_findings(result: RunResult) -> dict[tuple[str | None, int | None], Finding]:
    """The check's finding on each figure printed differently, by the differing printing's file and row."""
    return {(f.file, f.row): f for o in result.outcomes if o.check == OUTLETS for f in o.findings}


def _option_names(result: RunResult) -> dict[str, dict[str, str]]:
    data = result.data
    if data is None:
        return {}
    return {eid: {o.id: o.name for o in e.options} for eid, e in data.elections.items()}


def _group_tables(console: Console, group: GroupCalls, rows: list[PairComparison], names: dict[str, str]) -> None:
    who = group["pollsters"]
    polls = group["polls"]
    console.print(
        f"  [bold]Pollster against pollster[/] ({esc(group['kind'])} polls, {esc(group['scope'])}): difference in "
        "points, z; [yellow]*[/] beyond sampling error (adjusted p < 0.05 in the election's family of option "
        "differences)"
    )
    pairs = list(dict.fromkeys((r["poll_a"], r["poll_b"]) for r in rows))
    table = Table(box=box.SIMPLE, pad_edge=False, show_edge=False)
    table.add_column("option")
    for p in polls:
        table.add_column(esc(p), justify="right")
    for a, b in pairs:
        table.add_column(f"{esc(a)} − {esc(b)}", justify="right")
    options = list(dict.fromkeys(r["option"] for r in rows)) or list(group["ranking"].get(polls[0], []))
    shares: dict[tuple[str, str], str] = {}
    for r in rows:
        shares[(r["poll_a"], r["option"])] = r["share_a"]
        shares[(r["poll_b"], r["option"])] = r["share_b"]
    by_pair = {(r["poll_a"], r["poll_b"], r["option"]): r for r in rows}
    for option in options:
        cells = [esc(names.get(option, option))]
        cells += [esc(shares.get((p, option), "–")) for p in polls]
        for a, b in pairs:
            pair = by_pair.get((a, b, option))
            if pair is None:
                cells.append("–")
            elif not pair["testable"]:
                cells.append(f"{pts(pair['difference'])} (untestable)")
            else:
                mark = " [yellow]*[/]" if pair["significant"] else "  "
                cells.append(f"{pts(pair['difference'])} z {pts(pair['z'])}{mark}")
        table.add_row(*cells)
    print_table(console, table)
    legend(console, who)
    design_effects(console, {p: d for p, d in group.design_effects.items() if p in polls})
    family = next((r.family for r in rows if r.family), None)
    counted = [r for r in rows if r.testable and not r.same_test_as]
    if family and counted:
        adjustment = next((r.adjustment for r in counted if r.adjustment), "holm")
        twins = [r for r in rows if r.same_test_as]
        console.print(
            f"    [dim]family {esc(family)}: {len(counted)} tests, {esc(adjustment)} adjustment"
            + (" (a two-option contest: one test per pair, the second option is the first negated)" if twins else "")
            + "[/]"
        )
    for j in group.joint:
        if j["statistic"] is None:
            continue
        mark = " [yellow]*[/]" if j["significant"] else ""
        console.print(
            f"    joint {esc(j['poll_a'])} − {esc(j['poll_b'])}: Rao-Scott X² {j['statistic']:.2f}, "
            f"df {j['df']}, p {p_text(j['p_value'])}, adjusted p {p_text(j['p_adjusted'])} "
            f"(deff {j['deff_a']:.3g} and {j['deff_b']:.3g})" + mark
        )
    untestable = {r["reason"] for r in rows if not r["testable"] and r["reason"]}
    for reason in sorted(untestable):
        console.print(f"    [magenta]not tested[/] {esc(reason)}")
    for call in group["threshold"]:
        name = names.get(call["option"], call["option"])
        tests = call.tests
        sides = ", ".join(
            f"{who[p]} {call['shares'][p]} {'≥' if ok else '<'} {call['threshold']:g}"
            + (
                f" (z {pts(tests[p]['z'])}, adjusted p {p_text(tests[p]['p_adjusted'])})"
                if tests.get(p, {}).get("z") is not None
                else ""
            )
            for p, ok in call["clears"].items()
        )
        if not call["agree"] and call.supported is not False:
            console.print(f"    [yellow]threshold[/] pollsters disagree on {esc(name)}: {esc(sides)}")
        elif not call["agree"]:
            console.print(
                f"    threshold: point estimates on both sides for {esc(name)}, no test supports a "
                f"disagreement: {esc(sides)}"
            )
    winners = {p: [names.get(o, o) for o in w] for p, w in group["winners"].items()}
    if group["winner_agrees"]:
        first = next(iter(winners.values()), [])
        console.print(f"    winner: {esc(' and '.join(first))} in every poll")
    else:
        console.print(
            "    [yellow]winner[/] pollsters disagree: "
            + esc("; ".join(f"{who[p]}: {' and '.join(w)}" for p, w in winners.items()))
        )
    tested = {tuple(t["options"]): t for t in group.ranking_tests}
    for swap in group["ranking_disagreements"]:
        x, y = (names.get(o, o) for o in swap["options"])
        t = tested.get(tuple(swap["options"]))
        verdict = (
            ""
            if t is None
            else " — both orders beyond sampling error"
            if t["supported"]
            else " — within sampling error: "
            + esc(", ".join(f"{p} z {pts(x['z'])}" for p, x in t["tests"].items() if x.get("z") is not None))
        )
        console.print(
            f"    ranking: {esc(x)} ahead of {esc(y)} for "
            f"{esc(', '.join(who[p] for p in swap['ahead_first']))}, behind for "
            f"{esc(', '.join(who[p] for p in swap['ahead_second']))}" + verdict
        )
    if group["turnout"]:
        est = ", ".join(f"{who[p]} {t:g}" for p, t in group["turnout"].items())
        spread = group["turnout_spread"]
        console.print(f"    turnout estimates: {esc(est)}" + (f" (spread {spread:.2f} points)" if spread else ""))
