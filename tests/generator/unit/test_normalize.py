"""generator/spec/normalize.py: 3.0 and 3.1 schemas brought to one form."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostics
from generator.spec import normalize


def normalised(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The schema as a component of a tiny document, normalised; and the diagnostics' messages."""
    diagnostics = Diagnostics()
    document: dict[str, Any] = {"openapi": "3.1.0", "components": {"schemas": {"S": schema}}}
    normalize(document, "spec.yaml", diagnostics)
    return document["components"]["schemas"]["S"], [d.message for d in diagnostics.items]


def test_openapi_3_0_nullable_stays_nullable() -> None:
    assert normalised({"type": "string", "nullable": True}) == ({"type": "string", "nullable": True}, [])
    assert normalised({"type": "string", "nullable": False}) == ({"type": "string"}, [])


def test_openapi_3_1_type_list_with_null_becomes_nullable() -> None:
    assert normalised({"type": ["string", "null"]})[0] == {"type": "string", "nullable": True}


def test_a_type_list_of_several_types_becomes_any_of() -> None:
    schema, _ = normalised({"type": ["string", "integer"]})
    assert schema == {"anyOf": [{"type": "string"}, {"type": "integer"}]}


def test_an_invalid_type_is_reported_and_dropped() -> None:
    schema, messages = normalised({"type": ["string", "text"]})
    assert schema == {"type": "string"}
    assert messages == ["invalid type ['text']"]


def test_const_becomes_a_one_value_enum() -> None:
    assert normalised({"const": "chat.completion"})[0] == {"enum": ["chat.completion"]}


def test_null_in_an_enum_becomes_nullable() -> None:
    assert normalised({"type": "string", "enum": ["a", None]})[0] == {"type": "string", "enum": ["a"], "nullable": True}


def test_a_null_branch_is_removed_and_the_union_is_nullable() -> None:
    schema, _ = normalised({"anyOf": [{"$ref": "#/components/schemas/T"}, {"type": "null"}]})
    assert schema == {"anyOf": [{"$ref": "#/components/schemas/T"}], "nullable": True}


def test_a_null_branch_with_more_keys_is_kept() -> None:
    branch = {"type": "null", "default": None}
    assert normalised({"oneOf": [{"type": "string"}, branch]})[0] == {"oneOf": [{"type": "string"}, branch]}


def test_only_null_branches_leave_type_null() -> None:
    assert normalised({"anyOf": [{"type": "null"}]})[0] == {"type": "null"}


def test_recursive_ref_reads_as_a_ref_to_its_component() -> None:
    schema, messages = normalised({"type": "object", "properties": {"next": {"$recursiveRef": "#"}}})
    assert schema["properties"]["next"] == {"$ref": "#/components/schemas/S"}
    assert len(messages) == 1


def test_nested_schemas_are_normalised_too() -> None:
    schema, _ = normalised({"type": "array", "items": {"type": ["integer", "null"]}})
    assert schema == {"type": "array", "items": {"type": "integer", "nullable": True}}
