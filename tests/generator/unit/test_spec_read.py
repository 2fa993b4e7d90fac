"""generator/spec/read.py: one way to read a spec, one normal form, for the parser, the reference server
and contract checker (`spec/api.py`) and the diff."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Diagnostics
from generator.diff import diff_specs
from generator.parser import parse_api
from generator.pipeline import load_inputs
from generator.spec.api import ApiSpec, load_api
from generator.spec.read import read_spec

THING = "#/components/schemas/Thing"
PARENT = "#/components/schemas/Parent"


def _spec(version: str, schemas: dict[str, Any]) -> dict[str, Any]:
    answer = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": THING}}}}}
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"get": {"operationId": "getThing", "responses": answer}}},
        "components": {"schemas": schemas},
    }


# The same API written the 3.0 way and the 3.1 way.
SPEC_3_0 = _spec(
    "3.0.3",
    {
        "Thing": {
            "type": "object",
            "properties": {
                "name": {"type": "string", "nullable": True},
                "kind": {"type": "string", "enum": ["a", "b"], "nullable": True},
                "parent": {"allOf": [{"$ref": PARENT}], "nullable": True},
                "object": {"type": "string", "enum": ["thing"]},
                "size": {"type": "integer", "minimum": 0, "exclusiveMinimum": True},
            },
        },
        "Parent": {"type": "object", "properties": {"id": {"type": "string"}}},
    },
)
SPEC_3_1 = _spec(
    "3.1.0",
    {
        "Thing": {
            "type": "object",
            "properties": {
                "name": {"type": ["string", "null"]},
                "kind": {"type": "string", "enum": ["a", "b", None]},
                "parent": {"anyOf": [{"allOf": [{"$ref": PARENT}]}, {"type": "null"}]},
                "object": {"const": "thing", "type": "string"},
                "size": {"type": "integer", "minimum": 0, "exclusiveMinimum": True},
            },
        },
        "Parent": {"type": "object", "properties": {"id": {"type": "string"}}},
    },
)


def _write(tmp_path: Path, name: str, document: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _thing(document: dict[str, Any]) -> dict[str, Any]:
    thing: dict[str, Any] = document["components"]["schemas"]["Thing"]
    return thing


def test_openapi_3_0_and_3_1_nullable_fields_read_to_one_form(tmp_path: Path) -> None:
    old = read_spec(_write(tmp_path, "old.json", SPEC_3_0))
    new = read_spec(_write(tmp_path, "new.json", SPEC_3_1))
    assert _thing(old)["properties"]["name"] == {"type": "string", "nullable": True}
    assert _thing(old)["properties"]["kind"] == {"type": "string", "enum": ["a", "b"], "nullable": True}
    # A nullable reference keeps its shape (`allOf` or `anyOf` around it); everything else reads alike.
    assert _thing(old)["properties"].pop("parent") == {"allOf": [{"$ref": PARENT}], "nullable": True}
    assert _thing(new)["properties"].pop("parent") == {"anyOf": [{"allOf": [{"$ref": PARENT}]}], "nullable": True}
    assert {**old, "openapi": "3.1.0"} == new


def test_the_diff_sees_no_change_between_the_two_ways_of_writing_it(tmp_path: Path) -> None:
    old, new = read_spec(_write(tmp_path, "a.json", SPEC_3_0)), read_spec(_write(tmp_path, "b.json", SPEC_3_1))
    diff = diff_specs(old, new)
    assert (diff.operations_changed, diff.schemas_removed, diff.schemas_added) == ((), (), ())
    assert [change for schema in diff.schemas_changed for change in schema.changes] == []


@pytest.mark.parametrize("source", [SPEC_3_0, SPEC_3_1], ids=["3.0", "3.1"])
def test_the_server_validates_the_normal_form_as_it_is(tmp_path: Path, source: dict[str, Any]) -> None:
    path = _write(tmp_path, "spec.json", source)
    api = load_api(path)
    assert api.document == read_spec(path)  # no second rewrite for the validator
    before = copy.deepcopy(api.document)
    pointer = "/components/schemas/Thing"
    valid = api.schemas.validator(pointer).is_valid
    assert valid({"name": None, "kind": None, "parent": None, "size": 1})
    assert valid({"name": "n", "kind": "a", "parent": {"id": "p"}, "object": "thing"})
    assert not valid({"kind": "c"})
    assert not valid({"object": None})  # not nullable
    assert not valid({"object": "other"})
    assert not valid({"size": 0})  # the 3.0 boolean `exclusiveMinimum` makes `minimum` exclusive
    assert [str(e) for e in api.schemas.errors(pointer, {"size": 0})] == [
        "$.size: 0 is less than or equal to the minimum of 0"
    ]
    assert api.document == before


def test_the_parser_and_the_server_read_the_same_document_and_parameters(tmp_path: Path) -> None:
    header = {"in": "header", "schema": {"type": "string"}}
    document = _spec("3.0.3", {"Thing": {"type": "object"}})
    document["components"]["parameters"] = {
        "Limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "nullable": True}}
    }
    item = document["paths"]["/things"]
    item["parameters"] = [
        {"name": "X-Trace", **header, "required": True},
        {"$ref": "#/components/parameters/Limit"},
    ]
    item["get"]["parameters"] = [{"name": "x-trace", **header}, {"name": "order", "in": "query"}]
    (spec,) = load_inputs([_write(tmp_path, "spec.json", document)], [], Diagnostics())
    served = ApiSpec(spec.document, spec.path)  # the generator's own document, as it is
    (operation,) = parse_api(spec.document, spec.label, "", Diagnostics()).operations
    parsed = [(p.location, p.wire_name, p.required) for p in operation.parameters]
    assert parsed == [(p.location, p.name, p.required) for p in served.operations[0].parameters]
    assert parsed == [("header", "x-trace", False), ("query", "limit", False), ("query", "order", False)]
    assert served.schemas.validator("/components/parameters/Limit/schema").is_valid(None)


def test_the_server_reads_the_overlays_as_the_generator_does(tmp_path: Path) -> None:
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "o", "version": "1"},
        "actions": [{"target": "$.components.schemas.Thing.properties.name", "update": {"nullable": True}}],
    }
    source = _spec("3.0.3", {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}})
    path, overlay_path = _write(tmp_path, "spec.json", source), _write(tmp_path, "overlay.json", overlay)
    (spec,) = load_inputs([path], [overlay_path], Diagnostics())
    served = load_api(path, overlays=[overlay_path])
    assert served.document == spec.document
    assert _thing(served.document)["properties"]["name"] == {"type": "string", "nullable": True}
