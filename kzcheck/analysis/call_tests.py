"""The tests behind a comparison group's calls: threshold, winner, ranking, and one joint test per pair of polls.

A call such as "the pollsters disagree on who clears 5%" is a claim about sampling error. Each is tested here with
every poll's own sample size and design effect (`kzcheck.methods.significance`), and the p-values of one kind of
call in one comparison group form a family adjusted together (Holm by default). A disagreement of point estimates
that no test supports is reported as information, not as a warning.
"""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pandas as pd

from kzcheck.load.frames import UNDECIDED
from kzcheck.methods.significance import adjust, against_line, homogeneity, within_poll_difference
from kzcheck.model.tables import GroupThresholdCall, RankingDisagreement


def _num(x: Any) -> float | None:
    if x is None:
        return None
    value = float(x)
    return None if np.isnan(value) else value


def _usable(*shares: float) -> bool:
    """Shares a test can use: within 0..100 (a negative or over-100 share is its own finding, poll.share-*)."""
    return all(0 <= float(x) <= 100 for x in shares)


def _poll_meta(shares: pd.DataFrame) -> dict[str, dict[str, Any]]:
    first = shares.drop_duplicates("poll")
    return {
        str(r["poll"]): {
            "n": _num(r["sample_size"]),
            "deff": float(r["deff"]),
            "deff_origin": str(r["deff_origin"]),
        }
        for _, r in first.iterrows()
    }


def _adjust_in_place(tests: list[dict[str, Any]], family: str, adjustment: str, alpha: float) -> None:
    adjusted = adjust([t["p_value"] if t["p_value"] is not None else np.nan for t in tests], adjustment)  # type: ignore[arg-type]
    for t, p in zip(tests, adjusted, strict=True):
        t["p_adjusted"] = _num(p)
        t["family"] = family
        t["adjustment"] = adjustment
        t["significant"] = t["p_adjusted"] is not None and t["p_adjusted"] < alpha


def threshold_tests(
    calls: list[GroupThresholdCall], shares: pd.DataFrame, family: str, adjustment: str, alpha: float
) -> None:
    """Add to each threshold call a z-test per poll against the line and whether a disagreement is supported."""
    meta = _poll_meta(shares)
    tests: list[dict[str, Any]] = []
    for call in calls:
        call.tests = {}
        for poll in call.clears:
            row = shares[(shares["poll"] == poll) & (shares["option"] == call.option)].iloc[0]
            m = meta[poll]
            test: dict[str, Any] = {"deff": m["deff"], "deff_origin": m["deff_origin"], "z": None, "p_value": None}
            if m["n"] and _usable(row["share"]):
                t = against_line(float(row["share"]), m["n"], m["deff"], call.threshold, float(row["share_half"]))
                test.update(se=float(t.se), z=_num(t.z), p_value=_num(t.p_value))
            call.tests[poll] = test
            tests.append(test)
    _adjust_in_place(tests, family, adjustment, alpha)
    for call in calls:
        above = [p for p, t in call.tests.items() if t["significant"] and t["z"] > 0]
        below = [p for p, t in call.tests.items() if t["significant"] and t["z"] < 0]
        call.family = family
        call.supported = bool(above and below)


def lead_test(poll_rows: pd.DataFrame, first: str, second: str, n: float | None, deff: float) -> dict[str, Any]:
    """z-test of option `first` ahead of `second` within one poll (the multinomial variance of the difference)."""
    a = poll_rows[poll_rows["option"] == first].iloc[0]
    b = poll_rows[poll_rows["option"] == second].iloc[0]
    out: dict[str, Any] = {"options": [first, second], "lead": float(a["share"] - b["share"]), "z": None}
    out["p_value"] = None
    if n and _usable(a["share"], b["share"]):
        slack = float(a["share_half"] + b["share_half"])
        t = within_poll_difference(float(a["share"]), float(b["share"]), n, deff, slack)
        out.update(se=float(t.se), z=_num(t.z), p_value=_num(t.p_value))
    return out


def winner_tests(
    shares: pd.DataFrame, winners: dict[str, list[str]], family: str, adjustment: str, alpha: float
) -> dict[str, Any]:
    """Per poll, its leader's lead over its runner-up tested; whether polls with different leaders both lead clearly."""
    meta = _poll_meta(shares)
    tests: dict[str, dict[str, Any]] = {}
    part = shares[shares["option"] != UNDECIDED]
    for poll, rows in part.groupby("poll", sort=False):
        ranked = rows.sort_values("share", ascending=False, kind="stable")
        if len(ranked) < 2:
            continue
        m = meta[str(poll)]
        test = lead_test(rows, str(ranked["option"].iloc[0]), str(ranked["option"].iloc[1]), m["n"], m["deff"])
        test.update(deff=m["deff"], deff_origin=m["deff_origin"])
        tests[str(poll)] = test
    _adjust_in_place(list(tests.values()), family, adjustment, alpha)
    clear = {tuple(sorted(winners[p])) for p, t in tests.items() if t["significant"] and p in winners}
    return {"tests": tests, "family": family, "supported": len(clear) > 1}


def ranking_tests(
    shares: pd.DataFrame, disagreements: list[RankingDisagreement], family: str, adjustment: str, alpha: float
) -> list[dict[str, Any]]:
    """Per ranking disagreement, each poll's test of the pair's order; supported if both orders are clear."""
    meta = _poll_meta(shares)
    every: list[dict[str, Any]] = []
    swaps: list[dict[str, Any]] = [{"options": list(d["options"])} for d in disagreements]
    for swap in swaps:
        x, y = swap["options"]
        swap["tests"] = {}
        for poll, rows in shares.groupby("poll", sort=False):
            m = meta[str(poll)]
            if not {x, y} <= set(rows["option"]):
                continue
            test = lead_test(rows, x, y, m["n"], m["deff"])
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


def joint_tests(shares: pd.DataFrame, family: str, adjustment: str, alpha: float) -> list[dict[str, Any]]:
    """One Rao-Scott-corrected chi-square test per pair of polls over every option both print (undecided left out)."""
    meta = _poll_meta(shares)
    part = shares[shares["option"] != UNDECIDED]
    wide = part.pivot_table(index="poll", columns="option", values="share", sort=False)
    order = list(dict.fromkeys(part.sort_values("order")["poll"].astype(str)))
    out: list[dict[str, Any]] = []
    for a, b in itertools.combinations(order, 2):
        both = wide.loc[[a, b]].dropna(axis=1)
        record: dict[str, Any] = {
            "poll_a": a,
            "poll_b": b,
            "options": [str(o) for o in both.columns],
            "deff_a": meta[a]["deff"],
            "deff_b": meta[b]["deff"],
            "deff_origin_a": meta[a]["deff_origin"],
            "deff_origin_b": meta[b]["deff_origin"],
            "statistic": None,
            "df": None,
            "p_value": None,
        }
        if meta[a]["n"] and meta[b]["n"] and both.shape[1] >= 2 and _usable(*both.to_numpy(dtype=float).ravel()):
            t = homogeneity(
                both.to_numpy(dtype=float), [meta[a]["n"], meta[b]["n"]], [meta[a]["deff"], meta[b]["deff"]]
            )
            record.update(statistic=t.statistic, df=t.df, p_value=t.p_value)
        out.append(record)
    _adjust_in_place(out, family, adjustment, alpha)
    return out
