"""Same poll, several outlets: every figure two outlets print differently, and the consensus figure of each poll.

A figure printed differently is a finding naming both outlets and values, and saying which value fits the poll's
sum and which most outlets printed (a probable misquote). The consensus (the value most outlets printed; ties: the
earliest published source, then the more decimals, then file order) is what comparison and reconciliation use.
"""

from __future__ import annotations

import pandas as pd

from kzcheck.analysis.tables import Analysis
from kzcheck.checks.base import poll_subject
from kzcheck.load.frames import LoadedData
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Finding, Outcome, Severity, Status
from kzcheck.model.kinds import Kind
from kzcheck.model.tables import EXPLAINED, MISQUOTE, ROUNDING, UNDECIDED, OutletDisagreement, PrintedValue, Printing

CHECK = "outlets.agree"
_SAID = "{pollster}'s {option} is printed as {printings}: "
_SUMS = ". The poll sums to {sums}; {majority}. Used: {used} ({outlet}, {why})"
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
        _SAID + "probable misquote: {suspects}. {verdicts}" + _SUMS,
        variants={
            ROUNDING: _SAID + "a difference rounding explains" + _SUMS,
            EXPLAINED: _SAID + "{details}" + _SUMS,
            UNDECIDED: _SAID + "which is right cannot be told from the figures" + _SUMS,
        },
    ),
]
AGREE = SPECS[0]


def finding(d: OutletDisagreement) -> Finding:
    """The analysis' record of one figure printed differently, as this check's finding: info where the difference is
    a rounding or truncation, else a warning naming the probable misquote."""
    judged = [v for v in d.values if not v.used]
    suspects = [v for v in judged if not v.benign]
    return AGREE.finding(
        "" if d.verdict == MISQUOTE else d.verdict,
        severity=Severity.INFO if d.benign else Severity.WARNING,
        pollster=d.pollster,
        option=d.option_name,
        printings=", ".join(f"{v.share} by " + " and ".join(_by(p) for p in v.printings) for v in d.values),
        suspects=", ".join(f"{v.share} ({', '.join(p.outlet for p in v.printings)})" for v in suspects),
        verdicts="; ".join(f"{v.share}: {v.verdict}, {v.detail}" for v in suspects),
        details="; ".join(str(v.detail) for v in judged),
        sums=" and to ".join(_sum(v) for v in d.values),
        majority=(
            f"{d.majority} is printed by most outlets"
            if d.majority is not None
            else "no value is printed by more outlets than the others"
        ),
        used=d.used,
        outlet=d.used_outlet,
        why=d.why,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=" / ".join(f"{p.share} ({p.source})" for p in d.printings),
        expected=f"one value ({d.used} used)",
    )


def _by(p: Printing) -> str:
    return f"{p.outlet} ({p.source}, {p.file}:{p.row})"


def _sum(v: PrintedValue) -> str:
    return f"{v.poll_sum:.2f} with {v.share} ({'within' if v.fits else 'outside'} 100 ± {v.band:g})"


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
