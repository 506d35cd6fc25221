"""Which findings a run lists: at most the findings limit of each check in each election; the rest are counted.

A file in which every row breaks a rule (a column of negative counts, a hundred thousand rows) would otherwise be
listed a finding per row: a report nobody reads, annotations past what CI shows, and memory that grows with every
row. Like pandera's and Great Expectations' partial failure lists, a run lists the first `--limit findings=N`
(default 1,000) findings of a check in an election, most serious first, and counts the rest. Each such check and
election gets one note, a `findings.limit` finding, saying how many are not listed and how to list them; every
output shows it where it shows findings, and the run's counts (`RunResult.counts`) include the unlisted ones.

The findings kept are those that count most (counting before acknowledged, then by severity, in the check's own
order within each), so a check's verdict, the run's exit code and `--fail-on` are the same as with every finding
listed: when an unlisted finding is an error that counts, every listed one of that check is too.
"""

from __future__ import annotations

from collections import Counter

from kzcheck.model.findings import LIMIT, Finding, Outcome, Severity, omitted_key, omitted_parts
from kzcheck.model.kinds import Kind

ALL_ACKNOWLEDGED = "every finding it stands for is acknowledged"

KIND = Kind.check(
    LIMIT,
    "A check's findings past the findings limit are counted, not listed",
    "When one check has more findings in one election than `--limit findings=N` (default 1,000) lists, the first N "
    "are listed (most serious first) and this note counts the rest. Its severity is the highest of the findings it "
    "stands for that count (acknowledged when all of them are), so it never changes the run's verdict or exit code; "
    "the run's counts include every finding, listed or not.",
    Severity.INFO,
    "kzcheck",
    "{n} more findings of {of} {scope} are not listed ({detail}); the first {limit} are. `--limit findings=N` lists "
    "more, `--limit findings=none` lists them all",
)


def _rank(f: Finding) -> tuple[bool, int]:
    return (not f.counts_against, -f.severity.rank)


def cap(outcomes: list[Outcome], limit: int | None) -> list[Outcome]:
    """Keep at most `limit` findings of each check in each election in `outcomes` (changed in place), counting the
    rest on their outcomes; return one `findings.limit` note outcome per check and election that was cut."""
    if limit is None:
        return []
    groups: dict[tuple[str, str | None], list[Outcome]] = {}
    for o in outcomes:
        groups.setdefault((o.check, o.election), []).append(o)
    notes = []
    for (check, election), group in groups.items():
        if sum(len(o.findings) for o in group) > limit:
            ranked = sorted((f for o in group for f in o.findings), key=_rank)  # stable: the check's own order
            listed = {id(f) for f in ranked[:limit]}
            for o in group:
                kept = []
                for f in o.findings:
                    if id(f) in listed:
                        kept.append(f)
                    else:
                        key = omitted_key(f)
                        o.omitted[key] = o.omitted.get(key, 0) + 1
                o.findings = kept
        # what was cut here, and what a check counted without building (kzcheck/checks/schema.py)
        left: Counter[str] = Counter()
        for o in group:
            left.update(o.omitted)
        if left:
            notes.append(_note(check, election, left, limit))
    return notes


_WORDS = {"error": "errors", "warning": "warnings", "info": "info"}


def _order(key: str) -> tuple[bool, int]:
    severity, acknowledged = omitted_parts(key)
    return (acknowledged, -severity.rank)


def _counted(key: str, n: int) -> str:
    """`12,000 errors`, `1 warning`, `3 acknowledged errors`."""
    severity, acknowledged = omitted_parts(key)
    word = severity.value if n == 1 or severity is Severity.INFO else _WORDS[severity.value]
    return f"{n:,} {'acknowledged ' if acknowledged else ''}{word}"


def _note(check: str, election: str | None, left: Counter[str], limit: int) -> Outcome:
    counting = [severity for severity, acknowledged in map(omitted_parts, left) if not acknowledged]
    severity = max(counting, key=lambda s: s.rank) if counting else Severity.INFO
    detail = ", ".join(_counted(key, n) for key, n in sorted(left.items(), key=lambda kv: _order(kv[0])))
    scope = f"in {election}" if election else "in the data folder"
    note = KIND.finding(
        severity=severity,
        election=election,
        subject=f"check:{check}",
        n=f"{sum(left.values()):,}",
        of=check,
        scope=scope,
        detail=detail,
        limit=f"{limit:,}",
        observed=sum(left.values()),
        expected=limit,
    )
    if not counting:
        note.acknowledged = ALL_ACKNOWLEDGED
    return Outcome(LIMIT, election, f"check:{check}", [note])
