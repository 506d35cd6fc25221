"""copy.disagree: an observers' copy of a protocol, one more printing of the CEC's figures, judged like every other."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import rows_of as read
from helpers import write_dicts as write

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


def test_copies_go_through_the_one_printing_mechanism(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy differing from the CEC and an outlet misprinting an official figure are one mechanism, not two: the
    copy's differing figure, and only it, is judged by the verdicts every printing gets."""
    from kzcheck.methods.verdicts import judge

    calls = []

    def spy(mine, used, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        verdict = judge(mine, used, *args, **kwargs)
        calls.append((mine.value, used.value, verdict))
        return verdict

    monkeypatch.setattr("kzcheck.analysis.printings.judge", spy)
    rows = read(data / COPY)
    official = int(rows[1]["count"])
    rows[1]["count"] = str(official + 3)
    write(data / COPY, rows)
    (f,) = found(validate(data))
    ((mine, used, verdict),) = calls  # the agreeing figures are settled without a verdict each
    assert (mine, used) == (official + 3, official)
    assert f"{verdict.kind}: {verdict.detail}" in f.message and f.severity is Severity.ERROR


def test_a_copy_in_the_results_file_is_the_same_printing(data: Path) -> None:
    """protocols/ is one place to put an observers' printing, not a mechanism: the same rows in the results file,
    by the same source of kind observers, give the same finding."""
    rows = read(data / COPY)
    target = next(i for i, r in enumerate(rows) if r["line"] == "ballots_issued")
    rows[target]["count"] = str(int(rows[target]["count"]) - 12)
    write(data / COPY, rows)
    in_protocols = found(validate(data))
    (data / COPY).unlink()
    write(data / RESULTS, [*read(data / RESULTS), *rows])
    in_results = found(validate(data))
    key = lambda f: (f.check, f.subject, f.severity, f.column, f.observed, f.expected)  # noqa: E731
    assert [key(f) for f in in_results] == [key(f) for f in in_protocols] and len(in_protocols) == 1
    assert in_results[0].file.endswith("synthetic-01.final.csv") and in_protocols[0].file.endswith(COPY[10:])


def test_a_copy_without_kinds_in_sources_is_still_compared_with_the_results_files(data: Path) -> None:
    """Data written before sources.csv had a kind column: the protocols/ folder says the rows are a copy, and the
    results files stand for the commission."""
    sources = [{k: v for k, v in r.items() if k != "kind"} for r in read(data / "sources.csv")]
    write(data / "sources.csv", sources)
    rows = read(data / COPY)
    official = int(rows[2]["count"])
    rows[2]["count"] = str(official + 40)
    write(data / COPY, rows)
    (f,) = found(validate(data))
    assert (f.observed, f.expected) == (f"{official + 40:,}", f"{official:,}")
