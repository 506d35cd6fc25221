"""protocol.relation: each relation an election file declares, at every area, a passing and a failing area each."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import rows_of as read
from helpers import write_dicts as write

from benchmarks.synthetic import generate
from kzcheck.model.findings import Finding, RunResult, Status
from kzcheck.run import validate

RESULTS = "results/synthetic-01.final.csv"
COPY = "protocols/synthetic-01.observers.csv"


def figures(path: Path, area: str) -> dict[str, int]:
    return {r["line"]: int(r["count"]) for r in read(path) if r["area"] == area}


def set_counts(path: Path, area: str, **counts: int) -> None:
    rows = read(path)
    for r in rows:
        if r["area"] == area and r["line"] in counts:
            r["count"] = str(counts[r["line"]])
    write(path, rows)


def relation_findings(result: RunResult) -> list[Finding]:
    return [f for f in result.findings if f.check == "protocol.relation"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    generate(root, stations=100, elections=1, seed=7)
    return root


@pytest.fixture
def data(archive: Path, tmp_path: Path) -> Path:
    """A fresh copy of the clean archive for a test to break."""
    import shutil

    return Path(shutil.copytree(archive, tmp_path / "data"))


def first_copied(root: Path) -> str:
    return read(root / COPY)[0]["area"]


def test_clean_protocols_pass_every_relation(archive: Path) -> None:
    result = validate(archive)
    outcomes = {o.subject: o for o in result.outcomes if o.check == "protocol.relation"}
    assert set(outcomes) == {
        "relation:received-accounted",
        "relation:issued-within-list",
        "relation:box-within-issued",
        "relation:box-valid-invalid",
        "relation:options-equal-valid",
    }
    assert all(o.status is Status.PASSED for o in outcomes.values())
    assert relation_findings(result) == []


def _break(root: Path, relation: str) -> tuple[str, str]:
    """Change one station's protocol so that exactly `relation` fails there; return (area, file)."""
    station = "s00042"
    f = figures(root / RESULTS, station)
    if relation == "received-accounted":
        set_counts(root / RESULTS, station, ballots_received=f["ballots_received"] + 3)
    elif relation == "issued-within-list":
        set_counts(root / RESULTS, station, voters_on_list=f["ballots_issued"] - 1)
    elif relation == "box-within-issued":
        extra = f["ballots_issued"] - f["ballots_in_box"] + 2
        set_counts(root / RESULTS, station, ballots_in_box=f["ballots_in_box"] + extra, invalid=f["invalid"] + extra)
    elif relation == "box-valid-invalid":
        set_counts(root / RESULTS, station, invalid=f["invalid"] + 1)
    else:  # options == valid in the CEC's own results is official.total's: check it in the observers' copy
        station = first_copied(root)
        copy = figures(root / COPY, station)
        set_counts(root / COPY, station, **{"cand-a": copy["cand-a"] + 5})
        return station + "@observers", COPY
    return station, RESULTS


@pytest.mark.parametrize(
    "relation",
    ["received-accounted", "issued-within-list", "box-within-issued", "box-valid-invalid", "options-equal-valid"],
)
def test_each_relation_fails_at_the_broken_area_only(data: Path, relation: str) -> None:
    area, file = _break(data, relation)
    result = validate(data)
    found = relation_findings(result)
    assert [f.subject for f in found] == [f"area:{area}/{relation}"]
    assert found[0].file.endswith(file.split("/")[-1]) and found[0].row is not None
    outcome = next(o for o in result.outcomes if o.check == "protocol.relation" and o.subject == f"relation:{relation}")
    assert outcome.status is Status.FAILED
    passing = [o for o in result.outcomes if o.check == "protocol.relation" and o.subject != f"relation:{relation}"]
    assert passing and all(o.status is Status.PASSED for o in passing)


def test_message_names_area_relation_both_sides_and_difference(data: Path) -> None:
    f = figures(data / RESULTS, "s00042")
    set_counts(data / RESULTS, "s00042", voters_on_list=f["ballots_issued"] - 1)
    (finding,) = relation_findings(validate(data))
    assert finding.message.startswith("s00042 (Polling station No. 42): issued-within-list does not hold")
    assert f"ballots_issued = {f['ballots_issued']:,}" in finding.message
    assert f"voters_on_list = {f['ballots_issued'] - 1:,}" in finding.message
    assert "difference +1" in finding.message
    assert finding.observed == f"{f['ballots_issued']:,}" and finding.expected == f"<= {f['ballots_issued'] - 1:,}"


def test_a_missing_line_means_not_evaluated_there(data: Path) -> None:
    rows = [r for r in read(data / RESULTS) if not (r["area"] == "s00042" and r["line"] == "ballots_cancelled")]
    for r in rows:  # and make the station otherwise break the relation, were it evaluated
        if r["area"] == "s00042" and r["line"] == "ballots_received":
            r["count"] = "1"
    write(data / RESULTS, rows)
    result = validate(data)
    assert [f for f in relation_findings(result) if f.subject == "area:s00042/received-accounted"] == []


@pytest.mark.parametrize(
    ("line", "printed", "check"),
    [("invalid", "1?", "input.not-a-number"), ("cand-a", "-17", "schema.results"), ("valid", "-900", "schema.results")],
)
def test_an_unreadable_or_negative_figure_is_reported_once_not_as_a_broken_sum(
    data: Path, line: str, printed: str, check: str
) -> None:
    set_counts(data / RESULTS, "s00042", **{line: printed})  # type: ignore[arg-type]
    result = validate(data)
    row = next(i for i, r in enumerate(read(data / RESULTS), start=2) if r["area"] == "s00042" and r["line"] == line)
    assert [(f.check, f.row) for f in result.findings] == [(check, row)]


def test_a_relation_no_area_can_evaluate_is_not_evaluated(tmp_path: Path) -> None:
    generate(tmp_path, stations=60, elections=1, seed=1)
    rows = [r for r in read(tmp_path / RESULTS) if r["line"] != "ballots_cancelled"]
    write(tmp_path / RESULTS, rows)
    copy = [r for r in read(tmp_path / COPY) if r["line"] != "ballots_cancelled"]
    write(tmp_path / COPY, copy)
    result = validate(tmp_path)
    outcome = next(o for o in result.outcomes if o.subject == "relation:received-accounted")
    assert outcome.status is Status.NOT_EVALUATED and "ballots_cancelled" in outcome.note


def test_bundled_protocols_keep_their_relations() -> None:
    result = validate(Path(__file__).resolve().parent.parent / "data")
    assert relation_findings(result) == []
    evaluated = {
        (o.election, o.subject) for o in result.outcomes if o.check == "protocol.relation" and o.status is Status.PASSED
    }
    # the 2022 intraday count at 20:00 and 22:00: 8,282,607 and 8,299,501 of 11,950,485 and 11,953,465 on the lists
    assert ("kz-2022-presidential", "relation:issued-within-list") in evaluated
    # Karaganda: 417 absentee + 6,115 outside the premises <= 452,538 who received ballots
    assert ("kz-2023-maslikhat-karaganda", "relation:special-voters-within-issued") in evaluated
