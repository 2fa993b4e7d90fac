# copied from generator/runtime/core/helpers/_async_chat_stream.py by the openai-connector generator; edit the source
"""`chat.completions.stream(...)`: a streamed chat completion as typed events and the completion they build.

```python
async with client.chat.completions.stream(model="gpt-4o-mini", messages=[...]) as stream:
    async for event in stream:
        if event.type == "content.delta":
            print(event.delta, end="")
completion = await stream.get_final_completion()
```

The events come from `ChatCompletionStreamState` (`_chat_stream_state.py`, no I/O); this module only
reads the chunks and closes the connection. Leaving the `async with` block closes it, read or not.

This module is the source: generator/unasync.py writes its sync twin, `_sync_chat_stream.py`.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    import httpx2

    from ...types.chat_completion import ChatCompletion
    from ...types.chat_completion_chunk import ChatCompletionChunk
    from .._streaming import AsyncStream
    from ._chat_stream_events import ChatCompletionStreamEvent


__all__ = ["AsyncChatCompletionStream", "AsyncChatCompletionStreamManager", "AsyncChatCompletionsStream"]


class AsyncChatCompletionStream:
    """The events of a streamed chat completion (`async for event in stream`) and the completion they build."""

    def __init__(self, raw_stream: AsyncStream[ChatCompletionChunk]) -> None:
        from ._chat_stream_state import ChatCompletionStreamState

        self._raw_stream = raw_stream
        self._state = ChatCompletionStreamState()
        self._iterator = self._events()

    async def _events(self) -> AsyncGenerator[ChatCompletionStreamEvent, None]:
        async for chunk in self._raw_stream:
            for event in self._state.handle_chunk(chunk):
                yield event

    def __aiter__(self) -> AsyncIterator[ChatCompletionStreamEvent]:
        return self._iterator

    async def __anext__(self) -> ChatCompletionStreamEvent:
        return await self._iterator.__anext__()

    @property
    def response(self) -> httpx2.Response:
        """The HTTP response (status and headers; its body is this stream)."""
        return self._raw_stream.response

    @property
    def current_completion_snapshot(self) -> ChatCompletion:
        """The completion accumulated from the chunks read so far."""
        return self._state.current_completion_snapshot

    async def until_done(self) -> Self:
        """Read the stream to its end (the events are dropped)."""
        async for _ in self:
            pass
        return self

    async def get_final_completion(self) -> ChatCompletion:
        """Read the stream to its end; the `ChatCompletion` its chunks add up to."""
        await self.until_done()
        return self._state.get_final_completion()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        await self._iterator.aclose()
        await self._raw_stream.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class AsyncChatCompletionStreamManager:
    """What `stream(...)` returns: entering it sends the request; leaving it closes the stream."""

    def __init__(self, request: Callable[[], Any]) -> None:
        self._request = request
        self._stream: AsyncChatCompletionStream | None = None

    async def __aenter__(self) -> AsyncChatCompletionStream:
        raw_stream: AsyncStream[ChatCompletionChunk] = await self._request()
        self._stream = AsyncChatCompletionStream(raw_stream)
        return self._stream

    async def __aexit__(self, *exc_info: object) -> None:
        if self._stream is not None:
            await self._stream.close()


class AsyncChatCompletionsStream:
    """`stream(...)` on `chat.completions` (mixed into the generated resource)."""

    __slots__ = ()

    def _stream(self: Any, **arguments: Any) -> AsyncChatCompletionStreamManager:
        """`stream`: `create(..., stream=True)` as a context manager yielding typed events (openai-python's `stream`).

        `stream` is generated into the resource class with `create`'s parameters (`_helpers_index.py`);
        `create` checks the arguments when the block is entered, before anything is sent.
        """
        create: Callable[..., Any] = self.create
        return AsyncChatCompletionStreamManager(lambda: create(**arguments, stream=True))
