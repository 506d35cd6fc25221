"""copy.disagree: an observers' copy of a protocol is one more printing of the official figures; where it differs from
the figure used (the commission's), the verdict on it is an error.

A copy is not compared by a mechanism of its own: `kzcheck.analysis.printings` makes every protocols/ row a printing of
the final figure (preliminary where no final is published), chooses the figure used by the one consensus rule and
judges each differing printing with the one set of verdicts (kzcheck.methods.verdicts). Here the comparisons of
observers' printings become findings; every other printing's are `printing.agree`'s.
"""

from __future__ import annotations

from kzcheck.analysis.printings import Comparison, PrintingTable, Where, build
from kzcheck.analysis.tables import Analysis
from kzcheck.checks.protocols import area_label, area_names, area_subject, fmt
from kzcheck.load.frames import LoadedData
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Finding, Outcome, Severity, Status
from kzcheck.model.kinds import Kind

CHECK = "copy.disagree"

SPECS = [
    Kind.check(
        CHECK,
        "A protocol copy agrees with the official figures",
        "An observers' copy of an area's protocol (a row of protocols/<election>.<origin>.csv, or a results row by "
        "a source of kind observers) is one more printing of the official figure: each of its lines equals the "
        "figure used for that area and line, the CEC's final figure (preliminary when no final is published). A "
        "difference is an error carrying the verdict every printing gets (docs/methods.md, 'Verdicts on a "
        "printing'); areas or lines the CEC does not publish are not evaluated.",
        Severity.ERROR,
        "kzcheck (kzcheck.analysis.printings, the verdicts of every printing)",
        "{area}: {line} differs between the {copy} copy of the protocol and the CEC's {status} results: "
        "{mine} against {theirs}{difference}; {verdict}: {detail} ({mine_at} against {theirs_at})",
    ),
]
DISAGREE = SPECS[0]


def _side(w: Where) -> str:
    value = fmt(w.value) if w.value is not None else w.text
    return f"{w.origin} ({w.source}) {value}"


def _finding(c: Comparison, names: dict[str, str]) -> Finding:
    mine, theirs = c.printing, c.used
    diff = (
        f" (difference {mine.value - theirs.value:+,.0f})"
        if mine.value is not None and theirs.value is not None and c.field != "percent"
        else ""
    )
    return DISAGREE.finding(
        severity=Severity.INFO if c.verdict.benign else Severity.ERROR,
        area=area_label(c.area, names),
        line=c.line,
        copy=c.copy,
        status=c.status,
        mine=_side(mine),
        theirs=_side(theirs),
        difference=diff,
        verdict=c.verdict.kind,
        detail=c.verdict.detail,
        mine_at=f"{mine.file}:{mine.row}",
        theirs_at=f"{theirs.file}:{theirs.row}",
        election=c.election,
        subject=area_subject(c.area, c.copy, c.line),
        file=mine.file,
        row=mine.row,
        column=c.field,
        observed=fmt(mine.value) if mine.value is not None else mine.text,
        expected=fmt(theirs.value) if theirs.value is not None else theirs.text,
    )


def copy_findings(table: PrintingTable) -> list[Comparison]:
    """The comparisons that are an observers' copy against the figure used."""
    return [c for c in table.comparisons if c.copy]


def run(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    table = analysis.printings if analysis is not None else build(data)
    found = copy_findings(table)
    outcomes: list[Outcome] = []
    for cover in table.copies:
        if cover.election not in data.elections:
            continue
        subject = f"copy:{cover.origin}"
        if not cover.met:
            outcomes.append(
                Outcome(
                    CHECK,
                    cover.election,
                    subject,
                    [],
                    Status.NOT_EVALUATED,
                    note=f"the CEC publishes no final or preliminary figures for the areas of the {cover.origin} copy",
                )
            )
            continue
        mine = [c for c in found if c.election == cover.election and c.copy == cover.origin]
        names = area_names(data, data.elections[cover.election]) if mine else {}
        outcome = Outcome(CHECK, cover.election, subject, [_finding(c, names) for c in mine])
        outcome.note = f"{cover.areas} area(s) copied, {cover.met} published by the CEC ({cover.status} results)"
        outcomes.append(outcome)
    return outcomes
