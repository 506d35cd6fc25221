"""The pollster registry and the option families: who a printed pollster name is, and which options of different votes
are one side (the ruling party, Nur Otan = AMANAT; its candidate; its referendum answer).

`pollsters.csv` gives each organisation a stable id, its names in English, Kazakh and Russian and every alias outlets
printed; a poll names its pollster by id (`pollster_id`) or by any of those names. Names are compared after Unicode
NFC normalisation and case folding, with quotes, repeated spaces and a leading English "the" ignored, so
«ИКСИ «Астана»», "ИКСИ Астана" and "the Sotsis-A Institute" all find their pollster. Nothing here reports: the checks
in `kzcheck.checks.registry` turn an unknown or ambiguous name into a finding.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field

import pandas as pd

from kzcheck.load.election import fold
from kzcheck.load.table import TableSpec

POLLSTERS = TableSpec(
    "pollsters",
    ("pollster", "name_en"),
    ("name_kk", "name_ru", "aliases", "runs_or_funds", "links", "note"),
    key=("pollster",),
)
FAMILIES = TableSpec(
    "families", ("family", "election", "option"), ("name", "note"), key=("family", "election", "option")
)
ALIAS_SEPARATOR = ";"
NAME_COLUMNS = ("name_en", "name_kk", "name_ru")

# How a poll's pollster was found (the `pollster_how` column of the polls frame).
BY_ID, BY_NAME, UNKNOWN_ID, UNKNOWN_NAME, AMBIGUOUS, NO_REGISTRY = (
    "id",
    "name",
    "unknown-id",
    "unknown-name",
    "ambiguous-name",
    "no-registry",
)


def name_key(name: object) -> str:
    """The form pollster names are compared in: NFC, case-folded, quotes and extra spaces gone, no leading "the"."""
    key = fold(unicodedata.normalize("NFC", str(name)))
    return key[4:] if key.startswith("the ") else key


def aliases_of(cell: object) -> list[str]:
    """The aliases of one registry row, as printed (the cell separates them with semicolons)."""
    if not isinstance(cell, str):
        return []
    return [a.strip() for a in cell.split(ALIAS_SEPARATOR) if a.strip()]


@dataclass
class Registry:
    """Every pollster's names, folded for lookup; a name two pollsters share is ambiguous and resolves to neither."""

    names: dict[str, str]  # pollster id -> English name
    order: list[str]  # ids in the registry's row order (which also fixes each pollster's colour in the report)
    by_key: dict[str, str] = field(default_factory=dict)  # folded name -> pollster id
    ambiguous: dict[str, list[str]] = field(default_factory=dict)  # folded name -> the ids that share it
    printed: dict[str, list[str]] = field(default_factory=dict)  # pollster id -> its other names and aliases

    def resolve(self, name: object) -> str | None:
        return self.by_key.get(name_key(name))

    def suggest(self, name: object) -> str | None:
        """The pollster id whose name or alias is closest to `name`, for a "did you mean"."""
        keys = list(self.by_key)
        hit = difflib.get_close_matches(name_key(name), keys, n=1, cutoff=0.6)
        if hit:
            return self.by_key[hit[0]]
        ids = difflib.get_close_matches(str(name).strip().casefold(), self.order, n=1, cutoff=0.6)
        return ids[0] if ids else None


def registry_of(frame: pd.DataFrame | None) -> Registry | None:
    """The registry built from the pollsters table (None when the data folder has none)."""
    if frame is None:
        return None
    names: dict[str, str] = {}
    order: list[str] = []
    owners: dict[str, set[str]] = {}
    printed: dict[str, list[str]] = {}
    for row in frame.to_dict("records"):
        pid = row.get("pollster")
        if not isinstance(pid, str) or not pid.strip():
            continue
        pid = pid.strip()
        if pid not in names:
            order.append(pid)
        name = row.get("name_en")
        names[pid] = name.strip() if isinstance(name, str) and name.strip() else pid
        spellings = [pid, *(row.get(c) for c in NAME_COLUMNS), *aliases_of(row.get("aliases"))]
        spelled = [s.strip() for s in spellings if isinstance(s, str) and s.strip()]
        others = [x for x in spelled[1:] if x != names[pid]]
        printed[pid] = list(dict.fromkeys([*printed.get(pid, []), *others]))
        for s in spelled:
            owners.setdefault(name_key(s), set()).add(pid)
    by_key = {k: next(iter(ids)) for k, ids in owners.items() if len(ids) == 1}
    ambiguous = {k: sorted(ids) for k, ids in owners.items() if len(ids) > 1}
    return Registry(names, order, by_key, ambiguous, printed)


def resolve_polls(polls: pd.DataFrame, registry: Registry | None) -> pd.DataFrame:
    """The polls with `pollster_ref` (the registry id, or None) and `pollster_how` (how it was found) added."""
    polls = polls.copy()
    if "pollster_id" not in polls:
        polls["pollster_id"] = pd.Series([None] * len(polls), index=polls.index, dtype="object")
    refs: list[str | None] = []
    how: list[str] = []
    for name, given in zip(polls["pollster"], polls["pollster_id"], strict=True):
        if registry is None:
            refs.append(None)
            how.append(NO_REGISTRY)
        elif isinstance(given, str) and given.strip():
            known = given.strip() in registry.names
            refs.append(given.strip() if known else None)
            how.append(BY_ID if known else UNKNOWN_ID)
        elif isinstance(name, str) and name_key(name) in registry.ambiguous:
            refs.append(None)
            how.append(AMBIGUOUS)
        else:
            ref = registry.resolve(name) if isinstance(name, str) else None
            refs.append(ref)
            how.append(BY_NAME if ref else UNKNOWN_NAME)
    polls["pollster_ref"] = pd.Series(refs, index=polls.index, dtype="object")
    polls["pollster_how"] = pd.Series(how, index=polls.index, dtype="str")
    return polls


def pollster_key(ref: object, printed: object) -> str:
    """The identity a poll's pollster is counted under: its registry id, or its folded printed name when unknown."""
    if isinstance(ref, str) and ref:
        return ref
    return f"name:{name_key(printed)}"


def poll_pollsters(polls: pd.DataFrame) -> dict[tuple[str, str], str]:
    """(election, poll) -> the identity its pollster is counted under (registry id, or `name:` + folded name)."""
    return {
        (str(e), str(p)): pollster_key(ref, name)
        for e, p, ref, name in zip(
            polls["election"], polls["poll"], polls["pollster_ref"], polls["pollster"], strict=True
        )
    }


def pollster_order(polls: pd.DataFrame, pollsters: pd.DataFrame | None) -> list[str]:
    """Every pollster identity of the data: the registry's, in its row order, then unknown names, sorted. The report
    gives each its colour and marker by this order, on every page."""
    registry = registry_of(pollsters)
    known = list(registry.order) if registry else []
    return known + sorted(set(poll_pollsters(polls).values()) - set(known))
