"""The text output written plainly to a file or a pipe says exactly what the styled console says, character for
character: plain lines are a fast path (a million findings in seconds), never a second wording."""

from __future__ import annotations

import io

from rich.console import Console

from kzcheck.model.findings import Finding, Outcome, RunResult, Severity
from kzcheck.render import text


def _finding(message: str, **kw: object) -> Finding:
    base: dict[str, object] = {
        "election": "kz-2023-mazhilis",
        "subject": "poll:iei",
        "file": "data/figures/kz-2023-mazhilis.csv",
        "row": 7,
        "column": "share",
    }
    base.update(kw)
    severity = base.pop("severity", Severity.ERROR)
    return Finding("poll.sum", severity, message, **base)  # type: ignore[arg-type]


AWKWARD = [
    _finding("shares sum to 93.56, outside 100 ± 0.085"),
    _finding("a [bold]name[/] in brackets and [link=x]a link[/link], :warning: as text"),
    _finding("a line\nbreak, a \x1b[31mcolour\x1b[0m escape and ::error file=x::forged", row=8),
    _finding("noted", acknowledged="the source's own [typo]", severity=Severity.WARNING),
    _finding("no file", file=None, row=None, column=None, severity=Severity.INFO),
]


def _result(findings: list[Finding]) -> RunResult:
    return RunResult("data", [], [Outcome("poll.sum", f.election, f.subject, [f]) for f in findings], {})


def test_a_plain_line_is_the_styled_line_without_its_styles():
    for f in AWKWARD:
        styled = io.StringIO()
        Console(file=styled, color_system=None, highlight=False, emoji=False, soft_wrap=True, width=160).print(
            text._line(f)
        )
        assert text._line(f, markup=False) + "\n" == styled.getvalue(), f.message


def test_to_a_file_every_finding_keeps_its_words_literally():
    out = io.StringIO()  # not a terminal: no colour, so the plain path writes the findings
    text.render(_result(AWKWARD), out)
    page = out.getvalue()
    assert "a [bold]name[/] in brackets and [link=x]a link[/link], :warning: as text" in page
    assert "\x1b" not in page and "\n::" not in page  # a control character or a forged command never gets through
    assert "reason: the source's own [typo]" in page
    errors = [ln for ln in page.splitlines() if ln.startswith("error ")]
    assert len(errors) == 3 and "data/figures/kz-2023-mazhilis.csv:7" in errors[0]
