"""Publication deadlines as checks: final results overdue (error), preliminary ones late (warning), else awaited (info).

The rules live in `kzcheck.analysis.deadlines` (shared with `kzcheck status`); this module turns them into outcomes,
one per election and publication, pointing at the election file's `final_results_due_days` line where the deadline
comes from.
"""

from __future__ import annotations

import datetime as dt

from kzcheck.analysis.deadlines import DUE_KEY, ElectionDeadlines, State, all_deadlines, parse_day, today_in_kazakhstan
from kzcheck.load.frames import LoadedData
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Finding, Outcome, Severity, Status
from kzcheck.model.kinds import Kind

OVERDUE = "results.overdue"
PRELIMINARY_OVERDUE = "results.preliminary-overdue"

SPECS = [
    Kind.check(
        OVERDUE,
        "Final results published by the legal deadline",
        f"The CEC must publish final results within the election file's {DUE_KEY} after voting day (10 days "
        "for Mazhilis and presidential elections). With no results/<election>.final.csv after that day the run "
        "fails; before it, an info finding says by when they are due. Elections whose file declares no deadline "
        "are not evaluated.",
        Severity.ERROR,
        "kzcheck",
        "final results are overdue: not published, were due by {due} ({late} day{s} late, voting day {voting_day}); "
        "add results/{election}.final.csv once the CEC publishes them",
        variants={"awaited": "awaiting final results, due by {due}"},
    ),
    Kind.check(
        PRELIMINARY_OVERDUE,
        "Preliminary results published the day after voting",
        "Preliminary results come the day after voting day. Without a preliminary or a final results file "
        "after that day, a warning says they are late. Assessed only for elections that declare "
        f"{DUE_KEY}.",
        Severity.WARNING,
        "kzcheck",
        "preliminary results are late: not published, were due by {due} (the day after voting day); add "
        "results/{election}.preliminary.csv",
    ),
]


def run_day(config: RunConfig | None) -> dt.date:
    """The day deadlines are judged on: `config.today` (ISO) for reproducible runs, else today in Kazakhstan."""
    text = config.today if config is not None else None
    if text is None:
        return today_in_kazakhstan()
    if isinstance(text, dt.date):
        return text
    return parse_day(str(text))  # RunConfig has refused a day that is not a date


KIND = {k.id: k for k in SPECS}


def _finding(
    d: ElectionDeadlines, check: str, severity: Severity, kind: str, variant: str = "", **fields: object
) -> Finding:
    pub = d.get(kind)
    return KIND[check].finding(
        variant,
        severity=severity,
        due=pub.due.isoformat() if pub and pub.due else "?",
        **fields,
        election=d.election,
        subject=f"results:{kind}",
        file=d.election_file,
        row=d.due_line,
        column=DUE_KEY,
        observed="not published",
        expected=f"results/{d.election}.{kind}.csv by {pub.due.isoformat() if pub and pub.due else '?'}",
    )


def _outcomes(d: ElectionDeadlines) -> list[Outcome]:
    final, prelim = d.get("final"), d.get("preliminary")
    assert final is not None and prelim is not None
    if final.due is None or prelim.due is None:
        # Published results pass whatever the deadline; missing ones cannot be judged without one.
        note = f"no deadline: the election file declares no {DUE_KEY}"
        return [
            Outcome(
                check,
                d.election,
                f"results:{kind}",
                [],
                Status.PASSED if final.state is State.PUBLISHED else Status.NOT_EVALUATED,
                note="" if final.state is State.PUBLISHED else note,
            )
            for check, kind in ((OVERDUE, "final"), (PRELIMINARY_OVERDUE, "preliminary"))
        ]
    findings: list[Finding] = []
    if final.state is State.OVERDUE:
        late = (d.today - final.due).days
        findings.append(
            _finding(
                d,
                OVERDUE,
                Severity.ERROR,
                "final",
                late=late,
                s="s" if late != 1 else "",
                voting_day=d.voting_day.isoformat(),
            )
        )
    elif final.state is State.DUE:
        findings.append(_finding(d, OVERDUE, Severity.INFO, "final", "awaited"))
    prelim_findings: list[Finding] = []
    if prelim.state is State.OVERDUE:
        prelim_findings.append(_finding(d, PRELIMINARY_OVERDUE, Severity.WARNING, "preliminary"))
    return [
        Outcome(OVERDUE, d.election, "results:final", findings),
        Outcome(PRELIMINARY_OVERDUE, d.election, "results:preliminary", prelim_findings),
    ]


def run(data: LoadedData, config: RunConfig) -> list[Outcome]:
    today = run_day(config)
    return [o for d in all_deadlines(data.dataset, today) for o in _outcomes(d)]
