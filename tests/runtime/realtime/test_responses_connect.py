"""`client.responses.connect()`: the Responses API over a WebSocket, against the loopback server."""

from __future__ import annotations

import pytest
from openai_connector import AsyncOpenAI, AzureOpenAI, OpenAI
from openai_connector.lib._errors import InvalidRequestError
from openai_connector.types.responses_server_event import ResponseTextWsDelta

from tests.runtime._helpers import AZURE_KEY, OPENAI_KEY
from tests.runtime.realtime._server import CLOSE, RealtimeServer

TEXT_DELTA = {
    "type": "response.output_text.delta",
    "item_id": "msg_1",
    "output_index": 0,
    "content_index": 0,
    "delta": "Hel",
    "sequence_number": 1,
    "logprobs": [],
}
FUTURE_EVENT = {"type": "response.future_thing", "sequence_number": 2}
CREATE = {"type": "response.create", "model": "gpt-5", "input": "Hi"}


def test_sync_response_create_and_typed_events(ws_server: RealtimeServer) -> None:
    ws_server.replies = {"response.create": [TEXT_DELTA, FUTURE_EVENT, CLOSE]}
    with OpenAI(api_key=OPENAI_KEY, base_url=f"{ws_server.url()}/v1") as client:
        with client.responses.connect(extra_query={"trace": "1"}) as connection:
            connection.response.create(model="gpt-5", input="Hi")
            delta, future = list(connection)
    assert isinstance(delta, ResponseTextWsDelta)
    assert delta.delta == "Hel"
    assert future == FUTURE_EVENT  # type: ignore[comparison-overlap]  # an unknown type is kept as sent
    [opened] = ws_server.opened
    assert opened.path == "/v1/responses?trace=1"
    assert opened.headers["Authorization"] == f"Bearer {OPENAI_KEY}"
    assert ws_server.received == [CREATE]


async def test_async_response_create_and_typed_events(ws_server: RealtimeServer) -> None:
    ws_server.replies = {"response.create": [TEXT_DELTA, CLOSE]}
    async with AsyncOpenAI(api_key=OPENAI_KEY, base_url=f"{ws_server.url()}/v1") as client:
        async with client.responses.connect() as connection:
            await connection.response.create(model="gpt-5", input="Hi")
            events = [event async for event in connection]
    assert [type(e) for e in events] == [ResponseTextWsDelta]
    assert [o.path for o in ws_server.opened] == ["/v1/responses"]
    assert ws_server.received == [CREATE]


def test_azure_classic_sends_the_api_version(ws_server: RealtimeServer) -> None:
    with AzureOpenAI(azure_endpoint=ws_server.url(), api_key=AZURE_KEY, api_version="2024-10-21") as client:
        with client.responses.connect():
            pass
    [opened] = ws_server.opened
    assert opened.path == "/openai/responses?api-version=2024-10-21"
    assert opened.headers["api-key"] == AZURE_KEY


def test_a_response_create_that_is_not_json_is_refused_before_sending(ws_server: RealtimeServer) -> None:
    with OpenAI(api_key=OPENAI_KEY, base_url=f"{ws_server.url()}/v1") as client:
        with client.responses.connect() as connection:
            with pytest.raises(InvalidRequestError) as caught:
                connection.response.create(model="gpt-5", temperature=float("nan"))
            assert caught.value.param == "event"
    ws_server.wait_closed()
    assert ws_server.received == []
