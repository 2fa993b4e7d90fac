"""Fault injection, timeout family: a slow server (read timeout), one that stalls forever, and one that
never completes the TCP handshake (connect timeout).

A timed-out attempt is retried like a connection error. No test reads a clock: the proof that a timeout
fired is the error type (`APITimeoutError`, naming the httpx2 timeout), the attempt count at the server,
and the server seeing the client hang up on each slow or stalled answer (`server.hangups`). The server's
lifetime (`GUARD`) is the hang guard: far longer than `TIMEOUT`, far shorter than the clients' 30 s
defaults that a per-call timeout must override; a stall it ends is the server hanging up, a connection
error rather than a timeout, and no hang-up by the client. Each test also checks that nothing leaks.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx2
import pytest
from openai_connector import APITimeoutError
from openai_connector.lib import RetryEvent

from tests.runtime._helpers import (
    PROVIDERS,
    Provider,
    achat,
    async_client,
    chat,
    completion,
    no_leaks,
    sync_client,
    unanswered_url,
)
from tests.support.loopback import LoopbackServer, Reply

pytestmark = pytest.mark.parametrize("provider", PROVIDERS)

TIMEOUT = 0.25
GUARD = 10.0


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer(lifetime=GUARD) as srv:
        yield srv


def test_slow_server_read_timeout_sync(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(body=completion(), delay=3.0)
    with no_leaks(server):
        with sync_client(server.url, provider, timeout=TIMEOUT, max_retries=1) as client:
            with pytest.raises(APITimeoutError, match="timed out") as info:
                chat(client, provider)
    assert server.count == 2
    assert server.hangups == 2  # the client gave up on each attempt before the server's 3 s delay ran out
    assert "ReadTimeout" in str(info.value)


async def test_slow_server_read_timeout_async(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(body=completion(), delay=3.0)
    with no_leaks(server):
        async with async_client(server.url, provider, timeout=TIMEOUT, max_retries=1) as client:
            with pytest.raises(APITimeoutError, match="timed out"):
                await achat(client, provider)
    assert server.count == 2
    assert server.hangups == 2


def test_slow_first_attempt_then_fast_one_succeeds(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(body=completion("late"), delay=2.0), Reply(body=completion("on time")))
    with no_leaks(server):
        with sync_client(server.url, provider, timeout=TIMEOUT, max_retries=1) as client:
            assert chat(client, provider).choices[0].message.content == "on time"
    assert server.count == 2
    assert server.hangups == 1  # the late answer was given up on, not waited for


def test_stalled_server_call_ends_within_its_timeout_sync(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(stall=True)
    with no_leaks(server):
        with sync_client(server.url, provider, timeout=TIMEOUT, max_retries=2) as client:
            with pytest.raises(APITimeoutError, match="ReadTimeout"):
                chat(client, provider)
    assert server.count == 3
    assert server.hangups == 3  # every stalled attempt ended by the client, none by the server's lifetime


async def test_stalled_server_call_ends_within_its_timeout_async(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(stall=True)
    with no_leaks(server):
        async with async_client(server.url, provider, timeout=30.0, max_retries=0) as client:
            with pytest.raises(APITimeoutError):
                await achat(client, provider, timeout=TIMEOUT)  # the per-call timeout wins over the client's
    assert server.count == 1
    assert server.hangups == 1  # the client's 30 s would have outlived the server (GUARD)


def test_per_call_timeout_overrides_the_client_default(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(stall=True)
    with no_leaks(server):
        with sync_client(server.url, provider, timeout=30.0, max_retries=0) as client:
            with pytest.raises(APITimeoutError):
                chat(client, provider, timeout=TIMEOUT)
    assert server.count == 1
    assert server.hangups == 1


async def test_with_options_timeout_applies_to_generated_calls(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(stall=True)
    with no_leaks(server):
        async with async_client(server.url, provider, timeout=30.0) as client:
            fast = client.with_options(timeout=TIMEOUT, max_retries=0)
            with pytest.raises(APITimeoutError):
                await achat(fast, provider)
    assert server.count == 1
    assert server.hangups == 1


CONNECT_ONLY = httpx2.Timeout(30.0, connect=TIMEOUT)  # only the connect phase can time out


def test_connect_timeout_is_retried_then_reported_sync(provider: Provider) -> None:
    retries: list[RetryEvent] = []
    with unanswered_url(lifetime=GUARD) as url, no_leaks():
        with sync_client(url, provider, timeout=CONNECT_ONLY, max_retries=1, on_retry=retries.append) as client:
            with pytest.raises(APITimeoutError, match="ConnectTimeout"):
                chat(client, provider)
    # Two attempts, each ended by its connect timeout: had either waited out 30 s, the listener's
    # lifetime would have ended it as a refused connection (APIConnectionError), not a timeout.
    assert [(e.attempt, e.error_type) for e in retries] == [(1, "ConnectTimeout")]


async def test_connect_timeout_is_retried_then_reported_async(provider: Provider) -> None:
    retries: list[RetryEvent] = []
    with unanswered_url(lifetime=GUARD) as url, no_leaks():
        async with async_client(url, provider, timeout=CONNECT_ONLY, max_retries=1, on_retry=retries.append) as client:
            with pytest.raises(APITimeoutError, match="ConnectTimeout"):
                await achat(client, provider)
    assert [(e.attempt, e.error_type) for e in retries] == [(1, "ConnectTimeout")]
