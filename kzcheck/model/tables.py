"""The analysis tables of one run as typed records: built once by `kzcheck.analysis`, carried on the run's result,
read by every check, command and renderer, and written whole into the JSON output (docs/output.md).

A record is a dataclass: add a field with a default and every output carries it (the JSON Schema in
`kzcheck/schema/` lists it too); add a table by adding a record type and a field of `Tables`.
"""

from __future__ import annotations

import copy
import math
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Self

from kzcheck.model.track_record import PollsterRecord


def plain(value: Any) -> Any:
    """A record as plain data, as `dataclasses.asdict` makes it, leaving out fields marked `metadata={"json": False}`
    (what a message was rendered from: the message itself is carried)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value) if f.metadata.get("json", True)}
    if isinstance(value, list | tuple):
        return type(value)(plain(v) for v in value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return copy.deepcopy(value)


_HINTS: dict[str, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """A record type's field types, resolved once."""
    key = f"{cls.__module__}.{cls.__qualname__}"
    if key not in _HINTS:
        _HINTS[key] = typing.get_type_hints(cls)
    return _HINTS[key]


def _as(value: Any, hint: Any) -> Any:
    """`value` as the type `hint` names: a missing number (None, NaN) is None where the field may be None."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return None
        return _as(value, next(a for a in args if a is not type(None)))
    if typing.get_origin(hint) is list:
        return [_as(v, args[0]) for v in value]
    if hint is int:
        return int(float(value)) if isinstance(value, float) else int(value)
    return hint(value) if hint in (str, float, bool) else value


class Record:
    """A typed row. Readable by field name too (`row["m3"]`), and equal to the plain row with the same fields, as the
    string-keyed rows it replaces were."""

    __hash__ = None  # type: ignore[assignment]

    @classmethod
    def from_row(cls, values: Mapping[str, Any] | Any, /, *names: str, **given: Any) -> Self:
        """A record from a frame row (a Series or a dict): each field of `names` read from the column of that name as
        the field's type (str, int, float, a list of them; None for a missing number where the field may be None),
        and the fields of `given` as they are."""
        hints = _hints(cls)
        return cls(**{name: _as(values[name], hints[name]) for name in names}, **given)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Record) and type(other) is type(self):
            return self.to_dict() == other.to_dict()
        if isinstance(other, dict):
            return self.to_dict() == other
        return NotImplemented

    def __getitem__(self, key: str) -> Any:
        if key not in {f.name for f in fields(self)}:  # type: ignore[arg-type]
            raise KeyError(key)
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def to_dict(self) -> dict[str, Any]:
        return plain(self)  # type: ignore[no-any-return]


# ------------------------------------------------------------------------------------------ outlets and consensus


@dataclass(eq=False)
class ConsensusFigure(Record):
    """One poll option's figure as most outlets printed it, with every source that printed that value."""

    election: str
    poll: str
    option: str
    share: float
    share_text: str
    share_decimals: int
    source: str
    outlet: str
    sources: list[str]
    outlets: int  # how many sources printed this value
    printings: int  # how many sources printed the figure at all
    file: str
    row: int
    why: str = ""  # why this printing is the figure used (docs/methods.md §7.3)


@dataclass(eq=False)
class Printing(Record):
    source: str
    share: str  # as printed
    file: str
    row: int
    outlet: str = ""  # the source's outlet (sources.csv)


@dataclass(eq=False)
class PrintedValue(Record):
    """One value a poll figure was printed as: who printed it, what the poll sums to with it (the other options at
    their consensus) and, for a value not used, the verdict on it (kzcheck.methods.verdicts)."""

    share: str  # as printed (the first printing of the value)
    printings: list[Printing]  # every printing of this value, in file order
    poll_sum: float
    band: float  # the rounding band of that sum
    fits: bool  # the sum is within 100 ± band
    used: bool  # the value used (the consensus)
    verdict: str | None = None  # a value not used: kzcheck.methods.verdicts.Kind
    detail: str | None = None  # ... and the verdict's clause
    benign: bool | None = None  # ... a rounding or truncation of the value used


# what a figure printed differently most probably is (docs/methods.md §7.3): `OutletDisagreement.verdict`
ROUNDING = "rounding"  # every printing is within the others' rounding: one value at several precisions
EXPLAINED = "explained"  # every value not used is a rounding or truncation of the value used
MISQUOTE = "misquote"  # a value not used is a probable misquote (its verdict says of what)
UNDECIDED = "undecided"  # which value is right cannot be told from the figures
SPLITS = (ROUNDING, EXPLAINED, MISQUOTE, UNDECIDED)


@dataclass(eq=False)
class OutletDisagreement(Record):
    """A poll figure two outlets printed differently: the printings, each value with its poll sum and verdict, the
    value used and why, and what the difference most probably is (`verdict`, one of SPLITS)."""

    election: str
    poll: str
    option: str
    pollster: str  # the poll's pollster, as polls/ names it
    option_name: str  # the option's name (the election file)
    printings: list[Printing]  # every printing, in file order
    values: list[PrintedValue]  # one per value printed, in order of first printing
    verdict: str  # ROUNDING | EXPLAINED | MISQUOTE | UNDECIDED
    majority: str | None  # the value most outlets print; None when no value is printed by more outlets
    used: str
    used_source: str
    used_outlet: str
    file: str  # the printing that differs from the value used
    row: int
    why: str = ""  # why the value used is used (docs/methods.md §7.3)

    @property
    def benign(self) -> bool:
        """A rounding or truncation: the right figure printed at another precision."""
        return self.verdict in (ROUNDING, EXPLAINED)


# ---------------------------------------------------------------------------------------------- poll comparison


@dataclass(eq=False)
class PairComparison(Record):
    """Two polls' shares of one option: the difference and its test against sampling error, or why there is none."""

    election: str
    option: str
    poll_a: str
    poll_b: str
    pollster_a: str
    pollster_b: str
    share_a: str
    share_b: str
    source_a: str
    source_b: str
    n_a: int | None
    n_b: int | None
    deff_a: float | None
    deff_b: float | None
    difference: float | None
    se: float | None
    z: float | None
    p_value: float | None
    rounding: float | None
    significant: bool
    testable: bool
    comparable: bool
    reason: str | None
    deff_origin_a: str | None = None  # where each poll's design effect came from (kzcheck.methods.design.ORIGINS)
    deff_origin_b: str | None = None
    p_rounded: float | None = None  # the p-value once both printed figures are granted their rounding
    p_adjusted: float | None = None  # p_rounded adjusted within `family` by `adjustment`
    family: str | None = None  # <election>:<group>:option-differences
    adjustment: str | None = None  # holm | bh
    same_test_as: str | None = None  # a two-option contest: the option whose test this row repeats, negated


@dataclass(eq=False)
class GroupThresholdCall(Record):
    option: str
    threshold: float
    clears: dict[str, bool]  # poll -> at or above the threshold
    shares: dict[str, str]  # poll -> share as printed
    agree: bool
    # poll -> {z, se, p_value, p_adjusted, significant, deff, deff_origin, family, adjustment}: share against the line
    tests: dict[str, dict[str, Any]] = field(default_factory=dict)
    family: str | None = None
    supported: bool | None = None  # one poll significantly above and another significantly below


@dataclass(eq=False)
class RankingDisagreement(Record):
    options: list[str]
    ahead_first: list[str]
    ahead_second: list[str]


@dataclass(eq=False)
class GroupCalls(Record):
    """One comparison group of polls (kind@scope) of an election: winners, threshold calls, rankings, turnout."""

    election: str
    group: str
    kind: str
    scope: str
    polls: list[str]
    pollsters: dict[str, str]
    winners: dict[str, list[str]]
    winner_agrees: bool
    threshold: list[GroupThresholdCall]
    ranking: dict[str, list[str]]
    ranking_disagreements: list[RankingDisagreement]
    turnout: dict[str, float]
    turnout_spread: float | None
    # {tests: poll -> the leader's lead test, family, supported}; per ranking disagreement the per-poll order tests;
    # one Rao-Scott test per pair of polls; poll -> {deff, origin, detail}
    winner_tests: dict[str, Any] = field(default_factory=dict)
    ranking_tests: list[dict[str, Any]] = field(default_factory=list)
    joint: list[dict[str, Any]] = field(default_factory=list)
    design_effects: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(eq=False)
class LonePoll(Record):
    """A poll compared with no other poll, with the reason."""

    election: str
    poll: str
    pollster: str
    kind: str | None
    scope: str
    reason: str


# ---------------------------------------------------------------------------------------- official and allocation


@dataclass(eq=False)
class Allocation(Record):
    """One status's list seats: recomputed from the CEC's votes under the law's method, against those printed."""

    election: str
    status: str
    tier: str
    seats: int
    method: str
    threshold: float | None
    recomputed: dict[str, int] | None
    quota: float | None
    eligible: list[str] | None
    printed: dict[str, int] | None
    match: bool | None
    alternatives: dict[str, dict[str, int] | None]


# ------------------------------------------------------------------------------------------------ reconciliation


@dataclass(eq=False)
class OptionScore(Record):
    """One option of a reconciled poll: the poll's share against the official one."""

    option: str
    name: str
    poll_share: float
    poll_share_text: str
    poll_source: str
    poll_sources: list[str]
    poll_outlet: str
    official_share: float
    official_percent_text: str | None
    official_votes: int | None
    error: float
    inside_stated_margin: bool | None
    interval_low: float | None
    interval_high: float | None
    inside_interval: bool | None
    file: str
    row: int
    a: float | None = None  # Arzheimer-Evans A for this option
    poll_share_half: float = 0.0  # half a unit of the printed figure's last decimal
    poll_printings: int = 1  # how many sources printed this figure
    poll_why: str = ""  # why this printing is the figure scored (docs/methods.md §7.3)


@dataclass(eq=False)
class ThresholdCall(Record):
    option: str
    name: str
    threshold: float
    poll_share: float
    official_share: float
    poll_clears: bool
    official_clears: bool
    right: bool
    z: float | None = None  # the poll's share against the line (rounding granted in p_value)
    p_value: float | None = None
    p_clears: float | None = None  # share of simulated samples like the poll's that clear the line
    deff: float | None = None
    deff_origin: str | None = None


@dataclass
class BaseReading(Record):
    """A poll that published only some answers, read on one base: the official shares and the poll's errors."""

    base: str
    official_shares: dict[str, float]
    errors: dict[str, float]


@dataclass(eq=False)
class PollScore(Record):
    """One (election, poll) against the CEC: reconciled, awaiting the CEC, or not comparable (with the reason)."""

    election: str
    poll: str
    pollster: str
    scope: str
    kind: str | None
    file: str
    row: int
    sample_size: int | None = None
    deff: float | None = None
    deff_origin: str | None = None  # kzcheck.methods.design.ORIGINS
    deff_detail: str | None = None
    margin_of_error: float | None = None
    turnout_estimate: float | None = None
    area: str | None = None
    status: str | None = None  # RECONCILED | AWAITING | NOT_COMPARABLE (kzcheck.analysis.reconciliation)
    against: str | None = None  # the stage scored against: final or preliminary
    reason: str | None = None
    options: list[OptionScore] = field(default_factory=list)
    m3: float | None = None
    max_error: float | None = None
    max_error_option: str | None = None
    m5: float | None = None
    m5_options: list[str] | None = None
    b: float | None = None
    b_se: float | None = None
    b_w: float | None = None
    b_w_se: float | None = None
    b_note: str | None = None
    printed_sum: float | None = None  # the poll's printed shares summed; A, B, B_w, fit and null use them rescaled
    rescaled: bool = False
    null: dict[str, Any] | None = None  # B, B_w, M3 against unbiased polls: {draws, seed, effective_n, b: {...}, ...}
    mtk_a: float | None = None
    mtk_a_se: float | None = None
    m5_se: float | None = None
    m5_low: float | None = None
    m5_high: float | None = None
    fit: dict[str, Any] | None = None  # {statistic, df, p_value, deff_needed, ratio}: the error against sampling error
    threshold_calls: list[ThresholdCall] = field(default_factory=list)
    seats_projected: dict[str, int] | None = None
    seats_uncertainty: dict[str, Any] | None = None  # {clears, low, high, median, draws, seed, effective_n, ...}
    seats_official: dict[str, int] | None = None
    seats_official_basis: str | None = None
    rank: int | None = None
    ranked_of: int | None = None
    official_turnout: float | None = None
    turnout_error: float | None = None
    published: list[str] | None = None  # the answers the poll published, when only some (polls/ published)
    share_base: str | None = None  # the base scored on: options | respondents | took_part (docs/methods.md §7.4)
    share_base_stated: bool | None = None  # whether polls/ states the base, or both readings are shown
    readings: list[BaseReading] = field(default_factory=list)  # each base's official shares and errors
    depends_on_base: bool | None = None  # whether the verdict depends on a base the poll did not state


# ------------------------------------------------------------------------------------ printings of official figures


@dataclass
class PrintedAt(Record):
    """Who printed a figure and where it is in the data."""

    source: str
    outlet: str
    file: str
    row: int
    text: str  # as printed


@dataclass
class OfficialPrinting(Record):
    """A printing of an official, intraday or poll-method figure that differs from the figure used, with its verdict."""

    election: str
    status: str  # preliminary | final | intraday | poll (a poll's method facts)
    area: str  # the area, or the poll
    line: str
    as_of: str | None
    field: str  # count | percent | seats | sample_size | polling_stations | margin_of_error
    printing: PrintedAt
    used: PrintedAt
    why: str  # why the figure used is used
    agreeing: list[PrintedAt]  # other printings of the figure used
    verdict: str  # docs/methods.md §7.1
    detail: str


# ---------------------------------------------------------------------------------------------------- all of them


@dataclass
class Tables:
    """Every analysis table of one run. A new table is a record type above and one field here."""

    exit_poll_deff: float | None  # --deff: one design effect for every exit poll; None: each poll's own (its origin)
    consensus: list[ConsensusFigure] = field(default_factory=list)
    outlet_disagreements: list[OutletDisagreement] = field(default_factory=list)
    comparison: list[PairComparison] = field(default_factory=list)
    pollster_calls: list[GroupCalls] = field(default_factory=list)
    not_comparable: list[LonePoll] = field(default_factory=list)
    reconciliation: list[PollScore] = field(default_factory=list)
    allocation: list[Allocation] = field(default_factory=list)
    pollsters: list[PollsterRecord] = field(default_factory=list)  # track records (kzcheck.analysis.track_record)
    families: dict[str, str] = field(default_factory=dict)  # option family id -> name, in families.csv's order
    printings: list[OfficialPrinting] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return plain(self)  # type: ignore[no-any-return]
