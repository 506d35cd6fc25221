"""Reconciliation as checks: how each poll fared against the CEC, fed into `kzcheck validate` as info findings.

A poll that was wrong is a fact about the poll, not a defect of the data, so nothing here can fail a run: wrong
threshold calls, official shares outside the poll's margin or interval, and projected seats that differ are info.
Polls awaiting the CEC, and polls not comparable with the result, are not evaluated (with the reason).
"""

from __future__ import annotations

from typing import Any

from kzcheck.analysis.reconciliation import RECONCILED
from kzcheck.analysis.tables import Analysis
from kzcheck.checks.base import poll_subject
from kzcheck.load.frames import LoadedData
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Outcome, Severity, Status
from kzcheck.model.kinds import Kind
from kzcheck.model.tables import PollScore

ACCURACY, THRESHOLD = "reconciliation.accuracy", "reconciliation.threshold"
MARGIN, INTERVAL, SEATS = "reconciliation.margin", "reconciliation.interval", "reconciliation.seats"

SPECS = [
    Kind.check(
        ACCURACY,
        "Poll scored against the CEC's result",
        "Each national exit poll is scored against the final result (or the preliminary one, said so): "
        "per-option error, Mosteller's M3 and M5, Arzheimer-Evans B and B_w, and a rank among the election's "
        "polls (see kzcheck reconcile). Polls awaiting the CEC, regional polls and pre-election surveys are "
        "not evaluated, with the reason.",
        Severity.INFO,
        "kzcheck",
    ),
    Kind.check(
        THRESHOLD,
        "Poll's threshold calls",
        "Whether the poll put each party on the same side of the list threshold as the official result "
        "(info: a wrong call is the poll's miss, not a data defect).",
        Severity.INFO,
        "kzcheck",
        "{pollster} put {option} at {share:g}, {side} the {threshold:g}% threshold; the {against} result is "
        "{official:.2f}, {official_side} it: threshold called wrong",
        variants={
            "simulated": "{pollster} put {option} at {share:g}, {side} the {threshold:g}% threshold; the {against} "
            "result is {official:.2f}, {official_side} it: threshold called wrong; the probability its sample gave "
            "of clearing it: {p_clears:.2f} (z {z:+.2f} against the line, design effect {deff:.3g} ({deff_origin}), "
            "seeded simulation)"
        },
    ),
    Kind.check(
        MARGIN,
        "Official shares inside the poll's stated margin",
        "Each official share lies within the poll's stated margin of error of its printed share (plus the "
        "printed figure's rounding). Polls with no stated margin are not evaluated.",
        Severity.INFO,
        "kzcheck",
        "{outside} of {options} official shares lie outside {pollster}'s {what}: {shares}",
    ),
    Kind.check(
        INTERVAL,
        "Official shares inside the poll's computed interval",
        "Each official share lies inside the 95% Wilson interval computed from the poll's sample size and "
        "design effect (plus the printed figure's rounding). Polls with no sample size are not evaluated.",
        Severity.INFO,
        "kzcheck",
        "{outside} of {options} official shares lie outside {pollster}'s {what}: {shares}",
    ),
    Kind.check(
        SEATS,
        "Seats the poll would have produced",
        "The list seats the poll's shares give under the law's method and threshold, against the official seats.",
        Severity.INFO,
        "kzcheck",
        "{pollster}'s shares give {projected} list seats; the official seats ({basis}) are {official}",
    ),
]
KIND = {k.id: k for k in SPECS}


def _where(entry: PollScore, option: str | None = None) -> dict[str, Any]:
    if option is not None:
        o = next((o for o in entry["options"] if o["option"] == option), None)
        if o:
            return {"file": o["file"], "row": o["row"], "column": "share"}
    return {"file": entry["file"], "row": entry["row"]}


def _seats(seats: dict[str, int]) -> str:
    return "/".join(str(v) for v in seats.values())


def outcomes_of(entry: PollScore) -> list[Outcome]:
    """Every reconciliation outcome of one (election, poll) entry of `kzcheck.analysis.reconciliation.reconcile`."""
    election, subject = entry["election"], poll_subject(entry["poll"])
    who = entry["pollster"]
    if entry["status"] != RECONCILED:
        return [Outcome(ACCURACY, election, subject, [], Status.NOT_EVALUATED, note=entry["reason"] or "")]
    against = entry["against"]
    summary = (
        f"M3 {entry['m3']:.2f} against the {against} result, largest error {entry['max_error']:.2f} "
        f"({entry['max_error_option']}), rank {entry['rank']} of {entry['ranked_of']}"
    )
    out = [Outcome(ACCURACY, election, subject, [], note=summary)]

    wrong = [t for t in entry["threshold_calls"] if not t["right"]]
    if entry["threshold_calls"]:
        out.append(
            Outcome(
                THRESHOLD,
                election,
                subject,
                [
                    KIND[THRESHOLD].finding(
                        "" if t.get("p_clears") is None else "simulated",
                        pollster=who,
                        option=t["name"],
                        share=t["poll_share"],
                        side="above" if t["poll_clears"] else "below",
                        threshold=t["threshold"],
                        against=against,
                        official=t["official_share"],
                        official_side="above" if t["official_clears"] else "below",
                        p_clears=t.get("p_clears"),
                        z=t.get("z"),
                        deff=t.get("deff"),
                        deff_origin=t.get("deff_origin"),
                        election=election,
                        subject=subject,
                        observed=t["poll_share"],
                        expected=round(t["official_share"], 2),
                        **_where(entry, t["option"]),
                    )
                    for t in wrong
                ],
            )
        )

    checks = (
        (
            MARGIN,
            "inside_stated_margin",
            entry["margin_of_error"] is not None,
            f"stated margin of ±{entry['margin_of_error'] or 0:g}",
            "no stated margin of error",
        ),
        (
            INTERVAL,
            "inside_interval",
            entry["sample_size"] is not None,
            f"95% interval (n = {int(entry['sample_size'] or 0):,}, design effect {entry['deff']:.3g} "
            f"({entry['deff_origin']}))",
            "no sample size: no interval can be computed",
        ),
    )
    for check, key, possible, what, missing in checks:
        if not possible:
            out.append(Outcome(check, election, subject, [], Status.NOT_EVALUATED, note=missing))
            continue
        outside = [o for o in entry["options"] if o[key] is False]
        found = (
            []
            if not outside
            else [
                KIND[check].finding(
                    outside=len(outside),
                    options=len(entry["options"]),
                    pollster=who,
                    what=what,
                    shares="; ".join(
                        f"{o['name']} poll {o['poll_share_text']}"
                        + (f" [{o['interval_low']:.2f}, {o['interval_high']:.2f}]" if key == "inside_interval" else "")
                        + f", official {o['official_share']:.2f}"
                        for o in outside
                    ),
                    election=election,
                    subject=subject,
                    observed=len(outside),
                    expected=0,
                    **_where(entry),
                )
            ]
        )
        out.append(Outcome(check, election, subject, found))

    projected, official = entry["seats_projected"], entry["seats_official"]
    if projected is not None and official is not None:
        same = all(projected.get(k, 0) == v for k, v in official.items())
        found = (
            []
            if same
            else [
                KIND[SEATS].finding(
                    pollster=who,
                    projected=_seats({k: projected.get(k, 0) for k in official}),
                    basis=entry["seats_official_basis"],
                    official=_seats(official),
                    election=election,
                    subject=subject,
                    observed=_seats({k: projected.get(k, 0) for k in official}),
                    expected=_seats(official),
                    **_where(entry),
                )
            ]
        )
        out.append(Outcome(SEATS, election, subject, found))
    return out


def run(data: LoadedData, config: RunConfig | None, analysis: Analysis | None = None) -> list[Outcome]:
    table = (analysis or Analysis(data, config.deff if config else None)).reconciliation
    return [o for entry in table for o in outcomes_of(entry)]
