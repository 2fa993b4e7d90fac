"""`chat.completions.stream(...)`: a streamed chat completion as typed events and the completion they build.

```python
with client.chat.completions.stream(model="gpt-4o-mini", messages=[...]) as stream:
    for event in stream:
        if event.type == "content.delta":
            print(event.delta, end="")
completion = stream.get_final_completion()
```

The events come from `ChatCompletionStreamState` (`_chat_stream_state.py`, no I/O); this module only
reads the chunks and closes the connection. Leaving the `with` block closes it, read or not.

Generated from generator/runtime/core/helpers/_async_chat_stream.py by generator/unasync.py; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Self

if TYPE_CHECKING:
    import httpx2

    from ...types.chat_completion import ChatCompletion
    from ...types.chat_completion_chunk import ChatCompletionChunk
    from .._streaming import Stream
    from ._chat_stream_events import ChatCompletionStreamEvent


__all__ = ["ChatCompletionStream", "ChatCompletionStreamManager", "ChatCompletionsStream"]


class ChatCompletionStream:
    """The events of a streamed chat completion (`for event in stream`) and the completion they build."""

    def __init__(self, raw_stream: Stream[ChatCompletionChunk]) -> None:
        from ._chat_stream_state import ChatCompletionStreamState

        self._raw_stream = raw_stream
        self._state = ChatCompletionStreamState()
        self._iterator = self._events()

    def _events(self) -> Generator[ChatCompletionStreamEvent, None]:
        for chunk in self._raw_stream:
            yield from self._state.handle_chunk(chunk)

    def __iter__(self) -> Iterator[ChatCompletionStreamEvent]:
        return self._iterator

    def __next__(self) -> ChatCompletionStreamEvent:
        return self._iterator.__next__()

    @property
    def response(self) -> httpx2.Response:
        """The HTTP response (status and headers; its body is this stream)."""
        return self._raw_stream.response

    @property
    def current_completion_snapshot(self) -> ChatCompletion:
        """The completion accumulated from the chunks read so far."""
        return self._state.current_completion_snapshot

    def until_done(self) -> Self:
        """Read the stream to its end (the events are dropped)."""
        for _ in self:
            pass
        return self

    def get_final_completion(self) -> ChatCompletion:
        """Read the stream to its end; the `ChatCompletion` its chunks add up to."""
        self.until_done()
        return self._state.get_final_completion()

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._iterator.close()
        self._raw_stream.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class ChatCompletionStreamManager:
    """What `stream(...)` returns: entering it sends the request; leaving it closes the stream."""

    def __init__(self, request: Callable[[], Any]) -> None:
        self._request = request
        self._stream: ChatCompletionStream | None = None

    def __enter__(self) -> ChatCompletionStream:
        raw_stream: Stream[ChatCompletionChunk] = self._request()
        self._stream = ChatCompletionStream(raw_stream)
        return self._stream

    def __exit__(self, *exc_info: object) -> None:
        if self._stream is not None:
            self._stream.close()


class ChatCompletionsStream:
    """`stream(...)` on `chat.completions` (mixed into the generated resource)."""

    __slots__ = ()

    def _stream(self: Any, **arguments: Any) -> ChatCompletionStreamManager:
        """`stream`: `create(..., stream=True)` as a context manager yielding typed events (openai-python's `stream`).

        `stream` is generated into the resource class with `create`'s parameters (`_helpers_index.py`);
        `create` checks the arguments when the block is entered, before anything is sent.
        """
        create: Callable[..., Any] = self.create
        return ChatCompletionStreamManager(lambda: create(**arguments, stream=True))
