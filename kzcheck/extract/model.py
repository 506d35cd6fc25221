"""The records of one extraction: each figure read (an entry), each number that is not a figure, the whole."""

from __future__ import annotations

from dataclasses import dataclass, field

from kzcheck.extract.numbers import Number
from kzcheck.extract.text import Sentence

CONFIDENT, UNCERTAIN, UNATTRIBUTED = "confident", "uncertain", "unattributed"
POLL, OFFICIAL = "poll", "official"
SHARE, SAMPLE, STATIONS, MARGIN, TURNOUT, COUNT, PERCENT, SEATS = (
    "share", "sample_size", "stations", "margin", "turnout", "count", "percent", "seats",
)  # fmt: skip


@dataclass
class Entry:
    """One figure the article prints, as read."""

    kind: str  # share | sample_size | stations | margin | turnout | count | percent | seats
    subject: str | None  # poll | official | None when no speaker is named
    number: Number
    sentence: Sentence
    option: str | None = None
    line: str | None = None
    name_printed: str | None = None
    area: str | None = None
    area_printed: str | None = None
    time_of_day: str | None = None
    pollster: str | None = None  # canonical name
    pollster_printed: str | None = None
    poll: str | None = None  # poll id in the data, when the pollster has exactly one poll of that kind
    attributed_from: int | None = None  # the sentence that named the speaker, when an earlier one
    reasons: list[str] = field(default_factory=list)

    @property
    def confidence(self) -> str:
        if self.subject is None or (self.subject == POLL and self.pollster is None):
            return UNATTRIBUTED
        return UNCERTAIN if self.reasons else CONFIDENT


@dataclass(frozen=True)
class Ignored:
    """A number that is not a figure of the data, and why."""

    start: int
    end: int
    printed: str
    why: str


@dataclass
class Extraction:
    text: str
    language: str
    sentences: list[Sentence]
    entries: list[Entry]
    ignored: list[Ignored]
