"""Opening a connection, and opening it again after an unexpected close, as sans-I/O flows (see `_flow`).

`open_flow` asks for the credentials (a token provider's fresh token) and opens the socket; the sync
and async connections drive it with `run_sync` / `run_async`. `reopen_flow` is the reconnection policy
(openai-python's `on_reconnecting`): after a close with a code worth retrying, up to `max_retries`
attempts, each announced to `on_reconnecting` (which may abort) after an exponential, jittered delay.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .._errors import APIError, InvalidRequestError
from .._flow import Flow, Sleep
from .._record import Record

if TYPE_CHECKING:
    from ._handshake import Handshake

__all__ = ["RECOVERABLE_CLOSE_CODES", "ReconnectPolicy", "ReconnectingEvent", "open_flow", "reopen_flow"]

# RFC 6455 section 7.4.1: the closes a new connection may get past
RECOVERABLE_CLOSE_CODES = frozenset({1001, 1005, 1006, 1011, 1012, 1013, 1015})


class ReconnectingEvent(Record):
    """Passed to `on_reconnecting` before each attempt (`attempt` from 1)."""

    attempt: int
    max_attempts: int
    delay: float
    close_code: int


class ReconnectPolicy:
    """When and how often a connection closed unexpectedly is opened again (never without `on_reconnecting`,
    as openai-python); checked when `connect()` is called."""

    __slots__ = ("initial_delay", "max_delay", "max_retries", "on_reconnecting")

    def __init__(
        self,
        on_reconnecting: Callable[[ReconnectingEvent], Mapping[str, Any] | None] | None,
        *,
        max_retries: int,
        initial_delay: float,
        max_delay: float,
    ) -> None:
        if on_reconnecting is not None and not callable(on_reconnecting):
            raise InvalidRequestError(
                "on_reconnecting must be a function of a ReconnectingEvent", param="on_reconnecting"
            )
        if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
            raise InvalidRequestError("max_retries must be an int, 0 or more", param="max_retries")
        for name, value in (("initial_delay", initial_delay), ("max_delay", max_delay)):
            if not isinstance(value, int | float) or isinstance(value, bool) or not 0 <= value < math.inf:
                raise InvalidRequestError(f"{name} must be a finite number of seconds, 0 or more", param=name)
        self.on_reconnecting = on_reconnecting
        self.max_retries = max_retries
        self.initial_delay = float(initial_delay)
        self.max_delay = float(max_delay)

    def delay(self, attempt: int) -> float:
        """The wait before `attempt`: doubling from `initial_delay`, at most `max_delay`, less up to a quarter."""
        longest: float = min(self.initial_delay * 2 ** (attempt - 1), self.max_delay)
        return longest * random.uniform(0.75, 1.0)


def open_flow(handshake: Handshake) -> Flow[Any]:
    """An open socket: the credentials of this connection, then the opening handshake."""
    from ._socket import OpenSocket  # on the first connection: websockets is imported only then

    credentials = yield from handshake.credentials()
    return (yield OpenSocket(handshake, credentials))


def reopen_flow(handshake: Handshake, policy: ReconnectPolicy, close_code: int) -> Flow[Any | None]:
    """A new socket after a close with `close_code`, or None when the policy gives up (or the user aborts)."""
    if policy.on_reconnecting is None or close_code not in RECOVERABLE_CLOSE_CODES:
        return None
    for attempt in range(1, policy.max_retries + 1):
        delay = policy.delay(attempt)
        event = ReconnectingEvent(attempt=attempt, max_attempts=policy.max_retries, delay=delay, close_code=close_code)
        answer = policy.on_reconnecting(event)
        if answer is not None and answer.get("abort"):
            return None
        if delay > 0:
            yield Sleep(delay)
        try:
            return (yield from open_flow(handshake))
        except APIError:  # refused or unreachable this time: the next attempt may get through
            continue
    return None
