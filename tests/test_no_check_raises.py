"""No check raises: a check whose input breaks is reported as errored (exit 1, never a traceback) and the others still
run; `kzcheck --debug` lets the error surface, with its traceback, in every command."""

from __future__ import annotations

import io
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kzcheck.analysis import consensus
from kzcheck.checks import MODULES, modules
from kzcheck.cli import COMMANDS, EXIT_INTERNAL, main
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Severity, Status
from kzcheck.run import run_module, validate

ROOT = Path(__file__).resolve().parents[1]
E24 = "kz-2024-referendum"


class Broken:
    """A check's input (the loaded data, the run's analysis) that breaks on any use."""

    def __getattr__(self, name: str) -> object:
        raise RuntimeError(f"broken input: {name}")


@pytest.mark.parametrize("name", MODULES)
def test_a_check_whose_input_breaks_is_errored_and_never_raises(name: str) -> None:
    module = next(m for m in modules() if m.__name__ == name)
    outcomes = run_module(module, Broken(), RunConfig(), Broken())
    assert [o.check for o in outcomes] == [s.id for s in module.SPECS]
    assert all(o.status is Status.ERRORED and o.findings == [] for o in outcomes)
    assert all("RuntimeError: broken input" in o.note and "--debug" in o.note for o in outcomes)


@pytest.mark.parametrize("name", MODULES)
def test_with_debug_a_checks_error_surfaces(name: str) -> None:
    module = next(m for m in modules() if m.__name__ == name)
    with pytest.raises(RuntimeError, match="broken input"):
        run_module(module, Broken(), RunConfig(debug=True), Broken())


def test_a_broken_analysis_table_errs_the_checks_that_read_it_and_the_run_still_reports(monkeypatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("consensus builder broke")

    monkeypatch.setattr(consensus, "consensus", broken)
    result = validate(ROOT / "data", [E24], RunConfig(today="2026-01-01"))
    errored = {o.check for o in result.outcomes if o.status is Status.ERRORED}
    assert {"outlets.agree", "reconciliation.accuracy", "analysis"} <= errored
    assert not any(c.startswith(("schema.", "official.", "poll.")) for c in errored)  # they do not read it
    assert result.verdict() is Status.ERRORED and result.exit_code(Severity.ERROR) == 1
    assert result.tables is not None and result.tables.reconciliation == []
    with pytest.raises(RuntimeError, match="consensus builder broke"):
        validate(ROOT / "data", [E24], RunConfig(today="2026-01-01", debug=True))


def _break_the_first_check(monkeypatch: pytest.MonkeyPatch) -> None:
    import kzcheck.checks.schema as schema

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a check broke")

    monkeypatch.setattr(schema, "run", broken)


RUNS_CHECKS = {
    "validate": ["validate", "--election", E24],
    "compare": ["compare", "--election", E24],
    "reconcile": ["reconcile", "--election", E24],
    "pollsters": ["pollsters", "--election", E24],
    "report": ["report", "--election", E24, "--out", "{out}"],
}


@pytest.mark.parametrize("command", sorted(RUNS_CHECKS))
def test_debug_reaches_the_checks_in_every_command_that_runs_them(command, monkeypatch, tmp_path) -> None:
    _break_the_first_check(monkeypatch)
    argv = [a.replace("{out}", str(tmp_path / "report")) for a in RUNS_CHECKS[command]]
    result = CliRunner().invoke(main, ["--debug", *argv])
    assert isinstance(result.exception, RuntimeError) and "a check broke" in str(result.exception)


def test_without_debug_a_broken_check_is_errored_not_a_traceback(monkeypatch) -> None:
    _break_the_first_check(monkeypatch)
    result = CliRunner().invoke(main, ["validate", "--election", E24, "--format", "json"])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and '"errored"' in result.output and "a check broke" in result.output


def _break(monkeypatch: pytest.MonkeyPatch, command: str) -> list[str]:
    """Make `command` meet an internal error; return its arguments."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("internal failure")

    if command in RUNS_CHECKS:
        import kzcheck.run

        monkeypatch.setattr(kzcheck.run, "validate", broken)
        return [a.replace("{out}", "report-out") for a in RUNS_CHECKS[command]]
    if command == "status":
        import kzcheck.commands.status

        monkeypatch.setattr(kzcheck.commands.status, "all_deadlines", broken)
        return ["status"]
    if command == "checks":
        import kzcheck.catalogue

        monkeypatch.setattr(kzcheck.catalogue, "all_specs", broken)
        return ["checks"]
    if command == "extract":
        import kzcheck.extract.article

        monkeypatch.setattr(kzcheck.extract.article, "read_article", broken)
        return ["extract", "-", "--election", E24]
    raise AssertionError(f"no way to break {command}")


@pytest.mark.parametrize("command", [c for c in COMMANDS if c != "watch"])
def test_debug_is_honoured_by_every_command(command, monkeypatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)
    argv = _break(monkeypatch, command)
    plain = CliRunner().invoke(main, argv, input="The exit poll gave Yes 69.8 per cent.\n")
    assert plain.exit_code == EXIT_INTERNAL, plain.output
    assert "internal error: RuntimeError: internal failure" in plain.output and "--debug" in plain.output
    debug = CliRunner().invoke(main, ["--debug", *argv], input="The exit poll gave Yes 69.8 per cent.\n")
    assert isinstance(debug.exception, RuntimeError) and str(debug.exception) == "internal failure"


def test_watch_honours_debug() -> None:
    from kzcheck.commands.watch import _step

    def broken() -> None:
        raise RuntimeError("internal failure")

    for debug in (False, True):
        ctx = click.Context(main)
        ctx.params = {"debug": debug}
        out = io.StringIO()
        with ctx:
            if debug:
                with pytest.raises(RuntimeError, match="internal failure"):
                    _step(broken, None, None, out, None)  # the run fails before the options are read
            else:
                _step(broken, None, None, out, None)  # the run fails before the options are read
                assert "internal error: RuntimeError: internal failure" in out.getvalue()
