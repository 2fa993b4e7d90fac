"""`with_streaming_response` on the generated client: the body read only when asked, iterated and parsed,
closed on exit, sync and async."""

from __future__ import annotations

import asyncio

import httpx2
import pytest
from openai_connector.lib._api_response import APIResponse, AsyncAPIResponse
from openai_connector.lib._streaming import Stream
from openai_connector.types import ChatCompletion, ChatCompletionChunk

from tests.runtime.responses._raw_clients import CHUNK, HEADERS, MESSAGES, MODEL, make_async_client, make_client
from tests.support.loopback import LoopbackServer, Reply, sse_event

# -- with_streaming_response ------------------------------------------------------------------------


@pytest.mark.parametrize("azure", [False, True])
def test_streaming_response_reads_the_body_only_when_asked_and_closes_on_exit(
    server: LoopbackServer, azure: bool
) -> None:
    # The body is cut short: entering the block must not fail, reading it must.
    server.script(Reply(body=b"x" * 1000, headers={"content-type": "audio/mpeg"}, cut_after=10))
    with make_client(server, azure) as client:
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
    with make_client(server, False) as client:
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
        async with make_async_client(server, azure) as client:
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
