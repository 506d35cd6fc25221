"""The tests behind a comparison group's calls: threshold, winner, ranking, and one joint test per pair of polls.

A call such as "the pollsters disagree on who clears 5%" is a claim about sampling error. Each is tested here with
every poll's own sample size and design effect (`kzcheck.methods.significance`), and the p-values of one kind of
call in one comparison group form a family adjusted together (Holm by default). A disagreement of point estimates
that no test supports is reported as information, not as a warning.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from kzcheck.load.frames import UNDECIDED
from kzcheck.methods.significance import adjust, against_line, homogeneity, within_poll_difference
from kzcheck.model.tables import GroupThresholdCall, RankingDisagreement

SHARE_COLUMNS = ("poll", "option", "share", "share_text", "share_half", "sample_size", "deff", "deff_origin", "order")


class ShareRow(NamedTuple):
    """One consensus share of a comparison group with its poll's metadata: a row of `comparison.groups`' frame."""

    poll: str
    option: str
    share: float
    share_text: Any
    share_half: float
    sample_size: Any
    deff: float
    deff_origin: Any
    order: int


Shares = pd.DataFrame | Sequence[ShareRow]


def share_rows(shares: Shares) -> list[ShareRow]:
    """A group's shares as plain rows, in the frame's order (a list of rows is passed through): the groups are a
    few dozen rows, where one pass over plain values is far cheaper than a pandas filter per poll or option."""
    if not isinstance(shares, pd.DataFrame):
        return list(shares)
    columns = [shares[c].tolist() for c in SHARE_COLUMNS]
    return [ShareRow(*values) for values in zip(*columns, strict=True)]


def by_poll(rows: Sequence[ShareRow]) -> dict[str, list[ShareRow]]:
    """Each poll's rows, polls in order of first appearance (a `groupby("poll", sort=False)`)."""
    out: dict[str, list[ShareRow]] = {}
    for r in rows:
        out.setdefault(r.poll, []).append(r)
    return out


def decided(rows: Sequence[ShareRow]) -> list[ShareRow]:
    """The rows of the options (undecided left out)."""
    return [r for r in rows if r.option != UNDECIDED]


def _first_with(rows: Sequence[ShareRow], option: str) -> ShareRow:
    return next(r for r in rows if r.option == option)


def _num(x: Any) -> float | None:
    if x is None:
        return None
    value = float(x)
    return None if np.isnan(value) else value


def _usable(*shares: float) -> bool:
    """Shares a test can use: within 0..100 (a negative or over-100 share is its own finding, poll.share-*)."""
    return all(0 <= float(x) <= 100 for x in shares)


def _poll_meta(rows: Sequence[ShareRow]) -> dict[str, dict[str, Any]]:
    """Each poll's sample size, design effect and its origin, from the poll's first row."""
    meta: dict[str, dict[str, Any]] = {}
    for r in rows:
        if str(r.poll) not in meta:
            meta[str(r.poll)] = {"n": _num(r.sample_size), "deff": float(r.deff), "deff_origin": str(r.deff_origin)}
    return meta


def _adjust_in_place(tests: list[dict[str, Any]], family: str, adjustment: str, alpha: float) -> None:
    adjusted = adjust([t["p_value"] if t["p_value"] is not None else np.nan for t in tests], adjustment)  # type: ignore[arg-type]
    for t, p in zip(tests, adjusted, strict=True):
        t["p_adjusted"] = _num(p)
        t["family"] = family
        t["adjustment"] = adjustment
        t["significant"] = t["p_adjusted"] is not None and t["p_adjusted"] < alpha


def threshold_tests(
    calls: list[GroupThresholdCall], shares: Shares, family: str, adjustment: str, alpha: float
) -> None:
    """Add to each threshold call a z-test per poll against the line and whether a disagreement is supported."""
    rows = share_rows(shares)
    meta = _poll_meta(rows)
    first: dict[tuple[str, str], ShareRow] = {}
    for r in rows:
        first.setdefault((r.poll, r.option), r)
    tests: list[dict[str, Any]] = []
    for call in calls:
        call.tests = {}
        for poll in call.clears:
            row = first[(poll, call.option)]
            m = meta[poll]
            test: dict[str, Any] = {"deff": m["deff"], "deff_origin": m["deff_origin"], "z": None, "p_value": None}
            if m["n"] and _usable(row.share):
                t = against_line(float(row.share), m["n"], m["deff"], call.threshold, float(row.share_half))
                test.update(se=float(t.se), z=_num(t.z), p_value=_num(t.p_value))
            call.tests[poll] = test
            tests.append(test)
    _adjust_in_place(tests, family, adjustment, alpha)
    for call in calls:
        above = [p for p, t in call.tests.items() if t["significant"] and t["z"] > 0]
        below = [p for p, t in call.tests.items() if t["significant"] and t["z"] < 0]
        call.family = family
        call.supported = bool(above and below)


def lead_test(poll_rows: Shares, first: str, second: str, n: float | None, deff: float) -> dict[str, Any]:
    """z-test of option `first` ahead of `second` within one poll (the multinomial variance of the difference)."""
    rows = share_rows(poll_rows)
    a, b = _first_with(rows, first), _first_with(rows, second)
    out: dict[str, Any] = {"options": [first, second], "lead": float(a.share - b.share), "z": None}
    out["p_value"] = None
    if n and _usable(a.share, b.share):
        slack = float(a.share_half + b.share_half)
        t = within_poll_difference(float(a.share), float(b.share), n, deff, slack)
        out.update(se=float(t.se), z=_num(t.z), p_value=_num(t.p_value))
    return out


def by_share(rows: Sequence[ShareRow]) -> list[ShareRow]:
    """Rows from the largest share to the smallest, ties in their order, a missing share last (pandas' stable
    descending sort)."""
    return sorted(rows, key=lambda r: (bool(np.isnan(r.share)), -r.share if not np.isnan(r.share) else 0.0))


def winner_tests(
    shares: Shares, winners: dict[str, list[str]], family: str, adjustment: str, alpha: float
) -> dict[str, Any]:
    """Per poll, its leader's lead over its runner-up tested; whether polls with different leaders both lead clearly."""
    rows = share_rows(shares)
    meta = _poll_meta(rows)
    tests: dict[str, dict[str, Any]] = {}
    for poll, own in by_poll(decided(rows)).items():
        ranked = by_share(own)
        if len(ranked) < 2:
            continue
        m = meta[str(poll)]
        test = lead_test(own, str(ranked[0].option), str(ranked[1].option), m["n"], m["deff"])
        test.update(deff=m["deff"], deff_origin=m["deff_origin"])
        tests[str(poll)] = test
    _adjust_in_place(list(tests.values()), family, adjustment, alpha)
    clear = {tuple(sorted(winners[p])) for p, t in tests.items() if t["significant"] and p in winners}
    return {"tests": tests, "family": family, "supported": len(clear) > 1}


def ranking_tests(
    shares: Shares, disagreements: list[RankingDisagreement], family: str, adjustment: str, alpha: float
) -> list[dict[str, Any]]:
    """Per ranking disagreement, each poll's test of the pair's order; supported if both orders are clear."""
    rows = share_rows(shares)
    meta = _poll_meta(rows)
    polls = by_poll(rows)
    every: list[dict[str, Any]] = []
    swaps: list[dict[str, Any]] = [{"options": list(d["options"])} for d in disagreements]
    for swap in swaps:
        x, y = swap["options"]
        swap["tests"] = {}
        for poll, own in polls.items():
            m = meta[str(poll)]
            if not {x, y} <= {r.option for r in own}:
                continue
            test = lead_test(own, x, y, m["n"], m["deff"])
            test.update(deff=m["deff"], deff_origin=m["deff_origin"])
            swap["tests"][str(poll)] = test
            every.append(test)
    _adjust_in_place(every, family, adjustment, alpha)
    for swap in swaps:
        ahead = [p for p, t in swap["tests"].items() if t["significant"] and t["z"] > 0]
        behind = [p for p, t in swap["tests"].items() if t["significant"] and t["z"] < 0]
        swap["family"] = family
        swap["supported"] = bool(ahead and behind)
    return swaps


def wide_shares(rows: Sequence[ShareRow]) -> dict[str, dict[str, float]]:
    """poll -> option -> share, options in order of first appearance (a `pivot_table(sort=False)`: a missing
    share left out, a repeated (poll, option) averaged)."""
    values: dict[str, dict[str, list[float]]] = {}
    for r in rows:
        if not np.isnan(r.share):
            values.setdefault(r.poll, {}).setdefault(r.option, []).append(float(r.share))
    return {p: {o: v[0] if len(v) == 1 else sum(v) / len(v) for o, v in own.items()} for p, own in values.items()}


def joint_tests(shares: Shares, family: str, adjustment: str, alpha: float) -> list[dict[str, Any]]:
    """One Rao-Scott-corrected chi-square test per pair of polls over every option both print (undecided left out)."""
    rows = share_rows(shares)
    meta = _poll_meta(rows)
    part = decided(rows)
    wide = wide_shares(part)
    columns = list(dict.fromkeys(r.option for r in part if not np.isnan(r.share)))
    order = list(dict.fromkeys(str(r.poll) for r in sorted(part, key=lambda r: r.order)))
    out: list[dict[str, Any]] = []
    for a, b in itertools.combinations(order, 2):
        both = [o for o in columns if o in wide[a] and o in wide[b]]
        table = np.array([[wide[a][o] for o in both], [wide[b][o] for o in both]], dtype=float)
        record: dict[str, Any] = {
            "poll_a": a,
            "poll_b": b,
            "options": [str(o) for o in both],
            "deff_a": meta[a]["deff"],
            "deff_b": meta[b]["deff"],
            "deff_origin_a": meta[a]["deff_origin"],
            "deff_origin_b": meta[b]["deff_origin"],
            "statistic": None,
            "df": None,
            "p_value": None,
        }
        if meta[a]["n"] and meta[b]["n"] and len(both) >= 2 and _usable(*table.ravel()):
            t = homogeneity(table, [meta[a]["n"], meta[b]["n"]], [meta[a]["deff"], meta[b]["deff"]])
            record.update(statistic=t.statistic, df=t.df, p_value=t.p_value)
        out.append(record)
    _adjust_in_place(out, family, adjustment, alpha)
    return out
