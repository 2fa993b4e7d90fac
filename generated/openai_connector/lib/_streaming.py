# copied from generator/runtime/core/_streaming.py by the openai-connector generator; edit the source
"""Typed server-sent-event streams: `Stream[T]` (sync) and `AsyncStream[T]`.

Each `data:` payload is validated straight from its JSON text into the chunk type. `data: [DONE]`
ends the stream. A stream never ends silently short: a dropped connection, an idle gap longer than
the read timeout, a half-sent event, or (for paths that always send it) an end without `[DONE]`
raises `StreamInterruptedError` / `APITimeoutError`. An `event: error` or a payload with a top-level
`error` raises `APIError`. Closing the stream (or leaving its `with` block) closes the connection.
An enveloped stream (`enveloped=True`: the Assistants API's) validates each event as
`{"event": <its SSE event name>, "data": <its data>}`; its `event: done` (`data: [DONE]`) ends it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import Any, Final, Generic, Self, TypeVar

import httpx2
import pydantic

from ._errors import APIError, APIResponseValidationError, APITimeoutError, StreamInterruptedError, scrub_value

__all__ = ["AsyncStream", "Stream"]

_T = TypeVar("_T")

_DONE = "[DONE]"
PENDING: Final = object()  # what `_Decoder.feed` returns for a line that completes no chunk


class _Done(Exception):
    """Raised by `_Decoder.feed` at `data: [DONE]`; the decoder's `__exit__` swallows it."""


class _Decoder(Generic[_T]):
    """SSE line protocol to typed chunks; shared by the sync and async streams."""

    __slots__ = ("_data", "_event", "done", "expect_done", "response", "scrub", "unchecked", "validate")

    def __init__(
        self,
        response: httpx2.Response,
        validate: Callable[[str], _T],
        expect_done: bool,
        scrub: Callable[[str], str],
    ) -> None:
        self.response = response
        self.validate = validate
        self.expect_done = expect_done
        self.scrub = scrub
        self.done = False
        self.unchecked = True  # the content type is checked on the first line (or at the end of an empty body)
        self._data: list[str] = []
        self._event: str | None = None

    def check_content_type(self) -> None:
        """Raise if the answer is not an event stream (a server that ignored `stream`, a proxy's HTML page)."""
        self.unchecked = False
        content_type = self.response.headers.get("content-type")
        if content_type and not content_type.lower().startswith("text/event-stream"):
            raise APIResponseValidationError(
                f"Expected a stream of server-sent events (text/event-stream), got content-type {content_type} "
                f"(status {self.response.status_code})",
                response=self.response,
            )

    # The streams read the body inside `with decoder` / `async with decoder`: the response is closed
    # at the end, a cut body raises, a transport error becomes ours, and `data: [DONE]` ends the block.

    def __enter__(self) -> Self:
        return self

    async def __aenter__(self) -> Self:
        return self

    def __exit__(self, _type: object, exc: BaseException | None, _tb: object) -> bool:
        try:
            return self.end(exc)
        finally:
            self.response.close()

    async def __aexit__(self, _type: object, exc: BaseException | None, _tb: object) -> bool:
        try:
            return self.end(exc)
        finally:
            await self.response.aclose()

    def end(self, exc: BaseException | None) -> bool:
        """When reading stops (with `exc`, or at the end of the body): true if it stopped at `[DONE]`."""
        if exc is None:
            self.finish()
        elif isinstance(exc, _Done):
            return True
        elif isinstance(exc, httpx2.TransportError | httpx2.DecodingError):  # a corrupt gzip body too
            raise self.transport_error(exc) from None
        return False

    def feed(self, line: str) -> _T | object:
        """Process one line: the chunk when it completes an event carrying one, else `PENDING`.

        Raises `_Done` at `data: [DONE]`.
        """
        if self.unchecked:
            self.check_content_type()
        if line.startswith("data:"):
            self._data.append(line[6:] if line.startswith("data: ") else line[5:])
            return PENDING
        if not line:
            return self._dispatch()
        if line.startswith("event:"):
            self._event = line[6:].strip()
        return PENDING

    def _dispatch(self) -> _T | object:
        data_lines, event = self._data, self._event
        self._data, self._event = [], None
        if not data_lines:
            return PENDING
        data = data_lines[0] if len(data_lines) == 1 else "\n".join(data_lines)
        if data == _DONE:
            self.done = True
            raise _Done
        if event == "error" or '"error"' in data:
            self._raise_if_error(data, force=event == "error")
        try:
            return self.validate(data)
        except pydantic.ValidationError as exc:
            raise _not_a_chunk(exc, self.response) from None

    def _raise_if_error(self, data: str, *, force: bool) -> None:
        try:
            payload: Any = json.loads(data)
        except ValueError:
            payload = data
        error = payload.get("error") if isinstance(payload, dict) else None
        if error is None and not force:
            return
        if error is None and isinstance(payload, dict):
            error = payload  # `event: error` whose data is the error itself (the Assistants and Responses APIs')
        detail = error.get("message") if isinstance(error, dict) else None
        message = f"The stream reported an error: {detail or 'unknown error'}"
        raise APIError(self.scrub(message), request=self.response.request, body=scrub_value(payload, self.scrub))

    def finish(self) -> None:
        """At the end of the body: raise if it was cut."""
        if self.unchecked:
            self.check_content_type()
        if self._data:
            if self._data == [_DONE]:
                self.done = True
            else:
                raise StreamInterruptedError(
                    "The stream ended in the middle of an event (connection cut?)", request=self.response.request
                )
        if self.expect_done and not self.done:
            raise StreamInterruptedError(
                "The stream ended without its final 'data: [DONE]' (connection cut?)", request=self.response.request
            )

    def transport_error(self, exc: httpx2.TransportError | httpx2.DecodingError) -> APIError:
        if isinstance(exc, httpx2.TimeoutException):
            return APITimeoutError("The stream timed out waiting for the next chunk", request=self.response.request)
        return StreamInterruptedError(
            f"The stream was interrupted: {type(exc).__name__}", request=self.response.request
        )


class _EnvelopedDecoder(_Decoder[_T]):
    """For streams whose chunk type is `{"event": <the SSE event name>, "data": <the event's data>}`
    (the Assistants API's run events): each event is validated as that envelope."""

    __slots__ = ()

    def _dispatch(self) -> _T | object:
        data_lines, event = self._data, self._event
        self._data, self._event = [], None
        if not data_lines:
            return PENDING
        data = data_lines[0] if len(data_lines) == 1 else "\n".join(data_lines)
        if data == _DONE:  # `event: done`
            self.done = True
            raise _Done
        if event == "error" or (event is None and '"error"' in data):
            self._raise_if_error(data, force=event == "error")
        try:
            return self.validate(f'{{"event":{json.dumps(event)},"data":{data}}}')
        except pydantic.ValidationError as exc:
            raise _not_a_chunk(exc, self.response) from None


def _not_a_chunk(exc: pydantic.ValidationError, response: httpx2.Response) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"a stream chunk does not match the expected type: {exc.error_count()} error(s), first: {_first_error(exc)}",
        response=response,
    )


def _first_error(exc: pydantic.ValidationError) -> str:
    err = exc.errors(include_url=False, include_input=False)[0]
    return f"{err['type']} at {'.'.join(str(p) for p in err['loc']) or '<root>'}"


class _StreamBase(Generic[_T]):
    """What the sync and async streams share: the decoder and the response."""

    def __init__(
        self,
        response: httpx2.Response,
        validate: Callable[[str], _T],
        *,
        expect_done: bool = False,
        scrub: Callable[[str], str] = str,
        enveloped: bool = False,
    ) -> None:
        decoder = _EnvelopedDecoder if enveloped else _Decoder
        self._decoder = decoder(response, validate, expect_done, scrub)
        self._iterator = self._iterate()

    def _iterate(self) -> Any:
        raise NotImplementedError

    @property
    def response(self) -> httpx2.Response:
        """The HTTP response (status and headers; its body is this stream)."""
        return self._decoder.response


class Stream(_StreamBase[_T]):
    """A sync iterator of typed chunks. Use as a context manager, or `close()` it if you stop early."""

    _iterator: Generator[_T, None, None]

    def _iterate(self) -> Generator[_T, None, None]:
        with self._decoder as decoder:
            for line in decoder.response.iter_lines():
                if (chunk := decoder.feed(line)) is not PENDING:
                    yield chunk  # type: ignore[misc]

    def __iter__(self) -> Iterator[_T]:
        return self._iterator

    def __next__(self) -> _T:
        return next(self._iterator)

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._iterator.close()
        self._decoder.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStream(_StreamBase[_T]):
    """An async iterator of typed chunks. Use `async with`, or `await close()` if you stop early."""

    _iterator: AsyncGenerator[_T, None]

    async def _iterate(self) -> AsyncGenerator[_T, None]:
        async with self._decoder as decoder:
            async for line in decoder.response.aiter_lines():
                if (chunk := decoder.feed(line)) is not PENDING:
                    yield chunk  # type: ignore[misc]

    def __aiter__(self) -> AsyncIterator[_T]:
        return self._iterator

    async def __anext__(self) -> _T:
        return await self._iterator.__anext__()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        await self._iterator.aclose()
        await self._decoder.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
