"""Text output for people: grouped by election and subject, with counts; colour only on a terminal."""

from __future__ import annotations

from collections import defaultdict
from typing import TextIO

from kzcheck.model.findings import Finding, RunResult, Status
from kzcheck.render.terminal import console as make_console
from kzcheck.render.terminal import esc

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan", "acknowledged": "dim"}


def where(f: Finding) -> str:
    if not f.file:
        return ""
    text = f.file
    if f.row is not None:
        text += f":{f.row}"
    if f.column:
        text += f" [{f.column}]"
    return text


def _line(f: Finding) -> str:
    label = "acknowledged" if f.acknowledged else f.severity.value
    text = f"[{STYLE[label]}]{label:<8}[/] {esc(f.check)}  {esc(f.message)}"
    loc = where(f)
    if loc:
        text += f"  [dim]{esc(loc)}[/]"
    if f.acknowledged:
        text += f"\n              [dim]reason: {esc(f.acknowledged)}[/]"
    return text


def render(result: RunResult, out: TextIO) -> None:
    console = make_console(out)
    console.print(f"[bold]kzcheck[/] — data: {esc(result.data_dir)} — {len(result.elections)} election(s)")
    by_election: dict[str | None, list] = defaultdict(list)
    for o in result.outcomes:
        by_election[o.election].append(o)
    names = {e.id: e for e in result.elections}
    for eid in [*names, None]:
        outcomes = by_election.get(eid, [])
        if eid is None and not outcomes:
            continue
        findings = [f for o in outcomes for f in o.findings]
        statuses: dict[str, int] = defaultdict(int)
        for o in outcomes:
            statuses[o.status.value if o.status else "?"] += 1
        console.print()
        if eid is None:
            console.print("[bold]Across elections[/]")
        else:
            e = names[eid]
            published = ", ".join(sorted(e.results)) or "no official results yet"
            console.print(
                f"[bold]{esc(eid)}[/] — {esc(e.name)} ({esc(e.kind)}, {e.date}): {e.polls} poll(s), "
                f"{e.figures} figure(s); official: {esc(published)}"
            )
        console.print("  " + " · ".join(f"{n} {s}" for s, n in sorted(statuses.items())) + " check results")
        by_subject: dict[str, list[Finding]] = defaultdict(list)
        for f in findings:
            by_subject[f.subject or "(election)"].append(f)
        for subject in sorted(by_subject):
            fs = by_subject[subject]
            console.print(f"  [bold]{esc(subject)}[/] ({len(fs)})")
            for f in sorted(fs, key=lambda f: (-f.severity.rank, f.check, f.row or 0)):
                console.print("    " + _line(f))
        for o in outcomes:
            if o.status in (Status.ERRORED, Status.NOT_EVALUATED) and o.note:
                console.print(f"  [magenta]{o.status.value}[/] {esc(o.check)} {esc(o.subject or '')}: {esc(o.note)}")
    counts = result.counts()
    console.print()
    console.print(
        f"[bold]Summary:[/] {len(result.outcomes)} check results; "
        f"[{STYLE['error']}]{counts['error']} error(s)[/], [{STYLE['warning']}]{counts['warning']} warning(s)[/], "
        f"{counts['info']} info, [dim]{counts['acknowledged']} acknowledged[/]"
    )
