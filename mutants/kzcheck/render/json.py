"""JSON output: the whole result, versioned (`schema`), documented in docs/output.md."""

from __future__ import annotations

import json
import math
from typing import Any, TextIO

from kzcheck import __version__
from kzcheck.model.findings import RunResult

SCHEMA = "kzcheck/validate/v1"


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
    return {
        "schema": SCHEMA,
        "kzcheck_version": __version__,
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
            }
            for o in result.outcomes
        ],
        "findings": [f.to_dict() for f in result.findings],
        **{k: v for k, v in result.extras.items()},
    }


def render(result: RunResult, out: TextIO) -> None:
    json.dump(_clean(document(result)), out, ensure_ascii=False, indent=2, default=str)
    out.write("\n")
