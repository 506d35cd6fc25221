"""Roll-ups: children sum to parents, turnout weighted by voters on the list, unknown parents, intraday falls."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import rows_of as read
from helpers import write_dicts as write

from benchmarks.synthetic import generate
from kzcheck.cli import main
from kzcheck.model.findings import Finding, RunResult, Severity, Status
from kzcheck.run import validate

RESULTS = "results/synthetic-01.final.csv"
BUNDLED = Path(__file__).resolve().parent.parent / "data"


def change(path: Path, area: str, line: str, column: str, value: str) -> None:
    rows = read(path)
    for r in rows:
        if r["area"] == area and r["line"] == line:
            r[column] = value
    write(path, rows)


def cell(path: Path, area: str, line: str, column: str = "count") -> str:
    return next(r[column] for r in read(path) if r["area"] == area and r["line"] == line)


def found(result: RunResult, check: str) -> list[Finding]:
    return [f for f in result.findings if f.check == check]


def outcome(result: RunResult, check: str, election: str | None = None):  # noqa: ANN201
    return next(o for o in result.outcomes if o.check == check and (election is None or o.election == election))


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    generate(root, stations=150, elections=1, seed=9)
    return root


@pytest.fixture
def data(archive: Path, tmp_path: Path) -> Path:
    return Path(shutil.copytree(archive, tmp_path / "data"))


def parent_of(root: Path, area: str) -> str:
    return next(a["parent"] for a in read(root / "areas" / "synthetic.csv") if a["area"] == area)


def test_consistent_levels_pass(archive: Path) -> None:
    result = validate(archive)
    for check in ("rollup.sum", "rollup.turnout", "rollup.parent"):
        assert outcome(result, check).status is Status.PASSED, check
    assert found(result, "rollup.sum") == found(result, "rollup.turnout") == []


def test_a_district_that_is_not_its_stations_sum(data: Path) -> None:
    district = parent_of(data, "s00010")
    value = int(cell(data / RESULTS, district, "ballots_cancelled"))
    change(data / RESULTS, district, "ballots_cancelled", "count", str(value + 7))
    change(
        data / RESULTS,
        parent_of(data, district),
        "ballots_cancelled",
        "count",
        str(int(cell(data / RESULTS, parent_of(data, district), "ballots_cancelled")) + 7),
    )
    change(
        data / RESULTS,
        "KZ",
        "ballots_cancelled",
        "count",
        str(int(cell(data / RESULTS, "KZ", "ballots_cancelled")) + 7),
    )
    result = validate(data)
    (f,) = found(result, "rollup.sum")
    assert f.subject == f"area:{district}/ballots_cancelled" and f.severity is Severity.ERROR
    assert f"ballots_cancelled is {value + 7:,}" in f.message and f"sum to {value:,} (difference +7)" in f.message
    assert (f.observed, f.expected) == (f"{value + 7:,}", f"{value:,}")


def test_one_station_vote_changed_breaks_its_relation_and_the_district_roll_up(data: Path) -> None:
    """The archive's acceptance test: exit 1, naming the station, the relation it breaks and the roll-up it breaks."""
    copied = {r["area"] for r in read(data / "protocols" / "synthetic-01.observers.csv")}
    station = next(f"s{i:05d}" for i in range(1, 150) if f"s{i:05d}" not in copied)
    votes = int(cell(data / RESULTS, station, "cand-a"))
    change(data / RESULTS, station, "cand-a", "count", str(votes + 25))
    out = CliRunner().invoke(main, ["validate", "--data", str(data)])
    assert out.exit_code == 1, out.output
    lines = [ln for ln in out.output.splitlines() if "error " in ln]
    assert len(lines) == 2, out.output
    (broken,) = [ln for ln in lines if station in ln]
    assert "options == valid" in broken and "+25" in broken
    district = parent_of(data, station)
    assert any(f"{district}" in ln and "rollup.sum" in ln and "cand-a" in ln for ln in lines)


def test_a_child_missing_a_figure_leaves_its_parent_unchecked(data: Path) -> None:
    district = parent_of(data, "s00010")
    change(data / RESULTS, district, "invalid", "count", "1")  # would be a mismatch …
    write(data / RESULTS, [r for r in read(data / RESULTS) if not (r["area"] == "s00010" and r["line"] == "invalid")])
    result = validate(data)  # … but one station does not give the line
    assert [f for f in found(result, "rollup.sum") if f.subject == f"area:{district}/invalid"] == []


def test_turnout_within_rounding_passes_and_beyond_fails(data: Path) -> None:
    region = next(a["area"] for a in read(data / "areas" / "synthetic.csv") if a["level"] == "region")
    printed = cell(data / RESULTS, region, "ballots_issued", "percent")
    # one region's last digit off by one moves the weighted mean far less than the rounding band
    change(data / RESULTS, region, "ballots_issued", "percent", f"{float(printed) + 0.01:.2f}")
    assert found(validate(data), "rollup.turnout") == []
    change(data / RESULTS, region, "ballots_issued", "percent", f"{float(printed) + 4:.2f}")
    (f,) = found(validate(data), "rollup.turnout")
    assert f.subject == "area:KZ/ballots_issued"
    assert "weighted by voters_on_list" in f.message and f.observed == cell(
        data / RESULTS, "KZ", "ballots_issued", "percent"
    )


def test_bundled_2023_regional_turnout_lies_within_its_regions() -> None:
    result = validate(BUNDLED, ["kz-2023-mazhilis"])
    o = outcome(result, "rollup.turnout", "kz-2023-mazhilis")
    assert o.status is Status.PASSED and o.note != ""


def test_a_national_turnout_outside_every_region_fails(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED, tmp_path / "data")
    path = tmp_path / "data" / "results" / "kz-2023-mazhilis.preliminary.csv"
    rows = read(path)
    for r in rows:
        if r["area"] == "KZ" and r["line"] == "ballots_issued":
            r["count"], r["percent"] = "", "71.40"  # above Kyzylorda's 67.21, the highest region
    write(path, rows)
    (f,) = found(validate(tmp_path / "data", ["kz-2023-mazhilis"]), "rollup.turnout")
    assert f.subject == "area:KZ/ballots_issued" and "outside the range" in f.message and "67.21" in f.message


def test_unknown_parents_are_reported(data: Path) -> None:
    areas = read(data / "areas" / "synthetic.csv")
    areas.append({**areas[-1], "area": "s09999", "parent": "r99-d999", "name_en": "Polling station No. 9999"})
    write(data / "areas" / "synthetic.csv", areas)
    results = read(data / RESULTS)
    results.append({**results[-1], "area": "s12345"})
    write(data / RESULTS, results)
    found_ = {f.subject: f for f in found(validate(data), "rollup.parent")}
    assert set(found_) == {"area:s09999", "area:s12345"}
    assert "'r99-d999', which is not an area of areas/synthetic.csv" in found_["area:s09999"].message
    assert found_["area:s12345"].row == len(results) + 1 and "its parent is unknown" in found_["area:s12345"].message


def test_bundled_intraday_turnout_falls_are_warnings() -> None:
    result = validate(BUNDLED, ["kz-2022-presidential", "kz-2021-mazhilis"])
    falls = found(result, "intraday.monotonic")
    assert sorted((f.election, f.subject, f.observed, f.expected) for f in falls) == [
        ("kz-2022-presidential", "area:astana/ballots_issued", "48.60", ">= 48.67"),
        ("kz-2022-presidential", "area:zhetysu/ballots_issued", "81.42", ">= 81.43"),
    ]
    assert all(f.severity is Severity.WARNING for f in falls)
    assert outcome(result, "intraday.monotonic", "kz-2021-mazhilis").status is Status.PASSED


def test_a_fall_within_the_printed_precision_is_no_fall(tmp_path: Path) -> None:
    shutil.copytree(BUNDLED, tmp_path / "data")
    path = tmp_path / "data" / "results" / "kz-2021-mazhilis.intraday.csv"
    rows = read(path)
    for r in rows:  # 20:00 printed with two decimals, 22:00 with one: 72.81 then 72.8 may be the same figure
        if r["area"] == "akmola":
            r["percent"] = "72.81" if r["as_of"] == "20:00" else "72.8"
    write(path, rows)
    result = validate(tmp_path / "data", ["kz-2021-mazhilis"])
    assert found(result, "intraday.monotonic") == []
    for r in rows:
        if r["area"] == "akmola":
            r["percent"] = "72.91" if r["as_of"] == "20:00" else "72.8"
    write(path, rows)
    (f,) = found(validate(tmp_path / "data", ["kz-2021-mazhilis"]), "intraday.monotonic")
    assert "from 72.91% at 20:00 to 72.8% at 22:00" in f.message
