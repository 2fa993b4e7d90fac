# copied from generator/runtime/core/_response.py by the openai-connector generator; edit the source
"""Results that are not models: binary bodies, raw-request results, and per-call response details."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx2

from ._record import Record

if TYPE_CHECKING:
    from ._response_meta import ResponseMeta

__all__ = [
    "BinaryResponse",
    "HttpxBinaryResponseContent",
    "RawResponse",
    "ResponseInfo",
    "awrite_chunks",
    "write_chunks",
]


class RawResponse(Record):
    """What `client.request(...)` returns: status, headers and the decoded body (JSON value, str or bytes)."""

    status_code: int
    headers: httpx2.Headers
    body: object

    @property
    def request_id(self) -> str | None:
        return self.headers.get("x-request-id") or self.headers.get("apim-request-id")


class ResponseInfo(Record):
    """Given to the `on_response` hook when each attempt's answer arrives (its headers; an error status too,
    before it is retried or raised): `elapsed` seconds since the call's first attempt started,
    `retries_taken` the attempts before this one, `response` the `httpx2.Response` (its body unread
    for a stream)."""

    status_code: int
    headers: httpx2.Headers
    request_id: str | None
    method: str
    path: str
    elapsed: float
    retries_taken: int
    response: httpx2.Response | None = None

    @property
    def meta(self) -> ResponseMeta:
        """The headers worth reading, typed: rate limits (resets in seconds), request ids, Azure's region and model."""
        from ._response_meta import ResponseMeta

        return ResponseMeta.from_headers(self.headers)


class HttpxBinaryResponseContent:
    """A binary body (e.g. speech audio); `BinaryResponse` here, openai-python's name for the same.

    By default the body is read before the call returns: `.content` (and `.text`, `.json()`) is ready,
    and `write_to_file` and `iter_bytes` just use it. A client made with `with_options(stream_binary=True)`
    returns it unread instead: `iter_bytes()`/`aiter_bytes()` and `write_to_file()`/`awrite_to_file()` then
    stream the body without holding it in memory, and close the connection at the end. Use it as a context
    manager (or call `close()`/`aclose()`) if you may not read it to the end.
    """

    __slots__ = ("_response",)

    def __init__(self, response: httpx2.Response) -> None:
        self._response = response

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self._response.headers

    @property
    def content(self) -> bytes:
        """The whole body (read now if the response is unread, sync clients only)."""
        try:
            return self._response.read()
        except (httpx2.TransportError, httpx2.DecodingError) as exc:
            raise _interrupted(exc, self._response) from None

    @property
    def text(self) -> str:
        """The body decoded as text (its charset, else UTF-8)."""
        self.content  # noqa: B018 (read it first, with this class's errors)
        return self._response.text

    @property
    def encoding(self) -> str | None:
        return self._response.encoding

    @property
    def charset_encoding(self) -> str | None:
        return self._response.charset_encoding

    def json(self, **kwargs: Any) -> Any:
        """The body parsed as JSON (`json.loads` keyword arguments)."""
        return json.loads(self.content, **kwargs)

    def read(self) -> bytes:
        return self.content

    async def aread(self) -> bytes:
        """The whole body, read now from async code if the response is unread."""
        try:
            return await self._response.aread()
        except (httpx2.TransportError, httpx2.DecodingError) as exc:
            raise _interrupted(exc, self._response) from None

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        decoder = codecs.getincrementaldecoder(self.encoding or "utf-8")(errors="replace")
        for chunk in self.iter_bytes(chunk_size):
            yield decoder.decode(chunk)
        if tail := decoder.decode(b"", final=True):
            yield tail

    def iter_lines(self) -> Iterator[str]:
        pending = ""
        for text in self.iter_text():
            *lines, pending = (pending + text).split("\n")
            yield from (line.rstrip("\r") for line in lines)
        if pending:
            yield pending

    def stream_to_file(self, file: str | os.PathLike[str], *, chunk_size: int | None = None) -> None:
        """openai-python's name for `write_to_file`."""
        self.write_to_file(file, chunk_size)

    async def astream_to_file(self, file: str | os.PathLike[str], *, chunk_size: int | None = None) -> None:
        """openai-python's name for `awrite_to_file`."""
        await self.awrite_to_file(file, chunk_size)

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        try:
            yield from self._response.iter_bytes(chunk_size)
        except (httpx2.TransportError, httpx2.DecodingError) as exc:
            raise _interrupted(exc, self._response) from None
        finally:
            self._response.close()

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.aiter_bytes(chunk_size):
                yield chunk
        except (httpx2.TransportError, httpx2.DecodingError) as exc:
            raise _interrupted(exc, self._response) from None
        finally:
            await self._response.aclose()

    def write_to_file(self, path: str | os.PathLike[str], chunk_size: int | None = None) -> None:
        """Write the body to `path`, chunk by chunk."""
        write_chunks(path, self.iter_bytes(chunk_size))

    async def awrite_to_file(self, path: str | os.PathLike[str], chunk_size: int | None = None) -> None:
        """Write the body to `path`, chunk by chunk, from async code."""
        await awrite_chunks(path, self.aiter_bytes(chunk_size))

    def close(self) -> None:
        self._response.close()

    async def aclose(self) -> None:
        await self._response.aclose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


BinaryResponse = HttpxBinaryResponseContent  # this client's name for it


def write_chunks(path: str | os.PathLike[str], chunks: Iterable[bytes]) -> None:
    """Write a body to `path` as its chunks arrive."""
    with open(path, "wb") as file:
        for chunk in chunks:
            file.write(chunk)


async def awrite_chunks(path: str | os.PathLike[str], chunks: AsyncIterable[bytes]) -> None:
    """Write a body to `path` as its chunks arrive, from async code."""
    with open(path, "wb") as file:
        async for chunk in chunks:
            file.write(chunk)


def _interrupted(exc: Exception, response: httpx2.Response) -> Exception:
    """The client's error for a body that stopped or did not decode while it was read after the call returned."""
    from ._errors import APITimeoutError, StreamInterruptedError

    if isinstance(exc, httpx2.TimeoutException):
        return APITimeoutError(f"Reading the body timed out ({type(exc).__name__})", request=response.request)
    return StreamInterruptedError(f"Reading the body failed ({type(exc).__name__})", request=response.request)
