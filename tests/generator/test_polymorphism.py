"""OpenAPI's `allOf` polymorphism: a base schema's discriminator mapping makes its uses a tagged union.

Generate-and-run: a base `Pet` with `discriminator: {propertyName: petType, mapping}` (one target a
reference, one a bare schema name) and two `allOf: [{$ref: Pet}, ...]` subtypes, referenced from a
request property and from an answer property, as Azure's on-your-data and chat message schemas are.
"""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import pytest

from generator.parser.kinds import Enum, Ref, UnionKind
from tests.generator.inline import api, imported
from tests.generator.unit._spec import parsed

PET = "#/components/schemas/Pet"


def _subtype(**properties: Any) -> dict[str, Any]:
    return {"allOf": [{"$ref": PET}, {"type": "object", "properties": properties, "required": list(properties)}]}


SCHEMAS: dict[str, Any] = {
    "Pet": {
        "type": "object",
        "properties": {"petType": {"type": "string"}, "name": {"type": "string"}},
        "required": ["petType"],
        "discriminator": {"propertyName": "petType", "mapping": {"dog": "#/components/schemas/Dog", "cat": "Cat"}},
    },
    "Dog": _subtype(bark={"type": "boolean"}),
    "Cat": _subtype(lives={"type": "integer"}),
    "Adoption": {
        "type": "object",
        "properties": {"pet": {"$ref": PET}, "others": {"type": "array", "items": {"$ref": PET}}},
        "required": ["pet"],
    },
}

SPEC = api(
    {
        "/adoptions": {
            "post": {
                "operationId": "createAdoption",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"pet": {"$ref": PET}}, "required": ["pet"]}
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Adoption"}}},
                    }
                },
            }
        }
    },
    SCHEMAS,
)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with imported(tmp_path_factory.mktemp("polymorphism"), [SPEC], "polymorphism_pkg") as module:
        yield module


def _types(package: ModuleType) -> Any:
    return importlib.import_module(package.__name__ + ".types")


def test_the_request_param_is_the_union_of_the_subtypes_typed_dicts(package: ModuleType) -> None:
    types = _types(package)
    assert set(typing.get_args(types.PetParam)) == {types.DogParam, types.CatParam}
    dog = typing.get_type_hints(types.DogParam)
    assert dog["petType"] == typing.Literal["dog"]
    assert "petType" in types.DogParam.__required_keys__
    assert "bark" in dog and "name" in dog  # the subtype's own fields beside the base's
    assert typing.get_type_hints(types.CatParam)["petType"] == typing.Literal["cat"]
    resources = importlib.import_module(package.__name__ + ".resources.adoptions")
    annotation = inspect.signature(resources.Adoptions.create).parameters["pet"].annotation
    assert annotation == "PetParam"  # the union above (imported for type checkers only)


def test_the_answer_dispatches_on_the_tag(package: ModuleType) -> None:
    types = _types(package)
    answer = types.Adoption.model_validate(
        {
            "pet": {"petType": "cat", "lives": 9},
            "others": [{"petType": "dog", "bark": True}, {"petType": "cat", "lives": 3}, {"petType": "fish"}],
        }
    )
    assert type(answer.pet) is types.Cat
    assert answer.pet.lives == 9
    assert [type(pet).__name__ for pet in answer.others] == ["Dog", "Cat", "dict"]  # an unknown tag kept as sent
    assert answer.others[0].bark is True


def _base_union(schemas: dict[str, Any]) -> tuple[UnionKind, dict[str, str], list[str]]:
    """The kind `Pet` stands for, each variant's tag by its component name, and the diagnostics."""
    api_ = parsed({}, schemas)
    alias = api_.definitions["/components/schemas/Pet"].alias
    assert isinstance(alias, UnionKind)
    names = {}
    for variant, tag in zip(alias.variants, alias.tags, strict=True):
        assert isinstance(variant, Ref)
        names[variant.key.rsplit("/", 1)[1]] = tag
    return alias, names, [item.message for item in api_.schemas.diagnostics.items]


def test_without_a_mapping_the_subtypes_are_found_by_their_all_of() -> None:
    schemas = {**SCHEMAS, "Pet": {**SCHEMAS["Pet"], "discriminator": {"propertyName": "petType"}}}
    alias, names, _ = _base_union(schemas)
    assert alias.discriminator == "petType"
    assert names == {"Dog": "Dog", "Cat": "Cat"}


def test_a_mapping_target_that_is_no_component_is_reported_and_left_out() -> None:
    mapping = {"dog": "#/components/schemas/Dog", "cat": "Cat", "fish": "other.yaml#/Fish"}
    schemas = {**SCHEMAS, "Pet": {**SCHEMAS["Pet"], "discriminator": {"propertyName": "petType", "mapping": mapping}}}
    _, names, messages = _base_union(schemas)
    assert names == {"Dog": "dog", "Cat": "cat"}
    assert any("'other.yaml#/Fish'" in message for message in messages)


def test_a_subtype_selected_by_several_values_takes_them_all() -> None:
    mapping = {"dog": "Dog", "puppy": "Dog", "cat": "Cat"}
    schemas = {**SCHEMAS, "Pet": {**SCHEMAS["Pet"], "discriminator": {"propertyName": "petType", "mapping": mapping}}}
    api_ = parsed({}, schemas)
    fields = api_.definitions["/components/schemas/Dog"].fields or []
    assert next(f.kind for f in fields if f.wire_name == "petType") == Enum(("dog", "puppy"))


def test_a_subtype_without_the_tag_property_is_reported_and_the_union_left_untagged() -> None:
    schemas = {**SCHEMAS, "Fish": {"type": "object", "properties": {"fins": {"type": "integer"}}}}
    mapping = {"dog": "Dog", "fish": "Fish"}
    schemas["Pet"] = {**SCHEMAS["Pet"], "discriminator": {"propertyName": "petType", "mapping": mapping}}
    api_ = parsed({}, schemas)
    assert isinstance(api_.definitions["/components/schemas/Pet"].alias, UnionKind)
    messages = [f"{item.pointer}: {item.message}" for item in api_.schemas.diagnostics.items]
    assert "/components/schemas/Fish: mapped subtype has no 'petType' property" in messages
    assert "/components/schemas/Pet/discriminator: subtypes not told apart by 'petType'" in messages
