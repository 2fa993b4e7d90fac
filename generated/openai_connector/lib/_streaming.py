"""Typed server-sent-event streams: `Stream[T]` (sync) and `AsyncStream[T]`.

Each `data:` payload is validated straight from its JSON text into the chunk type. `data: [DONE]`
ends the stream. A stream never ends silently short: a dropped connection, an idle gap longer than
the read timeout, a half-sent event, or (for paths that always send it) an end without `[DONE]`
raises `StreamInterruptedError` / `APITimeoutError`. An `event: error` or a payload with a top-level
`error` raises `APIError`. Closing the stream (or leaving its `with` block) closes the connection.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx2
import pydantic

from ._errors import APIError, APIResponseValidationError, APITimeoutError, StreamInterruptedError, scrub_value

__all__ = ["AsyncStream", "Stream"]

_T = TypeVar("_T")

_DONE = "[DONE]"


class _Decoder(Generic[_T]):
    """SSE line protocol to typed chunks; shared by the sync and async streams."""

    __slots__ = ("_data", "_event", "done", "expect_done", "response", "scrub", "validate")

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
        self._data: list[str] = []
        self._event: str | None = None

    def check_content_type(self) -> None:
        """Raise if the answer is not an event stream (a server that ignored `stream`, a proxy's HTML page)."""
        content_type = self.response.headers.get("content-type")
        if content_type and not content_type.lower().startswith("text/event-stream"):
            raise APIResponseValidationError(
                f"Expected a stream of server-sent events (text/event-stream), got content-type {content_type} "
                f"(status {self.response.status_code})",
                response=self.response,
            )

    def feed(self, line: str) -> tuple[bool, _T | None]:
        """Process one line; `(True, chunk)` when it completes an event carrying a chunk."""
        if line.startswith("data:"):
            self._data.append(line[6:] if line.startswith("data: ") else line[5:])
            return False, None
        if not line:
            return self._dispatch()
        if line.startswith("event:"):
            self._event = line[6:].strip()
        return False, None

    def _dispatch(self) -> tuple[bool, _T | None]:
        data_lines, event = self._data, self._event
        self._data, self._event = [], None
        if not data_lines:
            return False, None
        data = data_lines[0] if len(data_lines) == 1 else "\n".join(data_lines)
        if data == _DONE:
            self.done = True
            return False, None
        if event == "error" or '"error"' in data:
            self._raise_if_error(data, force=event == "error")
        try:
            return True, self.validate(data)
        except pydantic.ValidationError as exc:
            raise APIResponseValidationError(
                f"a stream chunk does not match the expected type: {exc.error_count()} error(s), "
                f"first: {_first_error(exc)}",
                response=self.response,
            ) from None

    def _raise_if_error(self, data: str, *, force: bool) -> None:
        try:
            payload: Any = json.loads(data)
        except ValueError:
            payload = data
        error = payload.get("error") if isinstance(payload, dict) else None
        if error is None and not force:
            return
        detail = error.get("message") if isinstance(error, dict) else None
        message = f"The stream reported an error: {detail or 'unknown error'}"
        raise APIError(self.scrub(message), request=self.response.request, body=scrub_value(payload, self.scrub))

    def finish(self) -> None:
        """At the end of the body: raise if it was cut."""
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

    def transport_error(self, exc: httpx2.TransportError) -> APIError:
        if isinstance(exc, httpx2.TimeoutException):
            return APITimeoutError("The stream timed out waiting for the next chunk", request=self.response.request)
        return StreamInterruptedError(
            f"The stream was interrupted: {type(exc).__name__}", request=self.response.request
        )


def _first_error(exc: pydantic.ValidationError) -> str:
    err = exc.errors(include_url=False, include_input=False)[0]
    return f"{err['type']} at {'.'.join(str(p) for p in err['loc']) or '<root>'}"


class Stream(Generic[_T]):
    """A sync iterator of typed chunks. Use as a context manager, or `close()` it if you stop early."""

    def __init__(
        self,
        response: httpx2.Response,
        validate: Callable[[str], _T],
        *,
        expect_done: bool = False,
        scrub: Callable[[str], str] = str,
    ) -> None:
        self._decoder = _Decoder(response, validate, expect_done, scrub)
        self._iterator = self._iterate()

    @property
    def response(self) -> httpx2.Response:
        """The HTTP response (status and headers; its body is this stream)."""
        return self._decoder.response

    def _iterate(self) -> Generator[_T, None, None]:
        decoder = self._decoder
        feed = decoder.feed
        try:
            decoder.check_content_type()
            for line in decoder.response.iter_lines():
                ready, chunk = feed(line)
                if ready:
                    yield chunk  # type: ignore[misc]
                elif decoder.done:
                    return
            decoder.finish()
        except httpx2.TransportError as exc:
            raise decoder.transport_error(exc) from None
        finally:
            decoder.response.close()

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

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncStream(Generic[_T]):
    """An async iterator of typed chunks. Use `async with`, or `await close()` if you stop early."""

    def __init__(
        self,
        response: httpx2.Response,
        validate: Callable[[str], _T],
        *,
        expect_done: bool = False,
        scrub: Callable[[str], str] = str,
    ) -> None:
        self._decoder = _Decoder(response, validate, expect_done, scrub)
        self._iterator = self._iterate()

    @property
    def response(self) -> httpx2.Response:
        return self._decoder.response

    async def _iterate(self) -> AsyncGenerator[_T, None]:
        decoder = self._decoder
        feed = decoder.feed
        try:
            decoder.check_content_type()
            async for line in decoder.response.aiter_lines():
                ready, chunk = feed(line)
                if ready:
                    yield chunk  # type: ignore[misc]
                elif decoder.done:
                    return
            decoder.finish()
        except httpx2.TransportError as exc:
            raise decoder.transport_error(exc) from None
        finally:
            await decoder.response.aclose()

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

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
