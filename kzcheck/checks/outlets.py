"""Same poll, several outlets: every figure two outlets print differently, and the consensus figure of each poll.

A figure printed differently is a finding naming both outlets and values, and saying which value fits the poll's
sum and which most outlets printed (a probable misquote). The consensus (the value most outlets printed; ties: the
earliest published source, then the more decimals, then file order) is what comparison and reconciliation use.
"""

from __future__ import annotations

import pandas as pd

from kzcheck.analysis.consensus import MESSAGE
from kzcheck.analysis.tables import Analysis
from kzcheck.checks.base import poll_subject
from kzcheck.load.frames import LoadedData
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Finding, Outcome, Severity, Status
from kzcheck.model.kinds import Kind
from kzcheck.model.tables import OutletDisagreement

CHECK = "outlets.agree"
SPECS = [
    Kind.check(
        CHECK,
        "Outlets print a poll's figures alike",
        "Every figure of a poll that two outlets print differently is reported with both outlets, values and "
        "rows, which value fits the poll's sum within the rounding band (each figure judged with the other "
        "options at their consensus), which value most outlets printed, the verdict on each value not used "
        "(docs/methods.md §7.1: another pollster's or option's figure, a slip of the pen, ...), and the figure "
        "used and why. A difference rounding or truncation explains (72 and 72.1, 7.8 for 7.87) is info; any "
        "other is a warning: a probable misquote, never the figure used. Polls printed by one outlet only are "
        "not evaluated.",
        Severity.WARNING,
        "kzcheck",
        MESSAGE,
    ),
]
AGREE = SPECS[0]


def finding(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return AGREE.finding(
        severity=Severity(d.severity),
        **d.parts,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def outlet_disagreements(data: LoadedData, analysis: Analysis | None = None) -> tuple[list[Finding], pd.DataFrame]:
    """Findings for every figure printed differently, and the consensus they were judged against."""
    analysis = analysis or Analysis(data)
    return [finding(d) for d in analysis.outlet_disagreements], analysis.consensus_frame


def run(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["poll"], per_poll["n"], strict=True):
        subject = poll_subject(poll)
        if n < 2:
            outcomes.append(
                Outcome(
                    CHECK,
                    str(election),
                    subject,
                    [],
                    Status.NOT_EVALUATED,
                    note="printed by one outlet only: nothing to compare it with",
                )
            )
        else:
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes
