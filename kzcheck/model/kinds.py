"""One record for every kind of finding, whichever catalogue declares it: a check's spec or an input defect."""

from __future__ import annotations

from dataclasses import dataclass
from string import Formatter
from typing import Any

from kzcheck.model.findings import Severity


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of finding: its stable id, title, description, severity (None: fatal), message template and origin."""

    id: str
    title: str
    description: str
    severity: Severity | None
    template: str
    origin: str  # the engine that runs a check, or the part of kzcheck that reports an input defect

    @property
    def fields(self) -> tuple[str, ...]:
        """The names its template fills, in order of first use."""
        names = [name.split(".")[0].split("[")[0] for _, name, _, _ in Formatter().parse(self.template) if name]
        return tuple(dict.fromkeys(names))

    def message(self, **fields: Any) -> str:
        return self.template.format(**fields)
