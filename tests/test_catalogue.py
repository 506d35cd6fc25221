"""The check catalogue is complete, unique, and the docs page is generated from it."""

from __future__ import annotations

import json

from conftest import ROOT

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


def test_every_expectation_in_every_suite_is_in_the_catalogue():
    ids = {s.id for s in all_specs()}
    for path in SUITES.glob("*.json"):
        for exp in json.loads(path.read_text(encoding="utf-8"))["expectations"]:
            assert exp["meta"]["check"] in ids, f"{path.name}: {exp['type']}"


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
