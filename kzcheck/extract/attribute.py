"""Numbers and names of one article → entries: what each figure is, whose it is, how sure the reading is.

Attribution follows the text: a sentence that names a pollster (or the election commission) sets who speaks for the
figures after it, across sentences and paragraphs, until another one is named. Nothing is guessed: a figure with no
named speaker is *unattributed*; one whose reading has a doubt (two pollsters named together, a second figure for
the same option from the same speaker, a year of another vote, an approximate name, a qualifier the data cannot
hold) is *uncertain*, with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kzcheck.extract import words as W
from kzcheck.extract.names import AREA, LINE, OPTION, POLLSTER, Gazetteer, Mention
from kzcheck.extract.numbers import Number, Skipped, find_numbers, times_of_day
from kzcheck.extract.text import Sentence, normalise, sentences

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
        found, dropped = _read_sentence(text, s, mentions, numbers, lang)
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


# --- what each number is ---------------------------------------------------------------------------------------------


def _read_sentence(
    text: str, s: Sentence, mentions: list[Mention], numbers: list[Number], lang: str
) -> tuple[list[Entry], list[Ignored]]:
    options = [m for m in mentions if m.kind in (OPTION, LINE)]
    areas = [m for m in mentions if m.kind == AREA]
    stext = text[s.start : s.end]
    respectively = bool(W.RESPECTIVELY.search(stext))
    entries: list[Entry] = []
    ignored: list[Ignored] = []
    used: set[int] = set()  # mentions a figure printed before its name has taken
    pending_list: list[Mention] = []
    for i, n in enumerate(numbers):
        after = text[n.end : n.end + 40]
        before = text[max(s.start, n.start - 40) : n.start]
        if W.AFTER_POINTS.match(after):
            ignored.append(Ignored(n.start, n.end, n.printed, "a difference in points, not a figure"))
            continue
        if W.BEFORE_THRESHOLD.search(before) or W.AFTER_THRESHOLD.match(after):
            ignored.append(Ignored(n.start, n.end, n.printed, "a threshold, not a figure"))
            continue
        if n.percent and W.AFTER_SEAT_SHARE.match(after):
            ignored.append(Ignored(n.start, n.end, n.printed, "a share of seats, not of votes"))
            continue
        if W.NEAR_MARGIN.search(before[-30:]):
            entries.append(Entry(MARGIN, None, n, s))
            continue
        if not n.percent and W.AFTER_OTHER_UNIT.match(after):
            ignored.append(Ignored(n.start, n.end, n.printed, "counts something the data does not hold"))
            continue
        name, list_names = _name_for(n, i, numbers, options, used, text)
        area = _nearest(n, numbers, areas, text)
        if name is None and not n.percent and W.AFTER_STATIONS.match(after):
            entries.append(Entry(STATIONS, None, n, s))
            continue
        if name is None and not n.percent and W.AFTER_PEOPLE.match(after) and n.value >= 100:
            entries.append(Entry(SAMPLE, None, n, s))
            continue
        if name is None and n.percent and W.TURNOUT.search(stext):
            e = Entry(TURNOUT, None, n, s)
            if area:
                e.area, e.area_printed = area.id, area.printed
            entries.append(e)
            continue
        if name is None and entries and _joined(text, entries[-1].number, n):
            # "53.46% and 54.42%": a figure printed right after another, with no name of its own
            prev = entries[-1]
            e = Entry(prev.kind, None, n, s, option=prev.option, line=prev.line, name_printed=prev.name_printed)
            e.area, e.area_printed = prev.area, prev.area_printed
            listed = next((r for r in prev.reasons if r.startswith(LISTED)), None)
            e.reasons.append(listed or f"{LISTED} after one name ({prev.name_printed}): which is whose is not said")
            entries.append(e)
            continue
        if name is None:
            why = "names no option, protocol line or turnout" if n.percent else "counts nothing the data holds"
            ignored.append(Ignored(n.start, n.end, n.printed, why))
            continue
        if n.percent:
            kind = SHARE
        elif W.AFTER_SEATS.match(after) and n.is_integer:
            kind = SEATS
        elif (n.is_integer or not n.exact) and (
            name.kind == LINE or W.AFTER_VOTES.match(after) or W.AFTER_PEOPLE.match(after)
        ):
            kind = COUNT
        elif n.is_integer or not n.exact:
            ignored.append(
                Ignored(n.start, n.end, n.printed, "a number beside a name with no word saying what it counts")
            )
            continue
        else:
            ignored.append(Ignored(n.start, n.end, n.printed, "a decimal that is not a percentage"))
            continue
        e = Entry(kind, None, n, s, name_printed=name.printed)
        if name.kind == OPTION:
            e.option = name.id
        else:
            e.line = name.id
        if name.fuzzy is not None:
            e.reasons.append(f"name matched approximately: {name.printed!r} ~ {name.alias!r}")
        if area and area.id:
            e.area, e.area_printed = area.id, area.printed
        if list_names:
            pending_list = list_names
            e.reasons.append(
                f"{LISTED}: names ("
                + ", ".join(m.printed for m in list_names)
                + ")"
                + (" then figures, 'respectively'" if respectively else " then figures: which is whose is not said")
            )
        entries.append(e)
    if respectively and pending_list:
        _respectively(entries, pending_list)
    return entries, ignored


LISTED = "printed together"


def _joined(text: str, a: Number, b: Number) -> bool:
    return a.percent == b.percent and a.end <= b.start and W.LIST_JOIN.match(text[a.end : b.start]) is not None


def _name_for(
    n: Number, i: int, numbers: list[Number], names: list[Mention], used: set[int], text: str
) -> tuple[Mention | None, list[Mention]]:
    """The option or line a number belongs to. A sentence that prints its first figure before any name ("4.47% voted
    against all"; Kazakh "6,25 пайызы ... партиясын қолдады") pairs each figure with the name after it; otherwise each
    figure takes the nearest name before it with no figure of the same family between ("Amanat - 54.42%"), or else
    the name after it when that name has no figure of its own. Also the names printed together in a list, if any."""
    number_first = bool(numbers) and (not names or numbers[0].start < names[0].start)
    if number_first:
        m = _after(n, numbers, names, used, text, own_rule=False)
        if m is not None:
            return m, []
    before = _before(n, numbers, names, used, text)
    if before is not None:
        return before
    if not number_first:
        m = _after(n, numbers, names, used, text, own_rule=True)
        if m is not None:
            return m, []
    return None, []


def _before(
    n: Number, numbers: list[Number], names: list[Mention], used: set[int], text: str
) -> tuple[Mention, list[Mention]] | None:
    same = [m for m in numbers if _family(m, text) == _family(n, text)]
    prev_same = max((m.end for m in same if m.end <= n.start), default=-1)
    prev_any = max((m.end for m in numbers if m.end <= n.start), default=-1)
    before = [m for k, m in enumerate(names) if prev_same <= m.start and m.end <= n.start and k not in used]
    if not before:
        return None
    chosen = before[-1]
    group = [chosen]
    for m in reversed(before[:-1]):
        if m.id != group[-1].id and W.LIST_JOIN.match(text[m.end : group[-1].start]):
            group.append(m)
        elif m.id == group[-1].id and re.fullmatch(r"[\s()\-]*", text[m.end : group[-1].start]):
            continue
        else:
            break
    listed = list(reversed(group)) if len({g.id for g in group}) > 1 and prev_any < chosen.start else []
    return chosen, listed


def _after(
    n: Number, numbers: list[Number], names: list[Mention], used: set[int], text: str, own_rule: bool
) -> Mention | None:
    nxt = min((m.start for m in numbers if m.start >= n.end), default=None)
    after = [
        (k, m) for k, m in enumerate(names) if n.end <= m.start and (nxt is None or m.end <= nxt) and k not in used
    ]
    if not after or after[0][1].start - n.end > 80:
        return None
    k, m = after[0]
    if ";" in text[n.end : m.start] or (not own_rule and m.start - n.end > 50):
        return None
    if own_rule:
        own = min((x.start for x in numbers if x.start >= m.end), default=None)
        later = min((x.start for x in names if x.start >= m.end), default=None)
        if own is not None and (later is None or own < later):
            return None  # "8 seats, Amanat 3.4 million": the name after the figure has a figure of its own
    used.add(k)
    return m


def _family(n: Number, text: str) -> str:
    """Numbers of one family compete for a name; a count, its percentage and its seats do not."""
    if n.percent:
        return "percent"
    return "seats" if W.AFTER_SEATS.match(text, n.end) else "count"


def _nearest(n: Number, numbers: list[Number], areas: list[Mention], text: str) -> Mention | None:
    prev = max((m.end for m in numbers if m.end <= n.start and _family(m, text) == _family(n, text)), default=-1)
    before = [a for a in areas if prev <= a.start and a.end <= n.start]
    if before:
        return before[-1]
    nxt = min((m.start for m in numbers if m.start >= n.end), default=len(text))
    after = [a for a in areas if n.end <= a.start and a.end <= nxt and a.start - n.end <= 40]
    return after[0] if after else None


def _respectively(entries: list[Entry], listed: list[Mention]) -> None:
    """ "Amanat and Auyl got 53% and 10% respectively": the k-th figure after the list is the k-th name's."""
    run = [e for e in entries if any(r.startswith(LISTED) for r in e.reasons) and e.number.start > listed[-1].end]
    if len(run) != len(listed):
        return
    figures = run
    for e, m in zip(figures, listed, strict=True):
        e.option, e.line = (m.id, None) if m.kind == OPTION else (None, m.id)
        e.name_printed = m.printed
        e.reasons = [r for r in e.reasons if not r.startswith(LISTED)]


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
