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
from kzcheck.model.findings import CheckSpec, Finding, Outcome, Severity, Status
from kzcheck.model.tables import OutletDisagreement

CHECK = "outlets.agree"
SPECS = [
    CheckSpec(
        CHECK,
        "Outlets print a poll's figures alike",
        "Every figure of a poll that two outlets print differently is reported with both outlets and values, "
        "which value fits the poll's sum within the rounding band, and which value most outlets printed. "
        "A difference rounding explains (72 and 72.1) is info; any other is a warning: a probable misquote. "
        "Polls printed by one outlet only are not evaluated.",
        Severity.WARNING,
        "kzcheck",
        "{poll}'s {option} is printed as {a} by {outlet_a} and {b} by {outlet_b}",
    ),
]


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_finding__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_finding__mutmut)
def finding(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_orig(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_1(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        None,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_2(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        None,
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_3(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        None,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_4(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=None,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_5(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=None,
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_6(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=None,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_7(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=None,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_8(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column=None,
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_9(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=None,
        expected=d.expected,
    )


def x_finding__mutmut_10(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=None,
    )


def x_finding__mutmut_11(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_12(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_13(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_14(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_15(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_16(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_17(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_18(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_19(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        expected=d.expected,
    )


def x_finding__mutmut_20(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        )


def x_finding__mutmut_21(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(None),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_22(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(None),
        file=d.file,
        row=d.row,
        column="share",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_23(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="XXshareXX",
        observed=d.observed,
        expected=d.expected,
    )


def x_finding__mutmut_24(d: OutletDisagreement) -> Finding:
    """The analysis' judgement of one figure printed differently, as this check's finding."""
    return Finding(
        CHECK,
        Severity(d.severity),
        d.message,
        election=d.election,
        subject=poll_subject(d.poll),
        file=d.file,
        row=d.row,
        column="SHARE",
        observed=d.observed,
        expected=d.expected,
    )

mutants_x_finding__mutmut['_mutmut_orig'] = x_finding__mutmut_orig # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_1'] = x_finding__mutmut_1 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_2'] = x_finding__mutmut_2 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_3'] = x_finding__mutmut_3 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_4'] = x_finding__mutmut_4 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_5'] = x_finding__mutmut_5 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_6'] = x_finding__mutmut_6 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_7'] = x_finding__mutmut_7 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_8'] = x_finding__mutmut_8 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_9'] = x_finding__mutmut_9 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_10'] = x_finding__mutmut_10 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_11'] = x_finding__mutmut_11 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_12'] = x_finding__mutmut_12 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_13'] = x_finding__mutmut_13 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_14'] = x_finding__mutmut_14 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_15'] = x_finding__mutmut_15 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_16'] = x_finding__mutmut_16 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_17'] = x_finding__mutmut_17 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_18'] = x_finding__mutmut_18 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_19'] = x_finding__mutmut_19 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_20'] = x_finding__mutmut_20 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_21'] = x_finding__mutmut_21 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_22'] = x_finding__mutmut_22 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_23'] = x_finding__mutmut_23 # type: ignore # mutmut generated
mutants_x_finding__mutmut['x_finding__mutmut_24'] = x_finding__mutmut_24 # type: ignore # mutmut generated
mutants_x_outlet_disagreements__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_outlet_disagreements__mutmut)
def outlet_disagreements(data: LoadedData, analysis: Analysis | None = None) -> tuple[list[Finding], pd.DataFrame]:
    """Findings for every figure printed differently, and the consensus they were judged against."""
    analysis = analysis or Analysis(data)
    return [finding(d) for d in analysis.outlet_disagreements], analysis.consensus_frame


def x_outlet_disagreements__mutmut_orig(data: LoadedData, analysis: Analysis | None = None) -> tuple[list[Finding], pd.DataFrame]:
    """Findings for every figure printed differently, and the consensus they were judged against."""
    analysis = analysis or Analysis(data)
    return [finding(d) for d in analysis.outlet_disagreements], analysis.consensus_frame


def x_outlet_disagreements__mutmut_1(data: LoadedData, analysis: Analysis | None = None) -> tuple[list[Finding], pd.DataFrame]:
    """Findings for every figure printed differently, and the consensus they were judged against."""
    analysis = None
    return [finding(d) for d in analysis.outlet_disagreements], analysis.consensus_frame


def x_outlet_disagreements__mutmut_2(data: LoadedData, analysis: Analysis | None = None) -> tuple[list[Finding], pd.DataFrame]:
    """Findings for every figure printed differently, and the consensus they were judged against."""
    analysis = analysis and Analysis(data)
    return [finding(d) for d in analysis.outlet_disagreements], analysis.consensus_frame


def x_outlet_disagreements__mutmut_3(data: LoadedData, analysis: Analysis | None = None) -> tuple[list[Finding], pd.DataFrame]:
    """Findings for every figure printed differently, and the consensus they were judged against."""
    analysis = analysis or Analysis(None)
    return [finding(d) for d in analysis.outlet_disagreements], analysis.consensus_frame


def x_outlet_disagreements__mutmut_4(data: LoadedData, analysis: Analysis | None = None) -> tuple[list[Finding], pd.DataFrame]:
    """Findings for every figure printed differently, and the consensus they were judged against."""
    analysis = analysis or Analysis(data)
    return [finding(None) for d in analysis.outlet_disagreements], analysis.consensus_frame

mutants_x_outlet_disagreements__mutmut['_mutmut_orig'] = x_outlet_disagreements__mutmut_orig # type: ignore # mutmut generated
mutants_x_outlet_disagreements__mutmut['x_outlet_disagreements__mutmut_1'] = x_outlet_disagreements__mutmut_1 # type: ignore # mutmut generated
mutants_x_outlet_disagreements__mutmut['x_outlet_disagreements__mutmut_2'] = x_outlet_disagreements__mutmut_2 # type: ignore # mutmut generated
mutants_x_outlet_disagreements__mutmut['x_outlet_disagreements__mutmut_3'] = x_outlet_disagreements__mutmut_3 # type: ignore # mutmut generated
mutants_x_outlet_disagreements__mutmut['x_outlet_disagreements__mutmut_4'] = x_outlet_disagreements__mutmut_4 # type: ignore # mutmut generated
mutants_x_run__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_run__mutmut)
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


def x_run__mutmut_orig(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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


def x_run__mutmut_1(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = None
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


def x_run__mutmut_2(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(None, analysis)
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


def x_run__mutmut_3(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, None)
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


def x_run__mutmut_4(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(analysis)
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


def x_run__mutmut_5(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, )
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


def x_run__mutmut_6(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = None
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


def x_run__mutmut_7(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(None, sort=True)["source"].nunique()
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


def x_run__mutmut_8(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=None)["source"].nunique()
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


def x_run__mutmut_9(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(sort=True)["source"].nunique()
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


def x_run__mutmut_10(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], )["source"].nunique()
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


def x_run__mutmut_11(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=None).groupby(["election", "poll"], sort=True)["source"].nunique()
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


def x_run__mutmut_12(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["XXshareXX"]).groupby(["election", "poll"], sort=True)["source"].nunique()
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


def x_run__mutmut_13(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["SHARE"]).groupby(["election", "poll"], sort=True)["source"].nunique()
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


def x_run__mutmut_14(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["XXelectionXX", "poll"], sort=True)["source"].nunique()
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


def x_run__mutmut_15(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["ELECTION", "poll"], sort=True)["source"].nunique()
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


def x_run__mutmut_16(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "XXpollXX"], sort=True)["source"].nunique()
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


def x_run__mutmut_17(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "POLL"], sort=True)["source"].nunique()
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


def x_run__mutmut_18(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=False)["source"].nunique()
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


def x_run__mutmut_19(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["XXsourceXX"].nunique()
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


def x_run__mutmut_20(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["SOURCE"].nunique()
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


def x_run__mutmut_21(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = None
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


def x_run__mutmut_22(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name=None)
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


def x_run__mutmut_23(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="XXnXX")
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


def x_run__mutmut_24(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="N")
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


def x_run__mutmut_25(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = None
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


def x_run__mutmut_26(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(None)
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


def x_run__mutmut_27(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault(None, []).append(f)
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


def x_run__mutmut_28(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), None).append(f)
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


def x_run__mutmut_29(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault([]).append(f)
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


def x_run__mutmut_30(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), ).append(f)
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


def x_run__mutmut_31(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(None), str(f.subject)), []).append(f)
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


def x_run__mutmut_32(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(None)), []).append(f)
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


def x_run__mutmut_33(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = None
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


def x_run__mutmut_34(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(None, per_poll["poll"], per_poll["n"], strict=True):
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


def x_run__mutmut_35(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], None, per_poll["n"], strict=True):
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


def x_run__mutmut_36(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["poll"], None, strict=True):
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


def x_run__mutmut_37(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["poll"], per_poll["n"], strict=None):
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


def x_run__mutmut_38(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["poll"], per_poll["n"], strict=True):
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


def x_run__mutmut_39(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["n"], strict=True):
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


def x_run__mutmut_40(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["poll"], strict=True):
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


def x_run__mutmut_41(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["poll"], per_poll["n"], ):
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


def x_run__mutmut_42(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["XXelectionXX"], per_poll["poll"], per_poll["n"], strict=True):
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


def x_run__mutmut_43(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["ELECTION"], per_poll["poll"], per_poll["n"], strict=True):
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


def x_run__mutmut_44(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["XXpollXX"], per_poll["n"], strict=True):
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


def x_run__mutmut_45(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["POLL"], per_poll["n"], strict=True):
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


def x_run__mutmut_46(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["poll"], per_poll["XXnXX"], strict=True):
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


def x_run__mutmut_47(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["poll"], per_poll["N"], strict=True):
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


def x_run__mutmut_48(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["poll"], per_poll["n"], strict=False):
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


def x_run__mutmut_49(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["poll"], per_poll["n"], strict=True):
        subject = None
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


def x_run__mutmut_50(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["poll"], per_poll["n"], strict=True):
        subject = poll_subject(None)
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


def x_run__mutmut_51(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["poll"], per_poll["n"], strict=True):
        subject = poll_subject(poll)
        if n <= 2:
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


def x_run__mutmut_52(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    findings, _ = outlet_disagreements(data, analysis)
    counted = data.figures.dropna(subset=["share"]).groupby(["election", "poll"], sort=True)["source"].nunique()
    per_poll = counted.reset_index(name="n")
    by_key: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((str(f.election), str(f.subject)), []).append(f)
    outcomes = []
    for election, poll, n in zip(per_poll["election"], per_poll["poll"], per_poll["n"], strict=True):
        subject = poll_subject(poll)
        if n < 3:
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


def x_run__mutmut_53(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                None
            )
        else:
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_54(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    None,
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


def x_run__mutmut_55(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    None,
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


def x_run__mutmut_56(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    None,
                    [],
                    Status.NOT_EVALUATED,
                    note="printed by one outlet only: nothing to compare it with",
                )
            )
        else:
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_57(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    None,
                    Status.NOT_EVALUATED,
                    note="printed by one outlet only: nothing to compare it with",
                )
            )
        else:
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_58(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    None,
                    note="printed by one outlet only: nothing to compare it with",
                )
            )
        else:
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_59(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    note=None,
                )
            )
        else:
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_60(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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


def x_run__mutmut_61(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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


def x_run__mutmut_62(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    [],
                    Status.NOT_EVALUATED,
                    note="printed by one outlet only: nothing to compare it with",
                )
            )
        else:
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_63(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    Status.NOT_EVALUATED,
                    note="printed by one outlet only: nothing to compare it with",
                )
            )
        else:
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_64(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    note="printed by one outlet only: nothing to compare it with",
                )
            )
        else:
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_65(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    )
            )
        else:
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_66(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    str(None),
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


def x_run__mutmut_67(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    note="XXprinted by one outlet only: nothing to compare it withXX",
                )
            )
        else:
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_68(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
                    note="PRINTED BY ONE OUTLET ONLY: NOTHING TO COMPARE IT WITH",
                )
            )
        else:
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_69(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(None)
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_70(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(None, str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_71(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(CHECK, None, subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_72(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(CHECK, str(election), None, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_73(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(CHECK, str(election), subject, None))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_74(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(str(election), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_75(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(CHECK, subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_76(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(CHECK, str(election), by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_77(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(CHECK, str(election), subject, ))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_78(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(CHECK, str(None), subject, by_key.pop((str(election), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_79(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop(None, [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_80(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), None)))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_81(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop([])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_82(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(election), subject), )))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_83(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
            outcomes.append(Outcome(CHECK, str(election), subject, by_key.pop((str(None), subject), [])))
    outcomes += [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_84(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
    outcomes = [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_85(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
    outcomes -= [Outcome(CHECK, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_86(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
    outcomes += [Outcome(None, e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_87(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
    outcomes += [Outcome(CHECK, None, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_88(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
    outcomes += [Outcome(CHECK, e, None, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_89(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
    outcomes += [Outcome(CHECK, e, s, None) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_90(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
    outcomes += [Outcome(e, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_91(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
    outcomes += [Outcome(CHECK, s, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_92(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
    outcomes += [Outcome(CHECK, e, fs) for (e, s), fs in by_key.items()]
    return outcomes


def x_run__mutmut_93(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
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
    outcomes += [Outcome(CHECK, e, s, ) for (e, s), fs in by_key.items()]
    return outcomes

mutants_x_run__mutmut['_mutmut_orig'] = x_run__mutmut_orig # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_1'] = x_run__mutmut_1 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_2'] = x_run__mutmut_2 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_3'] = x_run__mutmut_3 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_4'] = x_run__mutmut_4 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_5'] = x_run__mutmut_5 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_6'] = x_run__mutmut_6 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_7'] = x_run__mutmut_7 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_8'] = x_run__mutmut_8 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_9'] = x_run__mutmut_9 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_10'] = x_run__mutmut_10 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_11'] = x_run__mutmut_11 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_12'] = x_run__mutmut_12 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_13'] = x_run__mutmut_13 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_14'] = x_run__mutmut_14 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_15'] = x_run__mutmut_15 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_16'] = x_run__mutmut_16 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_17'] = x_run__mutmut_17 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_18'] = x_run__mutmut_18 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_19'] = x_run__mutmut_19 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_20'] = x_run__mutmut_20 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_21'] = x_run__mutmut_21 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_22'] = x_run__mutmut_22 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_23'] = x_run__mutmut_23 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_24'] = x_run__mutmut_24 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_25'] = x_run__mutmut_25 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_26'] = x_run__mutmut_26 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_27'] = x_run__mutmut_27 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_28'] = x_run__mutmut_28 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_29'] = x_run__mutmut_29 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_30'] = x_run__mutmut_30 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_31'] = x_run__mutmut_31 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_32'] = x_run__mutmut_32 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_33'] = x_run__mutmut_33 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_34'] = x_run__mutmut_34 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_35'] = x_run__mutmut_35 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_36'] = x_run__mutmut_36 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_37'] = x_run__mutmut_37 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_38'] = x_run__mutmut_38 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_39'] = x_run__mutmut_39 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_40'] = x_run__mutmut_40 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_41'] = x_run__mutmut_41 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_42'] = x_run__mutmut_42 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_43'] = x_run__mutmut_43 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_44'] = x_run__mutmut_44 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_45'] = x_run__mutmut_45 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_46'] = x_run__mutmut_46 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_47'] = x_run__mutmut_47 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_48'] = x_run__mutmut_48 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_49'] = x_run__mutmut_49 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_50'] = x_run__mutmut_50 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_51'] = x_run__mutmut_51 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_52'] = x_run__mutmut_52 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_53'] = x_run__mutmut_53 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_54'] = x_run__mutmut_54 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_55'] = x_run__mutmut_55 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_56'] = x_run__mutmut_56 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_57'] = x_run__mutmut_57 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_58'] = x_run__mutmut_58 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_59'] = x_run__mutmut_59 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_60'] = x_run__mutmut_60 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_61'] = x_run__mutmut_61 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_62'] = x_run__mutmut_62 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_63'] = x_run__mutmut_63 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_64'] = x_run__mutmut_64 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_65'] = x_run__mutmut_65 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_66'] = x_run__mutmut_66 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_67'] = x_run__mutmut_67 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_68'] = x_run__mutmut_68 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_69'] = x_run__mutmut_69 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_70'] = x_run__mutmut_70 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_71'] = x_run__mutmut_71 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_72'] = x_run__mutmut_72 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_73'] = x_run__mutmut_73 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_74'] = x_run__mutmut_74 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_75'] = x_run__mutmut_75 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_76'] = x_run__mutmut_76 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_77'] = x_run__mutmut_77 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_78'] = x_run__mutmut_78 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_79'] = x_run__mutmut_79 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_80'] = x_run__mutmut_80 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_81'] = x_run__mutmut_81 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_82'] = x_run__mutmut_82 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_83'] = x_run__mutmut_83 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_84'] = x_run__mutmut_84 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_85'] = x_run__mutmut_85 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_86'] = x_run__mutmut_86 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_87'] = x_run__mutmut_87 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_88'] = x_run__mutmut_88 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_89'] = x_run__mutmut_89 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_90'] = x_run__mutmut_90 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_91'] = x_run__mutmut_91 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_92'] = x_run__mutmut_92 # type: ignore # mutmut generated
mutants_x_run__mutmut['x_run__mutmut_93'] = x_run__mutmut_93 # type: ignore # mutmut generated
