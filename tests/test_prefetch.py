"""The expectation suites judged in a second process (kzcheck/prefetch.py): the same findings in the same order as a
run in one process; every verdict reused and none judged here when the worker read the same rows; a worker that
read other rows, failed, hung or wrote garbage costs only time; no worker where one would not pay."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import OrderedDict
from pathlib import Path

import pytest
from conftest import DATA, run_cli_raw
from helpers import edit_rows

from kzcheck import prefetch, startup
from kzcheck.gx import engine
from kzcheck.gx.inputs import suite_inputs
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load
from kzcheck.render.json import document
from kzcheck.run import validate

E23 = "kz-2023-mazhilis"


def shown(result) -> str:
    """The run as its JSON output shows it, in order, without the clock."""
    doc = document(result)
    doc.pop("generated", None)
    doc.pop("duration_seconds", None)
    return json.dumps(doc, sort_keys=True, default=str)


@pytest.fixture
def judged_here(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[int]]]:
    """An empty verdict cache (other tests of this process leave theirs), and every suite judged in this process
    noted as (suite, positions)."""
    monkeypatch.setattr(engine, "_verdicts", OrderedDict())
    calls: list[tuple[str, list[int]]] = []
    real = engine._run_suite

    def spy(name, doc, frame, parameters, only):  # noqa: ANN001, ANN202
        calls.append((name, list(only)))
        return real(name, doc, frame, parameters, only)

    monkeypatch.setattr(engine, "_run_suite", spy)
    return calls


@pytest.fixture
def owned(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process as the command line's: a run may start a worker (on any machine: two cores assumed)."""
    monkeypatch.setattr(startup, "_owned", True)
    monkeypatch.setattr(prefetch, "_cores", lambda: 2)
    monkeypatch.delenv(prefetch.SWITCH, raising=False)


def test_the_worker_judges_exactly_the_frames_a_full_load_gives_the_suites(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker reads only the poll tables, yet the suites get the same frames and parameters as from the run's
    full load (the pollster registry included: it names the polls' pollsters), and its verdicts are under the keys
    of every expectation of every suite over those frames."""
    full = suite_inputs(load(discover(DATA)))
    polls_only = suite_inputs(prefetch.poll_data(DATA, None))
    assert [name for name, _, _ in polls_only] == [name for name, _, _ in full] == ["poll_figures", "polls"]
    for (_, mine, my_params), (_, theirs, their_params) in zip(polls_only, full, strict=True):
        assert mine.equals(theirs) and list(mine.columns) == list(theirs.columns)
        assert my_params == their_params
    monkeypatch.setattr(engine, "_verdicts", OrderedDict())
    given = prefetch.judge(DATA, None)
    expected = {
        key for name, frame, params in full for key in engine._verdict_keys(name, engine._document(name), frame, params)
    }
    assert None not in expected
    assert len(expected) == sum(len(engine._document(n)["expectations"]) for n, _, _ in full)
    assert set(given) == expected


def test_a_run_with_a_worker_judges_no_suite_here_and_shows_what_a_run_without_one_shows(
    owned: None, judged_here: list
) -> None:
    alone = shown(validate(DATA))  # no worker asked for: every suite judged here
    assert {name for name, _ in judged_here} == {"poll_figures", "polls"}
    engine._verdicts.clear()
    judged_here.clear()
    started: list[prefetch.Prefetch] = []
    real_start = prefetch.start

    def noted(*args):  # noqa: ANN002, ANN202
        worker = real_start(*args)
        started.append(worker)
        return worker

    import kzcheck.run

    kzcheck.run.start_prefetch = noted  # type: ignore[assignment]
    try:
        with_worker = shown(validate(DATA, prefetch=True))
    finally:
        kzcheck.run.start_prefetch = real_start  # type: ignore[assignment]
    assert started and started[0] is not None and started[0].received > 0
    assert judged_here == []  # every verdict came from the worker
    assert with_worker == alone  # the findings, their order, the checks' catalogue order


def test_a_worker_that_read_other_rows_has_only_those_expectations_judged_here(
    owned: None, judged_here: list, data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker reads a folder where one share differs (as if the file was saved between its read and the run's):
    the verdicts of expectations that read `share` do not match and are judged again; the others are reused."""
    expected = shown(validate(data_copy))
    engine._verdicts.clear()
    judged_here.clear()
    other = data_copy.parent / "other"
    import shutil

    shutil.copytree(data_copy, other)
    edit_rows(
        other / "figures" / f"{E23}.csv",
        lambda rows: [{**r, "share": "99.9"} if i == 0 else r for i, r in enumerate(rows)],
    )
    real_start = prefetch.start
    monkeypatch.setattr("kzcheck.run.start_prefetch", lambda _dir, only: real_start(other, only))
    assert shown(validate(data_copy, prefetch=True)) == expected
    doc = engine._document("poll_figures")
    again = [i for name, only in judged_here if name == "poll_figures" for i in only]
    assert again, "the verdicts judged on the other folder's share were used"
    assert len(again) < len(doc["expectations"])  # the expectations not reading the share kept the worker's verdicts
    assert all(i in again for i, e in enumerate(doc["expectations"]) if e["kwargs"].get("column") == "share")
    assert not [name for name, _ in judged_here if name == "polls"]  # the polls did not differ


@pytest.mark.parametrize(
    "script",
    [
        "import sys; sys.exit(3)",  # the worker failed
        "print('not json')",  # it wrote something else
        "import time; time.sleep(30)",  # it hangs (the run waits TIMEOUT, then judges here)
    ],
    ids=["fails", "garbage", "hangs"],
)
def test_a_worker_that_fails_costs_time_never_a_finding(
    owned: None, judged_here: list, monkeypatch: pytest.MonkeyPatch, script: str
) -> None:
    expected = shown(validate(DATA))
    engine._verdicts.clear()
    judged_here.clear()
    workers: list[prefetch.Prefetch] = []

    def broken(_dir, _only):  # noqa: ANN001, ANN202
        workers.append(prefetch.Prefetch(subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE)))
        return workers[-1]

    monkeypatch.setattr("kzcheck.run.start_prefetch", broken)
    monkeypatch.setattr(prefetch, "TIMEOUT", 2.0)
    assert shown(validate(DATA, prefetch=True)) == expected
    assert {name for name, _ in judged_here} == {"poll_figures", "polls"}
    assert workers[0].received == 0
    assert workers[0].process.poll() is not None  # ended, not left running


def test_no_worker_for_a_script_a_single_core_or_when_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup, "_owned", False)
    assert prefetch.start(DATA, None) is None  # a script or notebook: kzcheck does not own the process
    monkeypatch.setattr(startup, "_owned", True)
    monkeypatch.setattr(prefetch, "_cores", lambda: 1)
    assert prefetch.start(DATA, None) is None  # one core: a second process would only compete with the first
    monkeypatch.setattr(prefetch, "_cores", lambda: 2)
    monkeypatch.setenv(prefetch.SWITCH, "0")
    assert prefetch.start(DATA, None) is None
    monkeypatch.delenv(prefetch.SWITCH)
    worker = prefetch.start(DATA, None)
    assert worker is not None
    worker.close()
    assert worker.process.poll() is not None


def test_the_command_line_gives_the_same_output_with_and_without_its_worker() -> None:
    """As a user runs it: a process of its own, which starts the worker; and with the worker switched off."""
    args = ("validate", "--format", "json", "--today", "2026-12-01")
    both = [run_cli_raw(*args, env=env) for env in ({}, {prefetch.SWITCH: "0"})]
    docs = []
    assert both[0].returncode == both[1].returncode == 0, both[0].stderr
    for result in both:
        doc = json.loads(result.stdout)
        doc.pop("generated", None)
        doc.pop("duration_seconds", None)
        docs.append(doc)
    assert docs[0]["findings"]  # the bundled data holds the reprints' misprints
    assert docs[0] == docs[1]


@pytest.mark.parametrize(
    ("root", "given", "expected"),
    [
        ("/src/checkout", None, "/src/checkout"),  # a checkout: its folder, so the worker imports this kzcheck
        ("/src/checkout", "/extra", f"/src/checkout{prefetch.os.pathsep}/extra"),
        ("/venv/lib/python3.11/site-packages", None, None),  # installed: found as it is, the environment untouched
        ("/venv/lib/python3.11/site-packages", "/extra", "/extra"),
    ],
)
def test_the_worker_imports_the_same_kzcheck_and_leaves_an_installed_ones_path_alone(
    owned: None, monkeypatch: pytest.MonkeyPatch, root: str, given: str | None, expected: str | None
) -> None:
    started: list[dict] = []

    class Started:
        stdout = None

        def __init__(self, argv: list[str], **options: object) -> None:
            started.append(options)

        def wait(self) -> int:
            return 0

        def poll(self) -> int:
            return 0

    monkeypatch.setattr(prefetch, "_PACKAGE_ROOT", Path(root))
    if given is None:
        monkeypatch.delenv("PYTHONPATH", raising=False)
    else:
        monkeypatch.setenv("PYTHONPATH", given)
    monkeypatch.setattr(prefetch.subprocess, "Popen", Started)
    worker = prefetch.start(DATA, None)
    assert worker is not None
    worker.close()
    env = started[0]["env"]
    assert (env or {}).get("PYTHONPATH") == expected
    assert env is None or env["PATH"] == prefetch.os.environ["PATH"]  # the rest of the environment as it was
