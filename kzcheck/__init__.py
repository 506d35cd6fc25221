"""kzcheck: validation and reconciliation of Kazakhstan's election figures.

The command line is `kzcheck`; the Python API is `kzcheck.validate(path)` (see kzcheck/api.py), which returns the run
result with `.findings`, `.outcomes` and `.findings_frame()` (a pandas DataFrame). Importing kzcheck stays light: the
data libraries load on the first call.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"
__all__ = ["InputError", "RunResult", "Severity", "__version__", "validate"]

# Where each public name lives. Imported by name on first use (no import statement here), so that every module
# importing `kzcheck` for its version does not depend on the whole pipeline (the import-linter contracts).
_PUBLIC = {
    "validate": "kzcheck.api",
    "InputError": "kzcheck.model.errors",
    "RunResult": "kzcheck.model.findings",
    "Severity": "kzcheck.model.findings",
}


def __getattr__(name: str) -> Any:
    """`kzcheck.validate` and the records it returns, imported when first used."""
    if name in _PUBLIC:
        return getattr(importlib.import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module 'kzcheck' has no attribute {name!r}")
