# copied from generator/runtime/core/_api_response.py by the openai-connector generator; edit the source
"""The HTTP response of a call made through `with_raw_response` or `with_streaming_response`.

`LegacyAPIResponse` (`with_raw_response`, sync and async clients): the body is read before the call
returns (an SSE stream's excepted), `.parse()` gives what the plain call returns. `APIResponse` /
`AsyncAPIResponse` (`with_streaming_response`, inside its `with` / `async with` block): the body is
not read until asked, and the response is closed when the block ends; of a call answering bytes, it is a
`StreamedBinaryAPIResponse` whose `parse()` gives the bytes, as openai-python's does.
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

import httpx2

from ._response import ResponseInfo, awrite_chunks, write_chunks
from ._response_meta import ResponseMeta

__all__ = [
    "APIResponse",
    "AsyncAPIResponse",
    "AsyncResponseContextManager",
    "AsyncStreamedBinaryAPIResponse",
    "LegacyAPIResponse",
    "ResponseContextManager",
    "StreamedBinaryAPIResponse",
]

_R = TypeVar("_R")
_Response = TypeVar("_Response", bound="APIResponse[Any]")
_AsyncResponse = TypeVar("_AsyncResponse", bound="AsyncAPIResponse[Any]")
_UNPARSED: Any = object()


class _ResponseBase(Generic[_R]):
    """Status, headers and timing of one call; `parse` turns the body into the call's typed result."""

    __slots__ = ("_info", "_needs_body", "_parse", "_parsed", "http_response")

    def __init__(
        self, response: httpx2.Response, info: ResponseInfo, parse: Callable[[], _R], *, needs_body: bool
    ) -> None:
        self.http_response = response
        self._info = info
        self._parse = parse
        self._needs_body = needs_body  # False for an SSE stream, which reads the body itself
        self._parsed: _R = _UNPARSED

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def http_request(self) -> httpx2.Request:
        return self.http_response.request

    @property
    def url(self) -> httpx2.URL:
        return self.http_response.url

    @property
    def elapsed(self) -> datetime.timedelta:
        """From the first attempt until the answer's headers arrived (retries included)."""
        return datetime.timedelta(seconds=self._info.elapsed)

    @property
    def retries_taken(self) -> int:
        return self._info.retries_taken

    @property
    def request_id(self) -> str | None:
        return self._info.request_id

    @property
    def is_closed(self) -> bool:
        """Whether the connection is released: after the body is read, or the streaming block ends."""
        return self.http_response.is_closed

    @property
    def meta(self) -> ResponseMeta:
        """The headers worth reading, typed: rate limits, request ids, Azure's region and serving model."""
        return self._info.meta

    def _parse_once(self) -> _R:
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        return self._parsed

    def __repr__(self) -> str:
        request = self.http_request
        return f"<{type(self).__name__} [{self.status_code}] {request.method} {request.url.path}>"


class LegacyAPIResponse(_ResponseBase[_R]):
    """`with_raw_response`: the body is already read (a `stream=True` call's excepted: `parse()` streams it)."""

    __slots__ = ()

    def parse(self) -> _R:
        """What the plain call returns: a model, a page, a `Stream`, a `BinaryResponse`, a str or None."""
        return self._parse_once()

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return json.loads(self.http_response.content)


class APIResponse(_ResponseBase[_R]):
    """`with_streaming_response` on the sync client: nothing of the body is read until asked."""

    __slots__ = ()

    def read(self) -> bytes:
        return self.http_response.read()

    def text(self) -> str:
        self.read()
        return self.http_response.text

    def json(self) -> Any:
        return json.loads(self.read())

    def parse(self) -> _R:
        """What the plain call returns (reads the body first, unless the result is a `Stream`)."""
        if self._needs_body:
            self.read()
        return self._parse_once()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        return self.http_response.iter_lines()

    def close(self) -> None:
        self.http_response.close()


class StreamedBinaryAPIResponse(APIResponse[bytes]):
    """`with_streaming_response` of a call answering bytes: `parse()` reads them; or stream them to a file."""

    __slots__ = ()

    def stream_to_file(self, file: str | os.PathLike[str], *, chunk_size: int | None = None) -> None:
        write_chunks(file, self.iter_bytes(chunk_size))


class AsyncAPIResponse(_ResponseBase[_R]):
    """`with_streaming_response` on the async client: nothing of the body is read until asked."""

    __slots__ = ()

    async def read(self) -> bytes:
        return await self.http_response.aread()

    async def text(self) -> str:
        await self.read()
        return self.http_response.text

    async def json(self) -> Any:
        return json.loads(await self.read())

    async def parse(self) -> _R:
        """What the plain call returns (reads the body first, unless the result is an `AsyncStream`)."""
        if self._needs_body:
            await self.read()
        return self._parse_once()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        return self.http_response.aiter_lines()

    async def close(self) -> None:
        await self.http_response.aclose()


class ResponseContextManager(Generic[_Response]):
    """`with ...with_streaming_response.method(...) as response:` sends on entry, closes on exit."""

    __slots__ = ("_make", "_response")

    def __init__(self, make: Callable[[], _Response]) -> None:
        self._make = make
        self._response: _Response | None = None

    def __enter__(self) -> _Response:
        self._response = self._make()
        return self._response

    def __exit__(self, *exc_info: object) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_AsyncResponse]):
    """`async with ...with_streaming_response.method(...) as response:` sends on entry, closes on exit."""

    __slots__ = ("_make", "_response")

    def __init__(self, make: Callable[[], Awaitable[_AsyncResponse]]) -> None:
        self._make = make
        self._response: _AsyncResponse | None = None

    async def __aenter__(self) -> _AsyncResponse:
        self._response = await self._make()
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        if self._response is not None:
            await self._response.close()


class AsyncStreamedBinaryAPIResponse(AsyncAPIResponse[bytes]):
    """`with_streaming_response` of an async call answering bytes: `parse()` reads them; or stream them to a file."""

    __slots__ = ()

    async def stream_to_file(self, file: str | os.PathLike[str], *, chunk_size: int | None = None) -> None:
        await awrite_chunks(file, self.iter_bytes(chunk_size))
