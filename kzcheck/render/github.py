"""GitHub Actions output: `::error file=…,line=…::` annotations on the data files, and a Markdown job summary.

GitHub shows at most 10 errors, 10 warnings and 10 notices per step and drops the rest silently, so annotations are
chosen round-robin across checks (every failing check gets one before any gets a second) and a closing notice says how
many more there are. Every value put into a workflow command is escaped, so a cell value cannot forge a command.
When `$GITHUB_STEP_SUMMARY` names a file, a Markdown summary (at most 1 MiB) is appended to it. The levels follow
`--fail-on`: a finding that fails the run is an `::error` (with `--fail-on warning`, warnings too, titled as such), so
the annotations say what made the job fail.
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import TextIO

from kzcheck.model.findings import Finding, RunResult, Severity, Status
from kzcheck.neutral import neutral, visible

LIMIT = 10  # annotations of each level GitHub shows per step
SUMMARY_LIMIT = 1024 * 1024  # bytes GitHub accepts in one step's summary
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: object) -> str:
    """A workflow command's message: `%`, CR and LF encoded, so it stays on one line (GitHub shows them decoded,
    inside the annotation), and every other control character escaped (`kzcheck.neutral.visible`)."""
    return visible(str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: object) -> str:
    """A workflow command's property value: as a message, and `:` and `,` too, which end a property."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def level(f: Finding, fail_on: Severity = Severity.ERROR) -> str:
    """`error` for what fails the run under --fail-on, else the severity's own level."""
    if f.counts_against and f.severity.rank >= fail_on.rank:
        return "error"
    return LEVEL[f.severity]


def annotation(f: Finding, title: str, fail_on: Severity = Severity.ERROR) -> str:
    props = []
    if f.file:
        props.append(f"file={escape_property(f.file)}")
        if f.row is not None:
            props.append(f"line={f.row}")
    props.append(f"title={escape_property(title)}")
    context = " ".join(x for x in (f.election, f.subject) if x)
    message = f.message + (f" [{context}]" if context else "")
    return f"::{level(f, fail_on)} {','.join(props)}::{escape_data(message)}"


def choose(findings: list[Finding], limit: int) -> list[Finding]:
    """Up to `limit` findings, round-robin over checks in order, so that no check hides another."""
    by_check: dict[str, list[Finding]] = defaultdict(list)
    for f in sorted(findings, key=lambda f: (f.check, f.election or "", f.file or "", f.row or 0)):
        by_check[f.check].append(f)
    chosen: list[Finding] = []
    depth = 0
    while len(chosen) < limit and any(len(fs) > depth for fs in by_check.values()):
        chosen += [fs[depth] for fs in by_check.values() if len(fs) > depth][: limit - len(chosen)]
        depth += 1
    return chosen


def plan(result: RunResult, fail_on: Severity = Severity.ERROR) -> tuple[list[Finding], list[Finding]]:
    """(annotated, left out): the findings that count, within GitHub's limits, keeping one notice for the rest."""
    live = [f for f in result.findings if f.counts_against]
    levels = ("error", "warning", "notice")
    by_level = {lv: [f for f in live if level(f, fail_on) == lv] for lv in levels}
    shown = {lv: choose(fs, LIMIT) for lv, fs in by_level.items()}
    if len(live) > sum(len(v) for v in shown.values()) and len(shown["notice"]) == LIMIT:
        shown["notice"] = choose(by_level["notice"], LIMIT - 1)  # room for the closing notice
    annotated = [f for lv in levels for f in shown[lv]]
    ids = {id(f) for f in annotated}
    return annotated, [f for f in live if id(f) not in ids]


def plain(text: str) -> str:
    """A log line that cannot be read as a workflow command: one neutralised line, never starting with `::`."""
    return "kzcheck: " + neutral(text)


def render(
    result: RunResult, out: TextIO, env: Mapping[str, str] | None = None, fail_on: str = "error", **_options: object
) -> None:
    env = os.environ if env is None else env
    threshold = Severity(fail_on)
    annotated, left = plan(result, threshold)
    for f in annotated:
        spec = result.specs.get(f.check)
        title = f"{f.check}: {spec.title}" if spec else f.check
        if level(f, threshold) != LEVEL[f.severity]:
            title = f"{f.severity.value} (fails with --fail-on {fail_on}) {title}"
        out.write(annotation(f, title, threshold) + "\n")
    out.write("::group::kzcheck findings\n")
    for f in sorted(result.findings, key=lambda f: (f.election or "", -f.severity.rank, f.check, f.row or 0)):
        out.write(plain(f"{f.label:<12} {f.check}  {f.message}  {f.location}".rstrip()) + "\n")
    out.write("::endgroup::\n")
    counts = result.counts()
    out.write(
        plain(
            f"{len(result.outcomes)} check results; {counts['error']} error(s), {counts['warning']} "
            f"warning(s), {counts['info']} info, {counts['acknowledged']} acknowledged"
        )
        + "\n"
    )
    if left:
        per_check = Counter(f.check for f in left)
        detail = ", ".join(f"{c} {n}" for c, n in sorted(per_check.items()))
        out.write(
            f"::notice title={escape_property(f'kzcheck: {len(left)} more findings')}::"
            + escape_data(
                f"{len(left)} more findings are not annotated (GitHub shows 10 errors, 10 warnings "
                f"and 10 notices per step): {detail}. See the job summary or the log group "
                "'kzcheck findings'."
            )
            + "\n"
        )
    path = env.get("GITHUB_STEP_SUMMARY")
    if path:
        append_summary(Path(path), result)


def _cell(value: object) -> str:
    """A Markdown table cell: pipes escaped, one line, no HTML."""
    text = "" if value is None else neutral(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ").replace("`", "\\`")


def summary(result: RunResult, budget: int = SUMMARY_LIMIT) -> str:
    """The job summary in Markdown: counts per election, then every finding, cut to fit `budget` bytes."""
    counts = result.counts()
    head = [
        f"## kzcheck validate — {_cell(result.data_dir)}",
        "",
        f"**{counts['error']} error(s), {counts['warning']} warning(s)**, {counts['info']} info, "
        f"{counts['acknowledged']} acknowledged, in {len(result.outcomes)} check results.",
        "",
        "| election | passed | warning | failed | not evaluated | errored |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for o in result.outcomes:
        per[o.election or "(across elections)"][o.status.value if o.status else "?"] += 1
    for eid, c in per.items():
        head.append(f"| {_cell(eid)} | " + " | ".join(str(c[s.value]) for s in Status) + " |")
    findings = sorted(
        result.findings, key=lambda f: (bool(f.acknowledged), -f.severity.rank, f.check, f.election or "", f.row or 0)
    )
    if findings:
        head += ["", "| severity | check | election | subject | where | message |", "|---|---|---|---|---|---|"]
    text = "\n".join(head) + "\n"
    size = len(text.encode())
    for i, f in enumerate(findings):
        label = f"acknowledged ({f.severity.value})" if f.acknowledged else f.severity.value
        row = (
            "| " + " | ".join(_cell(v) for v in (label, f.check, f.election, f.subject, f.location, f.message)) + " |\n"
        )
        tail = f"\n_{len(findings) - i} more findings left out: a step summary holds at most 1 MiB._\n"
        if size + len(row.encode()) + len(tail.encode()) > budget:
            return text + tail
        text += row
        size += len(row.encode())
    return text


def append_summary(path: Path, result: RunResult) -> None:
    """Append the summary to the step's summary file, within what is left of its 1 MiB."""
    used = path.stat().st_size if path.exists() else 0
    budget = SUMMARY_LIMIT - used
    if budget < 1024:
        return
    with path.open("a", encoding="utf-8") as fh:
        fh.write(summary(result, budget) + "\n")
