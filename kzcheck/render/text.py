"""Text output for people, findings first: errors, then warnings, then the rest, each sorted by election and file.

One summary line at the top and one at the bottom, both counting findings. Passed and not evaluated check results
are hidden unless `--show-all`; a check that could not run is always shown. With `--baseline`, only new findings are
listed (unchanged ones are counted) and fixed ones are named. Colour only on a terminal, never with NO_COLOR.
"""

from __future__ import annotations

from collections import Counter
from typing import TextIO

from kzcheck.model.findings import LIMIT, Finding, Outcome, RunResult, Status, counts_of
from kzcheck.neutral import neutral
from kzcheck.render.terminal import console as make_console
from kzcheck.render.terminal import esc

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan", "acknowledged": "dim", "errored": "magenta"}
GROUPS = ("error", "warning", "info", "acknowledged")


def label(f: Finding) -> str:
    return f.label


def order(f: Finding, position: dict[str, int]) -> tuple[int, str, str, int, int]:
    """Errors, warnings, info, acknowledged; within each, by election and file, then by check in catalogue order (a
    figure's own defect before the sums and comparisons it breaks) and row."""
    return (
        GROUPS.index(label(f)),
        f.election or "~",
        f.file or "~",
        position.get(f.check, len(position)),
        f.row if f.row is not None else -1,
    )


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def counts_text(findings: list[Finding] | dict[str, int], markup: bool = True) -> str:
    """Findings by label (or counts already made, `RunResult.counts`), in words."""
    c = Counter(findings) if isinstance(findings, dict) else Counter(label(f) for f in findings if f.check != LIMIT)
    parts = [
        (_plural(c["error"], "error"), "error"),
        (_plural(c["warning"], "warning"), "warning"),
        (f"{c['info']} info", "info"),
        (f"{c['acknowledged']} acknowledged", "acknowledged"),
    ]
    if not markup:
        return ", ".join(p for p, _ in parts)
    return ", ".join(f"[{STYLE[s]}]{p}[/]" if c[s] else p for p, s in parts)


def summary_line(result: RunResult, markup: bool = False) -> str:
    """The one-line summary (`--quiet` prints it alone): findings by severity, in how many elections."""
    shown: list[Finding] | dict[str, int] = listed(result) if result.baseline is not None else result.counts()
    text = f"{counts_text(shown, markup)} (findings) in {_plural(len(result.elections), 'election')}"
    unlisted = result.omitted()
    if unlisted and result.baseline is None:
        text += f"; {unlisted:,} of them not listed (over the findings limit of a check in an election)"
    errored = sum(1 for o in result.outcomes if o.status is Status.ERRORED)
    if errored:
        text += f"; {_plural(errored, 'check')} could not run"
    if result.baseline is not None:
        text += f"; {result.baseline.summary()}"
    return text


def listed(result: RunResult) -> list[Finding]:
    """The findings the text lists: all of them, or only the new ones against a baseline."""
    if result.baseline is not None:
        return list(result.baseline.new)
    return result.findings


def _line(f: Finding, markup: bool = True) -> str:
    """One finding's line: rich markup for a console that styles, or the same text plain (a file or a pipe, where
    a million findings are written in seconds instead of rendered one by one)."""
    lab = label(f)
    place = f.location or (f"election {f.election}" if f.election else "(all data)")
    context = " · ".join(x for x in (f.election if f.file else None, f.subject) if x)
    if not markup:
        text = f"{lab:<12} {neutral(place)}  {neutral(f.check)}  {neutral(f.message)}"
        text += f"  ({neutral(context)})" if context else ""
        return text + (f"\n             reason: {neutral(f.acknowledged)}" if f.acknowledged else "")
    text = f"[{STYLE[lab]}]{lab:<12}[/] {esc(place)}  [bold]{esc(f.check)}[/]  {esc(f.message)}"
    if context:
        text += f"  [dim]({esc(context)})[/]"
    if f.acknowledged:
        text += f"\n             [dim]reason: {esc(f.acknowledged)}[/]"
    return text


def _outcome(o: Outcome) -> str:
    status = o.status.value if o.status else "?"
    style = STYLE["errored"] if o.status is Status.ERRORED else "dim"
    target = " · ".join(x for x in (o.election, o.subject) if x) or "all data"
    note = f": {esc(o.note)}" if o.note else ""
    return f"[{style}]{status:<12}[/] {esc(o.check)}  [dim]{esc(target)}[/]{note}"


def render(result: RunResult, out: TextIO, show_all: bool = False, **_options: object) -> None:
    console = make_console(out)
    console.print(f"[bold]kzcheck[/] — data: {esc(result.data_dir)} — {summary_line(result, markup=True)}")
    errored = [o for o in result.outcomes if o.status is Status.ERRORED]
    for o in errored:
        console.print(_outcome(o))
    position = {check: i for i, check in enumerate(result.specs)}
    findings = sorted(listed(result), key=lambda f: order(f, position))
    previous = None
    plain = console.color_system is None  # nothing to style: the lines are written as they are, not rendered
    for f in findings:
        group = label(f)
        if plain:
            console.file.write(("\n" if previous is not None and group != previous else "") + _line(f, False) + "\n")
        else:
            if previous is not None and group != previous:
                console.print()
            console.print(_line(f))
        previous = group
    if result.baseline is not None and result.baseline.fixed:
        console.print()
        for d in result.baseline.fixed:
            place = f"{d.get('file')}:{d.get('row')}" if d.get("file") else str(d.get("election") or "")
            console.print(
                f"[green]{'fixed':<12}[/] {esc(place)}  [bold]{esc(str(d.get('check')))}[/]  "
                f"{esc(str(d.get('message')))}"
            )
    hidden = [o for o in result.outcomes if o.status in (Status.PASSED, Status.NOT_EVALUATED)]
    if show_all and hidden:
        console.print()
        for o in sorted(hidden, key=lambda o: (o.status is Status.PASSED, o.election or "~", o.check)):
            console.print(_outcome(o))
    console.print()
    by_election: dict[str | None, list[Finding] | dict[str, int]] = {}
    for e in result.elections:
        if result.baseline is None:  # every finding of the election, listed or past the findings limit
            by_election[e.id] = counts_of([o for o in result.outcomes if o.election == e.id])
        else:  # the new findings alone, as the lines above list them
            by_election[e.id] = [f for f in listed(result) if f.election == e.id]
    statuses: dict[str | None, Counter[str]] = {}
    for o in result.outcomes:
        statuses.setdefault(o.election, Counter())[o.status.value if o.status else "?"] += 1
    for e in result.elections:
        s = statuses.get(e.id, Counter())
        published = ", ".join(sorted(e.results)) or "no official results yet"
        console.print(
            f"[bold]{esc(e.id)}[/] — {esc(e.name)}: {counts_text(by_election[e.id])}; "
            f"{e.polls} poll(s), {e.figures} figure(s), official: {esc(published)}; "
            f"[dim]checks: {s['passed']} passed, {s['not evaluated']} not evaluated[/]"
        )
    s = Counter(o.status.value for o in result.outcomes if o.status)
    more = "" if show_all else "; --show-all lists them"
    console.print(
        f"[bold]Summary:[/] {summary_line(result, markup=True)}; "
        f"[dim]{len(result.outcomes)} check results, {s['passed']} passed, {s['not evaluated']} not evaluated{more}[/]"
    )
