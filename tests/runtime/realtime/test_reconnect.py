"""`on_reconnecting`: iterating over a connection survives a close worth retrying, with a fresh token."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from openai_connector import AsyncAzureOpenAI, AzureOpenAI, OpenAI
from openai_connector.lib._errors import InvalidRequestError
from openai_connector.lib._realtime._opening import ReconnectingEvent
from openai_connector.types.realtime_server_event_response_text_delta import RealtimeServerEventResponseTextDelta
from openai_connector.types.realtime_server_event_session_updated import RealtimeServerEventSessionUpdated
from websockets.exceptions import ConnectionClosedError

from tests.runtime._helpers import OPENAI_KEY
from tests.runtime.realtime._server import CLOSE, RESTART, RealtimeServer
from tests.runtime.realtime.test_connection import SESSION_UPDATED, TEXT_DELTA

API_VERSION = "2024-10-21"
NO_WAIT: dict[str, Any] = {"initial_delay": 0, "max_delay": 0}  # no sleep between attempts


def tokens() -> Any:
    counter = itertools.count(1)
    return lambda: f"entra-token-{next(counter)}"


def test_sync_iteration_reconnects_with_a_fresh_token(ws_server: RealtimeServer) -> None:
    ws_server.scripts = [[TEXT_DELTA, RESTART], [SESSION_UPDATED, CLOSE]]
    announced: list[ReconnectingEvent] = []
    client = AzureOpenAI(azure_endpoint=ws_server.url(), api_version=API_VERSION, azure_ad_token_provider=tokens())
    with client, client.realtime.connect(model="dep", on_reconnecting=announced.append, **NO_WAIT) as connection:
        events = list(connection)
    assert [type(e) for e in events] == [RealtimeServerEventResponseTextDelta, RealtimeServerEventSessionUpdated]
    assert announced == [ReconnectingEvent(attempt=1, max_attempts=5, delay=0.0, close_code=1012)]
    assert [o.headers["Authorization"] for o in ws_server.opened] == ["Bearer entra-token-1", "Bearer entra-token-2"]


async def test_async_iteration_reconnects_with_a_fresh_token(ws_server: RealtimeServer) -> None:
    ws_server.scripts = [[TEXT_DELTA, RESTART], [SESSION_UPDATED, CLOSE]]
    announced: list[ReconnectingEvent] = []
    client = AsyncAzureOpenAI(azure_endpoint=ws_server.url(), api_version=API_VERSION, azure_ad_token_provider=tokens())
    async with client, client.realtime.connect(model="dep", on_reconnecting=announced.append, **NO_WAIT) as connection:
        events = [event async for event in connection]
    assert [type(e) for e in events] == [RealtimeServerEventResponseTextDelta, RealtimeServerEventSessionUpdated]
    assert [event.close_code for event in announced] == [1012]
    assert [o.headers["Authorization"] for o in ws_server.opened] == ["Bearer entra-token-1", "Bearer entra-token-2"]


def test_without_on_reconnecting_an_unexpected_close_raises(ws_server: RealtimeServer) -> None:
    ws_server.scripts = [[TEXT_DELTA, RESTART]]
    with OpenAI(api_key=OPENAI_KEY, base_url=f"{ws_server.url()}/v1") as client:
        with client.realtime.connect(model="m") as connection, pytest.raises(ConnectionClosedError):
            list(connection)
    assert len(ws_server.opened) == 1


def test_on_reconnecting_can_abort(ws_server: RealtimeServer) -> None:
    ws_server.scripts = [[RESTART]]
    announced: list[ReconnectingEvent] = []

    def abort(event: ReconnectingEvent) -> dict[str, bool]:
        announced.append(event)
        return {"abort": True}

    with OpenAI(api_key=OPENAI_KEY, base_url=f"{ws_server.url()}/v1") as client:
        with client.realtime.connect(model="m", on_reconnecting=abort, **NO_WAIT) as connection:
            with pytest.raises(ConnectionClosedError):
                list(connection)
    assert len(announced) == 1
    assert len(ws_server.opened) == 1


def test_attempts_stop_at_max_retries(ws_server: RealtimeServer) -> None:
    ws_server.scripts = [[RESTART]]
    announced: list[ReconnectingEvent] = []
    with OpenAI(api_key=OPENAI_KEY, base_url=f"{ws_server.url()}/v1") as client:
        manager = client.realtime.connect(model="m", on_reconnecting=announced.append, max_retries=2, **NO_WAIT)
        with manager as connection:
            ws_server.reject = (503, "busy")  # every new connection is refused
            with pytest.raises(ConnectionClosedError):
                list(connection)
    assert [event.attempt for event in announced] == [1, 2]
    assert len(ws_server.opened) == 3


@pytest.mark.parametrize(
    ("options", "param"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"initial_delay": float("inf")}, "initial_delay"),
        ({"max_delay": -1}, "max_delay"),
        ({"on_reconnecting": "yes"}, "on_reconnecting"),
    ],
)
def test_bad_reconnect_settings_are_refused_at_once(options: dict[str, Any], param: str) -> None:
    with OpenAI(api_key=OPENAI_KEY) as client, pytest.raises(InvalidRequestError) as caught:
        client.realtime.connect(model="m", **options)
    assert caught.value.param == param


def test_a_connection_closed_by_the_client_is_not_reopened(ws_server: RealtimeServer) -> None:
    ws_server.scripts = [[TEXT_DELTA]]
    announced: list[ReconnectingEvent] = []
    with OpenAI(api_key=OPENAI_KEY, base_url=f"{ws_server.url()}/v1") as client:
        with client.realtime.connect(model="m", on_reconnecting=announced.append, **NO_WAIT) as connection:
            for _ in connection:
                connection.close(code=1011, reason="client error")  # a code worth retrying, had the server sent it
    assert announced == []
    assert len(ws_server.opened) == 1
