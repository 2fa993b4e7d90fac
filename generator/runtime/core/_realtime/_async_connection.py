"""A WebSocket connection of the API (Realtime, Responses): open on entering, typed events, close on exit.

`AsyncConnectionManager` is what a `connect()` returns: entering it (`async with`, or `enter()`) asks
for credentials then (so a token provider gives each connection, and `reconnect()`, a fresh token)
and opens the socket; leaving it closes the socket. `AsyncEventConnection` sends client events and
reads the endpoint's server events. Needs the `realtime` extra (websockets); nothing imports it before
a connection opens.

This module is the source of `_sync_connection.py`, which generator/unasync.py writes from it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._flow import run_async
from ._events import encode_event, read_event
from ._opening import open_flow, reopen_flow

if TYPE_CHECKING:
    from ._handshake import Handshake
    from ._socket import AsyncWebSocket

__all__ = ["AsyncConnectionManager", "AsyncEventConnection"]

_E = TypeVar("_E")  # the endpoint's server events
_C = TypeVar("_C", bound="AsyncEventConnection[Any]")


async def _open(handshake: Handshake) -> AsyncWebSocket:
    socket: AsyncWebSocket = await run_async(open_flow(handshake), handshake.http)
    return socket


class AsyncConnectionManager(Generic[_C]):
    """What `connect()` returns: `async with` it for an open connection, closed on exit.

    `await manager.enter()` opens one without the `with` (then close it yourself); each entry opens a
    new connection.
    """

    def __init__(self, handshake: Handshake, connection: Callable[[Handshake, AsyncWebSocket], _C]) -> None:
        self._handshake = handshake
        self._make = connection
        self._connection: _C | None = None

    async def enter(self) -> _C:
        """Open a connection (with fresh credentials)."""
        self._connection = self._make(self._handshake, await _open(self._handshake))
        return self._connection

    async def __aenter__(self) -> _C:
        return await self.enter()

    async def __aexit__(self, *exc_info: object) -> None:
        if self._connection is not None:
            await self._connection.close()


class AsyncEventConnection(Generic[_E]):
    """An open WebSocket: `send` client events, `recv` (or iterate over) the endpoint's typed server events."""

    def __init__(self, handshake: Handshake, socket: AsyncWebSocket) -> None:
        self._handshake = handshake
        self._socket = socket
        self._closed = False  # by `close()`: whatever its code, never reopened

    async def send(self, event: Any) -> None:
        """Send a client event: one of the spec's client event models, or a mapping with its `type`."""
        await self._socket.send(encode_event(event))

    async def send_raw(self, data: str | bytes) -> None:
        """Send a message as is (text for `str`, binary for `bytes`)."""
        await self._socket.send(data)

    async def recv(self) -> _E:
        """The next server event, as its generated class (the decoded JSON for a type this client does not know)."""
        return self.parse_event(await self.recv_bytes())

    async def recv_bytes(self) -> bytes:
        """The next message as received (cancelling this loses nothing)."""
        message: bytes = await self._socket.recv(decode=False)
        return message

    def parse_event(self, data: str | bytes) -> _E:
        """A server event from a message's text (what `recv` does with `recv_bytes`)."""
        event: _E = read_event(self._handshake.endpoint, data, self._handshake.scrub)
        return event

    async def __aiter__(self) -> AsyncIterator[_E]:
        """The server events until the connection closes normally (or by `close()`).

        After an unexpected close, with `on_reconnecting` given to `connect()`, a new connection is opened
        (fresh credentials) and the events go on from it; otherwise websockets' `ConnectionClosedError`.
        """
        from websockets.exceptions import ConnectionClosed, ConnectionClosedOK

        while True:
            try:
                data = await self.recv_bytes()
            except ConnectionClosedOK:
                return
            except ConnectionClosed as exc:
                if self._closed:  # by `close()`, whatever the code
                    return
                if not await self._reopen(exc.rcvd.code if exc.rcvd is not None else 1006):
                    raise
                continue
            yield self.parse_event(data)

    async def _reopen(self, close_code: int) -> bool:
        flow = reopen_flow(self._handshake, self._handshake.reconnect, close_code)
        socket: AsyncWebSocket | None = await run_async(flow, self._handshake.http)
        if socket is None:
            return False
        self._socket = socket
        return True

    async def reconnect(self) -> None:
        """Close this socket and open a new one to the same endpoint, with fresh credentials.

        The server starts a new session: send its configuration again.
        """
        await self._socket.close()
        self._socket = await _open(self._handshake)
        self._closed = False

    async def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Close the connection (a closed one stays closed)."""
        self._closed = True
        await self._socket.close(code=code, reason=reason)
