"""Pollster against pollster: differences beyond sampling error; disagreement on threshold, winner, ranking, turnout.

Only like is compared with like: polls of the same election, kind (exit or pre-election) and scope (national or one
area). A regional poll or a pre-election survey is reported as not comparable with the reason, never silently mixed
in. Every test uses each poll's own sample size and a design effect for clustered exit polls; a missing sample size
makes a pair untestable, which is said, never assumed away.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from kzcheck.analysis.comparison import (
    Comparison,
    not_comparable,
)
from kzcheck.analysis.tables import Analysis
from kzcheck.checks.base import poll_subject
from kzcheck.load.frames import LoadedData
from kzcheck.load.table import FILE, LINE
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Outcome, Severity, Status
from kzcheck.model.kinds import Kind
from kzcheck.model.tables import GroupCalls

SAMPLING, THRESHOLD = "pollsters.sampling", "pollsters.threshold"
WINNER, RANKING, TURNOUT = "pollsters.winner", "pollsters.ranking", "pollsters.turnout"

SPECS = [
    Kind.check(
        SAMPLING,
        "Pollsters agree within sampling error",
        "For each pair of comparable polls (same election, kind and scope) and each option, the difference "
        "is tested with a two-proportion z-test using each poll's sample size and, for exit polls, the poll's "
        "own design effect (from its stated margin, its interviews per station, a stated value, or the "
        "documented default; --deff sets one for all; docs/methods.md §3.2). The p-value grants each printed "
        "figure its rounding; a difference is reported only if its p-value stays below 5% after Holm's "
        "adjustment within the family of the election's option differences (a two-option contest counts "
        "one test per pair). Pairs where a poll has no sample size are not evaluated; polls of another kind "
        "or scope are reported as not comparable.",
        Severity.WARNING,
        "kzcheck",
        "{a} and {b} differ on {option} by {difference} points ({share_a} against {share_b}); standard error "
        "{se:.2f} with n = {n_a:,} and {n_b:,}, design effects {deff_a:.3g} ({deff_origin_a}) and {deff_b:.3g} "
        "({deff_origin_b}): z = {z}, p = {p:.2g} ({p_rounded:.2g} granting rounding), {adjusted} p = "
        "{p_adjusted:.2g} in the family {family} ({tests} tests): more than sampling error allows",
    ),
    Kind.check(
        THRESHOLD,
        "Pollsters agree on who clears the threshold",
        "National exit polls of an election with a list threshold agree on which parties reach it: each "
        "poll's share is tested against the threshold (z with the poll's n and design effect, rounding "
        "granted, Holm within the election's threshold tests). A warning needs one poll significantly above "
        "and another significantly below; point estimates on both sides that no test supports are info.",
        Severity.WARNING,
        "kzcheck",
        "{who} on whether {option} clears the {threshold:g}% threshold: at or above it {above}; below it {below}; "
        "{verdict} (family {family}, {adjusted})",
    ),
    Kind.check(
        WINNER,
        "Pollsters agree on the winner",
        "Comparable polls put the same option first: a warning needs two polls whose different leaders each "
        "lead beyond sampling error (the lead's variance within one poll, Holm within the election's winner "
        "tests); otherwise info.",
        Severity.WARNING,
        "kzcheck",
        "{who}: {leaders}",
    ),
    Kind.check(
        RANKING,
        "Pollsters agree on the ranking",
        "Comparable polls order the options alike; every pair of options two polls order differently is "
        "listed (info: small parties often swap places within sampling error).",
        Severity.INFO,
        "kzcheck",
        "rankings differ: {swaps}",
    ),
    Kind.check(
        TURNOUT,
        "Spread of turnout estimates",
        "The turnout estimates printed by comparable polls, lowest to highest (info).",
        Severity.INFO,
        "kzcheck",
        "turnout estimates range from {low:g} ({low_pollster}) to {high:g} ({high_pollster}), a spread of "
        "{spread:.2f} points across {polls} polls",
    ),
]
KIND = {k.id: k for k in SPECS}


def _fmt(x: float, digits: int = 2) -> str:
    return f"{x:+.{digits}f}".replace("-", "−")


def sampling_outcomes(c: Comparison, names: dict[tuple[str, str], str]) -> list[Outcome]:
    """One outcome per comparable pair of polls (warning per option beyond sampling error), per lone poll."""
    out: list[Outcome] = []
    comparable = c.pairs[c.pairs["comparable"]]
    for key, g in comparable.groupby(["election", "poll_a", "poll_b"], sort=False):
        election, a, b = (str(k) for k in key)
        subject = f"polls:{a}+{b}"
        first = g.iloc[0]
        if not g["testable"].any():
            out.append(
                Outcome(
                    SAMPLING,
                    election,
                    subject,
                    [],
                    Status.NOT_EVALUATED,
                    note=f"{first['reason']}: the difference cannot be tested against sampling error",
                )
            )
            continue
        findings = []
        for _, row in g[g["significant"] & g["same_test_as"].isna()].iterrows():
            option = names.get((election, row["option"]), row["option"])
            findings.append(
                KIND[SAMPLING].finding(
                    a=row["pollster_a"],
                    b=row["pollster_b"],
                    option=option,
                    difference=_fmt(row["difference"]),
                    share_a=row["share_text_a"],
                    share_b=row["share_text_b"],
                    se=row["se"],
                    n_a=int(row["sample_size_a"]),
                    n_b=int(row["sample_size_b"]),
                    deff_a=row["deff_a"],
                    deff_origin_a=row["deff_origin_a"],
                    deff_b=row["deff_b"],
                    deff_origin_b=row["deff_origin_b"],
                    z=_fmt(row["z"]),
                    p=row["p_value"],
                    p_rounded=row["p_rounded"],
                    adjusted=_adjusted(c),
                    p_adjusted=row["p_adjusted"],
                    family=row["family"],
                    tests=_family_size(c, row["family"]),
                    election=election,
                    subject=subject,
                    file=row[f"{FILE}_a"],
                    row=int(row[f"{LINE}_a"]),
                    column="share",
                    observed=f"{row['share_text_a']} vs {row['share_text_b']}",
                    expected=f"adjusted p ≥ {c.alpha:.2g}",
                )
            )
        out.append(Outcome(SAMPLING, election, subject, findings))
    for lone in not_comparable(c):
        out.append(
            Outcome(
                SAMPLING,
                lone["election"],
                poll_subject(lone["poll"]),
                [],
                Status.NOT_EVALUATED,
                note=f"not comparable: {lone['reason']}",
            )
        )
    return out


def _adjusted(c: Comparison) -> str:
    return {"holm": "Holm-adjusted", "bh": "Benjamini-Hochberg-adjusted"}.get(c.adjustment, c.adjustment)


def _family_size(c: Comparison, family: str) -> int:
    part = c.pairs[(c.pairs["family"] == family) & c.pairs["testable"] & c.pairs["same_test_as"].isna()]
    return len(part)


def call_outcomes(table: list[GroupCalls], data: LoadedData, c: Comparison) -> list[Outcome]:
    out: list[Outcome] = []
    for entry in table:
        election, group = entry["election"], entry["group"]
        e = data.elections[election]
        names = {o.id: o.name for o in e.options}
        who = entry["pollsters"]
        subject = f"polls:{group}"
        shares = c.shares[(c.shares["election"] == election) & (c.shares["group"] == group)]

        def at(poll: str, option: str, _shares: pd.DataFrame = shares) -> dict[str, Any]:
            row = _shares[(_shares["poll"] == poll) & (_shares["option"] == option)]
            return {"file": row[FILE].iloc[0], "row": int(row[LINE].iloc[0]), "column": "share"} if len(row) else {}

        for call in entry["threshold"]:
            option = call["option"]

            def side(p: str, _call: dict[str, Any] = call, _who: dict[str, str] = who) -> str:
                t = _call["tests"][p]
                test = "" if t["z"] is None else f" (z {_fmt(t['z'])}, adjusted p {t['p_adjusted']:.2g})"
                return f"{_who[p]} {_call['shares'][p]}{test}"

            above = [side(p) for p, ok in call["clears"].items() if ok]
            below = [side(p) for p, ok in call["clears"].items() if not ok]
            verdict = (
                "each side beyond sampling error"
                if call["supported"]
                else "no test supports a disagreement: every poll is within sampling error of the line "
                "or on the same side"
            )
            found = (
                []
                if call["agree"]
                else [
                    KIND[THRESHOLD].finding(
                        severity=Severity.WARNING if call["supported"] else Severity.INFO,
                        who="pollsters disagree" if call["supported"] else "point estimates differ",
                        option=names.get(option, option),
                        threshold=call["threshold"],
                        above=", ".join(above),
                        below=", ".join(below),
                        verdict=verdict,
                        family=call["family"],
                        adjusted=_adjusted(c),
                        election=election,
                        subject=f"option:{option}",
                        observed="; ".join([*above, *below]),
                        expected=f"one call on the {call['threshold']:g}% threshold",
                        **at(next(p for p, ok in call["clears"].items() if not ok), option),
                    )
                ]
            )
            out.append(Outcome(THRESHOLD, election, f"option:{option}", found))

        won = entry["winners"]
        supported = entry["winner_tests"]["supported"]
        leads = entry["winner_tests"]["tests"]

        def lead(p: str, _leads: dict[str, Any] = leads) -> str:
            t = _leads.get(p)
            return "" if t is None or t["z"] is None else f" (lead z {_fmt(t['z'])}, adjusted p {t['p_adjusted']:.2g})"

        found = (
            []
            if entry["winner_agrees"]
            else [
                KIND[WINNER].finding(
                    severity=Severity.WARNING if supported else Severity.INFO,
                    who="pollsters disagree on the winner" if supported else "leaders differ within sampling error",
                    leaders="; ".join(
                        f"{who[p]} puts {' and '.join(names.get(o, o) for o in w)} first{lead(p)}"
                        for p, w in won.items()
                    ),
                    election=election,
                    subject=subject,
                )
            ]
        )
        out.append(Outcome(WINNER, election, subject, found))

        swaps = entry["ranking_disagreements"]
        supported = {tuple(t["options"]): t["supported"] for t in entry["ranking_tests"]}
        found = (
            []
            if not swaps
            else [
                KIND[RANKING].finding(
                    swaps="; ".join(
                        f"{names.get(s['options'][0], s['options'][0])} ahead of "
                        f"{names.get(s['options'][1], s['options'][1])}"
                        f" for {', '.join(who[p] for p in s['ahead_first'])}, behind it for "
                        f"{', '.join(who[p] for p in s['ahead_second'])}"
                        + (
                            " (both orders beyond sampling error)"
                            if supported.get(tuple(s["options"]))
                            else " (within sampling error)"
                        )
                        for s in swaps
                    ),
                    election=election,
                    subject=subject,
                    observed=len(swaps),
                    expected=0,
                )
            ]
        )
        out.append(Outcome(RANKING, election, subject, found))

        turnout = entry["turnout"]
        if len(turnout) < 2:
            out.append(
                Outcome(
                    TURNOUT,
                    election,
                    subject,
                    [],
                    Status.NOT_EVALUATED,
                    note="fewer than two polls printed a turnout estimate",
                )
            )
        else:
            low, high = min(turnout, key=lambda p: turnout[p]), max(turnout, key=lambda p: turnout[p])
            out.append(
                Outcome(
                    TURNOUT,
                    election,
                    subject,
                    [
                        KIND[TURNOUT].finding(
                            low=turnout[low],
                            low_pollster=who[low],
                            high=turnout[high],
                            high_pollster=who[high],
                            spread=entry["turnout_spread"],
                            polls=len(turnout),
                            election=election,
                            subject=subject,
                            observed=f"{entry['turnout_spread']:.2f}",
                        )
                    ],
                )
            )
    return out


def run(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    analysis = analysis or Analysis(data, config.deff if config else None)
    c = analysis.comparison
    names = {(eid, o.id): o.name for eid, e in data.elections.items() for o in e.options}
    return [*sampling_outcomes(c, names), *call_outcomes(analysis.pollster_calls, data, c)]
