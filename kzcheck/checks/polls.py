"""Poll metadata against the rest of the data: every figure's poll and source exist, every poll's source exists."""

from __future__ import annotations

import numpy as np

from kzcheck.checks.base import located, outcomes_for, poll_subject
from kzcheck.load.frames import LoadedData
from kzcheck.methods.rounding import half_unit
from kzcheck.methods.sampling import margin_of_error
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Outcome, Severity, Status
from kzcheck.model.kinds import Kind

SPECS = [
    Kind.check(
        "poll.reference",
        "Figures belong to a known poll",
        "Every figure row names a poll listed in polls/<election>.csv.",
        Severity.ERROR,
        "kzcheck",
        "poll {poll!r} is not listed in polls/{election}.csv",
    ),
    Kind.check(
        "source.reference",
        "Every figure has a known source",
        "Every poll, figure and result row names a source listed in sources.csv, so each figure can be traced "
        "to the outlet and URL that printed it.",
        Severity.ERROR,
        "kzcheck",
        "source {source!r} is not listed in sources.csv",
    ),
    Kind.check(
        "poll.margin-consistent",
        "Stated margin fits the sample size",
        "A poll's stated margin of error cannot be smaller than a simple random sample of its stated size "
        "allows (95%, share 50%: 1.96 x 100 x sqrt(0.25/n)), even allowing for the rounding of the printed "
        "margin. Clustered exit polls have wider margins (design effect), so only too small a margin is "
        "flagged; see docs/methods.md.",
        Severity.WARNING,
        "kzcheck",
        "stated margin ±{margin:g} is smaller than a simple random sample of {n:,} allows (±{srs:.2f})",
    ),
]
KIND = {k.id: k for k in SPECS}


def run(data: LoadedData, config: RunConfig) -> list[Outcome]:
    figures, polls = data.figures, data.polls
    known_polls = set(zip(polls["election"], polls["poll"], strict=True))
    keys = list(zip(figures["election"], figures["poll"], strict=True))
    orphan = figures[[k not in known_polls for k in keys]] if len(figures) else figures
    poll_findings = [
        KIND["poll.reference"].finding(
            poll=row["poll"],
            election=row["election"],
            subject=poll_subject(row["poll"], row["source"]),
            **located(row, column="poll", observed=row["poll"]),
        )
        for _, row in orphan.drop_duplicates(["election", "poll", "source"]).iterrows()
    ]
    subjects = [
        (str(e), poll_subject(p, s))
        for e, p, s in figures[["election", "poll", "source"]].drop_duplicates().itertuples(index=False)
    ]
    outcomes = outcomes_for("poll.reference", subjects, poll_findings)

    known_sources = set(data.sources["source"].dropna())
    source_findings = []
    for frame in (polls, figures, data.results):
        if not len(frame):
            continue
        cited = frame["source"].astype("str")
        missing = frame[cited.notna() & ~cited.isin(known_sources)]
        for _, row in missing.drop_duplicates(["election", "source"]).iterrows():
            source_findings.append(
                KIND["source.reference"].finding(
                    source=row["source"],
                    election=str(row["election"]),
                    subject=f"source:{row['source']}",
                    **located(row, column="source", observed=str(row["source"])),
                )
            )
    elections = [(e, "sources") for e in data.elections]
    for f in source_findings:
        f.subject = "sources"
    outcomes += outcomes_for("source.reference", elections, source_findings)
    return outcomes + margin_outcomes(polls)


def margin_outcomes(polls: object) -> list[Outcome]:
    """Flag stated margins smaller than simple random sampling of the stated n allows; untestable polls say so."""
    import pandas as pd

    assert isinstance(polls, pd.DataFrame)
    testable = polls["margin_of_error"].notna() & polls["sample_size"].gt(0)
    rows = polls[testable]
    srs = np.asarray(margin_of_error(rows["sample_size"].to_numpy(dtype=float), 1.0), dtype=float)
    allowed = rows["margin_of_error"].to_numpy(dtype=float) + np.asarray(
        half_unit(rows["margin_of_error_decimals"].to_numpy()), dtype=float
    )
    bad = rows[allowed < srs]
    findings = [
        KIND["poll.margin-consistent"].finding(
            margin=row["margin_of_error"],
            n=int(row["sample_size"]),
            srs=m,
            election=row["election"],
            subject=poll_subject(row["poll"]),
            **located(row, column="margin_of_error", observed=row["margin_of_error"], expected=f">= {m:.2f}"),
        )
        for (_, row), m in zip(bad.iterrows(), srs[allowed < srs], strict=True)
    ]
    outcomes = outcomes_for(
        "poll.margin-consistent",
        [(str(e), poll_subject(p)) for e, p in rows[["election", "poll"]].itertuples(index=False)],
        findings,
    )
    for _, row in polls[~testable].iterrows():
        missing = "sample size" if not row["sample_size"] > 0 else "margin of error"
        outcomes.append(
            Outcome(
                "poll.margin-consistent",
                row["election"],
                poll_subject(row["poll"]),
                [],
                Status.NOT_EVALUATED,
                note=f"no {missing} to test with",
            )
        )
    return outcomes
