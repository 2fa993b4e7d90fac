"""Client-side rate limit: N calls per period, shared by threads and by sync and async clients."""

from __future__ import annotations

import asyncio
import threading
import time

from openai_connector.lib import BaseModel, RateLimiter

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


def test_client_waits_for_the_limit(server: LoopbackServer) -> None:
    server.script(*(Reply(body={}) for _ in range(3)))
    with openai_client(server, max_calls_per_period=2, period_seconds=0.3) as client:
        started = time.monotonic()
        for _ in range(3):
            client.call(LIST_FILES, cast_to=Anything)
        elapsed = time.monotonic() - started
    assert elapsed >= 0.29
    assert len(server.requests) == 3


async def test_one_limiter_shared_by_sync_and_async_clients(server: LoopbackServer) -> None:
    server.script(*(Reply(body={}) for _ in range(4)))
    limiter = RateLimiter(2, 0.3)
    sync_client = openai_client(server, rate_limiter=limiter)
    started = time.monotonic()
    await asyncio.to_thread(sync_client.call, LIST_FILES, cast_to=Anything)
    await asyncio.to_thread(sync_client.call, LIST_FILES, cast_to=Anything)
    async with async_openai_client(server, rate_limiter=limiter) as client:
        await asyncio.gather(client.call(LIST_FILES, cast_to=Anything), client.call(LIST_FILES, cast_to=Anything))
    elapsed = time.monotonic() - started
    sync_client.close()
    assert elapsed >= 0.29
    assert len(server.requests) == 4
