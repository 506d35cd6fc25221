"""One run's analysis: every table built on first use and kept, so the checks, the command and the renderers that
need a table share one computation of it (a test counts the builders' calls per command)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar, overload

from kzcheck.analysis import comparison, consensus, official, printings, reconciliation, track_record
from kzcheck.load.frames import LoadedData
from kzcheck.load.recorded import Memo
from kzcheck.model.tables import Allocation, GroupCalls, OutletDisagreement, PollScore, Tables
from kzcheck.model.track_record import TrackRecord

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T")


class table(cached_property[T]):  # noqa: N801  (a decorator, named like the cached_property it extends)
    """A table built on first use and kept for the run. Under `kzcheck watch` (an analysis with a `memo`) a table is
    also kept across runs, with the data fields its builder read, and built again only when one of them changed; and
    whoever reads it, built or kept, is charged with those fields (kzcheck/load/recorded.py, kzcheck/reuse.py).
    Readers never change a table: one table is shared by every check of a run already."""

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> table[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...
    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None or instance.memo is None:
            return super().__get__(instance, owner)
        name, memo = self.attrname, instance.memo
        if name in instance.built:  # not in the instance's __dict__, which would hide this descriptor from later reads
            memo.reads.note(instance.read_by[name])
            return instance.built[name]
        with memo.reads.recording() as found:
            value = memo.run(f"analysis.{name}", lambda: self.func(instance), copies=False)
        instance.built[name], instance.read_by[name] = value, frozenset(found)
        return value


class Analysis:
    """The tables of one loaded data set at one design effect. Builders are looked up on their modules at call
    time, so a test can wrap one and count its calls."""

    def __init__(self, data: LoadedData, deff: float | None = None, memo: Memo | None = None) -> None:
        self.data = data
        self.deff = deff
        self.memo = memo  # tables kept across runs (`kzcheck watch`); `data` is then recorded on `memo.reads`
        self.built: dict[str, Any] = {}  # with `memo`: the tables of this run
        self.read_by: dict[str, frozenset[str]] = {}  # and the data fields each was built from
        self.failure: Exception | None = None  # what broke a builder, when the run carried on without its tables

    def kept(self, name: str, compute: Callable[[], T]) -> T:
        """`compute()`, or under `kzcheck watch` a copy of what it gave in an earlier run while every data field it
        read is unchanged: a part of a check module (one table's schema, say) that another part's edit leaves as it
        was. `name` names the part among every module's."""
        return compute() if self.memo is None else self.memo.run(name, compute)

    @table
    def consensus_frame(self) -> pd.DataFrame:
        return consensus.consensus(self.data.figures, self.data.sources, self.data.polls)

    @table
    def outlet_disagreements(self) -> list[OutletDisagreement]:
        return consensus.outlet_disagreements(self.data, self.consensus_frame)

    @table
    def printings(self) -> printings.PrintingTable:
        return printings.build(self.data)

    @table
    def comparison(self) -> comparison.Comparison:
        return comparison.compare(self.data, self.deff, agreed=self.consensus_frame)

    @table
    def pollster_calls(self) -> list[GroupCalls]:
        """Winners, threshold and ranking calls with their tests, per comparison group (one Holm family each)."""
        return comparison.calls(self.comparison, self.data)

    @table
    def official(self) -> official.Context:
        return official.Context.build(self.data)

    @table
    def allocation(self) -> list[Allocation]:
        return official.allocations(self.data, self.official)

    @table
    def reconciliation(self) -> list[PollScore]:
        return reconciliation.reconcile(self.data, self.deff, agreed=self.consensus_frame)

    @table
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
