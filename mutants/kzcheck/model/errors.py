"""The one error kzcheck raises when it cannot run: unreadable input or a bad call.

Everything the data says wrong is a finding (exit code 1); an `InputError` means kzcheck could not read what it was
given (exit code 2). Each carries a stable code, the place, and what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2


@dataclass
class InputError(Exception):
    """Input kzcheck cannot use at all: a missing folder, a malformed election file, a missing column."""

    code: str
    message: str
    file: str | None = None
    row: int | None = None
    column: str | None = None
    hint: str | None = None

    def __str__(self) -> str:
        return self._text(str)

    def safe(self) -> str:
        """The message for a terminal or a CI log: every part neutralised (see `kzcheck.neutral`)."""
        from kzcheck.neutral import neutral

        return self._text(neutral)

    def _text(self, part: Callable[[object], str]) -> str:
        where = ""
        if self.file:
            where = part(self.file)
            if self.row is not None:
                where += f", row {self.row}"
            if self.column:
                where += f", column {part(repr(self.column))}"
            where += ": "
        text = f"[{self.code}] {where}{part(self.message)}"
        if self.hint:
            text += f"\n  hint: {part(self.hint)}"
        return text
