"""The writer appends in each file's own format (header order, line ends, byte-order mark) and writes nothing when any
file of the plan cannot take its rows."""

from __future__ import annotations

import json

import pytest
from conftest import DATA

from kzcheck.extract.article import read_article
from kzcheck.extract.data import open_election
from kzcheck.extract.writer import Source, apply, plan
from kzcheck.model.errors import InputError

E23 = "kz-2023-mazhilis"
ARTICLE = (
    "According to the Institute of Democracy's exit poll, Amanat is on 52.9%.\n"
    "The Central Election Commission said Auyl received 693,938 votes and 8 seats."
)
SOURCE = Source(
    "example-2023-03-20",
    {"source": "example-2023-03-20", "outlet": "Example", "url": "https://example.org/c", "published": "2023-03-20",
     "language": "en", "note": ""},
)  # fmt: skip


def test_appends_in_the_files_own_line_ends_and_keeps_its_byte_order_mark(data_copy):
    figures = data_copy / "figures" / f"{E23}.csv"
    original = figures.read_bytes().replace(b"\n", b"\r\n")
    figures.write_bytes(b"\xef\xbb\xbf" + original)
    data = open_election(data_copy, E23)
    apply(plan(read_article(data, ARTICLE), data, SOURCE))
    written = figures.read_bytes()
    assert written.startswith(b"\xef\xbb\xbf" + original)
    assert written[len(original) + 3 :] == b"democracy,example-2023-03-20,amanat,52.9\r\n"


def test_a_file_that_cannot_take_its_rows_means_nothing_is_written(data_copy):
    copy = data_copy / "protocols" / f"{E23}.example-2023-03-20.csv"
    copy.write_text("area,line,count,percent,as_of,source\n", encoding="utf-8")  # no seats column
    before = {p: p.read_bytes() for p in data_copy.rglob("*.csv")}
    data = open_election(data_copy, E23)
    with pytest.raises(InputError) as caught:
        apply(plan(read_article(data, ARTICLE), data, SOURCE))
    assert caught.value.code == "extract.columns" and "seats" in caught.value.message
    assert {p: p.read_bytes() for p in data_copy.rglob("*.csv")} == before
    assert not [p for p in data_copy.rglob("*") if p.name.endswith(".tmp")]


def test_extract_keeps_to_its_layer():
    from conftest import ROOT
    from test_architecture import lint_imports

    result = lint_imports(ROOT)
    assert "extract reads articles and imports no analysis, check, renderer or command KEPT" in result.stdout, (
        result.stdout
    )


def test_the_shipped_json_schema_rejects_a_spoiled_document():
    import jsonschema

    from kzcheck.extract.render import document
    from kzcheck.render.schema import shipped

    data = open_election(DATA, E23)
    doc = json.loads(json.dumps(document(read_article(data, ARTICLE), E23, None, None, False)))
    schema = shipped("extract-v1")
    jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)
    doc["entries"][0]["confidence"] = "sure"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)
