"""Server-sent event streams: typed chunks, [DONE], early close, cuts, errors, idle timeout."""

from __future__ import annotations

import pytest
from openai_connector.lib import (
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    BaseModel,
    RateLimitError,
    StreamInterruptedError,
)

from tests.support.clients import CHAT, RESPONSES, async_azure_client, async_openai_client, azure_client, openai_client
from tests.support.loopback import LoopbackServer, Reply, sse_event


class Delta(BaseModel):
    content: str | None = None


class Choice(BaseModel):
    index: int
    delta: Delta | None = None


class Chunk(BaseModel):
    id: str
    choices: list[Choice]


def chunk(i: int, text: str) -> str:
    return sse_event({"id": f"c{i}", "choices": [{"index": 0, "delta": {"content": text}}]})


DONE = "data: [DONE]\n\n"


def test_sync_stream_yields_typed_chunks_until_done(server: LoopbackServer) -> None:
    server.script(Reply(sse=[": keep-alive\n\n", chunk(0, "Hel"), chunk(1, "lo"), DONE]))
    with openai_client(server) as client:
        with client.call_stream(CHAT, body={"model": "m", "stream": True}, chunk_type=Chunk) as stream:
            chunks = list(stream)
            assert stream.response.status_code == 200
    assert all(isinstance(c, Chunk) for c in chunks)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices[0].delta) == "Hello"
    assert server.requests[0].headers["accept"] == "text/event-stream"


async def test_async_stream(server: LoopbackServer) -> None:
    server.script(Reply(sse=[chunk(0, "a"), chunk(1, "b"), DONE]))
    async with async_openai_client(server) as client:
        stream = await client.call_stream(CHAT, body={"model": "m"}, chunk_type=Chunk)
        async with stream:
            ids = [c.id async for c in stream]
    assert ids == ["c0", "c1"]


def test_azure_chunks_with_empty_choices_or_no_delta_parse(server: LoopbackServer) -> None:
    prompt_filter = sse_event({"id": "", "choices": [], "prompt_filter_results": [{"prompt_index": 0}]})
    no_delta = sse_event({"id": "c9", "choices": [{"index": 0, "finish_reason": "stop"}]})
    server.script(Reply(sse=[prompt_filter, chunk(1, "x"), no_delta, DONE]))
    with azure_client(server) as client:
        chunks = list(client.call_stream(CHAT, body={"model": "dep"}, chunk_type=Chunk))
    assert [len(c.choices) for c in chunks] == [0, 1, 1]
    assert chunks[0].model_extra == {"prompt_filter_results": [{"prompt_index": 0}]}
    assert chunks[2].choices[0].delta is None


def test_multi_line_data_and_event_fields(server: LoopbackServer) -> None:
    server.script(Reply(sse=['event: message\ndata: {"id": "c0",\ndata: "choices": []}\n\n', DONE]))
    with openai_client(server) as client:
        assert [c.id for c in client.call_stream(CHAT, body={}, chunk_type=Chunk)] == ["c0"]


def test_connection_cut_mid_stream_raises(server: LoopbackServer) -> None:
    server.script(Reply(sse=[chunk(0, "a"), chunk(1, "b")], cut=True))
    with openai_client(server) as client:
        stream = client.call_stream(CHAT, body={}, chunk_type=Chunk)
        received = []
        with pytest.raises(StreamInterruptedError, match="interrupted"):
            for c in stream:
                received.append(c.id)
    assert received == ["c0", "c1"]


def test_clean_eof_without_done_raises_where_done_is_expected(server: LoopbackServer) -> None:
    server.script(Reply(sse=[chunk(0, "a")]), Reply(sse=[sse_event({"id": "r", "choices": []})]))
    with openai_client(server) as client:
        with pytest.raises(StreamInterruptedError, match=r"\[DONE\]"):
            list(client.call_stream(CHAT, body={}, chunk_type=Chunk))
        # /responses streams end without [DONE]: a clean end is complete.
        assert [c.id for c in client.call_stream(RESPONSES, body={}, chunk_type=Chunk)] == ["r"]


def test_half_sent_event_raises(server: LoopbackServer) -> None:
    server.script(Reply(sse=[chunk(0, "a"), 'data: {"id": "c1", "cho']))
    with openai_client(server) as client, pytest.raises(StreamInterruptedError, match="middle of an event"):
        list(client.call_stream(RESPONSES, body={}, chunk_type=Chunk))


@pytest.mark.parametrize(
    "event",
    [
        sse_event({"error": {"message": "server overloaded", "type": "server_error"}}),
        sse_event({"message": "bad"}, event="error"),
    ],
)
def test_error_event_raises_api_error(server: LoopbackServer, event: str) -> None:
    server.script(Reply(sse=[chunk(0, "a"), event, DONE]))
    with openai_client(server) as client:
        stream = client.call_stream(CHAT, body={}, chunk_type=Chunk)
        assert next(stream).id == "c0"
        with pytest.raises(APIError, match="stream reported an error"):
            next(stream)


def test_content_mentioning_error_is_not_an_error(server: LoopbackServer) -> None:
    server.script(Reply(sse=[chunk(0, 'the "error" word'), DONE]))
    with openai_client(server) as client:
        (c,) = list(client.call_stream(CHAT, body={}, chunk_type=Chunk))
    assert c.choices[0].delta is not None and c.choices[0].delta.content == 'the "error" word'


def test_chunk_of_wrong_shape_raises_validation_error(server: LoopbackServer) -> None:
    # Chunks are read tolerantly, but one with none of the chunk's fields is the wrong shape.
    server.script(Reply(sse=[sse_event({"unexpected": 1}), DONE]))
    with openai_client(server) as client, pytest.raises(APIResponseValidationError, match="stream chunk"):
        list(client.call_stream(CHAT, body={}, chunk_type=Chunk))


def test_idle_timeout_between_chunks(server: LoopbackServer) -> None:
    server.script(Reply(sse=[chunk(0, "a"), chunk(1, "b"), DONE], chunk_delay=0.5))
    with openai_client(server, stream_idle_timeout=0.1, timeout=5.0) as client:
        stream = client.call_stream(CHAT, body={}, chunk_type=Chunk)
        with pytest.raises(APITimeoutError, match="next chunk"):
            list(stream)


def test_closing_early_releases_the_connection(server: LoopbackServer) -> None:
    server.script(Reply(sse=[chunk(i, "x") for i in range(50)] + [DONE], chunk_delay=0.01), Reply(body={}))
    with openai_client(server) as client:
        stream = client.call_stream(CHAT, body={}, chunk_type=Chunk)
        assert next(stream).id == "c0"
        stream.close()
        assert stream.response.is_closed
        with pytest.raises(StopIteration):
            next(stream)


async def test_async_early_close_and_cut(server: LoopbackServer) -> None:
    server.script(Reply(sse=[chunk(0, "a"), chunk(1, "b"), DONE]), Reply(sse=[chunk(0, "a")], cut=True))
    async with async_azure_client(server) as client:
        stream = await client.call_stream(CHAT, body={"model": "d"}, chunk_type=Chunk)
        assert (await stream.__anext__()).id == "c0"
        await stream.close()
        assert stream.response.is_closed
        cut = await client.call_stream(CHAT, body={"model": "d"}, chunk_type=Chunk)
        with pytest.raises(StreamInterruptedError):
            async for _ in cut:
                pass


def test_error_status_before_stream_is_raised_and_retried(server: LoopbackServer) -> None:
    server.script(Reply(status=429, body={}, headers={"retry-after-ms": "1"}), Reply(status=429, body={"error": {}}))
    with openai_client(server, max_retries=1) as client, pytest.raises(RateLimitError):
        client.call_stream(CHAT, body={}, chunk_type=Chunk)
    assert len(server.requests) == 2
