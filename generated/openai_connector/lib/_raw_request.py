# copied from generator/runtime/core/_raw_request.py by the openai-connector generator; edit the source
"""What `client.request(...)` adds to the typed calls: the connectors' retry options, form data, per-call debug.

Retry options (`max_retries`, `retry_delay`, `exponential_backoff`, `retry_on_all_errors`): with none
given, the client's own policy applies, as for every typed call. Given any of them, the connectors'
rules apply to that request: `exponential_backoff=True` ignores `retry_delay` (0.5 s doubling, capped);
otherwise each retry waits `retry_delay` (the client's, else 0.5 s); `retry_on_all_errors=False`
retries only 5xx answers and network errors (not 429, 408 or 409), `True` every 4xx and 5xx too.
Options left out take the connectors' defaults: backoff off, all-errors off, the client's `max_retries`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._constants import MAX_SECONDS
from ._errors import APIError, APIStatusError, InvalidRequestError
from ._logging import logger, redact_headers, redact_url

if TYPE_CHECKING:
    import httpx2

    from ._flow import Flow
    from ._retry import RetryPolicy

__all__ = ["log_exchange", "logged", "raw_retry_policy", "raw_total_timeout"]

_DEBUG_BODY_LIMIT = 4000
_DEBUG_LEVEL = logging.INFO


def raw_total_timeout(value: float | None, client: float | None) -> float | None:
    """The `total_timeout` of one raw request: its own (finite seconds > 0), or the client's when `None`."""
    if value is None:
        return client
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= MAX_SECONDS:
        raise InvalidRequestError(
            f"total_timeout must be a finite number of seconds > 0, got {value!r}", param="total_timeout"
        )
    return float(value)


def raw_retry_policy(
    client: RetryPolicy,
    *,
    max_retries: int | None,
    retry_delay: float | None,
    exponential_backoff: bool | None,
    retry_on_all_errors: bool | None,
) -> RetryPolicy:
    """The retry policy of one raw request (see the module docs); `None` means "not given"."""
    if max_retries is None and retry_delay is None and exponential_backoff is None and retry_on_all_errors is None:
        return client
    if max_retries is not None and (
        isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0
    ):
        raise InvalidRequestError(f"max_retries must be a whole number >= 0, got {max_retries!r}", param="max_retries")
    if retry_delay is not None and (
        isinstance(retry_delay, bool)
        or not isinstance(retry_delay, int | float)
        or not math.isfinite(retry_delay)
        or not 0 <= retry_delay <= MAX_SECONDS
    ):
        raise InvalidRequestError(
            f"retry_delay must be a finite number of seconds >= 0, got {retry_delay!r}", param="retry_delay"
        )
    backoff = bool(exponential_backoff)
    all_errors = bool(retry_on_all_errors)
    return client._replace(
        max_retries=client.max_retries if max_retries is None else max_retries,
        retry_delay=None if backoff else (client.retry_delay if retry_delay is None else float(retry_delay)),
        exponential_backoff=backoff,
        retry_on_all_errors=all_errors,
        server_errors_only=not all_errors,
    )


def log_exchange(
    request: httpx2.Request,
    response: httpx2.Response | None,
    scrub: Callable[[str], str],
    *,
    hide_host: bool,
    error: BaseException | None = None,
) -> None:
    """Log one raw request and its answer (or error) for `debug=True`, with every secret redacted.

    Logged on the `openai_connector` logger at INFO whatever that logger's level (the caller asked for
    this call); where it goes is up to the handlers (`log_level=...` installs one on stderr).
    """
    headers = redact_headers(request.headers.items())
    if hide_host:
        headers.pop("host", None)
    lines = [
        f"request: {request.method} {redact_url(str(request.url), hide_host=hide_host)}",
        f"request headers: {headers}",
        f"request body: {_body_text(request)}",
    ]
    if response is not None:
        lines += [
            f"response: {response.status_code} {response.reason_phrase}",
            f"response headers: {redact_headers(response.headers.items())}",
            f"response body: {_response_text(response)}",
        ]
    if error is not None:
        lines.append(f"error: {type(error).__name__}: {error}")
    record = logger.makeRecord(logger.name, _DEBUG_LEVEL, __file__, 0, "%s", (scrub("\n".join(lines)),), None)
    logger.handle(record)


def _body_text(request: httpx2.Request) -> str:
    try:
        content = request.content
    except Exception:  # a streamed body (a file upload) that was not read into memory
        return "<streamed>"
    return _shorten(content)


def _response_text(response: httpx2.Response) -> str:
    try:
        return _shorten(response.content)
    except Exception:  # a body not read (streamed): not read here either
        return "<not read>"


def _shorten(content: bytes) -> str:
    if not content:
        return "<empty>"
    text = content[:_DEBUG_BODY_LIMIT].decode("utf-8", "replace")
    more = len(content) - _DEBUG_BODY_LIMIT
    return text + (f"... ({more} more bytes)" if more > 0 else "")


def logged(flow: Flow[httpx2.Response], scrub: Callable[[str], str], hide_host: bool) -> Flow[httpx2.Response]:
    """`flow`, logging the request and its answer, or its error (`debug=True`)."""
    try:
        response = yield from flow
    except APIError as exc:
        _log_error(exc, scrub, hide_host)
        raise
    log_exchange(response.request, response, scrub, hide_host=hide_host)
    return response


def _log_error(error: APIError, scrub: Callable[[str], str], hide_host: bool) -> None:
    response = error.response if isinstance(error, APIStatusError) else None
    request = response.request if response is not None else error.request
    if request is not None:
        log_exchange(request, response, scrub, hide_host=hide_host, error=error)
