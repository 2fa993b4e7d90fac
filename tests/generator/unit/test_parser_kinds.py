"""generator/parser: schemas to kinds and definitions (one test per kind)."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Diagnostics
from generator.naming import hints
from generator.parser import parse_api
from generator.parser.kinds import (
    AnyKind,
    ArrayKind,
    Enum,
    FileKind,
    Kind,
    MapKind,
    Nullable,
    Primitive,
    Ref,
    UnionKind,
)
from generator.parser.schemas import SchemaParser
from generator.spec import normalize


def parser(schemas: dict[str, Any]) -> SchemaParser:
    document = {"openapi": "3.1.0", "components": {"schemas": schemas}}
    diagnostics = Diagnostics()
    normalize(document, "spec.yaml", diagnostics)
    return SchemaParser(document, "spec.yaml", diagnostics)


def kind_of(schema: dict[str, Any], **components: Any) -> tuple[Kind, SchemaParser]:
    """The kind of `schema` (normalised beside `components`), read as an inline schema at `/x`."""
    schemas = parser({**components, "_inline": schema})
    node = schemas.document["components"]["schemas"].pop("_inline")
    return schemas.kind(node, "/x", hints.root("X"), "X"), schemas


def test_primitives() -> None:
    for type_, name in (("string", "str"), ("integer", "int"), ("number", "float"), ("boolean", "bool")):
        assert kind_of({"type": type_})[0] == Primitive(name)  # type: ignore[arg-type]


def test_an_empty_schema_is_any() -> None:
    assert kind_of({})[0] == AnyKind()


def test_a_binary_string_is_a_file() -> None:
    assert kind_of({"type": "string", "format": "binary"})[0] == FileKind()


def test_enum_and_const() -> None:
    assert kind_of({"enum": ["a", "b"]})[0] == Enum(("a", "b"))
    normal = parser({"S": {"const": "x"}})
    assert normal.kind({"$ref": "#/components/schemas/S"}, "/x", hints.root("X"), "X") == Ref("/components/schemas/S")
    assert normal.definitions["/components/schemas/S"].alias == Enum(("x",))


def test_array_and_map() -> None:
    assert kind_of({"type": "array", "items": {"type": "string"}})[0] == ArrayKind(Primitive("str"))
    assert kind_of({"type": "object", "additionalProperties": {"type": "integer"}})[0] == MapKind(Primitive("int"))
    assert kind_of({"type": "object"})[0] == MapKind(AnyKind())


def test_nullable_wraps_the_kind() -> None:
    assert kind_of({"type": ["string", "null"]})[0] == Nullable(Primitive("str"))


def test_an_object_becomes_a_definition_named_by_its_hint() -> None:
    kind, schemas = kind_of({"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]})
    assert kind == Ref("/x")
    definition = schemas.definitions["/x"]
    assert definition.name_hint == hints.root("X")
    assert definition.fields is not None
    assert [(f.wire_name, f.kind, f.required) for f in definition.fields] == [("a", Primitive("str"), True)]


def test_a_ref_to_a_component_is_that_components_definition() -> None:
    kind, schemas = kind_of({"$ref": "#/components/schemas/Pet"}, Pet={"type": "object", "properties": {"id": {}}})
    assert kind == Ref("/components/schemas/Pet")
    assert schemas.definitions["/components/schemas/Pet"].name_hint == hints.root("Pet")


def test_an_overlay_name_renames_a_component() -> None:
    # Upstream `Error-2` keeps the overlay's name: numbers never reach a class name.
    schemas = parser({"Error-2": {"type": "object", "properties": {"code": {}}, "x-connector-name": "ErrorDetail"}})
    schemas.all_components()
    assert schemas.definitions["/components/schemas/Error-2"].name_hint == hints.root("ErrorDetail")


def test_all_of_merges_object_parts() -> None:
    kind, schemas = kind_of(
        {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "properties": {"b": {}}}]},
        Base={"type": "object", "properties": {"a": {}}, "required": ["a"]},
    )
    assert isinstance(kind, Ref)
    fields = schemas.definitions[kind.key].fields
    assert fields is not None
    assert [(f.wire_name, f.required) for f in fields] == [("a", True), ("b", False)]


def test_a_union_with_a_constant_tag_is_discriminated() -> None:
    def tagged(tag: str) -> dict[str, Any]:
        return {"type": "object", "properties": {"type": {"const": tag}}, "required": ["type"]}

    kind, _ = kind_of(
        {"oneOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
        A=tagged("a"),
        B=tagged("b"),
    )
    assert isinstance(kind, UnionKind)
    assert (kind.discriminator, kind.tags) == ("type", ("a", "b"))


def test_unions_of_named_unions_dispatch_on_the_tag_their_variants_share() -> None:
    """The Assistants API's `AssistantStreamEvent`: a `oneOf` of named unions (and of a `oneOf` of one
    branch), each variant tagged by its `event`, dispatches on `event` over all of them at once."""

    def event(name: str) -> dict[str, Any]:
        return {"type": "object", "properties": {"event": {"const": name}, "data": {}}, "required": ["event"]}

    kind, _ = kind_of(
        {"oneOf": [{"$ref": f"#/components/schemas/{name}"} for name in ("Thread", "Run", "Done")]},
        Thread={"oneOf": [event("thread.created")]},
        Run={"oneOf": [event("thread.run.created"), event("thread.run.completed")]},
        Done=event("done"),
    )
    assert isinstance(kind, UnionKind)
    assert (kind.discriminator, kind.tags) == (
        "event",
        ("thread.created", "thread.run.created", "thread.run.completed", "done"),
    )


def test_a_union_of_one_is_that_branch() -> None:
    assert kind_of({"anyOf": [{"type": "string"}, {"type": "null"}]})[0] == Nullable(Primitive("str"))


def test_inline_branches_are_named_by_title() -> None:
    kind, schemas = kind_of(
        {"anyOf": [{"type": "string"}, {"title": "Custom diet", "type": "object", "properties": {"kcal": {}}}]}
    )
    assert isinstance(kind, UnionKind)
    branch = kind.variants[1]
    assert isinstance(branch, Ref)
    assert [p.text for p in schemas.definitions[branch.key].name_hint] == ["X", "Custom diet"]


def test_operations_are_parsed_with_their_parameters_body_and_answer() -> None:
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/pets/{pet_id}": {
                "parameters": [{"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "post": {
                    "operationId": "updatePet",
                    "parameters": [{"name": "X-Trace", "in": "header", "schema": {"type": "string"}}],
                    "requestBody": {
                        "content": {"application/json": {"schema": {"type": "object", "properties": {"n": {}}}}}
                    },
                    "responses": {
                        "200": {"description": "ok", "content": {"text/plain": {"schema": {"type": "string"}}}}
                    },
                },
            }
        },
    }
    diagnostics = Diagnostics()
    normalize(document, "spec.yaml", diagnostics)
    api = parse_api(document, "spec.yaml", "", diagnostics)
    (operation,) = api.operations
    assert (operation.resource, operation.name) == (("pets",), "update")
    assert [(p.wire_name, p.location) for p in operation.parameters] == [("pet_id", "path"), ("X-Trace", "header")]
    assert operation.body is not None and operation.body.media == "json"
    assert operation.response.kind == "text"
    body = operation.body.kind
    assert isinstance(body, Ref)
    assert [p.text for p in api.definitions[body.key].name_hint] == ["updatePet", "Body"]


def _answer_of(content: dict[str, Any]) -> Any:
    """The parsed answer of a one-operation spec whose 200 answer has this `content`."""
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/calls": {"post": {"operationId": "createCall", "responses": {"200": {"content": content}}}}},
    }
    diagnostics = Diagnostics()
    normalize(document, "spec.yaml", diagnostics)
    (operation,) = parse_api(document, "spec.yaml", "", diagnostics).operations
    return operation.response


def test_a_text_media_type_is_bytes_when_its_schema_says_format_binary() -> None:
    sdp = _answer_of({"application/sdp": {"schema": {"type": "string"}}})
    assert (sdp.kind, sdp.content_type) == ("text", "application/sdp")
    as_bytes = _answer_of({"application/sdp": {"schema": {"type": "string", "format": "binary"}}})
    assert (as_bytes.kind, as_bytes.content_type) == ("binary", "application/sdp")
    assert as_bytes.accept == ("application/sdp",)
    csv = _answer_of({"text/csv": {"schema": {"type": "string", "format": "binary"}}})
    assert csv.kind == "binary"
