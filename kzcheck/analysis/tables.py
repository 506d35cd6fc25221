"""One run's analysis: every table built on first use and kept, so the checks, the command and the renderers that
need a table share one computation of it (a test counts the builders' calls per command)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from kzcheck.analysis import comparison, consensus, official, printings, reconciliation, track_record
from kzcheck.load.frames import LoadedData
from kzcheck.model.tables import Allocation, GroupCalls, OutletDisagreement, PollScore, Tables
from kzcheck.model.track_record import TrackRecord

if TYPE_CHECKING:
    import pandas as pd


class Analysis:
    """The tables of one loaded data set at one design effect. Builders are looked up on their modules at call
    time, so a test can wrap one and count its calls."""

    def __init__(self, data: LoadedData, deff: float | None = None) -> None:
        self.data = data
        self.deff = deff
        self.failure: Exception | None = None  # what broke a builder, when the run carried on without its tables

    @cached_property
    def consensus_frame(self) -> pd.DataFrame:
        return consensus.consensus(self.data.figures, self.data.sources, self.data.polls)

    @cached_property
    def outlet_disagreements(self) -> list[OutletDisagreement]:
        return consensus.outlet_disagreements(self.data, self.consensus_frame)

    @cached_property
    def printings(self) -> printings.PrintingTable:
        return printings.build(self.data)

    @cached_property
    def comparison(self) -> comparison.Comparison:
        return comparison.compare(self.data, self.deff, agreed=self.consensus_frame)

    @cached_property
    def pollster_calls(self) -> list[GroupCalls]:
        """Winners, threshold and ranking calls with their tests, per comparison group (one Holm family each)."""
        return comparison.calls(self.comparison, self.data)

    @cached_property
    def official(self) -> official.Context:
        return official.Context.build(self.data)

    @cached_property
    def allocation(self) -> list[Allocation]:
        return official.allocations(self.data, self.official)

    @cached_property
    def reconciliation(self) -> list[PollScore]:
        return reconciliation.reconcile(self.data, self.deff, agreed=self.consensus_frame)

    @cached_property
    def track_record(self) -> TrackRecord:
        """Every pollster's record across votes, from this run's reconciliation (never a second one)."""
        return track_record.track_record(self.data, self.reconciliation)

    def tables(self) -> Tables:
        """Every table, typed, for the run's result (those the checks built are not built again)."""
        c = self.comparison
        return Tables(
            exit_poll_deff=self.deff,
            consensus=consensus.consensus_records(self.consensus_frame),
            outlet_disagreements=self.outlet_disagreements,
            comparison=comparison.comparison_records(c),
            pollster_calls=self.pollster_calls,
            not_comparable=comparison.not_comparable(c),
            reconciliation=self.reconciliation,
            allocation=self.allocation,
            pollsters=self.track_record.pollsters,
            families=self.track_record.families,
            printings=printings.records(self.printings),
        )
