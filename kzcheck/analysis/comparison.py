"""Polls against each other: each poll's kind, scope and design effect, the pairs of comparable polls per option
tested against sampling error, and per comparison group the winners, threshold calls, rankings and turnout."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from kzcheck.analysis import call_tests
from kzcheck.analysis.call_tests import ShareRow, Shares, share_rows
from kzcheck.analysis.consensus import consensus
from kzcheck.load.election import Election
from kzcheck.load.frames import LoadedData
from kzcheck.load.table import LINE
from kzcheck.methods import design
from kzcheck.methods.sampling import DEFAULT_EXIT_POLL_DEFF, DEFAULT_LEVEL, two_proportion_test
from kzcheck.methods.significance import adjust, two_sided_p
from kzcheck.model.tables import GroupCalls, GroupThresholdCall, LonePoll, PairComparison, RankingDisagreement

NATIONAL = "national"


EXIT = "exit"


def poll_kind(kind: object, method: object) -> str | None:
    """The poll's kind as printed, or inferred from its method ('exit poll'); None if unknown."""
    if isinstance(kind, str) and kind.strip():
        return kind.strip()
    if isinstance(method, str) and "exit" in method.lower():
        return EXIT
    return None


def scope_of(scope: object, election: Election) -> str:
    """'national' for the whole country (also its area id), otherwise the area as printed."""
    text = str(scope).strip() if isinstance(scope, str) else NATIONAL
    return NATIONAL if text.lower() in (NATIONAL, election.country_area.lower()) else text


def poll_deff(kind: str | None, deff: float | None) -> float:
    """The flat design effect of the earlier releases: `deff` (or the default) for an exit poll, else 1."""
    return (deff if deff is not None else DEFAULT_EXIT_POLL_DEFF) if kind == EXIT else 1.0


def _number(row: dict[str, Any], column: str) -> float | None:
    value = row.get(column)
    return None if value is None or pd.isna(value) else float(value)


def design_effect(row: dict[str, Any], deff: float | None) -> design.DesignEffect:
    """One poll's design effect and its origin (docs/methods.md §3.2); `deff` (--deff) replaces it for exit polls."""
    level = _number(row, "margin_confidence")
    return design.poll_design_effect(
        cluster_sample=row.get("kind_resolved") == EXIT,
        n=_number(row, "sample_size"),
        stations=_number(row, "polling_stations"),
        moe=_number(row, "margin_of_error"),
        moe_level=None if level is None else level / 100,
        stated=_number(row, "design_effect"),
        everywhere=deff,
    )


def poll_table(data: LoadedData, deff: float | None) -> pd.DataFrame:
    """One row per poll that printed figures: kind, scope, sample size, design effect, and its comparison group."""
    polls = data.polls.copy()
    polls = polls[polls["election"].isin(list(data.elections))]
    polls["kind_resolved"] = [poll_kind(k, m) for k, m in zip(polls["kind"], polls["method"], strict=True)]
    polls["scope_resolved"] = [
        scope_of(s, data.elections[str(e)]) for s, e in zip(polls["scope"], polls["election"], strict=True)
    ]
    chosen = [design_effect({str(k): v for k, v in row.items()}, deff) for row in polls.to_dict("records")]
    polls["deff"] = pd.Series([d.value for d in chosen], index=polls.index, dtype="float64")
    polls["deff_origin"] = pd.Series([d.origin for d in chosen], index=polls.index, dtype="object")
    polls["deff_detail"] = pd.Series([d.detail for d in chosen], index=polls.index, dtype="object")
    polls["group"] = [
        f"{k}@{s}" if k else None for k, s in zip(polls["kind_resolved"], polls["scope_resolved"], strict=True)
    ]
    polls["order"] = polls[LINE].astype("int64")
    return polls.sort_values(["election", "order"]).reset_index(drop=True)


def not_comparable_reason(row: pd.Series, group_sizes: dict[tuple[str, str], int]) -> str | None:
    """Why a poll is compared with no other poll of its election, or None when it has company."""
    kind, scope = row["kind_resolved"], row["scope_resolved"]
    if kind is None:
        return "its kind (exit or pre-election) is not given, so it is compared with nothing"
    if group_sizes.get((row["election"], row["group"]), 0) >= 2:
        return None
    what = "exit poll" if kind == EXIT else f"{kind} poll"
    if scope != NATIONAL:
        return (
            f"a regional {what} ({scope} only): never compared with national polls or national results; no "
            f"other {what} of {scope}"
        )
    if kind != EXIT:
        return (
            f"a {what}: it measured intentions before voting day (shares may include undecided voters), "
            f"so it is never compared with exit polls; no other {what} to compare it with"
        )
    return f"no other national {what} to compare it with"


@dataclass
class Comparison:
    """Everything `kzcheck compare` reports, as plain tables."""

    polls: pd.DataFrame  # poll_table() with `reason` (not comparable) filled
    shares: pd.DataFrame  # consensus figures joined with poll metadata
    pairs: pd.DataFrame  # one row per (election, option, poll_a, poll_b)
    level: float = DEFAULT_LEVEL
    adjustment: str = "holm"

    @property
    def alpha(self) -> float:
        """The error rate each family is held to: 1 - level."""
        return 1 - self.level


def compare(
    data: LoadedData,
    deff: float | None = None,
    level: float = DEFAULT_LEVEL,
    agreed: pd.DataFrame | None = None,
    adjustment: str = "holm",
) -> Comparison:
    """Pairs of polls per option, tested against sampling error; not-comparable pairs kept with their reason.

    Each testable pair has the plain z-test's `p_value` and `p_rounded`, the p-value once the two printed figures
    are granted their rounding; `p_rounded` is adjusted (`p_adjusted`: Holm, or
    Benjamini-Hochberg with adjustment="bh") within its family: the election's option differences in one
    comparison group. In a two-option contest the second option's difference is the first's negated: it is
    kept for display, marked `same_test_as`, and left out of the family.
    """
    polls = poll_table(data, deff)
    counted = polls.groupby(["election", "group"]).size().reset_index(name="n")
    sizes = {
        (str(e), str(g)): int(n) for e, g, n in zip(counted["election"], counted["group"], counted["n"], strict=True)
    }
    polls["reason"] = [not_comparable_reason(r, sizes) for _, r in polls.iterrows()]
    if agreed is None:
        agreed = consensus(data.figures, data.sources)
    meta = polls[
        [
            "election",
            "poll",
            "pollster",
            "kind_resolved",
            "scope_resolved",
            "group",
            "sample_size",
            "deff",
            "deff_origin",
            "deff_detail",
            "order",
        ]
    ]
    shares = agreed.merge(meta, on=["election", "poll"], how="inner")
    shares["share"] = shares["share"].astype("float64")
    shares["share_half"] = shares["share_half"].astype("float64")

    left = shares.rename(columns=lambda c: c if c in ("election", "option") else f"{c}_a")
    right = shares.rename(columns=lambda c: c if c in ("election", "option") else f"{c}_b")
    pairs = left.merge(right, on=["election", "option"])
    pairs = pairs[pairs["order_a"] < pairs["order_b"]].reset_index(drop=True)
    same = (pairs["group_a"] == pairs["group_b"]) & pairs["group_a"].notna()
    sized = (pairs["sample_size_a"] > 0) & (pairs["sample_size_b"] > 0)
    pairs["usable"] = pairs["share_a"].between(0, 100) & pairs["share_b"].between(0, 100)
    testable = same & sized & pairs["usable"]
    pairs["comparable"] = same
    pairs["testable"] = testable
    pairs["difference"] = (pairs["share_a"] - pairs["share_b"]).round(10).where(same)
    for col in ("se", "z", "p_value"):
        pairs[col] = np.nan
    if testable.any():
        t = pairs[testable]
        test = two_proportion_test(
            t["share_a"].to_numpy(),
            t["sample_size_a"].to_numpy(),
            t["share_b"].to_numpy(),
            t["sample_size_b"].to_numpy(),
            t["deff_a"].to_numpy(),
            t["deff_b"].to_numpy(),
        )
        pairs.loc[testable, "se"] = np.atleast_1d(test.se)
        pairs.loc[testable, "z"] = np.atleast_1d(test.z)
        pairs.loc[testable, "p_value"] = np.atleast_1d(test.p_value)
    pairs["rounding"] = pairs["share_half_a"] + pairs["share_half_b"]
    granted = (pairs["difference"].abs() - pairs["rounding"]).clip(lower=0) / pairs["se"]
    pairs["p_rounded"] = np.where(testable, np.asarray(two_sided_p(granted.to_numpy(dtype=float)), dtype=float), np.nan)
    pairs["reason"] = _pair_reasons(pairs, polls)
    position = {(eid, o.id): i for eid, e in data.elections.items() for i, o in enumerate(e.options)}
    pairs["option_order"] = [
        position.get((e, o), len(position)) for e, o in zip(pairs["election"], pairs["option"], strict=True)
    ]
    pairs = pairs.sort_values(["election", "order_a", "order_b", "option_order"], kind="stable").reset_index(drop=True)
    _families(pairs, adjustment, 1 - level)
    return Comparison(polls, shares, pairs, level, adjustment)


def family_of(election: str, group: object, what: str) -> str:
    """The name of a family of tests: ``kz-2023-mazhilis:exit@national:option-differences``."""
    return f"{election}:{group}:{what}"


def _families(pairs: pd.DataFrame, adjustment: str, alpha: float) -> None:
    """Mark a two-option contest's redundant row, name each test's family and adjust its p-values in place."""
    pairs["family"] = [
        family_of(e, g, "option-differences") if c else None
        for e, g, c in zip(pairs["election"], pairs["group_a"], pairs["comparable"], strict=True)
    ]
    keys = list(zip(pairs["election"].tolist(), pairs["poll_a"].tolist(), pairs["poll_b"].tolist(), strict=True))
    options, comparable = pairs["option"].tolist(), pairs["comparable"].tolist()
    families, testable, p_rounded = pairs["family"].tolist(), pairs["testable"].tolist(), pairs["p_rounded"].tolist()
    same: list[str | None] = [None] * len(pairs)
    by_pair: dict[tuple[Any, Any, Any], list[int]] = {}
    for i, key in enumerate(keys):
        if comparable[i]:
            by_pair.setdefault(key, []).append(i)
    for rows in by_pair.values():
        if len(rows) == 2:  # the two shares sum to 100: one difference is the other's negation
            same[rows[1]] = str(options[rows[0]])
    pairs["same_test_as"] = pd.Series(same, index=pairs.index, dtype="object")
    adjusted = np.full(len(pairs), np.nan)
    by_family: dict[Any, list[int]] = {}
    for i, family in enumerate(families):
        if testable[i] and same[i] is None and pd.notna(family):
            by_family.setdefault(family, []).append(i)
    for rows in by_family.values():
        adjusted[rows] = adjust(np.array([p_rounded[i] for i in rows], dtype=float), adjustment)  # type: ignore[arg-type]
    first: dict[tuple[Any, ...], int] = {}
    for i, key in enumerate(keys):
        first.setdefault((*key, options[i]), i)
    for i, twin_option in enumerate(same):
        if twin_option is not None:
            adjusted[i] = adjusted[first[(*keys[i], twin_option)]]
    pairs["p_adjusted"] = adjusted
    pairs["significant"] = pairs["testable"] & (pairs["p_adjusted"] < alpha)


def _pair_reasons(pairs: pd.DataFrame, polls: pd.DataFrame) -> list[str | None]:
    reason_of = {(str(e), str(p)): r for e, p, r in zip(polls["election"], polls["poll"], polls["reason"], strict=True)}
    out: list[str | None] = []
    columns = [
        "election",
        "poll_a",
        "poll_b",
        "pollster_a",
        "pollster_b",
        "kind_resolved_a",
        "kind_resolved_b",
        "scope_resolved_a",
        "scope_resolved_b",
        "sample_size_a",
        "sample_size_b",
        "share_text_a",
        "share_text_b",
        "comparable",
        "usable",
    ]
    for values in zip(*(pairs[c].tolist() for c in columns), strict=True):
        row = dict(zip(columns, values, strict=True))
        kinds = (row["kind_resolved_a"] or "unknown kind", row["kind_resolved_b"] or "unknown kind")
        if not row["comparable"]:
            if kinds[0] != kinds[1]:
                out.append(f"not comparable: {kinds[0]} poll against {kinds[1]} poll")
            elif row["scope_resolved_a"] != row["scope_resolved_b"]:
                out.append(f"not comparable: scope {row['scope_resolved_a']} against {row['scope_resolved_b']}")
            else:
                why = reason_of.get((row["election"], row["poll_a"])) or reason_of.get((row["election"], row["poll_b"]))
                out.append(f"not comparable: {why or 'unknown kind'}")
            continue
        sizes = ((row["pollster_a"], row["sample_size_a"]), (row["pollster_b"], row["sample_size_b"]))
        missing = [str(name) for name, n in sizes if not n > 0]
        if missing:
            out.append(f"untestable: no sample size for {' and '.join(missing)}")
        elif not row["usable"]:
            shares = f"{row['share_text_a']}, {row['share_text_b']}"
            out.append(f"untestable: a share outside 0-100 ({shares}; see poll.share-negative, poll.share-over-100)")
        else:
            out.append(None)
    return out


def _value(x: Any) -> Any:
    """A JSON-able cell: None for missing, plain Python numbers."""
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return None
    return x.item() if hasattr(x, "item") else x


def comparison_records(c: Comparison) -> list[PairComparison]:
    """One plain record per (election, option, poll_a, poll_b): the difference and its test, or why there is none."""
    cols = {
        "election": "election",
        "option": "option",
        "poll_a": "poll_a",
        "poll_b": "poll_b",
        "pollster_a": "pollster_a",
        "pollster_b": "pollster_b",
        "share_a": "share_text_a",
        "share_b": "share_text_b",
        "source_a": "source_a",
        "source_b": "source_b",
        "n_a": "sample_size_a",
        "n_b": "sample_size_b",
        "deff_a": "deff_a",
        "deff_b": "deff_b",
        "deff_origin_a": "deff_origin_a",
        "deff_origin_b": "deff_origin_b",
        "difference": "difference",
        "se": "se",
        "z": "z",
        "p_value": "p_value",
        "p_rounded": "p_rounded",
        "p_adjusted": "p_adjusted",
        "family": "family",
        "same_test_as": "same_test_as",
        "rounding": "rounding",
        "significant": "significant",
        "testable": "testable",
        "comparable": "comparable",
        "reason": "reason",
    }
    table = c.pairs[list(cols.values())].astype("object")
    records = []
    for row in table.itertuples(index=False):
        record = {k: _value(v) for k, v in zip(cols, row, strict=True)}
        record["adjustment"] = c.adjustment if record["family"] else None
        records.append(record)
    for r in records:
        for k in ("significant", "testable", "comparable"):
            r[k] = bool(r[k])
        for k in ("n_a", "n_b"):
            r[k] = None if r[k] is None else int(r[k])
    return [PairComparison(**r) for r in records]


def not_comparable(c: Comparison) -> list[LonePoll]:
    """Polls compared with no other poll, with the reason."""
    printed = set(zip(c.shares["election"], c.shares["poll"], strict=True))
    keys = zip(c.polls["election"], c.polls["poll"], strict=True)
    lone = c.polls[c.polls["reason"].notna() & pd.Series([k in printed for k in keys], index=c.polls.index)]
    return [
        LonePoll(
            election=str(r.election),
            poll=str(r.poll),
            pollster=str(r.pollster),
            kind=None if r.kind_resolved is None else str(r.kind_resolved),
            scope=str(r.scope_resolved),
            reason=str(r.reason),
        )
        for r in lone.itertuples(index=False)
    ]


def _group_positions(c: Comparison) -> dict[tuple[str, str], list[int]]:
    """(election, group) -> the positions of its shares in `c.shares`, for every group of at least two comparable
    polls; groups sorted, each group's rows in the table's order (a sorted `groupby`, computed in one pass)."""
    if c.shares.empty or "group" not in c.shares:
        return {}  # an election without polls (a maslikhat record) has nothing to compare
    reasons = zip(c.polls["election"].tolist(), c.polls["poll"].tolist(), c.polls["reason"].tolist(), strict=True)
    lone = {(e, p) for e, p, r in reasons if pd.notna(r)}
    keys = zip(c.shares["election"].tolist(), c.shares["poll"].tolist(), c.shares["group"].tolist(), strict=True)
    positions: dict[tuple[str, str], list[int]] = {}
    for i, (e, p, g) in enumerate(keys):
        if (e, p) not in lone and pd.notna(e) and pd.notna(g):
            positions.setdefault((e, g), []).append(i)
    return {(str(e), str(g)): positions[(e, g)] for e, g in sorted(positions)}


def groups(c: Comparison) -> list[tuple[str, str, pd.DataFrame]]:
    """(election, group, consensus shares) for every group of at least two comparable polls."""
    return [(e, g, c.shares.iloc[rows]) for (e, g), rows in _group_positions(c).items()]


def threshold_calls(election: Election, shares: Shares) -> list[GroupThresholdCall]:
    """Per seat-eligible option: which polls put it at or above the list threshold."""
    tier = election.list_tier
    if tier is None or tier.threshold is None:
        return []
    by_option: dict[str, list[ShareRow]] = {}
    for r in share_rows(shares):  # one pass, not one filter per option
        by_option.setdefault(r.option, []).append(r)
    calls = []
    for option in [o.id for o in election.options if o.seat_eligible]:
        if option not in by_option:
            continue
        part = sorted(by_option[option], key=lambda r: r.order)
        clears = {str(r.poll): bool(r.share >= tier.threshold) for r in part}
        calls.append(
            GroupThresholdCall(
                option=option,
                threshold=tier.threshold,
                clears=clears,
                shares={str(r.poll): str(r.share_text) for r in part},
                agree=len(set(clears.values())) == 1,
            )
        )
    return calls


def ranking(shares: Shares) -> dict[str, list[str]]:
    """Each poll's options from largest to smallest share (undecided left out)."""
    ranked = sorted(call_tests.by_share(call_tests.decided(share_rows(shares))), key=lambda r: r.order)
    return {str(p): [r.option for r in own] for p, own in call_tests.by_poll(ranked).items()}


def discordant(shares: Shares) -> list[RankingDisagreement]:
    """Pairs of options that some polls put one way round and others the other way."""
    wide = call_tests.wide_shares(call_tests.decided(share_rows(shares)))
    polls = sorted(wide)
    options = sorted({o for own in wide.values() for o in own})
    out = []
    for x, y in itertools.combinations(options, 2):
        diff = {p: wide[p][x] - wide[p][y] for p in polls if x in wide[p] and y in wide[p]}
        ahead_x, ahead_y = [p for p, d in diff.items() if d > 0], [p for p, d in diff.items() if d < 0]
        if ahead_x and ahead_y:
            out.append(RankingDisagreement([str(x), str(y)], [str(p) for p in ahead_x], [str(p) for p in ahead_y]))
    return out


def winners(shares: Shares) -> dict[str, list[str]]:
    """Each poll's leading option(s); more than one on a tie."""
    part = call_tests.decided(share_rows(shares))
    top: dict[str, float] = {}
    for r in part:
        if not np.isnan(r.share) and not (r.poll in top and top[r.poll] >= r.share):
            top[r.poll] = r.share
    leaders = [r for r in part if r.poll in top and r.share == top[r.poll]]
    return {str(p): [r.option for r in own] for p, own in call_tests.by_poll(leaders).items()}


def _group_polls(polls: pd.DataFrame) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The poll table's rows by (election, group), in the table's order."""
    columns = ["election", "group", "poll", "pollster", "turnout_estimate", "deff", "deff_origin", "deff_detail"]
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for values in zip(*(polls[k].tolist() for k in columns), strict=True):
        row = dict(zip(columns, values, strict=True))
        out.setdefault((row["election"], row["group"]), []).append(row)
    return out


def calls(c: Comparison, data: LoadedData) -> list[GroupCalls]:
    """Per election and comparison group: winners, threshold calls, rankings and turnout estimates."""
    out = []
    members = _group_polls(c.polls)
    every = share_rows(c.shares) if not c.shares.empty and "group" in c.shares else []
    for (election, group), positions in _group_positions(c).items():
        e = data.elections[election]
        shares = [every[i] for i in positions]  # plain rows: every call below reads the same few dozen
        polls = members.get((election, group), [])
        turnout = {str(p["poll"]): float(p["turnout_estimate"]) for p in polls if pd.notna(p["turnout_estimate"])}
        won = winners(shares)
        national_exit = group == f"{EXIT}@{NATIONAL}"
        threshold = threshold_calls(e, shares) if national_exit else []
        call_tests.threshold_tests(threshold, shares, family_of(election, group, "threshold"), c.adjustment, c.alpha)
        swaps = discordant(shares)
        swap_tests = call_tests.ranking_tests(
            shares, swaps, family_of(election, group, "ranking"), c.adjustment, c.alpha
        )
        out.append(
            GroupCalls(
                election=election,
                group=group,
                kind=group.split("@")[0],
                scope=group.split("@")[1],
                polls=[str(p["poll"]) for p in polls],
                pollsters={str(p["poll"]): str(p["pollster"]) for p in polls},
                winners=won,
                winner_agrees=len({tuple(sorted(w)) for w in won.values()}) <= 1,
                threshold=threshold,
                ranking=ranking(shares),
                ranking_disagreements=swaps,
                turnout=turnout,
                turnout_spread=(max(turnout.values()) - min(turnout.values())) if len(turnout) >= 2 else None,
                winner_tests=call_tests.winner_tests(
                    shares, won, family_of(election, group, "winner"), c.adjustment, c.alpha
                ),
                ranking_tests=swap_tests,
                joint=call_tests.joint_tests(shares, family_of(election, group, "joint"), c.adjustment, c.alpha),
                design_effects={
                    str(p["poll"]): {
                        "deff": float(p["deff"]),
                        "origin": str(p["deff_origin"]),
                        "detail": str(p["deff_detail"]),
                    }
                    for p in polls
                },
            )
        )
    return out
