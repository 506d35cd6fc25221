"""Text for `kzcheck pollsters`: one block per pollster, read from the run's track records; colour on a terminal.

No table: each vote is a few labelled lines, so nothing is cut at any terminal width.
"""

from __future__ import annotations

from typing import TextIO

from rich.markup import escape

from kzcheck.model.findings import RunResult, Severity
from kzcheck.model.track_record import FamilyError, HouseEffectRecord, VoteRecord
from kzcheck.render.console import console as make_console
from kzcheck.render.console import finding, header, summary, tables

AGAINST = {"final": "the final result", "preliminary": "the preliminary result"}


def pts(x: float | None, digits: int = 2) -> str:
    """A signed figure in points, with a true minus sign; an en dash when missing."""
    return "–" if x is None else f"{x:+.{digits}f}".replace("-", "−")


def num(x: float | None, digits: int = 2) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def family_text(f: FamilyError) -> str:
    if f.option is None:
        return f"{f.name}: no member in this vote"
    if f.error is None:
        return f"{f.name} ({f.option_name}): {f.note or 'no error computed'}"
    option = "" if str(f.option_name).casefold() == f.name.casefold() else f" ({f.option_name})"
    return f"{f.name}{option} {pts(f.error)}"


def coverage_text(v: VoteRecord) -> str:
    if v.covered is None:
        return f"coverage: {v.coverage_note}"
    return f"official result inside its own 95% interval: {v.covered} of {v.covered_of} options"


def relative_text(v: VoteRecord) -> str:
    if not v.others:
        return "no other pollster scored in this vote: no relative error"
    return (
        f"against the {v.others} other pollster(s) of this vote: plus-minus {pts(v.plus_minus_m3)} on M3, "
        f"{pts(v.plus_minus_margin)} on the error of the lead (negative = better than the field)"
    )


def house_text(h: HouseEffectRecord, names: dict[str, str]) -> str:
    absent = ", ".join(names.get(e, e) for e in h.absent)
    tail = f"; no member in {absent}" if absent else ""
    if not h.n:
        return f"{h.name}: no vote with a member{tail}"
    if h.se is None:
        return f"{h.name}: {pts(h.mean)} from 1 vote (no uncertainty can be estimated from one vote){tail}"
    return (
        f"{h.name}: {pts(h.mean)} ± {num(h.se)} (se), {h.level:.0%} interval {pts(h.low)} to {pts(h.high)}, "
        f"{h.n} votes{tail}"
    )


def vote_lines(v: VoteRecord) -> list[str]:
    head = f"{v.year}  {v.election_name} — poll {v.poll}, printed as {v.printed_name!r}"
    if not v.scored:
        return [head, f"      not scored: {v.reason}"]
    b_w = num(v.b_w, 3) + (f" ± {num(v.b_w_se, 3)}" if v.b_w_se is not None else "")
    lines = [
        head + f", against {AGAINST.get(v.against or '', str(v.against))}",
        f"      M3 {num(v.m3)}, B_w {b_w}, winner {v.winner_name} {pts(v.winner_error)}, error of the lead "
        f"{num(v.margin_error)}",
        "      " + "; ".join(family_text(f) for f in v.families),
        "      " + coverage_text(v),
        "      " + relative_text(v),
    ]
    if v.reason:
        lines.append(f"      note: {v.reason}")
    return lines


def render(result: RunResult, out: TextIO, **_options: object) -> None:
    console = make_console(out)
    records = tables(result).pollsters
    names = {e.id: e.name for e in result.elections}
    header(console, result, "pollsters")
    polls = sum(len(r.votes) for r in records)
    votes = len({v.election for r in records for v in r.votes})
    console.print(
        f"{len(records)} pollster(s), {polls} poll(s) of {votes} vote(s); signed errors are poll minus official, "
        "in points"
    )
    if result.data is not None and result.data.pollsters is None:
        console.print("[yellow]no pollsters.csv in the data folder: pollsters are known only by the name printed[/]")
    for r in records:
        console.print()
        tag = "" if r.registered else " [yellow](not in the registry)[/]"
        console.print(f"[bold]{escape(r.name)}[/] \\[{escape(r.id)}]{tag}")
        if r.aliases:
            console.print("  also printed as: " + escape("; ".join(r.aliases)))
        if r.runs_or_funds:
            console.print("  runs or funds it: " + escape(r.runs_or_funds))
        console.print("  [bold]verdict:[/] " + escape(r.verdict))
        for v in r.votes:
            for i, line in enumerate(vote_lines(v)):
                console.print(("  " if i == 0 else "") + escape(line))
        effects = [h for h in r.house_effects if h.n or h.absent]
        if effects:
            console.print("  house effect (mean signed error per option family, points):")
            for h in effects:
                console.print("      " + escape(house_text(h, names)))
    shown = [
        f
        for f in result.findings
        if not f.acknowledged
        and (f.severity is Severity.ERROR or f.check.startswith(("pollster.", "family.")))
        and f.severity is not Severity.INFO
    ]
    if shown:
        console.print()
        console.print("[bold]Findings[/]")
        for f in sorted(shown, key=lambda f: (-f.severity.rank, f.check, f.election or "", f.row or 0)):
            console.print("  " + finding(f))
    summary(console, result)
