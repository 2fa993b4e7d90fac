"""Fault injection, retry family: 429 with each retry header form, 5xx bursts, statuses never retried.

The policy (`lib/_retry.py`): 408/409/429 and every 5xx are retried up to `max_retries` times; a delay the
server asks for (`retry-after-ms`, then `x-ms-retry-after-ms`, then `Retry-After` in seconds or as an
HTTP date) wins over the client's own. A hint longer than `max_retry_delay` (or than what is left of the
call's `total_timeout`) is not waited: the error is raised at once, naming the hint. A hint of zero, in
the past or unreadable falls back to the client's own delay. The clients here retry after 0.01 s of
their own and allow server delays up to 0.3 s, so each header form gives a delay that only it explains.
The waits are checked as the sleeps the flow driver performed (`record_sleeps`), not with a clock.
"""

from __future__ import annotations

import email.utils
import time

import pytest
from openai_connector import BadRequestError, InternalServerError, RateLimitError
from openai_connector.lib import RetryEvent

from tests.runtime._helpers import (
    PROVIDERS,
    Provider,
    achat,
    async_client,
    chat,
    completion,
    no_leaks,
    record_sleeps,
    sync_client,
)
from tests.support.loopback import LoopbackServer, Reply

pytestmark = pytest.mark.parametrize("provider", PROVIDERS)

CAP = 0.3
RATE_LIMITED = {"error": {"message": "Rate limit reached for requests", "type": "requests", "code": "rate_limit"}}


def _http_date(offset: float) -> str:
    return email.utils.formatdate(time.time() + offset, usegmt=True)


HEADER_FORMS = [
    pytest.param({"retry-after-ms": "120"}, 0.12, id="retry-after-ms"),
    pytest.param({"x-ms-retry-after-ms": "80"}, 0.08, id="x-ms-retry-after-ms"),
    pytest.param({"Retry-After": "0.2"}, 0.2, id="retry-after-seconds"),
    pytest.param({"Retry-After": "0"}, 0.01, id="retry-after-zero-falls-back"),
    pytest.param({"Retry-After": "Thu, 01 Jan 1970 00:00:00 GMT"}, 0.01, id="retry-after-http-date-past"),
    pytest.param({"retry-after-ms": "50", "Retry-After": "7"}, 0.05, id="ms-beats-seconds"),
    pytest.param({"Retry-After": "soon"}, 0.01, id="unreadable-falls-back"),
]


@pytest.mark.parametrize(("headers", "delay"), HEADER_FORMS)
def test_429_honours_each_retry_header_sync(
    server: LoopbackServer,
    provider: Provider,
    headers: dict[str, str],
    delay: float,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server.script(Reply(status=429, body=RATE_LIMITED, headers=headers), Reply(body=completion("after wait")))
    events: list[RetryEvent] = []
    sleeps = record_sleeps(monkeypatch)
    with no_leaks(server):
        with sync_client(server.url, provider, max_retry_delay=CAP, on_retry=events.append) as client:
            assert chat(client, provider).choices[0].message.content == "after wait"
    assert server.count == 2
    (event,) = events
    assert event.status_code == 429 and event.attempt == 1
    assert event.delay == pytest.approx(delay, abs=0.002)
    assert sleeps == [event.delay]  # the delay was waited (the driver's one sleep), not only computed


@pytest.mark.parametrize(("headers", "delay"), HEADER_FORMS[:3])
async def test_429_honours_retry_headers_async(
    server: LoopbackServer,
    provider: Provider,
    headers: dict[str, str],
    delay: float,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server.script(Reply(status=429, body=RATE_LIMITED, headers=headers), Reply(body=completion()))
    events: list[RetryEvent] = []
    sleeps = record_sleeps(monkeypatch)
    with no_leaks(server):
        async with async_client(server.url, provider, max_retry_delay=CAP, on_retry=events.append) as client:
            await achat(client, provider)
    assert [round(e.delay, 3) for e in events] == [delay]
    assert sleeps == [events[0].delay]  # waited with asyncio.sleep
    assert server.count == 2


def test_429_every_time_raises_rate_limit_error_after_the_retries(
    server: LoopbackServer, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.fallback = Reply(status=429, body=RATE_LIMITED, headers={"retry-after-ms": "10", "x-request-id": "req_9"})
    sleeps = record_sleeps(monkeypatch, wait=False)
    with no_leaks(server), sync_client(server.url, provider, max_retries=3) as client:
        with pytest.raises(RateLimitError) as info:
            chat(client, provider)
    assert server.count == 4
    assert sleeps == [0.01] * 3  # the server's 10 ms before each retry, nothing longer
    assert info.value.status_code == 429
    assert "429" in str(info.value) and "Rate limit reached" in str(info.value) and "req_9" in str(info.value)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_burst_shorter_than_the_retries_recovers_sync(
    server: LoopbackServer, provider: Provider, status: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.script(Reply(status=status), Reply(status=status), Reply(body=completion("recovered")))
    sleeps = record_sleeps(monkeypatch, wait=False)
    with no_leaks(server), sync_client(server.url, provider, max_retries=2) as client:
        assert chat(client, provider).choices[0].message.content == "recovered"
    assert server.count == 3
    assert sleeps == [0.01, 0.01]  # the client's own fixed delay, not a backoff


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_5xx_burst_longer_than_the_retries_fails_async(
    server: LoopbackServer, provider: Provider, status: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.fallback = Reply(status=status, body={"error": {"message": f"upstream said {status}"}})
    sleeps = record_sleeps(monkeypatch, wait=False)
    with no_leaks(server):
        async with async_client(server.url, provider, max_retries=2) as client:
            with pytest.raises(InternalServerError) as info:
                await achat(client, provider)
    assert server.count == 3
    assert sleeps == [0.01, 0.01]
    assert info.value.status_code == status
    assert f"Error code: {status}" in str(info.value) and f"upstream said {status}" in str(info.value)


def test_5xx_burst_with_an_html_body(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(status=502, body="<html>Bad Gateway</html>", headers={"Content-Type": "text/html"})
    with no_leaks(server), sync_client(server.url, provider, max_retries=1) as client:
        with pytest.raises(InternalServerError, match="Error code: 502") as info:
            chat(client, provider)
    assert server.count == 2
    assert info.value.body == "<html>Bad Gateway</html>"


def test_x_should_retry_false_stops_retrying(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(status=503, headers={"x-should-retry": "false"})
    with no_leaks(server), sync_client(server.url, provider, max_retries=5) as client:
        with pytest.raises(InternalServerError):
            chat(client, provider)
    assert server.count == 1


def test_400_is_never_retried(server: LoopbackServer, provider: Provider) -> None:
    server.fallback = Reply(status=400, body={"error": {"message": "bad messages", "param": "messages"}})
    with no_leaks(server), sync_client(server.url, provider, max_retries=5) as client:
        with pytest.raises(BadRequestError, match="bad messages"):
            chat(client, provider)
    assert server.count == 1


async def test_without_a_fixed_delay_the_backoff_starts_at_half_a_second(
    server: LoopbackServer, provider: Provider
) -> None:
    """The first exponential step is 0.5 s less up to 25% jitter."""
    server.script(Reply(status=500), Reply(body=completion()))
    events: list[RetryEvent] = []
    async with async_client(server.url, provider, retry_delay=None, on_retry=events.append) as client:
        await achat(client, provider)
    assert 0.375 <= events[0].delay <= 0.5
