"""`responses.stream(...)` and `responses.retrieve(id, stream=True)`: typed events, the final response."""

from __future__ import annotations

from typing import Any

import pytest
from openai_connector.lib import InvalidRequestError
from openai_connector.lib._streaming import AsyncStream, Stream
from openai_connector.lib.helpers._responses_stream_events import ResponseFunctionCallArgumentsDeltaEvent
from openai_connector.types.function_tool_call import FunctionToolCall
from openai_connector.types.output_message import OutputMessage
from openai_connector.types.output_text_content import OutputTextContent
from openai_connector.types.response import Response
from openai_connector.types.response_completed_event import ResponseCompletedEvent
from openai_connector.types.response_text_delta_event import ResponseTextDeltaEvent

from tests.runtime._helpers import async_client, sync_client
from tests.support.loopback import LoopbackServer, Reply, sse_event


def response(status: str, output: list[Any]) -> dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "status": status,
        "model": "gpt-4o-mini",
        "output": output,
    }


MESSAGE = {"type": "message", "id": "msg_1", "role": "assistant", "status": "completed"}
CALL = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "weather", "arguments": ""}
PART = {"type": "output_text", "text": "", "annotations": []}


def event(number: int, kind: str, **fields: Any) -> str:
    return sse_event({"type": kind, "sequence_number": number, **fields}, event=kind)


def text_delta(number: int, delta: str) -> str:
    return event(
        number, "response.output_text.delta", item_id="msg_1", output_index=0, content_index=0, delta=delta, logprobs=[]
    )


FINAL_OUTPUT = [{**MESSAGE, "content": [{**PART, "text": "Hello"}]}]
TEXT_EVENTS = [
    event(0, "response.created", response=response("in_progress", [])),
    event(1, "response.output_item.added", output_index=0, item={**MESSAGE, "status": "in_progress", "content": []}),
    event(2, "response.content_part.added", item_id="msg_1", output_index=0, content_index=0, part=PART),
    text_delta(3, "Hel"),
    text_delta(4, "lo"),
    event(5, "response.output_text.done", item_id="msg_1", output_index=0, content_index=0, text="Hello", logprobs=[]),
    event(6, "response.completed", response=response("completed", FINAL_OUTPUT)),
]


def first_text(response: Response) -> str:
    """The text of the first part of the response's first item, which must be a message's output_text."""
    message = response.output[0]
    assert isinstance(message, OutputMessage)
    part = message.content[0]
    assert isinstance(part, OutputTextContent)
    return part.text


def check_text_stream(events: list[Any], final: Any) -> None:
    assert [e.type for e in events] == [
        "response.created",
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
        "response.output_text.delta",
        "response.output_text.done",
        "response.completed",
    ]
    deltas = [e for e in events if e.type == "response.output_text.delta"]
    assert all(isinstance(e, ResponseTextDeltaEvent) for e in deltas)  # the API's model, with `snapshot` added
    assert [(e.delta, e.snapshot, e.sequence_number) for e in deltas] == [("Hel", "Hel", 3), ("lo", "Hello", 4)]
    assert isinstance(events[-1], ResponseCompletedEvent)
    assert isinstance(final, Response)
    assert (final.id, final.status) == ("resp_1", "completed")
    assert first_text(final) == "Hello"


def test_sync_stream_creates_a_response_and_yields_its_events(server: LoopbackServer) -> None:
    server.script(Reply(sse=TEXT_EVENTS))
    with sync_client(server.url, "openai") as client:
        with client.responses.stream(model="gpt-4o-mini", input="Hi") as stream:
            events = list(stream)
        final = stream.get_final_response()
        assert stream.response.is_closed
    check_text_stream(events, final)
    request = server.requests[0]
    assert (request.method, request.path) == ("POST", "/v1/responses")
    assert request.json() == {"model": "gpt-4o-mini", "input": "Hi", "stream": True}


async def test_async_stream_creates_a_response_and_yields_its_events(server: LoopbackServer) -> None:
    server.script(Reply(sse=TEXT_EVENTS))
    async with async_client(server.url, "openai") as client:
        async with client.responses.stream(model="gpt-4o-mini", input="Hi") as stream:
            events = [e async for e in stream]
        final = await stream.get_final_response()
    check_text_stream(events, final)


def test_function_call_argument_deltas_carry_the_arguments_so_far(server: LoopbackServer) -> None:
    def snapshot(event: object) -> str:
        assert isinstance(event, ResponseFunctionCallArgumentsDeltaEvent)  # the API's model, with `snapshot` added
        return event.snapshot

    def arguments(number: int, delta: str) -> str:
        return event(number, "response.function_call_arguments.delta", item_id="fc_1", output_index=0, delta=delta)

    done_call = {**CALL, "arguments": '{"city": "Oslo"}', "status": "completed"}
    server.script(
        Reply(
            sse=[
                event(0, "response.created", response=response("in_progress", [])),
                event(1, "response.output_item.added", output_index=0, item=CALL),
                arguments(2, '{"city": '),
                arguments(3, '"Oslo"}'),
                event(4, "response.completed", response=response("completed", [done_call])),
            ]
        )
    )
    with sync_client(server.url, "openai") as client:
        with client.responses.stream(model="gpt-4o-mini", input="Weather?") as stream:
            snapshots = [snapshot(e) for e in stream if e.type == "response.function_call_arguments.delta"]
            final = stream.get_final_response()
    assert snapshots == ['{"city": ', '{"city": "Oslo"}']
    call = final.output[0]
    assert isinstance(call, FunctionToolCall)
    assert call.arguments == '{"city": "Oslo"}'


def test_retrieve_with_stream_true_streams_the_events(server: LoopbackServer) -> None:
    server.script(Reply(sse=TEXT_EVENTS[4:]))
    with sync_client(server.url, "openai") as client:
        stream = client.responses.retrieve("resp_1", stream=True, starting_after=3)
        assert isinstance(stream, Stream)
        with stream:
            kinds = [e.type for e in stream]
    assert kinds == ["response.output_text.delta", "response.output_text.done", "response.completed"]
    request = server.requests[0]
    assert (request.method, request.path.split("?")[0]) == ("GET", "/v1/responses/resp_1")
    assert request.query == {"stream": ["true"], "starting_after": ["3"]}
    assert request.headers["accept"] == "text/event-stream"


async def test_async_retrieve_without_stream_is_still_a_response(server: LoopbackServer) -> None:
    server.script(Reply(body=response("completed", FINAL_OUTPUT)), Reply(sse=TEXT_EVENTS[6:]))
    async with async_client(server.url, "openai") as client:
        plain = await client.responses.retrieve("resp_1")
        streamed = await client.responses.retrieve("resp_1", stream=True)
        assert isinstance(streamed, AsyncStream)
        async with streamed:
            kinds = [e.type async for e in streamed]
    assert isinstance(plain, Response) and plain.status == "completed"
    assert kinds == ["response.completed"]
    assert "stream" not in server.requests[0].query


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_stream_by_response_id_resumes_after_a_sequence_number(server: LoopbackServer, mode: str) -> None:
    # The server may send again what came before `starting_after`; those events are not yielded.
    server.script(Reply(sse=TEXT_EVENTS[2:]))
    if mode == "sync":
        with sync_client(server.url, "openai") as client:
            with client.responses.stream(
                response_id="resp_1", starting_after=3, include=["reasoning.encrypted_content"]
            ) as stream:
                numbers = [e.sequence_number for e in stream]
                final = stream.get_final_response()
    else:
        async with async_client(server.url, "openai") as client:
            async with client.responses.stream(
                response_id="resp_1", starting_after=3, include=["reasoning.encrypted_content"]
            ) as stream:
                numbers = [e.sequence_number async for e in stream]
                final = await stream.get_final_response()
    assert numbers == [4, 5, 6]
    assert first_text(final) == "Hello"
    request = server.requests[0]
    assert request.path.split("?")[0] == "/v1/responses/resp_1"
    assert request.query == {"include": ["reasoning.encrypted_content"], "stream": ["true"], "starting_after": ["3"]}


def test_a_stream_without_response_completed_has_no_final_response(server: LoopbackServer) -> None:
    server.script(Reply(sse=[*TEXT_EVENTS[:5], event(5, "response.failed", response=response("failed", []))]))
    with sync_client(server.url, "openai") as client:
        with client.responses.stream(model="gpt-4o-mini", input="Hi") as stream:
            with pytest.raises(
                RuntimeError, match=r"without a response.completed event \(its last event: response.failed\)"
            ):
                stream.get_final_response()


def test_early_exit_closes_the_response(server: LoopbackServer) -> None:
    server.script(Reply(sse=TEXT_EVENTS[:3], stall=True))
    with sync_client(server.url, "openai") as client:
        with client.responses.stream(model="gpt-4o-mini", input="Hi") as stream:
            assert next(iter(stream)).type == "response.created"
        assert stream.response.is_closed
    assert server.wait_idle(5.0)


def test_bad_arguments_fail_before_anything_is_sent(server: LoopbackServer) -> None:
    with sync_client(server.url, "openai") as client:
        with pytest.raises(InvalidRequestError, match="model, temperature would create one") as caught:
            client.responses.stream(response_id="resp_1", model="gpt-4o-mini", temperature=0.2)  # type: ignore[call-overload]
        assert caught.value.param == "model"
        with pytest.raises(InvalidRequestError, match="starting_after needs response_id"):
            client.responses.stream(model="gpt-4o-mini", input="Hi", starting_after=2)  # type: ignore[call-overload]
        with pytest.raises(TypeError, match="'stream'"):
            client.responses.stream(model="gpt-4o-mini", input="Hi", stream=True)  # type: ignore[call-overload]
    assert server.requests == []
