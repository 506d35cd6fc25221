"""The generator writes a valid archive in kzcheck's own format; validate finds exactly the defects it injects."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from benchmarks.synthetic import DEFECT_KINDS, FIGURE_LINES, Manifest, compare, generate, main
from kzcheck.model.findings import Severity
from kzcheck.run import validate


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_clean_archive_has_no_findings(tmp_path: Path) -> None:
    manifest = generate(tmp_path, stations=120, elections=2, seed=3)
    result = validate(tmp_path)
    assert manifest.defects == []
    assert [(f.check, f.subject, f.message) for f in result.findings] == []
    assert result.exit_code(Severity.WARNING) == 0


def test_every_injected_defect_is_found_and_nothing_else(tmp_path: Path) -> None:
    manifest = generate(tmp_path, stations=400, elections=2, defects={k: 2 for k in DEFECT_KINDS}, seed=11)
    assert sorted({d.kind for d in manifest.defects}) == sorted(DEFECT_KINDS)
    assert len(manifest.defects) == 8
    result = validate(tmp_path)
    missing, extra = compare(result.findings, manifest)
    assert missing == []
    assert [(f.check, f.subject, f.message) for f in extra] == []
    checks = {f.check for f in result.findings}
    assert checks == {"protocol.relation", "rollup.sum", "copy.disagree", "schema.results", "input.not-a-number"}


def test_shape_of_the_archive(tmp_path: Path) -> None:
    manifest = generate(tmp_path, stations=100, elections=1, seed=1)
    areas = rows(tmp_path / "areas" / "synthetic.csv")
    levels = [a["level"] for a in areas]
    assert levels.count("country") == 1 and levels.count("station") == 100
    ids = {a["area"] for a in areas}
    assert all(a["parent"] in ids for a in areas if a["level"] != "country")
    results = rows(tmp_path / "results" / "synthetic-01.final.csv")
    assert len(results) == len(areas) * len(FIGURE_LINES)
    copies = rows(tmp_path / "protocols" / "synthetic-01.observers.csv")
    assert 0 < len(copies) < len(results) and len(copies) % len(FIGURE_LINES) == 0
    assert manifest.figure_rows == len(results) + len(copies)
    turnout = [r for r in results if r["percent"]]
    assert {r["line"] for r in turnout} == {"ballots_issued"} and len(turnout) == 1 + levels.count("region")


def test_same_seed_same_archive(tmp_path: Path) -> None:
    generate(tmp_path / "a", stations=80, elections=1, defects={"copy": 1}, seed=5)
    generate(tmp_path / "b", stations=80, elections=1, defects={"copy": 1}, seed=5)
    for name in ("results/synthetic-01.final.csv", "protocols/synthetic-01.observers.csv", "manifest.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_manifest_round_trip(tmp_path: Path) -> None:
    written = generate(tmp_path, stations=200, elections=1, defects={"relation": 1, "number": 2}, seed=2)
    read = Manifest.read(tmp_path / "manifest.json")
    assert read == written
    assert {e["check"] for e in read.expected} == {"protocol.relation", "schema.results", "input.not-a-number"}


def test_a_missed_defect_and_an_extra_finding_are_both_told(tmp_path: Path) -> None:
    manifest = generate(tmp_path, stations=200, elections=1, defects={"rollup": 1}, seed=4)
    assert compare([], manifest) == (manifest.expected, [])
    stray = type(
        "F", (), {"check": "rollup.sum", "election": "synthetic-01", "subject": "area:KZ/x", "file": None, "row": None}
    )()
    assert compare([stray], manifest)[1] == [stray]


def test_too_many_defects_for_the_size_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="too many defects"):
        generate(tmp_path, stations=60, elections=1, defects={"relation": 3})


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "out"), "--stations", "150", "--defects", "copy=1", "--defects", "number=1"]) == 0
    assert "2 defect(s)" in capsys.readouterr().err
    assert (tmp_path / "out" / "manifest.json").is_file()
    with pytest.raises(SystemExit) as exc:
        main([str(tmp_path / "bad"), "--defects", "typo=1"])
    assert exc.value.code == 2
