"""`--baseline FILE`: compare a run with a previous JSON result and fail only on what is new (as ruff, semgrep and
mypy baselines do).

Findings are matched by their stable fingerprint (kzcheck/load/fingerprint.py): a finding whose fingerprint the baseline
holds is *unchanged*, one it does not hold is *new*, and a fingerprint of the baseline that this run no longer finds
is *fixed*. Only new findings at or above `--fail-on` make the run exit 1 (a check that could not run still does).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kzcheck.model.errors import InputError
from kzcheck.model.findings import Finding, RunResult, Severity
from kzcheck.model.findings import exit_code as run_exit_code

NEW, UNCHANGED = "new", "unchanged"


@dataclass
class Comparison:
    """What a run holds against a baseline: fingerprints new and unchanged, and what the baseline had that is gone."""

    file: str
    new: list[Finding] = field(default_factory=list)
    unchanged: list[Finding] = field(default_factory=list)
    fixed: list[dict[str, Any]] = field(default_factory=list)  # the baseline's own records of them
    known: set[str] = field(default_factory=set)  # the baseline's fingerprints

    def state(self, f: Finding) -> str:
        return UNCHANGED if f.fingerprint in self.known else NEW

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "unchanged": len(self.unchanged), "fixed": len(self.fixed)}

    def summary(self) -> str:
        c = self.counts()
        return f"baseline {self.file}: {c['new']} new, {c['unchanged']} unchanged, {c['fixed']} fixed"

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "counts": self.counts(),
            "new": [f.fingerprint for f in self.new],
            "unchanged": [f.fingerprint for f in self.unchanged],
            "fixed": self.fixed,
        }


def read(path: Path) -> list[dict[str, Any]]:
    """The findings of a previous `--format json` result; a clear InputError when the file is not one."""
    hint = "write a baseline with `kzcheck validate --format json -o FILE` and pass that file"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("baseline.unreadable", "does not exist", file=str(path), hint=hint) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("baseline.unreadable", f"cannot be read ({exc})", file=str(path), hint=hint) from None
    except json.JSONDecodeError as exc:
        raise InputError(
            "baseline.not-json", f"is not JSON ({exc.msg})", file=str(path), row=exc.lineno, hint=hint
        ) from None
    if not isinstance(doc, dict) or not str(doc.get("schema", "")).startswith("kzcheck/"):
        raise InputError("baseline.not-kzcheck", "is not a kzcheck JSON result", file=str(path), hint=hint)
    findings = doc.get("findings")
    if not isinstance(findings, list) or not all(isinstance(f, dict) and f.get("fingerprint") for f in findings):
        raise InputError(
            "baseline.no-fingerprints",
            "holds findings without fingerprints (written by an older kzcheck)",
            file=str(path),
            hint=hint,
        )
    return findings


def compare(result: RunResult, path: Path) -> Comparison:
    previous = read(path)
    known = {str(f["fingerprint"]) for f in previous}
    c = Comparison(str(path), known=known)
    current: set[str] = set()
    for f in result.findings:
        current.add(f.fingerprint or "")
        (c.unchanged if f.fingerprint in known else c.new).append(f)
    keep = ("fingerprint", "check", "severity", "election", "subject", "file", "row", "message")
    c.fixed = [{k: f.get(k) for k in keep} for f in previous if str(f["fingerprint"]) not in current]
    return c


def exit_code(result: RunResult, comparison: Comparison, fail_on: Severity) -> int:
    """1 when a new finding at or above `fail_on` counts against the run, or a check could not run; else 0: the run's
    one ranking (kzcheck.model.findings.exit_code) over the new findings alone."""
    return run_exit_code(comparison.new, result.outcomes, fail_on)
