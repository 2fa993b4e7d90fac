"""Fault injection, body family: a body cut short, malformed JSON, the wrong shape, a huge body, the wrong type.

Response models are tolerant readers (`lib/_models.py`): a field in an unexpected form is kept as sent
and a missing required field reads None; an answer with none of the model's fields, or not an object,
is the wrong shape and raises `APIResponseValidationError`. A malformed or wrong-shape 200 is not
retried (the server answered; asking again would not help), a body cut short is (the answer was lost).
Every fault here ends an attempt at once (the server closes or answers), so no test needs a clock; the
retried ones check the sleeps between attempts (`record_sleeps`).
"""

from __future__ import annotations

from typing import Any

import pytest
from openai_connector import APIConnectionError, APIResponseValidationError, AsyncClient, Client

from tests.runtime._helpers import (
    PROVIDERS,
    Provider,
    achat,
    async_client,
    chat,
    completion,
    no_leaks,
    record_sleeps,
    sync_client,
)
from tests.support.loopback import LoopbackServer, Reply

pytestmark = pytest.mark.parametrize("provider", PROVIDERS)


def embed(client: Client) -> Any:
    return client.embeddings.create(model="text-embedding-3-small", input="hello")


async def aembed(client: AsyncClient) -> Any:
    return await client.embeddings.create(model="text-embedding-3-small", input="hello")


def test_body_cut_mid_way_is_retried_then_fails_sync(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.fallback = Reply(body=completion("x" * 200), cut_after=40)
    sleeps = record_sleeps(monkeypatch, wait=False)
    with no_leaks(server), sync_client(server.url, provider, max_retries=2) as client:
        with pytest.raises(APIConnectionError, match="Connection error") as info:
            chat(client, provider)
    assert server.count == 3
    assert sleeps == [0.01, 0.01]
    assert "without sending complete message body" in str(info.value)


async def test_body_cut_mid_way_then_complete_async(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.script(Reply(body=completion("first"), cut_after=30), Reply(body=completion("whole")))
    sleeps = record_sleeps(monkeypatch, wait=False)
    with no_leaks(server):
        async with async_client(server.url, provider, max_retries=2) as client:
            assert (await achat(client, provider)).choices[0].message.content == "whole"
    assert server.count == 2
    assert sleeps == [0.01]


MALFORMED = [
    pytest.param(b'{"id": "chatcmpl-1", "choices": [', "not valid JSON", id="truncated-json"),
    pytest.param(b"{'id': 'single quotes'}", "not valid JSON", id="python-repr"),
    pytest.param(b"", "not valid JSON", id="empty"),
    pytest.param(b"\xff\xfe\x00garbage", "not valid JSON", id="binary"),
    pytest.param(b'{"unexpected": true}', "expected shape", id="none-of-the-fields"),
    pytest.param(b"[1, 2, 3]", "expected shape", id="array"),
    pytest.param(b'"just a string"', "expected shape", id="string"),
    pytest.param(b"null", "expected shape", id="null"),
    pytest.param(b"42", "expected shape", id="number"),
]


@pytest.mark.parametrize(("payload", "message"), MALFORMED)
def test_malformed_or_wrong_shape_chat_sync(
    server: LoopbackServer, provider: Provider, payload: bytes, message: str
) -> None:
    server.fallback = Reply(body=payload)
    with no_leaks(server), sync_client(server.url, provider, max_retries=2) as client:
        with pytest.raises(APIResponseValidationError, match=message) as info:
            chat(client, provider)
    assert server.count == 1
    assert info.value.status_code == 200
    assert "status 200" in str(info.value)


@pytest.mark.parametrize(("payload", "message"), MALFORMED[::2])
async def test_malformed_or_wrong_shape_embeddings_async(
    server: LoopbackServer, provider: Provider, payload: bytes, message: str
) -> None:
    server.fallback = Reply(body=payload)
    with no_leaks(server):
        async with async_client(server.url, provider) as client:
            with pytest.raises(APIResponseValidationError, match=message):
                await aembed(client)
    assert server.count == 1


def test_tolerant_reader_keeps_odd_fields_and_reads_missing_ones_as_none(
    server: LoopbackServer, provider: Provider
) -> None:
    odd = {"id": "chatcmpl-1", "object": "chat.completion", "created": "yesterday", "choices": []}
    server.script(Reply(body=odd))
    with no_leaks(server), sync_client(server.url, provider) as client:
        result = chat(client, provider)
    assert result.created == "yesterday"  # kept as sent
    assert result.model is None  # required, missing: None
    assert result.choices == []


def test_wrong_content_type_is_named_in_the_error(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(body="<html><body>Sign in</body></html>", headers={"Content-Type": "text/html"})
    with no_leaks(server), sync_client(server.url, provider) as client:
        with pytest.raises(APIResponseValidationError, match="not valid JSON") as info:
            chat(client, provider)
    assert "text/html" in str(info.value)
    assert info.value.body == "<html><body>Sign in</body></html>"
    assert server.count == 1


async def test_json_with_a_loose_content_type_is_still_read(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(body=completion("plain"), headers={"Content-Type": "text/plain"}))
    with no_leaks(server):
        async with async_client(server.url, provider) as client:
            assert (await achat(client, provider)).choices[0].message.content == "plain"


HUGE = 50 * 1024 * 1024


def test_huge_body_sync(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(body=completion("y" * HUGE)))
    with no_leaks(server), sync_client(server.url, provider, timeout=10.0) as client:
        result = chat(client, provider)
        assert len(result.choices[0].message.content) == HUGE
        del result


async def test_huge_body_cut_async(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(body=completion("z" * HUGE), cut_after=HUGE // 2)
    with no_leaks(server):
        async with async_client(server.url, provider, timeout=10.0, max_retries=1) as client:
            with pytest.raises(APIConnectionError):
                await achat(client, provider)
    assert server.count == 2


# Transport and decoding failures while the body arrives: each is the client's `APIConnectionError` (the
# answer was lost or mangled on the way, so it is retried like a cut body), never a raw httpx2 error.
GZIP = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
CHUNKED = {"Transfer-Encoding": "chunked", "Content-Type": "application/json"}
BROKEN = [
    pytest.param(Reply(body=b"this is not gzip at all", headers=GZIP), "could not be decoded", id="corrupt-gzip"),
    pytest.param(Reply(raw=b"zz\r\n{}\r\n0\r\n\r\n", headers=CHUNKED), "Connection error", id="bad-chunk-size"),
    pytest.param(Reply(raw=b"40\r\n" + b'{"id":' + b"\r\n", headers=CHUNKED), "Connection error", id="chunk-cut"),
    pytest.param(Reply(body=completion("x" * 500), cut_after=100), "Connection error", id="cut-mid-body"),
]


@pytest.mark.parametrize(("reply", "message"), BROKEN)
def test_broken_body_is_retried_then_a_connection_error_sync(
    server: LoopbackServer, provider: Provider, reply: Reply, message: str
) -> None:
    server.fallback = reply
    with no_leaks(server), sync_client(server.url, provider, max_retries=1) as client:
        with pytest.raises(APIConnectionError, match=message):
            chat(client, provider)
    assert server.count == 2


@pytest.mark.parametrize(("reply", "message"), BROKEN)
async def test_broken_body_then_a_good_one_async(
    server: LoopbackServer, provider: Provider, reply: Reply, message: str
) -> None:
    server.script(reply, Reply(body=completion("intact")))
    with no_leaks(server):
        async with async_client(server.url, provider, max_retries=1) as client:
            assert (await achat(client, provider)).choices[0].message.content == "intact"
    assert server.count == 2


@pytest.mark.parametrize("reply", [BROKEN[0].values[0], BROKEN[1].values[0]], ids=["corrupt-gzip", "bad-chunk-size"])
def test_broken_error_body_of_a_stream_is_a_connection_error_sync(
    server: LoopbackServer, provider: Provider, reply: Reply
) -> None:
    server.fallback = Reply(status=400, body=reply.body, raw=reply.raw, headers=reply.headers)
    with no_leaks(server), sync_client(server.url, provider, max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            chat(client, provider, stream=True)
    assert server.count == 1


async def test_corrupt_gzip_stream_is_interrupted_async(server: LoopbackServer, provider: Provider) -> None:
    from openai_connector import StreamInterruptedError

    server.script(Reply(sse=["this is not gzip\n\n"], headers={"Content-Encoding": "gzip"}))
    with no_leaks(server):
        async with async_client(server.url, provider) as client:
            stream = await achat(client, provider, stream=True)
            with pytest.raises(StreamInterruptedError, match="DecodingError"):
                async for _ in stream:
                    pass


@pytest.mark.parametrize(
    "reply",
    [
        Reply(body=b"not gzip audio", headers={"Content-Encoding": "gzip", "Content-Type": "audio/mpeg"}),
        Reply(body=b"\x00" * 400, headers={"Content-Type": "audio/mpeg"}, cut_after=100),
    ],
    ids=["corrupt-gzip", "cut"],
)
def test_streamed_binary_body_that_breaks_is_interrupted_sync(
    server: LoopbackServer, provider: Provider, reply: Reply, tmp_path: Any
) -> None:
    from openai_connector import StreamInterruptedError

    server.script(reply)
    with no_leaks(server), sync_client(server.url, provider) as client:
        lazy = client.with_options(stream_binary=True)
        audio = lazy.audio.speech.create(model="tts-1", input="hi", voice="alloy")
        with pytest.raises(StreamInterruptedError, match="Reading the body failed"):
            audio.write_to_file(tmp_path / "a.mp3")


async def test_streamed_binary_body_that_breaks_is_interrupted_async(
    server: LoopbackServer, provider: Provider
) -> None:
    from openai_connector import StreamInterruptedError

    server.script(Reply(body=b"not gzip audio", headers={"Content-Encoding": "gzip", "Content-Type": "audio/mpeg"}))
    with no_leaks(server):
        async with async_client(server.url, provider) as client:
            lazy = client.with_options(stream_binary=True)
            audio = await lazy.audio.speech.create(model="tts-1", input="hi", voice="alloy")
            with pytest.raises(StreamInterruptedError, match="DecodingError"):
                async for _ in audio.aiter_bytes():
                    pass
