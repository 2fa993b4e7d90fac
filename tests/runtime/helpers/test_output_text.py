"""`Response.output_text`: computed as openai-python does, from the `output_text` parts of message outputs."""

from __future__ import annotations

from typing import Any

from openai_connector.types.beta_response import BetaResponse
from openai_connector.types.response import Response

from tests.runtime._helpers import async_client, sync_client
from tests.support.loopback import LoopbackServer, Reply


def message(*parts: dict[str, Any]) -> dict[str, Any]:
    return {"type": "message", "id": "msg", "role": "assistant", "status": "completed", "content": list(parts)}


def text(value: str) -> dict[str, Any]:
    return {"type": "output_text", "text": value, "annotations": []}


ANSWER = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1,
    "status": "completed",
    "model": "gpt-4o-mini",
    "output": [
        {"type": "reasoning", "id": "rs", "summary": []},
        message(text("Hello"), {"type": "refusal", "refusal": "no"}, text(", ")),
        {"type": "function_call", "id": "fc", "call_id": "c", "name": "f", "arguments": "{}"},
        message(text("world")),
    ],
}


def test_output_text_joins_the_text_parts_of_the_messages() -> None:
    response = Response.model_validate(ANSWER)
    assert response.output_text == "Hello, world"
    assert "output_text" not in response.to_dict()  # computed, not a field the API sends
    assert BetaResponse.model_validate(ANSWER).output_text == "Hello, world"


def test_output_text_is_empty_without_text() -> None:
    assert Response.model_validate({**ANSWER, "output": []}).output_text == ""
    assert (
        Response.model_validate({**ANSWER, "output": [message({"type": "refusal", "refusal": "no"})]}).output_text == ""
    )


def test_a_sent_output_text_does_not_hide_the_computed_one() -> None:
    assert Response.model_validate({**ANSWER, "output_text": "stale"}).output_text == "Hello, world"


def test_on_the_answers_of_the_client(server: LoopbackServer) -> None:
    server.script(Reply(body=ANSWER), Reply(body=ANSWER))
    with sync_client(server.url, "openai") as client:
        assert client.responses.create(model="gpt-4o-mini", input="Hi").output_text == "Hello, world"
        assert client.responses.retrieve("resp_1").output_text == "Hello, world"


async def test_on_the_answers_of_the_async_client(server: LoopbackServer) -> None:
    server.script(Reply(body=ANSWER))
    async with async_client(server.url, "openai") as client:
        assert (await client.responses.create(model="gpt-4o-mini", input="Hi")).output_text == "Hello, world"
