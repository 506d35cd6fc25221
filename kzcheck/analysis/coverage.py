"""Which options each printing of a poll covers, against the options the poll published.

A poll may publish only some answers (a referendum exit poll that gave its Yes share alone), stated in polls/'s
`published` column; an outlet may print only some of what the poll published (one headline figure): a partial
printing. A partial printing is compared with the other printings (outlets.agree), never summed nor asked for the
options it left out; the poll as a whole must still cover what it published, across all its printings.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from kzcheck.load.frames import UNDECIDED, LoadedData
from kzcheck.model.findings import Finding, Outcome, Status
from kzcheck.model.kinds import Kind

OPTIONS_COMPLETE, SUM = "poll.options-complete", "poll.sum"
PER_PRINTING = (OPTIONS_COMPLETE, SUM)


@dataclass
class Coverage:
    published: dict[tuple[str, str], set[str]]  # (election, poll) -> options the poll published
    declared: set[tuple[str, str]]  # polls whose polls/ row says they published only some answers
    printed: dict[tuple[str, str, str], set[str]]  # (election, poll, source) -> options printed
    union: dict[tuple[str, str], set[str]]  # (election, poll) -> options printed by any source

    def partial(self, election: str, poll: str, source: str) -> bool:
        key = (election, poll)
        return not self.printed.get((election, poll, source), set()) >= self.published.get(key, set())


def published_options(data: LoadedData) -> tuple[dict[tuple[str, str], set[str]], set[tuple[str, str]]]:
    """Per poll, the options it published: polls/'s `published` (option ids or aliases, separated by ';'), or every
    option of the election when blank."""
    out: dict[tuple[str, str], set[str]] = {}
    declared: set[tuple[str, str]] = set()
    polls = data.polls
    column = polls["published"] if "published" in polls.columns else pd.Series(None, index=polls.index, dtype="str")
    for e, p, text in zip(polls["election"], polls["poll"], column, strict=True):
        election = data.elections.get(str(e))
        if election is None:
            continue
        if isinstance(text, str) and text.strip():
            amap = election.alias_map()
            from kzcheck.load.election import fold

            names = [t.strip() for t in text.split(";") if t.strip()]
            out[(str(e), str(p))] = {amap.get(fold(n), n) for n in names}
            declared.add((str(e), str(p)))
        else:
            out[(str(e), str(p))] = set(election.option_ids)
    return out, declared


def build(data: LoadedData) -> Coverage:
    published, declared = published_options(data)
    f = data.figures.dropna(subset=["option"])
    f = f[f["option"] != UNDECIDED]
    printed = {
        (str(e), str(p), str(s)): set(g["option"].astype("str"))
        for (e, p, s), g in f.groupby(["election", "poll", "source"], sort=False)
    }
    union = {(str(e), str(p)): set(g["option"].astype("str")) for (e, p), g in f.groupby(["election", "poll"])}
    return Coverage(published, declared, printed, union)


def _key(subject: str | None) -> tuple[str, str] | None:
    if not subject or not subject.startswith("poll:") or "@" not in subject:
        return None
    poll, source = subject[5:].split("@", 1)
    return poll, source


def missing_fields(missing: list[str]) -> dict[str, str]:
    """What the options-complete message names: the options missing."""
    return {"s": "s" if len(missing) > 1 else "", "missing": ", ".join(missing)}


def outcomes(
    check: str, subjects: list[tuple[str, str]], findings: list[Finding], cov: Coverage, kind: Kind
) -> list[Outcome]:
    """The options-complete and sum outcomes of every printing, with partial printings and polls that published
    only some answers not evaluated (and said why), and missing options counted against what the poll published."""
    by_key: dict[tuple[str | None, str | None], list[Finding]] = {}
    for f in findings:
        by_key.setdefault((f.election, f.subject), []).append(f)
    out = []
    for election, subject in dict.fromkeys([*subjects, *by_key]):
        mine = by_key.get((election, subject), [])
        key = _key(subject)
        if key is None or election is None or subject is None:
            out.append(Outcome(check, election, subject, mine))
            continue
        poll, source = key
        published = cov.published.get((election, poll), set())
        printed = cov.printed.get((election, poll, source), set())
        union = cov.union.get((election, poll), set())
        if check == OPTIONS_COMPLETE:
            if printed >= published:
                out.append(Outcome(check, election, subject, []))
            elif union >= published:
                out.append(_partial(check, election, subject, printed, published))
            else:
                missing = sorted(published - union)
                for f in mine:
                    f.fields.update(missing_fields(missing))
                    f.message = kind.message(f.variant, **f.fields)
                    f.expected = ", ".join(sorted(published))
                out.append(Outcome(check, election, subject, mine))
            continue
        if not printed >= published and union >= published:
            out.append(_partial(check, election, subject, printed, published))
        elif (election, poll) in cov.declared:
            out.append(
                Outcome(
                    check,
                    election,
                    subject,
                    [],
                    Status.NOT_EVALUATED,
                    note=f"the poll published only some answers ({', '.join(sorted(published))}): its shares need "
                    "not sum to 100",
                )
            )
        else:
            out.append(Outcome(check, election, subject, mine))
    return out


def _partial(check: str, election: str, subject: str, printed: set[str], published: set[str]) -> Outcome:
    return Outcome(
        check,
        election,
        subject,
        [],
        Status.NOT_EVALUATED,
        note=f"a partial printing ({', '.join(sorted(printed))} of {len(published)} options): compared with the "
        "poll's other printings (outlets.agree), never summed or asked for the rest",
    )
