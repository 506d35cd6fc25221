"""Protocol copies (an observer's, the press's) against the CEC's publication of the same area, line by line.

The comparison is the project's one "two sources print the same figure differently" mechanism
(`kzcheck.analysis.disagreement`), the same that finds two outlets printing one poll differently: each copy's rows and
the official rows of the same areas go in as one frame, keyed by area and line, with the publisher as the origin.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from kzcheck.analysis.disagreement import Disagreement, disagreements
from kzcheck.analysis.official import authoritative
from kzcheck.checks.protocols import area_label, area_names, area_subject, fmt
from kzcheck.load.frames import LoadedData
from kzcheck.load.table import FILE, LINE
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Finding, Outcome, Severity, Status
from kzcheck.model.kinds import Kind
from kzcheck.model.stages import NEWEST_FIRST

SPECS = [
    Kind.check(
        "copy.disagree",
        "A protocol copy agrees with the official figures",
        "Each line of a copy of an area's protocol (protocols/<election>.<origin>.csv) equals the CEC's final "
        "figure for that area and line (preliminary when no final is published); areas or lines the CEC does "
        "not publish are not evaluated.",
        Severity.ERROR,
        "kzcheck (disagreement mechanism, vectorised pandas)",
        "{area}: {line} differs between the {origin} copy of the protocol and the CEC's {status} results: "
        "{copied} against {official}{difference}",
    ),
]
DISAGREE = SPECS[0]

COPY = "copy"
COLUMNS = ["area", "line", "count", "origin", "source", FILE, LINE]
PREFERRED = NEWEST_FIRST


def _official(results: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """The CEC's final rows of each election, or its preliminary ones where no final is published; and which."""
    final = set(results.loc[results["status"] == "final", "election"].astype("str").unique())
    chosen = results[(results["status"] == "final") | ~results["election"].isin(final)]
    return chosen, {e: ("final" if e in final else "preliminary") for e in chosen["election"].astype("str").unique()}


def _pairs(frame: pd.DataFrame) -> np.ndarray:
    """(election, area) as one integer per row, from the categorical codes all results rows share."""
    width = len(frame["area"].cat.categories) + 1
    return frame["election"].cat.codes.to_numpy(np.int64) * width + frame["area"].cat.codes.to_numpy(np.int64)


def _publisher(frame: pd.DataFrame) -> pd.Series:
    """`origin (source)` for every row: who the message names as having printed the figure."""
    return frame["origin"].astype("str") + " (" + frame["source"].astype("str") + ")"


def _finding(d: Disagreement, election: str, origin: str, status: str, names: dict[str, str]) -> Finding:
    area, line = (str(k) for k in d.key)
    mine = [v for v in d.versions if v.origin.startswith(f"{origin} (")]
    theirs = [v for v in d.versions if not v.origin.startswith(f"{origin} (")]
    first = (mine or d.versions)[0]
    said = "; ".join(f"{v.origin} {fmt(v.value)}" for v in mine)
    official = "; ".join(f"{v.origin} {fmt(v.value)}" for v in theirs)
    diff = f" (difference {mine[0].value - theirs[0].value:+,.0f})" if mine and theirs else ""
    return DISAGREE.finding(
        area=area_label(area, names),
        line=line,
        origin=origin,
        status=status,
        copied=said,
        official=official,
        difference=diff,
        election=election,
        subject=area_subject(area, origin, line),
        file=first.file,
        row=first.line,
        column="count",
        observed=", ".join(fmt(v.value) for v in mine),
        expected=", ".join(fmt(v.value) for v in theirs),
    )


def run(data: LoadedData, config: RunConfig) -> list[Outcome]:
    r = data.results
    wanted = [*COLUMNS, "election", "status"]
    copies = r.loc[r["status"] == COPY, wanted]
    official, status = _official(r.loc[authoritative(r), wanted])
    outcomes: list[Outcome] = []
    for origin in sorted(copies["origin"].astype("str").unique()):  # every election at once, one origin at a time
        copy = copies[copies["origin"] == origin]
        theirs = official[np.isin(_pairs(official), np.unique(_pairs(copy)))]  # the same areas in the same election
        frame = pd.concat([copy[[*COLUMNS, "election"]], theirs[[*COLUMNS, "election"]]], ignore_index=True)
        frame["publisher"] = _publisher(frame)
        found: dict[str, list[Disagreement]] = {}
        for d in disagreements(frame, ["election", "area", "line"], "publisher", "count"):
            found.setdefault(str(d.key[0]), []).append(Disagreement(d.key[1:], d.versions))
        for eid in data.elections:
            mine = copy[copy["election"] == eid]
            if mine.empty:
                continue
            published = theirs[theirs["election"] == eid]
            subject = f"copy:{origin}"
            if published.empty:
                outcomes.append(
                    Outcome(
                        "copy.disagree",
                        eid,
                        subject,
                        [],
                        Status.NOT_EVALUATED,
                        note=f"the CEC publishes no final or preliminary figures for the areas of the {origin} copy",
                    )
                )
                continue
            names = area_names(data, data.elections[eid]) if eid in found else {}
            outcome = Outcome(
                "copy.disagree",
                eid,
                subject,
                [_finding(d, eid, origin, status[eid], names) for d in found.get(eid, [])],
            )
            outcome.note = (
                f"{mine['area'].nunique()} area(s) copied, {published['area'].nunique()} published by the CEC"
            )
            outcomes.append(outcome)
    return outcomes
