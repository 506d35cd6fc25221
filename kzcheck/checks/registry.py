"""The pollster registry and option families as checks: every poll names a known pollster, no organisation is
counted twice in one vote, and the registry and the families files are well formed.

The registry (`pollsters.csv`) is optional: without it every check here is not evaluated, and pollsters are known by
the name printed alone. Resolution itself happens at load time (`kzcheck.load.pollsters`); this module only reports.
"""

from __future__ import annotations

from typing import Any

from kzcheck.analysis.comparison import poll_kind, scope_of
from kzcheck.checks.base import located, outcomes_for, poll_subject
from kzcheck.checks.schema import MESSAGE, VARIANTS, table_findings
from kzcheck.load.frames import LoadedData
from kzcheck.load.pollsters import (
    AMBIGUOUS,
    BY_ID,
    UNKNOWN_ID,
    UNKNOWN_NAME,
    Registry,
    name_key,
    pollster_key,
    registry_of,
)
from kzcheck.load.table import LINE
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Outcome, Severity, Status
from kzcheck.model.kinds import Kind

KNOWN, NAME_MATCHES, TWICE = "pollster.known", "pollster.name-matches-id", "pollster.counted-twice"
ALIAS_UNIQUE, MEMBERS = "pollster.alias-unique", "family.members"
SCHEMA_POLLSTERS, SCHEMA_FAMILIES = "schema.pollsters", "schema.families"
NO_REGISTRY_NOTE = "the data folder has no pollsters.csv: pollsters are known only by the name printed"
SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"

SPECS = [
    Kind.check(
        SCHEMA_POLLSTERS,
        "pollsters table: columns, types, uniqueness",
        "pandera schema of the pollster registry (pollsters.csv): a unique lower-case id per pollster, an English "
        "name, links that are web addresses.",
        Severity.ERROR,
        "pandera",
        MESSAGE,
        variants=VARIANTS,
    ),
    Kind.check(
        SCHEMA_FAMILIES,
        "families table: columns, types, uniqueness",
        "pandera schema of the option families (families.csv): a family id, an election and an option on every "
        "row, one member per family and election.",
        Severity.ERROR,
        "pandera",
        MESSAGE,
        variants=VARIANTS,
    ),
    Kind.check(
        KNOWN,
        "Every poll's pollster is in the registry",
        "Each poll's pollster_id, or else its printed pollster name, resolves to one pollster of pollsters.csv "
        "(names compared after Unicode NFC and case folding, quotes and a leading 'the' ignored). An unknown "
        "name is reported with the closest registry pollster as a suggestion. A warning: the figures stand, but "
        "the poll's pollster has no identity across votes (a new pollster, or a misspelling that would split its "
        "track record).",
        Severity.WARNING,
        "kzcheck",
        "pollster {name!r} is not in the registry (pollsters.csv); {suggestion}",
        variants={
            "unknown-id": "pollster_id {given!r} is not a pollster of pollsters.csv; {hint}",
            "ambiguous": "pollster {name!r} is a name of several pollsters ({owners}); set pollster_id to say which",
        },
    ),
    Kind.check(
        NAME_MATCHES,
        "A poll's printed pollster name belongs to its pollster_id",
        "Where a poll gives a pollster_id, its printed name is one of that pollster's names or aliases; a "
        "printed name that belongs to another pollster, or to none, is a probable mix-up (or an alias to add).",
        Severity.WARNING,
        "kzcheck",
        "poll {poll} is filed under {filed!r} (pollster_id {id}) but its pollster is printed as {name!r}, {other}: "
        "correct the pollster_id, or add the name to the aliases of {id}",
    ),
    Kind.check(
        TWICE,
        "No pollster counted twice in one vote",
        "Two polls of one election that resolve to the same pollster, with the same kind and scope, are one "
        "organisation counted twice (an outlet that printed one exit poll under two names). Polls of different "
        "scope (a region and the country) or kind (pre-election and exit) are declared separate by those columns.",
        Severity.WARNING,
        "kzcheck",
        "{n} polls of this vote are all {pollster} ({kind}, scope {scope}): {polls}. One organisation is counted as "
        "{n} polls; keep one, or if they really are separate polls give each its own scope (a region) or kind",
    ),
    Kind.check(
        ALIAS_UNIQUE,
        "Each printed name identifies one pollster",
        "No name or alias of pollsters.csv belongs to two pollsters (after folding); such a name resolves to neither.",
        Severity.ERROR,
        "kzcheck",
        "the name {name!r} (as folded) belongs to {ids}: a printed name must identify one pollster; remove it from "
        "all but one, or make it more specific",
    ),
    Kind.check(
        MEMBERS,
        "Option families name real options",
        "Every row of families.csv names an election of the data folder and, for the elections being checked, "
        "one of its options; a family has one name.",
        Severity.ERROR,
        "kzcheck",
        "family {family}: {option!r} is not an option of {election_id} (its options: {known})",
        variants={
            "no-election": "family {family}: election {election_id!r} has no election file "
            "(elections/{election_id}.toml)",
            "two-names": "family {family} is named both {first!r} and {second!r}: give it one name",
        },
    ),
]
KIND = {k.id: k for k in SPECS}


def _records(frame: Any) -> list[dict[str, Any]]:
    """The rows of a frame as plain dicts keyed by column name."""
    return [{str(k): v for k, v in r.items()} for r in frame.to_dict("records")]


def schemas() -> dict[str, Any]:
    import pandera.pandas as pa

    def text(*checks: Any, nullable: bool = False, unique: bool = False) -> Any:
        return pa.Column("str", checks=list(checks), nullable=nullable, unique=unique)

    slug = pa.Check.str_matches(SLUG, error="must be a lower-case id such as sotsis-a")
    return {
        "pollsters": pa.DataFrameSchema(
            {
                "pollster": text(slug, unique=True),
                "name_en": text(),
                "links": text(
                    pa.Check.str_matches(r"^https?://\S+(\s+https?://\S+)*$", error="must be web addresses"),
                    nullable=True,
                ),
            },
            strict=False,
        ),
        "families": pa.DataFrameSchema(
            {"family": text(slug), "election": text(), "option": text()},
            unique=["family", "election"],
            strict=False,
        ),
    }


def _schema(data: LoadedData) -> list[Outcome]:
    out = []
    checks = schemas()
    for name, check, frame in (
        ("pollsters", SCHEMA_POLLSTERS, data.pollsters),
        ("families", SCHEMA_FAMILIES, data.families),
    ):
        if frame is None:
            out.append(Outcome(check, None, None, [], Status.NOT_EVALUATED, note=f"the data folder has no {name}.csv"))
            continue
        found = table_findings(name, frame, checks[name], KIND[check])
        for f in found:
            f.election, f.subject = None, f"table:{name}"
        out += outcomes_for(check, [(None, f"table:{name}")], found)
    return out


def _suggestion(registry: Registry, name: object) -> str:
    hit = registry.suggest(name)
    if hit is None:
        return "add the pollster to pollsters.csv (or the name to its aliases)"
    return (
        f"did you mean {registry.names[hit]!r} (id {hit})? If so, add {str(name)!r} to its aliases in pollsters.csv "
        "or set pollster_id"
    )


def _known(data: LoadedData, registry: Registry) -> list[Outcome]:
    polls = data.polls[data.polls["election"].isin(list(data.elections))]
    findings = []
    for row in _records(polls):
        how, name, given = row["pollster_how"], row["pollster"], row.get("pollster_id")
        subject = poll_subject(row["poll"])
        if how == UNKNOWN_ID:
            hit = registry.suggest(given)
            hint = f"did you mean {hit!r}?" if hit else "add the pollster to pollsters.csv"
            fields: dict[str, Any] = {"given": given, "hint": hint}
            variant, column, observed = "unknown-id", "pollster_id", given
        elif how == UNKNOWN_NAME:
            variant, fields = "", {"name": name, "suggestion": _suggestion(registry, name)}
            column, observed = "pollster", name
        elif how == AMBIGUOUS:
            owners = ", ".join(registry.ambiguous.get(name_key(name), []))
            variant, fields, column, observed = "ambiguous", {"name": name, "owners": owners}, "pollster", name
        else:
            continue
        findings.append(
            KIND[KNOWN].finding(
                variant,
                **fields,
                election=str(row["election"]),
                subject=subject,
                observed=observed,
                expected="a pollster of pollsters.csv",
                **located(row, column=column),
            )
        )
    subjects = [(str(e), poll_subject(p)) for e, p in zip(polls["election"], polls["poll"], strict=True)]
    return outcomes_for(KNOWN, subjects, findings)


def _name_matches(data: LoadedData, registry: Registry) -> list[Outcome]:
    polls = data.polls[(data.polls["election"].isin(list(data.elections))) & (data.polls["pollster_how"] == BY_ID)]
    findings = []
    for row in _records(polls):
        ref, name = str(row["pollster_ref"]), row["pollster"]
        by_name = registry.resolve(name)
        if by_name == ref:
            continue
        other = f"a name of {registry.names[by_name]!r} (id {by_name})" if by_name else "not a name in the registry"
        findings.append(
            KIND[NAME_MATCHES].finding(
                poll=row["poll"],
                filed=registry.names[ref],
                id=ref,
                name=name,
                other=other,
                election=str(row["election"]),
                subject=poll_subject(row["poll"]),
                observed=name,
                expected=f"a name of {ref}",
                **located(row, column="pollster"),
            )
        )
    subjects = [(str(e), poll_subject(p)) for e, p in zip(polls["election"], polls["poll"], strict=True)]
    return outcomes_for(NAME_MATCHES, subjects, findings)


def _counted_twice(data: LoadedData, registry: Registry | None) -> list[Outcome]:
    polls = data.polls[data.polls["election"].isin(list(data.elections))]
    groups: dict[tuple[str, str, str | None, str], list[dict[str, Any]]] = {}
    for row in _records(polls):
        eid = str(row["election"])
        kind = poll_kind(row.get("kind"), row.get("method"))
        scope = scope_of(row.get("scope"), data.elections[eid])
        key = (eid, pollster_key(row.get("pollster_ref"), row["pollster"]), kind, scope)
        groups.setdefault(key, []).append(row)
    findings, subjects = [], []
    for (eid, who, kind, scope), rows in groups.items():
        subject = f"pollster:{who}"
        subjects.append((eid, subject))
        if len(rows) < 2:
            continue
        name = registry.names.get(who, who) if registry else str(rows[0]["pollster"])
        printed = "; ".join(f"{r['poll']} ({r['pollster']!r}, row {r[LINE]})" for r in rows)
        findings.append(
            KIND[TWICE].finding(
                n=len(rows),
                pollster=name,
                kind=kind or "kind not given",
                scope=scope,
                polls=printed,
                election=eid,
                subject=subject,
                observed=len(rows),
                expected=1,
                **located(rows[1], column="pollster"),
            )
        )
    return outcomes_for(TWICE, subjects, findings)


def _alias_unique(data: LoadedData, registry: Registry) -> list[Outcome]:
    frame = data.pollsters
    assert frame is not None
    findings = []
    rows = _records(frame)
    for key, ids in registry.ambiguous.items():
        row = next((r for r in rows if str(r.get("pollster")) == ids[-1]), rows[0])
        findings.append(
            KIND[ALIAS_UNIQUE].finding(
                name=key,
                ids=", ".join(ids),
                subject="table:pollsters",
                observed=key,
                expected="one pollster",
                **located(row, column="aliases"),
            )
        )
    return outcomes_for(ALIAS_UNIQUE, [(None, "table:pollsters")], findings)


def _members(data: LoadedData) -> list[Outcome]:
    frame = data.families
    if frame is None:
        return [Outcome(MEMBERS, None, None, [], Status.NOT_EVALUATED, note="the data folder has no families.csv")]
    defined = {p.stem for p in (data.dataset.root / "elections").glob("*.toml")}
    names: dict[str, str] = {}
    findings = []
    for row in _records(frame):
        fid, eid, option, name = (row.get(c) for c in ("family", "election", "option", "name"))
        if not all(isinstance(x, str) and x for x in (fid, eid, option)):
            continue  # a blank cell: schema.families says so
        variant: str | None = None
        fields: dict[str, Any] = {"family": fid, "option": option}
        column = "option"
        if eid not in defined:
            variant, column = "no-election", "election"
        elif eid in data.elections and option not in {o.id for o in data.elections[eid].options}:
            variant, fields["known"] = "", ", ".join(o.id for o in data.elections[eid].options)
        elif isinstance(name, str) and name.strip() and names.setdefault(str(fid), name.strip()) != name.strip():
            variant, column = "two-names", "name"
            fields |= {"first": names[str(fid)], "second": name.strip()}
        if variant is not None:
            findings.append(
                KIND[MEMBERS].finding(
                    variant,
                    **fields,
                    election_id=eid,
                    subject="table:families",
                    observed=option,
                    **located(row, column=column),
                )
            )
    return outcomes_for(MEMBERS, [(None, "table:families")], findings)


def run(data: LoadedData, config: RunConfig) -> list[Outcome]:
    registry = registry_of(data.pollsters)
    out = _schema(data)
    if registry is None:
        out += [
            Outcome(check, None, None, [], Status.NOT_EVALUATED, note=NO_REGISTRY_NOTE)
            for check in (KNOWN, NAME_MATCHES, ALIAS_UNIQUE)
        ]
    else:
        out += _alias_unique(data, registry) + _known(data, registry) + _name_matches(data, registry)
    out += _counted_twice(data, registry) + _members(data)
    return out
