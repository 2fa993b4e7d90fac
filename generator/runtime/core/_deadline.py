"""The call's overall deadline (`total_timeout`): every attempt, retry wait and body read ends by it.

Used only when a `total_timeout` is set, so calls without one pay nothing. Each attempt's timeouts are
cut to what is left; a body is read through `by_deadline`, which checks the clock after each chunk, so a
server trickling bytes (each read within `timeout`) cannot keep the call alive past the deadline.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import httpx2

__all__ = ["attempt_timeout", "by_deadline"]


def attempt_timeout(timeout: httpx2.Timeout, left: float) -> httpx2.Timeout:
    """`timeout` with each phase cut to the `left` seconds of the deadline."""

    def cut(value: float | None) -> float:
        return left if value is None else min(value, left)

    return httpx2.Timeout(
        connect=cut(timeout.connect), read=cut(timeout.read), write=cut(timeout.write), pool=cut(timeout.pool)
    )


class _DeadlineStream(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A response's body stream that raises `httpx2.ReadTimeout` once `deadline` (`time.monotonic`) has passed."""

    def __init__(
        self, stream: httpx2.SyncByteStream | httpx2.AsyncByteStream, deadline: float, request: httpx2.Request
    ) -> None:
        self._stream = stream
        self._deadline = deadline
        self._request = request

    def _check(self) -> None:
        if time.monotonic() > self._deadline:
            raise httpx2.ReadTimeout("total_timeout reached while reading the response body", request=self._request)

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self._stream, httpx2.SyncByteStream)
        for chunk in self._stream:
            self._check()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._stream, httpx2.AsyncByteStream)
        async for chunk in self._stream:
            self._check()
            yield chunk

    def close(self) -> None:
        if isinstance(self._stream, httpx2.SyncByteStream):
            self._stream.close()

    async def aclose(self) -> None:
        if isinstance(self._stream, httpx2.AsyncByteStream):
            await self._stream.aclose()


def by_deadline(response: httpx2.Response, deadline: float) -> None:
    """Make reading `response`'s body (not read yet) raise `httpx2.ReadTimeout` past `deadline`."""
    response.stream = _DeadlineStream(response.stream, deadline, response.request)
