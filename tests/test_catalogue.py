"""The check catalogue is complete, unique, and the docs page is generated from it."""

from __future__ import annotations

import json

from conftest import ROOT
from helpers import Placeholder

from kzcheck.catalogue import all_specs, markdown
from kzcheck.gx.engine import SUITES


def test_docs_page_is_generated_from_the_catalogue():
    page = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    assert page == markdown(all_specs()), "regenerate with: kzcheck checks --format markdown > docs/checks.md"


def test_ids_are_unique_and_described():
    specs = all_specs()
    ids = [s.id for s in specs]
    assert len(ids) == len(set(ids))
    for s in specs:
        assert s.title and len(s.description) > 20, s.id


# The rules the README and expectations/README.md promise, written out by hand: suite, check id, GX expectation type,
# the column or columns it reads, its bounds, and the severity kzcheck reports.
PROMISED = {
    "poll_figures.json": [
        ("poll.share-missing", "expect_column_values_to_not_be_null", "share", {}, "error"),
        ("poll.share-negative", "expect_column_values_to_be_between", "share", {"min_value": 0}, "error"),
        ("poll.share-over-100", "expect_column_values_to_be_between", "share", {"max_value": 100}, "error"),
        ("poll.option-once", "expect_compound_columns_to_be_unique", None, {}, "error"),
        ("poll.option-known", "expect_column_values_to_be_in_set", "election_option", {}, "error"),
        ("poll.options-complete", "expect_group_to_contain_every_value", None, {}, "error"),
        ("poll.sum", "expect_group_shares_to_sum_within_rounding_band", None, {"target": 100}, "error"),
    ],
    "polls.json": [
        ("poll.sample-size", "expect_column_values_to_not_be_null", "sample_size", {}, "error"),
        ("poll.sample-size-positive", "expect_column_values_to_be_between", "sample_size", {"min_value": 1}, "error"),
        ("poll.margin", "expect_column_values_to_not_be_null", "margin_of_error", {}, "warning"),
        ("poll.margin-range", "expect_column_values_to_be_between", "margin_of_error", {"max_value": 50}, "error"),
        (
            "poll.turnout-range",
            "expect_column_values_to_be_between",
            "turnout_estimate",
            {"min_value": 0, "max_value": 100},
            "error",
        ),
    ],
}


def test_every_expectation_in_every_suite_is_in_the_catalogue():
    ids = {s.id for s in all_specs()}
    for path in SUITES.glob("*.json"):
        for exp in json.loads(path.read_text(encoding="utf-8"))["expectations"]:
            assert exp["meta"]["check"] in ids, f"{path.name}: {exp['type']}"


def test_the_suites_hold_the_promised_rules_and_the_catalogue_reports_them_as_promised():
    assert sorted(p.name for p in SUITES.glob("*.json")) == sorted(PROMISED)
    specs = {s.id: s for s in all_specs()}
    for name, promised in PROMISED.items():
        expectations = json.loads((SUITES / name).read_text(encoding="utf-8"))["expectations"]
        assert [e["meta"]["check"] for e in expectations] == [check for check, *_ in promised], name
        for exp, (check, kind, column, bounds, severity) in zip(expectations, promised, strict=True):
            assert exp["type"] == kind, check
            assert exp["kwargs"].get("column") == column, check
            assert {k: exp["kwargs"].get(k) for k in bounds} == bounds, check
            assert specs[check].severity.value == severity, check
            assert specs[check].engine.startswith("great_expectations"), check


def test_every_finding_of_a_run_names_a_catalogued_check(data_copy):
    from kzcheck.run import validate

    figures = data_copy / "figures" / "kz-2023-mazhilis.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace(",53.46", ",-53.46"), encoding="utf-8")
    result = validate(data_copy)
    ids = {s.id for s in all_specs()}
    assert {f.check for f in result.findings} - ids <= {
        f.check for f in result.findings if f.check.startswith("input.")
    }
    assert "poll.share-negative" in {f.check for f in result.findings}


def test_checks_command_lists_the_catalogue(cli):
    run = cli("checks")
    assert run.returncode == 0
    assert "poll.sum" in run.stdout and "official.allocation" in run.stdout


def test_one_registry_holds_every_check_and_every_input_defect():
    from kzcheck.catalogue import kinds
    from kzcheck.load.defects import CATALOGUE

    registry = kinds()
    assert {s.id for s in all_specs()} <= set(registry)
    assert set(CATALOGUE) <= set(registry)
    assert registry["data.missing"].severity is None  # a fatal defect keeps no severity


def test_every_template_in_the_registry_renders_with_its_fields():
    from kzcheck.catalogue import kinds

    for kind in kinds().values():
        values = {name: Placeholder(name) for name in kind.fields}
        text = kind.message(**values)
        assert all(f"<{name}>" in text for name in kind.fields), kind.id
