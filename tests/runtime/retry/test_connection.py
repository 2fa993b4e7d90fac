"""Fault injection, connection family: refused, reset before and after the headers, redirects.

Both providers, sync and async, through the generated chat method. Each test counts the attempts (at the
server, or through `on_retry` when nothing listens) and, where the call is retried, the sleeps between
them (`record_sleeps`: only the client's 0.01 s); it checks the error type and message, and that no
thread or file descriptor is left behind. Every fault here ends an attempt at once: no test needs a clock.
"""

from __future__ import annotations

import pytest
from openai_connector import APIConnectionError
from openai_connector.lib import RetryEvent
from openai_connector.lib._constants import MAX_REDIRECTS

from tests.runtime._helpers import (
    AZURE_KEY,
    OPENAI_KEY,
    PROVIDERS,
    Provider,
    achat,
    async_client,
    chat,
    chat_path,
    completion,
    no_leaks,
    record_sleeps,
    refused_url,
    sync_client,
)
from tests.support.loopback import LoopbackServer, Reply

pytestmark = pytest.mark.parametrize("provider", PROVIDERS)


def test_connection_refused_sync(provider: Provider, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    retries: list[RetryEvent] = []
    with no_leaks():
        with sync_client(refused_url(), provider, max_retries=2, on_retry=retries.append) as client:
            with pytest.raises(APIConnectionError) as info:
                chat(client, provider)
    assert [e.attempt for e in retries] == [1, 2]
    assert sleeps == [0.01, 0.01]
    assert all(e.reason.startswith("connection error") for e in retries)
    assert type(info.value) is APIConnectionError
    assert "Connection error" in str(info.value)
    assert "refused" in str(info.value).lower() or "ConnectError" in str(info.value)


async def test_connection_refused_async(provider: Provider, monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    retries: list[RetryEvent] = []
    with no_leaks():
        async with async_client(refused_url(), provider, max_retries=1, on_retry=retries.append) as client:
            with pytest.raises(APIConnectionError) as info:
                await achat(client, provider)
    assert [e.attempt for e in retries] == [1]
    assert sleeps == [0.01]
    assert type(info.value) is APIConnectionError
    assert "Connection error" in str(info.value)


def test_reset_before_headers_is_retried_then_fails_sync(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    server.fallback = Reply(reset=True)
    with no_leaks(server):
        with sync_client(server.url, provider, max_retries=2) as client, pytest.raises(APIConnectionError) as info:
            chat(client, provider)
    assert server.count == 3
    assert sleeps == [0.01, 0.01]
    assert {r.path for r in server.requests} == {chat_path(provider)}
    assert "Connection error" in str(info.value)


async def test_reset_before_headers_is_retried_then_fails_async(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    server.fallback = Reply(reset=True)
    with no_leaks(server):
        async with async_client(server.url, provider, max_retries=3) as client:
            with pytest.raises(APIConnectionError):
                await achat(client, provider)
    assert server.count == 4
    assert sleeps == [0.01] * 3


def test_reset_after_headers_then_recovery_sync(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    server.script(Reply(body=completion(), reset_after_headers=True), Reply(body=completion("second")))
    with no_leaks(server), sync_client(server.url, provider, max_retries=2) as client:
        result = chat(client, provider)
    assert result.choices[0].message.content == "second"
    assert server.count == 2
    assert sleeps == [0.01]


async def test_reset_after_headers_every_time_async(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    server.fallback = Reply(body=completion(), reset_after_headers=True)
    with no_leaks(server):
        async with async_client(server.url, provider, max_retries=2) as client:
            with pytest.raises(APIConnectionError) as info:
                await achat(client, provider)
    assert server.count == 3
    assert sleeps == [0.01, 0.01]
    assert "Connection error" in str(info.value)


def test_no_retries_means_one_attempt(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(reset=True)
    with no_leaks(server), sync_client(server.url, provider, max_retries=0) as client:
        with pytest.raises(APIConnectionError):
            chat(client, provider)
    assert server.count == 1


def _loop_reply(server: LoopbackServer, provider: Provider) -> Reply:
    return Reply(status=307, headers={"Location": f"{server.url}{chat_path(provider)}"})


def test_redirect_loop_ends_with_a_connection_error_sync(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    server.fallback = _loop_reply(server, provider)
    with no_leaks(server), sync_client(server.url, provider, max_retries=2) as client:
        with pytest.raises(APIConnectionError, match="Too many redirects") as info:
            chat(client, provider)
    assert server.count == MAX_REDIRECTS + 1  # the first request and each redirect followed; a loop is not retried
    assert sleeps == []
    assert "127.0.0.1" not in str(info.value)


async def test_redirect_loop_ends_with_a_connection_error_async(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    sleeps = record_sleeps(monkeypatch, wait=False)
    server.fallback = _loop_reply(server, provider)
    with no_leaks(server):
        async with async_client(server.url, provider, max_retries=2) as client:
            with pytest.raises(APIConnectionError, match="Too many redirects"):
                await achat(client, provider)
    assert server.count == MAX_REDIRECTS + 1
    assert sleeps == []


def test_same_origin_redirect_is_followed_with_credentials(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(status=307, headers={"Location": "/moved"}), Reply(body=completion("moved")))
    with no_leaks(server), sync_client(server.url, provider, organization=None) as client:
        assert chat(client, provider).choices[0].message.content == "moved"
    first, second = server.requests
    assert second.path == "/moved" and second.method == "POST" and second.body == first.body
    assert second.headers.get("authorization" if provider == "openai" else "api-key") == first.headers.get(
        "authorization" if provider == "openai" else "api-key"
    )


async def test_cross_origin_redirect_drops_every_secret(server: LoopbackServer, provider: Provider) -> None:
    extra = {"organization": "org-REDIRECTSECRET", "project": "proj_REDIRECTSECRET"} if provider == "openai" else {}
    with LoopbackServer(lifetime=30.0) as other:
        other.script(Reply(body=completion("elsewhere")))
        server.script(Reply(status=308, headers={"Location": f"{other.url}/landing"}))
        with no_leaks(server):
            async with async_client(server.url, provider, **extra) as client:
                result = await achat(client, provider)
        assert result.choices[0].message.content == "elsewhere"
        (landed,) = other.requests
    assert landed.path == "/landing"
    sent = " ".join(f"{k}: {v}" for k, v in landed.headers.items())
    for secret in (OPENAI_KEY, AZURE_KEY, "REDIRECTSECRET"):
        assert secret not in sent
    assert "authorization" not in landed.headers and "api-key" not in landed.headers
    assert server.requests[0].headers.get("authorization" if provider == "openai" else "api-key")
