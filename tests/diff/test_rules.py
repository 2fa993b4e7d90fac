"""Each classification rule of the diff, on tiny hand-made pairs of specs."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.diff import Change, diff_specs

Schema = dict[str, Any]


def spec(
    *,
    body: Schema | None = None,
    response: Schema | None = None,
    params: list[Schema] | None = None,
    schemas: dict[str, Schema] | None = None,
    openapi: str = "3.1.0",
    body_required: bool = True,
) -> dict[str, Any]:
    """One operation `POST /things` (operationId createThing) with the given parts."""
    operation: dict[str, Any] = {"operationId": "createThing", "responses": {"200": {"description": "ok"}}}
    if params is not None:
        operation["parameters"] = params
    if body is not None:
        operation["requestBody"] = {"required": body_required, "content": {"application/json": {"schema": body}}}
    if response is not None:
        operation["responses"]["200"]["content"] = {"application/json": {"schema": response}}
    document: dict[str, Any] = {
        "openapi": openapi,
        "info": {"title": "Test API", "version": "1"},
        "paths": {"/things": {"post": operation}},
    }
    if schemas is not None:
        document["components"] = {"schemas": schemas}
    return document


def obj(properties: dict[str, Schema], required: list[str] | None = None) -> Schema:
    schema: Schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return schema


STR: Schema = {"type": "string"}


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The changes found under the one operation."""
    diff = diff_specs(old, new)
    assert not diff.operations_added
    assert not diff.operations_removed
    return [change for op in diff.operations_changed for change in op.changes]


def only(old: dict[str, Any], new: dict[str, Any]) -> Change:
    found = changes(old, new)
    assert len(found) == 1, found
    return found[0]


# -- operations


def test_added_operation_is_listed_with_its_operation_id_and_is_not_breaking() -> None:
    old = spec()
    new = copy.deepcopy(old)
    new["paths"]["/things/{id}"] = {"get": {"operationId": "getThing", "summary": "Get one", "responses": {}}}
    diff = diff_specs(old, new)
    assert [(op.key, op.operation_id) for op in diff.operations_added] == [("GET /things/{id}", "getThing")]
    assert not diff.has_breaking


def test_removed_operation_is_breaking() -> None:
    old = spec()
    new = copy.deepcopy(old)
    del new["paths"]["/things"]
    diff = diff_specs(old, new)
    assert [(c.where, c.kind, c.breaking) for c in diff.operations_removed] == [
        ("POST /things", "operation-removed", True)
    ]
    assert "createThing" in diff.operations_removed[0].message


def test_changed_operation_id_is_breaking() -> None:
    old = spec()
    new = copy.deepcopy(old)
    new["paths"]["/things"]["post"]["operationId"] = "makeThing"
    change = only(old, new)
    assert (change.kind, change.breaking) == ("operation-id-changed", True)


def test_an_identical_document_has_no_changes() -> None:
    document = spec(body=obj({"a": STR}), response=obj({"b": STR}))
    diff = diff_specs(document, copy.deepcopy(document))
    assert diff.is_empty
    assert not diff.changes


# -- parameters


def param(name: str, required: bool = False, schema: Schema | None = None, where: str = "query") -> Schema:
    return {"name": name, "in": where, "required": required, "schema": schema or STR}


@pytest.mark.parametrize(("required", "breaking"), [(True, True), (False, False)])
def test_new_parameter_is_breaking_only_if_required(required: bool, breaking: bool) -> None:
    change = only(spec(params=[]), spec(params=[param("limit", required)]))
    assert (change.location, change.kind, change.breaking) == ("query parameter limit", "parameter-added", breaking)


def test_removed_parameter_is_breaking() -> None:
    change = only(spec(params=[param("limit")]), spec(params=[]))
    assert (change.kind, change.breaking) == ("parameter-removed", True)


@pytest.mark.parametrize(
    ("was", "now", "kind", "breaking"), [(False, True, "made-required", True), (True, False, "made-optional", False)]
)
def test_parameter_requiredness(was: bool, now: bool, kind: str, breaking: bool) -> None:
    change = only(spec(params=[param("limit", was)]), spec(params=[param("limit", now)]))
    assert (change.kind, change.breaking) == (kind, breaking)


def test_parameter_type_change_is_breaking() -> None:
    change = only(spec(params=[param("limit")]), spec(params=[param("limit", schema={"type": "integer"})]))
    assert (change.kind, change.breaking) == ("type-changed", True)
    assert change.message == "type changed from string to integer"


def test_parameter_enum_value_removed_is_breaking_and_added_is_not() -> None:
    old = spec(params=[param("order", schema={"type": "string", "enum": ["asc", "desc"]})])
    new = spec(params=[param("order", schema={"type": "string", "enum": ["asc", "random"]})])
    found = {(c.kind, c.breaking, c.message) for c in changes(old, new)}
    assert found == {
        ("enum-value-removed", True, 'enum value "desc" removed'),
        ("enum-value-added", False, 'enum value "random" added'),
    }


def test_header_parameters_match_case_insensitively() -> None:
    old = spec(params=[param("X-Trace", where="header")])
    new = spec(params=[param("x-trace", where="header")])
    assert changes(old, new) == []


# -- request bodies


@pytest.mark.parametrize(("required", "breaking"), [(["b"], True), (None, False)])
def test_new_request_field_is_breaking_only_if_required(required: list[str] | None, breaking: bool) -> None:
    change = only(spec(body=obj({"a": STR})), spec(body=obj({"a": STR, "b": STR}, required)))
    assert (change.location, change.path, change.kind, change.breaking) == (
        "request body (application/json)",
        "b",
        "field-added",
        breaking,
    )


def test_removed_request_field_is_breaking() -> None:
    change = only(spec(body=obj({"a": STR, "b": STR})), spec(body=obj({"a": STR})))
    assert (change.path, change.kind, change.breaking) == ("b", "field-removed", True)


@pytest.mark.parametrize(
    ("was", "now", "kind", "breaking"),
    [(None, ["a"], "made-required", True), (["a"], None, "made-optional", False)],
)
def test_request_field_requiredness(was: list[str] | None, now: list[str] | None, kind: str, breaking: bool) -> None:
    change = only(spec(body=obj({"a": STR}, was)), spec(body=obj({"a": STR}, now)))
    assert (change.path, change.kind, change.breaking) == ("a", kind, breaking)


def test_request_field_type_change_is_breaking() -> None:
    change = only(spec(body=obj({"a": STR})), spec(body=obj({"a": {"type": "integer"}})))
    assert (change.path, change.kind, change.breaking) == ("a", "type-changed", True)


def test_request_integer_widened_to_number_is_not_breaking() -> None:
    change = only(spec(body=obj({"n": {"type": "integer"}})), spec(body=obj({"n": {"type": "number"}})))
    assert (change.kind, change.breaking) == ("type-changed", False)


def test_request_enum_value_removed_is_breaking_and_added_is_not_flagged() -> None:
    old = spec(body=obj({"mode": {"type": "string", "enum": ["a", "b"]}}))
    new = spec(body=obj({"mode": {"type": "string", "enum": ["a", "c"]}}))
    found = {(c.path, c.kind, c.breaking, c.flag) for c in changes(old, new)}
    assert found == {("mode", "enum-value-removed", True, ""), ("mode", "enum-value-added", False, "")}


@pytest.mark.parametrize(("was", "now", "breaking"), [(True, False, True), (False, True, False)])
def test_request_nullability(was: bool, now: bool, breaking: bool) -> None:
    def field(nullable: bool) -> Schema:
        return {"type": ["string", "null"]} if nullable else STR

    change = only(spec(body=obj({"a": field(was)})), spec(body=obj({"a": field(now)})))
    assert change.breaking is breaking


def test_request_constraint_tightened_is_breaking_and_loosened_is_not() -> None:
    old = spec(body=obj({"n": {"type": "integer", "maximum": 10}, "s": {"type": "string", "maxLength": 5}}))
    new = spec(body=obj({"n": {"type": "integer", "maximum": 5}, "s": {"type": "string", "maxLength": 9}}))
    found = {(c.path, c.breaking) for c in changes(old, new)}
    assert found == {("n", True), ("s", False)}


def test_request_body_added_required_is_breaking_and_optional_is_not() -> None:
    assert only(spec(), spec(body=obj({}))).breaking is True
    assert only(spec(), spec(body=obj({}), body_required=False)).breaking is False


def test_request_body_removed_is_breaking() -> None:
    change = only(spec(body=obj({})), spec())
    assert (change.kind, change.breaking) == ("body-removed", True)


def test_request_body_made_required_is_breaking() -> None:
    change = only(spec(body=obj({}), body_required=False), spec(body=obj({})))
    assert (change.location, change.kind, change.breaking) == ("request body", "made-required", True)


def test_request_media_type_removed_is_breaking_and_added_is_not() -> None:
    old = spec(body=obj({}))
    new = copy.deepcopy(old)
    content = new["paths"]["/things"]["post"]["requestBody"]["content"]
    content["multipart/form-data"] = content.pop("application/json")
    found = {(c.location, c.breaking) for c in changes(old, new)}
    assert found == {("request body (application/json)", True), ("request body (multipart/form-data)", False)}


def test_request_union_variant_removed_is_breaking_and_added_is_not() -> None:
    old = spec(body=obj({"x": {"oneOf": [STR, {"type": "integer"}]}}))
    new = spec(body=obj({"x": {"oneOf": [STR, {"type": "boolean"}]}}))
    found = {(c.kind, c.breaking, c.flag) for c in changes(old, new)}
    assert found == {("variant-removed", True, ""), ("variant-added", False, "")}


def test_request_type_widened_to_a_union_is_not_breaking() -> None:
    change = only(spec(body=obj({"x": STR})), spec(body=obj({"x": {"anyOf": [STR, {"type": "array"}]}})))
    assert (change.kind, change.breaking, change.message) == (
        "type-changed",
        False,
        "type widened: now also accepts array",
    )


def test_read_only_properties_do_not_count_in_requests() -> None:
    old = spec(body=obj({"a": STR}))
    new = spec(body=obj({"a": STR, "id": {"type": "string", "readOnly": True}}, ["id"]))
    assert changes(old, new) == []


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
