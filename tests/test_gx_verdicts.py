"""A suite's verdicts are reused only for the same suite file, parameters and frame values (`kzcheck watch`)."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

import kzcheck.gx.engine as engine


@pytest.fixture
def suites(tmp_path, monkeypatch):
    """A private copy of the suites, and a count of the suite runs Great Expectations actually does."""
    folder = tmp_path / "expectations"
    shutil.copytree(engine.SUITES, folder)
    monkeypatch.setattr(engine, "SUITES", folder)
    monkeypatch.setattr(engine, "_verdicts", engine.OrderedDict())
    runs: list[str] = []
    real = engine._run_suite

    def counted(name, frame, parameters):
        runs.append(name)
        return real(name, frame, parameters)

    monkeypatch.setattr(engine, "_run_suite", counted)
    return folder, runs


def polls(sizes: list[float | None]) -> pd.DataFrame:
    n = len(sizes)
    return pd.DataFrame(
        {
            "election": ["e"] * n,
            "poll": [f"p{i}" for i in range(n)],
            "sample_size": pd.array(sizes, dtype="Float64"),
            "margin_of_error": pd.array([None] * n, dtype="Float64"),
            "turnout_estimate": pd.array([None] * n, dtype="Float64"),
        }
    )


def rejected(runs: list[engine.ExpectationRun], check: str) -> list[int]:
    return next(r.rows for r in runs if r.check == check)


def test_the_same_frame_again_is_answered_without_running_the_suite(suites):
    _, runs = suites
    first = engine.run_suite("polls", polls([1200, None, 800]))
    again = engine.run_suite("polls", polls([1200, None, 800]))
    assert runs == ["polls"]
    assert rejected(first, "poll.sample-size") == rejected(again, "poll.sample-size") == [1]
    again[0].rows.append(99)  # a caller changing what it was given changes nothing kept
    assert 99 not in engine.run_suite("polls", polls([1200, None, 800]))[0].rows


def test_a_changed_value_or_order_runs_the_suite_again(suites):
    _, runs = suites
    engine.run_suite("polls", polls([1200, None, 800]))
    moved = engine.run_suite("polls", polls([None, 1200, 800]))  # the same values, another row order
    assert rejected(moved, "poll.sample-size") == [0]
    filled = engine.run_suite("polls", polls([1200, 1000, 800]))
    assert rejected(filled, "poll.sample-size") == []
    assert runs == ["polls"] * 3


def test_an_edited_suite_file_runs_the_suite_again(suites):
    folder, runs = suites
    engine.run_suite("polls", polls([1200, None, 800]))
    path = folder / "polls.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["expectations"] = [e for e in doc["expectations"] if e["meta"]["check"] != "poll.sample-size"]
    path.write_text(json.dumps(doc), encoding="utf-8")
    after = engine.run_suite("polls", polls([1200, None, 800]))
    assert runs == ["polls", "polls"]
    assert "poll.sample-size" not in {r.check for r in after}
