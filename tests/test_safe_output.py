"""Arbitrary text through every printer: no printed line can start a workflow command, no control character survives.

GitHub Actions reads `::command::` at the start of any log line (after leading white space) and the older `##[command]`
anywhere in one, on stdout and stderr alike; a terminal obeys ESC, CSI (also the one-character U+009B) and OSC
sequences. Every value below is anyone's text: an election name, a file name, a pollster, a cell value in a message.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzcheck.analysis.deadlines import ElectionDeadlines, Publication, State
from kzcheck.commands.status import render_text as status_text
from kzcheck.model.errors import InputError
from kzcheck.model.findings import ElectionSummary, Finding, Outcome, RunResult, Severity, Status
from kzcheck.model.kinds import Kind
from kzcheck.neutral import neutral, safe_line
from kzcheck.render import compare_text, github, reconcile_text
from kzcheck.render import json as json_render
from kzcheck.render import text as text_render

HOSTILE = [
    "\n::error file=forged.csv,line=1::forged",
    "::stop-commands::tok",
    "\r\n::add-mask::secret",
    "  ::warning::indented",
    "\u00a0::notice::after a no-break space",
    "x ##[error]v1 form",
    "\x1b]0;new title\x07",
    "\x1b[31mred\x1b[0m",
    "\x9b2J",
    "\u202egnp.exe",
    ":::::",
    "\u2028::error::after a line separator",
    "[bold]markup[/bold] [link=x]",
]
text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40), st.sampled_from(HOSTILE).map(lambda s: "Нұр " + s))
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
OURS = re.compile(r"^::(error|warning|notice) [^\n]*?::|^::group::kzcheck findings$|^::endgroup::$")


def result(values: list[str]) -> RunResult:
    """A run whose every text field is one of `values` (cycled)."""
    v = (values * 12)[:12]
    findings = [
        Finding(
            "poll.sum",
            sev,
            v[i],
            election="kz-x",
            subject=v[i + 1],
            file=v[i + 2],
            row=3,
            column=v[i + 3],
            acknowledged=v[i + 4] if sev is Severity.INFO else None,
        )
        for i, sev in enumerate((Severity.ERROR, Severity.WARNING, Severity.INFO))
    ]
    outcomes = [
        Outcome("poll.sum", "kz-x", v[5], findings),
        Outcome("poll.mode", "kz-x", v[6], [], Status.ERRORED, v[7]),
    ]
    elections = [ElectionSummary("kz-x", v[8], v[9], "2024-10-06", results={v[10]: 1})]
    specs = {"poll.sum": Kind.check("poll.sum", v[11], "", Severity.ERROR, "kzcheck")}
    return RunResult(v[0], elections, outcomes, specs)


def printed(values: list[str]) -> dict[str, str]:
    """What each printer writes for the same hostile run."""
    r = result(values)
    outputs = {}
    for name, render in (
        ("text", text_render.render),
        ("json", json_render.render),
        ("compare", compare_text.render),
        ("reconcile", reconcile_text.render),
    ):
        out = io.StringIO()
        render(r, out)
        outputs[name] = out.getvalue()
    out = io.StringIO()
    github.render(r, out, env={})
    outputs["github"] = out.getvalue()
    day = dt.date(2024, 10, 6)
    rows = [
        ElectionDeadlines(
            values[0],
            values[-1],
            day,
            day,
            values[0],
            None,
            [Publication("final", State.PUBLISHED, values[-1]), Publication("preliminary", State.DUE, None, day)],
        )
    ]
    out = io.StringIO()
    status_text(rows, values[0], day, True, out)
    outputs["status"] = out.getvalue()
    error = InputError("input.csv", values[0], file=values[-1], row=2, column=values[0], hint=values[-1])
    outputs["error"] = f"kzcheck: {error.safe()}\n"
    return outputs


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(values=st.lists(text, min_size=1, max_size=6))
def test_no_printed_line_starts_a_command_or_carries_a_control_character(monkeypatch, values):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    for name, output in printed(values).items():
        for line in output.split("\n"):
            if name == "github" and OURS.match(line):
                assert not CONTROL.search(line), (name, line)
                continue
            assert not CONTROL.search(line), (name, line)
            assert safe_line(line), (name, line)


@settings(max_examples=40, deadline=None)
@given(values=st.lists(text, min_size=1, max_size=6))
def test_github_output_has_exactly_the_commands_kzcheck_means(values):
    out = io.StringIO()
    github.render(result(values), out, env={})
    commands = [ln for ln in out.getvalue().split("\n") if ln.lstrip().startswith("::")]
    annotated, _left = github.plan(result(values))
    assert len(commands) == len(annotated) + 2  # the annotations, ::group:: and ::endgroup::
    assert all(OURS.match(c) for c in commands)


@settings(max_examples=40, deadline=None)
@given(values=st.lists(text, min_size=1, max_size=6))
def test_json_keeps_every_value_while_escaping_what_a_terminal_would_obey(values):
    out = io.StringIO()
    json_render.render(result(values), out)
    doc = json.loads(out.getvalue())
    assert doc["data"] == result(values).data_dir  # the value itself, unchanged, once parsed
    assert [f["message"] for f in doc["findings"]] == [f.message for f in result(values).findings]
    assert not CONTROL.search(out.getvalue().replace("\n", ""))


def test_the_neutraliser_by_hand():
    assert neutral("a\n::error::b") == "a\\n:\\:error:\\:b"
    assert neutral(":::") == ":\\:\\:"
    assert neutral("\x1b]0;t\x07") == "\\x1b]0;t\\x07"
    assert neutral("\x9b2J") == "\\x9b2J"
    assert neutral("x ##[error]") == "x ##\\[error]"
    assert neutral("\u202eexe") == "\\u202eexe"
    assert neutral("«Аманат» 53,46 %") == "«Аманат» 53,46 %"  # letters, quotes, spaces: untouched
    assert neutral("C:\\data\\figures.csv") == "C:\\data\\figures.csv"
