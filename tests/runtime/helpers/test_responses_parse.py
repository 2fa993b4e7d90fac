"""`responses.parse`: Structured Outputs of the Responses API against a loopback server, sync and async."""

from __future__ import annotations

from typing import Any, Literal

import pydantic
import pytest
from openai_connector import pydantic_function_tool, to_strict_json_schema
from openai_connector.lib.helpers import (
    ParsedResponse,
    ParsedResponseFunctionToolCall,
    ParsedResponseOutputMessage,
    ParsedResponseOutputText,
)
from openai_connector.types.reasoning_item import ReasoningItem
from openai_connector.types.response import Response

from tests.runtime._helpers import async_client, sync_client
from tests.support.loopback import LoopbackServer, Reply

Mode = Literal["sync", "async"]


class Event(pydantic.BaseModel):
    name: str
    day: str
    people: list[str]


class GetWeather(pydantic.BaseModel):
    city: str


EVENT = Event(name="fair", day="Friday", people=["Alice", "Bob"])


def _response(*output: dict[str, Any]) -> Reply:
    body = {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "model": "gpt-4o",
        "status": "completed",
        "output": list(output),
    }
    return Reply(body=body)


def _message(*content: dict[str, Any]) -> dict[str, Any]:
    return {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed", "content": list(content)}


def _text(text: str) -> dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


async def _parse(mode: Mode, server: LoopbackServer, **arguments: Any) -> Any:
    arguments = {"model": "gpt-4o", "input": "Which event?", **arguments}
    if mode == "sync":
        with sync_client(server.url, "openai", max_retries=0) as client:
            return client.responses.parse(**arguments)
    async with async_client(server.url, "openai", max_retries=0) as aclient:
        return await aclient.responses.parse(**arguments)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_output_text_parses_into_the_model(server: LoopbackServer, mode: Mode) -> None:
    reasoning = {"type": "reasoning", "id": "rs_1", "summary": []}
    server.script(_response(reasoning, _message(_text(EVENT.model_dump_json()))))
    result = await _parse(mode, server, text_format=Event, text={"verbosity": "low"})

    assert isinstance(result, ParsedResponse)
    assert isinstance(result, Response)
    assert result.output_parsed == EVENT
    first, message = result.output
    assert isinstance(first, ReasoningItem)  # items parse leaves alone stay the generated models
    assert isinstance(message, ParsedResponseOutputMessage)
    assert isinstance(message.content[0], ParsedResponseOutputText)
    assert message.content[0].parsed == EVENT
    sent = server.requests[0].json()
    assert server.requests[0].path == "/v1/responses"
    assert sent["text"] == {
        "verbosity": "low",
        "format": {"type": "json_schema", "name": "Event", "schema": to_strict_json_schema(Event), "strict": True},
    }


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_refusal_leaves_output_parsed_none(server: LoopbackServer, mode: Mode) -> None:
    server.script(_response(_message({"type": "refusal", "refusal": "No."})))
    result = await _parse(mode, server, text_format=Event)
    assert result.output_parsed is None
    assert result.output[0].content[0].refusal == "No."


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_function_calls_parse_their_arguments(server: LoopbackServer, mode: Mode) -> None:
    call = {"type": "function_call", "call_id": "call_1", "name": "GetWeather", "arguments": '{"city": "Oslo"}'}
    loose = {"type": "function_call", "call_id": "call_2", "name": "loose", "arguments": '{"a": 1}'}
    strict = {"type": "function_call", "call_id": "call_3", "name": "strict", "arguments": '{"b": 2}'}
    server.script(_response(call, loose, strict))
    tools = [
        pydantic_function_tool(GetWeather),  # Chat Completions' shape: sent in Responses' shape
        {"type": "function", "name": "loose", "parameters": {"type": "object"}, "strict": False},
        {"type": "function", "name": "strict", "parameters": {"type": "object"}, "strict": True},
        {"type": "web_search"},
    ]
    result = await _parse(mode, server, tools=tools)

    weather, unread, as_json = result.output
    assert isinstance(weather, ParsedResponseFunctionToolCall)
    assert weather.parsed_arguments == GetWeather(city="Oslo")
    assert unread.parsed_arguments is None  # not strict: left unread, as openai-python does
    assert as_json.parsed_arguments == {"b": 2}
    assert result.output_parsed is None
    sent = server.requests[0].json()["tools"]
    assert sent[0] == {
        "type": "function",
        "name": "GetWeather",
        "strict": True,
        "parameters": to_strict_json_schema(GetWeather),
    }
    assert sent[1:] == tools[1:]


class NotAModel:
    pass


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"text_format": NotAModel}, r"^text_format: expected a pydantic model class"),
        ({"text_format": Event, "text": {"format": {"type": "text"}}}, r"^text_format: give either text_format"),
        ({"text_format": Event, "stream": True}, r"unexpected keyword argument 'stream'"),
        ({"tools": ["web_search"]}, r"^tools\[0\]: expected a tool"),
    ],
)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_bad_arguments_raise_before_anything_is_sent(
    server: LoopbackServer, mode: Mode, arguments: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        await _parse(mode, server, **arguments)
    assert server.requests == []
