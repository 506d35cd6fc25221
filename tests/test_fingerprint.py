"""Stable fingerprints: the same defect in the same figure keeps its id across runs, folders and machines."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pandas as pd
import pytest
from conftest import DATA

from kzcheck.load.fingerprint import assign, relative_file
from kzcheck.load.table import FILE, LINE
from kzcheck.model.findings import Finding, Severity


@dataclass
class Frames:
    figures: pd.DataFrame


def figures(file: str, rows: list[tuple[int, str, str, str]]) -> Frames:
    return Frames(
        pd.DataFrame([{FILE: file, LINE: line, "poll": p, "source": s, "option": o} for line, p, s, o in rows])
    )


def negative(file: str, row: int, message: str = "baytaq share -3.22 is negative") -> Finding:
    return Finding(
        "poll.share-negative",
        Severity.ERROR,
        message,
        election="kz-2023-mazhilis",
        subject="poll:iei@tass",
        file=file,
        row=row,
        column="share",
        observed="-3.22",
    )


def test_rows_added_above_a_reworded_message_and_another_folder_keep_the_id():
    here = negative("data/figures/kz-2023-mazhilis.csv", 8)
    assign([here], "data", figures(here.file or "", [(8, "iei", "tass", "baytaq")]))
    moved = negative("/elsewhere/copy/data/figures/kz-2023-mazhilis.csv", 12, "Baytaq: a negative share (-3.2)")
    assign([moved], "/elsewhere/copy/data", figures(moved.file or "", [(12, "iei", "tass", "baytaq")]))
    assert here.fingerprint and len(here.fingerprint) == 16
    assert moved.fingerprint == here.fingerprint


def test_another_figure_or_another_check_is_another_id():
    file = "data/figures/kz-2023-mazhilis.csv"
    a, b = negative(file, 8), negative(file, 9)
    other_check = negative(file, 8)
    other_check.check = "poll.share-over-100"
    assign([a, b, other_check], "data", figures(file, [(8, "iei", "tass", "baytaq"), (9, "iei", "tass", "auyl")]))
    assert len({a.fingerprint, b.fingerprint, other_check.fingerprint}) == 3


def test_findings_no_key_tells_apart_still_get_unique_ids_in_row_order():
    file = "data/polls/kz-2023-mazhilis.csv"
    first, second = negative(file, 3), negative(file, 5)
    assign([second, first], "data", None)
    assert first.fingerprint != second.fingerprint
    again_first, again_second = negative(file, 3), negative(file, 5)
    assign([again_first, again_second], "data", None)
    assert (again_first.fingerprint, again_second.fingerprint) == (first.fingerprint, second.fingerprint)


def test_relative_file_uses_forward_slashes_relative_to_the_data_folder():
    assert relative_file("data/figures/x.csv", "data") == "figures/x.csv"
    assert relative_file("/a/b/data/figures/x.csv", "/a/b/data") == "figures/x.csv"
    assert relative_file(None, "data") is None


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """The bundled data validated from the repository (relative path) and from another folder (absolute path)."""
    from kzcheck.run import validate

    first = validate(DATA)
    cwd = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("elsewhere"))
    try:
        second = validate(DATA)
    finally:
        os.chdir(cwd)
    return first, second


def test_every_finding_of_a_run_has_a_unique_fingerprint_equal_across_runs(two_runs):
    first, second = two_runs
    ids = [f.fingerprint for f in first.findings]
    assert all(ids) and len(set(ids)) == len(ids) > 20
    assert {f.fingerprint: f.check for f in second.findings} == {f.fingerprint: f.check for f in first.findings}


def test_row_keys_for_the_rows_findings_name_equal_those_of_every_row() -> None:
    """Only the rows findings name are keyed (a million-row archive has a handful): each is keyed as before."""
    from pathlib import Path

    from kzcheck.load.dataset import discover
    from kzcheck.load.fingerprint import row_keys
    from kzcheck.load.frames import load

    data = load(discover(Path(__file__).resolve().parent.parent / "data", None))
    every = row_keys(data)
    wanted = set(list(every)[::7]) | {("no such file", 2)}
    some = row_keys(data, wanted)
    assert len(wanted) > 20
    assert {k: some[k] for k in wanted if k in every} == {k: every[k] for k in wanted if k in every}
    assert ("no such file", 2) not in some
    assert len(some) < len(every)
