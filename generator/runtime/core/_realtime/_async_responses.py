"""`client.responses.connect(...)`: the Responses API over a WebSocket.

    async with client.responses.connect() as connection:
        await connection.response.create(model="gpt-5", input="Hi")
        async for event in connection:      # the spec's ResponsesServerEvent classes, by their `type`
            ...

One socket carries many responses: send `response.create` events, read the response stream events.

This module is the source of `_sync_responses.py`, which generator/unasync.py writes from it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._async_connection import AsyncConnectionManager, AsyncEventConnection
from ._handshake import Handshake
from ._opening import ReconnectingEvent, ReconnectPolicy

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient
    from ._events import ResponsesClientEvent, ResponsesServerEvent
    from ._socket import AsyncWebSocket

    _Base = AsyncEventConnection[ResponsesServerEvent]
else:
    _Base = AsyncEventConnection  # the event type exists for type checkers only

__all__ = ["AsyncResponsesConnect", "AsyncResponsesConnection"]


class AsyncResponsesConnect:
    """`connect()`, mixed into the generated `client.responses` resource."""

    _client: AsyncAPIClient

    def connect(
        self,
        *,
        extra_query: Mapping[str, object] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        websocket_connection_options: Mapping[str, Any] | None = None,
        on_reconnecting: Callable[[ReconnectingEvent], Mapping[str, Any] | None] | None = None,
        max_retries: int = 5,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
    ) -> AsyncConnectionManager[AsyncResponsesConnection]:
        """A persistent Responses API WebSocket, opened on `async with` (or `await manager.enter()`).

        `extra_query` and `extra_headers` for the opening handshake, `websocket_connection_options` for
        websockets' `connect` (`open_timeout`, `max_size`, ...); `on_reconnecting`, `max_retries`,
        `initial_delay` and `max_delay` as for `client.realtime.connect`.
        """
        handshake = Handshake(
            self._client,
            "responses",
            extra_query=extra_query,
            extra_headers=extra_headers,
            websocket_connection_options=websocket_connection_options,
            reconnect=ReconnectPolicy(
                on_reconnecting, max_retries=max_retries, initial_delay=initial_delay, max_delay=max_delay
            ),
        )
        return AsyncConnectionManager(handshake, AsyncResponsesConnection)


class AsyncResponsesConnection(_Base):
    """An open Responses WebSocket: `response.create(...)` (or `send`), then `recv` or iterate over the events."""

    def __init__(self, handshake: Handshake, socket: AsyncWebSocket) -> None:
        super().__init__(handshake, socket)
        self.response = _ResponseCreate(self)

    async def send(self, event: ResponsesClientEvent | Mapping[str, Any]) -> None:
        """Send a client event: a `ResponsesClientEvent` model, or a mapping with its `type`."""
        await super().send(event)


class _ResponseCreate:
    """`connection.response`."""

    def __init__(self, connection: AsyncResponsesConnection) -> None:
        self._connection = connection

    async def create(self, **params: Any) -> None:
        """`response.create`: start a response; `params` are those of `client.responses.create` (the
        streamed events come back on this connection)."""
        await self._connection.send({**params, "type": "response.create"})
