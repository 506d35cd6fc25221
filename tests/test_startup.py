"""The process's start: the command line imports the dependencies with the cycle collector off, then freezes them;
kzcheck imported by a script or notebook leaves the collector as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from kzcheck import cli, startup


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A process kzcheck has not started in yet; the test process's collector restored afterwards."""
    monkeypatch.setattr(startup, "_owned", False)
    monkeypatch.setattr(startup, "_imported", set())
    enabled, thresholds = gc.isenabled(), gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    (gc.enable if enabled else gc.disable)()


def test_the_command_line_imports_the_stack_with_the_collector_off_then_freezes_it(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    gc.enable()
    gc.set_threshold(700, 10, 10)
    during: list[bool] = []
    real = startup._import
    monkeypatch.setattr(startup, "_import", lambda parts: (during.append(gc.isenabled()), real(parts))[1])
    startup.own()
    assert gc.isenabled()  # owning the process changes nothing until the stack is imported
    startup.stack()
    assert during == [False]
    assert gc.isenabled()
    assert gc.get_threshold() == (100_000, 50, 100)
    assert gc.get_freeze_count() > 10_000  # the dependencies' objects: no collection walks them again
    frozen = gc.get_freeze_count()
    startup.stack()  # a second run in the same process (watch) changes nothing
    assert gc.get_freeze_count() == frozen
    assert during == [False]


def test_a_run_whose_suites_are_judged_elsewhere_imports_the_stack_without_great_expectations(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts: list[set[str]] = []
    monkeypatch.setattr(startup, "_import", parts.append)
    startup.own()
    startup.stack(gx=False)
    startup.stack(gx=False)  # imported already
    startup.stack()  # a verdict the other process did not give: Great Expectations after all, and only it
    startup.stack()
    assert parts == [{"pandas", "pandera"}, {"gx"}]


def test_a_script_importing_kzcheck_keeps_its_own_collector_settings(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    gc.enable()
    gc.set_threshold(700, 10, 10)
    during: list[bool] = []
    real = startup._import
    monkeypatch.setattr(startup, "_import", lambda parts: (during.append(gc.isenabled()), real(parts))[1])
    before = gc.get_freeze_count()
    startup.stack()
    assert during == [True]
    assert gc.isenabled()
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.get_freeze_count() == before


def test_the_program_owns_the_process_and_main_in_process_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(startup, "own", lambda: calls.append("own"))
    monkeypatch.setattr(cli, "main", lambda: calls.append("main"))
    cli.entry()
    assert calls == ["own", "main"]


def test_release_trims_the_heap_only_when_the_command_line_owns_the_process(
    fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    trims: list[int] = []
    monkeypatch.setattr(startup, "_trim", trims.append)
    startup.release()
    assert trims == []  # a script's process: its memory is its own business
    startup.own()
    startup.release()
    assert trims == [0]  # malloc_trim(0): everything free above the heap's base


def test_validate_releases_after_loading_and_after_each_check_module(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from kzcheck import run
    from kzcheck.checks import modules

    calls: list[int] = []
    monkeypatch.setattr(startup, "release", lambda: calls.append(1))
    run.validate(Path(__file__).resolve().parent.parent / "data")
    assert len(calls) == 1 + len(list(modules()))
