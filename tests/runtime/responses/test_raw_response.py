"""`with_raw_response` on the generated client: the response with the plain result, errors, retries,
pages, binary and streamed answers, sync and async."""

from __future__ import annotations

import asyncio
import datetime

import pytest
from openai_connector import Client, NotFoundError
from openai_connector.lib._api_response import LegacyAPIResponse
from openai_connector.lib._pagination import AsyncCursorPage, SyncCursorPage
from openai_connector.lib._response import BinaryResponse
from openai_connector.lib._streaming import AsyncStream, Stream
from openai_connector.types import ChatCompletion, ChatCompletionChunk

from tests.runtime.responses._raw_clients import (
    CHUNK,
    COMPLETION,
    HEADERS,
    MESSAGES,
    MODEL,
    make_async_client,
    make_client,
)
from tests.support.clients import FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply, sse_event

# -- with_raw_response ------------------------------------------------------------------------------


@pytest.mark.parametrize("azure", [False, True])
def test_raw_json_call_has_the_response_and_parses_to_the_plain_result(server: LoopbackServer, azure: bool) -> None:
    server.script(Reply(body=MODEL, headers=HEADERS), Reply(body=MODEL, headers=HEADERS))
    with make_client(server, azure) as client:
        raw = client.models.with_raw_response.retrieve("gpt-x")
        plain = client.models.retrieve("gpt-x")
    assert isinstance(raw, LegacyAPIResponse)
    assert raw.is_closed  # the body was read before the call returned
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req_1"
    assert raw.request_id == "req_1"
    assert raw.http_request.method == "GET"
    assert raw.url.path.endswith("/models/gpt-x")
    assert raw.http_response.status_code == 200
    assert raw.retries_taken == 0
    assert isinstance(raw.elapsed, datetime.timedelta)
    assert raw.json() == MODEL
    parsed = raw.parse()
    assert type(parsed) is type(plain)
    assert parsed.model_dump() == plain.model_dump()
    assert raw.parse() is parsed  # parsed once
    assert raw.meta.reset_tokens == 360.0


def test_raw_response_on_azure_reads_azure_headers(server: LoopbackServer) -> None:
    azure_headers = {"apim-request-id": "apim-9", "x-ms-region": "East US", "x-ms-served-model": "gpt-4o-2024-11-20"}
    server.script(Reply(body=COMPLETION, headers=azure_headers))
    with make_client(server, True) as client:
        raw = client.chat.completions.with_raw_response.create(messages=MESSAGES, model="gpt-x")
    assert server.requests[0].path == "/openai/deployments/gpt-x/chat/completions"
    assert raw.request_id == "apim-9"
    assert (raw.meta.apim_request_id, raw.meta.region, raw.meta.model) == ("apim-9", "East US", "gpt-4o-2024-11-20")
    assert raw.parse().choices[0].message.content == "hi"


def test_error_statuses_raise_as_for_a_plain_call(server: LoopbackServer) -> None:
    error = {"error": {"message": "no such model", "type": "invalid_request_error"}}
    server.script(Reply(status=404, body=error), Reply(status=404, body=error))
    with make_client(server, False) as client:
        with pytest.raises(NotFoundError, match="no such model"):
            client.models.with_raw_response.retrieve("nope")
        with pytest.raises(NotFoundError, match="no such model"):
            with client.models.with_streaming_response.retrieve("nope"):
                pytest.fail("the block must not run")


def test_raw_response_counts_retries(server: LoopbackServer) -> None:
    server.script(Reply(status=500, body={"error": {"message": "x"}}), Reply(body=MODEL))
    with Client(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=1, retry_delay=0.0) as client:
        raw = client.models.with_raw_response.retrieve("gpt-x")
    assert raw.retries_taken == 1
    assert raw.parse().id == "gpt-x"


def test_raw_list_parses_to_a_page_that_fetches_the_next_pages(server: LoopbackServer) -> None:
    first = {"object": "list", "data": [{**COMPLETION, "id": "a"}], "has_more": True, "last_id": "a"}
    second = {"object": "list", "data": [{**COMPLETION, "id": "b"}], "has_more": False}
    server.script(Reply(body=first), Reply(body=second))
    with make_client(server, False) as client:
        raw = client.chat.completions.with_raw_response.list()
        page = raw.parse()
        assert isinstance(page, SyncCursorPage)
        assert [item.id for item in page] == ["a", "b"]
    assert server.requests[1].query["after"] == ["a"]


def test_raw_parse_gives_the_page_class_the_plain_call_gives(server: LoopbackServer) -> None:
    models = {"object": "list", "data": [{"id": "m", "object": "model", "created": 1, "owned_by": "o"}]}
    server.script(Reply(body=models), Reply(body=models))
    with make_client(server, False) as client:
        plain = client.models.list()
        parsed = client.models.with_raw_response.list().parse()
    assert type(parsed) is type(plain)  # a plain list without a cursor: SyncPage, not SyncCursorPage
    assert [m.id for m in parsed] == ["m"]


async def test_async_raw_parse_gives_the_page_class_the_plain_call_gives(server: LoopbackServer) -> None:
    models = {"object": "list", "data": [{"id": "m", "object": "model", "created": 1, "owned_by": "o"}]}
    server.script(Reply(body=models), Reply(body=models))
    async with make_async_client(server, False) as client:
        plain = await client.models.list()
        parsed = (await client.models.with_raw_response.list()).parse()
    assert type(parsed) is type(plain)
    assert [m.id async for m in parsed] == ["m"]


@pytest.mark.parametrize("azure", [False, True])
def test_raw_binary_and_stream_calls(server: LoopbackServer, azure: bool) -> None:
    server.script(
        Reply(body=b"ID3audio", headers={"content-type": "audio/mpeg"}),
        Reply(sse=[sse_event(CHUNK), "data: [DONE]\n\n"], headers={"content-type": "text/event-stream"}),
    )
    with make_client(server, azure) as client:
        raw = client.audio.speech.with_raw_response.create(input="hi", model="tts-1", voice="alloy")
        assert raw.content == b"ID3audio"
        audio = raw.parse()
        assert isinstance(audio, BinaryResponse)
        assert audio.content == b"ID3audio"
        raw_stream = client.chat.completions.with_raw_response.create(
            messages=MESSAGES,
            model="gpt-x",
            stream=True,  # type: ignore[arg-type]  # mypy types an overloaded method's view from its first overload
        )
        # The view is typed from create's first overload (ChatCompletion); what stream=True parses to:
        stream: ChatCompletion | Stream[ChatCompletionChunk] = raw_stream.parse()
        assert isinstance(stream, Stream)
        assert [chunk.choices[0].delta.content for chunk in stream] == ["hi"]


@pytest.mark.parametrize("azure", [False, True])
def test_async_raw_calls(server: LoopbackServer, azure: bool) -> None:
    server.script(
        Reply(body=COMPLETION, headers=HEADERS),
        Reply(sse=[sse_event(CHUNK), "data: [DONE]\n\n"], headers={"content-type": "text/event-stream"}),
        Reply(body={"object": "list", "data": [COMPLETION], "has_more": False}),
    )

    async def main() -> None:
        async with make_async_client(server, azure) as client:
            raw = await client.chat.completions.with_raw_response.create(messages=MESSAGES, model="gpt-x")
            assert isinstance(raw, LegacyAPIResponse)
            assert raw.parse().choices[0].message.content == "hi"
            assert raw.meta.remaining_requests == 499
            raw_stream = await client.with_raw_response.chat.completions.create(
                messages=MESSAGES,
                model="gpt-x",
                stream=True,  # type: ignore[arg-type]
            )
            stream = raw_stream.parse()
            assert isinstance(stream, AsyncStream)
            assert [chunk.id async for chunk in stream] == ["c1"]
            page = (await client.chat.completions.with_raw_response.list()).parse()
            assert isinstance(page, AsyncCursorPage)
            assert [item.id async for item in page] == ["c1"]

    asyncio.run(main())


def test_nested_and_top_level_views_reach_the_same_methods(server: LoopbackServer) -> None:
    server.script(Reply(body=MODEL), Reply(body=MODEL))
    with make_client(server, False) as client:
        assert client.with_raw_response.models.retrieve("gpt-x").parse().id == "gpt-x"
        with client.with_streaming_response.models.retrieve("gpt-x") as response:
            assert response.parse().id == "gpt-x"
        assert type(client.with_raw_response.beta.threads.runs) is type(client.beta.threads.runs.with_raw_response)


def test_plain_calls_after_a_raw_call_still_decode(server: LoopbackServer) -> None:
    server.script(Reply(body=MODEL), Reply(body=MODEL))
    with make_client(server, False) as client:
        client.models.with_raw_response.retrieve("gpt-x")
        assert client.models.retrieve("gpt-x").id == "gpt-x"
