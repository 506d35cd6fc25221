"""JUnit XML as pytest writes it, for CI servers: a test suite per election, a test case per check and subject.

Every finding that fails the run under `--fail-on` (an error, or with `--fail-on warning` a warning too, and never an
acknowledged one) is a test case with `<failure>`, one per finding, so the report's `failures` is the number of findings
that fail the run. An outcome without such a finding is one test case: passed, `<error>` when the check could not run,
`<skipped>` when not evaluated. Passes are listed too, so a reader sees every check that ran. Findings that do not fail
the run go to the test case's `<system-out>`. Built with ElementTree, so every value is escaped; characters XML 1.0
forbids are shown as `\\xNN`.
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


def failing(o: Outcome, fail_on: Severity = Severity.ERROR) -> list[Finding]:
    """The outcome's findings that fail the run under `--fail-on`."""
    return [f for f in o.findings if f.counts_against and f.severity.rank >= fail_on.rank]


def _case(parent: ET.Element, o: Outcome, name: str, located: Finding | None) -> ET.Element:
    case = ET.SubElement(parent, "testcase", classname=clean(o.check), name=clean(name))
    if located is not None and located.file:
        case.set("file", clean(located.file))
        if located.row is not None:
            case.set("line", str(located.row))
    return case


def testcases(o: Outcome, parent: ET.Element, fail_on: Severity = Severity.ERROR) -> list[str]:
    """Append one outcome's test cases; returns each one's JUnit result (passed, failure, error, skipped)."""
    name = o.subject or ("(election)" if o.election else "(all data)")
    fails = failing(o, fail_on)
    shown = {id(f) for f in fails}
    rest = [f for f in o.findings if id(f) not in shown]
    if fails:
        kinds = []
        for i, f in enumerate(fails):
            label = name if len(fails) == 1 else f"{name} ({f.location or i + 1})"
            case = _case(parent, o, label, f)
            el = ET.SubElement(case, "failure", message=clean(f.message), type=clean(f"{o.check}: {f.severity.value}"))
            el.text = clean(describe(f))
            if i == 0 and rest:
                ET.SubElement(case, "system-out").text = clean("\n".join(describe(f) for f in rest))
            kinds.append("failure")
        return kinds
    case = _case(parent, o, name, next((f for f in o.findings if f.file), None))
    kind = _RESULT.get(outcome_verdict(o), "passed")  # the run's one ranking (model.findings.verdict), per case
    if kind == "error":
        ET.SubElement(case, "error", message=clean(o.note or "the check could not run"), type=clean(o.check))
    elif kind == "skipped":
        ET.SubElement(case, "skipped", message=clean(o.note or "not evaluated"))
    if rest:
        ET.SubElement(case, "system-out").text = clean("\n".join(describe(f) for f in rest))
    return [kind]


def build(result: RunResult, fail_on: Severity = Severity.ERROR) -> ET.Element:
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
        kinds = Counter(k for o in outcomes for k in testcases(o, suite, fail_on))
        counts = {
            "tests": sum(kinds.values()),
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


def render(result: RunResult, out: TextIO, fail_on: str = "error", **_options: object) -> None:
    root = build(result, Severity(fail_on))
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
