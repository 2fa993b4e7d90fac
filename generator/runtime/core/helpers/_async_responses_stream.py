"""`responses.stream(...)`: a streamed response as typed events and the response they end with.

```python
async with client.responses.stream(model="gpt-4o-mini", input="Hi") as stream:
    async for event in stream:
        if event.type == "response.output_text.delta":
            print(event.delta, end="")
response = await stream.get_final_response()
```

`responses.stream(response_id=..., starting_after=n)` resumes the stream of a response made with
`background=True` (`responses.retrieve(id, stream=True)`). The events come from `ResponseStreamState`
(`_responses_stream_state.py`, no I/O); this module reads them and closes the connection.

This module is the source: generator/unasync.py writes its sync twin, `_sync_responses_stream.py`.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable, Sequence
from typing import TYPE_CHECKING, Any, Self, overload

from .._errors import InvalidRequestError
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from typing import ParamSpec, Protocol

    import httpx2

    from ...types.include_enum import IncludeEnum
    from ...types.response import Response
    from ...types.response_stream_event import ResponseStreamEvent as RawResponseStreamEvent
    from .._streaming import AsyncStream
    from ._responses_stream_events import ResponseStreamEvent

    _P = ParamSpec("_P")

    class _Creates(Protocol[_P]):  # what the helper needs of the resource: its `create`, whose parameters it takes
        def create(self, *args: _P.args, **kwargs: _P.kwargs) -> Any: ...


__all__ = ["AsyncResponseStream", "AsyncResponseStreamManager", "AsyncResponsesStream"]

# What `retrieve` takes beside the id, when `stream(response_id=...)` resumes a stream.
_RETRIEVE_ARGUMENTS = frozenset(
    {"include", "include_obfuscation", "extra_headers", "extra_query", "extra_body", "timeout"}
)


class AsyncResponseStream:
    """The events of a streamed response (`async for event in stream`) and the response they end with."""

    def __init__(self, raw_stream: AsyncStream[RawResponseStreamEvent], *, starting_after: int | None = None) -> None:
        from ._responses_stream_state import ResponseStreamState

        self._raw_stream = raw_stream
        self._state = ResponseStreamState(starting_after=starting_after)
        self._iterator = self._events()

    async def _events(self) -> AsyncGenerator[ResponseStreamEvent, None]:
        async for raw_event in self._raw_stream:
            for event in self._state.handle_event(raw_event):
                yield event

    def __aiter__(self) -> AsyncIterator[ResponseStreamEvent]:
        return self._iterator

    async def __anext__(self) -> ResponseStreamEvent:
        return await self._iterator.__anext__()

    @property
    def response(self) -> httpx2.Response:
        """The HTTP response (status and headers; its body is this stream)."""
        return self._raw_stream.response

    async def until_done(self) -> Self:
        """Read the stream to its end (the events are dropped)."""
        async for _ in self:
            pass
        return self

    async def get_final_response(self) -> Response:
        """Read the stream to its end; the response of its `response.completed` event."""
        await self.until_done()
        response = self._state.completed_response
        if response is None:
            last = self._state.last_type
            raise RuntimeError(f"the stream ended without a response.completed event (its last event: {last})")
        return response

    async def close(self) -> None:
        """Stop reading and release the connection."""
        await self._iterator.aclose()
        await self._raw_stream.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class AsyncResponseStreamManager:
    """What `stream(...)` returns: entering it sends the request; leaving it closes the stream."""

    def __init__(self, request: Callable[[], Any], *, starting_after: int | None = None) -> None:
        self._request = request
        self._starting_after = starting_after
        self._stream: AsyncResponseStream | None = None

    async def __aenter__(self) -> AsyncResponseStream:
        raw_stream: AsyncStream[RawResponseStreamEvent] = await self._request()
        self._stream = AsyncResponseStream(raw_stream, starting_after=self._starting_after)
        return self._stream

    async def __aexit__(self, *exc_info: object) -> None:
        if self._stream is not None:
            await self._stream.close()


class AsyncResponsesStream:
    """`stream(...)` on `responses` (mixed into the generated resource)."""

    __slots__ = ()

    @overload
    def stream(self: _Creates[_P], *args: _P.args, **kwargs: _P.kwargs) -> AsyncResponseStreamManager: ...

    @overload
    def stream(
        self,
        *,
        response_id: str,
        starting_after: int | NotGiven = NOT_GIVEN,
        include: Sequence[IncludeEnum] | NotGiven = NOT_GIVEN,
        include_obfuscation: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> AsyncResponseStreamManager: ...

    def stream(self: Any, *args: Any, **params: Any) -> AsyncResponseStreamManager:
        """`create(..., stream=True)` as a context manager yielding typed events (openai-python's `stream`).

        Takes `create`'s arguments (`model`, `input`, `tools`, ...; type checkers read them from `create`),
        checked when the block is entered, before anything is sent. With `response_id` (and
        `starting_after`, a sequence number), it streams an existing response instead:
        `retrieve(response_id, stream=True, ...)`.
        """
        if "stream" in params:
            raise TypeError("stream() always streams: leave out the 'stream' argument")
        response_id = params.pop("response_id", NOT_GIVEN)
        starting_after = params.pop("starting_after", NOT_GIVEN)
        create: Callable[..., Any] = self.create
        retrieve: Callable[..., Any] = self.retrieve
        if isinstance(response_id, NotGiven):
            if not isinstance(starting_after, NotGiven):
                raise InvalidRequestError(
                    "starting_after needs response_id (it resumes a stream)", param="starting_after"
                )
            return AsyncResponseStreamManager(lambda: create(*args, **params, stream=True))
        creating = sorted(set(params) - _RETRIEVE_ARGUMENTS)
        if args or creating:
            given = ", ".join(creating) or "positional arguments"
            raise InvalidRequestError(
                f"stream(response_id=...) streams an existing response; {given} would create one",
                param=creating[0] if creating else "response_id",
            )
        after = None if isinstance(starting_after, NotGiven) else starting_after
        return AsyncResponseStreamManager(
            lambda: retrieve(response_id, stream=True, starting_after=starting_after, **params),
            starting_after=after,
        )
