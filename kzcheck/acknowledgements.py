"""Known defects of real sources (`acknowledged.csv`): which findings they cover, and what that does to an outcome.

An acknowledgement names a check, an election and a subject. It covers a finding of that check in that election
whose subject is the one named or one of its printings (`poll:x@source`) or parts (`poll:x/...`), never a longer id
that merely starts with the same letters (`poll:ipp` does not cover `poll:ipp-amanat`). An acknowledged finding is
still shown but no longer counts: an outcome left with acknowledged findings only passes.
"""

from __future__ import annotations

from kzcheck.model.findings import Finding, Outcome, Severity, Status, omitted_key_for, omitted_parts, status_of


def matches(subject: str | None, acknowledged: str) -> bool:
    """An acknowledgement of `poll:x` covers `poll:x` and every printing of it (`poll:x@source`)."""
    if subject is None:
        return False
    return subject == acknowledged or subject.startswith(acknowledged + "@") or subject.startswith(acknowledged + "/")


def acknowledge(findings: list[Finding], table: object) -> None:
    """Mark each finding an acknowledgement covers with that acknowledgement's reason (the first row that covers it)."""
    import pandas as pd

    assert isinstance(table, pd.DataFrame)
    rows = list(table[["check", "election", "subject", "reason"]].itertuples(index=False))
    for f in findings:
        for check, election, subject, reason in rows:
            if f.check == check and f.election == election and matches(f.subject, str(subject)):
                f.acknowledged = str(reason)
                break


def settle(outcomes: list[Outcome], table: object) -> None:
    """Acknowledge the outcomes' findings, then let each outcome's status follow (not evaluated and errored stay).
    Findings a check counted past the findings limit without listing them (`Outcome.omitted`) share their outcome's
    check, election and subject, so an acknowledgement that covers the outcome covers them too."""
    acknowledge([f for o in outcomes for f in o.findings], table)
    unlisted = [o for o in outcomes if o.omitted]
    if unlisted:
        probes = [Finding(o.check, Severity.INFO, "", election=o.election, subject=o.subject) for o in unlisted]
        acknowledge(probes, table)
        for o, probe in zip(unlisted, probes, strict=True):
            if probe.acknowledged:
                o.omitted = _acknowledged(o.omitted)
    for o in outcomes:
        if o.status not in (Status.NOT_EVALUATED, Status.ERRORED):
            o.status = status_of(o.findings)


def _acknowledged(omitted: dict[str, int]) -> dict[str, int]:
    out: dict[str, int] = {}
    for key, n in omitted.items():
        key = omitted_key_for(omitted_parts(key)[0], acknowledged=True)
        out[key] = out.get(key, 0) + n
    return out
