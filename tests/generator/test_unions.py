"""Unions dispatch on what a value is (its tag, its JSON type), never on which variant happens to accept it.

Generate-and-run: each test generates a package from a small spec with the shape found in the
OpenAI spec and parses values through it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.generator.inline import api, imported


def _tagged(tag: str, *values: str, required: bool = True, **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"type": {"type": "string", "enum": [tag, *values]}, **properties},
        "required": ["type"] if required else [],
    }


SCHEMAS: dict[str, Any] = {
    # tool_choice: a forward-compatible string enum beside tagged objects, one of which takes several tags.
    "ToolChoiceOptions": {"type": "string", "enum": ["none", "auto", "required"]},
    "ToolChoiceTypes": _tagged("file_search", "web_search_preview", "image_generation"),
    "ToolChoiceFunction": _tagged("function", name={"type": "string"}),
    "ToolChoice": {
        "anyOf": [
            {"$ref": "#/components/schemas/ToolChoiceOptions"},
            {"$ref": "#/components/schemas/ToolChoiceTypes"},
            {"$ref": "#/components/schemas/ToolChoiceFunction"},
        ]
    },
    # tools: the earlier variant's tag is an enum, so (tolerant) it accepted any later variant's tag.
    "WebSearchTool": _tagged("web_search", "web_search_2025_08_26", filters={"type": "object"}),
    "LocalShellTool": _tagged("local_shell"),
    "Tool": {
        "oneOf": [{"$ref": "#/components/schemas/WebSearchTool"}, {"$ref": "#/components/schemas/LocalShellTool"}],
        "discriminator": {"propertyName": "type"},
    },
    # items: two variants share a tag (told apart among themselves), two may leave their tag out
    # (a value without one goes to the first), and a named union of further variants is a variant.
    "InputMessage": _tagged("message", required=False, role={"type": "string", "enum": ["user"]}),
    "OutputMessage": _tagged("message", id={"type": "string"}, status={"type": "string"}),
    "Reasoning": _tagged("reasoning", summary={"type": "array", "items": {"type": "string"}}),
    "Call": {"oneOf": [{"$ref": "#/components/schemas/FunctionCall"}, {"$ref": "#/components/schemas/ShellCall"}]},
    "FunctionCall": _tagged("function_call", call_id={"type": "string"}),
    "ShellCall": _tagged("shell_call", call_id={"type": "string"}),
    "ItemReference": {
        "type": "object",
        "properties": {"type": {"anyOf": [{"type": "string", "enum": ["item_reference"]}, {"type": "null"}]}},
    },
    "Item": {
        "oneOf": [
            {"$ref": "#/components/schemas/InputMessage"},
            {"$ref": "#/components/schemas/ItemReference"},
            {"$ref": "#/components/schemas/OutputMessage"},
            {"$ref": "#/components/schemas/Reasoning"},
            {"$ref": "#/components/schemas/Call"},
        ]
    },
    # voice: a named union of strings (an open enum among them) beside an object.
    "VoiceIds": {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["alloy", "echo"]}]},
    "Voice": {
        "anyOf": [
            {"$ref": "#/components/schemas/VoiceIds"},
            {"title": "CustomVoice", "type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]},
        ]
    },
    "Answer": {
        "type": "object",
        "properties": {
            "tool_choice": {"$ref": "#/components/schemas/ToolChoice"},
            "tools": {"type": "array", "items": {"$ref": "#/components/schemas/Tool"}},
            "output": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
            "stop": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}, {"type": "null"}]},
            "temperature": {"anyOf": [{"type": "number"}, {"type": "string", "enum": ["auto"]}]},
            "voice": {"$ref": "#/components/schemas/Voice"},
        },
        "required": ["tool_choice", "tools", "output"],
    },
}

SPEC = api(
    {
        "/responses": {
            "get": {
                "operationId": "getResponse",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}},
                    }
                },
            }
        }
    },
    SCHEMAS,
)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    with imported(tmp_path_factory.mktemp("unions"), [SPEC], "unions_pkg") as module:
        yield module


def _response(package: ModuleType, **fields: Any) -> Any:
    body = {"tool_choice": "auto", "tools": [], "output": [], **fields}
    types = importlib.import_module(package.__name__ + ".types")
    return types.Answer.model_validate(body)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"type": "function", "name": "f"}, "ToolChoiceFunction"),
        ({"type": "file_search"}, "ToolChoiceTypes"),
        ({"type": "image_generation"}, "ToolChoiceTypes"),
        ("auto", "str"),
    ],
)
def test_a_forward_compatible_enum_never_takes_an_object(package: ModuleType, value: Any, expected: str) -> None:
    parsed = _response(package, tool_choice=value).tool_choice
    assert type(parsed).__name__ == expected


def test_unknown_tool_choice_values_are_kept_as_sent(package: ModuleType) -> None:
    assert _response(package, tool_choice="sometimes").tool_choice == "sometimes"
    assert _response(package, tool_choice={"type": "new_tool"}).tool_choice == {"type": "new_tool"}


def test_a_tagged_union_dispatches_on_the_tag(package: ModuleType) -> None:
    tools = [{"type": "local_shell"}, {"type": "web_search"}, {"type": "web_search_2025_08_26"}, {"type": "new"}]
    parsed = _response(package, tools=tools).tools
    assert [type(tool).__name__ for tool in parsed] == ["LocalShellTool", "WebSearchTool", "WebSearchTool", "dict"]


def test_shared_tags_missing_tags_and_nested_unions(package: ModuleType) -> None:
    output = [
        {"type": "message", "id": "msg_1", "status": "completed"},
        {"role": "user"},
        {"type": "message", "role": "user"},
        {"type": "reasoning", "summary": []},
        {"type": "shell_call", "call_id": "c"},
        {"type": "function_call", "call_id": "c"},
        {"type": "item_reference", "id": "msg_0"},
    ]
    parsed = _response(package, output=output).output
    assert [type(item).__name__ for item in parsed] == [
        "OutputMessage",
        "InputMessage",
        "InputMessage",
        "Reasoning",
        "ShellCall",
        "FunctionCall",
        "ItemReference",
    ]


def test_values_that_are_not_objects_dispatch_on_their_json_type(package: ModuleType) -> None:
    assert _response(package, stop=["a"]).stop == ["a"]
    assert _response(package, stop="a").stop == "a"
    assert _response(package, stop=None).stop is None
    assert _response(package, temperature=1).temperature == 1.0
    assert _response(package, temperature="auto").temperature == "auto"


def test_the_tagged_union_is_in_the_generated_source(tmp_path: Path, package: ModuleType) -> None:
    source = Path(str(package.__file__)).parent.joinpath("types", "tool.py").read_text(encoding="utf-8")
    assert 'Discriminator(tag_of("type", {"web_search_2025_08_26": "web_search"}))' in source


def test_strings_of_a_named_union_never_take_an_object(package: ModuleType) -> None:
    assert _response(package, voice="alloy").voice == "alloy"
    assert _response(package, voice="my-voice").voice == "my-voice"
    custom = _response(package, voice={"id": "voice_1"}).voice
    assert type(custom).__name__ == "VoiceCustomVoice"
    assert custom.id == "voice_1"
