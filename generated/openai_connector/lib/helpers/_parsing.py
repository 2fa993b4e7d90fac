# copied from generator/runtime/core/helpers/_parsing.py by the openai-connector generator; edit the source
"""What `parse` does around the plain `create` call, without I/O: one source for sync and async.

`chat_plan` / `responses_plan` check the arguments (before anything is sent) and turn the pydantic
types into what the API takes (a strict `json_schema` format, Responses-shaped tools); `parsed_chat`
/ `parsed_response` read the answer into the typed results (`_parsed_chat`, `_parsed_responses`).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._function_tools import PydanticFunctionTool
from .._types import NotGiven

if TYPE_CHECKING:
    from ._parsed_chat import ParsedChatCompletion
    from ._parsed_responses import ParsedResponse

__all__ = ["ParsePlan", "chat_plan", "parsed_chat", "parsed_response", "responses_plan"]

_NAME_UNSAFE = re.compile(r"[^a-zA-Z0-9_-]")  # a json_schema `name` is ^[a-zA-Z0-9_-]{1,64}$


@dataclasses.dataclass(frozen=True)
class ParsePlan:
    """The arguments of the `create` call, and how to read its answer."""

    arguments: dict[str, Any]
    content_type: Any  # the response_format / text_format type; None: the content is not parsed
    tool_parsers: dict[str, Callable[[str], object]]  # function name -> its arguments' reader


def chat_plan(response_format: object, tools: object, arguments: dict[str, Any]) -> ParsePlan:
    """`chat.completions.parse`'s arguments checked and made into `create`'s."""
    _refuse_stream(arguments)
    content_type = None
    if isinstance(response_format, Mapping):
        arguments["response_format"] = response_format  # a format as the API takes it: sent, not parsed
    elif not isinstance(response_format, NotGiven):
        content_type = _parseable_type(response_format, "response_format")
        name, schema = _schema_of(content_type, "response_format")
        arguments["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": name, "schema": schema, "strict": True},
        }
    parsers: dict[str, Callable[[str], object]] = {}
    if not isinstance(tools, NotGiven):
        listed = _tool_list(tools)
        for index, tool in enumerate(listed):
            function = tool.get("function") if tool.get("type") == "function" else None
            if not isinstance(function, Mapping):
                raise ValueError(f"tools[{index}]: parse() reads function tools only, got type {tool.get('type')!r}")
            reader = _arguments_reader(function, f"tools[{index}]")
            if reader is not None:
                parsers[str(function.get("name"))] = reader
        arguments["tools"] = listed
    return ParsePlan(arguments, content_type, parsers)


def responses_plan(text_format: object, tools: object, arguments: dict[str, Any]) -> ParsePlan:
    """`responses.parse`'s arguments checked and made into `create`'s (a chat-shaped function tool is reshaped)."""
    _refuse_stream(arguments)
    content_type = None
    if not isinstance(text_format, NotGiven):
        content_type = _parseable_type(text_format, "text_format")
        text = dict(arguments.get("text") or {})
        if "format" in text:
            raise TypeError("text_format: give either text_format or text={'format': ...}, not both")
        name, schema = _schema_of(content_type, "text_format")
        text["format"] = {"type": "json_schema", "name": name, "schema": schema, "strict": True}
        arguments["text"] = text
    parsers: dict[str, Callable[[str], object]] = {}
    if not isinstance(tools, NotGiven):
        sent: list[Any] = []
        for index, given in enumerate(_tool_list(tools)):
            function = given.get("function")
            tool: Mapping[str, Any] = given
            reader = None
            if given.get("type") == "function" and isinstance(function, Mapping):  # pydantic_function_tool's shape
                reader = _arguments_reader(function, f"tools[{index}]", require_strict=False)
                tool = {"type": "function", **function}
            elif given.get("type") == "function":
                reader = _arguments_reader(given, f"tools[{index}]", require_strict=False)
            if reader is not None:
                parsers[str(tool.get("name"))] = reader
            sent.append(tool)
        arguments["tools"] = sent
    return ParsePlan(arguments, content_type, parsers)


def parsed_chat(plan: ParsePlan, completion: Any) -> ParsedChatCompletion[Any]:
    """The completion with each message's `parsed` content and each function call's `parsed_arguments`.

    A choice cut at the token limit raises `LengthFinishReasonError`, one stopped by the content
    filter `ContentFilterFinishReasonError`: their content cannot be parsed.
    """
    from .._parse_errors import ContentFilterFinishReasonError, LengthFinishReasonError
    from ._parsed_chat import ParsedChatCompletion

    data = completion.model_dump(by_alias=True, exclude_unset=True, warnings=False)
    for choice in data.get("choices") or []:
        if choice.get("finish_reason") == "length":
            raise LengthFinishReasonError(completion=completion)
        if choice.get("finish_reason") == "content_filter":
            raise ContentFilterFinishReasonError()
        message = choice.get("message") or {}
        for call in message.get("tool_calls") or []:
            function = call.get("function")
            if call.get("type") == "function" and isinstance(function, dict):
                function["parsed_arguments"] = _parse_arguments(plan, function)
        if plan.content_type is not None and message.get("content") and not message.get("refusal"):
            message["parsed"] = _parse_content(plan.content_type, message["content"])
    return ParsedChatCompletion[plan.content_type].model_validate(data)  # type: ignore[name-defined]


def parsed_response(plan: ParsePlan, response: Any) -> ParsedResponse[Any]:
    """The response with each output text's `parsed` value and each function call's `parsed_arguments`."""
    from ._parsed_responses import ParsedResponse

    data = response.model_dump(by_alias=True, exclude_unset=True, warnings=False)
    for item in data.get("output") or []:
        if not isinstance(item, dict):
            continue
        if item.get("type") == "function_call":
            item["parsed_arguments"] = _parse_arguments(plan, item)
        elif item.get("type") == "message" and plan.content_type is not None:
            for content in item.get("content") or []:
                if isinstance(content, dict) and content.get("type") == "output_text" and content.get("text"):
                    content["parsed"] = _parse_content(plan.content_type, content["text"])
    return ParsedResponse[plan.content_type].model_validate(data)  # type: ignore[name-defined]


def _refuse_stream(arguments: Mapping[str, Any]) -> None:
    if arguments.get("stream"):
        raise TypeError("stream: parse() does not stream; use stream() for a streamed answer")


def _parseable_type(value: object, argument: str) -> type[Any]:
    import pydantic

    if isinstance(value, type) and (issubclass(value, pydantic.BaseModel) or hasattr(value, "__pydantic_config__")):
        return value
    raise TypeError(
        f"{argument}: expected a pydantic model class (or a pydantic dataclass) to parse the answer into, got {value!r}"
    )


def _schema_of(content_type: type[Any], argument: str) -> tuple[str, dict[str, Any]]:
    import pydantic

    from .._strict_schema import StrictSchemaError, to_strict_json_schema

    source = content_type if issubclass(content_type, pydantic.BaseModel) else pydantic.TypeAdapter(content_type)
    try:
        schema = to_strict_json_schema(source)
    except StrictSchemaError as error:
        raise StrictSchemaError(f"{argument}: {content_type.__name__}: {error}") from None
    return _NAME_UNSAFE.sub("_", content_type.__name__)[:64], schema


def _tool_list(tools: object) -> list[Mapping[str, Any]]:
    if isinstance(tools, str | bytes | Mapping) or not isinstance(tools, Iterable):
        raise TypeError(f"tools: expected a list of tools, got {type(tools).__name__}")
    listed = list(tools)
    for index, tool in enumerate(listed):
        if not isinstance(tool, Mapping):
            raise TypeError(f"tools[{index}]: expected a tool (a dict), got {type(tool).__name__}")
    return listed


def _arguments_reader(
    function: Mapping[str, Any], where: str, *, require_strict: bool = True
) -> Callable[[str], object] | None:
    """How a call of this function tool's arguments is read: into its model, as JSON (strict), or not at all.

    Chat's `parse` refuses a tool that is not strict (as openai-python's); Responses' leaves its calls unread.
    """
    if isinstance(function, PydanticFunctionTool):
        return function.model.model_validate_json
    if function.get("strict") is True:
        return json.loads
    if not require_strict:
        return None
    name = function.get("name")
    raise ValueError(f"{where}: function tool {name!r} is not strict; parse() reads only strict function tools")


def _parse_arguments(plan: ParsePlan, function: Mapping[str, Any]) -> object:
    reader = plan.tool_parsers.get(str(function.get("name")))
    arguments = function.get("arguments")
    return None if reader is None or not isinstance(arguments, str) else reader(arguments)


def _parse_content(content_type: type[Any], text: str) -> object:
    import pydantic

    if issubclass(content_type, pydantic.BaseModel):
        return content_type.model_validate_json(text)
    return pydantic.TypeAdapter(content_type).validate_json(text)
