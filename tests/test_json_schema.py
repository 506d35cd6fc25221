"""The JSON Schema shipped in the package is the one the typed records make, and it rejects what it should."""

from __future__ import annotations

import copy
import io
import json

import jsonschema
import pytest

from kzcheck.render import json as json_output
from kzcheck.render.schema import FILE, json_schema, shipped
from kzcheck.run import validate

E23 = "kz-2023-mazhilis"


def test_the_shipped_schema_is_the_generated_one() -> None:
    on_disk = json.loads(FILE.read_text(encoding="utf-8"))
    regenerate = "python -m kzcheck.render.schema > kzcheck/render/schemas/validate-v2.schema.json"
    assert on_disk == json_schema(), f"run `{regenerate}`"


@pytest.fixture(scope="module")
def document() -> dict:
    from conftest import DATA

    out = io.StringIO()
    json_output.render(validate(DATA, [E23]), out)
    return json.loads(out.getvalue())


def test_a_validate_document_is_valid_and_carries_every_table(document: dict) -> None:
    jsonschema.validate(document, shipped("validate-v2"), cls=jsonschema.Draft202012Validator)
    assert document["schema"] == "kzcheck/validate/v2" and document["command"] == "validate"
    assert {p["poll"] for p in document["reconciliation"]} >= {"iei", "democracy", "sotsis-a"}
    assert document["consensus"] and document["comparison"] and document["allocation"]


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d.pop("reconciliation"),
        lambda d: d["reconciliation"][0].__setitem__("m3", "small"),
        lambda d: d["reconciliation"][0]["options"][0].__setitem__("unexpected", 1),
        lambda d: d["findings"][0].__setitem__("severity", "fatal") if d["findings"] else d.pop("findings"),
        lambda d: d.__setitem__("schema", "kzcheck/validate/v1"),
    ],
)
def test_the_schema_rejects_a_spoiled_document(document: dict, spoil) -> None:  # noqa: ANN001
    spoiled = copy.deepcopy(document)
    spoil(spoiled)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(spoiled, shipped("validate-v2"), cls=jsonschema.Draft202012Validator)


def test_a_document_written_in_process_is_checked_against_its_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite's hook (conftest.every_json_output_is_validated) stops a document the schema rejects before it is
    written, so a JSON output made through CliRunner or a renderer is validated like a subprocess's."""
    from conftest import DATA

    spoiled = json_output.document

    def document(result):  # noqa: ANN001, ANN202
        doc = spoiled(result)
        doc["reconciliation"] = "not a table"
        return doc

    monkeypatch.setattr(json_output, "document", document)
    out = io.StringIO()
    with pytest.raises(jsonschema.ValidationError):
        json_output.render(validate(DATA, [E23]), out)
    assert out.getvalue() == ""
