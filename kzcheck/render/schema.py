"""The JSON Schema of `--format json` (kzcheck/validate/v2), made from the typed records themselves.

The shipped file `kzcheck/render/schemas/validate-v2.schema.json` is this module's output; a test keeps the two
equal, so a field added to a record is a field of the schema after `python -m kzcheck.render.schema`.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from enum import Enum
from pathlib import Path
from typing import Any

from kzcheck.model.findings import ElectionSummary, Finding, Severity, Status
from kzcheck.model.tables import Tables

SCHEMA = "kzcheck/validate/v2"
SCHEMAS = Path(__file__).resolve().parent / "schemas"
FILE = SCHEMAS / "validate-v2.schema.json"
COMMANDS = ("validate", "compare", "reconcile", "pollsters")

_SIMPLE = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


def _type(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any:
        return {}
    if hint in _SIMPLE:
        return {"type": _SIMPLE[hint]}
    if isinstance(hint, type) and issubclass(hint, Enum):
        return {"enum": [m.value for m in hint]}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if hint.__name__ not in defs:
            defs[hint.__name__] = {}  # placeholder against recursion
            defs[hint.__name__] = _object(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type(a, defs) for a in args]}
    if origin is list:
        return {"type": "array", "items": _type(args[0], defs)}
    if origin is dict:
        return {"type": "object", "additionalProperties": _type(args[1], defs)}
    raise TypeError(f"no JSON Schema for {hint!r}")


def _object(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.metadata.get("json", True)]
    doc = (cls.__doc__ or "").strip()
    out: dict[str, Any] = {"type": "object"}
    if doc and not doc.startswith(cls.__name__ + "("):
        out["description"] = " ".join(doc.split())
    out |= {
        "properties": {n: _type(hints[n], defs) for n in names},
        "required": names,
        "additionalProperties": False,
    }
    return out


_FIXED = {
    "type": "object",
    "properties": {
        k: {"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]}
        for k in ("fingerprint", "check", "severity", "election", "subject", "file", "row", "message")
    },
    "required": ["fingerprint", "check", "severity", "election", "subject", "file", "row", "message"],
    "additionalProperties": False,
}
BASELINE = {
    "description": "With --baseline FILE: new, unchanged and fixed findings (kzcheck/load/baseline.py)",
    "type": "object",
    "properties": {
        "file": {"type": "string"},
        "counts": {
            "type": "object",
            "properties": {k: {"type": "integer"} for k in ("new", "unchanged", "fixed")},
            "required": ["new", "unchanged", "fixed"],
            "additionalProperties": False,
        },
        "new": {"type": "array", "items": {"type": "string"}},
        "unchanged": {"type": "array", "items": {"type": "string"}},
        "fixed": {"type": "array", "items": _FIXED},
    },
    "required": ["file", "counts", "new", "unchanged", "fixed"],
    "additionalProperties": False,
}


def json_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {}
    tables = _object(Tables, defs)
    finding = _object(Finding, defs)
    string_or_null = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    properties: dict[str, Any] = {
        "schema": {"const": SCHEMA},
        "kzcheck_version": {"type": "string"},
        "command": {"enum": list(COMMANDS)},
        "data": {"type": "string"},
        "counts": {
            "type": "object",
            "properties": {k: {"type": "integer"} for k in ("error", "warning", "info", "acknowledged")},
            "required": ["error", "warning", "info", "acknowledged"],
            "additionalProperties": False,
        },
        "outcomes_by_status": {
            "type": "object",
            "properties": {s.value: {"type": "integer"} for s in Status},
            "required": [s.value for s in Status],
            "additionalProperties": False,
        },
        "elections": {"type": "array", "items": _type(ElectionSummary, defs)},
        "checks": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "title": {"type": "string"},
                    "severity": {"enum": [s.value for s in Severity]},
                    "engine": {"type": "string"},
                },
                "required": ["id", "title", "severity", "engine"],
                "additionalProperties": False,
            },
        },
        "outcomes": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "check": {"type": "string"},
                    "election": string_or_null,
                    "subject": string_or_null,
                    "status": {"enum": [s.value for s in Status]},
                    "note": {"type": "string"},
                    "findings": {"type": "integer"},
                    "omitted": {
                        "description": "findings past the findings limit, counted and not listed, by severity "
                        "('error', or 'error/acknowledged' for acknowledged ones)",
                        "type": "object",
                        "additionalProperties": {"type": "integer"},
                    },
                },
                "required": ["check", "election", "subject", "status", "note", "findings", "omitted"],
                "additionalProperties": False,
            },
        },
        "findings": {"type": "array", "items": finding},
        **tables["properties"],
    }
    required = list(properties)
    properties["baseline"] = BASELINE  # only with --baseline
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA,
        "title": "kzcheck's JSON output (validate, compare, reconcile), version 2",
        "description": "Documented in docs/output.md. Replaces kzcheck/validate/v1.",
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


def text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def shipped(name: str) -> dict[str, Any]:
    """A shipped schema by its `schema` value's file name (validate-v2, status-v1)."""
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(text())
