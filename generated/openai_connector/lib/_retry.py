"""The retry policy: `retry_delay` decides whether and when to retry. Its constants are in `_constants`."""

from __future__ import annotations

import email.utils
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
    """Passed to `on_retry` before each retry: `attempt` is the number of the attempt that failed (from 1)."""

    attempt: int
    reason: str
    delay: float
    status_code: int | None
    method: str
    path: str


def retry_delay(
    policy: RetryPolicy,
    *,
    retries_taken: int,
    response: httpx2.Response | None = None,
    error: Exception | None = None,
    replayable: bool = True,
    rand: Callable[[], float] = random.random,
) -> tuple[float, str] | None:
    """`(delay in seconds, reason)` if the failed attempt should be retried, else `None`.

    Give `response` for an answer with an error status, `error` for a transport failure
    (`httpx2.TransportError` subclasses count as connection errors; anything else is retried
    only with `retry_on_all_errors`). A request whose body cannot be sent again is never retried.
    """
    if retries_taken >= policy.max_retries or not replayable:
        return None
    server_delay: float | None = None
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
        elif isinstance(error, httpx2.TransportError):
            reason = f"connection error ({type(error).__name__})"
        elif policy.retry_on_all_errors:
            reason = f"error ({type(error).__name__})"
        else:
            return None
    else:
        return None

    if server_delay is not None and server_delay >= 0:
        return min(server_delay, policy.max_retry_delay), reason
    if policy.retry_delay is not None:
        return policy.retry_delay, reason
    if not policy.exponential_backoff:
        return INITIAL_RETRY_DELAY, reason
    backoff = min(INITIAL_RETRY_DELAY * 2.0**retries_taken, MAX_BACKOFF_DELAY)
    return backoff * (1.0 - BACKOFF_JITTER * rand()), reason


def _server_delay(headers: httpx2.Headers) -> float | None:
    """The delay the server asks for, in seconds: `retry-after-ms`, `x-ms-retry-after-ms`, `Retry-After`."""
    for name in ("retry-after-ms", "x-ms-retry-after-ms"):
        value = headers.get(name)
        if value is not None:
            try:
                return float(value) / 1000.0
            except ValueError:
                pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
