# copied from generator/runtime/core/_ratelimit.py by the openai-connector generator; edit the source
"""A client-side rate limit: at most N calls per period, shared by threads and event loops."""

from __future__ import annotations

import bisect
import threading
import time
from collections.abc import Callable

from typing_extensions import override

from ._constants import MAX_SECONDS, RATE_LIMIT_MAX_WAIT_PERIODS
from ._errors import APITimeoutError

__all__ = ["RateLimiter"]


class RateLimiter:
    """At most `max_calls` calls in any window of `period` seconds (sliding window).

    Thread-safe; one limiter can serve sync and async clients at once (pass it as `rate_limiter=`).
    Each call claims a slot (a start time) under a lock and then waits outside it, so waiting never
    holds the lock. A call cancelled or interrupted while it waits gives its slot back (`release`);
    a slot is stamped again with the moment its call is actually sent (`mark_sent`), so a late sender
    delays the calls after it rather than crowding them into one period. The backlog is bounded:
    a call whose slot is more than `max_wait` seconds away (default: `MAX_WAIT_PERIODS` periods)
    raises `APITimeoutError` at once instead of queueing.
    """

    def __init__(
        self,
        max_calls: int,
        period: float,
        *,
        max_wait: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if isinstance(max_calls, bool) or not isinstance(max_calls, int) or max_calls < 1:
            raise ValueError(f"max_calls_per_period must be an integer of at least 1, not {max_calls!r}")
        if not _positive(period):
            raise ValueError(
                f"period_seconds must be a positive finite number of seconds (at most 1e9), not {period!r}"
            )
        if max_wait is None:
            max_wait = min(RATE_LIMIT_MAX_WAIT_PERIODS * period, MAX_SECONDS)
        elif not (_positive(max_wait) or max_wait == 0):
            raise ValueError(
                f"rate_limit_max_wait must be a finite number of seconds >= 0 (at most 1e9), not {max_wait!r}"
            )
        self.max_calls = max_calls
        self.period = period
        self.max_wait = max_wait
        self.clock = clock
        self._lock = threading.Lock()
        self._slots: list[float] = []  # start times, sorted: the last period's and the claimed future ones

    def claim(self, time_left: float | None = None) -> float:
        """Claim the next free slot and return its start time (on `clock`).

        Raises `APITimeoutError` if the slot is more than `max_wait` seconds away, or more than
        `time_left` (what remains of the call's `total_timeout`): the call fails at once, taking no slot.
        """
        with self._lock:
            now = self.clock()
            slots = self._slots
            del slots[: bisect.bisect_left(slots, now - self.period)]  # too old to matter
            start = now if len(slots) < self.max_calls else max(now, slots[-self.max_calls] + self.period)
            wait = start - now
            if wait > self.max_wait or (time_left is not None and wait > time_left):
                limit = "rate_limit_max_wait" if time_left is None or self.max_wait < time_left else "total_timeout"
                raise APITimeoutError(
                    f"Rate limit backlog: the next free slot is {wait:.3g} s away "
                    f"({self.max_calls} calls per {self.period:g} s), more than {limit} allows"
                )
            bisect.insort(slots, start)
            return start

    def reserve(self) -> float:
        """Claim the next free slot; returns how many seconds to wait before using it."""
        start = self.claim()
        return max(0.0, start - self.clock())

    def release(self, start: float) -> None:
        """Give back a slot claimed by a call that will not be sent (cancelled while it waited)."""
        with self._lock:
            i = bisect.bisect_left(self._slots, start)
            if i < len(self._slots) and self._slots[i] == start:
                del self._slots[i]

    def mark_sent(self, start: float) -> None:
        """Stamp the slot `start` with the moment its call is sent, if that is later (a late wake-up)."""
        with self._lock:
            now = self.clock()
            if now <= start:
                return
            i = bisect.bisect_left(self._slots, start)
            if i < len(self._slots) and self._slots[i] == start:
                del self._slots[i]
                bisect.insort(self._slots, now)

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
        return f"RateLimiter(max_calls={self.max_calls}, period={self.period}, max_wait={self.max_wait})"


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 < value <= MAX_SECONDS


async def _sleep(seconds: float) -> None:
    import asyncio  # here, not at the top: the sync client never pays for importing it

    await asyncio.sleep(seconds)
