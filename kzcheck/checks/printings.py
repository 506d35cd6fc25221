"""Printings of official and intraday figures: every printing against the figure used, each with a verdict; lists
shifted or repeating a value; an intraday count above the final; a source's own series falling.

The tables come from kzcheck.analysis.printings; this module only turns them into findings. A printing that is the
same number as the figure used (8.9 and 8.90, or a second outlet printing the commission's figure) gives no finding;
a rounding or truncation is info; any other verdict is a warning naming both printings (file and row).
"""

from __future__ import annotations

from typing import Any

from kzcheck.analysis.printings import (
    AboveFinal,
    Comparison,
    FallingSeries,
    ListObservation,
    PrintingTable,
    RepeatedValue,
    ShiftedList,
    TurnoutOffList,
    build,
)
from kzcheck.analysis.tables import Analysis
from kzcheck.load.frames import LoadedData
from kzcheck.load.printings import FIGURE
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Finding, Outcome, Severity, Status
from kzcheck.model.kinds import Kind

AGREE, LISTS, ABOVE, SERIES = "printing.agree", "printing.list", "intraday.above-final", "printing.series"
TURNOUT = "intraday.turnout"
FIELD_NAMES = {"count": "count", "percent": "percentage", "seats": "seats"}
_BOTH = " ({file}:{row} against {other_file}:{other_row})"  # every list finding names both printings
_OFF_LIST = (
    "{area}: {line} at {as_of} printed {percent}% but {count:,.0f} / {list_count:,.0f} (the list at {list_as_of}) = "
    "{share:.2f}%"
)

SPECS = [
    Kind.check(
        AGREE,
        "Every printing of an official figure agrees with the figure used",
        "Any number of sources may print one official or intraday figure (an area's line at a status and time of "
        "day). The figure used is the commission's printing (a source of kind commission, or relaying it), else the "
        "consensus of the printings. Every other printing of its count, percentage and seats is judged against it: "
        "the same number passes; a rounding or truncation at the printed precision (71.1 for 71.12, 63% for 63.66, "
        "5.5 million for 5,561,937) is info; another time of day, another base, a complement on the wrong base, "
        "another area's or line's figure, a unit word added, digits transposed, doubled or dropped, one digit "
        "misprinted, a count off by a small amount, or a misprint no pattern explains is a warning. See "
        "docs/methods.md, 'Verdicts on a printing'.",
        Severity.WARNING,
        "kzcheck (kzcheck.methods.verdicts)",
        "{what} printed as {printed} against {used}, the figure used ({why}{also}): {verdict}: {detail}",
    ),
    Kind.check(
        LISTS,
        "Lists of areas are printed row by row",
        "A source's list of areas (turnout by region at one time) whose values are another source's list for the "
        "same time shifted by one row is reported once, naming both lists; two areas printed with one value "
        "(a percentage with two decimals or more, a count of four digits or more) are a warning where the figure "
        "used differs for one of them and info otherwise.",
        Severity.WARNING,
        "kzcheck (kzcheck.methods.verdicts)",
        "{outlet}'s list of {line} at {when} is shifted by one row against {against}'s: {areas} each show the value "
        "of the area {direction} in {against}'s list" + _BOTH,
        variants={
            "repeated": "{outlet} prints {line} of {area} and {other_area} at {when} with one value, {value}: the "
            "figure used differs for {used}" + _BOTH,
        },
    ),
    Kind.check(
        ABOVE,
        "An intraday count is not above the end result",
        "A count printed during voting day (voters who received ballots at 20:00) may not exceed the same area's "
        "and line's final count (preliminary when no final is published).",
        Severity.WARNING,
        "kzcheck",
        "{area}: {line} at {as_of} ({count:,.0f}) is above the {end_status} result ({end_count:,.0f}) by "
        "{excess:,.0f}: a count during the day cannot exceed the end result" + _BOTH,
    ),
    Kind.check(
        TURNOUT,
        "Intraday turnout is on the list at that time of day",
        "An intraday percentage of a line with percent_of (voters who received ballots) printed with its count "
        "equals the count over the list printed at that time, else the latest list printed before it (the "
        "start-of-day list), within the printed rounding; a final figure is on the final list (official.turnout).",
        Severity.WARNING,
        "kzcheck",
        _OFF_LIST + _BOTH,
        variants={
            "final-list": _OFF_LIST
            + "; it is the count over the final list {final_count:,.0f} ({final_share:.2f})"
            + _BOTH
        },
    ),
    Kind.check(
        SERIES,
        "A source's own intraday series does not fall",
        "Each source's own intraday series of an area's line never falls by more than the printed rounding "
        "(the series made of several sources' figures is intraday.monotonic's).",
        Severity.WARNING,
        "kzcheck",
        "{outlet}'s own series of {line} at {area} falls from {before} at {before_at} to {after} at {after_at}" + _BOTH,
    ),
]
KIND = {k.id: k for k in SPECS}


def _when(c: Comparison) -> str:
    return c.as_of or c.status


def _finding(c: Comparison) -> Finding:
    benign = c.verdict.benign
    also = f"; also printed so by {', '.join(w.label() for w in c.agreeing)}" if c.agreeing else ""
    what = (
        f"poll {c.area}: {c.line.replace('_', ' ')}"
        if c.status == "poll"
        else f"{c.area}: {c.line} ({_when(c)}, {FIELD_NAMES[c.field]})"
    )
    return KIND[AGREE].finding(
        severity=Severity.INFO if benign else Severity.WARNING,
        what=what,
        printed=c.printing.label(),
        used=c.used.label(),
        why=c.why_used,
        also=also,
        verdict=c.verdict.kind,
        detail=c.verdict.detail,
        election=c.election,
        subject=f"poll:{c.area}" if c.status == "poll" else f"area:{c.area}/{c.line}@{_when(c)}",
        file=c.printing.file,
        row=c.printing.row,
        column=c.field,
        observed=c.printing.text,
        expected=f"{c.used.text} ({c.used.file}:{c.used.row})",
    )


def _list_finding(item: ListObservation, check: str) -> Finding:
    severe = item.kind != "repeated" or item.contradicted
    variant, fields = _observed(item)
    return KIND[check].finding(
        variant,
        severity=Severity.WARNING if severe else Severity.INFO,
        **fields,
        line=item.line,
        other_file=item.other.file,
        other_row=item.other.row,
        election=item.election,
        subject=f"list:{item.line}@{item.as_of or item.status}",
        file=item.printing.file,
        row=item.printing.row,
        column=item.field,
        observed=item.printing.text,
        expected=f"{item.other.text} ({item.other.file}:{item.other.row})",
    )


def _observed(item: ListObservation) -> tuple[str, dict[str, Any]]:
    """The message variant of a list observation and the fields its template names (beyond line and both places)."""
    when = item.as_of or f"the {item.status} result"
    match item:
        case ShiftedList():
            direction = "below" if item.direction > 0 else "above"
            fields = {"outlet": item.outlet, "against": item.against, "areas": ", ".join(item.areas)}
            return "", {**fields, "when": when, "direction": direction}
        case RepeatedValue():
            used = " and ".join(f"{area} ({figure})" for area, figure in item.used.items())
            first, second = item.areas
            return "repeated", {
                "outlet": item.outlet,
                "area": first,
                "other_area": second,
                "when": when,
                "value": item.value,
                "used": used,
            }
        case AboveFinal():
            excess = item.count - item.end_count
            return "", {**_fields(item, "area", "as_of", "count", "end_status", "end_count"), "excess": excess}
        case TurnoutOffList():
            fields = _fields(item, "area", "as_of", "percent", "count", "list_count", "list_as_of", "share")
            if item.final_count is None:
                return "", fields
            return "final-list", {**fields, "final_count": item.final_count, "final_share": item.final_share}
        case FallingSeries():
            return "", _fields(item, "outlet", "area", "before", "before_at", "after", "after_at")
    raise TypeError(f"no message for a list observation of kind {item.kind!r}")


def _fields(item: ListObservation, *names: str) -> dict[str, Any]:
    return {name: getattr(item, name) for name in names}


def findings(table: PrintingTable) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {AGREE: [], LISTS: [], ABOVE: [], SERIES: [], TURNOUT: []}
    out[AGREE] = [_finding(c) for c in table.comparisons if not c.copy]  # an observers' copy is copy.disagree's
    check_of = {"shifted": LISTS, "repeated": LISTS, "above-final": ABOVE, "falling": SERIES, "turnout": TURNOUT}
    for item in table.lists:
        out[check_of[item.kind]].append(_list_finding(item, check_of[item.kind]))
    return out


def run(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    table = analysis.printings if analysis is not None else build(data)
    found = findings(table)
    outcomes = []
    printed_twice = _elections_printed_twice(data)
    for eid in data.elections:
        for check in (AGREE, LISTS, ABOVE, SERIES, TURNOUT):
            mine = [f for f in found[check] if f.election == eid]
            if check == AGREE and eid not in printed_twice and not mine:
                outcomes.append(
                    Outcome(check, eid, "printings", [], Status.NOT_EVALUATED, note="every figure is printed once")
                )
                continue
            outcomes.append(Outcome(check, eid, "printings", mine))
    return outcomes


def _elections_printed_twice(data: LoadedData) -> set[str]:
    """Elections with at least one official figure printed by two sources or more."""
    rows = data.printings
    if rows is None or len(rows) == len(data.results):
        return set()
    keys = rows[FIGURE].astype("str")
    twice = keys[keys.duplicated(keep=False)]
    return set(twice["election"].unique())


__all__ = ["SPECS", "findings", "run"]
