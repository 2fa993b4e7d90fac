"""A WebSocket connection of the API (Realtime, Responses): open on entering, typed events, close on exit.

`ConnectionManager` is what a `connect()` returns: entering it (`with`, or `enter()`) asks
for credentials then (so a token provider gives each connection, and `reconnect()`, a fresh token)
and opens the socket; leaving it closes the socket. `EventConnection` sends client events and
reads the endpoint's server events. Needs the `realtime` extra (websockets); nothing imports it before
a connection opens.

Generated from generator/runtime/core/_realtime/_async_connection.py by generator/unasync.py; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._flow import run_sync
from ._events import encode_event, read_event
from ._opening import open_flow, reopen_flow

if TYPE_CHECKING:
    from ._handshake import Handshake
    from ._socket import WebSocket

__all__ = ["ConnectionManager", "EventConnection"]

_E = TypeVar("_E")  # the endpoint's server events
_C = TypeVar("_C", bound="EventConnection[Any]")


def _open(handshake: Handshake) -> WebSocket:
    socket: WebSocket = run_sync(open_flow(handshake), handshake.http)
    return socket


class ConnectionManager(Generic[_C]):
    """What `connect()` returns: `with` it for an open connection, closed on exit.

    `manager.enter()` opens one without the `with` (then close it yourself); each entry opens a
    new connection.
    """

    def __init__(self, handshake: Handshake, connection: Callable[[Handshake, WebSocket], _C]) -> None:
        self._handshake = handshake
        self._make = connection
        self._connection: _C | None = None

    def enter(self) -> _C:
        """Open a connection (with fresh credentials)."""
        self._connection = self._make(self._handshake, _open(self._handshake))
        return self._connection

    def __enter__(self) -> _C:
        return self.enter()

    def __exit__(self, *exc_info: object) -> None:
        if self._connection is not None:
            self._connection.close()


class EventConnection(Generic[_E]):
    """An open WebSocket: `send` client events, `recv` (or iterate over) the endpoint's typed server events."""

    def __init__(self, handshake: Handshake, socket: WebSocket) -> None:
        self._handshake = handshake
        self._socket = socket
        self._closed = False  # by `close()`: whatever its code, never reopened

    def send(self, event: Any) -> None:
        """Send a client event: one of the spec's client event models, or a mapping with its `type`."""
        self._socket.send(encode_event(event))

    def send_raw(self, data: str | bytes) -> None:
        """Send a message as is (text for `str`, binary for `bytes`)."""
        self._socket.send(data)

    def recv(self) -> _E:
        """The next server event, as its generated class (the decoded JSON for a type this client does not know)."""
        return self.parse_event(self.recv_bytes())

    def recv_bytes(self) -> bytes:
        """The next message as received (cancelling this loses nothing)."""
        message: bytes = self._socket.recv(decode=False)
        return message

    def parse_event(self, data: str | bytes) -> _E:
        """A server event from a message's text (what `recv` does with `recv_bytes`)."""
        event: _E = read_event(self._handshake.endpoint, data, self._handshake.scrub)
        return event

    def __iter__(self) -> Iterator[_E]:
        """The server events until the connection closes normally (or by `close()`).

        After an unexpected close, with `on_reconnecting` given to `connect()`, a new connection is opened
        (fresh credentials) and the events go on from it; otherwise websockets' `ConnectionClosedError`.
        """
        from websockets.exceptions import ConnectionClosed, ConnectionClosedOK

        while True:
            try:
                data = self.recv_bytes()
            except ConnectionClosedOK:
                return
            except ConnectionClosed as exc:
                if self._closed:  # by `close()`, whatever the code
                    return
                if not self._reopen(exc.rcvd.code if exc.rcvd is not None else 1006):
                    raise
                continue
            yield self.parse_event(data)

    def _reopen(self, close_code: int) -> bool:
        flow = reopen_flow(self._handshake, self._handshake.reconnect, close_code)
        socket: WebSocket | None = run_sync(flow, self._handshake.http)
        if socket is None:
            return False
        self._socket = socket
        return True

    def reconnect(self) -> None:
        """Close this socket and open a new one to the same endpoint, with fresh credentials.

        The server starts a new session: send its configuration again.
        """
        self._socket.close()
        self._socket = _open(self._handshake)
        self._closed = False

    def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Close the connection (a closed one stays closed)."""
        self._closed = True
        self._socket.close(code=code, reason=reason)
