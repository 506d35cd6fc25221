"""One article against one election's data: build the names, read the text, resolve pollsters to polls."""

from __future__ import annotations

import csv
import io

from kzcheck.extract.attribute import extract
from kzcheck.extract.data import ElectionData, read_text
from kzcheck.extract.model import Extraction
from kzcheck.extract.names import POLLSTER, Gazetteer, load_gazetteer


def polls_by_pollster(data: ElectionData, gazetteer: Gazetteer) -> dict[str, list[tuple[str, str]]]:
    """Canonical pollster name -> [(poll id, kind)] from the election's polls file."""
    canonical = {n.printed.casefold(): n.id for n in gazetteer.names if n.kind == POLLSTER}
    out: dict[str, list[tuple[str, str]]] = {}
    if data.polls is None:
        return out
    for row in csv.DictReader(io.StringIO(read_text(data.polls))):
        name = (row.get("pollster") or "").strip()
        if row.get("poll"):
            out.setdefault(canonical.get(name.casefold(), name), []).append((row["poll"], row.get("kind") or ""))
    return out


def read_article(data: ElectionData, text: str, language: str | None = None) -> Extraction:
    e = data.election
    gazetteer = load_gazetteer(data.root, e, data.areas, data.polls)
    turnout = next((ln.id for ln in e.lines if ln.percent_of), None)
    return extract(
        text,
        gazetteer,
        election_year=e.date.year,
        country_area=e.country_area,
        turnout_line=turnout,
        polls=polls_by_pollster(data, gazetteer),
        language=language,
    )
