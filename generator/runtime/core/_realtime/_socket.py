"""Opening a WebSocket (Realtime, Responses) with the `websockets` library (the `realtime` extra), sync or async.

The only code that differs between the two connections: which of websockets' clients opens the socket.
Both refuse to follow a redirect (websockets would carry an `api-key` header to another origin), and
turn a failed opening into this client's errors, scrubbed of its secrets: a refused handshake is an
`APIStatusError` (`AuthenticationError` for 401, ...), anything else an `APIConnectionError`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx2

from .._decoding import error_body
from .._errors import APIConnectionError, APITimeoutError, scrub_chain, status_error
from .._flow import Effect

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncWebSocket
    from websockets.sync.client import ClientConnection as WebSocket

    from ._handshake import Handshake

__all__ = ["MISSING_EXTRA", "AsyncWebSocket", "OpenSocket", "WebSocket", "open_async_socket", "open_socket"]

MISSING_EXTRA = (
    "connect() (client.realtime, client.responses) needs the websockets package, which this Python environment lacks: "
    "pip install 'openai-connector[realtime]' (the `realtime` extra, websockets>=15)"
)


def _missing(exc: ImportError) -> ImportError:
    return ImportError(MISSING_EXTRA, name="websockets")


def _refusing_redirects(connector: Any) -> Any:
    """A subclass of websockets' connector class that raises a redirect instead of following it."""

    class NoRedirects(connector):  # type: ignore[misc]
        def process_redirect(self, exc: Exception) -> Exception:
            return exc

    return NoRedirects


@functools.cache
def _async_connector() -> Any:
    from websockets.asyncio.client import connect

    return _refusing_redirects(connect)


@functools.cache
def _sync_connector() -> Callable[..., WebSocket]:
    from websockets.sync import client

    reconnect = getattr(client, "reconnect", None)
    if reconnect is None:  # before websockets 17.1: `connect` follows no redirect
        return client.connect
    # 17.1+: `connect` follows redirects and warns unless used in `with`; its connector class, entered, does neither
    connector = _refusing_redirects(reconnect)
    return lambda uri, **keywords: connector(uri, **keywords).__enter__()


async def open_async_socket(handshake: Handshake, credentials: Mapping[str, str]) -> AsyncWebSocket:
    """An open socket to `handshake.url` (asyncio), or this client's error."""
    try:
        connector = _async_connector()
    except ImportError as exc:
        raise _missing(exc) from None
    try:
        socket: AsyncWebSocket = await connector(handshake.url, **_keywords(handshake, credentials))
    except Exception as exc:
        error = opening_error(exc, handshake)
    else:
        return socket
    raise error  # outside the `except`: only what `opening_error` chains is reachable


def open_socket(handshake: Handshake, credentials: Mapping[str, str]) -> WebSocket:
    """An open socket to `handshake.url` (blocking), or this client's error."""
    try:
        connector = _sync_connector()
    except ImportError as exc:
        raise _missing(exc) from None
    try:
        socket = connector(handshake.url, **_keywords(handshake, credentials))
    except Exception as exc:
        error = opening_error(exc, handshake)
    else:
        return socket
    raise error  # outside the `except`: only what `opening_error` chains is reachable


def _keywords(handshake: Handshake, credentials: Mapping[str, str]) -> dict[str, Any]:
    return {
        "additional_headers": handshake.headers_with(credentials),
        "user_agent_header": handshake.user_agent,
        **handshake.options,
    }


def opening_error(exc: Exception, handshake: Handshake) -> Exception:
    """This client's error for a failed opening handshake (`exc` from websockets or the network).

    A refused handshake's error holds the answer (its message and body scrubbed) and does not chain
    websockets' exception, which holds the body as sent; any other error chains `exc`, scrubbed.
    """
    from websockets.exceptions import InvalidStatus

    scrub = handshake.scrub
    request = httpx2.Request("GET", handshake.http_url)
    if isinstance(exc, InvalidStatus):
        answer = exc.response
        if 300 <= answer.status_code < 400:
            return APIConnectionError(
                f"the {handshake.endpoint} handshake was redirected (status {answer.status_code}); redirects are not "
                "followed, so the credentials never leave their origin",
                request=request,
            )
        headers = list(answer.headers.raw_items())
        body = bytes(answer.body or b"")
        response = httpx2.Response(answer.status_code, headers=headers, content=body, request=request)
        return status_error(response, error_body(response), scrub)
    scrub_chain(exc, scrub)  # a host or header quoted by the network error
    error: Exception
    if isinstance(exc, TimeoutError):
        error = APITimeoutError(f"the {handshake.endpoint} WebSocket did not open in time", request=request)
    else:
        message = scrub(f"could not open the {handshake.endpoint} WebSocket: {type(exc).__name__}: {exc}")
        error = APIConnectionError(message, request=request)
    error.__cause__ = exc
    return error


class OpenSocket(Effect):
    """The effect of opening the socket of `handshake` with `credentials` (for `_opening`'s flows)."""

    __slots__ = ("credentials", "handshake")

    def __init__(self, handshake: Handshake, credentials: Mapping[str, str]) -> None:
        self.handshake = handshake
        self.credentials = credentials

    def perform(self, http: httpx2.Client) -> WebSocket:
        return open_socket(self.handshake, self.credentials)

    async def perform_async(self, http: httpx2.AsyncClient) -> AsyncWebSocket:
        return await open_async_socket(self.handshake, self.credentials)
