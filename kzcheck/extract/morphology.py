"""When two word forms are one word: Russian through pymorphy3's dictionary (with its guesser for names it does not
know), Kazakh and Russian case endings on names (Аманатты, Аманата, Байтақтың), English possessives and plurals."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Case, possessive and plural endings only: derivational suffixes (-дық, -лық, -лы) make other words (ауылдық = rural).
KAZAKH_ENDINGS = (
    "ларының",
    "лерінің",
    "дарының",
    "деріне",
    "ларына",
    "лерінде",
    "ларында",
    "сының",
    "сінің",
    "сынан",
    "сінен",
    "сында",
    "сінде",
    "сына",
    "сіне",
    "ының",
    "інің",
    "ынан",
    "інен",
    "ында",
    "інде",
    "дағы",
    "дегі",
    "тағы",
    "тегі",
    "ның",
    "нің",
    "дың",
    "дің",
    "тың",
    "тің",
    "дан",
    "ден",
    "тан",
    "тен",
    "нан",
    "нен",
    "мен",
    "бен",
    "пен",
    "лар",
    "лер",
    "дар",
    "дер",
    "тар",
    "тер",
    "ына",
    "іне",
    "сын",
    "сін",
    "ны",
    "ні",
    "ды",
    "ді",
    "ты",
    "ті",
    "ға",
    "ге",
    "қа",
    "ке",
    "на",
    "не",
    "да",
    "де",
    "та",
    "те",
    "сы",
    "сі",
    "ын",
    "ін",
    "ы",
    "і",
    "а",
    "е",
    "н",
)
RUSSIAN_ENDINGS = (
    "ами",
    "ями",
    "ого",
    "его",
    "ому",
    "ему",
    "ыми",
    "ими",
    "ом",
    "ем",
    "ой",
    "ей",
    "ою",
    "ею",
    "ов",
    "ев",
    "ам",
    "ям",
    "ах",
    "ях",
    "ым",
    "им",
    "ую",
    "юю",
    "ая",
    "яя",
    "ое",
    "ее",
    "ые",
    "ие",
    "ых",
    "их",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "и",
    "ы",
)
ENGLISH_ENDINGS = ("'s", "es", "s")
ENDINGS = tuple(sorted(set(KAZAKH_ENDINGS + RUSSIAN_ENDINGS + ENGLISH_ENDINGS), key=len, reverse=True))
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
MIN_STEM = 3


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def stems(word: str) -> frozenset[str]:
    """The word and every reading of it without one case/possessive/plural ending (never shorter than three
    letters): институтының → институт, институты → институ and институт."""
    w = word.casefold()
    return frozenset({w, *(w[: -len(e)] for e in ENDINGS if w.endswith(e) and len(w) - len(e) >= MIN_STEM)})


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """Russian dictionary forms of a word (empty for words in other scripts)."""
    w = word.casefold()
    if not CYRILLIC.search(w) or KAZAKH_LETTERS.search(w):
        return frozenset()
    return frozenset(p.normal_form for p in _analyzer().parse(w))


def same_word(printed: str, name: str) -> bool:
    """Whether a word of the article is a form of a word of a name."""
    p, n = printed.casefold(), name.casefold()
    if p == n:
        return True
    if len(n) < MIN_STEM or len(p) < MIN_STEM:
        return False
    sp = stems(p)
    if n in sp or (len(n) >= 4 and sp & stems(n)):
        return True
    lp, ln = lemmas(p), lemmas(n)
    return bool(lp and ln and lp & ln)
