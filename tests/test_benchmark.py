"""The benchmark's machinery (not its timings): per-process measurement, the exactness verdict, the README table."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from benchmarks.synthetic import generate

ROOT = Path(__file__).resolve().parent.parent


def load(name: str):  # noqa: ANN201
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


bench = load("run")
baseline = load("baseline")


def test_a_child_process_is_measured_on_its_own() -> None:
    small = bench.run([sys.executable, "-c", "print('hi')"])
    big = bench.run([sys.executable, "-c", "b = bytearray(300 * 2**20); print(len(b))"])
    assert (small.code, small.stdout.strip()) == (0, b"hi")
    # not the running maximum of every child so far; a forked child's peak may include its parent's pages until it
    # execs (a large test worker), so the small one is only never above the big one
    assert big.peak_mib >= 300 and small.peak_mib <= big.peak_mib
    assert bench.run([sys.executable, "-c", "raise SystemExit(3)"]).code == 3


def test_exactness_verdict(tmp_path: Path) -> None:
    manifest = generate(tmp_path, stations=200, elections=1, defects={"rollup": 1}, seed=1)
    (expected,) = manifest.expected
    hit = {
        "check": expected["check"],
        "election": expected["election"],
        "subject": expected["subject"],
        "file": None,
        "row": None,
        "message": "m",
    }
    assert bench.exact(json.dumps({"findings": [hit]}).encode(), tmp_path) == (True, "1 found, all injected")
    stray = {**hit, "subject": "area:KZ/valid"}
    ok, detail = bench.exact(json.dumps({"findings": [stray]}).encode(), tmp_path)
    assert not ok and "1 missed, 1 extra" in detail


def test_baseline_finds_the_same_defects(tmp_path: Path) -> None:
    manifest = generate(tmp_path, stations=300, elections=1, defects={"relation": 1, "rollup": 1, "copy": 1}, seed=2)
    found = baseline.main(tmp_path)
    subjects = {s for kind in ("relation", "rollup", "copy") for _, s in found[kind]}
    assert subjects == {e["subject"] for e in manifest.expected}


def test_readme_section_is_replaced_not_repeated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# kzcheck\n\nIntro.\n", encoding="utf-8")
    monkeypatch.setattr(bench, "ROOT", tmp_path)
    bench.write_readme("| a |\n|---|\n| 1 |", "python benchmarks/run.py")
    bench.write_readme("| a |\n|---|\n| 2 |", "python benchmarks/run.py")
    text = readme.read_text(encoding="utf-8")
    assert text.startswith("# kzcheck\n\nIntro.\n") and text.count("## Benchmark") == 1
    assert "| 2 |" in text and "| 1 |" not in text


def test_linearity_is_a_factor_only_when_the_smaller_archive_is_clear_of_the_floor():
    from benchmarks.run import linearity

    assert "took 8.0x the time" in linearity(9.8, 0.5, 4.0)  # 4.0 / 0.5 = 8.0, worked by hand
    noisy = linearity(9.8, 0.0000001, 4.5)  # the smaller archive ran as fast as the floor
    assert "no factor" in noisy and "4.50 s beyond the floor" in noisy and "x the time" not in noisy
    assert "no factor" in linearity(9.8, -0.4, 4.5)  # faster than the floor: never a negative factor
