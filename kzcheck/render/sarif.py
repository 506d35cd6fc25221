"""SARIF 2.1.0 output, for code scanning: each finding a result on its data file's line, each check a rule.

GitHub code scanning (and any SARIF viewer) then marks the CSV line of a defect in a pull request. Every result has a
location: the finding's file and line, or, for a finding about a whole election, that election's file. Results keep
the stable fingerprint (`partialFingerprints`), so a viewer tracks a defect across runs; acknowledged findings are
results with an external suppression that gives the reason; with `--baseline`, each result says whether it is new.
A check that could not run is a tool execution notification. The schema is documented in docs/output.md.
"""

from __future__ import annotations

import json
import posixpath
from typing import Any, TextIO
from urllib.parse import quote

from kzcheck import __version__
from kzcheck.model.findings import Finding, RunResult, Severity, Status

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
VERSION = "2.1.0"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
FINGERPRINT_KEY = "kzcheck/v1"


def artifact_uri(file: str) -> str:
    """A relative file path as a URI reference: `/` separators, anything else percent-encoded."""
    return quote(posixpath.normpath(file.replace("\\", "/")), safe="/-._~")


def _location(file: str, row: int | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(file)}}
    if row is not None and row >= 1:
        physical["region"] = {"startLine": int(row)}
    return {"physicalLocation": physical}


def _place(f: Finding, result: RunResult) -> tuple[str | None, int | None]:
    """Where a result is marked: the finding's file and row, else its election's file."""
    if f.file:
        return f.file, f.row
    data = result.data
    election = data.elections.get(f.election) if data is not None and f.election else None
    return (getattr(election, "file", None), None) if election is not None else (None, None)


def _result(f: Finding, result: RunResult, index: dict[str, int]) -> dict[str, Any]:
    text = f.message
    if f.election or f.subject:
        text += f" [{' '.join(x for x in (f.election, f.subject) if x)}]"
    res: dict[str, Any] = {"ruleId": f.check, "level": LEVEL[f.severity], "message": {"text": text}}
    if f.check in index:
        res["ruleIndex"] = index[f.check]
    file, row = _place(f, result)
    res["locations"] = [_location(file, row)] if file else []
    if f.fingerprint:
        res["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
    if f.acknowledged:
        res["suppressions"] = [{"kind": "external", "justification": f.acknowledged}]
    if result.baseline is not None:
        res["baselineState"] = result.baseline.state(f)
    props = {
        k: v
        for k, v in (
            ("election", f.election),
            ("subject", f.subject),
            ("column", f.column),
            ("observed", f.observed),
            ("expected", f.expected),
        )
        if v is not None and v != ""
    }
    if props:
        res["properties"] = {k: v if isinstance(v, (int, float, str, bool)) else str(v) for k, v in props.items()}
    return res


def document(result: RunResult) -> dict[str, Any]:
    rules = [
        {
            "id": s.id,
            "name": s.id,
            "shortDescription": {"text": s.title},
            "fullDescription": {"text": s.description or s.title},
            "defaultConfiguration": {"level": LEVEL[s.severity]},
            "properties": {"engine": s.engine},
        }
        for s in result.specs.values()
    ]
    index = {s.id: i for i, s in enumerate(result.specs.values())}
    errored = [o for o in result.outcomes if o.status is Status.ERRORED]
    invocation: dict[str, Any] = {"executionSuccessful": not errored}
    if errored:
        invocation["toolExecutionNotifications"] = [
            {
                "level": "error",
                "message": {"text": o.note or "the check could not run"},
                "associatedRule": {"id": o.check},
            }
            for o in errored
        ]
    return {
        "$schema": SCHEMA_URI,
        "version": VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "kzcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, result, index) for f in result.findings],
            }
        ],
    }


def render(result: RunResult, out: TextIO, **_options: object) -> None:
    json.dump(document(result), out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")
