"""The retry policy: `retry_delay` decides whether and when to retry. Its constants are in `_constants`."""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable
from typing import NamedTuple

import httpx2

from ._constants import BACKOFF_JITTER, INITIAL_RETRY_DELAY, MAX_BACKOFF_DELAY, RETRYABLE_STATUS_CODES
from ._record import Record

__all__ = ["RetryEvent", "RetryPolicy", "retry_delay"]


class RetryPolicy(NamedTuple):  # a NamedTuple, not a dataclass: far cheaper to define at import time
    """How one request retries. `retry_delay`, when set, replaces the exponential backoff."""

    max_retries: int
    max_retry_delay: float
    retry_delay: float | None = None
    exponential_backoff: bool = True
    retry_on_all_errors: bool = False
    server_errors_only: bool = False  # the raw request's connector rule: 5xx and network errors only


class RetryEvent(Record):
    """Passed to `on_retry` before each retry's wait: `attempt` is the number of the attempt that failed (from 1),
    `delay` the seconds chosen (a server's `retry-after` hint, else the backoff), `reason` why (`"status 429"`,
    `"connection error (ConnectError)"`, ...), with the `status_code` of an error answer or the `error_type`
    (exception class name) of a transport failure."""

    attempt: int
    reason: str
    delay: float
    status_code: int | None
    method: str
    path: str
    error_type: str | None = None


def retry_delay(
    policy: RetryPolicy,
    *,
    retries_taken: int,
    response: httpx2.Response | None = None,
    error: Exception | None = None,
    replayable: bool = True,
    time_left: float | None = None,
    rand: Callable[[], float] = random.random,
) -> tuple[float, str] | None:
    """`(delay in seconds, reason)` if the failed attempt should be retried, else `None`.

    Give `response` for an answer with an error status, `error` for a transport failure
    (`httpx2.TransportError` and `httpx2.DecodingError` count as connection errors; anything else is
    retried only with `retry_on_all_errors`). A request whose body cannot be sent again is never retried.
    A wait the server asks for (`retry-after-ms`, `x-ms-retry-after-ms`, `Retry-After`) longer than
    `max_retry_delay` or than `time_left` (of the call's `total_timeout`) is not waited: the delay is then
    `math.inf` (give up now) and the reason names the hint. A hint in the past falls back to the backoff.
    """
    if retries_taken >= policy.max_retries or not replayable:
        return None
    server_delay: tuple[float, str] | None = None
    if response is not None:
        status = response.status_code
        headers = response.headers
        should = headers.get("x-should-retry")
        if should == "false":
            return None
        if should == "true" and not policy.server_errors_only:
            reason = f"status {status} (x-should-retry)"
        elif status >= 500 or (status in RETRYABLE_STATUS_CODES and not policy.server_errors_only):
            reason = f"status {status}"
        elif policy.retry_on_all_errors and status >= 400:
            reason = f"status {status} (retry_on_all_errors)"
        else:
            return None
        server_delay = _server_delay(headers)
    elif error is not None:
        if isinstance(error, httpx2.TimeoutException):
            reason = "timeout"
        elif isinstance(error, httpx2.TransportError | httpx2.DecodingError):
            reason = f"connection error ({type(error).__name__})"
        elif policy.retry_on_all_errors:
            reason = f"error ({type(error).__name__})"
        else:
            return None
    else:
        return None

    if server_delay is not None:
        hint, header = server_delay
        if hint > policy.max_retry_delay:
            return (
                math.inf,
                f"{reason}; the server asks to wait {header}, more than max_retry_delay ({policy.max_retry_delay:g} s)",
            )
        if time_left is not None and hint > time_left:
            return (
                math.inf,
                f"{reason}; the server asks to wait {header}, past the call's total_timeout ({time_left:.3g} s left)",
            )
        return hint, reason
    if policy.retry_delay is not None:
        return policy.retry_delay, reason
    if not policy.exponential_backoff:
        return INITIAL_RETRY_DELAY, reason
    backoff = min(INITIAL_RETRY_DELAY * 2.0 ** min(retries_taken, 32), MAX_BACKOFF_DELAY)  # no overflow
    return backoff * (1.0 - BACKOFF_JITTER * rand()), reason


def _server_delay(headers: httpx2.Headers) -> tuple[float, str] | None:
    """The wait the server asks for, in seconds, and the header saying so, as read: `retry-after-ms`,
    `x-ms-retry-after-ms`, `Retry-After` (seconds or an HTTP date). `None` if absent, unreadable, negative
    or in the past (the backoff applies then); any finite or infinite number is fine, never an overflow."""
    for name in ("retry-after-ms", "x-ms-retry-after-ms"):
        value = headers.get(name)
        if value is not None:
            seconds = _number(value)
            if seconds is not None:
                return (seconds / 1000.0, f"{name}: {value[:40]}") if seconds > 0 else None
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _number(value)
    if seconds is None:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, OverflowError, IndexError):
            return None
    return (seconds, f"Retry-After: {value[:40]}") if seconds > 0 else None


def _number(text: str) -> float | None:
    """A non-negative number of `text` (`inf` and `1e400` are infinite), or `None`."""
    try:
        number = float(text)
    except ValueError:
        return None
    return number if number >= 0 else None  # NaN compares false: None
