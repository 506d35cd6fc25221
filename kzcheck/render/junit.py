"""JUnit XML as pytest writes it, for CI servers: a test suite per election, a test case per check and subject.

Failed outcomes carry `<failure>`, errored ones `<error>`, those not evaluated `<skipped>`; passes are listed too, so a
reader sees every check that ran. Warnings, info and acknowledged findings do not fail a test case: they go to its
`<system-out>`. Built with ElementTree, so every value is escaped; characters XML 1.0 forbids are shown as `\\xNN`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from typing import TextIO

from kzcheck.model.findings import Finding, Outcome, RunResult, Severity, Status, outcome_verdict

ACROSS = "across-elections"  # the suite of outcomes not tied to one election
_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(value: object) -> str:
    """Text safe in XML 1.0: control characters (a stray cell value) become visible escapes instead of bad XML."""
    return _FORBIDDEN.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))


def describe(f: Finding) -> str:
    """One finding on one line: severity, place, message, and observed/expected when known."""
    parts = [f.label, f.location, f.message]
    seen = [f"{k} {v}" for k, v in (("observed", f.observed), ("expected", f.expected)) if v is not None and v != ""]
    if seen:
        parts.append(f"({', '.join(seen)})")
    text = " ".join(p for p in parts if p)
    if f.acknowledged:
        text += f" — reason: {f.acknowledged}"
    return text


_RESULT = {Status.FAILED: "failure", Status.ERRORED: "error", Status.NOT_EVALUATED: "skipped"}


def _failing(o: Outcome) -> list[Finding]:
    return [f for f in o.findings if f.counts_against and f.severity is Severity.ERROR]


def _summary(findings: list[Finding]) -> str:
    first = findings[0].message
    return first if len(findings) == 1 else f"{len(findings)} findings; first: {first}"


def testcase(o: Outcome, parent: ET.Element) -> str:
    """Append one outcome's test case; returns the JUnit result (passed, failure, error, skipped)."""
    case = ET.SubElement(
        parent,
        "testcase",
        classname=clean(o.check),
        name=clean(o.subject or ("(election)" if o.election else "(all data)")),
    )
    failing = _failing(o)
    located = next((f for f in failing or o.findings if f.file), None)
    if located is not None:
        case.set("file", clean(located.file))
        if located.row is not None:
            case.set("line", str(located.row))
    status = outcome_verdict(o)  # the run's one ranking (kzcheck.model.findings.verdict), per test case
    kind = _RESULT.get(status, "passed")
    if kind == "failure":
        el = ET.SubElement(case, "failure", message=clean(_summary(failing)), type=clean(o.check))
        el.text = clean("\n".join(describe(f) for f in failing))
    elif kind == "error":
        ET.SubElement(case, "error", message=clean(o.note or "the check could not run"), type=clean(o.check))
    elif kind == "skipped":
        ET.SubElement(case, "skipped", message=clean(o.note or "not evaluated"))
    shown = {id(f) for f in failing}
    rest = [f for f in o.findings if id(f) not in shown]
    if rest:
        ET.SubElement(case, "system-out").text = clean("\n".join(describe(f) for f in rest))
    return kind


def build(result: RunResult) -> ET.Element:
    """The `<testsuites>` tree: one suite per election in the data's order, then one for the rest."""
    groups: dict[str | None, list[Outcome]] = {e.id: [] for e in result.elections}
    for o in result.outcomes:
        groups.setdefault(o.election, []).append(o)
    if None in groups:  # outcomes not tied to an election go last
        groups[None] = groups.pop(None)
    names = {e.id: e for e in result.elections}
    root = ET.Element("testsuites", name="kzcheck")
    total: Counter[str] = Counter()
    for eid, outcomes in groups.items():
        if eid is None and not outcomes:
            continue
        suite = ET.SubElement(root, "testsuite", name=clean(eid or ACROSS))
        e = names.get(eid) if eid else None
        if e is not None:
            props = ET.SubElement(suite, "properties")
            official = ", ".join(sorted(e.results)) or "none yet"
            for key, value in (
                ("name", e.name),
                ("kind", e.kind),
                ("voting_day", e.date),
                ("polls", e.polls),
                ("official_results", official),
                ("data", result.data_dir),
            ):
                ET.SubElement(props, "property", name=key, value=clean(value))
        kinds = Counter(testcase(o, suite) for o in outcomes)
        counts = {
            "tests": len(outcomes),
            "failures": kinds["failure"],
            "errors": kinds["error"],
            "skipped": kinds["skipped"],
        }
        total.update(counts)
        for key in ("tests", "failures", "errors", "skipped"):
            suite.set(key, str(counts[key]))
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(total[key]))
    return root


def render(result: RunResult, out: TextIO) -> None:
    root = build(result)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
