"""One catalogue of kinds of finding, whose templates make the messages: every finding a run reports, on the bundled
data and on a copy broken in many ways, carries a registered kind and a message that is exactly that kind's template
rendered with the fields the finding keeps. A message written by hand beside its template fails here."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT
from helpers import Placeholder

from kzcheck.catalogue import all_specs, kinds, markdown
from kzcheck.model.config import RunConfig
from kzcheck.model.findings import Finding, Severity
from kzcheck.model.kinds import CheckKind, Kind
from kzcheck.run import validate

TODAY = RunConfig(today="2026-01-01")


def _replace(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name}: {old!r} is not there to replace"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _append(path: Path, *lines: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n" + "\n".join(lines) + "\n", encoding="utf-8")


def _broken(data: Path) -> set[str]:
    """Break a data copy in many ways; return the check ids the breakage must raise."""
    figures, polls = data / "figures" / "kz-2023-mazhilis.csv", data / "polls" / "kz-2023-mazhilis.csv"
    _replace(figures, ",53.46", ",-53.46")  # a negative share, and a poll that no longer sums to 100
    _append(
        figures,
        "iei,tass-2023-03-19,amanatt,1.0",  # an option misspelt: a suggestion
        "iei,tass-2023-03-19,zzzz,1.0",  # an option like none: no suggestion
        "ghost,tass-2023-03-19,amanat,5",  # a poll that is not in polls/
        "iei,nowhere-2023,auyl,10.52",  # a source that is not in sources.csv
        'iei,tass-2023-03-19,people,"7,5"',  # a decimal comma
    )
    _replace(polls, "exit poll,exit,2023-03-19,national,30000,", "exit poll,exit,2023-03-19,national,,")
    _replace(polls, ",300,1.1,,,,54.83,", ",300,0.1,,,,54.83,")  # a margin no sample of 12,000 gives
    _replace(
        polls, "democracy,Institute of Democracy,democracy,", "democracy,Institute of Eurasian Integration,democracy,"
    )
    _replace(polls, "sotsis-a,SOTSIS-A,sotsis-a,", "sotsis-a,SOTSIS-B,,")  # an unknown pollster name
    results = data / "results" / "kz-2023-mazhilis.final.csv"
    _replace(results, "KZ,amanat,3431510,53.90,40,", "KZ,amanat,3431519,53.90,41,")  # total, percent, seats
    _replace(data / "areas" / "kz-2022.csv", "abai,KZ,region", "abai,XX,region")  # a parent that is no area
    _append(data / "families.csv", "ruling,the ruling party and its side,kz-2023-mazhilis,nosuch,")
    (data / "results" / "kz-2021-mazhilis.final.csv").unlink()  # final results overdue, preliminary ones late
    _replace(data / "pollsters.csv", "democracy,Institute of Democracy,,,,", "democracy,Institute of Democracy,,,IEI,")
    return {
        "results.overdue",
        "results.preliminary-overdue",
        "pollster.alias-unique",
        "poll.share-negative",
        "poll.sum",
        "poll.option-known",
        "poll.reference",
        "source.reference",
        "input.decimal-comma",
        "poll.sample-size",
        "poll.margin-consistent",
        "pollster.name-matches-id",
        "pollster.known",
        "official.total",
        "official.seats",
        "rollup.parent",
        "family.members",
    }


def _assert_rendered_from_templates(findings: list[Finding]) -> None:
    registry = kinds()
    for f in findings:
        assert f.check in registry, f"{f.check} is not a registered kind"
        kind = registry[f.check]
        assert f.variant in kind.templates, f"{f.check}: no message variant {f.variant!r}"
        assert kind.message(f.variant, **f.fields) == f.message, f"{f.check}: the message is not its template's"


def test_every_finding_of_the_bundled_data_is_its_kinds_template_rendered():
    result = validate(ROOT / "data", config=TODAY)
    assert len(result.findings) > 20
    _assert_rendered_from_templates(result.findings)
    assert set(result.specs) <= set(kinds())


def test_every_finding_of_broken_data_is_its_kinds_template_rendered(data_copy):
    expected = _broken(data_copy)
    result = validate(data_copy, config=TODAY)
    assert expected <= {f.check for f in result.findings}, expected - {f.check for f in result.findings}
    _assert_rendered_from_templates(result.findings)
    registry = kinds()
    assert {o.check for o in result.outcomes} <= set(registry)
    # several shapes of one message were met, each rendered from its own variant
    variants = {(f.check, f.variant) for f in result.findings}
    assert {("poll.option-known", "suggested"), ("poll.option-known", "")} <= variants
    assert ("pollster.name-matches-id", "") in variants and ("rollup.parent", "unknown-parent") in variants
    negative = next(f for f in result.findings if f.check == "poll.share-negative")
    assert negative.message == "amanat share -53.46 is negative"  # the suite's template, filled


def test_a_finding_keeps_what_its_template_filled_and_the_json_output_the_message_alone():
    kind = Kind.check("x.y", "A check", "What it checks, in a sentence.", Severity.WARNING, template="{a} is {b:.1f}")
    f = kind.finding(a="turnout", b=63.66, file="f.csv", row=3)
    assert (f.check, f.severity, f.message) == ("x.y", Severity.WARNING, "turnout is 63.7")
    assert f.fields["a"] == "turnout" and f.fields["b"] == 63.66
    assert "fields" not in f.to_dict() and "variant" not in f.to_dict()
    assert f.to_dict()["message"] == "turnout is 63.7" and f.to_dict()["row"] == 3
    with pytest.raises(KeyError, match="no message variant"):
        kind.finding("other", a="x", b=1.0)
    assert kind.finding(severity=Severity.INFO, a="x", b=1.0).severity is Severity.INFO


def test_every_variant_of_every_template_renders_with_its_fields():
    for kind in kinds().values():
        for variant in kind.templates:
            names = kind.fields_of(variant)
            text = kind.message(variant, **{n: Placeholder(n) for n in names})
            assert all(f"<{n}>" in text for n in names), (kind.id, variant)


def test_check_specs_and_input_defects_are_one_record_type():
    from kzcheck.load.defects import CATALOGUE, Defect

    assert Defect is Kind
    assert all(isinstance(s, CheckKind) for s in all_specs())
    assert all(type(d) is Kind for d in CATALOGUE.values())
    registry = kinds()
    assert all(registry[s.id] is s for s in all_specs())


def test_the_checks_reference_is_generated_from_the_registry():
    page = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    assert page == markdown(kinds().values()), "regenerate with: python -m kzcheck.catalogue > docs/checks.md"
    # every check of the registry is documented with every shape of its message
    for kind in kinds().values():
        if isinstance(kind, CheckKind):
            assert f"## `{kind.id}` — {kind.title}" in page
            for variant, template in kind.variants.items():
                assert f"Message ({variant}): `{template}`" in page
