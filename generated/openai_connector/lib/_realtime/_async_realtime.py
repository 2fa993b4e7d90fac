# copied from generator/runtime/core/_realtime/_async_realtime.py by the openai-connector generator; edit the source
"""`client.realtime.connect(...)`: a session of the Realtime API over a WebSocket.

    async with client.realtime.connect(model="gpt-realtime") as connection:
        await connection.session.update(session={"type": "realtime", "instructions": "Be brief."})
        await connection.response.create()
        async for event in connection:      # the spec's RealtimeServerEvent classes, by their `type`
            ...

`connect` checks its arguments and the client's settings at once; the socket opens on entering.

This module is the source of `_sync_realtime.py`, which generator/unasync.py writes from it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from .._types import NOT_GIVEN, NotGiven
from ._async_connection import AsyncConnectionManager, AsyncEventConnection
from ._async_events import (
    ConversationEvents,
    InputAudioBufferEvents,
    OutputAudioBufferEvents,
    ResponseEvents,
    SessionEvents,
)
from ._handshake import Handshake
from ._opening import ReconnectingEvent, ReconnectPolicy

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient
    from ._events import ClientEvent, ServerEvent
    from ._socket import AsyncWebSocket

    _Base = AsyncEventConnection[ServerEvent]
else:
    _Base = AsyncEventConnection  # the event type exists for type checkers only

__all__ = ["AsyncRealtimeConnect", "AsyncRealtimeConnection"]


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
        on_reconnecting: Callable[[ReconnectingEvent], Mapping[str, Any] | None] | None = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
    ) -> AsyncConnectionManager[AsyncRealtimeConnection]:
        """A Realtime API session over a WebSocket, opened on `async with` (or `await manager.enter()`).

        `model` (on Azure classic: the deployment, unless the client has `azure_deployment`), `call_id`
        (a SIP call's), `extra_query` and `extra_headers` for the opening handshake, and
        `websocket_connection_options` for websockets' `connect` (`open_timeout`, `max_size`, ...).
        With `on_reconnecting`, iterating over the connection survives an unexpected close: up to
        `max_retries` new connections, `initial_delay` doubling up to `max_delay` seconds apart, each
        announced to `on_reconnecting(event)` first (a return of `{"abort": True}` gives up).
        """
        handshake = Handshake(
            self._client,
            "realtime",
            model=model,
            call_id=call_id,
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
            reconnect=ReconnectPolicy(
                on_reconnecting, max_retries=max_retries, initial_delay=initial_delay, max_delay=max_delay
            ),
        )
        return AsyncConnectionManager(handshake, AsyncRealtimeConnection)


class AsyncRealtimeConnection(_Base):
    """An open Realtime WebSocket: `send` client events, `recv` (or iterate over) typed server events.

    The helpers send one client event each: `session.update(...)`, `response.create(...)` /
    `.cancel(...)`, `input_audio_buffer.append(...)` / `.commit()` / `.clear()`,
    `conversation.item.create(...)` / `.delete(...)` / `.truncate(...)` / `.retrieve(...)`,
    `output_audio_buffer.clear()`.
    """

    def __init__(self, handshake: Handshake, socket: AsyncWebSocket) -> None:
        super().__init__(handshake, socket)
        self.session = SessionEvents(self)
        self.response = ResponseEvents(self)
        self.input_audio_buffer = InputAudioBufferEvents(self)
        self.conversation = ConversationEvents(self)
        self.output_audio_buffer = OutputAudioBufferEvents(self)

    async def send(self, event: ClientEvent | Mapping[str, Any]) -> None:
        """Send a client event: one of the spec's `RealtimeClientEvent` models, or a mapping with its `type`."""
        await super().send(event)
