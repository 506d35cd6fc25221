"""Poll metadata against the rest of the data: every figure's poll and source exist, every poll's source exists."""

from __future__ import annotations

from typing import Any

from kzcheck.checks.base import located, outcomes_for, poll_subject
from kzcheck.findings import CheckSpec, Finding, Outcome, Severity
from kzcheck.load.frames import LoadedData

SPECS = [
    CheckSpec("poll.reference", "Figures belong to a known poll",
              "Every figure row names a poll listed in polls/<election>.csv.", Severity.ERROR, "kzcheck"),
    CheckSpec("source.reference", "Every figure has a known source",
              "Every poll, figure and result row names a source listed in sources.csv, so each figure can be traced "
              "to the outlet and URL that printed it.", Severity.ERROR, "kzcheck"),
]


def run(data: LoadedData, config: Any) -> list[Outcome]:
    figures, polls = data.figures, data.polls
    known_polls = set(zip(polls["election"], polls["poll"]))
    keys = list(zip(figures["election"], figures["poll"]))
    orphan = figures[[k not in known_polls for k in keys]] if len(figures) else figures
    poll_findings = [
        Finding("poll.reference", Severity.ERROR, f"poll {row['poll']!r} is not listed in polls/{row['election']}.csv",
                election=row["election"], subject=poll_subject(row["poll"], row["source"]),
                **located(row, column="poll", observed=row["poll"]))
        for _, row in orphan.drop_duplicates(["election", "poll", "source"]).iterrows()
    ]
    subjects = [(str(e), poll_subject(p, s)) for e, p, s in
                figures[["election", "poll", "source"]].drop_duplicates().itertuples(index=False)]
    outcomes = outcomes_for("poll.reference", subjects, poll_findings)

    known_sources = set(data.sources["source"].dropna())
    source_findings = []
    for table, frame in (("polls", polls), ("figures", figures), ("results", data.results)):
        if not len(frame):
            continue
        cited = frame["source"].astype("str")
        missing = frame[cited.notna() & ~cited.isin(known_sources)]
        for _, row in missing.drop_duplicates(["election", "source"]).iterrows():
            source_findings.append(Finding(
                "source.reference", Severity.ERROR, f"source {row['source']!r} is not listed in sources.csv",
                election=str(row["election"]), subject=f"source:{row['source']}",
                **located(row, column="source", observed=str(row["source"]))))
    elections = [(e, "sources") for e in data.elections]
    for f in source_findings:
        f.subject = "sources"
    outcomes += outcomes_for("source.reference", elections, source_findings)
    return outcomes
