"""copy.disagree: an observers' copy of a protocol against the CEC's figures for the same area, line by line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import rows_of as read
from helpers import write_dicts as write

import kzcheck.checks.copies as copies
from benchmarks.synthetic import generate
from kzcheck.model.findings import Finding, RunResult, Severity, Status
from kzcheck.run import validate

COPY = "protocols/synthetic-01.observers.csv"
RESULTS = "results/synthetic-01.final.csv"
BUNDLED = Path(__file__).resolve().parent.parent / "data"


def found(result: RunResult) -> list[Finding]:
    return [f for f in result.findings if f.check == "copy.disagree"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    generate(root, stations=120, elections=1, seed=13)
    return root


@pytest.fixture
def data(archive: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(archive, tmp_path / "data"))


def test_copies_that_agree_pass(archive: Path) -> None:
    result = validate(archive)
    (o,) = [o for o in result.outcomes if o.check == "copy.disagree"]
    assert (o.subject, o.status) == ("copy:observers", Status.PASSED)
    assert found(result) == []


def test_a_line_that_differs_names_both_sources_the_line_and_both_values(data: Path) -> None:
    rows = read(data / COPY)
    target = next(i for i, r in enumerate(rows) if r["line"] == "ballots_issued")
    area, official = rows[target]["area"], int(rows[target]["count"])
    rows[target]["count"] = str(official - 12)
    write(data / COPY, rows)
    (f,) = found(validate(data))
    assert f.subject == f"area:{area}@observers/ballots_issued" and f.severity is Severity.ERROR
    assert f"observers (observers-synthetic) {official - 12:,}" in f.message
    assert f"cec (cec-synthetic) {official:,}" in f.message and "difference -12" in f.message
    assert "final results" in f.message
    assert (f.file.endswith("synthetic-01.observers.csv"), f.row) == (True, target + 2)
    assert (f.observed, f.expected) == (f"{official - 12:,}", f"{official:,}")


def test_a_figure_printed_with_other_spacing_is_the_same_figure(data: Path) -> None:
    rows = read(data / COPY)
    rows[0]["count"] = f" {rows[0]['count']} "
    write(data / COPY, rows)
    assert found(validate(data)) == []


def test_areas_the_cec_does_not_publish_are_not_compared(data: Path) -> None:
    rows = read(data / COPY)
    area = rows[0]["area"]
    write(data / RESULTS, [r for r in read(data / RESULTS) if r["area"] != area])
    for r in rows:
        if r["area"] == area:
            r["count"] = "1"
    write(data / COPY, rows)
    result = validate(data)
    assert [f for f in found(result) if area in (f.subject or "")] == []


def test_against_preliminary_when_no_final_is_published(data: Path) -> None:
    (data / RESULTS).rename(data / "results" / "synthetic-01.preliminary.csv")
    rows = read(data / COPY)
    rows[3]["count"] = str(int(rows[3]["count"]) + 1)
    write(data / COPY, rows)
    (f,) = found(validate(data))
    assert "preliminary results" in f.message


def test_the_bundled_observers_copy_has_nothing_official_to_meet() -> None:
    result = validate(BUNDLED, ["kz-2023-maslikhat-east-kazakhstan-d3", "kz-2023-mazhilis"])
    (o,) = [o for o in result.outcomes if o.check == "copy.disagree"]
    assert o.status is Status.NOT_EVALUATED and "observers" in o.note


def test_copies_go_through_the_one_disagreement_mechanism(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outlets misquoting a poll and a copy differing from the CEC are one mechanism, not two."""
    from kzcheck.analysis import disagreement

    calls = []

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(args[1:])
        return disagreement.disagreements(*args, **kwargs)

    monkeypatch.setattr(copies, "disagreements", spy)
    rows = read(data / COPY)
    rows[1]["count"] = str(int(rows[1]["count"]) + 3)
    write(data / COPY, rows)
    assert len(found(validate(data))) == 1
    assert calls == [(["election", "area", "line"], "publisher", "count")]  # once, every election together
