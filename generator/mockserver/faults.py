"""Injected failures: a request asking for `x-mock-status` gets that status, as many times as it asks."""

from __future__ import annotations

import math
import threading

from generator.mockserver.messages import MockRequest, MockResponse, error

FAULT_STATUS = "x-mock-status"
FAULT_RETRY_AFTER_MS = "x-mock-retry-after-ms"
FAULT_TIMES = "x-mock-fail-times"
FAULT_ID = "x-mock-fault-id"


class Faults:
    """How many times each asked-for failure is still to be served, shared by the server's threads."""

    def __init__(self) -> None:
        self._remaining: dict[tuple[str, ...], int] = {}
        self._lock = threading.Lock()

    def reset(self) -> None:
        with self._lock:
            self._remaining.clear()

    def inject(self, request: MockRequest) -> MockResponse | None:
        """The failure `request` asks for, while it has any left to serve; else None."""
        wanted = request.headers.get(FAULT_STATUS)
        if wanted is None:
            return None
        if not wanted.strip().isdigit() or not 100 <= int(wanted) <= 599:
            return error(400, f"{FAULT_STATUS} must be an HTTP status code, got {wanted!r}", param=FAULT_STATUS)
        times_text = request.headers.get(FAULT_TIMES, "1").strip()
        delay_text = request.headers.get(FAULT_RETRY_AFTER_MS)
        if not times_text.isdigit() or (delay_text is not None and not delay_text.strip().isdigit()):
            return error(400, f"{FAULT_TIMES} and {FAULT_RETRY_AFTER_MS} must be whole numbers")
        key = (request.headers.get(FAULT_ID, ""), request.method, request.path, wanted.strip(), times_text)
        with self._lock:
            remaining = self._remaining.setdefault(key, int(times_text))
            if remaining <= 0:
                return None
            self._remaining[key] = remaining - 1
        status = int(wanted)
        headers = {}
        if delay_text is not None:
            headers["retry-after-ms"] = delay_text.strip()
            headers["retry-after"] = str(math.ceil(int(delay_text) / 1000))
        if status == 429:
            return error(
                429,
                "Rate limit reached (injected by the reference server).",
                kind="requests",
                code="rate_limit_exceeded",
                headers=headers,
            )
        kind = "server_error" if status >= 500 else "invalid_request_error"
        return error(
            status, f"Injected failure with status {status}.", kind=kind, code="injected_fault", headers=headers
        )
