"""Realtime connections: bad arguments refused before anything is sent, the optional extra, import cost."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest
from openai_connector import AsyncOpenAI, AzureOpenAI, OpenAI
from openai_connector.lib._errors import APIError, ConfigurationError, InvalidRequestError
from openai_connector.lib._realtime import _socket

from tests.runtime._helpers import AZURE_KEY, OPENAI_KEY
from tests.runtime.realtime._server import RealtimeServer


def openai_client(server: RealtimeServer, **settings: Any) -> OpenAI:
    return OpenAI(api_key=OPENAI_KEY, base_url=f"{server.url()}/v1", **settings)


@pytest.mark.parametrize(
    ("connect", "param"),
    [
        ({"model": ""}, "model"),
        ({"model": 4}, "model"),
        ({"model": "m", "call_id": ""}, "call_id"),
        ({"model": "m", "extra_headers": {"X-Note": "two\nlines"}}, "X-Note"),
        ({"model": "m", "extra_query": {"trace": None}}, "extra_query"),
        ({"model": "m", "websocket_connection_options": {"additional_headers": {}}}, "websocket_connection_options"),
    ],
)
def test_bad_connect_arguments_are_refused_at_once(
    ws_server: RealtimeServer, connect: dict[str, Any], param: str
) -> None:
    with openai_client(ws_server) as client, pytest.raises(InvalidRequestError) as caught:
        client.realtime.connect(**connect)
    assert caught.value.param == param
    assert ws_server.opened == []


def test_settings_that_give_no_realtime_url_are_refused_at_once(ws_server: RealtimeServer) -> None:
    with AzureOpenAI(azure_endpoint=ws_server.url(), api_key=AZURE_KEY, api_version="2024-10-21") as azure:
        with pytest.raises(ConfigurationError, match="pass model=<deployment name> or set azure_deployment"):
            azure.realtime.connect()
    with openai_client(ws_server, websocket_base_url="ftp://127.0.0.1/x") as client:
        with pytest.raises(ConfigurationError, match="websocket_base_url must be a ws"):
            client.realtime.connect(model="m")
    assert ws_server.opened == []


def test_bad_events_are_refused_before_they_are_sent(ws_server: RealtimeServer) -> None:
    with openai_client(ws_server) as client, client.realtime.connect(model="m") as connection:
        bad_calls: list[tuple[Callable[[], object], str]] = [
            (lambda: connection.send({"no_type": 1}), "event"),
            (lambda: connection.send({"type": "x", "value": float("nan")}), "event"),
            (lambda: connection.send({"type": "x", "value": object()}), "event"),
            (lambda: connection.input_audio_buffer.append(audio=b"AAAA"), "audio"),  # type: ignore[arg-type]
            (
                lambda: connection.conversation.item.truncate(item_id="i", content_index="0", audio_end_ms=1),  # type: ignore[arg-type]
                "content_index",
            ),
            (
                lambda: connection.conversation.item.truncate(item_id="i", content_index=0, audio_end_ms=True),
                "audio_end_ms",
            ),
            (lambda: connection.session.update(session="realtime"), "session"),  # type: ignore[arg-type]
        ]
        for call, param in bad_calls:
            with pytest.raises(InvalidRequestError) as caught:
                call()
            assert caught.value.param == param
        connection.input_audio_buffer.commit()
    ws_server.wait_closed()
    assert ws_server.received == [{"type": "input_audio_buffer.commit"}]


def test_no_secret_in_the_reprs(ws_server: RealtimeServer) -> None:
    with openai_client(ws_server, organization="org-hidden0000") as client:
        manager = client.realtime.connect(model="m")
        with manager as connection:
            texts = [repr(manager), repr(connection), repr(manager._handshake)]
    for text in texts:
        assert OPENAI_KEY not in text
        assert "org-hidden0000" not in text


@pytest.fixture
def without_websockets(monkeypatch: pytest.MonkeyPatch) -> Any:
    for name in ("websockets", "websockets.sync", "websockets.sync.client", "websockets.asyncio.client"):
        monkeypatch.setitem(sys.modules, name, None)  # makes `import` of it fail
    _socket._sync_connector.cache_clear()
    _socket._async_connector.cache_clear()
    yield
    _socket._sync_connector.cache_clear()
    _socket._async_connector.cache_clear()


@pytest.mark.usefixtures("without_websockets")
def test_without_websockets_the_error_names_the_extra(ws_server: RealtimeServer) -> None:
    with openai_client(ws_server) as client:
        manager = client.realtime.connect(model="m")  # checking the arguments needs no websockets
        with pytest.raises(ImportError, match=r"pip install 'openai-connector\[realtime\]'"):
            manager.enter()

    async def open_async() -> None:
        async with AsyncOpenAI(api_key=OPENAI_KEY, base_url=f"{ws_server.url()}/v1") as client:
            await client.realtime.connect(model="m").enter()

    with pytest.raises(ImportError, match=r"the `realtime` extra"):
        asyncio.run(open_async())
    assert ws_server.opened == []


def test_the_realtime_resource_and_connect_import_no_websockets() -> None:
    code = (
        "import sys\n"
        "from openai_connector import AsyncOpenAI, OpenAI\n"
        f"OpenAI(api_key='{OPENAI_KEY}').realtime.connect(model='m')\n"
        f"AsyncOpenAI(api_key='{OPENAI_KEY}').realtime.connect(model='m')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'websockets'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_message_that_is_not_json_is_an_api_error_without_secrets(ws_server: RealtimeServer) -> None:
    ws_server.replies = {"response.create": [f"oops {OPENAI_KEY}"]}
    with openai_client(ws_server) as client, client.realtime.connect(model="m") as connection:
        connection.response.create()
        with pytest.raises(APIError, match="the realtime server sent a message that is not JSON") as caught:
            connection.recv()
    assert caught.value.body == "oops <redacted>"
