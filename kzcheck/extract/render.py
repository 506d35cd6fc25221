"""The extraction shown: a preview table for people, a JSON document for machines. Article text is escaped."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TextIO

from kzcheck.extract.data import display_path
from kzcheck.extract.model import CONFIDENT, Entry, Extraction
from kzcheck.extract.writer import Plan
from kzcheck.neutral import neutral

SCHEMA = "kzcheck/extract/v1"


def safe(text: object) -> str:
    """Article text for a terminal or a CI log: the project's one neutraliser (no control character, no escape
    sequence, no workflow-command marker survives)."""
    return neutral(text)


def step_text(step: Decimal) -> str:
    return format(step.normalize(), "f") if step < 1 else f"{int(step):,}"


def number_value(e: Entry) -> int | float:
    v = e.number.value
    return int(v) if v == v.to_integral_value() and not e.number.percent and e.number.step >= 1 else float(v)


def entry_document(e: Entry, plan: Plan | None, index: int) -> dict[str, Any]:
    row = plan.written(e) if plan else None
    reason = next((why for x, why in plan.not_written if x is e), None) if plan else None
    return {
        "entry": index,
        "kind": e.kind,
        "subject": e.subject,
        "option": e.option,
        "line": e.line,
        "name_printed": e.name_printed,
        "area": e.area,
        "area_printed": e.area_printed,
        "time_of_day": e.time_of_day,
        "pollster_printed": e.pollster_printed,
        "pollster": e.pollster,
        "poll": e.poll,
        "value_printed": e.number.printed,
        "value": number_value(e),
        "precision": step_text(e.number.step),
        "percent": e.number.percent,
        "qualifier": e.number.qualifier,
        "qualifier_printed": e.number.qualifier_printed,
        "span": [e.number.start, e.number.end],
        "sentence": e.sentence.index,
        "sentence_text": e.sentence.text,
        "attributed_from_sentence": e.attributed_from,
        "confidence": e.confidence,
        "reasons": list(e.reasons),
        "written": None if row is None else {"file": display_path(row.path), "table": row.table, "row": row.values},
        "not_written": reason,
    }


def document(x: Extraction, election: str, source: str | None, plan: Plan | None, wrote: bool) -> dict[str, Any]:
    from kzcheck import __version__

    entries = [entry_document(e, plan, i) for i, e in enumerate(x.entries, start=1)]
    return {
        "schema": SCHEMA,
        "kzcheck_version": __version__,
        "election": election,
        "source": source,
        "language": x.language,
        "written": wrote,
        "counts": _counts(x),
        "entries": entries,
        "ignored": [{"value_printed": i.printed, "span": [i.start, i.end], "why": i.why} for i in x.ignored],
    }


def _counts(x: Extraction) -> dict[str, int]:
    out = {"entries": len(x.entries), "confident": 0, "uncertain": 0, "unattributed": 0, "ignored": len(x.ignored)}
    for e in x.entries:
        out[e.confidence] += 1
    return out


def summary_line(x: Extraction) -> str:
    """The counts line (`--quiet` prints it alone): figures by confidence, and the numbers left aside."""
    c = _counts(x)
    return (
        f"{c['entries']} figure(s): {c['confident']} confident, {c['uncertain']} uncertain, "
        f"{c['unattributed']} unattributed; {c['ignored']} other number(s) ignored"
    )


def _who(e: Entry) -> str:
    if e.subject == "official":
        return "official"
    if e.pollster:
        printed = e.pollster_printed or ""
        return e.pollster if printed == e.pollster else f"{printed} → {e.pollster}"
    return "?" if e.subject is None else "poll (unnamed)"


def render_text(x: Extraction, election: str, source: str | None, plan: Plan | None, wrote: bool, out: TextIO) -> None:
    out.write(
        f"kzcheck extract — election {safe(election)} — source {safe(source or 'not given')} — language {x.language}\n"
        f"{summary_line(x)}\n\n"
    )
    header = (
        "#",
        "kind",
        "who",
        "option/line",
        "area",
        "time",
        "printed",
        "value",
        "precision",
        "sentence",
        "confidence",
    )
    rows = [
        (
            str(i),
            e.kind,
            _who(e),
            e.option or e.line or "",
            e.area or "",
            e.time_of_day or "",
            ((e.number.qualifier_printed + " ") if e.number.qualifier_printed else "") + e.number.printed,
            str(number_value(e)),
            step_text(e.number.step),
            str(e.sentence.index + 1) + (f" ← {e.attributed_from + 1}" if e.attributed_from is not None else ""),
            e.confidence,
        )
        for i, e in enumerate(x.entries, start=1)
    ]
    table: list[tuple[str, ...]] = [header, *(tuple(safe(v) for v in r) for r in rows)]
    widths = [max(len(r[k]) for r in table) for k in range(len(header))]
    for cells in table:
        out.write("  ".join(v.ljust(w) for v, w in zip(cells, widths, strict=True)).rstrip() + "\n")
    out.write("  (sentence: where the figure is ← where its pollster or the commission is named)\n")
    notes = [(i, e) for i, e in enumerate(x.entries, start=1) if e.confidence != CONFIDENT]
    if notes:
        out.write("\n")
    for i, e in notes:
        why = "; ".join(e.reasons) or "no pollster or commission is named for it"
        out.write(
            f"  #{i} {e.confidence}: {safe(why)}\n      in sentence {e.sentence.index + 1}: «{safe(e.sentence.text)}»\n"
        )
    if x.ignored:
        out.write("\nNot figures of the data:\n")
        for ig in x.ignored:
            out.write(f"  {safe(ig.printed)}: {safe(ig.why)}\n")
    if plan is not None:
        verb = "Written" if wrote else "Would write (add --write)"
        out.write(f"\n{verb}: {len(plan.rows)} row(s)\n")
        for r in plan.rows:
            out.write(f"  {safe(display_path(r.path))}: {safe(','.join(r.values.values()))}\n")
        if plan.not_written:
            out.write(f"Not written: {len(plan.not_written)}\n")
            for e, why in plan.not_written:
                out.write(f"  #{x.entries.index(e) + 1}: {safe(why)}\n")
