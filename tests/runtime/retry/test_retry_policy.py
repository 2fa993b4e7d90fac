"""Retries: which failures are retried, how long to wait, and what is sent again."""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Iterator

import httpx2
import pytest
from openai_connector.lib import (
    APIConnectionError,
    APITimeoutError,
    BaseModel,
    InternalServerError,
    RateLimitError,
    RetryEvent,
)
from openai_connector.lib._constants import INITIAL_RETRY_DELAY, MAX_BACKOFF_DELAY
from openai_connector.lib._retry import RetryPolicy, retry_delay

from tests.runtime._helpers import record_sleeps
from tests.support.clients import CHAT, LIST_FILES, UPLOAD_PART, async_azure_client, azure_client, openai_client
from tests.support.loopback import LoopbackServer, Reply


class Anything(BaseModel):
    pass


def test_429_with_retry_after_ms_then_success(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.script(
        Reply(status=429, headers={"retry-after-ms": "30"}, body={"error": {"message": "slow"}}),
        Reply(body={"ok": True}),
    )
    events: list[RetryEvent] = []
    sleeps = record_sleeps(monkeypatch)
    with openai_client(server, on_retry=events.append, retry_delay=None) as client:
        result = client.call(LIST_FILES, cast_to=Anything)
    assert result.model_extra == {"ok": True}
    assert len(server.requests) == 2
    assert [(e.attempt, e.status_code, e.delay) for e in events] == [(1, 429, 0.03)]
    assert "429" in events[0].reason
    assert sleeps == [0.03]  # the hinted delay was slept, not only computed


async def test_async_429_with_azure_retry_after_then_success(server: LoopbackServer) -> None:
    server.script(Reply(status=429, headers={"x-ms-retry-after-ms": "10"}, body={}), Reply(body={}))
    events: list[RetryEvent] = []
    async with async_azure_client(server, on_retry=events.append) as client:
        await client.call(LIST_FILES, cast_to=Anything)
    assert len(server.requests) == 2
    assert events[0].delay == pytest.approx(0.01)


def test_500_until_give_up_raises_the_last_error(server: LoopbackServer) -> None:
    server.script(*(Reply(status=500, body={"error": {"message": f"boom {i}"}}) for i in range(3)))
    with openai_client(server, max_retries=2) as client, pytest.raises(InternalServerError) as info:
        client.call(LIST_FILES, cast_to=Anything)
    assert len(server.requests) == 3
    assert info.value.status_code == 500
    assert "boom 2" in str(info.value)


async def test_async_5xx_give_up(server: LoopbackServer) -> None:
    server.script(Reply(status=502, body={}), Reply(status=503, body={}))
    async with async_azure_client(server, max_retries=1) as client:
        with pytest.raises(InternalServerError) as info:
            await client.call(LIST_FILES, cast_to=Anything)
    assert info.value.status_code == 503
    assert len(server.requests) == 2


def test_400_is_not_retried_unless_retry_on_all_errors(server: LoopbackServer) -> None:
    server.script(Reply(status=400, body={}), Reply(status=400, body={}), Reply(body={}))
    with openai_client(server) as client:
        with pytest.raises(Exception, match="400"):
            client.call(LIST_FILES, cast_to=Anything)
        assert len(server.requests) == 1
        client.request("GET", "/files", retry_on_all_errors=True)
    assert len(server.requests) == 3


def test_x_should_retry_overrides_status(server: LoopbackServer) -> None:
    server.script(
        Reply(status=503, headers={"x-should-retry": "false"}, body={}),
        Reply(status=400, headers={"x-should-retry": "true"}, body={}),
        Reply(body={}),
    )
    with openai_client(server) as client:
        with pytest.raises(InternalServerError):
            client.call(LIST_FILES, cast_to=Anything)
        client.call(LIST_FILES, cast_to=Anything)
    assert len(server.requests) == 3


def test_connection_reset_is_retried(server: LoopbackServer) -> None:
    server.script(Reply(reset=True), Reply(body={}))
    events: list[RetryEvent] = []
    with azure_client(server, on_retry=events.append) as client:
        client.call(LIST_FILES, cast_to=Anything)
    assert len(server.requests) == 2
    assert events[0].status_code is None and "connection" in events[0].reason


def test_connection_reset_every_time_gives_connection_error(server: LoopbackServer) -> None:
    server.script(Reply(reset=True), Reply(reset=True))
    with openai_client(server, max_retries=1) as client, pytest.raises(APIConnectionError) as info:
        client.call(LIST_FILES, cast_to=Anything)
    assert not isinstance(info.value, APITimeoutError)
    assert len(server.requests) == 2


def test_timeout_is_retried_then_raised(server: LoopbackServer) -> None:
    server.script(Reply(delay=0.5, body={}), Reply(delay=0.5, body={}))
    with openai_client(server, max_retries=1, timeout=0.1) as client, pytest.raises(APITimeoutError):
        client.call(LIST_FILES, cast_to=Anything)
    assert len(server.requests) == 2


def test_per_call_timeout_overrides_client_default(server: LoopbackServer) -> None:
    server.script(Reply(delay=0.3, body={}), Reply(delay=0.3, body={}))
    with openai_client(server, max_retries=0, timeout=5.0) as client:
        with pytest.raises(APITimeoutError):
            client.call(LIST_FILES, cast_to=Anything, timeout=0.05)
        client.call(LIST_FILES, cast_to=Anything)


async def test_async_timeout(server: LoopbackServer) -> None:
    server.script(Reply(delay=0.5, body={}))
    async with async_azure_client(server, max_retries=0, timeout=httpx2.Timeout(0.1)) as client:
        with pytest.raises(APITimeoutError):
            await client.call(LIST_FILES, cast_to=Anything)


def test_one_shot_body_is_never_retried(server: LoopbackServer) -> None:
    server.script(Reply(status=500, body={}), Reply(body={}))

    def chunks() -> Iterator[bytes]:
        yield b"part-1"
        yield b"part-2"

    with openai_client(server) as client, pytest.raises(InternalServerError):
        client.call(UPLOAD_PART, path_params={"upload_id": "up_1"}, body=chunks(), cast_to=Anything)
    assert len(server.requests) == 1
    assert server.requests[0].body == b"part-1part-2"


def test_bytes_body_and_idempotency_key_are_resent_unchanged(server: LoopbackServer) -> None:
    server.script(Reply(status=500, body={}), Reply(status=429, body={}), Reply(body={}))
    with openai_client(server) as client:
        client.call(CHAT, body={"model": "m"}, extra_headers={"Idempotency-Key": "idem-123"}, cast_to=Anything)
    assert [r.headers["idempotency-key"] for r in server.requests] == ["idem-123"] * 3
    assert len({r.body for r in server.requests}) == 1


def test_rate_limit_error_after_retries(server: LoopbackServer) -> None:
    server.script(Reply(status=429, body={}))
    with openai_client(server, max_retries=0) as client, pytest.raises(RateLimitError):
        client.call(LIST_FILES, cast_to=Anything)


# -- the policy function itself ---------------------------------------------------------------------


def _response(status: int, **headers: str) -> httpx2.Response:
    return httpx2.Response(status, headers=headers)


POLICY = RetryPolicy(max_retries=5, max_retry_delay=60.0)


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_policy_retries_these_statuses(status: int) -> None:
    assert retry_delay(POLICY, retries_taken=0, response=_response(status)) is not None


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_policy_does_not_retry_these(status: int) -> None:
    assert retry_delay(POLICY, retries_taken=0, response=_response(status)) is None


def test_policy_exponential_backoff_with_jitter_and_cap() -> None:
    delays = [retry_delay(POLICY, retries_taken=n, response=_response(500), rand=lambda: 0.0) for n in range(6)]
    assert [d[0] for d in delays if d] == [0.5, 1.0, 2.0, 4.0, 8.0]
    assert delays[5] is None  # max_retries reached
    low = retry_delay(POLICY, retries_taken=0, response=_response(500), rand=lambda: 1.0)
    assert low is not None and low[0] == pytest.approx(INITIAL_RETRY_DELAY * 0.75)
    big = retry_delay(RetryPolicy(max_retries=50, max_retry_delay=60), retries_taken=20, response=_response(500))
    assert big is not None and big[0] <= MAX_BACKOFF_DELAY


def test_policy_fixed_delay_and_no_backoff() -> None:
    fixed = RetryPolicy(max_retries=3, max_retry_delay=60, retry_delay=1.5)
    assert retry_delay(fixed, retries_taken=2, response=_response(500)) == (1.5, "status 500")
    flat = RetryPolicy(max_retries=3, max_retry_delay=60, exponential_backoff=False)
    assert retry_delay(flat, retries_taken=2, response=_response(500)) == (INITIAL_RETRY_DELAY, "status 500")


def test_policy_server_delays_and_cap() -> None:
    assert retry_delay(POLICY, retries_taken=0, response=_response(429, **{"retry-after": "3"})) == (3.0, "status 429")
    capped = RetryPolicy(max_retries=3, max_retry_delay=2.0)
    delay, reason = retry_delay(capped, retries_taken=0, response=_response(429, **{"retry-after-ms": "9000"}))  # type: ignore[misc]
    assert delay == math.inf  # beyond the cap: not waited at all
    assert "retry-after-ms: 9000" in reason and "max_retry_delay" in reason
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    decision = retry_delay(POLICY, retries_taken=0, response=_response(503, **{"retry-after": when}))
    assert decision is not None and 3.0 <= decision[0] <= 5.0


def test_policy_errors() -> None:
    request = httpx2.Request("GET", "http://127.0.0.1/")
    assert retry_delay(POLICY, retries_taken=0, error=httpx2.ConnectError("x", request=request)) is not None
    assert retry_delay(POLICY, retries_taken=0, error=httpx2.ReadTimeout("x", request=request)) is not None
    assert retry_delay(POLICY, retries_taken=0, error=ValueError("x")) is None
    everything = RetryPolicy(max_retries=1, max_retry_delay=1, retry_on_all_errors=True)
    assert retry_delay(everything, retries_taken=0, error=ValueError("x")) is not None
    assert retry_delay(POLICY, retries_taken=0, response=_response(500), replayable=False) is None


@pytest.mark.parametrize("value", ["99999", "1e400", "inf", "Infinity"])
def test_policy_refuses_huge_or_infinite_hints_without_overflow(value: str) -> None:
    decision = retry_delay(POLICY, retries_taken=0, response=_response(429, **{"retry-after": value}))
    assert decision is not None
    assert decision[0] == math.inf and f"Retry-After: {value}" in decision[1]
    ms = retry_delay(POLICY, retries_taken=0, response=_response(429, **{"retry-after-ms": value}))
    assert ms is not None and (ms[0] == math.inf or ms[0] == float(value) / 1000.0)


def test_policy_refuses_a_hint_longer_than_the_time_left() -> None:
    response = _response(503, **{"retry-after": "5"})
    decision = retry_delay(POLICY, retries_taken=0, response=response, time_left=4.0)
    assert decision is not None and decision[0] == math.inf and "total_timeout" in decision[1]
    assert retry_delay(POLICY, retries_taken=0, response=response, time_left=6.0) == (5.0, "status 503")


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "Thu, 01 Jan 1970 00:00:00 GMT"},
        {"retry-after": "0"},
        {"retry-after": "-3"},
        {"retry-after": "nan"},
        {"retry-after-ms": "0"},
        {"retry-after": "Mon, 99 Foo 10000 99:99:99 GMT"},
    ],
)
def test_policy_past_zero_or_unreadable_hints_fall_back_to_the_backoff(headers: dict[str, str]) -> None:
    decision = retry_delay(POLICY, retries_taken=1, response=_response(429, **headers), rand=lambda: 0.0)
    assert decision == (INITIAL_RETRY_DELAY * 2, "status 429")


def test_policy_decoding_errors_are_connection_errors() -> None:
    request = httpx2.Request("GET", "http://127.0.0.1/")
    decision = retry_delay(POLICY, retries_taken=0, error=httpx2.DecodingError("bad gzip", request=request))
    assert decision is not None and decision[1] == "connection error (DecodingError)"


def test_policy_backoff_never_overflows() -> None:
    many = RetryPolicy(max_retries=10**6, max_retry_delay=60)
    assert retry_delay(many, retries_taken=5000, response=_response(500), rand=lambda: 0.0) == (
        MAX_BACKOFF_DELAY,
        "status 500",
    )
