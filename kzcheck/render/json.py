"""JSON output: the whole result with every analysis table, versioned (`schema`), documented in docs/output.md and
described by the JSON Schema shipped in `kzcheck/render/schemas/validate-v2.schema.json`."""

from __future__ import annotations

import json
import math
import re
from typing import Any, TextIO

from kzcheck import __version__
from kzcheck.model.findings import RunResult
from kzcheck.model.tables import Tables

SCHEMA = "kzcheck/validate/v2"
# What json leaves raw inside a string but a terminal may obey or hide: DEL, the C1 controls (U+009B is a CSI on
# some terminals), line and paragraph separators, direction overrides. As \u escapes the document means the same.
_RAW = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")


def dump(doc: Any, out: TextIO) -> None:
    """`doc` as indented JSON on `out`: letters as letters on a UTF-8 stream (all-ASCII escapes on any other, so
    the document stays valid whatever the encoding), and nothing a terminal would act on."""
    from kzcheck.streams import is_utf8

    text = json.dumps(doc, ensure_ascii=not is_utf8(out), indent=2, default=str)
    text = _RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text).replace("##[", "#\\u0023[")  # ##[ is a v1 command
    out.write(text + "\n")


def _clean(value: Any) -> Any:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return _clean(value.item())
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def document(result: RunResult) -> dict[str, Any]:
    tables = result.tables or Tables(exit_poll_deff=None)
    return {
        "schema": SCHEMA,
        "kzcheck_version": __version__,
        "command": result.command,
        "data": result.data_dir,
        "counts": result.counts(),
        "outcomes_by_status": result.status_counts(),
        "elections": [vars(e) for e in result.elections],
        "checks": [
            {"id": s.id, "title": s.title, "severity": s.severity.value, "engine": s.engine}
            for s in result.specs.values()
        ],
        "outcomes": [
            {
                "check": o.check,
                "election": o.election,
                "subject": o.subject,
                "status": o.status.value if o.status else None,
                "note": o.note,
                "findings": len(o.findings),
                "omitted": dict(o.omitted),
            }
            for o in result.outcomes
        ],
        "findings": [f.to_dict() for f in result.findings],
        **tables.to_dict(),
        **({"baseline": result.baseline.to_dict()} if result.baseline is not None else {}),
    }


def render(result: RunResult, out: TextIO, **_options: object) -> None:
    dump(_clean(document(result)), out)
