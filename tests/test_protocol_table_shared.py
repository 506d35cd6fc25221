"""The protocol table is built once for the protocol and roll-up checks, and let go once the roll-ups have read it:
it is not held through the checks after them (50 MB on a station archive, at the run's peak)."""

from __future__ import annotations

from pathlib import Path

import kzcheck.checks.protocols as protocols
import kzcheck.checks.rollups as rollups
from kzcheck.load.dataset import discover
from kzcheck.load.frames import load
from kzcheck.model.config import RunConfig

DATA = Path(__file__).resolve().parent.parent / "data"


def test_built_once_for_both_checks_then_let_go(monkeypatch):
    builds: list[int] = []
    real = protocols._build

    def counted(results):
        builds.append(len(results))
        return real(results)

    monkeypatch.setattr(protocols, "_build", counted)
    monkeypatch.setattr(protocols, "_cache", [None, None])
    data = load(discover(DATA))
    protocols.run(data, RunConfig())
    assert len(builds) == 1 and protocols._cache[0] is data.results  # kept for the roll-ups
    rollups.run(data, RunConfig())
    assert len(builds) == 1  # the roll-ups read the same table, not one of their own
    assert protocols._cache == [None, None]  # and nothing holds it after them
    rollups.run(data, RunConfig())  # asked again (a run of the roll-ups alone): built again, never stale
    assert len(builds) == 2
