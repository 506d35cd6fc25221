"""Every pollster's track record: the votes it polled, how close it came in each, against the other pollsters of the
same vote, and whether it leans toward one side across votes.

Built from the run's reconciliation table (never a second reconciliation) and the pollster registry: a poll belongs to
the registry pollster its `pollster_id` or printed name resolves to, so SOTSIS-A, СОЦИС-А and ИКСИ «Астана» are one
record. The methods are in `kzcheck.methods.track_record` and docs/methods.md §6; the records in
`kzcheck.model.track_record`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import pandas as pd

from kzcheck.analysis.reconciliation import RECONCILED
from kzcheck.load.frames import LoadedData
from kzcheck.load.pollsters import pollster_key, registry_of
from kzcheck.load.table import FILE, LINE
from kzcheck.methods.track_record import Evidence, evidence, house_effect, plus_minus
from kzcheck.model.track_record import FamilyError, HouseEffectRecord, PollsterRecord, TrackRecord, VoteRecord


def _get(entry: Any, key: str) -> Any:
    """A field of a reconciliation entry (a mapping or a record); None where it has none."""
    if isinstance(entry, dict):
        return entry.get(key)
    return getattr(entry, key, None)


def _num(x: Any) -> float | None:
    if x is None:
        return None
    value = float(x)
    return None if math.isnan(value) else value


def _text(x: Any) -> str | None:
    return x.strip() if isinstance(x, str) and x.strip() else None


def _families(data: LoadedData) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """Family names in file order, and (family, election) -> its member option."""
    frame = data.families
    if frame is None or frame.empty:
        return {}, {}
    names: dict[str, str] = {}
    members: dict[tuple[str, str], str] = {}
    for row in frame.to_dict("records"):
        fid, eid, option = _text(row.get("family")), _text(row.get("election")), _text(row.get("option"))
        if fid is None or eid is None or option is None:
            continue
        names.setdefault(fid, _text(row.get("name")) or fid)
        members.setdefault((fid, eid), option)
    return names, members


def _options(entry: Any) -> list[Any]:
    return list(_get(entry, "options") or [])


def _winner(entry: Any) -> Any | None:
    opts = _options(entry)
    return max(opts, key=lambda o: float(_get(o, "official_share"))) if opts else None


def _coverage(entry: Any) -> tuple[int | None, int | None, str | None]:
    inside = [_get(o, "inside_interval") for o in _options(entry)]
    known = [x for x in inside if x is not None]
    if not known:
        return None, None, "no sample size published, so the poll has no interval"
    return sum(bool(x) for x in known), len(known), None


def _vote(
    data: LoadedData,
    poll: dict[Any, Any],
    entry: Any | None,
    families: dict[str, str],
    members: dict[tuple[str, str], str],
) -> VoteRecord:
    eid = str(poll["election"])
    election = data.elections[eid]
    names = {o.id: o.name for o in election.options}
    base: dict[str, Any] = {
        "election": eid,
        "election_name": election.name,
        "election_kind": election.kind,
        "date": election.date.isoformat(),
        "poll": str(poll["poll"]),
        "printed_name": str(poll["pollster"]),
        "scope": _text(poll.get("scope")) or "",  # a blank cell is read as NaN, which is no scope
        "file": str(poll[FILE]),
        "row": int(poll[LINE]),
    }
    if entry is None:
        return VoteRecord(**base, scored=False, reason="no figures printed for this poll")
    if _get(entry, "status") != RECONCILED:
        return VoteRecord(**base, scored=False, reason=_get(entry, "reason") or str(_get(entry, "status")))
    by_option = {str(_get(o, "option")): o for o in _options(entry)}
    fam: list[FamilyError] = []
    for fid, fname in families.items():
        option = members.get((fid, eid))
        if option is None:
            fam.append(FamilyError(fid, fname, None, None, None, "no member of this family in this vote"))
        elif option not in by_option:
            fam.append(FamilyError(fid, fname, option, names.get(option, option), None, "the poll printed no figure"))
        else:
            fam.append(
                FamilyError(fid, fname, option, names.get(option, option), _num(_get(by_option[option], "error")))
            )
    winner = _winner(entry)
    covered, of, note = _coverage(entry)
    m5 = _num(_get(entry, "m5"))
    return VoteRecord(
        **base,
        scored=True,
        reason=_get(entry, "reason"),
        against=_get(entry, "against"),
        m3=_num(_get(entry, "m3")),
        b_w=_num(_get(entry, "b_w")),
        b_w_se=_num(_get(entry, "b_w_se")),
        winner=None if winner is None else str(_get(winner, "option")),
        winner_name=None if winner is None else str(_get(winner, "name")),
        winner_error=None if winner is None else _num(_get(winner, "error")),
        margin_error=None if m5 is None else abs(m5),
        families=fam,
        covered=covered,
        covered_of=of,
        coverage_note=note,
    )


def _relative(votes: dict[str, list[tuple[str, VoteRecord]]]) -> dict[tuple[str, str], VoteRecord]:
    """Each scored vote with its plus-minus against the other pollsters' scored polls of the same vote and area."""
    out: dict[tuple[str, str], VoteRecord] = {}
    groups: dict[tuple[str, str], list[tuple[str, VoteRecord]]] = {}
    for key, records in votes.items():
        for poll, v in records:
            if v.scored:
                groups.setdefault((v.election, v.scope), []).append((key, v))
            out[(v.election, poll)] = v
    for members in groups.values():
        for key, v in members:
            others = [o for k, o in members if k != key]
            m3s = [o.m3 for o in others if o.m3 is not None]
            margins = [o.margin_error for o in others if o.margin_error is not None]
            out[(v.election, v.poll)] = replace(
                v,
                others=len(others),
                plus_minus_m3=None if v.m3 is None else plus_minus(v.m3, m3s),
                plus_minus_margin=None if v.margin_error is None else plus_minus(v.margin_error, margins),
            )
    return out


def _house_effects(votes: list[VoteRecord], families: dict[str, str], level: float) -> list[HouseEffectRecord]:
    out = []
    scored = [v for v in votes if v.scored]
    for fid, fname in families.items():
        pairs = [(v, next((f for f in v.families if f.family == fid), None)) for v in scored]
        with_error = [(v, f) for v, f in pairs if f is not None and f.error is not None]
        absent = [v.election for v, f in pairs if f is None or f.option is None]
        if not with_error:
            if absent:
                out.append(HouseEffectRecord(fid, fname, 0, None, None, None, None, None, level, [], absent))
            continue
        h = house_effect([float(f.error) for _, f in with_error if f.error is not None], level)
        out.append(
            HouseEffectRecord(
                fid,
                fname,
                h.n,
                h.mean,
                h.sd,
                h.se,
                h.low,
                h.high,
                level,
                [v.election for v, _ in with_error],
                absent,
            )
        )
    return out


def _pts(x: float) -> str:
    return f"{x:+.2f}".replace("-", "−")


def _years(votes: Iterable[VoteRecord]) -> str:
    return ", ".join(v.year for v in votes)


def verdict(record: PollsterRecord) -> str:
    """A plain sentence or three: how much evidence, any lean, and how it did against the other pollsters."""
    scored = record.scored
    n = len(scored)
    kind = evidence(n)
    if kind is Evidence.NONE:
        unscored = len(record.votes)
        return (
            f"No vote scored against an official result ({unscored} poll(s), none comparable): no track record."
            if unscored
            else "No polls in the data: no track record."
        )
    parts = []
    if kind is Evidence.SINGLE:
        parts.append(f"One scored vote ({_years(scored)}): a single result, not a track record.")
    elif kind is Evidence.NOT_A_RECORD:
        parts.append(f"Two scored votes ({_years(scored)}): two votes are not a track record.")
    else:
        word = "a short record" if kind is Evidence.SHORT else "a track record"
        parts.append(f"{n} scored votes ({_years(scored)}): {word}.")
    lean = next((h for h in record.house_effects if h.n >= 1 and h.mean is not None), None)
    if lean is not None and lean.mean is not None:
        if lean.n == 1:
            parts.append(
                f"Its error on {lean.name} was {_pts(lean.mean)} points in its one vote: no lean can be judged."
            )
        elif lean.low is not None and lean.high is not None:
            interval = f"{lean.level:.0%} interval {_pts(lean.low)} to {_pts(lean.high)}"
            if lean.excludes_zero and kind in (Evidence.SHORT, Evidence.RECORD):
                side = "toward" if lean.mean > 0 else "against"
                parts.append(
                    f"It leaned {side} {lean.name}: mean error {_pts(lean.mean)} points over {lean.n} votes "
                    f"({interval})."
                )
            else:
                parts.append(
                    f"Mean error on {lean.name} {_pts(lean.mean)} points over {lean.n} votes ({interval}): "
                    "no lean that chance cannot explain."
                )
    pm = record.mean_plus_minus
    if pm is not None:
        how = "better" if pm < 0 else "worse" if pm > 0 else None
        parts.append(
            f"Against the other pollsters of the same votes its mean absolute error was "
            f"{f'{abs(pm):.2f} points {how}' if how else 'neither better nor worse'} on average "
            f"(plus-minus {_pts(pm)}, {record.plus_minus_votes} vote(s))."
        )
    return " ".join(parts)


def track_record(data: LoadedData, reconciliation: Iterable[Any], level: float = 0.95) -> TrackRecord:
    """Every pollster's record from the loaded data and the run's reconciliation entries (one per poll)."""
    registry = registry_of(data.pollsters)
    families, members = _families(data)
    entries = {(str(_get(e, "election")), str(_get(e, "poll"))): e for e in reconciliation}
    polls = data.polls[data.polls["election"].isin(list(data.elections))]
    order = {eid: (e.date.isoformat(), eid) for eid, e in data.elections.items()}
    rows = sorted(polls.to_dict("records"), key=lambda r: (order[str(r["election"])], int(r[LINE])))
    by_pollster: dict[str, list[tuple[str, VoteRecord]]] = {}
    printed: dict[str, str] = {}
    for row in rows:
        key = pollster_key(row.get("pollster_ref"), row["pollster"])
        printed.setdefault(key, str(row["pollster"]))
        entry = entries.get((str(row["election"]), str(row["poll"])))
        by_pollster.setdefault(key, []).append((str(row["poll"]), _vote(data, row, entry, families, members)))
    relative = _relative(by_pollster)
    keys = [k for k in (registry.order if registry else []) if k in by_pollster]
    keys += sorted(k for k in by_pollster if k not in keys)
    frame = data.pollsters if data.pollsters is not None else pd.DataFrame()
    info = {str(r["pollster"]): r for r in frame.to_dict("records")} if not frame.empty else {}
    records = []
    for key in keys:
        votes = [relative[(v.election, poll)] for poll, v in by_pollster[key]]
        row = info.get(key, {})
        registered = registry is not None and key in registry.names
        rec = PollsterRecord(
            key,
            registry.names[key] if registry is not None and registered else printed[key],
            registered,
            aliases=registry.printed.get(key, []) if registry is not None else [],
            runs_or_funds=_text(row.get("runs_or_funds")),
            links=[u for u in str(row.get("links") or "").split() if u.startswith(("http://", "https://"))],
            note=_text(row.get("note")),
            votes=votes,
        )
        rec.house_effects = _house_effects(votes, families, level)
        pm = [v.plus_minus_m3 for v in rec.scored if v.plus_minus_m3 is not None]
        rec.mean_plus_minus = sum(pm) / len(pm) if pm else None
        rec.plus_minus_votes = len(pm)
        rec.evidence = evidence(len(rec.scored))
        rec.verdict = verdict(rec)
        records.append(rec)
    return TrackRecord(records, families, registry is not None)
