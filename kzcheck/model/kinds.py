"""One record for every kind of finding, whichever catalogue declares it: a check's entry or an input defect.

A kind's template *is* the message: a check or the reader builds its finding with `kind.finding(**fields)` (an input
defect kzcheck cannot read past with `kind.error(**fields)`), which renders the template with those fields and keeps
them on the finding, so a message can never drift from its catalogue entry (a test re-renders every finding of a run).
A kind whose message takes more than one shape names each shape in `variants`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from string import Formatter
from typing import Any

from kzcheck.model.errors import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, InputError
from kzcheck.model.findings import Finding, Severity

READER = "reader"  # kzcheck/load: reported while files are read


@dataclass(frozen=True, slots=True)
class Kind:
    """A kind of finding: its stable id, title, description, severity (None: fatal), message template and origin (the
    engine that runs a check, or the part of kzcheck that reports an input defect)."""

    id: str
    title: str
    description: str
    severity: Severity | None
    template: str = ""
    origin: str = "kzcheck"
    hint: str = ""  # what to do, shown under a fatal error
    locates: str = "row"  # what the message names: "row" (file and row), "file" or "folder"
    variants: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # other shapes of the message

    @classmethod
    def check(
        cls,
        id: str,
        title: str,
        description: str,
        severity: Severity,
        engine: str = "kzcheck",
        template: str = "",
        *,
        variants: dict[str, str] | None = None,
    ) -> CheckKind:
        """A check's entry: what it checks and why, its severity and the engine that runs it."""
        return CheckKind(id, title, description, severity, template, engine, variants=dict(variants or {}))

    @classmethod
    def defect(
        cls,
        code: str,
        title: str,
        description: str,
        template: str,
        severity: Severity | None,
        *,
        hint: str = "",
        locates: str = "row",
        reported_by: str = READER,
    ) -> Kind:
        """An input defect's entry: a way a data file can arrive wrong, and how bad it is (None: fatal)."""
        return cls(code, title, description, severity, template, reported_by, hint, locates)

    # the names the two catalogues gave these fields before they were one
    @property
    def code(self) -> str:
        return self.id

    @property
    def engine(self) -> str:
        return self.origin

    @property
    def reported_by(self) -> str:
        return self.origin

    @property
    def fatal(self) -> bool:
        return self.severity is None

    @property
    def exit_code(self) -> int:
        """The exit code a run with only this kind of finding ends with (default `--fail-on error`)."""
        if self.severity is None:
            return EXIT_UNUSABLE
        return EXIT_FINDINGS if self.severity is Severity.ERROR else EXIT_OK

    @property
    def templates(self) -> dict[str, str]:
        """Every shape of the message by variant name; the main template is variant ``""``."""
        return {"": self.template, **self.variants}

    @property
    def fields(self) -> tuple[str, ...]:
        """The names its (main) template fills, in order of first use."""
        return self.fields_of("")

    def fields_of(self, variant: str) -> tuple[str, ...]:
        """The names one shape of the message fills, in order of first use."""
        text = self.templates[variant]
        names = [name.split(".")[0].split("[")[0] for _, name, _, _ in Formatter().parse(text) if name]
        return tuple(dict.fromkeys(names))

    def message(self, variant: str = "", /, **fields: Any) -> str:
        """The message: the template (or the named variant) rendered with the fields."""
        try:
            template = self.templates[variant]
        except KeyError:
            raise KeyError(f"{self.id} has no message variant {variant!r}") from None
        return template.format(**fields)

    def finding(
        self,
        variant: str = "",
        /,
        *,
        severity: Severity | None = None,
        election: str | None = None,
        subject: str | None = None,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        observed: Any = None,
        expected: Any = None,
        **fields: Any,
    ) -> Finding:
        """A finding of this kind, its message rendered from the template; `severity` only where the check grades
        its findings (a difference rounding explains is info, a misquote a warning)."""
        severity = severity or self.severity
        assert severity is not None, f"{self.id} is fatal: raise .error() instead"
        place: dict[str, Any] = {
            "election": election,
            "file": file,
            "row": row,
            "column": column,
        }  # templates name them
        values = {**place, **fields}
        message = self.message(variant, **values)
        seen = {"observed": observed, "expected": expected}
        return Finding(self.id, severity, message, subject=subject, variant=variant, fields=values, **place, **seen)

    def error(
        self,
        *,
        file: str | None,
        row: int | None = None,
        column: str | None = None,
        hint: str | None = None,
        **fields: Any,
    ) -> InputError:
        """The `InputError` for a fatal defect (raise it)."""
        return InputError(
            self.id,
            self.message(column=column, **fields),
            file=file,
            row=row,
            column=column,
            hint=hint if hint is not None else (self.hint.format(column=column, **fields) or None),
        )


@dataclass(frozen=True, slots=True)
class CheckKind(Kind):
    """The kind of a check's findings: a Kind that is never fatal (a check reports; only reading can stop a run)."""

    severity: Severity
