"""Fault injection, deadline family: server hints too long to wait, and the call's overall `total_timeout`.

A wait the server asks for (`Retry-After`, `retry-after-ms`) longer than `max_retry_delay`, or than what
is left of the call's `total_timeout`, is never slept: the error is raised at once and names the hint.
`timeout` bounds each attempt's phases (connect, each read); `total_timeout` bounds the whole call, every
attempt, retry wait and body read, so a server trickling bytes cannot keep a call alive past it.
No test reads a clock: the evidence is the sleeps the flow driver performed (`record_sleeps`), the error
type and message (a deadline names `total_timeout`), the attempts the server counted, and the server seeing
the client hang up on a trickling or stalled answer (`server.hangups`). The server's lifetime (`GUARD`,
far beyond `TOTAL`) is the hang guard: an answer it cuts short is a connection error, not a deadline.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Iterator
from typing import Any

import pytest
from openai_connector import APITimeoutError, InternalServerError, RateLimitError
from openai_connector.lib._flow import Sleep

from tests.runtime._helpers import (
    PROVIDERS,
    Provider,
    achat,
    async_client,
    chat,
    chat_path,
    completion,
    no_leaks,
    record_sleeps,
    sync_client,
)
from tests.support.loopback import LoopbackServer, Reply, sse_event

pytestmark = pytest.mark.parametrize("provider", PROVIDERS)

RATE_LIMITED = {"error": {"message": "Rate limit reached", "type": "requests"}}


GUARD = 10.0


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer(lifetime=GUARD) as srv:
        yield srv


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Every sleep the client asks for, not waited: a huge hint wrongly honoured shows here instead of hanging."""
    return record_sleeps(monkeypatch, wait=False)


_IN_AN_HOUR = email.utils.formatdate(time.time() + 3600, usegmt=True)
HUGE_HINTS = [
    pytest.param({"Retry-After": "99999"}, "Retry-After: 99999", id="retry-after-99999"),
    pytest.param({"Retry-After": "1e400"}, "Retry-After: 1e400", id="retry-after-1e400"),
    pytest.param({"Retry-After": "inf"}, "Retry-After: inf", id="retry-after-inf"),
    pytest.param({"retry-after-ms": "99999000"}, "retry-after-ms: 99999000", id="retry-after-ms"),
    pytest.param({"retry-after-ms": "1e400"}, "retry-after-ms: 1e400", id="retry-after-ms-1e400"),
    pytest.param({"Retry-After": _IN_AN_HOUR}, f"Retry-After: {_IN_AN_HOUR}", id="retry-after-http-date"),
]


@pytest.mark.parametrize(("headers", "named"), HUGE_HINTS)
@pytest.mark.parametrize("stream", [False, True])
def test_a_hint_beyond_the_cap_raises_at_once_naming_it_sync(  # noqa: PLR0917 - pytest parameters
    server: LoopbackServer, provider: Provider, sleeps: list[float], headers: dict[str, str], named: str, stream: bool
) -> None:
    server.fallback = Reply(status=429, body=RATE_LIMITED, headers=headers)
    with no_leaks(server), sync_client(server.url, provider, timeout=2, max_retry_delay=60) as client:
        with pytest.raises(RateLimitError) as info:
            chat(client, provider, stream=stream) if stream else chat(client, provider)
    assert server.count == 1
    assert sleeps == []
    assert named in str(info.value) and "max_retry_delay" in str(info.value)


@pytest.mark.parametrize(("headers", "named"), HUGE_HINTS[::2])
@pytest.mark.parametrize("stream", [False, True])
async def test_a_hint_beyond_the_cap_raises_at_once_naming_it_async(  # noqa: PLR0917 - pytest parameters
    server: LoopbackServer, provider: Provider, sleeps: list[float], headers: dict[str, str], named: str, stream: bool
) -> None:
    server.fallback = Reply(status=503, headers=headers)
    with no_leaks(server):
        async with async_client(server.url, provider, timeout=2, max_retry_delay=60) as client:
            with pytest.raises(InternalServerError) as info:
                await achat(client, provider, stream=stream)
    assert server.count == 1
    assert sleeps == []
    assert named in str(info.value)


def test_a_hint_beyond_the_time_left_raises_at_once(
    server: LoopbackServer, provider: Provider, sleeps: list[float]
) -> None:
    server.fallback = Reply(status=429, body=RATE_LIMITED, headers={"Retry-After": "5"})
    with no_leaks(server), sync_client(server.url, provider, max_retry_delay=60, total_timeout=3) as client:
        with pytest.raises(RateLimitError) as info:
            chat(client, provider)
    assert server.count == 1
    assert sleeps == []
    assert "Retry-After: 5" in str(info.value) and "total_timeout" in str(info.value)


TRICKLE = Reply(body=completion("slow"), trickle=0.5)  # one byte every 0.5 s: each read is well within `timeout`
TOTAL = 1.0


def test_a_trickling_server_cannot_outlast_the_deadline_sync(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = TRICKLE
    with no_leaks(server):
        with sync_client(server.url, provider, timeout=2, max_retries=2, total_timeout=TOTAL) as client:
            with pytest.raises(APITimeoutError, match="total_timeout"):
                chat(client, provider)
    assert server.count == 1  # the first attempt used the whole deadline: no retry could start in time
    assert server.hangups == 1  # the client walked away mid-body, long before the trickle (or GUARD) ended


async def test_a_trickling_server_cannot_outlast_the_deadline_async(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = TRICKLE
    with no_leaks(server):
        async with async_client(server.url, provider, timeout=2, max_retries=2) as client:
            bounded = client.with_options(total_timeout=TOTAL)  # per call: a derived client
            with pytest.raises(APITimeoutError, match="total_timeout"):
                await achat(bounded, provider)
    assert server.count == 1
    assert server.hangups == 1


def test_a_stalled_stream_call_ends_by_the_deadline_sync(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(stall=True)
    with no_leaks(server):
        with sync_client(server.url, provider, timeout=30, max_retries=3, total_timeout=TOTAL) as client:
            with pytest.raises(APITimeoutError):
                chat(client, provider, stream=True)
    assert server.count == 1  # the attempt's read timeout was cut to the deadline: no time was left to retry
    assert server.hangups == 1  # by the client: its 30 s read timeout would have outlived the server (GUARD)


async def test_a_streamed_answer_under_a_deadline_is_delivered_whole_async(
    server: LoopbackServer, provider: Provider
) -> None:
    """With a deadline the flow reads non-streamed bodies itself; a stream's body is left to the caller."""
    server.script(Reply(sse=[sse_event(completion_chunk) for completion_chunk in _chunks(3)] + ["data: [DONE]\n\n"]))
    async with async_client(server.url, provider, total_timeout=5.0) as client:
        stream = await achat(client, provider, stream=True)
        assert len([item async for item in stream]) == 3


def _chunks(n: int) -> list[dict[str, Any]]:
    from tests.runtime._helpers import chunk

    return [chunk(str(i)) for i in range(n)]


def test_retries_stop_at_the_deadline(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.fallback = Reply(status=503, headers={"retry-after-ms": "200"})
    sleeps = record_sleeps(monkeypatch)  # waited: the deadline is on the real clock
    with no_leaks(server):
        with sync_client(server.url, provider, max_retries=50, max_retry_delay=60, total_timeout=TOTAL) as client:
            with pytest.raises(InternalServerError, match="total_timeout"):
                chat(client, provider)
    assert server.count <= 1 + TOTAL / 0.2  # never more attempts than the deadline has room for
    assert sleeps == [0.2] * (server.count - 1)  # the hint before each retry, none after the last attempt
    assert sum(sleeps) < TOTAL
    assert all(r.path == chat_path(provider) for r in server.requests)


async def test_raw_request_takes_a_total_timeout(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = TRICKLE
    with no_leaks(server):
        async with async_client(server.url, provider, timeout=2, max_retries=2) as client:
            with pytest.raises(APITimeoutError, match="total_timeout"):
                await client.request("GET", "/models", total_timeout=TOTAL)
    assert server.count == 1
    assert server.hangups == 1


def test_an_attempt_never_starts_after_the_deadline(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A retry wait that overruns (a busy machine) does not lead to one more attempt past the deadline."""
    server.fallback = Reply(status=503, headers={"retry-after-ms": "100"})
    monkeypatch.setattr(Sleep, "perform", lambda self, http: time.sleep(self.seconds + 0.6))
    with no_leaks(server), sync_client(server.url, provider, max_retries=5, total_timeout=0.5) as client:
        with pytest.raises(APITimeoutError, match=r"total_timeout \(0.5 s\) reached after 1 attempt\(s\)"):
            chat(client, provider)
    assert server.count == 1
