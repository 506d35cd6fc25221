"""The records of a pollster's track record, built by `kzcheck.analysis.track_record` and read by every renderer:
one per pollster, one per vote it polled, one per option family it has a house effect on."""

from __future__ import annotations

from dataclasses import dataclass, field

from kzcheck.methods.track_record import Evidence


@dataclass(frozen=True)
class FamilyError:
    """A poll's signed error on one option family in one vote; option None: the vote has no member of the family."""

    family: str
    name: str
    option: str | None
    option_name: str | None
    error: float | None
    note: str | None = None


@dataclass(frozen=True)
class VoteRecord:
    """One poll of one vote by a pollster, scored or with the reason it was not."""

    election: str
    election_name: str
    election_kind: str
    date: str
    poll: str
    printed_name: str
    scope: str
    scored: bool
    reason: str | None  # why it was not scored; for a scored poll, a note (preliminary results, options missing)
    against: str | None = None  # "final" | "preliminary"
    m3: float | None = None
    b_w: float | None = None
    b_w_se: float | None = None
    winner: str | None = None  # the official result's leading option
    winner_name: str | None = None
    winner_error: float | None = None  # poll share minus official share of the winner, points
    margin_error: float | None = None  # |M5|: absolute error on the lead of the winner over the runner-up
    families: list[FamilyError] = field(default_factory=list)
    covered: int | None = None  # official shares inside the poll's own 95% interval
    covered_of: int | None = None
    coverage_note: str | None = None
    others: int = 0  # other pollsters scored in the same vote
    plus_minus_m3: float | None = None  # M3 minus the mean M3 of the other pollsters of the vote
    plus_minus_margin: float | None = None  # |M5| minus the mean |M5| of the other pollsters of the vote
    file: str | None = None
    row: int | None = None

    @property
    def year(self) -> str:
        return self.date[:4]


@dataclass(frozen=True)
class HouseEffectRecord:
    """A pollster's mean signed error on one option family across the votes where it has a member."""

    family: str
    name: str
    n: int
    mean: float | None
    sd: float | None
    se: float | None
    low: float | None
    high: float | None
    level: float
    elections: list[str]  # the scored votes behind it
    absent: list[str]  # scored votes of this pollster with no member of the family

    @property
    def excludes_zero(self) -> bool:
        return self.low is not None and self.high is not None and (self.low > 0 or self.high < 0)


@dataclass
class PollsterRecord:
    """One organisation: who it is, every vote it polled, its house effects and a plain verdict."""

    id: str
    name: str
    registered: bool  # False: a printed name the registry does not know (see the pollster.known finding)
    aliases: list[str] = field(default_factory=list)
    runs_or_funds: str | None = None
    links: list[str] = field(default_factory=list)
    note: str | None = None
    votes: list[VoteRecord] = field(default_factory=list)
    house_effects: list[HouseEffectRecord] = field(default_factory=list)
    mean_plus_minus: float | None = None  # mean of plus_minus_m3 over the scored votes that have one
    plus_minus_votes: int = 0
    evidence: Evidence = Evidence.NONE
    verdict: str = ""

    @property
    def scored(self) -> list[VoteRecord]:
        return [v for v in self.votes if v.scored]


@dataclass
class TrackRecord:
    pollsters: list[PollsterRecord]
    families: dict[str, str]  # family id -> name, in the families file's order
    registry: bool  # whether the data folder has a pollster registry
