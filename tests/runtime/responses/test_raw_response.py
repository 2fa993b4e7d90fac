"""`with_raw_response` / `with_streaming_response` on the generated client, and the typed headers (`ResponseMeta`)."""

from __future__ import annotations

import asyncio
import datetime
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from openai_connector import AsyncClient, Client, NotFoundError
from openai_connector.lib._api_response import APIResponse, AsyncAPIResponse, LegacyAPIResponse
from openai_connector.lib._pagination import AsyncCursorPage, SyncCursorPage
from openai_connector.lib._response import BinaryResponse, ResponseInfo
from openai_connector.lib._response_meta import ResponseMeta, parse_duration
from openai_connector.lib._streaming import AsyncStream, Stream
from openai_connector.types import ChatCompletion, ChatCompletionChunk

from tests.support.clients import API_VERSION, FAKE_AZURE_KEY, FAKE_OPENAI_KEY
from tests.support.loopback import LoopbackServer, Reply, sse_event
from tests.support.resource_tree import children, public_methods, walk

MODEL = {"id": "gpt-x", "object": "model", "created": 1, "owned_by": "me"}
COMPLETION = {
    "id": "c1",
    "object": "chat.completion",
    "created": 1,
    "model": "gpt-x",
    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "hi"}}],
}
CHUNK = {
    "id": "c1",
    "object": "chat.completion.chunk",
    "created": 1,
    "model": "gpt-x",
    "choices": [{"index": 0, "delta": {"content": "hi"}}],
}
HEADERS = {
    "x-request-id": "req_1",
    "x-ratelimit-limit-requests": "500",
    "x-ratelimit-limit-tokens": "30000",
    "x-ratelimit-remaining-requests": "499",
    "x-ratelimit-remaining-tokens": "29000",
    "x-ratelimit-reset-requests": "120ms",
    "x-ratelimit-reset-tokens": "6m0s",
    "openai-model": "gpt-x-2026",
}
MESSAGES: list[Any] = [{"role": "user", "content": "hi"}]


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


def _client(server: LoopbackServer, azure: bool) -> Client:
    if azure:
        return Client(
            FAKE_AZURE_KEY,
            is_openai_key=False,
            azure_endpoint=server.url,
            api_version=API_VERSION,
            max_retries=0,
            azure_deployment="gpt-x",
        )
    return Client(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=0)


def _async_client(server: LoopbackServer, azure: bool) -> AsyncClient:
    if azure:
        return AsyncClient(
            FAKE_AZURE_KEY,
            is_openai_key=False,
            azure_endpoint=server.url,
            api_version=API_VERSION,
            max_retries=0,
            azure_deployment="gpt-x",
        )
    return AsyncClient(FAKE_OPENAI_KEY, base_url=f"{server.url}/v1", max_retries=0)


# -- with_raw_response ------------------------------------------------------------------------------


@pytest.mark.parametrize("azure", [False, True])
def test_raw_json_call_has_the_response_and_parses_to_the_plain_result(server: LoopbackServer, azure: bool) -> None:
    server.script(Reply(body=MODEL, headers=HEADERS), Reply(body=MODEL, headers=HEADERS))
    with _client(server, azure) as client:
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
    with _client(server, True) as client:
        raw = client.chat.completions.with_raw_response.create(messages=MESSAGES, model="gpt-x")
    assert server.requests[0].path == "/openai/deployments/gpt-x/chat/completions"
    assert raw.request_id == "apim-9"
    assert (raw.meta.apim_request_id, raw.meta.region, raw.meta.model) == ("apim-9", "East US", "gpt-4o-2024-11-20")
    assert raw.parse().choices[0].message.content == "hi"


def test_error_statuses_raise_as_for_a_plain_call(server: LoopbackServer) -> None:
    error = {"error": {"message": "no such model", "type": "invalid_request_error"}}
    server.script(Reply(status=404, body=error), Reply(status=404, body=error))
    with _client(server, False) as client:
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
    with _client(server, False) as client:
        raw = client.chat.completions.with_raw_response.list()
        page = raw.parse()
        assert isinstance(page, SyncCursorPage)
        assert [item.id for item in page] == ["a", "b"]
    assert server.requests[1].query["after"] == ["a"]


def test_raw_parse_gives_the_page_class_the_plain_call_gives(server: LoopbackServer) -> None:
    models = {"object": "list", "data": [{"id": "m", "object": "model", "created": 1, "owned_by": "o"}]}
    server.script(Reply(body=models), Reply(body=models))
    with _client(server, False) as client:
        plain = client.models.list()
        parsed = client.models.with_raw_response.list().parse()
    assert type(parsed) is type(plain)  # a plain list without a cursor: SyncPage, not SyncCursorPage
    assert [m.id for m in parsed] == ["m"]


async def test_async_raw_parse_gives_the_page_class_the_plain_call_gives(server: LoopbackServer) -> None:
    models = {"object": "list", "data": [{"id": "m", "object": "model", "created": 1, "owned_by": "o"}]}
    server.script(Reply(body=models), Reply(body=models))
    async with _async_client(server, False) as client:
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
    with _client(server, azure) as client:
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
        async with _async_client(server, azure) as client:
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
    with _client(server, False) as client:
        assert client.with_raw_response.models.retrieve("gpt-x").parse().id == "gpt-x"
        with client.with_streaming_response.models.retrieve("gpt-x") as response:
            assert response.parse().id == "gpt-x"
        assert type(client.with_raw_response.beta.threads.runs) is type(client.beta.threads.runs.with_raw_response)


def test_plain_calls_after_a_raw_call_still_decode(server: LoopbackServer) -> None:
    server.script(Reply(body=MODEL), Reply(body=MODEL))
    with _client(server, False) as client:
        client.models.with_raw_response.retrieve("gpt-x")
        assert client.models.retrieve("gpt-x").id == "gpt-x"


# -- with_streaming_response ------------------------------------------------------------------------


@pytest.mark.parametrize("azure", [False, True])
def test_streaming_response_reads_the_body_only_when_asked_and_closes_on_exit(
    server: LoopbackServer, azure: bool
) -> None:
    # The body is cut short: entering the block must not fail, reading it must.
    server.script(Reply(body=b"x" * 1000, headers={"content-type": "audio/mpeg"}, cut_after=10))
    with _client(server, azure) as client:
        with client.audio.speech.with_streaming_response.create(input="hi", model="tts-1", voice="alloy") as response:
            assert isinstance(response, APIResponse)
            assert response.status_code == 200
            assert not response.http_response.is_stream_consumed
            with pytest.raises(httpx2.HTTPError):
                response.read()
        assert response.is_closed


def test_streaming_response_iterates_and_parses(server: LoopbackServer) -> None:
    server.script(
        Reply(body=b"line one\nline two\n", headers={"content-type": "text/plain"}),
        Reply(body=MODEL),
        Reply(sse=[sse_event(CHUNK), "data: [DONE]\n\n"], headers={"content-type": "text/event-stream"}),
    )
    with _client(server, False) as client:
        with client.audio.speech.with_streaming_response.create(input="hi", model="tts-1", voice="alloy") as response:
            assert list(response.iter_lines()) == ["line one", "line two"]
        with client.models.with_streaming_response.retrieve("gpt-x") as model_response:
            assert not model_response.is_closed
            assert not model_response.http_response.is_stream_consumed
            assert model_response.parse().id == "gpt-x"
            assert model_response.json() == MODEL
        with client.chat.completions.with_streaming_response.create(
            messages=MESSAGES,
            model="gpt-x",
            stream=True,  # type: ignore[arg-type]
        ) as stream_response:
            stream: ChatCompletion | Stream[ChatCompletionChunk] = stream_response.parse()  # as above
            assert isinstance(stream, Stream)
            assert [c.id for c in stream] == ["c1"]
        assert stream_response.is_closed


@pytest.mark.parametrize("azure", [False, True])
def test_async_streaming_response(server: LoopbackServer, azure: bool) -> None:
    server.script(
        Reply(body=b"x" * 1000, headers={"content-type": "audio/mpeg"}, cut_after=10),
        Reply(body=b"abc", headers={"content-type": "audio/mpeg"}),
        Reply(body=MODEL, headers=HEADERS),
    )

    async def main() -> None:
        async with _async_client(server, azure) as client:
            speech = client.audio.speech.with_streaming_response
            async with speech.create(input="hi", model="tts-1", voice="alloy") as response:
                assert isinstance(response, AsyncAPIResponse)
                assert not response.http_response.is_stream_consumed
                with pytest.raises(httpx2.HTTPError):
                    await response.read()
            assert response.is_closed
            async with speech.create(input="hi", model="tts-1", voice="alloy") as response:
                assert b"".join([chunk async for chunk in response.iter_bytes()]) == b"abc"
            async with client.models.with_streaming_response.retrieve("gpt-x") as model_response:
                assert (await model_response.parse()).id == "gpt-x"
                assert model_response.meta.model == "gpt-x-2026"

    asyncio.run(main())


# -- typed headers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("6m0s", 360.0),
        ("1s", 1.0),
        ("20ms", 0.02),
        ("1h2m3.5s", 3723.5),
        ("0s", 0.0),
        ("17.28s", 17.28),
        ("2", 2.0),
        ("500us", 0.0005),
        (None, None),
        ("", None),
        ("soon", None),
        ("1x", None),
        ("1m 2s", None),
    ],
)
def test_parse_duration(text: str | None, seconds: float | None) -> None:
    result = parse_duration(text)
    if seconds is None:
        assert result is None
    else:
        assert result == pytest.approx(seconds)


def test_response_meta_reads_openai_headers() -> None:
    meta = ResponseMeta.from_headers(httpx2.Headers({**HEADERS, "openai-processing-ms": "87"}))
    assert meta == ResponseMeta(
        request_id="req_1",
        apim_request_id=None,
        limit_requests=500,
        limit_tokens=30000,
        remaining_requests=499,
        remaining_tokens=29000,
        reset_requests=0.12,
        reset_tokens=360.0,
        region=None,
        model="gpt-x-2026",
        processing_ms=87.0,
    )


def test_response_meta_reads_azure_headers() -> None:
    headers = httpx2.Headers(
        {
            "apim-request-id": "apim-1",
            "x-ms-region": "Sweden Central",
            "x-ms-served-model": "gpt-4o-2024-11-20",
            "x-ratelimit-remaining-requests": "9",
            "x-ratelimit-remaining-tokens": "not a number",
        }
    )
    meta = ResponseMeta.from_headers(headers)
    assert meta.request_id == "apim-1"
    assert meta.apim_request_id == "apim-1"
    assert meta.region == "Sweden Central"
    assert meta.model == "gpt-4o-2024-11-20"
    assert meta.remaining_requests == 9
    assert meta.remaining_tokens is None
    assert meta.limit_requests is None
    assert meta.reset_tokens is None


def test_plain_call_gets_the_typed_headers_from_on_response(server: LoopbackServer) -> None:
    server.script(Reply(body=MODEL, headers=HEADERS))
    seen: list[ResponseInfo] = []
    with _client(server, False) as client:
        model = client.with_options(on_response=seen.append).models.retrieve("gpt-x")
    assert model.id == "gpt-x"
    assert seen[0].meta.remaining_tokens == 29000
    assert seen[0].meta.reset_requests == pytest.approx(0.12)


def test_raw_call_still_tells_the_on_response_hook(server: LoopbackServer) -> None:
    server.script(Reply(body=MODEL, headers=HEADERS))
    seen: list[ResponseInfo] = []
    with _client(server, False) as client:
        raw = client.with_options(on_response=seen.append).models.with_raw_response.retrieve("gpt-x")
    assert [info.request_id for info in seen] == ["req_1"]
    assert raw.request_id == "req_1"


# -- every resource has both views ------------------------------------------------------------------


@pytest.mark.parametrize("client_type", [Client, AsyncClient])
def test_every_resource_has_both_views_with_the_same_methods(client_type: type[Client | AsyncClient]) -> None:
    client = client_type(FAKE_OPENAI_KEY, base_url="http://127.0.0.1:9/v1")
    top = [name for name, _ in children(client)]
    assert "models" in top
    assert "azure" in top
    count = 0
    for name in top:
        for path, resource in walk(getattr(client, name), name):
            methods = public_methods(resource)
            for view_name in ("with_raw_response", "with_streaming_response"):
                view = getattr(resource, view_name)
                view_methods = {m for m in dir(type(view)) if not m.startswith("_") and m not in methods}
                assert {m for m in methods if hasattr(view, m)} == methods, (path, view_name)
                below = {child for child, _ in children(resource)}
                assert view_methods == below, (path, view_name, view_methods - below)
                for child in below:
                    assert type(getattr(view, child)) is type(getattr(getattr(resource, child), view_name))
            count += 1
        for view_name in ("with_raw_response", "with_streaming_response"):
            assert type(getattr(getattr(client, view_name), name)) is type(getattr(getattr(client, name), view_name))
    assert count > 50


# -- no cost when unused ----------------------------------------------------------------------------

_PLAIN_CALL = """
import sys
from openai_connector import Client
from tests.support.loopback import LoopbackServer, Reply

with LoopbackServer() as server:
    server.script(Reply(body={"id": "gpt-x", "object": "model", "created": 1, "owned_by": "me"}))
    with Client("sk-test-FAKEKEY0000000000000000000000000000", base_url=server.url + "/v1") as client:
        assert client.models.retrieve("gpt-x").id == "gpt-x"
print(sorted(m for m in sys.modules if m.endswith(("_raw_mode", "_api_response", "_response_meta"))))
"""


def test_a_plain_call_loads_nothing_of_the_raw_mode() -> None:
    result = subprocess.run([sys.executable, "-c", _PLAIN_CALL], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
