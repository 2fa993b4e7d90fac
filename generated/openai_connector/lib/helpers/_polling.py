# copied from generator/runtime/core/helpers/_polling.py by the openai-connector generator; edit the source
"""When a poll helper asks again, and when it stops: the policy of every `*_and_poll` / `poll` helper, without I/O.

A `Poll` is one wait for one resource. After each answer, `Poll.after(model, headers)` says how long
to wait before asking again, or `None` once the resource has left its pending states. The wait is the
caller's `poll_interval_ms` if given, else the server's `openai-poll-after-ms` hint, else openai-python's
default (one second). Past the caller's `poll_timeout` it raises `PollTimeoutError`, naming the resource
and its last status; the resource itself goes on (nothing is cancelled on the server).

Which statuses are pending is written per resource below (`PENDING`); every other status, the terminal
ones of the spec's enum and any new one, ends the wait, as in openai-python.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, Final

from .._constants import MAX_SECONDS
from .._errors import InvalidRequestError, PollTimeoutError
from .._types import NotGiven

__all__ = [
    "DEFAULT_INTERVAL_MS",
    "PENDING",
    "POLL_AFTER_HEADER",
    "Poll",
    "PollTimeoutError",
    "batch_pending",
    "checked_interval_ms",
    "checked_interval_seconds",
    "checked_timeout",
]

POLL_AFTER_HEADER: Final = "openai-poll-after-ms"
DEFAULT_INTERVAL_MS: Final = 1000  # openai-python's, when neither the caller nor the server says

# resource -> the statuses in which it is still being worked on (the spec's enum has the others)
PENDING: Final[Mapping[str, frozenset[str]]] = {
    "run": frozenset({"queued", "in_progress", "cancelling"}),
    "vector store file": frozenset({"in_progress"}),
    "vector store file batch": frozenset({"in_progress"}),
    "video": frozenset({"queued", "in_progress"}),
    "file": frozenset({"uploaded"}),
}


def batch_pending(batch: Any) -> bool:
    """A vector store file batch is pending while it says so or while any of its files is in progress."""
    counts = getattr(batch, "file_counts", None)
    return getattr(batch, "status", None) == "in_progress" or (getattr(counts, "in_progress", 0) or 0) > 0


def _status_pending(what: str) -> Callable[[Any], bool]:
    pending = PENDING[what]
    return lambda model: getattr(model, "status", None) in pending


class Poll:
    """One wait for the resource `what` with id `resource_id` (see the module's docstring)."""

    __slots__ = (
        "_clock",
        "_deadline",
        "_default",
        "_interval",
        "_pending",
        "_started",
        "_timeout",
        "resource_id",
        "what",
    )

    def __init__(
        self,
        what: str,
        resource_id: str,
        *,
        interval_ms: int | None,
        timeout: float | None,
        clock: Callable[[], float],
        pending: Callable[[Any], bool] | None = None,
        default_ms: int = DEFAULT_INTERVAL_MS,
    ) -> None:
        self.what = what
        self.resource_id = resource_id
        self._interval = interval_ms
        self._default = default_ms
        self._timeout = timeout
        self._clock = clock
        self._pending = pending or _status_pending(what)
        self._started = clock()
        self._deadline = math.inf if timeout is None else self._started + timeout

    def after(self, model: Any, headers: Mapping[str, str]) -> float | None:
        """Seconds to wait before the next poll, or `None` if `model` is no longer pending."""
        if not self._pending(model):
            return None
        left = self._deadline - self._clock()
        if left <= 0:
            waited = self._timeout if self._timeout is not None else self._clock() - self._started
            raise PollTimeoutError(self.what, self.resource_id, getattr(model, "status", None), waited)
        return min(self._delay_ms(headers) / 1000, left)

    def _delay_ms(self, headers: Mapping[str, str]) -> float:
        if self._interval is not None:
            return self._interval
        hint = headers.get(POLL_AFTER_HEADER)
        try:
            value = float(hint) if hint is not None else math.nan
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or value < 0:
            return self._default  # no hint, or one that makes no sense
        return min(value, MAX_SECONDS * 1000)


def checked_interval_ms(poll_interval_ms: object, param: str = "poll_interval_ms") -> int | None:
    """The caller's poll interval in milliseconds (None: not given), checked before anything is sent."""
    if isinstance(poll_interval_ms, NotGiven) or poll_interval_ms is None:
        return None
    if isinstance(poll_interval_ms, bool) or not isinstance(poll_interval_ms, int | float):
        raise InvalidRequestError(f"{param} must be a number of milliseconds, got {poll_interval_ms!r}", param=param)
    if not math.isfinite(poll_interval_ms) or not 0 <= poll_interval_ms <= MAX_SECONDS * 1000:
        raise InvalidRequestError(
            f"{param} must be between 0 and {MAX_SECONDS * 1000:g}, got {poll_interval_ms!r}", param=param
        )
    return int(poll_interval_ms)


def checked_interval_seconds(value: object, param: str) -> int | None:
    """A poll interval given in seconds (`files.wait_for_processing`), in milliseconds; None: not given."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= MAX_SECONDS:
        raise InvalidRequestError(f"{param} must be from 0 to {MAX_SECONDS:g} seconds, got {value!r}", param=param)
    return round(value * 1000)


def checked_timeout(value: object, param: str = "poll_timeout") -> float | None:
    """The caller's total wait in seconds (None: no limit), checked before anything is sent."""
    if value is None or isinstance(value, NotGiven):
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidRequestError(f"{param} must be a number of seconds or None, got {value!r}", param=param)
    if not math.isfinite(value) or not 0 < value <= MAX_SECONDS:
        raise InvalidRequestError(
            f"{param} must be more than 0 and at most {MAX_SECONDS:g} s, got {value!r}", param=param
        )
    return float(value)
