"""Client-side rate limit: N calls per period, shared by threads and by sync and async clients."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import Any

import pytest
from openai_connector.lib import APITimeoutError, BaseModel, RateLimiter
from openai_connector.lib._flow import Sleep

from tests.runtime._helpers import record_sleeps
from tests.support.clients import LIST_FILES, async_openai_client, openai_client
from tests.support.loopback import LoopbackServer, Reply


class Anything(BaseModel):
    pass


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_sliding_window_reservations() -> None:
    clock = FakeClock()
    limiter = RateLimiter(2, 10.0, clock=clock)
    assert [limiter.reserve() for _ in range(2)] == [0.0, 0.0]
    assert limiter.reserve() == 10.0
    assert limiter.reserve() == 10.0
    assert limiter.reserve() == 20.0
    clock.now = 125.0
    assert limiter.reserve() == 0.0


def test_limiter_is_thread_safe() -> None:
    clock = FakeClock()
    limiter = RateLimiter(5, 1.0, max_wait=100.0, clock=clock)
    waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(10):
            wait = limiter.reserve()
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(waits) == sorted(float(i // 5) for i in range(80))


# The clients below run on a fake clock that stands still, and `record_sleeps` returns at once: a call
# that must wait for the limit shows as the sleep the driver performed, of exactly the time to its slot.


def test_client_waits_for_the_limit(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    server.script(*(Reply(body={}) for _ in range(3)))
    sleeps = record_sleeps(monkeypatch, wait=False)
    with openai_client(server, rate_limiter=RateLimiter(2, 0.3, clock=FakeClock())) as client:
        waits_so_far = []
        for _ in range(3):
            client.call(LIST_FILES, cast_to=Anything)
            waits_so_far.append(len(sleeps))
    assert waits_so_far == [0, 0, 1]  # the third call, and only it, waited
    assert sleeps == [pytest.approx(0.3)]  # a whole period: for the first call's slot
    assert len(server.requests) == 3


def test_client_settings_make_the_limit(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """`max_calls_per_period` / `period_seconds` build the limiter the calls wait for (on the real clock)."""
    server.script(*(Reply(body={}) for _ in range(3)))
    sleeps = record_sleeps(monkeypatch, wait=False)
    with openai_client(server, max_calls_per_period=2, period_seconds=60.0) as client:
        for _ in range(3):
            client.call(LIST_FILES, cast_to=Anything)
    (wait,) = sleeps  # only the third call waits, for the rest of the first call's minute
    assert 0 < wait <= 60.0
    assert len(server.requests) == 3


async def test_one_limiter_shared_by_sync_and_async_clients(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.script(*(Reply(body={}) for _ in range(4)))
    sleeps = record_sleeps(monkeypatch, wait=False)
    limiter = RateLimiter(2, 0.3, clock=FakeClock())
    sync_client = openai_client(server, rate_limiter=limiter)
    await asyncio.to_thread(sync_client.call, LIST_FILES, cast_to=Anything)
    await asyncio.to_thread(sync_client.call, LIST_FILES, cast_to=Anything)
    sync_client.close()
    assert sleeps == []  # the sync client's two calls fill the period
    async with async_openai_client(server, rate_limiter=limiter) as client:
        await asyncio.gather(client.call(LIST_FILES, cast_to=Anything), client.call(LIST_FILES, cast_to=Anything))
    assert sleeps == [pytest.approx(0.3)] * 2  # both async calls waited for the slots the sync calls took
    assert len(server.requests) == 4


# -- cancelled calls, a bounded backlog, spacing (issue 14, item 7) ---------------------------------


def _starts(limiter: RateLimiter, n: int) -> list[float]:
    return [limiter.claim() for _ in range(n)]


def test_no_period_ever_holds_more_than_max_calls() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, 1.0, clock=clock)
    starts: list[float] = []
    for step in range(60):  # arrivals at irregular moments, some of them cancelled
        clock.now = 100.0 + step * 0.137
        start = limiter.claim()
        if step % 7 == 3:
            limiter.release(start)
        else:
            starts.append(start)
    starts.sort()
    for i in range(len(starts) - 10):
        assert starts[i + 10] - starts[i] >= 1.0  # any 11 consecutive calls span at least a period


def test_released_slots_are_free_again() -> None:
    clock = FakeClock()
    limiter = RateLimiter(10, 1.0, max_wait=100.0, clock=clock)
    sent = _starts(limiter, 10)
    assert sent == [100.0] * 10
    waiting = _starts(limiter, 90)  # 9 more periods of backlog
    assert max(waiting) == 109.0
    for start in waiting:
        limiter.release(start)  # all cancelled while they waited
    clock.now = 100.2
    assert limiter.claim() == 101.0  # waits only for the 10 that were sent, not for the cancelled 90


def test_the_backlog_is_bounded() -> None:
    clock = FakeClock()
    limiter = RateLimiter(2, 1.0, max_wait=3.0, clock=clock)
    assert _starts(limiter, 8) == [100.0, 100.0, 101.0, 101.0, 102.0, 102.0, 103.0, 103.0]
    with pytest.raises(APITimeoutError, match="rate_limit_max_wait"):
        limiter.claim()  # 4 s away
    with pytest.raises(APITimeoutError, match="total_timeout"):
        limiter.claim(time_left=0.5)
    clock.now = 101.5
    assert limiter.claim() == 104.0  # time passed: room again


def test_the_default_backlog_is_ten_periods() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1, 2.0, clock=clock)
    assert limiter.max_wait == 20.0
    assert _starts(limiter, 11)[-1] == 120.0
    with pytest.raises(APITimeoutError):
        limiter.claim()


def test_a_late_sender_pushes_the_next_period() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1, 1.0, clock=clock)
    first = limiter.claim()
    second = limiter.claim()
    assert second == 101.0
    clock.now = 101.4  # the second call woke up late and is sent now
    limiter.mark_sent(second)
    assert limiter.claim() == 102.4  # a period after the moment it was really sent
    assert first == 100.0


@pytest.mark.parametrize(("max_calls", "period"), [(0, 1.0), ("2", 1.0), (1, 0.0), (1, float("inf")), (1, -1)])
def test_bad_limits_are_refused(max_calls: Any, period: Any) -> None:
    with pytest.raises(ValueError, match=r"max_calls_per_period|period_seconds"):
        RateLimiter(max_calls, period)


async def test_cancelled_calls_give_their_slots_back(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """100 calls cancelled by `wait_for(..., 0.2)` under 10 per second: the next call waits for the 10
    that were sent (under a period), not for the 90 cancelled ones (~9 s)."""
    server.fallback = Reply(body={}, delay=1.0)  # the 10 sent calls outlive their 0.2 s
    waits = record_sleeps(monkeypatch)
    async with async_openai_client(server, max_calls_per_period=10, period_seconds=1.0, max_retries=0) as client:

        async def one() -> None:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(client.call(LIST_FILES, cast_to=Anything), 0.2)

        await asyncio.gather(*(one() for _ in range(100)))
        assert len(waits) == 90 and max(waits) > 8.0  # 90 queued for up to 9 s, then cancelled
        waits.clear()
        server.fallback = Reply(body={})
        await client.call(LIST_FILES, cast_to=Anything)
    assert len(waits) <= 1 and all(w <= 1.0 for w in waits)
    assert server.count <= 11  # the cancelled calls that were queued never went out


def test_an_interrupted_sync_call_gives_its_slot_back(server: LoopbackServer, monkeypatch: pytest.MonkeyPatch) -> None:
    limiter = RateLimiter(1, 60.0)

    def interrupted(self: Sleep, http: Any) -> None:
        raise KeyboardInterrupt

    server.fallback = Reply(body={})
    with openai_client(server, rate_limiter=limiter) as client:
        client.call(LIST_FILES, cast_to=Anything)
        with monkeypatch.context() as patch:
            patch.setattr(Sleep, "perform", interrupted)
            with pytest.raises(KeyboardInterrupt):
                client.call(LIST_FILES, cast_to=Anything)
    assert len(limiter._slots) == 1  # only the call that was sent holds a slot
    assert server.count == 1


def test_a_call_beyond_the_backlog_fails_at_once_without_sending(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.fallback = Reply(body={})
    waits = record_sleeps(monkeypatch, wait=False)
    with openai_client(server, max_calls_per_period=1, period_seconds=60.0, rate_limit_max_wait=30.0) as client:
        client.call(LIST_FILES, cast_to=Anything)
        with pytest.raises(APITimeoutError, match="rate_limit_max_wait"):
            client.call(LIST_FILES, cast_to=Anything)
        with pytest.raises(APITimeoutError, match="total_timeout"):
            client.with_options(total_timeout=5.0).call(LIST_FILES, cast_to=Anything)
    assert waits == []
    assert server.count == 1
