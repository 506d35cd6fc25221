"""What the text tables of `kzcheck compare` and `kzcheck reconcile` share: the frame of the page (header, each
election's title and other findings, summary), the console, findings and figures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from rich.console import Console

from kzcheck.model.findings import Finding, RunResult, Severity
from kzcheck.model.tables import Tables
from kzcheck.render import figures
from kzcheck.render.terminal import console as make_console
from kzcheck.render.terminal import esc

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan", "acknowledged": "dim"}


def console(out: TextIO) -> Console:
    return make_console(out)


def legend(console: Console, who: dict[str, str]) -> None:
    console.print("    [dim]" + esc("; ".join(f"{p} = {name}" for p, name in who.items())) + "[/]")


def error(x: float | None, printed: Any, sign: bool = True) -> str:
    """A poll's error on one option, rounded as on every page (kzcheck/render/figures.py), with an ASCII minus."""
    return figures.error(x, printed, sign, minus="-", dash="–")


def points(x: float | None, sign: bool = True) -> str:
    """A mean or a gap in points (M3, M5), rounded as on every page (kzcheck/render/figures.py)."""
    return figures.points(x, sign, minus="-", dash="–")


def pts(x: float | None, digits: int = 2, sign: bool = True) -> str:
    if x is None:
        return "–"
    return f"{x:+.{digits}f}" if sign else f"{x:.{digits}f}"


def finding(f: Finding) -> str:
    label = f.label
    where = f"  [dim]{esc(f.place)}[/]" if f.file and f.row is not None else ""
    return f"[{STYLE[label]}]{label:<8}[/] {esc(f.check)}  {esc(f.message)}{where}"


def tables(result: RunResult) -> Tables:
    """The run's analysis tables (empty ones for a result built without data)."""
    return result.tables or Tables(exit_poll_deff=None)


def header(console: Console, result: RunResult, command: str) -> None:
    deff = tables(result).exit_poll_deff
    design = (
        f"exit polls' design effect {deff:g} for every poll (--deff)"
        if deff is not None
        else "each poll's own design effect (its origin beside it; docs/methods.md §3.2)"
    )
    console.print(f"[bold]kzcheck {command}[/] — data: {esc(result.data_dir)} — {design}")


def design_effects(console: Console, design: dict[str, dict[str, Any]]) -> None:
    """One line naming each poll's design effect and where it came from."""
    console.print(
        "    design effects: " + esc("; ".join(f"{p} {d['deff']:.3g} ({d['origin']})" for p, d in design.items()))
    )


def p_text(x: float | None) -> str:
    """A p-value to two significant digits, or a dash."""
    return "–" if x is None else f"{x:.2g}"


def election_title(console: Console, result: RunResult, eid: str) -> None:
    e = next((e for e in result.elections if e.id == eid), None)
    console.print()
    title = f"[bold]{esc(eid)}[/]" + (f" — {esc(e.name)}" if e else "")
    console.print(title)


def other_findings(console: Console, result: RunResult, eid: str | None, shown: set[str]) -> None:
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
            console.print("    " + finding(f))


def summary(console: Console, result: RunResult) -> None:
    counts = result.counts()
    console.print()
    console.print(
        f"[bold]Summary:[/] {len(result.outcomes)} check results; "
        f"[{STYLE['error']}]{counts['error']} error(s)[/], [{STYLE['warning']}]{counts['warning']} "
        f"warning(s)[/], {counts['info']} info, [dim]{counts['acknowledged']} acknowledged[/]"
    )


def page(
    out: TextIO, result: RunResult, command: str, shown: set[str], election: Callable[[Console, str], bool]
) -> None:
    """One command's text page: the header, then per election its title, its tables (`election(console, eid)`, False
    when it had nothing to show: its other findings are left out too) and the findings at warning or above of checks
    outside `shown`, then the summary."""
    console = make_console(out)
    header(console, result, command)
    for e in result.elections:
        election_title(console, result, e.id)
        if election(console, e.id):
            other_findings(console, result, e.id, shown)
    summary(console, result)


def not_comparable(console: Console, pollster: str, poll: str, reason: str | None) -> None:
    console.print(f"  [magenta]not comparable[/] {esc(pollster)} ({esc(poll)}): {esc(reason or '')}")
