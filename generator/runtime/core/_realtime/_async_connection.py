"""`client.realtime.connect(...)`: a WebSocket session of the Realtime API.

    async with client.realtime.connect(model="gpt-realtime") as connection:
        await connection.session.update(session={"type": "realtime", "instructions": "Be brief."})
        await connection.send({"type": "response.create"})
        async for event in connection:      # the spec's typed server events, by their `type`
            ...

`connect` checks its arguments at once; the socket opens on entering (`async with`, or `enter()`),
with credentials asked for then, so a token provider gives each connection (and `reconnect()`) a
fresh token. Needs the `realtime` extra (websockets); nothing imports it before a connection opens.

This module is the source of `_sync_connection.py`, which generator/unasync.py writes from it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from typing import TYPE_CHECKING, Any

from .._flow import run_async
from .._types import NOT_GIVEN, NotGiven
from ._async_events import (
    ConversationEvents,
    InputAudioBufferEvents,
    OutputAudioBufferEvents,
    ResponseEvents,
    SessionEvents,
)
from ._handshake import Handshake, encode_event, parse_server_event

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient
    from ._handshake import ClientEvent, ServerEvent
    from ._socket import AsyncWebSocket

__all__ = ["AsyncRealtimeConnect", "AsyncRealtimeConnection", "AsyncRealtimeConnectionManager"]


class AsyncRealtimeConnect:
    """`connect()`, mixed into the generated `client.realtime` resource."""

    _client: AsyncAPIClient

    def connect(
        self,
        *,
        model: str | NotGiven = NOT_GIVEN,
        call_id: str | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        websocket_connection_options: Mapping[str, Any] | None = None,
    ) -> AsyncRealtimeConnectionManager:
        """A Realtime API session over a WebSocket, opened on `async with` (or `await manager.enter()`).

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
        return AsyncRealtimeConnectionManager(handshake)


async def _open(handshake: Handshake) -> AsyncWebSocket:
    from ._socket import open_async_socket  # on the first connection: the resource's import stays light

    credentials = await run_async(handshake.credentials(), handshake.http)
    return await open_async_socket(handshake, credentials)


class AsyncRealtimeConnectionManager:
    """What `connect()` returns: `async with` it for an open `AsyncRealtimeConnection`, closed on exit.

    `await manager.enter()` opens one without the `with` (then close it yourself).
    """

    def __init__(self, handshake: Handshake) -> None:
        self._handshake = handshake
        self._connection: AsyncRealtimeConnection | None = None

    async def enter(self) -> AsyncRealtimeConnection:
        """Open the connection (each call opens a new one, with fresh credentials)."""
        self._connection = AsyncRealtimeConnection(self._handshake, await _open(self._handshake))
        return self._connection

    async def __aenter__(self) -> AsyncRealtimeConnection:
        return await self.enter()

    async def __aexit__(self, *exc_info: object) -> None:
        if self._connection is not None:
            await self._connection.close()


class AsyncRealtimeConnection:
    """An open Realtime WebSocket: `send` client events, `recv` (or iterate over) typed server events.

    The helpers send one client event each: `session.update(...)`, `response.create(...)` /
    `.cancel(...)`, `input_audio_buffer.append(...)` / `.commit()` / `.clear()`,
    `conversation.item.create(...)` / `.delete(...)` / `.truncate(...)` / `.retrieve(...)`,
    `output_audio_buffer.clear()`.
    """

    def __init__(self, handshake: Handshake, socket: AsyncWebSocket) -> None:
        self._handshake = handshake
        self._socket = socket
        self.session = SessionEvents(self)
        self.response = ResponseEvents(self)
        self.input_audio_buffer = InputAudioBufferEvents(self)
        self.conversation = ConversationEvents(self)
        self.output_audio_buffer = OutputAudioBufferEvents(self)

    async def send(self, event: ClientEvent | Mapping[str, Any]) -> None:
        """Send a client event: one of the spec's client event models, or a mapping with its `type`."""
        await self._socket.send(encode_event(event))

    async def send_raw(self, data: str | bytes) -> None:
        """Send a message as is (text for `str`, binary for `bytes`)."""
        await self._socket.send(data)

    async def recv(self) -> ServerEvent:
        """The next server event, as its generated class (a dict for a type this client does not know yet)."""
        return self.parse_event(await self.recv_bytes())

    async def recv_bytes(self) -> bytes:
        """The next message as received (cancelling this loses nothing)."""
        message: bytes = await self._socket.recv(decode=False)
        return message

    def parse_event(self, data: str | bytes) -> ServerEvent:
        """A server event from a message's text (what `recv` does with `recv_bytes`)."""
        return parse_server_event(data, self._handshake.scrub)

    async def __aiter__(self) -> AsyncIterator[ServerEvent]:
        """The server events until the connection closes normally (an abnormal close raises)."""
        from websockets.exceptions import ConnectionClosedOK

        while True:
            try:
                data = await self.recv_bytes()
            except ConnectionClosedOK:
                return
            yield self.parse_event(data)

    async def reconnect(self) -> None:
        """Close this socket and open a new one to the same endpoint, with fresh credentials.

        The server starts a new session: send its configuration again.
        """
        await self._socket.close()
        self._socket = await _open(self._handshake)

    async def close(self, *, code: int = 1000, reason: str = "") -> None:
        """Close the connection (a closed one stays closed)."""
        await self._socket.close(code=code, reason=reason)
