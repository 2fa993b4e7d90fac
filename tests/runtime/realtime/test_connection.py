"""`client.realtime.connect(...)` against a loopback WebSocket server, sync and async, OpenAI and Azure."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from typing import Any, Literal

import pytest
from openai_connector import AsyncAzureOpenAI, AsyncOpenAI, AzureOpenAI, OpenAI
from openai_connector.lib._errors import APIConnectionError, AuthenticationError
from openai_connector.types.realtime_client_event_response_create import RealtimeClientEventResponseCreate
from openai_connector.types.realtime_server_event_response_text_delta import RealtimeServerEventResponseTextDelta
from openai_connector.types.realtime_server_event_session_updated import RealtimeServerEventSessionUpdated
from openai_connector.types.realtime_session_create_response_ga import RealtimeSessionCreateResponseGa

from tests.runtime._helpers import AZURE_KEY, OPENAI_KEY
from tests.runtime.realtime._server import CLOSE, RealtimeServer

Kind = Literal["sync", "async"]
KINDS: tuple[Kind, ...] = ("sync", "async")
API_VERSION = "2024-10-21"
ORGANIZATION = "org-realtime0000"
PROJECT = "proj_realtime0000"

SESSION_UPDATED = {"type": "session.updated", "event_id": "ev_1", "session": {"type": "realtime", "instructions": "Hi"}}
TEXT_DELTA = {
    "type": "response.output_text.delta",
    "event_id": "ev_2",
    "response_id": "resp_1",
    "item_id": "item_1",
    "output_index": 0,
    "content_index": 0,
    "delta": "Hel",
}
FUTURE_EVENT = {"type": "conversation.future_thing", "event_id": "ev_3", "detail": {"x": 1}}


def openai_client(server: RealtimeServer, kind: Kind, **settings: Any) -> Any:
    cls = OpenAI if kind == "sync" else AsyncOpenAI
    options = {"base_url": f"{server.url()}/v1", "organization": ORGANIZATION, "project": PROJECT, **settings}
    return cls(api_key=OPENAI_KEY, **options)


def azure_client(server: RealtimeServer, kind: Kind, **settings: Any) -> Any:
    cls = AzureOpenAI if kind == "sync" else AsyncAzureOpenAI
    if "azure_ad_token_provider" not in settings:
        settings["api_key"] = AZURE_KEY
    return cls(azure_endpoint=server.url(), api_version=API_VERSION, **settings)


def session(client: Any, kind: Kind, steps: Callable[[Any], Any], **connect: Any) -> Any:
    """Open `client.realtime.connect(**connect)`, run `steps(connection)` (a coroutine function if async)."""
    if kind == "sync":
        with client, client.realtime.connect(**connect) as connection:
            return steps(connection)

    async def run() -> Any:
        async with client, client.realtime.connect(**connect) as connection:
            return await steps(connection)

    return asyncio.run(run())


def do_nothing(kind: Kind) -> Callable[[Any], Any]:
    async def nothing_async(connection: Any) -> None:
        return None

    return (lambda connection: None) if kind == "sync" else nothing_async


@pytest.mark.parametrize("kind", KINDS)
def test_openai_handshake_path_query_and_headers(ws_server: RealtimeServer, kind: Kind) -> None:
    client = openai_client(ws_server, kind)
    connect = {"model": "gpt-realtime", "extra_query": {"trace": True}, "extra_headers": {"X-Trace": "on"}}
    session(client, kind, do_nothing(kind), **connect)
    [opened] = ws_server.opened
    assert opened.path == "/v1/realtime?model=gpt-realtime&trace=true"
    assert opened.headers["Authorization"] == f"Bearer {OPENAI_KEY}"
    assert opened.headers["OpenAI-Organization"] == ORGANIZATION
    assert opened.headers["OpenAI-Project"] == PROJECT
    assert opened.headers["X-Trace"] == "on"
    assert opened.headers["User-Agent"].startswith("openai-connector/")
    assert "api-key" not in opened.headers


def test_websocket_base_url_replaces_the_api_base(ws_server: RealtimeServer) -> None:
    client = openai_client(ws_server, "sync", base_url="http://127.0.0.1:9/v1", websocket_base_url=ws_server.url("ws"))
    session(client, "sync", do_nothing("sync"), model="gpt-realtime", call_id="rtc_1")
    assert [o.path for o in ws_server.opened] == ["/realtime?model=gpt-realtime&call_id=rtc_1"]


@pytest.mark.parametrize("kind", KINDS)
def test_azure_classic_with_api_key(ws_server: RealtimeServer, kind: Kind) -> None:
    session(azure_client(ws_server, kind), kind, do_nothing(kind), model="my-deployment")
    session(azure_client(ws_server, kind, azure_deployment="fixed-deployment"), kind, do_nothing(kind))
    first, second = ws_server.opened
    assert first.path == f"/openai/realtime?api-version={API_VERSION}&deployment=my-deployment"
    assert second.path == f"/openai/realtime?api-version={API_VERSION}&deployment=fixed-deployment"
    assert first.headers["api-key"] == AZURE_KEY
    assert "Authorization" not in first.headers


def test_azure_v1_takes_the_model_in_the_query(ws_server: RealtimeServer) -> None:
    client = AzureOpenAI(azure_endpoint=ws_server.url(), api_key=AZURE_KEY, azure_api="v1")
    session(client, "sync", do_nothing("sync"), model="gpt-realtime")
    [opened] = ws_server.opened
    assert opened.path == "/openai/v1/realtime?model=gpt-realtime"
    assert opened.headers["api-key"] == AZURE_KEY


def test_sync_entra_token_provider_is_asked_at_every_connection(ws_server: RealtimeServer) -> None:
    counter = itertools.count(1)
    client = azure_client(ws_server, "sync", azure_ad_token_provider=lambda: f"entra-token-{next(counter)}")
    with client:
        manager = client.realtime.connect(model="my-deployment")
        with manager as connection:
            connection.reconnect()
        with manager:
            pass
        leaked = client._conn.scrub("the server said entra-token-1 and entra-token-3")
    assert [o.headers["Authorization"] for o in ws_server.opened] == [
        "Bearer entra-token-1",
        "Bearer entra-token-2",
        "Bearer entra-token-3",
    ]
    assert all("api-key" not in o.headers for o in ws_server.opened)
    assert "entra-token" not in leaked  # each token is learnt by the redactor before it is sent


async def test_async_entra_token_provider_is_asked_at_every_connection(ws_server: RealtimeServer) -> None:
    counter = itertools.count(1)

    async def provider() -> str:
        return f"entra-token-{next(counter)}"

    async with azure_client(ws_server, "async", azure_ad_token_provider=provider) as client:
        manager = client.realtime.connect(model="my-deployment")
        async with manager as connection:
            await connection.reconnect()
        connection = await manager.enter()
        await connection.close()
    assert [o.headers["Authorization"] for o in ws_server.opened] == [
        "Bearer entra-token-1",
        "Bearer entra-token-2",
        "Bearer entra-token-3",
    ]


def test_sync_send_and_receive_typed_events(ws_server: RealtimeServer) -> None:
    ws_server.replies = {"session.update": [SESSION_UPDATED, TEXT_DELTA, FUTURE_EVENT]}

    def steps(connection: Any) -> list[Any]:
        connection.session.update(session={"type": "realtime", "instructions": "Hi"}, event_id="c1")
        events = [connection.recv(), connection.recv(), connection.recv()]
        connection.send(RealtimeClientEventResponseCreate(type="response.create"))
        connection.input_audio_buffer.append(audio="AAAA")
        connection.conversation.item.truncate(item_id="item_1", content_index=0, audio_end_ms=1500)
        return events

    updated, delta, future = session(openai_client(ws_server, "sync"), "sync", steps, model="gpt-realtime")
    _check_events(updated, delta, future)
    ws_server.wait_closed()
    _check_received(ws_server.received)


async def test_async_send_and_receive_typed_events(ws_server: RealtimeServer) -> None:
    ws_server.replies = {"session.update": [SESSION_UPDATED, TEXT_DELTA, FUTURE_EVENT]}
    async with openai_client(ws_server, "async") as client, client.realtime.connect(model="gpt-realtime") as connection:
        await connection.session.update(session={"type": "realtime", "instructions": "Hi"}, event_id="c1")
        updated, delta, future = [await connection.recv(), await connection.recv(), await connection.recv()]
        await connection.send(RealtimeClientEventResponseCreate(type="response.create"))
        await connection.input_audio_buffer.append(audio="AAAA")
        await connection.conversation.item.truncate(item_id="item_1", content_index=0, audio_end_ms=1500)
    _check_events(updated, delta, future)
    await asyncio.to_thread(ws_server.wait_closed)
    _check_received(ws_server.received)


def _check_events(updated: Any, delta: Any, future: Any) -> None:
    assert isinstance(updated, RealtimeServerEventSessionUpdated)
    assert isinstance(updated.session, RealtimeSessionCreateResponseGa)  # {"type": "realtime", ...}
    assert updated.session.instructions == "Hi"
    assert isinstance(delta, RealtimeServerEventResponseTextDelta)
    assert delta.delta == "Hel"
    assert future == FUTURE_EVENT  # a type this client does not know yet is kept as sent


def _check_received(received: list[Any]) -> None:
    assert received == [
        {"type": "session.update", "session": {"type": "realtime", "instructions": "Hi"}, "event_id": "c1"},
        {"type": "response.create"},
        {"type": "input_audio_buffer.append", "audio": "AAAA"},
        {"type": "conversation.item.truncate", "item_id": "item_1", "content_index": 0, "audio_end_ms": 1500},
    ]


def test_sync_iteration_ends_when_the_server_closes_normally(ws_server: RealtimeServer) -> None:
    ws_server.replies = {"response.create": [TEXT_DELTA, SESSION_UPDATED, CLOSE]}

    def steps(connection: Any) -> list[Any]:
        connection.response.create()
        return list(connection)

    events = session(openai_client(ws_server, "sync"), "sync", steps, model="gpt-realtime")
    assert [type(e) for e in events] == [RealtimeServerEventResponseTextDelta, RealtimeServerEventSessionUpdated]


async def test_async_iteration_ends_when_the_server_closes_normally(ws_server: RealtimeServer) -> None:
    ws_server.replies = {"response.create": [TEXT_DELTA, SESSION_UPDATED, CLOSE]}
    async with openai_client(ws_server, "async") as client, client.realtime.connect(model="gpt-realtime") as connection:
        await connection.response.create()
        events = [event async for event in connection]
    assert [type(e) for e in events] == [RealtimeServerEventResponseTextDelta, RealtimeServerEventSessionUpdated]


@pytest.mark.parametrize("kind", KINDS)
def test_leaving_the_with_block_closes_the_connection(ws_server: RealtimeServer, kind: Kind) -> None:
    session(openai_client(ws_server, kind), kind, do_nothing(kind), model="gpt-realtime")
    ws_server.wait_closed()
    assert ws_server.close_codes == [1000]


@pytest.mark.parametrize("kind", KINDS)
def test_a_refused_handshake_is_a_scrubbed_status_error(ws_server: RealtimeServer, kind: Kind) -> None:
    ws_server.reject = (401, f'{{"error": {{"message": "Incorrect API key provided: {OPENAI_KEY}"}}}}')
    with pytest.raises(AuthenticationError) as caught:
        session(openai_client(ws_server, kind), kind, do_nothing(kind), model="gpt-realtime")
    error = caught.value
    assert error.status_code == 401
    assert "Incorrect API key provided" in str(error)
    for text in (str(error), repr(error.body), repr(error.__cause__)):
        assert OPENAI_KEY not in text
        assert ORGANIZATION not in text


@pytest.mark.parametrize("kind", KINDS)
def test_a_redirect_is_not_followed(ws_server: RealtimeServer, kind: Kind) -> None:
    ws_server.reject = (302, "moved")
    ws_server.reject_headers = {"Location": "/elsewhere/realtime"}  # same origin: websockets would follow it
    with pytest.raises(APIConnectionError, match="redirects are not followed"):
        session(azure_client(ws_server, kind), kind, do_nothing(kind), model="my-deployment")
    assert len(ws_server.opened) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_a_closed_port_is_a_connection_error(ws_server: RealtimeServer, kind: Kind) -> None:
    client = openai_client(ws_server, kind, websocket_base_url="ws://127.0.0.1:9")  # discard port: nothing listens
    with pytest.raises(APIConnectionError, match="could not open the realtime WebSocket") as caught:
        session(client, kind, do_nothing(kind), model="gpt-realtime")
    assert OPENAI_KEY not in str(caught.value)
    assert ws_server.opened == []
