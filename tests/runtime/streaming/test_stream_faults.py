"""Fault injection, streaming family: SSE streams cut mid-event, without `[DONE]`, stalled, failing.

Through the generated `create(..., stream=True)` of both providers, sync and async. A stream never ends
silently short: what arrived before the fault is delivered once, in order, then the documented error
(`StreamInterruptedError`, `APITimeoutError`, `APIError`, `APIResponseValidationError`) is raised and
the connection is released. Failures before the first byte are retried like any call. No test reads a
clock: a stall's timeout shows as `APITimeoutError`, the attempts counted and the server seeing the client
hang up (`server.hangups`); the server's lifetime ends a stall no timeout ended, with a different error.
"""

from __future__ import annotations

from typing import Any

import pytest
from openai_connector import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncClient,
    Client,
    RateLimitError,
    StreamInterruptedError,
)

from tests.runtime._helpers import (
    PROVIDERS,
    Provider,
    achat,
    async_client,
    chat,
    chunk,
    no_leaks,
    record_sleeps,
    sync_client,
)
from tests.support.loopback import LoopbackServer, Reply, sse_event

pytestmark = pytest.mark.parametrize("provider", PROVIDERS)

TIMEOUT = 0.25
WORDS = ["one", "two", "three"]
EVENTS = [sse_event(chunk(w)) for w in WORDS]
DONE = "data: [DONE]\n\n"


def collect(client: Client, provider: Provider, seen: list[str], **kwargs: Any) -> Any:
    """Read a whole stream into `seen`; return the stream (to check it is closed)."""
    stream = chat(client, provider, stream=True, **kwargs)
    for item in stream:
        seen.append(item.choices[0].delta.content)
    return stream


async def acollect(client: AsyncClient, provider: Provider, seen: list[str], **kwargs: Any) -> Any:
    stream = await achat(client, provider, stream=True, **kwargs)
    async for item in stream:
        seen.append(item.choices[0].delta.content)
    return stream


def test_complete_stream_sync(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(sse=[*EVENTS, DONE]))
    seen: list[str] = []
    with no_leaks(server), sync_client(server.url, provider) as client:
        stream = collect(client, provider, seen)
        assert stream.response.is_closed
    assert seen == WORDS
    assert server.requests[0].json()["stream"] is True


@pytest.mark.parametrize(
    ("events", "message"),
    [
        pytest.param([*EVENTS, 'data: {"id": "chatcmpl-1", "choi'], "interrupted|middle of an event", id="mid-event"),
        pytest.param(EVENTS, "interrupted|without its final", id="between-events"),
    ],
)
def test_stream_cut_sync(server: LoopbackServer, provider: Provider, events: list[str], message: str) -> None:
    server.script(Reply(sse=events, cut=True))
    seen: list[str] = []
    with no_leaks(server), sync_client(server.url, provider) as client:
        stream = chat(client, provider, stream=True)
        with pytest.raises(StreamInterruptedError, match=message):
            for item in stream:
                seen.append(item.choices[0].delta.content)
        assert stream.response.is_closed
    assert seen == WORDS  # everything before the cut, once
    assert server.count == 1  # a stream that started is not re-sent


async def test_stream_cut_mid_event_async(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(sse=[EVENTS[0], 'data: {"id": "chatcmpl-1"'], cut=True))
    seen: list[str] = []
    with no_leaks(server):
        async with async_client(server.url, provider) as client:
            with pytest.raises(StreamInterruptedError) as info:
                await acollect(client, provider, seen)
    assert seen == WORDS[:1]
    assert isinstance(info.value, APIConnectionError)


def test_stream_without_done_ending_cleanly_sync(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(sse=EVENTS))  # the body ends properly, but [DONE] never came
    seen: list[str] = []
    with no_leaks(server), sync_client(server.url, provider) as client:
        with pytest.raises(StreamInterruptedError, match=r"without its final 'data: \[DONE\]'"):
            collect(client, provider, seen)
    assert seen == WORDS


async def test_stream_without_done_that_stalls_times_out_async(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(sse=EVENTS, stall=True))
    seen: list[str] = []
    with no_leaks(server):
        async with async_client(server.url, provider, timeout=TIMEOUT) as client:
            with pytest.raises(APITimeoutError, match="waiting for the next chunk"):
                await acollect(client, provider, seen)
    assert seen == WORDS
    assert server.count == 1
    assert server.hangups == 1  # the client gave up on the stalled stream


def test_stream_stalled_before_the_first_byte_is_a_timeout_sync(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(stall=True)
    with no_leaks(server):
        with sync_client(server.url, provider, timeout=TIMEOUT, max_retries=1) as client:
            with pytest.raises(APITimeoutError, match="ReadTimeout"):
                chat(client, provider, stream=True)
    assert server.count == 2
    assert server.hangups == 2  # each attempt ended by the client's timeout


async def test_slow_chunks_within_the_idle_timeout_complete_async(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(sse=[*EVENTS, *EVENTS, DONE], chunk_delay=0.08))  # 0.5 s in all, no gap over 0.25 s
    seen: list[str] = []
    with no_leaks(server):
        async with async_client(server.url, provider, timeout=TIMEOUT) as client:
            await acollect(client, provider, seen)
    assert seen == WORDS * 2


def test_429_before_the_stream_is_retried_sync(server: LoopbackServer, provider: Provider) -> None:
    server.script(
        Reply(status=429, body={"error": {"message": "slow down"}}, headers={"retry-after-ms": "20"}),
        Reply(sse=[*EVENTS, DONE]),
    )
    seen: list[str] = []
    with no_leaks(server), sync_client(server.url, provider) as client:
        collect(client, provider, seen)
    assert seen == WORDS
    assert server.count == 2


async def test_429_every_time_before_the_stream_async(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.fallback = Reply(status=429, body={"error": {"message": "slow down"}}, headers={"retry-after-ms": "10"})
    sleeps = record_sleeps(monkeypatch, wait=False)
    with no_leaks(server):
        async with async_client(server.url, provider, max_retries=2) as client:
            with pytest.raises(RateLimitError, match="slow down"):
                await acollect(client, provider, [])
    assert server.count == 3
    assert sleeps == [0.01, 0.01]  # the server's 10 ms before each retry


async def test_reset_before_the_stream_is_retried_async(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(reset=True), Reply(sse=[*EVENTS, DONE]))
    seen: list[str] = []
    with no_leaks(server):
        async with async_client(server.url, provider) as client:
            await acollect(client, provider, seen)
    assert seen == WORDS and server.count == 2


def test_error_event_mid_stream_sync(server: LoopbackServer, provider: Provider) -> None:
    error = sse_event({"error": {"message": "The server had an error while processing your request."}})
    server.script(Reply(sse=[EVENTS[0], error, DONE]))
    seen: list[str] = []
    with no_leaks(server), sync_client(server.url, provider) as client:
        with pytest.raises(APIError, match="The stream reported an error: The server had an error"):
            collect(client, provider, seen)
    assert seen == WORDS[:1]


async def test_malformed_chunk_async(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(sse=[EVENTS[0], "data: {not json\n\n", DONE]))
    seen: list[str] = []
    with no_leaks(server):
        async with async_client(server.url, provider) as client:
            with pytest.raises(APIResponseValidationError, match="stream chunk"):
                await acollect(client, provider, seen)
    assert seen == WORDS[:1]


def test_closing_a_stream_early_releases_the_connection(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(sse=[*EVENTS, DONE], chunk_delay=0.05))
    with no_leaks(server), sync_client(server.url, provider) as client:
        with chat(client, provider, stream=True) as stream:
            first = next(iter(stream))
        assert stream.response.is_closed
    assert first.choices[0].delta.content == "one"


@pytest.mark.parametrize("content_type", ["application/json", "text/html"])
def test_an_answer_that_is_not_an_event_stream_sync(
    server: LoopbackServer, provider: Provider, content_type: str
) -> None:
    server.script(Reply(body=b'{"id": "chatcmpl-1"}', headers={"Content-Type": content_type}))
    with no_leaks(server), sync_client(server.url, provider) as client:
        stream = chat(client, provider, stream=True)
        with pytest.raises(APIResponseValidationError, match=f"text/event-stream.*got content-type {content_type}"):
            list(stream)
        assert stream.response.is_closed
    assert server.count == 1
