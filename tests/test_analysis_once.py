"""Each analysis is built once per command: the checks, the command and every renderer read the same typed tables."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from kzcheck.analysis import comparison, consensus, official, printings, reconciliation
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
    build = official.Context.build

    def counting_build(cls, data):  # noqa: ANN001, ANN202
        counted["official context"] += 1
        return build.__func__(cls, data)

    monkeypatch.setattr(official.Context, "build", classmethod(counting_build))
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
    ],
)
def test_each_analysis_runs_once_per_command(calls: Counter[str], tmp_path: Path, args: list[str]) -> None:
    argv = [a.replace("{out}", str(tmp_path / "report")) for a in args]
    result = CliRunner().invoke(main, argv)
    assert result.exit_code in (0, 1), result.output
    expected = {"consensus", "outlet_disagreements", "compare", "calls", "build", "allocations", "reconcile"}
    expected.add("official context")
    assert dict(calls) == dict.fromkeys(expected, 1)


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
