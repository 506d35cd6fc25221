"""Figure-level rules run by Great Expectations from the JSON suites in expectations/, turned into findings."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

import pandas as pd

from kzcheck.analysis import coverage
from kzcheck.checks.base import located, outcomes_for, poll_subject
from kzcheck.gx.engine import ExpectationRun, suite_path
from kzcheck.gx.inputs import suite_inputs
from kzcheck.load.frames import LoadedData
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Finding, Outcome, Severity, Status
from kzcheck.model.kinds import CheckKind, Kind

SUITE_NAMES = ("poll_figures", "polls")


def _specs() -> list[CheckKind]:
    specs = []
    for name in SUITE_NAMES:
        doc = json.loads(suite_path(name).read_text(encoding="utf-8"))
        for exp in doc["expectations"]:
            meta = exp.get("meta", {})
            sev = {"critical": "error"}.get(exp.get("severity", "critical"), exp.get("severity", "critical"))
            specs.append(
                Kind.check(
                    meta["check"],
                    meta["title"],
                    meta["description"],
                    Severity(sev),
                    f"great_expectations ({exp['type']}, suite {name})",
                    meta.get("message", ""),
                    variants=meta.get("variants"),
                )
            )
    return specs


SPECS = _specs()
KIND = {k.id: k for k in SPECS}
PLACE = {"severity", "election", "subject", "file", "row", "column", "observed", "expected"}  # the finding's own


def _fmt(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _group_findings(run: ExpectationRun, frame: pd.DataFrame, data: LoadedData) -> list[Finding]:
    failing = frame.iloc[run.rows]
    findings = []
    for (election, poll, source), g in failing.groupby(["election", "poll", "source"], sort=False, dropna=False):
        first = g.iloc[0]
        if run.check == "poll.sum":
            digits = int(g["share_decimals"].max())
            total = round(float(g["share"].sum()), digits)
            band = round(float(g["share_half"].sum()), digits + 1)
            fields: dict[str, Any] = {"total": f"{total:.{digits}f}", "band": f"{band:g}"}
            observed, expected = f"{total:.{digits}f}", f"100 ± {band:g}"
        else:
            required = data.elections[str(election)].option_ids
            present = set(g["option"])
            missing = [o for o in required if o not in present]
            fields = coverage.missing_fields(missing)
            observed, expected = ", ".join(sorted(set(g["option"]) & set(required))), ", ".join(required)
        findings.append(
            KIND[run.check].finding(
                severity=Severity(run.severity),
                **fields,
                election=str(election),
                subject=poll_subject(poll, source),
                **located(
                    first, column="share" if run.check == "poll.sum" else "option", observed=observed, expected=expected
                ),
            )
        )
    return findings


def _row_findings(run: ExpectationRun, frame: pd.DataFrame, data: LoadedData, by_source: bool) -> list[Finding]:
    column = run.meta.get("column") or _column_of(run)
    findings = []
    for _, row in frame.iloc[run.rows].iterrows():
        if run.check == "poll.share-missing" and not row["share_parsed"]:
            continue  # already reported as not a number where it was read
        values: dict[str, Any] = {str(k): _fmt(v) for k, v in row.items()}
        values["note"] = (
            f" ({row['sample_size_note']})" if by_source is False and pd.notna(row.get("sample_size_note")) else ""
        )
        variant = ""
        if run.check == "poll.option-known":
            hint = data.elections[row["election"]].suggest(str(row["option_printed"]))
            if hint:
                variant, values["suggestion"] = "suggested", hint
        subject = poll_subject(row["poll"], row["source"] if by_source else None)
        findings.append(
            KIND[run.check].finding(
                variant,
                severity=Severity(run.severity),
                **{k: v for k, v in values.items() if k not in PLACE},
                election=row["election"],
                subject=subject,
                **located(row, column=column, observed=values.get(column or "")),
            )
        )
    return findings


_COLUMNS = {
    "poll.option-known": "option",
    "poll.option-once": "option",
    "poll.sample-size": "sample_size",
    "poll.sample-size-positive": "sample_size",
    "poll.margin": "margin_of_error",
    "poll.margin-range": "margin_of_error",
    "poll.turnout-range": "turnout_estimate",
}


def _column_of(run: ExpectationRun) -> str:
    return _COLUMNS.get(run.check, "share")


def run(data: LoadedData, config: RunConfig) -> list[Outcome]:
    from kzcheck.gx.engine import run_suite

    outcomes: list[Outcome] = []
    cover = functools.cache(lambda: coverage.build(data))  # built once, for whichever coverage checks ran
    for name, frame, params in suite_inputs(data):
        by_source = name == "poll_figures"  # a figure belongs to the printing of a poll; a poll's record to the poll
        keys = ["election", "poll", "source"] if by_source else ["election", "poll"]
        subjects = [
            (str(e), poll_subject(p, s[0] if s else None))
            for e, p, *s in frame[keys].drop_duplicates().itertuples(index=False)
        ]
        for r in run_suite(name, frame, params):
            outcomes += _outcomes(r, frame, data, subjects, cover, by_source=by_source)
    return outcomes


def _outcomes(
    r: ExpectationRun,
    frame: pd.DataFrame,
    data: LoadedData,
    subjects: list[tuple[str, str]],
    cover: Callable[[], coverage.Coverage],
    by_source: bool,
) -> list[Outcome]:
    if r.error:
        return [
            Outcome(r.check, None, None, [], Status.ERRORED, note=f"Great Expectations could not evaluate: {r.error}")
        ]
    if r.meta.get("per") == "group":
        findings = _group_findings(r, frame, data)
        if r.check in coverage.PER_PRINTING:
            return coverage.outcomes(r.check, subjects, findings, cover(), KIND[r.check])
    else:
        findings = _row_findings(r, frame, data, by_source)
    return outcomes_for(r.check, subjects, findings)
