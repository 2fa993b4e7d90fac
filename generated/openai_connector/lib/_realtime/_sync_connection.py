"""`client.realtime.connect(...)`: a WebSocket session of the Realtime API.

    with client.realtime.connect(model="gpt-realtime") as connection:
        connection.session.update(session={"type": "realtime", "instructions": "Be brief."})
        connection.send({"type": "response.create"})
        for event in connection:      # the spec's typed server events, by their `type`
            ...

`connect` checks its arguments at once; the socket opens on entering (`with`, or `enter()`),
with credentials asked for then, so a token provider gives each connection (and `reconnect()`) a
fresh token. Needs the `realtime` extra (websockets); nothing imports it before a connection opens.

Generated from generator/runtime/core/_realtime/_async_connection.py by generator/unasync.py; do not edit.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .._flow import run_sync
from .._types import NOT_GIVEN, NotGiven
from ._handshake import Handshake, encode_event, parse_server_event
from ._sync_events import (
    ConversationEvents,
    InputAudioBufferEvents,
    OutputAudioBufferEvents,
    ResponseEvents,
    SessionEvents,
)

if TYPE_CHECKING:
    from .._base_client import SyncAPIClient
    from ._handshake import ClientEvent, ServerEvent
    from ._socket import WebSocket

__all__ = ["RealtimeConnect", "RealtimeConnection", "RealtimeConnectionManager"]


class RealtimeConnect:
    """`connect()`, mixed into the generated `client.realtime` resource."""

    _client: SyncAPIClient

    def connect(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        call_id: str | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        websocket_connection_options: Mapping[str, Any] | None = None,
    ) -> RealtimeConnectionManager:
        """A Realtime API session over a WebSocket, opened on `with` (or `manager.enter()`).

        `model` (on Azure classic: the deployment, unless the client has `azure_deployment`), `call_id`
        (a SIP call's), `extra_query` and `extra_headers` for the opening handshake, and
        `websocket_connection_options` for websockets' `connect` (`open_timeout`, `max_size`, ...).
        """
        handshake = Handshake(
            self._client,
            model=model,
            call_id=call_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
        )
        return RealtimeConnectionManager(handshake)


def _open(handshake: Handshake) -> WebSocket:
    from ._socket import open_socket  # on the first connection: the resource's import stays light

    credentials = run_sync(handshake.credentials(), handshake.http)
    return open_socket(handshake, credentials)


class RealtimeConnectionManager:
    """What `connect()` returns: `with` it for an open `RealtimeConnection`, closed on exit.

    `manager.enter()` opens one without the `with` (then close it yourself).
    """

    def __init__(self, handshake: Handshake) -> None:
        self._handshake = handshake
        self._connection: RealtimeConnection | None = None

    def enter(self) -> RealtimeConnection:
        """Open the connection (each call opens a new one, with fresh credentials)."""
        self._connection = RealtimeConnection(self._handshake, _open(self._handshake))
        return self._connection

    def __enter__(self) -> RealtimeConnection:
        return self.enter()

    def __exit__(self, *exc_info: object) -> None:
        if self._connection is not None:
            self._connection.close()


class RealtimeConnection:
    """An open Realtime WebSocket: `send` client events, `recv` (or iterate over) typed server events.

    The helpers send one client event each: `session.update(...)`, `response.create(...)` /
    `.cancel(...)`, `input_audio_buffer.append(...)` / `.commit()` / `.clear()`,
    `conversation.item.create(...)` / `.delete(...)` / `.truncate(...)` / `.retrieve(...)`,
    `output_audio_buffer.clear()`.
    """

    def __init__(self, handshake: Handshake, socket: WebSocket) -> None:
        self._handshake = handshake
        self._socket = socket
        self.session = SessionEvents(self)
        self.response = ResponseEvents(self)
        self.input_audio_buffer = InputAudioBufferEvents(self)
        self.conversation = ConversationEvents(self)
        self.output_audio_buffer = OutputAudioBufferEvents(self)

    def send(self, event: ClientEvent | Mapping[str, Any]) -> None:
        """Send a client event: one of the spec's client event models, or a mapping with its `type`."""
        self._socket.send(encode_event(event))

    def send_raw(self, data: str | bytes) -> None:
        """Send a message as is (text for `str`, binary for `bytes`)."""
        self._socket.send(data)

    def recv(self) -> ServerEvent:
        """The next server event, as its generated class (a dict for a type this client does not know yet)."""
        return self.parse_event(self.recv_bytes())

    def recv_bytes(self) -> bytes:
        """The next message as received (cancelling this loses nothing)."""
        message: bytes = self._socket.recv(decode=False)
        return message

    def parse_event(self, data: str | bytes) -> ServerEvent:
        """A server event from a message's text (what `recv` does with `recv_bytes`)."""
        return parse_server_event(data, self._handshake.scrub)

    def __iter__(self) -> Iterator[ServerEvent]:
        """The server events until the connection closes normally (an abnormal close raises)."""
        from websockets.exceptions import ConnectionClosedOK

        while True:
            try:
                data = self.recv_bytes()
            except ConnectionClosedOK:
                return
            yield self.parse_event(data)

    def reconnect(self) -> None:
        """Close this socket and open a new one to the same endpoint, with fresh credentials.

        The server starts a new session: send its configuration again.
        """
        self._socket.close()
        self._socket = _open(self._handshake)

    def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Close the connection (a closed one stays closed)."""
        self._socket.close(code=code, reason=reason)
