"""`--format sarif`: SARIF 2.1.0 that validates against the published schema and marks the data file's line."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from conftest import DATA
from helpers import negative_share

from kzcheck.render import sarif

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
E23 = "kz-2023-mazhilis"


@pytest.fixture(scope="module")
def negative(tmp_path_factory):
    from kzcheck.run import validate

    data = tmp_path_factory.mktemp("sarif") / "data"
    shutil.copytree(DATA, data)
    path, line = negative_share(data)
    result = validate(data)
    out = io.StringIO()
    sarif.render(result, out)
    return result, json.loads(out.getvalue()), path, line


def test_the_vendored_schema_rejects_what_sarif_forbids():
    VALIDATOR.check_schema(SCHEMA)
    assert not VALIDATOR.is_valid({"version": "2.1.0"})  # runs missing
    bad_level = {
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"level": "fatal", "message": {"text": "m"}}]}],
    }
    assert not VALIDATOR.is_valid(bad_level)
    bad_line = {
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "x"}},
                "results": [
                    {
                        "message": {"text": "m"},
                        "locations": [
                            {"physicalLocation": {"artifactLocation": {"uri": "a.csv"}, "region": {"startLine": 0}}}
                        ],
                    }
                ],
            }
        ],
    }
    assert not VALIDATOR.is_valid(bad_line)


def test_output_validates_and_names_file_and_line(negative):
    result, doc, path, line = negative
    errors = sorted(VALIDATOR.iter_errors(doc), key=str)
    assert errors == [], errors[:3]
    run = doc["runs"][0]
    assert run["tool"]["driver"]["name"] == "kzcheck"
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == list(result.specs)
    (neg,) = [r for r in run["results"] if r["ruleId"] == "poll.share-negative"]
    assert neg["level"] == "error" and rules[neg["ruleIndex"]] == "poll.share-negative"
    loc = neg["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == str(path) and loc["region"]["startLine"] == line
    assert len(run["results"]) == len(result.findings)
    assert all(r["locations"] for r in run["results"]), "every result is marked somewhere (its election file at least)"


def test_fingerprints_suppressions_and_levels(negative):
    result, doc, _, _ = negative
    results = doc["runs"][0]["results"]
    prints = [r["partialFingerprints"]["kzcheck/v1"] for r in results]
    assert prints == [f.fingerprint for f in result.findings]
    acknowledged = [r for r in results if "suppressions" in r]
    assert len(acknowledged) == result.counts()["acknowledged"] > 0
    assert all(s["kind"] == "external" and s["justification"] for r in acknowledged for s in r["suppressions"])
    levels = {r["level"] for r in results}
    assert levels <= {"error", "warning", "note"} and "note" in levels  # info findings are notes
