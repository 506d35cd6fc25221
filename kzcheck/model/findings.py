"""The records every check returns and every renderer reads: findings, outcomes and the run's result."""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from kzcheck.model.kinds import CheckKind
    from kzcheck.model.tables import Tables


LIMIT = "findings.limit"  # the note standing for findings past the findings limit (kzcheck.listing)


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
    variant: str = field(
        default="", metadata={"json": False}
    )  # which shape of its kind's message (kzcheck.model.kinds)
    fields: dict[str, Any] = field(default_factory=dict, metadata={"json": False})  # what its kind's template filled
    observed: Any = None
    expected: Any = None
    acknowledged: str | None = None  # the reason, when a known defect of a real source
    fingerprint: str | None = None  # stable id of this defect across runs (kzcheck/load/fingerprint.py)

    def __deepcopy__(self, memo: dict[int, Any]) -> Finding:
        return _copied(self, memo)

    def to_dict(self) -> dict[str, Any]:
        # the message says what `variant` and `fields` hold: the JSON output carries the message alone
        d = {f.name: getattr(self, f.name) for f in dataclass_fields(self) if f.metadata.get("json", True)}
        d["severity"] = self.severity.value
        return d

    @property
    def counts_against(self) -> bool:
        """Acknowledged findings are shown but never fail a run."""
        return self.acknowledged is None

    @property
    def label(self) -> str:
        """What every output calls it: its severity, or `acknowledged` for a known defect of a real source."""
        return "acknowledged" if self.acknowledged else self.severity.value

    @property
    def place(self) -> str:
        """The file and row it points at, `file:row` (the file alone when no row is known; empty when no file is)."""
        if not self.file:
            return ""
        return self.file + (f":{self.row}" if self.row is not None else "")

    @property
    def location(self) -> str:
        """Where it was found, as every output writes it: `file:row [column]`; empty when no file is known."""
        if not self.file:
            return ""
        return self.place + (f" [{self.column}]" if self.column else "")


@dataclass(slots=True)
class Outcome:
    """One check run on one subject (or on a whole election when subject is None), with the findings behind it."""

    check: str
    election: str | None
    subject: str | None
    findings: list[Finding] = field(default_factory=list)
    status: Status | None = None
    note: str = ""  # why it was not evaluated, or what went wrong
    # findings past the findings limit, counted and not listed (kzcheck.listing): "severity" or "severity/acknowledged"
    omitted: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.status is None:
            self.status = status_of(self.findings)

    def __deepcopy__(self, memo: dict[int, Any]) -> Outcome:
        return _copied(self, memo)


def omitted_key(f: Finding) -> str:
    """How an omitted finding is counted: by severity, acknowledged ones apart (they are labelled `acknowledged`)."""
    return omitted_key_for(f.severity, bool(f.acknowledged))


def omitted_key_for(severity: Severity, acknowledged: bool) -> str:
    """The `omitted_key` of findings of `severity`, acknowledged or not: `error`, `error/acknowledged`."""
    return severity.value + ("/acknowledged" if acknowledged else "")


def omitted_parts(key: str) -> tuple[Severity, bool]:
    """An `omitted_key` read back: the severity, and whether the findings counted under it are acknowledged."""
    severity, _, acknowledged = key.partition("/")
    return Severity(severity), bool(acknowledged)


def omitted_label(key: str) -> str:
    """The label (kzcheck.model.findings.Finding.label) of findings counted under an `omitted_key`."""
    severity, acknowledged = omitted_parts(key)
    return "acknowledged" if acknowledged else severity.value


def counts_of(outcomes: list[Outcome]) -> dict[str, int]:
    """The outcomes' findings by label, listed or not: the findings past the findings limit are counted, and the
    note that stands for them (kzcheck.listing) is not counted again."""
    c: Counter[str] = Counter()
    for o in outcomes:
        for f in o.findings:
            if f.check != LIMIT:
                c[f.label] += 1
        for key, n in o.omitted.items():
            c[omitted_label(key)] += n
    return {k: c.get(k, 0) for k in ("error", "warning", "info", "acknowledged")}


def verdict(findings: list[Finding], outcomes: list[Outcome]) -> Status:
    """The one ranking of a run, used by every command's exit code, the report and JUnit: an error that counts fails
    it; else a check that could not run makes it errored; else a warning that counts; else it passed."""
    live = [f for f in findings if f.counts_against]
    if any(f.severity is Severity.ERROR for f in live):
        return Status.FAILED
    if any(o.status is Status.ERRORED for o in outcomes):
        return Status.ERRORED
    if any(f.severity is Severity.WARNING for f in live):
        return Status.WARNING
    return Status.PASSED


def exit_code(findings: list[Finding], outcomes: list[Outcome], fail_on: Severity) -> int:
    """1 when the verdict fails (a failed or errored run), or a finding that counts is at or above `fail_on`."""
    if verdict(findings, outcomes) in (Status.FAILED, Status.ERRORED):
        return 1
    return 1 if any(f.counts_against and f.severity.rank >= fail_on.rank for f in findings) else 0


def status_of(findings: list[Finding]) -> Status:
    """What findings make of one check on one subject: the run's one ranking (`verdict`) over them alone."""
    return verdict(findings, [])


def outcome_verdict(o: Outcome) -> Status:
    """One outcome ranked as a run of its own (`verdict`), keeping `not evaluated` when the check was never run."""
    if o.status is Status.NOT_EVALUATED:
        return Status.NOT_EVALUATED
    return verdict(o.findings, [o])


_ATOMIC = (str, int, float, type(None))  # immutable: a copy may share them (enums are str or int here)


R = TypeVar("R", "Finding", "Outcome")


def _copied(record: R, memo: dict[int, Any]) -> R:
    """A deep copy of a finding or an outcome, slot by slot, sharing what cannot change: a watched save copies every
    kept outcome of every check it does not rerun (kzcheck/reuse.py), and the generic copy (pickle's reduce protocol,
    then every string) was most of that time."""
    out = object.__new__(type(record))
    memo[id(record)] = out
    for name in type(record).__slots__:
        value = getattr(record, name)
        setattr(out, name, value if isinstance(value, _ATOMIC) else copy.deepcopy(value, memo))
    return out


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
    specs: dict[str, CheckKind]
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
        """Every finding by label, listed or not (`counts_of` the run's outcomes)."""
        return counts_of(self.outcomes)

    def omitted(self) -> int:
        """How many findings the findings limit left unlisted (counted in `counts`)."""
        return sum(n for o in self.outcomes for n in o.omitted.values())

    def status_counts(self) -> dict[str, int]:
        c = Counter(o.status.value for o in self.outcomes if o.status)
        return {s.value: c.get(s.value, 0) for s in Status}

    def verdict(self) -> Status:
        return verdict(self.findings, self.outcomes)

    def exit_code(self, fail_on: Severity) -> int:
        return exit_code(self.findings, self.outcomes, fail_on)
