"""`responses.stream(...)`: a streamed response as typed events and the response they end with.

```python
with client.responses.stream(model="gpt-4o-mini", input="Hi") as stream:
    for event in stream:
        if event.type == "response.output_text.delta":
            print(event.delta, end="")
response = stream.get_final_response()
```

`responses.stream(response_id=..., starting_after=n)` resumes the stream of a response made with
`background=True` (`responses.retrieve(id, stream=True)`). The events come from `ResponseStreamState`
(`_responses_stream_state.py`, no I/O); this module reads them and closes the connection.

Generated from generator/runtime/core/helpers/_async_responses_stream.py by generator/unasync.py; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Self, overload

from .._errors import InvalidRequestError
from .._types import NOT_GIVEN, Body, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from typing import ParamSpec, Protocol

    import httpx2

    from ...types.include_enum import IncludeEnum
    from ...types.response import Response
    from ...types.response_stream_event import ResponseStreamEvent as RawResponseStreamEvent
    from .._streaming import Stream
    from ._responses_stream_events import ResponseStreamEvent

    _P = ParamSpec("_P")

    class _Creates(Protocol[_P]):  # what the helper needs of the resource: its `create`, whose parameters it takes
        def create(self, *args: _P.args, **kwargs: _P.kwargs) -> Any: ...


__all__ = ["ResponseStream", "ResponseStreamManager", "ResponsesStream"]

# What `retrieve` takes beside the id, when `stream(response_id=...)` resumes a stream.
_RETRIEVE_ARGUMENTS = frozenset(
    {"include", "include_obfuscation", "extra_headers", "extra_query", "extra_body", "timeout"}
)


class ResponseStream:
    """The events of a streamed response (`for event in stream`) and the response they end with."""

    def __init__(self, raw_stream: Stream[RawResponseStreamEvent], *, starting_after: int | None = None) -> None:
        from ._responses_stream_state import ResponseStreamState

        self._raw_stream = raw_stream
        self._state = ResponseStreamState(starting_after=starting_after)
        self._iterator = self._events()

    def _events(self) -> Generator[ResponseStreamEvent, None]:
        for raw_event in self._raw_stream:
            yield from self._state.handle_event(raw_event)

    def __iter__(self) -> Iterator[ResponseStreamEvent]:
        return self._iterator

    def __next__(self) -> ResponseStreamEvent:
        return self._iterator.__next__()

    @property
    def response(self) -> httpx2.Response:
        """The HTTP response (status and headers; its body is this stream)."""
        return self._raw_stream.response

    def until_done(self) -> Self:
        """Read the stream to its end (the events are dropped)."""
        for _ in self:
            pass
        return self

    def get_final_response(self) -> Response:
        """Read the stream to its end; the response of its `response.completed` event."""
        self.until_done()
        response = self._state.completed_response
        if response is None:
            last = self._state.last_type
            raise RuntimeError(f"the stream ended without a response.completed event (its last event: {last})")
        return response

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._iterator.close()
        self._raw_stream.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class ResponseStreamManager:
    """What `stream(...)` returns: entering it sends the request; leaving it closes the stream."""

    def __init__(self, request: Callable[[], Any], *, starting_after: int | None = None) -> None:
        self._request = request
        self._starting_after = starting_after
        self._stream: ResponseStream | None = None

    def __enter__(self) -> ResponseStream:
        raw_stream: Stream[RawResponseStreamEvent] = self._request()
        self._stream = ResponseStream(raw_stream, starting_after=self._starting_after)
        return self._stream

    def __exit__(self, *exc_info: object) -> None:
        if self._stream is not None:
            self._stream.close()


class ResponsesStream:
    """`stream(...)` on `responses` (mixed into the generated resource)."""

    __slots__ = ()

    @overload
    def stream(self: _Creates[_P], *args: _P.args, **kwargs: _P.kwargs) -> ResponseStreamManager: ...

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
    ) -> ResponseStreamManager: ...

    def stream(self: Any, *args: Any, **params: Any) -> ResponseStreamManager:
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
            return ResponseStreamManager(lambda: create(*args, **params, stream=True))
        creating = sorted(set(params) - _RETRIEVE_ARGUMENTS)
        if args or creating:
            given = ", ".join(creating) or "positional arguments"
            raise InvalidRequestError(
                f"stream(response_id=...) streams an existing response; {given} would create one",
                param=creating[0] if creating else "response_id",
            )
        after = None if isinstance(starting_after, NotGiven) else starting_after
        return ResponseStreamManager(
            lambda: retrieve(response_id, stream=True, starting_after=starting_after, **params),
            starting_after=after,
        )
