# copied from generator/runtime/core/_ratelimit.py by the openai-connector generator; edit the source
"""A client-side rate limit: at most N calls per period, shared by threads and event loops."""

from __future__ import annotations

import collections
import threading
import time
from collections.abc import Callable

from typing_extensions import override

__all__ = ["RateLimiter"]


class RateLimiter:
    """At most `max_calls` calls in any window of `period` seconds (sliding window).

    Thread-safe; one limiter can serve sync and async clients at once (pass it as `rate_limiter=`).
    Each call reserves its slot under a lock and then waits outside it, so waiting never holds the lock.
    """

    def __init__(self, max_calls: int, period: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if max_calls < 1:
            raise ValueError("max_calls_per_period must be at least 1")
        if period <= 0:
            raise ValueError("period_seconds must be positive")
        self.max_calls = max_calls
        self.period = period
        self._clock = clock
        self._lock = threading.Lock()
        self._slots: collections.deque[float] = collections.deque(maxlen=max_calls)

    def reserve(self) -> float:
        """Take the next free slot; returns how many seconds to wait before using it."""
        with self._lock:
            now = self._clock()
            start = now
            if len(self._slots) == self.max_calls:
                start = max(now, self._slots[0] + self.period)
            self._slots.append(start)
            return start - now

    def acquire(self) -> None:
        """Wait (blocking) until a call is allowed."""
        wait = self.reserve()
        if wait > 0:
            time.sleep(wait)

    async def acquire_async(self) -> None:
        """Wait (without blocking the event loop) until a call is allowed."""
        wait = self.reserve()
        if wait > 0:
            await _sleep(wait)

    @override
    def __repr__(self) -> str:
        return f"RateLimiter(max_calls={self.max_calls}, period={self.period})"


async def _sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: the sync client never pays for importing it

    await asyncio.sleep(seconds)
