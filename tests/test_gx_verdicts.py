"""An expectation's verdict is reused only for the same expectation, parameters and values of the columns it reads
(`kzcheck watch`); every other expectation of the suite is run again."""

from __future__ import annotations

import json
import random
import shutil

import pandas as pd
import pytest

import kzcheck.gx.engine as engine


@pytest.fixture
def suites(tmp_path, monkeypatch):
    """A private copy of the suites, and the checks of the expectations Great Expectations actually runs."""
    folder = tmp_path / "expectations"
    shutil.copytree(engine.SUITES, folder)
    monkeypatch.setattr(engine, "SUITES", folder)
    monkeypatch.setattr(engine, "_verdicts", engine.OrderedDict())
    ran: list[list[str]] = []
    real = engine._run_suite

    def counted(name, doc, frame, parameters, only):
        found = real(name, doc, frame, parameters, only)
        ran.append(sorted(found[i].check for i in only))
        return found

    monkeypatch.setattr(engine, "_run_suite", counted)
    return folder, ran


def polls(sizes: list[float | None], margins: list[float | None] | None = None) -> pd.DataFrame:
    n = len(sizes)
    return pd.DataFrame(
        {
            "election": ["e"] * n,
            "poll": [f"p{i}" for i in range(n)],
            "sample_size": pd.array(sizes, dtype="Float64"),
            "margin_of_error": pd.array(margins or [None] * n, dtype="Float64"),
            "turnout_estimate": pd.array([None] * n, dtype="Float64"),
        }
    )


def rejected(runs: list[engine.ExpectationRun], check: str) -> list[list[int]]:
    return [r.rows for r in runs if r.check == check]


def checks_of(folder, name: str) -> list[str]:
    doc = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
    return sorted(e["meta"]["check"] for e in doc["expectations"])


def test_the_same_frame_again_is_answered_without_running_any_expectation(suites):
    folder, ran = suites
    first = engine.run_suite("polls", polls([1200, None, 800]))
    again = engine.run_suite("polls", polls([1200, None, 800]))
    assert ran == [checks_of(folder, "polls")]
    assert rejected(first, "poll.sample-size") == rejected(again, "poll.sample-size")
    assert [1] in rejected(again, "poll.sample-size")
    assert all(engine.POSITION not in r.meta for r in again)  # the position is the engine's, never the caller's
    again[0].rows.append(99)  # a caller changing what it was given changes nothing kept
    assert 99 not in engine.run_suite("polls", polls([1200, None, 800]))[0].rows


def test_only_the_expectations_reading_a_changed_column_run_again(suites):
    folder, ran = suites
    engine.run_suite("polls", polls([1200, None, 800]))
    filled = engine.run_suite("polls", polls([1200, 1000, 800]))
    assert [] in rejected(filled, "poll.sample-size") and [1] not in rejected(filled, "poll.sample-size")
    doc = json.loads((folder / "polls.json").read_text(encoding="utf-8"))
    on_sizes = sorted(e["meta"]["check"] for e in doc["expectations"] if e["kwargs"].get("column") == "sample_size")
    assert on_sizes and ran[1] == on_sizes  # the margin and turnout expectations were not run again
    moved = engine.run_suite("polls", polls([None, 1200, 800]))  # the same values in another row order
    assert [0] in rejected(moved, "poll.sample-size")
    assert ran[2] == on_sizes


def test_an_edited_expectation_runs_again_and_a_removed_one_is_gone(suites):
    folder, ran = suites
    engine.run_suite("polls", polls([1200, None, 800]))
    path = folder / "polls.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    bounded = next(
        e for e in doc["expectations"] if e["kwargs"].get("column") == "sample_size" and "min_value" in e["kwargs"]
    )
    bounded["kwargs"]["min_value"] = 1000  # 800 is now too small
    dropped = next(e for e in doc["expectations"] if e["kwargs"].get("column") == "turnout_estimate")
    doc["expectations"].remove(dropped)
    path.write_text(json.dumps(doc), encoding="utf-8")
    after = engine.run_suite("polls", polls([1200, None, 800]))
    assert ran[1] == [bounded["meta"]["check"]]
    assert next(r.rows for r in after if r.meta == bounded["meta"]) == [2]
    assert dropped["meta"]["check"] not in {r.check for r in after}


def test_an_expectation_naming_no_column_runs_again_on_any_change(suites):
    folder, ran = suites
    path = folder / "polls.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["expectations"].append(
        {
            "type": "expect_table_row_count_to_be_between",
            "kwargs": {"min_value": 1, "max_value": 10},
            "meta": {"check": "poll.table", "title": "t", "description": "d"},
        }
    )
    path.write_text(json.dumps(doc), encoding="utf-8")
    engine.run_suite("polls", polls([1200, None, 800]))
    changed = polls([1200, None, 800])
    changed.loc[0, "poll"] = "renamed"  # a column no expectation names
    engine.run_suite("polls", changed)
    assert ran[1] == ["poll.table"]


def test_reused_verdicts_equal_a_fresh_run_of_the_whole_suite(suites):
    """After each of many random frames, the verdicts with reuse are those of the whole suite run afresh."""
    folder, _ = suites
    doc = json.loads((folder / "polls.json").read_text(encoding="utf-8"))
    every = list(range(len(doc["expectations"])))
    rng = random.Random(7)
    choices = [None, -5.0, 0.0, 1.0, 800.0, 1200.0, 49.0, 55.0]
    for _ in range(25):
        n = rng.randint(1, 4)
        frame = polls([rng.choice(choices) for _ in range(n)], [rng.choice(choices) for _ in range(n)])
        reused = engine.run_suite("polls", frame)
        kept, engine._verdicts = engine._verdicts, engine.OrderedDict()  # a process that has run nothing yet
        try:
            cold = engine.run_suite("polls", frame)
        finally:
            engine._verdicts = kept
        assert [(r.check, r.rows, r.error) for r in reused] == [(r.check, r.rows, r.error) for r in cold]
        assert len(reused) == len(every)
