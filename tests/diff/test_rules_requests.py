"""The diff's classification rules for what a caller sends: operations, parameters and request bodies,
on tiny hand-made pairs of specs."""

from __future__ import annotations

import copy

import pytest

from generator.diff import diff_specs
from tests.diff._spec_pairs import STR, Schema, changes, obj, only, spec

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
