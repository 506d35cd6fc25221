"""The article as text: typographic characters normalised (same length, so spans stay valid), paragraphs, sentences,
word tokens with their character spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Same-length replacements only: every span found in the normalised text is a span of the original.
_TRANSLATE = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u2007": " ",  # figure space
        "\u2002": " ",
        "\u2003": " ",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # no-break hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u0451": "\u0435",  # ё -> е
        "\u0401": "\u0415",
    }
)
SPACES = "\u00a0\u202f\u2009\u2007\u2002\u2003 "
WORD = re.compile(r"[^\W_]+", re.UNICODE)


def normalise(text: str) -> str:
    """Quotes, dashes, apostrophes and the spaces outlets type, as plain ASCII ones; ё as е. Length is unchanged."""
    return text.translate(_TRANSLATE)


@dataclass(frozen=True)
class Token:
    text: str  # as in the normalised article
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.casefold()


@dataclass(frozen=True)
class Sentence:
    index: int
    paragraph: int
    start: int
    end: int
    text: str  # as printed (original characters)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens (letters and digits) of text[start:end], with spans in the whole text."""
    stop = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text, start, stop)]


def sentences(original: str) -> list[Sentence]:
    """Paragraphs (line breaks), then sentences within each (razdel, which knows Russian abbreviations and works for
    Kazakh and English text)."""
    from razdel import sentenize

    out: list[Sentence] = []
    for p_index, m in enumerate(re.finditer(r"[^\n]+", original)):
        para = m.group()
        for s in sentenize(para):
            if not s.text.strip():
                continue
            start = m.start() + s.start
            out.append(Sentence(len(out), p_index, start, start + len(s.text), s.text))
    return out
