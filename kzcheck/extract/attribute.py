"""Numbers and names of one article → entries: what each figure is, whose it is, how sure the reading is.

Attribution follows the text: a sentence that names a pollster (or the election commission) sets who speaks for the
figures after it, across sentences and paragraphs, until another one is named. Nothing is guessed: a figure with no
named speaker is *unattributed*; one whose reading has a doubt (two pollsters named together, a second figure for
the same option from the same speaker, a year of another vote, an approximate name, a qualifier the data cannot
hold) is *uncertain*, with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kzcheck.extract import words as W
from kzcheck.extract.model import (
    COUNT,
    MARGIN,
    OFFICIAL,
    PERCENT,
    POLL,
    SAMPLE,
    SEATS,
    SHARE,
    STATIONS,
    TURNOUT,
    Entry,
    Extraction,
    Ignored,
)
from kzcheck.extract.names import POLLSTER, Gazetteer, Mention
from kzcheck.extract.numbers import Number, Skipped, find_numbers, times_of_day
from kzcheck.extract.pairing import read_sentence
from kzcheck.extract.text import Sentence, normalise, sentences


@dataclass
class _Speaker:
    subject: str | None = None
    pollsters: tuple[Mention, ...] = ()
    sentence: int | None = None
    together: bool = False  # two pollsters named together, no figure between them
    mixed: bool = False  # the sentence names the election commission too


def guess_language(text: str) -> str:
    """kk when Kazakh letters appear, ru for other Cyrillic text, en otherwise."""
    if re.search(r"[әғқңөұүһі]", text, re.IGNORECASE):
        return "kk"
    return "ru" if re.search(r"[а-яА-Я]", text) else "en"


def extract(
    original: str,
    gazetteer: Gazetteer,
    *,
    election_year: int,
    country_area: str,
    turnout_line: str | None,
    polls: dict[str, list[tuple[str, str]]],
    language: str | None = None,
) -> Extraction:
    """Every figure of the article. `polls` maps a pollster's canonical name to its (poll id, kind) in the data."""
    text = normalise(original)
    lang = language or guess_language(text)
    sents = sentences(original)
    entries: list[Entry] = []
    ignored: list[Ignored] = []
    speaker = _Speaker()
    paragraph_time: tuple[int, str | None] = (-1, None)
    for s in sents:
        stext = text[s.start : s.end]
        mentions = gazetteer.find(text, s.start, s.end)
        numbers, skipped = find_numbers(text, lang, s.start, s.end)
        ignored += [Ignored(k.start, k.end, k.printed, k.why) for k in skipped]
        speaker = _next_speaker(speaker, s, stext, mentions, numbers)
        times = times_of_day(text, s.start, s.end)
        if paragraph_time[0] != s.paragraph:
            paragraph_time = (s.paragraph, None)
        if times:
            paragraph_time = (s.paragraph, times[-1][2])
        other_vote = _other_vote(stext, skipped, election_year)
        found, dropped = read_sentence(text, s, mentions, numbers, lang)
        ignored += dropped
        for e in found:
            _attribute(e, speaker, mentions, s)
        if any(e.subject == POLL and e.kind == COUNT for e in found):
            for e in found:  # polls print no vote counts: the sentence may be the commission's, unnamed
                if e.subject == POLL and e.kind != COUNT:
                    e.reasons.append(
                        "the sentence prints vote counts, which polls do not: it may be an official figure"
                    )
        for e in found:
            e.time_of_day = _time_for(e, times, paragraph_time[1])
            if e.kind in (TURNOUT, COUNT, PERCENT, SEATS, SHARE) and e.area is None:
                e.area = country_area
            if e.kind == TURNOUT:
                e.line = turnout_line
            if other_vote:
                e.reasons.append(other_vote)
            if e.number.ambiguous:
                e.reasons.append(e.number.ambiguous)
            entries.append(e)
    _repeats(entries)
    for e in entries:
        _resolve_poll(e, polls, text)
    return Extraction(original, lang, sents, entries, sorted(ignored, key=lambda i: i.start))


# --- who speaks ----------------------------------------------------------------------------------------------------


def _next_speaker(prev: _Speaker, s: Sentence, stext: str, mentions: list[Mention], numbers: list[Number]) -> _Speaker:
    pollsters = tuple(m for m in mentions if m.kind == POLLSTER)
    if pollsters:
        return _Speaker(POLL, pollsters, s.index, _named_together(pollsters, numbers), bool(W.OFFICIAL.search(stext)))
    if W.OFFICIAL.search(stext):
        return _Speaker(OFFICIAL, (), s.index)
    if W.POLL.search(stext):
        if W.NEW_POLL.search(stext) or prev.subject != POLL:
            return _Speaker(POLL, (), s.index)  # a poll, unnamed: its figures cannot be attributed
        return prev
    return prev


def _named_together(pollsters: tuple[Mention, ...], numbers: list[Number]) -> bool:
    ids = {m.id for m in pollsters}
    if len(ids) < 2:
        return False
    for a, b in zip(pollsters, pollsters[1:], strict=False):
        if a.id != b.id and not any(a.end <= n.start < b.start for n in numbers):
            return True
    return False


def _attribute(e: Entry, speaker: _Speaker, mentions: list[Mention], s: Sentence) -> None:
    if e.subject is not None:
        return
    here = [m for m in mentions if m.kind == POLLSTER]
    if speaker.subject == OFFICIAL:
        e.subject = OFFICIAL
    elif speaker.subject == POLL:
        e.subject = POLL
        if speaker.mixed:
            e.reasons.append(
                "the sentence that names the pollster names the election commission too: whose is not said"
            )
        if here:
            before = [m for m in here if m.end <= e.number.start]
            distinct = {m.id for m in here}
            if speaker.together:
                e.reasons.append(
                    "two pollsters are named together ("
                    + " and ".join(sorted({m.printed for m in here}))
                    + "): which figure is whose is not said"
                )
            if before:
                chosen = before[-1]
            elif len(distinct) == 1:
                chosen = here[0]
            else:
                e.subject = POLL
                e.reasons.append("several pollsters are named after the figure, none before it")
                return
            e.pollster, e.pollster_printed = chosen.id, chosen.printed
            if chosen.fuzzy is not None:
                e.reasons.append(f"pollster name matched approximately: {chosen.printed!r} ~ {chosen.alias!r}")
        elif speaker.pollsters:
            distinct_ids = {m.id for m in speaker.pollsters}
            if len(distinct_ids) > 1:
                e.reasons.append("the sentence that named the pollster named several")
                return
            chosen = speaker.pollsters[-1]
            e.pollster, e.pollster_printed = chosen.id, chosen.printed
            e.attributed_from = speaker.sentence
    if e.subject is None and e.kind in (SAMPLE, STATIONS, MARGIN):
        e.subject = POLL
    if e.kind == SHARE and e.subject == OFFICIAL:
        e.kind = PERCENT
    if e.kind in (SEATS, COUNT) and e.subject == POLL:
        e.reasons.append(f"a {e.kind} figure where the text speaks of a poll")


def _resolve_poll(e: Entry, polls: dict[str, list[tuple[str, str]]], text: str) -> None:
    if e.subject != POLL or e.pollster is None:
        return
    known = polls.get(e.pollster, [])
    if W.EXIT_POLL.search(text):  # an article about an exit poll is not about the pollster's pre-election survey
        known = [(p, kind) for p, kind in known if kind in ("exit", "")]
    if len(known) == 1:
        e.poll = known[0][0]
    elif len(known) > 1:
        e.reasons.append(f"{e.pollster} has {len(known)} polls in the data; the text does not say which")


def _time_for(e: Entry, times: list[tuple[int, int, str]], paragraph: str | None) -> str | None:
    """A turnout's time of day: in its sentence, else the paragraph's; a protocol line's only in its sentence.
    Option votes are never intraday."""
    if e.kind == TURNOUT or (e.line is not None and e.kind in (COUNT, PERCENT)):
        before = [t for a, _, t in times if a <= e.number.start]
        here = before[-1] if before else (times[0][2] if times else None)
        return here or (paragraph if e.kind == TURNOUT else None)
    return None


OTHER_VOTE_REASONS = ("the sentence names", "the sentence speaks of another vote")


def _other_vote(stext: str, skipped: list[Skipped], year: int) -> str | None:
    years = sorted({k.printed for k in skipped if k.why == "a year" and k.printed != str(year)})
    if years:
        return f"the sentence names {', '.join(years)}: the figure may be another vote's"
    m = W.OTHER_VOTE.search(stext)
    if m:
        return f"the sentence speaks of another vote ({m.group()!r})"
    return None


def _repeats(entries: list[Entry]) -> None:
    """A second figure for the same option from the same speaker means the text moved on (another poll, another vote):
    neither figure can be filed with confidence."""
    seen: dict[tuple[object, ...], Entry] = {}
    for e in entries:
        if e.subject is None or any(r.startswith(OTHER_VOTE_REASONS) for r in e.reasons):
            continue
        key = (e.kind, e.subject, e.pollster, e.option, e.line, e.area, e.time_of_day)
        first = seen.get(key)
        if first is None:
            seen[key] = e
            continue
        if first.number.value == e.number.value:
            continue  # the same figure printed twice
        why = (
            f"a second {e.kind} for {e.option or e.line or 'the poll'} from "
            f"{e.pollster or e.subject} ({first.number.printed} and {e.number.printed}): the text may have moved on "
            "to another poll or vote"
        )
        for x in (first, e):
            if why not in x.reasons:
                x.reasons.append(why)
