"""The names the data holds, found in an article: options and answers, protocol lines, areas and pollsters.

Every name comes from the data folder (the election file's names, aliases and pollsters, the areas file, the polls
file's pollster names, `pollsters.csv` where there is one); nothing here is particular to one election. A printed name
matches when each of its words is a form of the name's word (`morphology.same_word`), or, failing that, close in
spelling (rapidfuzz), which is reported as an approximate match.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from kzcheck.extract.data import Election
from kzcheck.extract.morphology import same_word
from kzcheck.extract.text import Token, normalise, tokens

OPTION, LINE, AREA, POLLSTER = "option", "line", "area", "pollster"
FUZZY_CUTOFF = 90  # rapidfuzz ratio (0-100) for an approximate word match
FUZZY_MIN_LENGTH = 6
PARTY_WORDS = ("party", "партия", "партиясы")


@dataclass(frozen=True)
class Name:
    kind: str  # option | line | area | pollster
    id: str  # option / line / area id, or the pollster's canonical name
    printed: str  # the alias as the data spells it
    words: tuple[str, ...]
    proper: bool  # a one-word proper name: must be capitalised in the article


@dataclass(frozen=True)
class Mention:
    kind: str
    id: str
    start: int
    end: int
    printed: str  # as in the article
    alias: str  # the data's spelling it matched
    fuzzy: float | None = None  # rapidfuzz score of an approximate match


@dataclass
class Gazetteer:
    names: list[Name] = field(default_factory=list)
    countries: tuple[str, ...] = ()

    def add(self, kind: str, ident: str, printed: str) -> None:
        words = tuple(t.text for t in tokens(normalise(printed)))
        if not words:
            return
        proper = len(words) == 1 and words[0][:1].isupper()
        name = Name(kind, ident, printed, words, proper)
        if name not in self.names:
            self.names.append(name)

    def add_short_forms(self) -> None:
        """ "People's Party" for "People's Party of Kazakhstan": an option's name without the country's name, when no
        other name reads the same."""
        country = {w.casefold() for c in self.countries for w in (t.text for t in tokens(normalise(c)))}
        for name in list(self.names):
            if name.kind != OPTION or len(name.words) < 3:
                continue
            words = list(name.words)
            while words and (words[-1].casefold() in {"of", *country} or _country_form(words[-1], country)):
                words.pop()
            while words and _country_form(words[0], country):
                words.pop(0)
            if len(words) >= 2 and len(words) < len(name.words):
                clash = [n for n in self.names if n.id != name.id and _reads(n.words, words)]
                if not clash:
                    self.names.append(Name(OPTION, name.id, " ".join(words), tuple(words), False))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Every name in text[start:end] (normalised), longest first, without overlaps."""
        toks = tokens(text, start, end)
        found: list[Mention] = []
        for i in range(len(toks)):
            for name in self.names:
                m = _match(name, toks, i, text)
                if m:
                    found.append(m)
        found.sort(key=lambda m: (-(m.end - m.start), m.fuzzy is not None, m.start))
        taken: list[Mention] = []
        for m in found:
            if all(m.end <= t.start or m.start >= t.end for t in taken):
                taken.append(m)
        taken = [m for m in taken if not _part_of_place(m, taken, text)]
        return sorted(taken, key=lambda m: m.start)


def _country_form(word: str, country: set[str]) -> bool:
    return any(same_word(word, c) for c in country)


def _reads(words: tuple[str, ...], other: list[str]) -> bool:
    return len(words) == len(other) and all(same_word(a, b) for a, b in zip(words, other, strict=True))


def _fuzzy(printed: str, word: str) -> float | None:
    if len(printed) < FUZZY_MIN_LENGTH or len(word) < FUZZY_MIN_LENGTH:
        return None
    from rapidfuzz import fuzz

    score = fuzz.ratio(printed.casefold(), word.casefold())
    return score if score >= FUZZY_CUTOFF else None


def _match(name: Name, toks: list[Token], i: int, text: str) -> Mention | None:
    n = len(name.words)
    if i + n > len(toks):
        return None
    worst: float | None = None
    for k, word in enumerate(name.words):
        tok = toks[i + k]
        if k and not _adjacent(text, toks[i + k - 1], tok):
            return None
        if same_word(tok.text, word):
            continue
        score = _fuzzy(tok.text, word)
        if score is None:
            return None
        worst = score if worst is None else min(worst, score)
    first, last = toks[i], toks[i + n - 1]
    if name.proper and not first.text[:1].isupper():
        return None
    if len(name.words[-1]) <= 3 and name.words[-1].isupper() and last.text != name.words[-1]:
        return None  # an abbreviation (НПК, QHP) is printed as it is
    return Mention(name.kind, name.id, first.start, last.end, text[first.start : last.end], name.printed, worst)


def _adjacent(text: str, a: Token, b: Token) -> bool:
    """Words of one name: separated only by spaces, hyphens, apostrophes, quotes or a comma (no full stop)."""
    return re.fullmatch(r"[\s\-'\"(),]*", text[a.end : b.start]) is not None and b.start - a.end <= 4


def _part_of_place(m: Mention, taken: list[Mention], text: str) -> bool:
    """ "Республика Казахстан" is the state, not the party Respublica: a one-word option name joined to a place name."""
    if m.kind != OPTION or " " in m.printed.strip():
        return False
    for other in taken:
        if other.kind == AREA and (0 <= other.start - m.end <= 1 or 0 <= m.start - other.end <= 1):
            return True
    return False


def load_gazetteer(data: Path, election: Election, areas_file: Path | None, polls_file: Path | None) -> Gazetteer:
    """All names of one election, from the data folder."""
    from kzcheck.extract.data import election_names

    g = Gazetteer()
    for kind, ident, printed in election_names(election):
        g.add(kind, ident, printed)
    countries: list[str] = []
    for row in _rows(areas_file):
        for col in ("name_en", "name_kk", "name_ru"):
            if row.get(col):
                g.add(AREA, row["area"], row[col])
                if row.get("level") == "country":
                    countries.append(row[col])
    g.countries = tuple(countries)
    known = {n.printed.casefold(): n.id for n in g.names if n.kind == POLLSTER}
    for row in _rows(polls_file):
        printed = (row.get("pollster") or "").strip()
        if printed:
            g.add(POLLSTER, known.get(printed.casefold(), printed), printed)
    for row in _rows(data / "pollsters.csv"):
        _add_registry_row(g, row)
    g.add_short_forms()
    return g


def _add_registry_row(g: Gazetteer, row: dict[str, str]) -> None:
    """A row of `pollsters.csv`: its names and aliases (several per cell, separated by `;` or `|`) are one pollster,
    filed under the name the election file or polls file already knows it by, if any."""
    printed = [v for k, v in row.items() if k and v and ("name" in k or "alias" in k)]
    spellings = [s.strip() for cell in printed for s in re.split(r"[;|]", cell) if s.strip()]
    known = {n.printed.casefold(): n.id for n in g.names if n.kind == POLLSTER}
    ident = next((known[s.casefold()] for s in spellings if s.casefold() in known), None)
    if ident is None and spellings:
        ident = spellings[0]
    for s in spellings:
        g.add(POLLSTER, ident or s, s)


def _rows(path: Path | None) -> list[dict[str, str]]:
    """A small table's rows as printed; an unreadable file is named (InputError), never a traceback."""
    from kzcheck.extract.data import read_text

    if path is None or not path.is_file():
        return []
    return list(csv.DictReader(io.StringIO(read_text(path))))
