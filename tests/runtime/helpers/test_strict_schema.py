"""`to_strict_json_schema`: pydantic types to the JSON schema the API's strict mode accepts."""

from __future__ import annotations

import enum
from typing import Annotated, Any, Literal

import pydantic
import pytest
from openai_connector import pydantic_function_tool, to_strict_json_schema
from openai_connector.lib._strict_schema import StrictSchemaError


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Address(pydantic.BaseModel):
    street: str
    zip_code: str | None = None


class Person(pydantic.BaseModel):
    name: str
    age: int = 0
    nickname: str | None = None
    tags: list[str] = []
    favourite: Color
    home: Address
    others: list[Address]


class Node(pydantic.BaseModel):
    value: int
    children: list[Node]
    parent: Node | None = None


class Described(pydantic.BaseModel):
    home: Address = pydantic.Field(description="Where they live")
    next: Described | None = None
    self_ref: Annotated[Node, pydantic.Field(description="a tree")]


class Cat(pydantic.BaseModel):
    kind: Literal["cat"]
    lives: int


class Dog(pydantic.BaseModel):
    kind: Literal["dog"]
    good: bool


class Pet(pydantic.BaseModel):
    pet: Cat | Dog = pydantic.Field(discriminator="kind")


def _objects(schema: Any, where: str = "#") -> list[tuple[str, dict[str, Any]]]:
    """Every object schema inside `schema`, with its JSON pointer."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(schema, dict):
        if schema.get("type") == "object":
            found.append((where, schema))
        for key, value in schema.items():
            found.extend(_objects(value, f"{where}/{key}"))
    elif isinstance(schema, list):
        for index, value in enumerate(schema):
            found.extend(_objects(value, f"{where}/{index}"))
    return found


def test_every_object_is_closed_with_all_properties_required() -> None:
    schema = to_strict_json_schema(Person)
    objects = _objects(schema)
    assert {where for where, _ in objects} == {"#", "#/$defs/Address"}
    for where, obj in objects:
        assert obj["additionalProperties"] is False, where
        assert obj["required"] == list(obj["properties"]), where
    assert schema["required"] == ["name", "age", "nickname", "tags", "favourite", "home", "others"]


def test_optional_fields_are_nullable_without_a_null_default() -> None:
    properties = to_strict_json_schema(Person)["properties"]
    assert properties["nickname"] == {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Nickname"}
    assert properties["tags"]["type"] == "array"
    assert properties["tags"]["items"] == {"type": "string"}
    assert properties["others"]["items"] == {"$ref": "#/$defs/Address"}


def test_enums_stay_as_definitions() -> None:
    schema = to_strict_json_schema(Person)
    assert schema["$defs"]["Color"] == {"enum": ["red", "blue"], "title": "Color", "type": "string"}
    assert schema["properties"]["favourite"] == {"$ref": "#/$defs/Color"}


def test_a_recursive_model_keeps_its_references_and_its_root_is_an_object() -> None:
    schema = to_strict_json_schema(Node)
    assert schema["type"] == "object"  # pydantic writes a self-referencing root as {"$ref", "$defs"}
    assert "$ref" not in schema
    assert schema["properties"]["children"]["items"] == {"$ref": "#/$defs/Node"}
    assert schema["properties"]["parent"]["anyOf"] == [{"$ref": "#/$defs/Node"}, {"type": "null"}]
    assert schema["$defs"]["Node"]["additionalProperties"] is False
    assert schema["$defs"]["Node"]["required"] == ["value", "children", "parent"]


def test_a_reference_beside_other_keys_is_written_in_place() -> None:
    schema = to_strict_json_schema(Described)
    home = schema["properties"]["home"]
    assert "$ref" not in home
    assert home["description"] == "Where they live"
    assert home["additionalProperties"] is False
    assert home["required"] == ["street", "zip_code"]
    tree = schema["properties"]["self_ref"]
    assert tree["description"] == "a tree"
    assert tree["properties"]["children"]["items"] == {"$ref": "#/$defs/Node"}
    assert schema["properties"]["next"]["anyOf"][0] == {"$ref": "#/$defs/Described"}


def test_a_recursive_reference_beside_other_keys_does_not_loop() -> None:
    class Loop(pydantic.BaseModel):
        again: Loop | None = pydantic.Field(default=None, description="more")
        direct: list[Loop] = pydantic.Field(description="the same")

    schema = to_strict_json_schema(Loop)
    assert schema["properties"]["direct"]["items"] == {"$ref": "#/$defs/Loop"}


def test_a_discriminated_union_becomes_any_of() -> None:
    pet = to_strict_json_schema(Pet)["properties"]["pet"]
    assert "oneOf" not in pet
    assert "discriminator" not in pet
    assert pet["anyOf"] == [{"$ref": "#/$defs/Cat"}, {"$ref": "#/$defs/Dog"}]


def test_a_pydantic_dataclass_through_a_type_adapter() -> None:
    @pydantic.dataclasses.dataclass
    class Point:
        x: int
        y: int | None = None

    schema = to_strict_json_schema(pydantic.TypeAdapter(Point))
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["x", "y"]


def test_the_model_schema_is_left_as_it_was() -> None:
    before = Person.model_json_schema()
    to_strict_json_schema(Person)
    assert Person.model_json_schema() == before


@pytest.mark.parametrize(
    ("annotation", "message"),
    [
        (dict[str, int], r"#/properties/field: an object with free-form keys .*dict\[str, \.\.\.\]"),
        (Any, r"#/properties/field: a value of any type"),
        (list[dict[str, Address]], r"#/properties/field/items: an object with free-form keys"),
    ],
)
def test_what_strict_mode_cannot_express_is_a_clear_error(annotation: Any, message: str) -> None:
    model = pydantic.create_model("Free", field=(annotation, ...))
    with pytest.raises(StrictSchemaError, match=message):
        to_strict_json_schema(model)


def test_a_model_that_allows_extra_fields_is_refused() -> None:
    class Open(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(extra="allow")
        a: int

    with pytest.raises(StrictSchemaError, match=r"^#: an object with free-form keys"):
        to_strict_json_schema(Open)


def test_a_root_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(StrictSchemaError, match="an object at the root"):
        to_strict_json_schema(pydantic.TypeAdapter(list[int]))


def test_a_value_that_is_not_a_pydantic_type_is_refused() -> None:
    with pytest.raises(StrictSchemaError, match="expected a pydantic model class"):
        to_strict_json_schema(dict)  # type: ignore[arg-type]
    assert issubclass(StrictSchemaError, TypeError)


def test_pydantic_function_tool_is_a_strict_function_tool() -> None:
    class GetWeather(pydantic.BaseModel):
        """The weather in a city."""

        city: str
        unit: Literal["c", "f"] | None = None

    tool = pydantic_function_tool(GetWeather)
    assert tool == {
        "type": "function",
        "function": {
            "name": "GetWeather",
            "strict": True,
            "parameters": to_strict_json_schema(GetWeather),
            "description": "The weather in a city.",
        },
    }
    assert tool["function"].model is GetWeather
    named = pydantic_function_tool(GetWeather, name="weather", description="Ask for the weather")
    assert (named["function"]["name"], named["function"]["description"]) == ("weather", "Ask for the weather")
    assert "description" not in pydantic_function_tool(Address)["function"]


def test_pydantic_function_tool_refuses_what_is_not_a_model() -> None:
    with pytest.raises(TypeError, match="takes a pydantic model class"):
        pydantic_function_tool({"name": "x"})  # type: ignore[arg-type]
