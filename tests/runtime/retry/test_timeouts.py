"""Fault injection, timeout family: a slow server (read timeout), one that stalls forever, and one that
never completes the TCP handshake (connect timeout).

A timed-out attempt is retried like a connection error, so a call ends within
`(max_retries + 1) * timeout` plus the retry delays; each test asserts that bound with some slack,
the attempt count, the error type (`APITimeoutError`) and that nothing leaks.
"""

from __future__ import annotations

import time

import httpx2
import pytest
from openai_connector import APITimeoutError

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
    within,
)
from tests.support.loopback import LoopbackServer, Reply

pytestmark = pytest.mark.parametrize("provider", PROVIDERS)

TIMEOUT = 0.25
SLACK = 1.0


def test_slow_server_read_timeout_sync(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(body=completion(), delay=3.0)
    with no_leaks(server), within(2 * TIMEOUT + SLACK):
        with sync_client(server.url, provider, timeout=TIMEOUT, max_retries=1) as client:
            with pytest.raises(APITimeoutError, match="timed out") as info:
                chat(client, provider)
    assert server.count == 2
    assert "ReadTimeout" in str(info.value)


async def test_slow_server_read_timeout_async(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(body=completion(), delay=3.0)
    with no_leaks(server), within(2 * TIMEOUT + SLACK):
        async with async_client(server.url, provider, timeout=TIMEOUT, max_retries=1) as client:
            with pytest.raises(APITimeoutError, match="timed out"):
                await achat(client, provider)
    assert server.count == 2


def test_slow_first_attempt_then_fast_one_succeeds(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(body=completion("late"), delay=2.0), Reply(body=completion("on time")))
    with no_leaks(server), within(TIMEOUT + SLACK):
        with sync_client(server.url, provider, timeout=TIMEOUT, max_retries=1) as client:
            assert chat(client, provider).choices[0].message.content == "on time"
    assert server.count == 2


def test_stalled_server_call_ends_within_its_timeout_sync(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(stall=True)
    with no_leaks(server), within(3 * TIMEOUT + SLACK):
        with sync_client(server.url, provider, timeout=TIMEOUT, max_retries=2) as client:
            with pytest.raises(APITimeoutError):
                chat(client, provider)
    assert server.count == 3


async def test_stalled_server_call_ends_within_its_timeout_async(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(stall=True)
    with no_leaks(server), within(TIMEOUT + SLACK):
        async with async_client(server.url, provider, timeout=30.0, max_retries=0) as client:
            with pytest.raises(APITimeoutError):
                await achat(client, provider, timeout=TIMEOUT)  # the per-call timeout wins over the client's
    assert server.count == 1


def test_per_call_timeout_overrides_the_client_default(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(stall=True)
    with no_leaks(server), within(TIMEOUT + SLACK):
        with sync_client(server.url, provider, timeout=30.0, max_retries=0) as client:
            with pytest.raises(APITimeoutError):
                chat(client, provider, timeout=TIMEOUT)
    assert server.count == 1


async def test_with_options_timeout_applies_to_generated_calls(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(stall=True)
    with no_leaks(server), within(TIMEOUT + SLACK):
        async with async_client(server.url, provider, timeout=30.0) as client:
            fast = client.with_options(timeout=TIMEOUT, max_retries=0)
            with pytest.raises(APITimeoutError):
                await achat(fast, provider)
    assert server.count == 1


CONNECT_ONLY = httpx2.Timeout(30.0, connect=TIMEOUT)  # only the connect phase can time out


def test_connect_timeout_is_retried_then_reported_sync(provider: Provider) -> None:
    with unanswered_url() as url, no_leaks(), within(2 * TIMEOUT + SLACK):
        with sync_client(url, provider, timeout=CONNECT_ONLY, max_retries=1) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="ConnectTimeout"):
                chat(client, provider)
    assert time.monotonic() - started >= 2 * TIMEOUT  # two attempts, each waited out its connect timeout


async def test_connect_timeout_is_retried_then_reported_async(provider: Provider) -> None:
    with unanswered_url() as url, no_leaks(), within(2 * TIMEOUT + SLACK):
        async with async_client(url, provider, timeout=CONNECT_ONLY, max_retries=1) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="ConnectTimeout"):
                await achat(client, provider)
    assert time.monotonic() - started >= 2 * TIMEOUT
