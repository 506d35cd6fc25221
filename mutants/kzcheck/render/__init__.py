"""Renderers: each turns one `RunResult` into one output format, touching nothing else."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TextIO

from kzcheck.model.findings import RunResult

FORMATS = {
    "text": "kzcheck.render.text",
    "json": "kzcheck.render.json",
    "junit": "kzcheck.render.junit",
    "github": "kzcheck.render.github",
}


def renderer(name: str) -> Callable[[RunResult, TextIO], None]:
    return importlib.import_module(FORMATS[name]).render  # type: ignore[no-any-return]
