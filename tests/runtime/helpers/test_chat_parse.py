"""`chat.completions.parse`: Structured Outputs against a loopback server, sync and async, OpenAI and Azure."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from typing import Any, Generic, Literal, TypeVar

import pydantic
import pytest
from openai_connector import (
    ContentFilterFinishReasonError,
    LengthFinishReasonError,
    pydantic_function_tool,
    to_strict_json_schema,
)
from openai_connector.lib.helpers import ParsedChatCompletion, ParsedFunctionToolCall
from openai_connector.types.chat_completion import ChatCompletion

from tests.runtime._helpers import DEPLOYMENT, MESSAGES, Provider, async_client, completion, sync_client
from tests.support.loopback import LoopbackServer, Reply

Mode = Literal["sync", "async"]
T = TypeVar("T")
# Where the call goes: OpenAI's resource on an OpenAI client, the same on an Azure client (deployment
# routing), and the Azure spec's own resource.
Target = Literal["openai", "azure", "azure-namespace"]
TARGETS: tuple[Target, ...] = ("openai", "azure", "azure-namespace")
PATHS = {
    "openai": "/v1/chat/completions",
    "azure": f"/openai/deployments/{DEPLOYMENT}/chat/completions",
    "azure-namespace": f"/openai/deployments/{DEPLOYMENT}/chat/completions",
}


class Step(pydantic.BaseModel):
    explanation: str
    output: str


class MathAnswer(pydantic.BaseModel):
    steps: list[Step]
    final_answer: str | None = None


class GetWeather(pydantic.BaseModel):
    """The weather in a city."""

    city: str
    unit: Literal["c", "f"] = "c"


ANSWER = MathAnswer(steps=[Step(explanation="add", output="4")], final_answer="x = 4")


def _reply(message: dict[str, Any], finish_reason: str = "stop", **extra: Any) -> Reply:
    body = completion()
    body["choices"] = [{"index": 0, "message": {"role": "assistant", **message}, "finish_reason": finish_reason}]
    return Reply(body={**body, **extra})


async def _parse(mode: Mode, server: LoopbackServer, target: Target, **arguments: Any) -> Any:
    provider: Provider = "openai" if target == "openai" else "azure"
    where = {"deployment_id": DEPLOYMENT} if target == "azure-namespace" else {"model": DEPLOYMENT}
    arguments = {"messages": MESSAGES, **where, **arguments}
    if mode == "sync":
        with sync_client(server.url, provider, max_retries=0) as client:
            resource = client.azure.chat.completions if target == "azure-namespace" else client.chat.completions
            return resource.parse(**arguments)
    async with async_client(server.url, provider, max_retries=0) as aclient:
        aresource = aclient.azure.chat.completions if target == "azure-namespace" else aclient.chat.completions
        return await aresource.parse(**arguments)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_content_parses_into_the_model(server: LoopbackServer, mode: Mode, target: Target) -> None:
    server.script(_reply({"content": ANSWER.model_dump_json()}, usage={"prompt_tokens": 1, "completion_tokens": 2}))
    result = await _parse(mode, server, target, response_format=MathAnswer, temperature=0.5)

    assert isinstance(result, ParsedChatCompletion)
    assert isinstance(result, ChatCompletion)  # built on the generated model: every field of it is there
    message = result.choices[0].message
    assert message.parsed == ANSWER
    assert isinstance(message.parsed, MathAnswer)
    assert message.content == ANSWER.model_dump_json()
    assert (result.id, result.choices[0].finish_reason, result.usage and result.usage.completion_tokens) == (
        "chatcmpl-1",
        "stop",
        2,
    )
    request = server.requests[0]
    assert request.path == PATHS[target]
    sent = request.json()
    assert sent["temperature"] == 0.5
    assert sent["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "MathAnswer", "schema": to_strict_json_schema(MathAnswer), "strict": True},
    }


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("content", [None, "Sorry."])  # a refusal's content, if any, is not the format's JSON
async def test_a_refusal_is_surfaced_and_nothing_parsed(
    server: LoopbackServer, mode: Mode, target: Target, content: str | None
) -> None:
    server.script(_reply({"content": content, "refusal": "I can't help with that."}))
    message = (await _parse(mode, server, target, response_format=MathAnswer)).choices[0].message
    assert message.refusal == "I can't help with that."
    assert message.parsed is None


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_answer_cut_at_the_token_limit_raises(server: LoopbackServer, mode: Mode, target: Target) -> None:
    server.script(_reply({"content": '{"steps": [{"expl'}, "length", usage={"completion_tokens": 5}))
    with pytest.raises(LengthFinishReasonError, match="length limit was reached") as raised:
        await _parse(mode, server, target, response_format=MathAnswer)
    assert raised.value.completion.choices[0].message.content == '{"steps": [{"expl'


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_an_answer_stopped_by_the_content_filter_raises(server: LoopbackServer, mode: Mode) -> None:
    server.script(_reply({"content": None}, "content_filter"))
    with pytest.raises(ContentFilterFinishReasonError, match="content filter"):
        await _parse(mode, server, "azure", response_format=MathAnswer)


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_tool_call_arguments_parse_into_their_models(server: LoopbackServer, mode: Mode, target: Target) -> None:
    calls = [
        {
            "id": "c1",
            "type": "function",
            "function": {"name": "GetWeather", "arguments": '{"city": "Paris", "unit": "f"}'},
        },
        {"id": "c2", "type": "function", "function": {"name": "lookup", "arguments": '{"q": "x"}'}},
    ]
    server.script(_reply({"content": None, "tool_calls": calls}, "tool_calls"))
    lookup = {"type": "function", "function": {"name": "lookup", "strict": True, "parameters": {"type": "object"}}}
    result = await _parse(mode, server, target, tools=[pydantic_function_tool(GetWeather), lookup])

    weather, other = result.choices[0].message.tool_calls
    assert isinstance(weather, ParsedFunctionToolCall)
    assert weather.function.parsed_arguments == GetWeather(city="Paris", unit="f")
    assert other.function.parsed_arguments == {"q": "x"}  # a strict tool without a model: its JSON
    assert result.choices[0].message.parsed is None  # no response_format: nothing to parse
    sent = server.requests[0].json()
    assert sent["tools"][0] == {
        "type": "function",
        "function": {
            "name": "GetWeather",
            "strict": True,
            "parameters": to_strict_json_schema(GetWeather),
            "description": "The weather in a city.",
        },
    }
    assert "response_format" not in sent


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_response_format_given_as_the_api_takes_it_is_sent_unparsed(server: LoopbackServer, mode: Mode) -> None:
    server.script(_reply({"content": '{"a": 1}'}))
    result = await _parse(mode, server, "openai", response_format={"type": "json_object"})
    assert result.choices[0].message.parsed is None
    assert server.requests[0].json()["response_format"] == {"type": "json_object"}


class NotAModel:
    city: str


@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        ({"response_format": NotAModel}, TypeError, r"^response_format: expected a pydantic model class"),
        ({"response_format": "json"}, TypeError, r"^response_format: expected a pydantic model class"),
        (
            {"response_format": pydantic.create_model("Free", tags=(dict[str, int], ...))},
            TypeError,
            r"^response_format: Free: #/properties/tags: an object with free-form keys",
        ),
        ({"response_format": MathAnswer, "stream": True}, TypeError, r"unexpected keyword argument 'stream'"),
        (
            {"tools": [{"type": "function", "function": {"name": "loose", "parameters": {}}}]},
            ValueError,
            r"^tools\[0\]: function tool 'loose' is not strict",
        ),
        (
            {"tools": [{"type": "custom", "custom": {"name": "x"}}]},
            ValueError,
            r"^tools\[0\]: parse\(\) reads function",
        ),
        ({"tools": {"type": "function"}}, TypeError, r"^tools: expected a list of tools"),
    ],
)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_bad_arguments_raise_before_anything_is_sent(
    server: LoopbackServer, mode: Mode, arguments: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        await _parse(mode, server, "openai", **arguments)
    assert server.requests == []


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_content_that_does_not_fit_the_model_raises_a_validation_error(
    server: LoopbackServer, mode: Mode
) -> None:
    server.script(_reply({"content": json.dumps({"steps": "not a list"})}))
    with pytest.raises(pydantic.ValidationError, match="MathAnswer"):
        await _parse(mode, server, "openai", response_format=MathAnswer)


def test_a_pydantic_dataclass_is_a_response_format(server: LoopbackServer) -> None:
    @pydantic.dataclasses.dataclass
    class Point:
        x: int
        y: int

    server.script(_reply({"content": '{"x": 1, "y": 2}'}))
    with sync_client(server.url, "openai", max_retries=0) as client:
        result = client.chat.completions.parse(model="m", messages=MESSAGES, response_format=Point)
    assert result.choices[0].message.parsed == Point(x=1, y=2)
    assert server.requests[0].json()["response_format"]["json_schema"]["schema"]["required"] == ["x", "y"]


def test_azure_fields_beside_the_openai_ones_are_kept(server: LoopbackServer) -> None:
    filters = [{"prompt_index": 0, "content_filter_results": {"hate": {"filtered": False, "severity": "safe"}}}]
    server.script(_reply({"content": ANSWER.model_dump_json()}, prompt_filter_results=filters))
    with sync_client(server.url, "azure", max_retries=0) as client:
        result = client.azure.chat.completions.parse(
            deployment_id=DEPLOYMENT, messages=MESSAGES, response_format=MathAnswer
        )
    assert result.choices[0].message.parsed == ANSWER
    assert result.to_dict()["prompt_filter_results"] == filters


def test_a_resource_defines_no_parsed_model_until_parse_is_called(server: LoopbackServer) -> None:
    server.script(_reply({"content": '{"x": 1}'}))
    code = (
        "import sys, pydantic, openai_connector\n"
        f"c = openai_connector.OpenAI(api_key='sk-test', base_url='{server.url}/v1', max_retries=0)\n"
        "helpers = 'openai_connector.lib.helpers.'\n"
        "loaded = lambda: sorted(m.removeprefix(helpers) for m in sys.modules if m.startswith(helpers))\n"
        "c.chat.completions, c.responses\n"
        "print(loaded())\n"
        "X = pydantic.create_model('X', x=(int, ...))\n"
        "messages = [{'role': 'user', 'content': 'hi'}]\n"
        "print(c.chat.completions.parse(model='m', messages=messages, response_format=X).choices[0].message.parsed.x)\n"
        "print(loaded())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    at_access, parsed, after_call = result.stdout.splitlines()
    parse_only = {"_parsed_chat", "_parsing"}  # the parsed models and the reading: loaded by `parse` alone
    assert {"_async_parse", "_sync_parse", "chat_completions", "responses"} <= set(ast.literal_eval(at_access))
    assert not parse_only & set(ast.literal_eval(at_access))
    assert parsed == "1"
    assert parse_only <= set(ast.literal_eval(after_call))


def test_the_schema_name_is_one_the_api_takes(server: LoopbackServer) -> None:
    class Box(pydantic.BaseModel, Generic[T]):
        item: T

    server.script(_reply({"content": '{"item": 3}'}))
    with sync_client(server.url, "openai", max_retries=0) as client:
        result = client.chat.completions.parse(model="m", messages=MESSAGES, response_format=Box[int])
    assert result.choices[0].message.parsed == Box[int](item=3)
    assert server.requests[0].json()["response_format"]["json_schema"]["name"] == "Box_int_"  # not "Box[int]"
