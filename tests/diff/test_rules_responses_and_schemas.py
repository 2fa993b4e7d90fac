"""The diff's classification rules for what a caller receives and for schemas: responses, references,
OpenAPI 3.0 and 3.1 forms, and component schemas, on tiny hand-made pairs of specs."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.diff import diff_specs
from tests.diff._spec_pairs import STR, Schema, changes, obj, only, spec

# -- responses


def test_new_response_field_is_not_breaking() -> None:
    change = only(spec(response=obj({"a": STR})), spec(response=obj({"a": STR, "b": STR}, ["b"])))
    assert (change.location, change.path, change.kind, change.breaking) == (
        "response 200 (application/json)",
        "b",
        "field-added",
        False,
    )


def test_removed_response_field_is_breaking() -> None:
    change = only(spec(response=obj({"a": STR, "b": STR})), spec(response=obj({"a": STR})))
    assert (change.path, change.kind, change.breaking) == ("b", "field-removed", True)


@pytest.mark.parametrize(
    ("was", "now", "kind", "breaking"),
    [(["a"], None, "made-optional", True), (None, ["a"], "made-required", False)],
)
def test_response_field_requiredness(was: list[str] | None, now: list[str] | None, kind: str, breaking: bool) -> None:
    change = only(spec(response=obj({"a": STR}, was)), spec(response=obj({"a": STR}, now)))
    assert (change.kind, change.breaking) == (kind, breaking)


def test_response_enum_value_added_is_not_breaking_but_flagged_and_removed_is_not_breaking() -> None:
    old = spec(response=obj({"status": {"type": "string", "enum": ["done", "failed"]}}))
    new = spec(response=obj({"status": {"type": "string", "enum": ["done", "queued"]}}))
    found = {(c.kind, c.breaking, c.flag) for c in changes(old, new)}
    assert found == {("enum-value-added", False, "new value"), ("enum-value-removed", False, "")}


def test_response_type_change_is_breaking() -> None:
    change = only(spec(response=obj({"n": {"type": "integer"}})), spec(response=obj({"n": STR})))
    assert (change.kind, change.breaking) == ("type-changed", True)


def test_response_number_narrowed_to_integer_is_not_breaking() -> None:
    change = only(spec(response=obj({"n": {"type": "number"}})), spec(response=obj({"n": {"type": "integer"}})))
    assert (change.kind, change.breaking) == ("type-changed", False)


def test_response_may_now_be_null_is_breaking() -> None:
    change = only(spec(response=obj({"a": STR})), spec(response=obj({"a": {"type": ["string", "null"]}})))
    assert (change.kind, change.breaking) == ("nullable-added", True)


def test_response_union_variant_added_is_flagged_not_breaking() -> None:
    old = spec(response=obj({"x": {"oneOf": [STR, {"type": "integer"}]}}))
    new = spec(response=obj({"x": {"oneOf": [STR, {"type": "integer"}, {"type": "boolean"}]}}))
    change = only(old, new)
    assert (change.kind, change.breaking, change.flag) == ("variant-added", False, "new variant")


def test_response_type_widened_to_a_union_is_breaking() -> None:
    change = only(spec(response=obj({"x": STR})), spec(response=obj({"x": {"anyOf": [STR, {"type": "array"}]}})))
    assert (change.kind, change.breaking) == ("type-changed", True)


def test_response_status_removed_is_breaking_for_success_only() -> None:
    old = spec()
    old["paths"]["/things"]["post"]["responses"]["404"] = {"description": "missing"}
    new = copy.deepcopy(old)
    del new["paths"]["/things"]["post"]["responses"]["404"]
    assert only(old, new).breaking is False
    del new["paths"]["/things"]["post"]["responses"]["200"]
    new["paths"]["/things"]["post"]["responses"]["201"] = {"description": "created"}
    found = {(c.location, c.kind, c.breaking) for c in changes(old, new)}
    assert found == {
        ("response 200", "response-removed", True),
        ("response 201", "response-added", False),
        ("response 404", "response-removed", False),
    }


# -- references


def test_changes_behind_refs_are_reported_where_they_are_reached() -> None:
    schemas = {"List": obj({"items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}})}
    old = spec(response={"$ref": "#/components/schemas/List"}, schemas={**schemas, "Item": obj({"name": STR})})
    new = spec(
        response={"$ref": "#/components/schemas/List"},
        schemas={**schemas, "Item": obj({"name": {"type": "integer"}})},
    )
    change = only(old, new)
    assert (change.path, change.kind, change.breaking) == ("items[].name", "type-changed", True)


def test_a_named_schema_reached_twice_is_reported_at_each_path() -> None:
    def document(kind: str) -> dict[str, Any]:
        ref = {"$ref": "#/components/schemas/Money"}
        return spec(response=obj({"price": ref, "tax": ref}), schemas={"Money": obj({"amount": {"type": kind}})})

    found = sorted(c.path for c in changes(document("integer"), document("string")))
    assert found == ["price.amount", "tax.amount"]


def test_a_named_schema_is_compared_per_direction() -> None:
    def document(enum: list[str]) -> dict[str, Any]:
        ref = {"$ref": "#/components/schemas/Mode"}
        return spec(
            body=obj({"mode": ref}), response=obj({"mode": ref}), schemas={"Mode": {"type": "string", "enum": enum}}
        )

    found = {(c.location.split(" (")[0], c.breaking, c.flag) for c in changes(document(["a"]), document(["a", "b"]))}
    assert found == {("request body", False, ""), ("response 200", False, "new value")}


def test_recursive_schemas_terminate_and_report_each_change_once() -> None:
    def document(extra: Schema) -> dict[str, Any]:
        node = obj({"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}, **extra})
        return spec(response={"$ref": "#/components/schemas/Node"}, schemas={"Node": node})

    change = only(document({}), document({"label": STR}))
    assert (change.path, change.kind) == ("label", "field-added")


def test_mutually_recursive_schemas_terminate() -> None:
    def document(kind: str) -> dict[str, Any]:
        schemas = {
            "A": obj({"b": {"$ref": "#/components/schemas/B"}, "v": {"type": kind}}),
            "B": obj({"a": {"$ref": "#/components/schemas/A"}}),
        }
        return spec(response={"$ref": "#/components/schemas/A"}, schemas=schemas)

    assert [c.path for c in changes(document("string"), document("integer"))] == ["v"]


def test_all_of_is_merged_into_one_object() -> None:
    def document(base: Schema) -> dict[str, Any]:
        body = {"allOf": [{"$ref": "#/components/schemas/Base"}, obj({"own": STR})]}
        return spec(body=body, schemas={"Base": base})

    change = only(document(obj({"a": STR})), document(obj({"a": STR, "b": STR}, ["b"])))
    assert (change.path, change.kind, change.breaking) == ("b", "field-added", True)


# -- 3.0 and 3.1 alike


def test_openapi_3_0_and_3_1_forms_of_the_same_api_compare_equal() -> None:
    old = spec(
        openapi="3.0.3",
        body=obj({"a": {"type": "string", "nullable": True}, "kind": {"type": "string", "enum": ["x"]}}),
    )
    new = spec(
        openapi="3.1.0",
        body=obj({"a": {"type": ["string", "null"]}, "kind": {"const": "x", "type": "string"}}),
    )
    assert changes(old, new) == []


def test_a_null_branch_reads_as_nullable() -> None:
    old = spec(response=obj({"a": {"anyOf": [STR, {"type": "null"}]}}))
    new = spec(response=obj({"a": {"type": "string", "nullable": True}}), openapi="3.0.0")
    assert changes(old, new) == []


# -- component schemas


def test_component_schemas_added_removed_and_changed() -> None:
    old = spec(schemas={"Kept": obj({"a": STR}), "Gone": obj({}), "Docs": {"type": "string"}})
    new = spec(
        schemas={
            "Kept": obj({"a": STR, "b": STR}),
            "New": obj({}),
            "Docs": {"type": "string", "description": "now documented"},
        }
    )
    diff = diff_specs(old, new)
    assert diff.schemas_added == ("New",)
    assert [(c.where, c.breaking) for c in diff.schemas_removed] == [("schema Gone", True)]
    changed = {schema.name: [(c.path, c.kind) for c in schema.changes] for schema in diff.schemas_changed}
    assert changed == {"Kept": [("b", "field-added")], "Docs": []}


def test_component_changes_are_classified_by_where_the_schema_is_used() -> None:
    def document(enum: list[str], props: dict[str, Schema]) -> dict[str, Any]:
        schemas = {"Out": obj({"status": {"type": "string", "enum": enum}, **props})}
        return spec(response={"$ref": "#/components/schemas/Out"}, schemas=schemas)

    diff = diff_specs(document(["a"], {"gone": STR}), document(["a", "b"], {}))
    (schema,) = diff.schemas_changed
    found = {(c.path, c.kind, c.breaking, c.flag) for c in schema.changes}
    assert found == {("status", "enum-value-added", False, "new value"), ("gone", "field-removed", True, "")}


def test_component_view_stops_at_references_to_other_components() -> None:
    old = spec(schemas={"A": obj({"b": {"$ref": "#/components/schemas/B"}}), "B": obj({"x": STR})})
    new = spec(schemas={"A": obj({"b": {"$ref": "#/components/schemas/B"}}), "B": obj({"x": STR, "y": STR})})
    diff = diff_specs(old, new)
    assert [schema.name for schema in diff.schemas_changed] == ["B"]
