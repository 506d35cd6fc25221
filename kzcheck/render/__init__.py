"""Renderers: each turns one `RunResult` into one output format, touching nothing else."""

from __future__ import annotations

import importlib
from collections.abc import Callable

FORMATS = {
    "text": "kzcheck.render.text",
    "json": "kzcheck.render.json",
    "junit": "kzcheck.render.junit",
    "github": "kzcheck.render.github",
    "sarif": "kzcheck.render.sarif",
}


def renderer(name: str) -> Callable[..., None]:
    """`render(result, out, **options)` of a format; options it does not use (`fail_on`, `show_all`) are ignored."""
    return importlib.import_module(FORMATS[name]).render  # type: ignore[no-any-return]
