# Re-record: `make record` (TARGET=reference|prism|live), or alone:
# OPENAI_CONNECTOR_RECORD_TARGET=reference pytest tests/client/test_chat.py --record-mode=rewrite
"""Chat completions on OpenAI and Azure: plain, tools, functions, response_format, n>1, streaming, on-your-data."""

from __future__ import annotations

from typing import Any

import pytest
from openai_connector import AsyncClient, Client
from openai_connector.types import ChatCompletionToolParam, ResponseFormatJsonSchemaParam

from tests.client.conftest import DEPLOYMENT

pytestmark = pytest.mark.vcr

HELLO: list[Any] = [{"role": "user", "content": "Hello!"}]
WEATHER_TOOL: ChatCompletionToolParam = {
    "type": "function",
    "function": {
        "name": "get_current_weather",
        "description": "Get the current weather in a given location",
        "parameters": {
            "type": "object",
            "properties": {
                "location": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
            },
            "required": ["location"],
        },
    },
}
JSON_SCHEMA_FORMAT: ResponseFormatJsonSchemaParam = {
    "type": "json_schema",
    "json_schema": {
        "name": "greeting",
        "strict": True,
        "schema": {
            "type": "object",
            "properties": {"greeting": {"type": "string"}},
            "required": ["greeting"],
            "additionalProperties": False,
        },
    },
}


def test_openai_chat(openai: Client) -> None:
    reply = openai.chat.completions.create(model="gpt-4o-mini", messages=HELLO)
    assert reply.object == "chat.completion"
    assert reply.choices[0].message.role == "assistant"
    assert reply.choices[0].message.content


def test_openai_chat_with_tools(openai: Client) -> None:
    reply = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "What's the weather like in Boston today?"}],
        tools=[WEATHER_TOOL],
        tool_choice="auto",
    )
    assert reply.choices[0].finish_reason in ("tool_calls", "stop")
    calls = reply.choices[0].message.tool_calls or []
    assert all(call.type == "function" for call in calls)


def test_openai_chat_with_functions(openai: Client) -> None:
    reply = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "What's the weather like in Boston today?"}],
        functions=[WEATHER_TOOL["function"]],
        function_call="auto",
    )
    assert reply.choices[0].message.role == "assistant"


def test_openai_chat_response_format(openai: Client) -> None:
    reply = openai.chat.completions.create(model="gpt-4o-mini", messages=HELLO, response_format=JSON_SCHEMA_FORMAT)
    assert reply.choices[0].message.role == "assistant"


def test_openai_chat_n_choices(openai: Client) -> None:
    reply = openai.chat.completions.create(model="gpt-4o-mini", messages=HELLO, n=2)
    assert reply.choices
    assert [c.index for c in reply.choices] == list(range(len(reply.choices)))


def test_openai_chat_stream(openai: Client) -> None:
    chunks = list(openai.chat.completions.create(model="gpt-4o-mini", messages=HELLO, stream=True))
    assert len(chunks) >= 2
    assert {c.object for c in chunks} == {"chat.completion.chunk"}
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text


async def test_openai_chat_async(async_openai: AsyncClient) -> None:
    reply = await async_openai.chat.completions.create(model="gpt-4o-mini", messages=HELLO)
    assert reply.choices[0].message.content


async def test_openai_chat_stream_async(async_openai: AsyncClient) -> None:
    stream = await async_openai.chat.completions.create(model="gpt-4o-mini", messages=HELLO, stream=True)
    chunks = [chunk async for chunk in stream]
    assert len(chunks) >= 2
    assert {c.object for c in chunks} == {"chat.completion.chunk"}


def test_azure_chat(azure: Client) -> None:
    """The OpenAI-typed method on an Azure client: routed to the deployment, answer has Azure's extras."""
    reply = azure.chat.completions.create(model=DEPLOYMENT, messages=HELLO)
    assert reply.object == "chat.completion"
    assert reply.choices[0].message.content


def test_azure_typed_chat(azure: Client) -> None:
    reply = azure.azure.chat.completions.create(deployment_id=DEPLOYMENT, messages=HELLO)
    assert reply.choices[0].message is not None
    assert reply.choices[0].message.content


def test_azure_typed_chat_with_tools(azure: Client) -> None:
    reply = azure.azure.chat.completions.create(
        deployment_id=DEPLOYMENT,
        messages=[{"role": "user", "content": "What's the weather like in Boston today?"}],
        tools=[WEATHER_TOOL],
    )
    assert reply.choices[0].message is not None


def test_azure_typed_chat_stream(azure: Client) -> None:
    chunks = list(azure.azure.chat.completions.create(deployment_id=DEPLOYMENT, messages=HELLO, stream=True))
    assert chunks  # the stream ended with `data: [DONE]` (else StreamInterruptedError)


async def test_azure_typed_chat_async(async_azure: AsyncClient) -> None:
    reply = await async_azure.azure.chat.completions.create(deployment_id=DEPLOYMENT, messages=HELLO)
    assert reply.choices[0].message is not None


def test_azure_on_your_data(azure: Client) -> None:
    """`data_sources` (Azure AI Search): the search key in the request body is scrubbed before recording."""
    reply = azure.azure.chat.completions.create(
        deployment_id=DEPLOYMENT,
        messages=[{"role": "user", "content": "can you tell me how to care for a dog?"}],
        data_sources=[
            {
                "type": "azure_search",
                "parameters": {
                    "endpoint": "https://your-search-endpoint.search.windows.net/",
                    "index_name": "{index name}",
                    "authentication": {"type": "api_key", "key": "search-admin-key-not-real"},
                },
            }
        ],
    )
    message = reply.choices[0].message
    assert message is not None
    assert (message.model_extra or {}).get("context") is not None or message.context is not None
