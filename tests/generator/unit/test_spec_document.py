"""generator/spec/document.py: one `$ref` resolver, one list of methods, one parameter-merge rule,
and the parser, the reference server's model (`spec/api.py`) and the diff all reading a spec by them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.diff.operations import _parameters, iter_operations
from generator.diff.resolve import Document
from generator.spec.api import load_api
from generator.spec.document import follow, lookup, merge_parameters, parameter_key

from ._spec import answer, document, parsed

DOC: dict[str, Any] = {
    "a": {"b/c": [10, {"$ref": "#/a/b~1c/0"}]},
    "chain": {"$ref": "#/hop"},
    "hop": {"$ref": "#/a"},
    "loop": {"$ref": "#/loop"},
    "dangling": {"$ref": "#/nowhere"},
    "external": {"$ref": "other.yaml#/x"},
}


def test_lookup_reads_escaped_tokens_and_list_indexes() -> None:
    assert lookup(DOC, "/a/b~1c/0") == 10
    assert lookup(DOC, "#/a/b~1c/1") == {"$ref": "#/a/b~1c/0"}
    assert lookup(DOC, "") is DOC
    assert lookup(DOC, "/a/b~1c/7") is None
    assert lookup(DOC, "/missing") is None


def test_follow_reaches_the_end_of_a_chain_with_its_pointer() -> None:
    assert follow(DOC, DOC["chain"], "/chain") == (DOC["a"], "/a")
    assert follow(DOC, 5, "/x") == (5, "/x")


def test_follow_stops_at_cycles_and_external_references_and_gives_none_for_dangling_ones() -> None:
    assert follow(DOC, DOC["loop"], "/loop") == ({"$ref": "#/loop"}, "/loop")
    assert follow(DOC, DOC["external"], "/external") == ({"$ref": "other.yaml#/x"}, "/external")
    assert follow(DOC, DOC["dangling"], "/dangling") == (None, "/nowhere")


def test_parameter_key_ignores_the_case_of_header_names_only() -> None:
    assert parameter_key({"name": "X-Trace", "in": "header"}) == ("header", "x-trace")
    assert parameter_key({"name": "Limit", "in": "query"}) == ("query", "Limit")
    assert parameter_key({"name": "x"}) is None


def test_operation_parameters_replace_path_parameters_in_place() -> None:
    path_level: list[tuple[dict[str, Any], str]] = [
        ({"name": "X-Trace", "in": "header", "v": 1}, "p0"),
        ({"name": "limit", "in": "query"}, "p1"),
    ]
    operation_level: list[tuple[dict[str, Any], str]] = [({"name": "x-trace", "in": "header", "v": 2}, "o0")]
    merged = merge_parameters(path_level, operation_level)
    assert list(merged) == [("header", "x-trace"), ("query", "limit")]
    assert merged[("header", "x-trace")] == ({"name": "x-trace", "in": "header", "v": 2}, "o0")


def _spec() -> dict[str, Any]:
    header = {"in": "header", "schema": {"type": "string"}}
    return document(
        {
            "/things": {
                "parameters": [{"name": "X-Trace", **header, "description": "path level"}],
                "options": {
                    "operationId": "optionsThings",
                    "parameters": [{"name": "x-trace", **header, "description": "operation level"}],
                    "responses": answer("Thing"),
                },
            }
        },
        {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}},
    )


def test_parser_server_model_and_diff_agree_on_methods_and_parameters(tmp_path: Path) -> None:
    spec = _spec()
    (operation,) = parsed(spec["paths"], spec["components"]["schemas"]).operations
    assert operation.method == "OPTIONS"
    assert [(p.wire_name, p.description) for p in operation.parameters] == [("x-trace", "operation level")]

    path = tmp_path / "spec.json"
    path.write_text(json.dumps(_spec()), encoding="utf-8")
    (served,) = load_api(path).operations
    assert served.method == "OPTIONS"
    assert [(p.name, p.location) for p in served.parameters] == [("x-trace", "header")]

    doc = Document(_spec())
    ((ref, item, found),) = list(iter_operations(doc))
    assert ref.method == "options"
    assert [p["description"] for p in _parameters(doc, item, found).values()] == ["operation level"]
