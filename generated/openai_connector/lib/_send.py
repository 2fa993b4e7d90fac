# copied from generator/runtime/core/_send.py by the openai-connector generator; edit the source
"""The attempt loop of one call, written once as a sans-I/O flow (`_flow`) for both clients.

Each attempt waits for the rate limiter, takes fresh auth headers, sends, follows redirects; a
transport error or an error status is retried as `_retry.retry_delay` decides (announced to the
`on_retry` hook and the log), else raised as the client's own exception, scrubbed of secrets.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, NamedTuple

import httpx2

from ._decoding import error_body
from ._errors import APIConnectionError, APIStatusError, APITimeoutError, request_id_of, scrub_chain, status_error
from ._flow import Close, Flow, Read, Send, Sleep
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
    retries_taken = 0
    debug = logger.isEnabledFor(_DEBUG)
    first_started = time.perf_counter()
    while True:
        if conn.limiter is not None:
            wait = conn.limiter.reserve()
            if wait > 0:
                yield Sleep(wait)
        auth_headers = conn.auth.static_headers
        if auth_headers is None:
            auth_headers = yield from conn.auth.auth_flow()
            conn.scrub.learn_credentials(auth_headers)  # before sending: a server may quote them back
        request = build_request(conn.http, prep, auth_headers)
        started = time.perf_counter()
        try:
            response: httpx2.Response = yield Send(request, stream)
            hops = 0
            while response.has_redirect_location:
                yield Close(response)
                hops += 1
                from ._redirects import redirect_request  # rare: imported on the first redirect

                response = yield Send(redirect_request(response, hops), stream)
        except httpx2.TransportError as exc:
            if debug:
                _log_attempt(conn, request, None, started, type(exc).__name__)
            delay = _retry(prep, options, retries_taken, None, exc)
            if delay is None:
                raise _connection_error(exc, request, conn.scrub) from None
            yield Sleep(delay)
            retries_taken += 1
            continue
        if debug:
            _log_attempt(conn, request, response, started, "")
        if response.status_code >= 400:
            delay = _retry(prep, options, retries_taken, response, None)
            if delay is None:
                if stream:
                    yield Read(response)
                raise _status_error(response, conn.scrub)
            yield Close(response)
            yield Sleep(delay)
            retries_taken += 1
            continue
        if options.on_response is not None:
            options.on_response(
                ResponseInfo(
                    status_code=response.status_code,
                    headers=response.headers,
                    request_id=request_id_of(response.headers),
                    method=prep.method,
                    path=prep.path,
                    elapsed=time.perf_counter() - first_started,
                    retries_taken=retries_taken,
                )
            )
        return response


def _retry(
    prep: PreparedRequest,
    options: Options,
    retries_taken: int,
    response: httpx2.Response | None,
    error: Exception | None,
) -> float | None:
    """The delay before the next attempt (logged and given to `on_retry`), or `None` to give up."""
    decision = retry_delay(
        prep.policy, retries_taken=retries_taken, response=response, error=error, replayable=prep.replayable
    )
    if decision is None:
        return None
    delay, reason = decision
    if logger.isEnabledFor(_INFO):
        logger.info(
            "retrying %s %s in %.3fs (attempt %d failed: %s)", prep.method, prep.path, delay, retries_taken + 1, reason
        )
    if options.on_retry is not None:
        options.on_retry(
            RetryEvent(
                attempt=retries_taken + 1,
                reason=reason,
                delay=delay,
                status_code=response.status_code if response is not None else None,
                method=prep.method,
                path=prep.path,
            )
        )
    return delay


def _connection_error(exc: Exception, request: httpx2.Request, scrub: Redactor) -> APIConnectionError:
    scrub_chain(exc, scrub)  # it stays reachable as the raised error's context
    if isinstance(exc, httpx2.TimeoutException):
        return APITimeoutError(f"Request timed out ({type(exc).__name__})", request=request)
    detail = str(exc) or type(exc).__name__
    return APIConnectionError(f"Connection error: {detail}", request=request)


def _status_error(response: httpx2.Response, scrub: Redactor) -> APIStatusError:
    return status_error(response, error_body(response), scrub)


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
