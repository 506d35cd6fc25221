"""What each number of a sentence is, and which name it belongs to (the pairing rules; no attribution here)."""

from __future__ import annotations

import re

from kzcheck.extract import words as W
from kzcheck.extract.model import COUNT, MARGIN, SAMPLE, SEATS, SHARE, STATIONS, TURNOUT, Entry, Ignored
from kzcheck.extract.names import AREA, LINE, OPTION, Mention
from kzcheck.extract.numbers import Number
from kzcheck.extract.text import Sentence


def read_sentence(
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
        if n.percent and _turnout_just_before(n, max(s.start, n.start - 40), before, options):
            # "turnout was 54.2%, and Auyl won 10.90%": the figure is the turnout's, not the party's named after it
            entries.append(_turnout(n, s, _nearest(n, numbers, areas, text)))
            continue
        name, list_names = _name_for(n, i, numbers, options, used, text)
        area = _nearest(n, numbers, areas, text)
        stations = not n.percent and W.AFTER_STATIONS.match(after)
        if stations and (name is None or name.kind == LINE):  # "at 467 polling stations": the stations, not a line
            entries.append(Entry(STATIONS, None, n, s))
            continue
        if name is None and not n.percent and W.AFTER_PEOPLE.match(after) and n.value >= 100:
            entries.append(Entry(SAMPLE, None, n, s))
            continue
        if name is None and n.percent and W.TURNOUT.search(stext):
            entries.append(_turnout(n, s, area))
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


def _turnout(n: Number, s: Sentence, area: Mention | None) -> Entry:
    e = Entry(TURNOUT, None, n, s)
    if area:
        e.area, e.area_printed = area.id, area.printed
    return e


def _turnout_just_before(n: Number, offset: int, before: str, names: list[Mention]) -> bool:
    """A turnout word within 30 characters before the figure, with no option or line named between them."""
    found = list(W.TURNOUT.finditer(before))
    if not found:
        return False
    end = offset + found[-1].end()
    return n.start - end <= 30 and not any(end <= m.start and m.end <= n.start for m in names)


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
