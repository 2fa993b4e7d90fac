"""Chat actions on OpenAI, Azure classic and Azure v1 (fake API and loopback server)."""

from __future__ import annotations

import json

import pytest
from openai_connector.lib.actions import Actions, AsyncActions, NotOfferedError, citations, first_content

from tests.actions.conftest import PLATFORMS, make_async_client, make_client
from tests.support.fake_openai import FakeOpenAI
from tests.support.loopback import LoopbackServer, Reply, sse_event

EXPECTED_PATH = {
    "openai": "/v1/chat/completions",
    "azure": "/openai/deployments/my-dep/chat/completions",
    "azure_v1": "/openai/v1/chat/completions",
}

ALL_PARAMS: dict[str, object] = {
    "temperature": 0.3,
    "top_p": 0.9,
    "n": 2,
    "max_tokens": 50,
    "max_completion_tokens": 60,
    "stop": ["END"],
    "presence_penalty": 0.1,
    "frequency_penalty": 0.2,
    "logit_bias": {"50256": -100},
    "response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "object"}}},
    "tools": [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
    "tool_choice": "auto",
    "functions": [{"name": "legacy", "parameters": {"type": "object"}}],
    "function_call": "auto",
    "seed": 7,
    "user": "u-1",
}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_chat_sends_every_parameter(fake: FakeOpenAI, platform: str) -> None:
    actions = Actions(make_client(fake.url, platform))
    answer = actions.chat("hello", model="my-dep", system="be brief", **ALL_PARAMS)  # type: ignore[arg-type]
    assert first_content(answer) == "echo: hello"
    seen = fake.requests[-1]
    assert seen.path == EXPECTED_PATH[platform]
    body = json.loads(seen.body)
    assert body["messages"] == [{"role": "system", "content": "be brief"}, {"role": "user", "content": "hello"}]
    for name, value in ALL_PARAMS.items():
        assert body[name] == value, name
    assert ("api-version=2024-10-21" in seen.query) == (platform == "azure")


@pytest.mark.parametrize("platform", PLATFORMS)
async def test_async_chat_text_and_full_response(fake: FakeOpenAI, platform: str) -> None:
    actions = AsyncActions(make_async_client(fake.url, platform))
    assert await actions.chat_text([{"role": "user", "content": "hi"}], model="my-dep") == "echo: hi"
    full = await actions.chat_full("hey", model="my-dep")
    assert full.status_code == 200
    assert full.request_id == "req-fake"
    assert full.headers["content-type"] == "application/json"
    assert first_content(full.body) == "echo: hey"


def test_chat_full_response_sync(fake: FakeOpenAI) -> None:
    full = Actions(make_client(fake.url, "azure")).chat_full("x", model="my-dep")
    assert full.to_dict()["status_code"] == 200
    assert full.to_dict()["body"]["choices"][0]["message"]["content"] == "echo: x"


def test_azure_deployment_from_client_when_no_model(fake: FakeOpenAI) -> None:
    actions = Actions(make_client(fake.url, "azure", azure_deployment="my-dep"))
    assert actions.chat_text("hi") == "echo: hi"
    assert fake.requests[-1].path == EXPECTED_PATH["azure"]


def _chunks(*texts: str) -> list[str]:
    events = [
        sse_event(
            {
                "id": "c",
                "object": "chat.completion.chunk",
                "created": 1,
                "model": "m",
                "choices": [{"index": 0, "delta": {"content": t}, "finish_reason": None}],
            }
        )
        for t in texts
    ]
    return [*events, "data: [DONE]\n\n"]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_chat_stream_text(server: LoopbackServer, platform: str) -> None:
    server.script(Reply(sse=_chunks("Hel", "", "lo")))
    actions = Actions(make_client(server.url, platform))
    assert list(actions.chat_stream_text("hi", model="my-dep", temperature=0)) == ["Hel", "lo"]
    sent = server.requests[-1].json()
    assert sent["stream"] is True
    assert sent["temperature"] == 0


async def test_async_chat_stream_text(server: LoopbackServer) -> None:
    server.script(Reply(sse=_chunks("a", "b")))
    actions = AsyncActions(make_async_client(server.url, "azure"))
    assert [t async for t in actions.chat_stream_text("hi", model="my-dep")] == ["a", "b"]


@pytest.mark.parametrize("platform", PLATFORMS)
def test_legacy_completion(server: LoopbackServer, platform: str) -> None:
    from openai_connector.lib.actions import completion_text

    body = {
        "id": "c",
        "object": "text_completion",
        "created": 1,
        "model": "m",
        "choices": [{"text": "done", "index": 0, "finish_reason": "stop", "logprobs": None}],
    }
    server.script(Reply(body=body))
    answer = Actions(make_client(server.url, platform)).complete("say", model="my-dep", max_tokens=5)
    assert completion_text(answer) == "done"
    assert server.requests[-1].path.endswith("/completions")
    assert server.requests[-1].json() == {"model": "my-dep", "prompt": "say", "max_tokens": 5}


ON_YOUR_DATA = {
    "id": "c",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-4",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {
                "role": "assistant",
                "content": "Grounded [doc1].",
                "context": {
                    "citations": [{"content": "passage", "title": "Doc 1", "url": "https://x/1"}],
                    "intent": "q",
                },
            },
        }
    ],
}


def test_azure_on_your_data_with_typed_citations(server: LoopbackServer) -> None:
    server.script(Reply(body=ON_YOUR_DATA))
    sources = [{"type": "azure_search", "parameters": {"endpoint": "https://s", "index_name": "i"}}]
    answer = Actions(make_client(server.url, "azure")).azure_chat("q?", data_sources=sources, deployment="my-dep")
    assert first_content(answer) == "Grounded [doc1]."
    cited = citations(answer)
    assert [c.title for c in cited] == ["Doc 1"]
    assert type(cited[0]).__name__ == "Citation"
    seen = server.requests[-1]
    assert seen.path == "/openai/deployments/my-dep/chat/completions"
    assert seen.json()["data_sources"] == sources


async def test_async_azure_on_your_data_cosmos(server: LoopbackServer) -> None:
    server.script(Reply(body=ON_YOUR_DATA))
    sources = [{"type": "azure_cosmos_db", "parameters": {"database_name": "d", "container_name": "c"}}]
    actions = AsyncActions(make_async_client(server.url, "azure"))
    answer = await actions.azure_chat("q?", data_sources=sources, deployment="my-dep")
    assert citations(answer)[0].url == "https://x/1"


@pytest.mark.parametrize("platform", ["openai", "azure_v1"])
def test_on_your_data_needs_azure_classic(server: LoopbackServer, platform: str) -> None:
    with pytest.raises(NotOfferedError):
        Actions(make_client(server.url, platform)).azure_chat("q", data_sources=[], deployment="d")
    assert server.requests == []


def test_api_error_keeps_no_key(fake: FakeOpenAI) -> None:
    from openai_connector.lib import InternalServerError

    with pytest.raises(InternalServerError) as info:
        Actions(make_client(fake.url, "openai")).chat("FAIL now", model="m")
    assert "sk-test" not in str(info.value)
