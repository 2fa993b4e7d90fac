# copied from generator/runtime/core/_send.py by the openai-connector generator; edit the source
"""The attempt loop of one call, written once as a sans-I/O flow (`_flow`) for both clients.

Each attempt waits for the rate limiter, takes fresh auth headers, sends, follows redirects; a
transport or decoding error or an error status is retried as `_retry.retry_delay` decides (announced to
the `on_retry` hook and the log), else raised as the client's own exception, scrubbed of secrets. With a
`total_timeout`, every attempt, wait and body read ends by the call's deadline (`_deadline`). The user's
hooks (`_hooks`) run as `Notify` effects: `on_request` before each attempt, `on_response` when its answer
(after redirects) arrives, `on_retry` before each wait; with OpenTelemetry asked for, a span covers the call.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING, NamedTuple

import httpx2

from ._decoding import error_body
from ._errors import APIConnectionError, APIStatusError, APITimeoutError, request_id_of, scrub_chain, status_error
from ._flow import Close, Flow, Notify, Read, Send, Sleep
from ._hooks import Hooks, RequestInfo
from ._logging import logger, redact_headers, redact_url
from ._ratelimit import RateLimiter
from ._redaction import Redactor
from ._request import PreparedRequest, build_request
from ._response import ResponseInfo
from ._retry import RetryEvent, retry_delay
from ._settings import Options

if TYPE_CHECKING:
    from .auth import Auth

__all__ = ["Connection", "send"]

_DEBUG = 10
_INFO = 20


class Connection(NamedTuple):
    """What a client shares with the clients `with_options` derives from it."""

    http: httpx2.Client | httpx2.AsyncClient
    auth: Auth
    limiter: RateLimiter | None
    scrub: Redactor
    hide_host: bool  # Azure: the host names the resource, so logs leave it out


def send(conn: Connection, prep: PreparedRequest, options: Options, *, stream: bool = False) -> Flow[httpx2.Response]:
    """The successful response of `prep` (unread if `stream`), after as many attempts as the policy allows."""
    flow = _attempts(conn, prep, options, stream)
    return flow if options.tracer is None else options.tracer.traced(flow, conn, prep, stream=stream)


def _attempts(conn: Connection, prep: PreparedRequest, options: Options, stream: bool) -> Flow[httpx2.Response]:
    hooks = options.hooks
    retries_taken = 0
    debug = logger.isEnabledFor(_DEBUG)
    first_started = time.perf_counter()
    deadline = None if prep.total_timeout is None else time.monotonic() + prep.total_timeout
    unread = stream or deadline is not None  # with a deadline, the flow reads the body itself, by the deadline
    while True:
        if conn.limiter is not None:
            yield from _wait_for_slot(conn.limiter, deadline)
        auth_headers = conn.auth.static_headers
        if auth_headers is None:
            auth_headers = yield from conn.auth.auth_flow()
            conn.scrub.learn_credentials(auth_headers)  # before sending: a server may quote them back
        request = build_request(conn.http, prep, auth_headers)
        if deadline is not None:
            request.extensions["timeout"] = _attempt_timeout(prep, deadline, request, retries_taken)
        if hooks is not None and hooks.on_request:
            yield _request_hook(hooks, conn, prep, request, retries_taken)
        started = time.perf_counter()
        try:
            response: httpx2.Response = yield Send(request, unread)
            hops = 0
            while response.has_redirect_location:
                yield Close(response)
                hops += 1
                from ._redirects import redirect_request  # rare: imported on the first redirect

                response = yield Send(redirect_request(response, hops), unread)
            if hooks is not None and hooks.on_response:
                yield from _announce(hooks, prep, response, time.perf_counter() - first_started, retries_taken)
            if deadline is not None and (not stream or response.status_code >= 400):
                from ._deadline import by_deadline

                by_deadline(response, deadline)
                yield Read(response)
        except (httpx2.TransportError, httpx2.DecodingError) as exc:
            if debug:
                _log_attempt(conn, request, None, started, type(exc).__name__)
            delay, note = _retry(prep, retries_taken, None, exc, deadline=deadline)
            if delay is None:
                raise _connection_error(exc, request, conn.scrub, note) from None
            if hooks is not None and hooks.on_retry:
                yield Notify(hooks.on_retry, _retry_event(prep, retries_taken, delay, note, error=exc))
            yield Sleep(delay)
            retries_taken += 1
            continue
        if debug:
            _log_attempt(conn, request, response, started, "")
        if response.status_code >= 400:
            yield from _wait_or_raise(conn, prep, options, retries_taken, response, stream=stream, deadline=deadline)
            retries_taken += 1
            continue
        return response


def _wait_or_raise(
    conn: Connection,
    prep: PreparedRequest,
    options: Options,
    retries_taken: int,
    response: httpx2.Response,
    *,
    stream: bool,
    deadline: float | None,
) -> Flow[None]:
    """After an error status: wait before the next attempt, or raise the status error (read first if streamed)."""
    delay, note = _retry(prep, retries_taken, response, None, deadline=deadline)
    if delay is None:
        if stream and deadline is None:
            yield from _read_error_body(response, response.request, conn.scrub)
        raise _status_error(response, conn.scrub, note)
    yield Close(response)
    hooks = options.hooks
    if hooks is not None and hooks.on_retry:
        yield Notify(hooks.on_retry, _retry_event(prep, retries_taken, delay, note, response=response))
    yield Sleep(delay)


def _request_hook(
    hooks: Hooks, conn: Connection, prep: PreparedRequest, request: httpx2.Request, retries_taken: int
) -> Notify:
    attempt = retries_taken + 1
    info = RequestInfo(
        request, attempt=attempt, method=prep.method, path=prep.path, hide_host=conn.hide_host, scrub=conn.scrub
    )
    return Notify(hooks.on_request, info)


def _announce(
    hooks: Hooks, prep: PreparedRequest, response: httpx2.Response, elapsed: float, retries_taken: int
) -> Flow[None]:
    """Give `on_response` this attempt's answer; a hook that raises closes the response first."""
    info = ResponseInfo(
        status_code=response.status_code,
        headers=response.headers,
        request_id=request_id_of(response.headers),
        method=prep.method,
        path=prep.path,
        elapsed=elapsed,
        retries_taken=retries_taken,
        response=response,
    )
    try:
        yield Notify(hooks.on_response, info)
    except Exception:
        yield Close(response)
        raise


def _retry_event(
    prep: PreparedRequest,
    retries_taken: int,
    delay: float,
    reason: str,
    *,
    response: httpx2.Response | None = None,
    error: Exception | None = None,
) -> RetryEvent:
    return RetryEvent(
        attempt=retries_taken + 1,
        reason=reason,
        delay=delay,
        status_code=response.status_code if response is not None else None,
        method=prep.method,
        path=prep.path,
        error_type=type(error).__name__ if error is not None else None,
    )


def _wait_for_slot(limiter: RateLimiter, deadline: float | None) -> Flow[None]:
    """Wait for the rate limiter's next slot; a call cancelled or interrupted while it waits gives it back."""
    start = limiter.claim(None if deadline is None else deadline - time.monotonic())
    wait = start - limiter.clock()
    if wait > 0:
        try:
            yield Sleep(wait)
        except BaseException:  # cancelled (the driver closes the flow), interrupted, or the sleep failed
            limiter.release(start)
            raise
        limiter.mark_sent(start)


def _attempt_timeout(
    prep: PreparedRequest, deadline: float, request: httpx2.Request, retries_taken: int
) -> dict[str, float | None]:
    """This attempt's timeouts, cut to what is left of the deadline; raises `APITimeoutError` if nothing is."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise APITimeoutError(
            f"Request timed out: total_timeout ({prep.total_timeout:g} s) reached after {retries_taken} attempt(s)",
            request=request,
        )
    from ._deadline import attempt_timeout

    return attempt_timeout(prep.timeout, left).as_dict()


def _read_error_body(response: httpx2.Response, request: httpx2.Request, scrub: Redactor) -> Flow[None]:
    """Read the body of a streamed error answer; a failure while reading raises the client's error."""
    try:
        yield Read(response)
    except (httpx2.TransportError, httpx2.DecodingError) as exc:
        raise _connection_error(exc, request, scrub, "") from None


def _retry(
    prep: PreparedRequest,
    retries_taken: int,
    response: httpx2.Response | None,
    error: Exception | None,
    *,
    deadline: float | None,
) -> tuple[float | None, str]:
    """The delay before the next attempt (logged) and the reason, or `None` to give up, with why it gives up
    early when that is not plain (a server hint too long, a wait past the deadline; else "")."""
    time_left = None if deadline is None else deadline - time.monotonic()
    decision = retry_delay(
        prep.policy,
        retries_taken=retries_taken,
        response=response,
        error=error,
        replayable=prep.replayable,
        time_left=time_left,
    )
    if decision is None:
        return None, ""
    delay, reason = decision
    if delay == math.inf:
        return None, reason
    if time_left is not None and delay >= time_left:
        return None, f"{reason}; the next attempt would start after the call's total_timeout ({prep.total_timeout:g} s)"
    if logger.isEnabledFor(_INFO):
        logger.info(
            "retrying %s %s in %.3fs (attempt %d failed: %s)", prep.method, prep.path, delay, retries_taken + 1, reason
        )
    return delay, reason


def _connection_error(exc: Exception, request: httpx2.Request, scrub: Redactor, note: str) -> APIConnectionError:
    scrub_chain(exc, scrub)  # it stays reachable as the raised error's context
    suffix = f" (not retried: {note})" if note else ""
    if isinstance(exc, httpx2.TimeoutException):
        return APITimeoutError(scrub(f"Request timed out ({type(exc).__name__}: {exc}){suffix}"), request=request)
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx2.DecodingError):  # the body arrived but does not decode (corrupt gzip, ...)
        detail = f"the response body could not be decoded ({detail})"
    return APIConnectionError(scrub(f"Connection error: {detail}{suffix}"), request=request)


def _status_error(response: httpx2.Response, scrub: Redactor, note: str) -> APIStatusError:
    error = status_error(response, error_body(response), scrub)
    if note:
        error.message = f"{error.message} (not retried: {scrub(note)})"
        error.args = (error.message,)
    return error


def _log_attempt(
    conn: Connection, request: httpx2.Request, response: httpx2.Response | None, started: float, note: str
) -> None:
    status = response.status_code if response is not None else note
    headers = redact_headers(request.headers.items())
    if conn.hide_host:
        headers.pop("host", None)
    message = (
        f"{request.method} {redact_url(str(request.url), hide_host=conn.hide_host)} -> {status} "
        f"in {(time.perf_counter() - started) * 1000.0:.1f} ms; request headers {headers}"
    )
    logger.debug("%s", conn.scrub(message))
