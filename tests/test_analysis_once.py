"""Each analysis is built once per command: the checks, the command and every renderer read the same typed tables."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

import kzcheck.checks
from kzcheck.analysis import comparison, consensus, coverage, official, printings, reconciliation, track_record
from kzcheck.cli import main
from kzcheck.model.tables import PollScore

E23 = "kz-2023-mazhilis"
BUILDERS = (
    (consensus, "consensus"),
    (consensus, "outlet_disagreements"),
    (comparison, "compare"),
    (comparison, "calls"),
    (printings, "build"),
    (official, "allocations"),
    (reconciliation, "reconcile"),
    (track_record, "track_record"),
)


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    counted: Counter[str] = Counter()
    for module, name in BUILDERS:
        original = getattr(module, name)

        def counting(*args, _name=name, _original=original, **kwargs):  # noqa: ANN002, ANN003, ANN202
            counted[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, counting)
        for other in _holders(original):  # a check that imported the builder by name is counted too
            monkeypatch.setattr(other, name, counting)
    build = official.Context.build

    def counting_build(cls, data):  # noqa: ANN001, ANN202
        counted["official context"] += 1
        return build.__func__(cls, data)

    monkeypatch.setattr(official.Context, "build", classmethod(counting_build))
    cover = coverage.build

    def counting_cover(data):  # noqa: ANN001, ANN202
        counted["coverage"] += 1
        return cover(data)

    monkeypatch.setattr(coverage, "build", counting_cover)  # the coverage checks' one table (which polls printed what)
    return counted


@pytest.mark.parametrize(
    "args",
    [
        ["reconcile", "--election", E23, "--format", "json"],
        ["reconcile", "--election", E23],
        ["compare", "--election", E23, "--format", "json"],
        ["compare", "--election", E23],
        ["validate", "--election", E23, "--format", "json"],
        ["validate", "--election", E23, "--report", "{out}"],
        ["report", "--election", E23, "--out", "{out}"],
        ["pollsters", "--election", E23],
    ],
)
def test_each_analysis_runs_once_per_command(calls: Counter[str], tmp_path: Path, args: list[str]) -> None:
    argv = [a.replace("{out}", str(tmp_path / "report")) for a in args]
    result = CliRunner().invoke(main, argv)
    assert result.exit_code in (0, 1), result.output
    expected = {"consensus", "outlet_disagreements", "compare", "calls", "build", "allocations", "reconcile"}
    expected |= {"official context", "track_record", "coverage"}
    assert dict(calls) == dict.fromkeys(expected, 1)


def _holders(builder: object) -> list[object]:
    """Every loaded kzcheck module, the builder's own aside, that holds the builder under its own name."""
    kzcheck.checks.modules()  # every check module is loaded
    return [
        m
        for n, m in list(sys.modules.items())
        if n.startswith("kzcheck.")
        and m is not None
        and getattr(m, getattr(builder, "__name__", ""), None) is builder
        and getattr(builder, "__module__", None) != n
    ]


def test_the_tables_are_typed_records(bundled_run) -> None:  # noqa: ANN001
    tables = bundled_run.tables
    assert tables is not None and tables.reconciliation
    assert all(isinstance(p, PollScore) for p in tables.reconciliation)
    iei = next(p for p in tables.reconciliation if (p.election, p.poll) == (E23, "iei"))
    assert iei.status == "reconciled" and iei["m3"] == iei.m3  # read by name too, as the plain rows were
    assert not hasattr(bundled_run, "extras")


@pytest.fixture(scope="module")
def bundled_run():  # noqa: ANN201
    from conftest import DATA

    from kzcheck.run import validate

    return validate(DATA, [E23])
