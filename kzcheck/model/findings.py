"""The records every check returns and every renderer reads: findings, outcomes and the run's result."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kzcheck.model.tables import Tables


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Status(StrEnum):
    """What became of one check on one subject."""

    PASSED = "passed"
    WARNING = "warning"
    FAILED = "failed"
    NOT_EVALUATED = "not evaluated"
    ERRORED = "errored"


@dataclass(slots=True)
class Finding:
    """One problem, wherever it was found: what, how bad, where, and what was seen against what was expected."""

    check: str
    severity: Severity
    message: str
    election: str | None = None
    subject: str | None = None
    file: str | None = None
    row: int | None = None
    column: str | None = None
    observed: Any = None
    expected: Any = None
    acknowledged: str | None = None  # the reason, when a known defect of a real source
    fingerprint: str | None = None  # stable id of this defect across runs (kzcheck/load/fingerprint.py)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["severity"] = self.severity.value
        return d

    @property
    def counts_against(self) -> bool:
        """Acknowledged findings are shown but never fail a run."""
        return self.acknowledged is None


@dataclass(slots=True)
class Outcome:
    """One check run on one subject (or on a whole election when subject is None), with the findings behind it."""

    check: str
    election: str | None
    subject: str | None
    findings: list[Finding] = field(default_factory=list)
    status: Status | None = None
    note: str = ""  # why it was not evaluated, or what went wrong

    def __post_init__(self) -> None:
        if self.status is None:
            self.status = status_of(self.findings)


def status_of(findings: list[Finding]) -> Status:
    live = [f for f in findings if f.counts_against]
    if any(f.severity is Severity.ERROR for f in live):
        return Status.FAILED
    if any(f.severity is Severity.WARNING for f in live):
        return Status.WARNING
    return Status.PASSED


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """A catalogue entry: a stable id, a title, what it checks and why, and the engine that runs it."""

    id: str
    title: str
    description: str
    severity: Severity
    engine: str  # pandera | great_expectations | kzcheck
    template: str = ""


@dataclass
class ElectionSummary:
    id: str
    name: str
    kind: str
    date: str
    polls: int = 0
    figures: int = 0
    results: dict[str, int] = field(default_factory=dict)  # status -> rows


@dataclass
class RunResult:
    """Built once per run, read by every renderer."""

    data_dir: str
    elections: list[ElectionSummary]
    outcomes: list[Outcome]
    specs: dict[str, CheckSpec]
    data: Any = None  # the loaded frames, for renderers that show figures (the HTML report)
    tables: Tables | None = None  # every analysis table, typed, built once (kzcheck.analysis.tables)
    command: str = "validate"  # the command that made this result
    baseline: Any = None  # a `kzcheck.load.baseline.Comparison` when the run was compared with a previous result

    @property
    def findings(self) -> list[Finding]:
        return [f for o in self.outcomes for f in o.findings]

    def findings_frame(self) -> Any:
        """Every finding as a row of a pandas DataFrame (one column per `Finding` field), for notebooks."""
        import pandas as pd

        columns = list(Finding.__dataclass_fields__)
        frame = pd.DataFrame([f.to_dict() for f in self.findings], columns=columns)
        return frame.astype({"row": "Int64"})

    def counts(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "acknowledged")}

    def status_counts(self) -> dict[str, int]:
        c = Counter(o.status.value for o in self.outcomes if o.status)
        return {s.value: c.get(s.value, 0) for s in Status}

    def exit_code(self, fail_on: Severity) -> int:
        failing = any(f.counts_against and f.severity.rank >= fail_on.rank for f in self.findings)
        errored = any(o.status is Status.ERRORED for o in self.outcomes)
        return 1 if failing or errored else 0
