"""The records every check returns and every renderer reads: findings, outcomes and the run's result."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kzcheck.model.tables import Tables


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


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
mutants_xǁFindingǁto_dict__mutmut: MutantDict = {}  # type: ignore


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

    @_mutmut_mutated(mutants_xǁFindingǁto_dict__mutmut)
    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["severity"] = self.severity.value
        return d

    def xǁFindingǁto_dict__mutmut_orig(self) -> dict[str, Any]:
        d = asdict(self)
        d["severity"] = self.severity.value
        return d

    def xǁFindingǁto_dict__mutmut_1(self) -> dict[str, Any]:
        d = None
        d["severity"] = self.severity.value
        return d

    def xǁFindingǁto_dict__mutmut_2(self) -> dict[str, Any]:
        d = asdict(None)
        d["severity"] = self.severity.value
        return d

    def xǁFindingǁto_dict__mutmut_3(self) -> dict[str, Any]:
        d = asdict(self)
        d["severity"] = None
        return d

    def xǁFindingǁto_dict__mutmut_4(self) -> dict[str, Any]:
        d = asdict(self)
        d["XXseverityXX"] = self.severity.value
        return d

    def xǁFindingǁto_dict__mutmut_5(self) -> dict[str, Any]:
        d = asdict(self)
        d["SEVERITY"] = self.severity.value
        return d

    @property
    def counts_against(self) -> bool:
        """Acknowledged findings are shown but never fail a run."""
        return self.acknowledged is None

mutants_xǁFindingǁto_dict__mutmut['_mutmut_orig'] = Finding.xǁFindingǁto_dict__mutmut_orig # type: ignore # mutmut generated
mutants_xǁFindingǁto_dict__mutmut['xǁFindingǁto_dict__mutmut_1'] = Finding.xǁFindingǁto_dict__mutmut_1 # type: ignore # mutmut generated
mutants_xǁFindingǁto_dict__mutmut['xǁFindingǁto_dict__mutmut_2'] = Finding.xǁFindingǁto_dict__mutmut_2 # type: ignore # mutmut generated
mutants_xǁFindingǁto_dict__mutmut['xǁFindingǁto_dict__mutmut_3'] = Finding.xǁFindingǁto_dict__mutmut_3 # type: ignore # mutmut generated
mutants_xǁFindingǁto_dict__mutmut['xǁFindingǁto_dict__mutmut_4'] = Finding.xǁFindingǁto_dict__mutmut_4 # type: ignore # mutmut generated
mutants_xǁFindingǁto_dict__mutmut['xǁFindingǁto_dict__mutmut_5'] = Finding.xǁFindingǁto_dict__mutmut_5 # type: ignore # mutmut generated
mutants_xǁOutcomeǁ__post_init____mutmut: MutantDict = {}  # type: ignore


@dataclass(slots=True)
class Outcome:
    """One check run on one subject (or on a whole election when subject is None), with the findings behind it."""

    check: str
    election: str | None
    subject: str | None
    findings: list[Finding] = field(default_factory=list)
    status: Status | None = None
    note: str = ""  # why it was not evaluated, or what went wrong

    @_mutmut_mutated(mutants_xǁOutcomeǁ__post_init____mutmut)
    def __post_init__(self) -> None:
        if self.status is None:
            self.status = status_of(self.findings)

    def xǁOutcomeǁ__post_init____mutmut_orig(self) -> None:
        if self.status is None:
            self.status = status_of(self.findings)

    def xǁOutcomeǁ__post_init____mutmut_1(self) -> None:
        if self.status is not None:
            self.status = status_of(self.findings)

    def xǁOutcomeǁ__post_init____mutmut_2(self) -> None:
        if self.status is None:
            self.status = None

    def xǁOutcomeǁ__post_init____mutmut_3(self) -> None:
        if self.status is None:
            self.status = status_of(None)

mutants_xǁOutcomeǁ__post_init____mutmut['_mutmut_orig'] = Outcome.xǁOutcomeǁ__post_init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁOutcomeǁ__post_init____mutmut['xǁOutcomeǁ__post_init____mutmut_1'] = Outcome.xǁOutcomeǁ__post_init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁOutcomeǁ__post_init____mutmut['xǁOutcomeǁ__post_init____mutmut_2'] = Outcome.xǁOutcomeǁ__post_init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁOutcomeǁ__post_init____mutmut['xǁOutcomeǁ__post_init____mutmut_3'] = Outcome.xǁOutcomeǁ__post_init____mutmut_3 # type: ignore # mutmut generated
mutants_x_status_of__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_status_of__mutmut)
def status_of(findings: list[Finding]) -> Status:
    live = [f for f in findings if f.counts_against]
    if any(f.severity is Severity.ERROR for f in live):
        return Status.FAILED
    if any(f.severity is Severity.WARNING for f in live):
        return Status.WARNING
    return Status.PASSED


def x_status_of__mutmut_orig(findings: list[Finding]) -> Status:
    live = [f for f in findings if f.counts_against]
    if any(f.severity is Severity.ERROR for f in live):
        return Status.FAILED
    if any(f.severity is Severity.WARNING for f in live):
        return Status.WARNING
    return Status.PASSED


def x_status_of__mutmut_1(findings: list[Finding]) -> Status:
    live = None
    if any(f.severity is Severity.ERROR for f in live):
        return Status.FAILED
    if any(f.severity is Severity.WARNING for f in live):
        return Status.WARNING
    return Status.PASSED


def x_status_of__mutmut_2(findings: list[Finding]) -> Status:
    live = [f for f in findings if f.counts_against]
    if any(None):
        return Status.FAILED
    if any(f.severity is Severity.WARNING for f in live):
        return Status.WARNING
    return Status.PASSED


def x_status_of__mutmut_3(findings: list[Finding]) -> Status:
    live = [f for f in findings if f.counts_against]
    if any(f.severity is not Severity.ERROR for f in live):
        return Status.FAILED
    if any(f.severity is Severity.WARNING for f in live):
        return Status.WARNING
    return Status.PASSED


def x_status_of__mutmut_4(findings: list[Finding]) -> Status:
    live = [f for f in findings if f.counts_against]
    if any(f.severity is Severity.ERROR for f in live):
        return Status.FAILED
    if any(None):
        return Status.WARNING
    return Status.PASSED


def x_status_of__mutmut_5(findings: list[Finding]) -> Status:
    live = [f for f in findings if f.counts_against]
    if any(f.severity is Severity.ERROR for f in live):
        return Status.FAILED
    if any(f.severity is not Severity.WARNING for f in live):
        return Status.WARNING
    return Status.PASSED

mutants_x_status_of__mutmut['_mutmut_orig'] = x_status_of__mutmut_orig # type: ignore # mutmut generated
mutants_x_status_of__mutmut['x_status_of__mutmut_1'] = x_status_of__mutmut_1 # type: ignore # mutmut generated
mutants_x_status_of__mutmut['x_status_of__mutmut_2'] = x_status_of__mutmut_2 # type: ignore # mutmut generated
mutants_x_status_of__mutmut['x_status_of__mutmut_3'] = x_status_of__mutmut_3 # type: ignore # mutmut generated
mutants_x_status_of__mutmut['x_status_of__mutmut_4'] = x_status_of__mutmut_4 # type: ignore # mutmut generated
mutants_x_status_of__mutmut['x_status_of__mutmut_5'] = x_status_of__mutmut_5 # type: ignore # mutmut generated


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
mutants_xǁRunResultǁcounts__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunResultǁstatus_counts__mutmut: MutantDict = {}  # type: ignore
mutants_xǁRunResultǁexit_code__mutmut: MutantDict = {}  # type: ignore


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

    @property
    def findings(self) -> list[Finding]:
        return [f for o in self.outcomes for f in o.findings]

    @_mutmut_mutated(mutants_xǁRunResultǁcounts__mutmut)
    def counts(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_orig(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_1(self) -> dict[str, int]:
        c: Counter[str] = None
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_2(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] = 1
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_3(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] -= 1
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_4(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if (f.acknowledged) and False else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_5(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if (f.acknowledged) or True else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_6(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["XXacknowledgedXX" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_7(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["ACKNOWLEDGED" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_8(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 2
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_9(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(None, 0) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_10(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, None) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_11(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(0) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_12(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, ) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_13(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 1) for k in ("error", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_14(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("XXerrorXX", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_15(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("ERROR", "warning", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_16(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "XXwarningXX", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_17(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "WARNING", "info", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_18(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "warning", "XXinfoXX", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_19(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "warning", "INFO", "acknowledged")}

    def xǁRunResultǁcounts__mutmut_20(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "XXacknowledgedXX")}

    def xǁRunResultǁcounts__mutmut_21(self) -> dict[str, int]:
        c: Counter[str] = Counter()
        for f in self.findings:
            c["acknowledged" if f.acknowledged else f.severity.value] += 1
        return {k: c.get(k, 0) for k in ("error", "warning", "info", "ACKNOWLEDGED")}

    @_mutmut_mutated(mutants_xǁRunResultǁstatus_counts__mutmut)
    def status_counts(self) -> dict[str, int]:
        c = Counter(o.status.value for o in self.outcomes if o.status)
        return {s.value: c.get(s.value, 0) for s in Status}

    def xǁRunResultǁstatus_counts__mutmut_orig(self) -> dict[str, int]:
        c = Counter(o.status.value for o in self.outcomes if o.status)
        return {s.value: c.get(s.value, 0) for s in Status}

    def xǁRunResultǁstatus_counts__mutmut_1(self) -> dict[str, int]:
        c = None
        return {s.value: c.get(s.value, 0) for s in Status}

    def xǁRunResultǁstatus_counts__mutmut_2(self) -> dict[str, int]:
        c = Counter(None)
        return {s.value: c.get(s.value, 0) for s in Status}

    def xǁRunResultǁstatus_counts__mutmut_3(self) -> dict[str, int]:
        c = Counter(o.status.value for o in self.outcomes if o.status)
        return {s.value: c.get(None, 0) for s in Status}

    def xǁRunResultǁstatus_counts__mutmut_4(self) -> dict[str, int]:
        c = Counter(o.status.value for o in self.outcomes if o.status)
        return {s.value: c.get(s.value, None) for s in Status}

    def xǁRunResultǁstatus_counts__mutmut_5(self) -> dict[str, int]:
        c = Counter(o.status.value for o in self.outcomes if o.status)
        return {s.value: c.get(0) for s in Status}

    def xǁRunResultǁstatus_counts__mutmut_6(self) -> dict[str, int]:
        c = Counter(o.status.value for o in self.outcomes if o.status)
        return {s.value: c.get(s.value, ) for s in Status}

    def xǁRunResultǁstatus_counts__mutmut_7(self) -> dict[str, int]:
        c = Counter(o.status.value for o in self.outcomes if o.status)
        return {s.value: c.get(s.value, 1) for s in Status}

    @_mutmut_mutated(mutants_xǁRunResultǁexit_code__mutmut)
    def exit_code(self, fail_on: Severity) -> int:
        failing = any(f.counts_against and f.severity.rank >= fail_on.rank for f in self.findings)
        errored = any(o.status is Status.ERRORED for o in self.outcomes)
        return 1 if failing or errored else 0

    def xǁRunResultǁexit_code__mutmut_orig(self, fail_on: Severity) -> int:
        failing = any(f.counts_against and f.severity.rank >= fail_on.rank for f in self.findings)
        errored = any(o.status is Status.ERRORED for o in self.outcomes)
        return 1 if failing or errored else 0

    def xǁRunResultǁexit_code__mutmut_1(self, fail_on: Severity) -> int:
        failing = None
        errored = any(o.status is Status.ERRORED for o in self.outcomes)
        return 1 if failing or errored else 0

    def xǁRunResultǁexit_code__mutmut_2(self, fail_on: Severity) -> int:
        failing = any(None)
        errored = any(o.status is Status.ERRORED for o in self.outcomes)
        return 1 if failing or errored else 0

    def xǁRunResultǁexit_code__mutmut_3(self, fail_on: Severity) -> int:
        failing = any(f.counts_against or f.severity.rank >= fail_on.rank for f in self.findings)
        errored = any(o.status is Status.ERRORED for o in self.outcomes)
        return 1 if failing or errored else 0

    def xǁRunResultǁexit_code__mutmut_4(self, fail_on: Severity) -> int:
        failing = any(f.counts_against and f.severity.rank > fail_on.rank for f in self.findings)
        errored = any(o.status is Status.ERRORED for o in self.outcomes)
        return 1 if failing or errored else 0

    def xǁRunResultǁexit_code__mutmut_5(self, fail_on: Severity) -> int:
        failing = any(f.counts_against and f.severity.rank >= fail_on.rank for f in self.findings)
        errored = None
        return 1 if failing or errored else 0

    def xǁRunResultǁexit_code__mutmut_6(self, fail_on: Severity) -> int:
        failing = any(f.counts_against and f.severity.rank >= fail_on.rank for f in self.findings)
        errored = any(None)
        return 1 if failing or errored else 0

    def xǁRunResultǁexit_code__mutmut_7(self, fail_on: Severity) -> int:
        failing = any(f.counts_against and f.severity.rank >= fail_on.rank for f in self.findings)
        errored = any(o.status is not Status.ERRORED for o in self.outcomes)
        return 1 if failing or errored else 0

    def xǁRunResultǁexit_code__mutmut_8(self, fail_on: Severity) -> int:
        failing = any(f.counts_against and f.severity.rank >= fail_on.rank for f in self.findings)
        errored = any(o.status is Status.ERRORED for o in self.outcomes)
        return 1 if (failing or errored) and False else 0

    def xǁRunResultǁexit_code__mutmut_9(self, fail_on: Severity) -> int:
        failing = any(f.counts_against and f.severity.rank >= fail_on.rank for f in self.findings)
        errored = any(o.status is Status.ERRORED for o in self.outcomes)
        return 1 if (failing or errored) or True else 0

    def xǁRunResultǁexit_code__mutmut_10(self, fail_on: Severity) -> int:
        failing = any(f.counts_against and f.severity.rank >= fail_on.rank for f in self.findings)
        errored = any(o.status is Status.ERRORED for o in self.outcomes)
        return 2 if failing or errored else 0

    def xǁRunResultǁexit_code__mutmut_11(self, fail_on: Severity) -> int:
        failing = any(f.counts_against and f.severity.rank >= fail_on.rank for f in self.findings)
        errored = any(o.status is Status.ERRORED for o in self.outcomes)
        return 1 if failing and errored else 0

    def xǁRunResultǁexit_code__mutmut_12(self, fail_on: Severity) -> int:
        failing = any(f.counts_against and f.severity.rank >= fail_on.rank for f in self.findings)
        errored = any(o.status is Status.ERRORED for o in self.outcomes)
        return 1 if failing or errored else 1

mutants_xǁRunResultǁcounts__mutmut['_mutmut_orig'] = RunResult.xǁRunResultǁcounts__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_1'] = RunResult.xǁRunResultǁcounts__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_2'] = RunResult.xǁRunResultǁcounts__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_3'] = RunResult.xǁRunResultǁcounts__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_4'] = RunResult.xǁRunResultǁcounts__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_5'] = RunResult.xǁRunResultǁcounts__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_6'] = RunResult.xǁRunResultǁcounts__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_7'] = RunResult.xǁRunResultǁcounts__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_8'] = RunResult.xǁRunResultǁcounts__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_9'] = RunResult.xǁRunResultǁcounts__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_10'] = RunResult.xǁRunResultǁcounts__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_11'] = RunResult.xǁRunResultǁcounts__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_12'] = RunResult.xǁRunResultǁcounts__mutmut_12 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_13'] = RunResult.xǁRunResultǁcounts__mutmut_13 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_14'] = RunResult.xǁRunResultǁcounts__mutmut_14 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_15'] = RunResult.xǁRunResultǁcounts__mutmut_15 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_16'] = RunResult.xǁRunResultǁcounts__mutmut_16 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_17'] = RunResult.xǁRunResultǁcounts__mutmut_17 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_18'] = RunResult.xǁRunResultǁcounts__mutmut_18 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_19'] = RunResult.xǁRunResultǁcounts__mutmut_19 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_20'] = RunResult.xǁRunResultǁcounts__mutmut_20 # type: ignore # mutmut generated
mutants_xǁRunResultǁcounts__mutmut['xǁRunResultǁcounts__mutmut_21'] = RunResult.xǁRunResultǁcounts__mutmut_21 # type: ignore # mutmut generated

mutants_xǁRunResultǁstatus_counts__mutmut['_mutmut_orig'] = RunResult.xǁRunResultǁstatus_counts__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunResultǁstatus_counts__mutmut['xǁRunResultǁstatus_counts__mutmut_1'] = RunResult.xǁRunResultǁstatus_counts__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunResultǁstatus_counts__mutmut['xǁRunResultǁstatus_counts__mutmut_2'] = RunResult.xǁRunResultǁstatus_counts__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunResultǁstatus_counts__mutmut['xǁRunResultǁstatus_counts__mutmut_3'] = RunResult.xǁRunResultǁstatus_counts__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunResultǁstatus_counts__mutmut['xǁRunResultǁstatus_counts__mutmut_4'] = RunResult.xǁRunResultǁstatus_counts__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunResultǁstatus_counts__mutmut['xǁRunResultǁstatus_counts__mutmut_5'] = RunResult.xǁRunResultǁstatus_counts__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunResultǁstatus_counts__mutmut['xǁRunResultǁstatus_counts__mutmut_6'] = RunResult.xǁRunResultǁstatus_counts__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunResultǁstatus_counts__mutmut['xǁRunResultǁstatus_counts__mutmut_7'] = RunResult.xǁRunResultǁstatus_counts__mutmut_7 # type: ignore # mutmut generated

mutants_xǁRunResultǁexit_code__mutmut['_mutmut_orig'] = RunResult.xǁRunResultǁexit_code__mutmut_orig # type: ignore # mutmut generated
mutants_xǁRunResultǁexit_code__mutmut['xǁRunResultǁexit_code__mutmut_1'] = RunResult.xǁRunResultǁexit_code__mutmut_1 # type: ignore # mutmut generated
mutants_xǁRunResultǁexit_code__mutmut['xǁRunResultǁexit_code__mutmut_2'] = RunResult.xǁRunResultǁexit_code__mutmut_2 # type: ignore # mutmut generated
mutants_xǁRunResultǁexit_code__mutmut['xǁRunResultǁexit_code__mutmut_3'] = RunResult.xǁRunResultǁexit_code__mutmut_3 # type: ignore # mutmut generated
mutants_xǁRunResultǁexit_code__mutmut['xǁRunResultǁexit_code__mutmut_4'] = RunResult.xǁRunResultǁexit_code__mutmut_4 # type: ignore # mutmut generated
mutants_xǁRunResultǁexit_code__mutmut['xǁRunResultǁexit_code__mutmut_5'] = RunResult.xǁRunResultǁexit_code__mutmut_5 # type: ignore # mutmut generated
mutants_xǁRunResultǁexit_code__mutmut['xǁRunResultǁexit_code__mutmut_6'] = RunResult.xǁRunResultǁexit_code__mutmut_6 # type: ignore # mutmut generated
mutants_xǁRunResultǁexit_code__mutmut['xǁRunResultǁexit_code__mutmut_7'] = RunResult.xǁRunResultǁexit_code__mutmut_7 # type: ignore # mutmut generated
mutants_xǁRunResultǁexit_code__mutmut['xǁRunResultǁexit_code__mutmut_8'] = RunResult.xǁRunResultǁexit_code__mutmut_8 # type: ignore # mutmut generated
mutants_xǁRunResultǁexit_code__mutmut['xǁRunResultǁexit_code__mutmut_9'] = RunResult.xǁRunResultǁexit_code__mutmut_9 # type: ignore # mutmut generated
mutants_xǁRunResultǁexit_code__mutmut['xǁRunResultǁexit_code__mutmut_10'] = RunResult.xǁRunResultǁexit_code__mutmut_10 # type: ignore # mutmut generated
mutants_xǁRunResultǁexit_code__mutmut['xǁRunResultǁexit_code__mutmut_11'] = RunResult.xǁRunResultǁexit_code__mutmut_11 # type: ignore # mutmut generated
mutants_xǁRunResultǁexit_code__mutmut['xǁRunResultǁexit_code__mutmut_12'] = RunResult.xǁRunResultǁexit_code__mutmut_12 # type: ignore # mutmut generated
