"""Which checks and findings a run shows and fails on: `--select`, `--ignore` and `--severity`, as ruff does.

A code selects a check id exactly or every check under it by dotted prefix (`poll` and `poll.` select `poll.sum` and
`poll.margin`; `poll.sum` selects `poll.sum` only); `ALL` selects everything. When a check matches both a `--select`
and an `--ignore` code, the more specific (longer) code wins, so `--select poll --ignore poll.margin` keeps every
poll check but one, and `--ignore poll --select poll.sum` keeps `poll.sum` alone. `--severity` hides findings below
it. What is not selected is neither shown nor counted in the exit code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kzcheck.model.findings import LIMIT, Outcome, RunResult, Severity, omitted_parts

ALL = "ALL"


def specificity(code: str, check: str) -> int:
    """How specifically `code` names `check`: its length when it matches, -1 when it does not (ALL matches at 0)."""
    if code == ALL:
        return 0
    stem = code.rstrip(".")
    if check == stem or check.startswith(stem + "."):
        return len(stem) + 1
    return -1


def chosen(check: str, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> bool:
    """Whether `check` is in the selection: the most specific matching code decides, select winning a tie."""
    picked = max((specificity(c, check) for c in select or (ALL,)), default=-1)
    dropped = max((specificity(c, check) for c in ignore), default=-1)
    return picked >= 0 and picked >= dropped


def unknown_codes(codes: Sequence[str], ids: Sequence[str]) -> list[str]:
    """Codes that select no known check (a typo): reported as a usage error rather than silently selecting nothing."""
    return [c for c in codes if c != ALL and not any(specificity(c, i) >= 0 for i in ids)]


def _check_of(o: Outcome) -> str:
    """The check an outcome belongs to: its own, or for a findings-limit note the check it counts for."""
    if o.check == LIMIT and o.subject and o.subject.startswith("check:"):
        return o.subject[len("check:") :]
    return o.check


def narrow(
    result: RunResult, select: Sequence[str] = (), ignore: Sequence[str] = (), severity: Severity | None = None
) -> RunResult:
    """The result with only the chosen checks' outcomes, and within them only findings at or above `severity`."""
    if not select and not ignore and severity is None:
        return result
    outcomes = []
    for o in result.outcomes:
        if not chosen(_check_of(o), select, ignore):
            continue
        if severity is not None:
            kept = [f for f in o.findings if f.severity.rank >= severity.rank]
            omitted = {k: n for k, n in o.omitted.items() if omitted_parts(k)[0].rank >= severity.rank}
            o = Outcome(o.check, o.election, o.subject, kept, o.status, o.note, omitted)
        outcomes.append(o)
    kept_checks = {o.check for o in outcomes}
    specs = {k: s for k, s in result.specs.items() if chosen(k, select, ignore) or k in kept_checks}
    return replace(result, outcomes=outcomes, specs=specs)
