"""The Assistants API's run streams: `runs.create`, `runs.submit_tool_outputs` and `threads.create_and_run`
with `stream=True` answer with a stream of `AssistantStreamEvent`s.

Each SSE event carries its type in the `event:` line and its object in `data:`; the client reads it as
`{"event": ..., "data": ...}` (the operation's `stream_enveloped` fact), typed by its `event` into the
union's variant. `event: done` / `data: [DONE]` ends the stream, `event: error` raises. These operations
are deprecated: each call warns once, which the tests expect.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest
from openai_connector import APIError, AsyncClient, Client, StreamInterruptedError
from openai_connector.types import (
    MessageDeltaObject,
    MessageStreamEventThreadMessageDelta,
    Run,
    RunStreamEventThreadRunCompleted,
    RunStreamEventThreadRunCreated,
)

from generator.mockserver import ReferenceServer
from tests._specs import OPENAI_SPEC, spec
from tests.runtime._helpers import FAST, OPENAI_KEY, no_leaks
from tests.support.loopback import LoopbackServer, Reply, sse_event


def run_object(status: str = "queued") -> dict[str, Any]:
    """A run as the API sends it."""
    return {
        "id": "run_1",
        "object": "thread.run",
        "created_at": 1700000000,
        "thread_id": "thread_1",
        "assistant_id": "asst_1",
        "status": status,
        "required_action": None,
        "last_error": None,
        "expires_at": None,
        "started_at": None,
        "cancelled_at": None,
        "failed_at": None,
        "completed_at": 1700000005 if status == "completed" else None,
        "incomplete_details": None,
        "model": "gpt-4o",
        "instructions": "Be brief.",
        "tools": [],
        "metadata": {},
        "usage": None,
        "temperature": 1.0,
        "top_p": 1.0,
        "max_prompt_tokens": None,
        "max_completion_tokens": None,
        "truncation_strategy": {"type": "auto", "last_messages": None},
        "tool_choice": "auto",
        "parallel_tool_calls": True,
        "response_format": "auto",
    }


MESSAGE_DELTA = {
    "id": "msg_1",
    "object": "thread.message.delta",
    "delta": {"content": [{"index": 0, "type": "text", "text": {"value": "Hello", "annotations": []}}]},
}
EVENTS = [
    sse_event(run_object(), "thread.run.created"),
    sse_event(MESSAGE_DELTA, "thread.message.delta"),
    sse_event(run_object("completed"), "thread.run.completed"),
    "event: done\ndata: [DONE]\n\n",
]
DEPRECATED = "is deprecated by the API"


def client(server: LoopbackServer) -> Client:
    return Client(OPENAI_KEY, base_url=f"{server.url}/v1", **FAST)


def async_client(server: LoopbackServer) -> AsyncClient:
    return AsyncClient(OPENAI_KEY, base_url=f"{server.url}/v1", **FAST)


@contextlib.contextmanager
def deprecated(operation: str) -> Iterator[None]:
    with pytest.warns(DeprecationWarning, match=f"{operation} .*{DEPRECATED}") as caught:
        yield
    assert len(caught) == 1


def check_events(events: list[Any]) -> None:
    """The three events, each typed by its `event` into its own class."""
    created, delta, completed = events
    assert isinstance(created, RunStreamEventThreadRunCreated)
    assert isinstance(created.data, Run)
    assert (created.event, created.data.id, created.data.status) == ("thread.run.created", "run_1", "queued")
    assert isinstance(delta, MessageStreamEventThreadMessageDelta)
    assert isinstance(delta.data, MessageDeltaObject)
    content = delta.data.delta.content
    assert content is not None
    assert content[0].text.value == "Hello"  # type: ignore[union-attr]
    assert isinstance(completed, RunStreamEventThreadRunCompleted)
    assert completed.data.status == "completed"


def test_runs_create_streams_typed_events_sync(server: LoopbackServer) -> None:
    server.script(Reply(sse=EVENTS))
    with no_leaks(server), client(server) as c:
        with deprecated("createRun"):
            stream = c.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)
        with stream:
            events = list(stream)
        assert stream.response.is_closed
    check_events(events)
    request = server.requests[0]
    assert (request.path, request.json()) == ("/v1/threads/thread_1/runs", {"assistant_id": "asst_1", "stream": True})


async def test_runs_create_streams_typed_events_async(server: LoopbackServer) -> None:
    server.script(Reply(sse=EVENTS))
    async with async_client(server) as c:
        with deprecated("createRun"):
            stream = await c.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)
        async with stream:
            events = [event async for event in stream]
    check_events(events)


def test_create_and_run_and_submit_tool_outputs_stream_sync(server: LoopbackServer) -> None:
    server.script(Reply(sse=EVENTS), Reply(sse=EVENTS))
    with client(server) as c:
        with deprecated("createThreadAndRun"):
            first = list(c.beta.threads.create_and_run(assistant_id="asst_1", stream=True))
        with deprecated("submitToolOuputsToRun"):
            second = list(
                c.beta.threads.runs.submit_tool_outputs(
                    thread_id="thread_1",
                    run_id="run_1",
                    tool_outputs=[{"tool_call_id": "call_1", "output": "42"}],
                    stream=True,
                )
            )
    check_events(first)
    check_events(second)
    assert [r.path for r in server.requests] == [
        "/v1/threads/runs",
        "/v1/threads/thread_1/runs/run_1/submit_tool_outputs",
    ]


async def test_create_and_run_and_submit_tool_outputs_stream_async(server: LoopbackServer) -> None:
    server.script(Reply(sse=EVENTS), Reply(sse=EVENTS))
    async with async_client(server) as c:
        with deprecated("createThreadAndRun"):
            first = await c.beta.threads.create_and_run(assistant_id="asst_1", stream=True)
        with deprecated("submitToolOuputsToRun"):
            second = await c.beta.threads.runs.submit_tool_outputs(
                thread_id="thread_1",
                run_id="run_1",
                tool_outputs=[{"tool_call_id": "call_1", "output": "42"}],
                stream=True,
            )
        check_events([event async for event in first])
        check_events([event async for event in second])


def test_not_streamed_still_returns_a_run(server: LoopbackServer) -> None:
    server.script(Reply(body=run_object()))
    with client(server) as c, deprecated("createRun"):
        run = c.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=False)
    assert isinstance(run, Run)
    assert run.id == "run_1"


def test_raw_response_parses_to_the_same_typed_stream(server: LoopbackServer) -> None:
    server.script(Reply(sse=EVENTS))
    with client(server) as c, deprecated("createRun"):
        raw = c.beta.threads.runs.with_raw_response.create(
            "thread_1",
            assistant_id="asst_1",
            stream=True,  # type: ignore[arg-type]  # mypy types an overloaded method's view from its first overload
        )
        check_events(list(raw.parse()))


def test_an_unknown_event_is_kept_as_it_came(server: LoopbackServer) -> None:
    later = sse_event({"id": "x_1"}, "thread.something.new")
    server.script(Reply(sse=[EVENTS[0], later, *EVENTS[1:]]))
    with client(server) as c, deprecated("createRun"):
        events = list(c.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True))
    unknown: object = events[1]  # `Open` keeps what no variant takes as it came
    assert unknown == {"event": "thread.something.new", "data": {"id": "x_1"}}
    check_events([events[0], *events[2:]])


def test_an_error_event_raises_with_its_message(server: LoopbackServer) -> None:
    error = {"code": "server_error", "message": "The run failed upstream.", "param": None, "type": "server_error"}
    server.script(Reply(sse=[EVENTS[0], sse_event(error, "error")]))
    seen: list[Any] = []
    with client(server) as c, deprecated("createRun"):
        stream = c.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)
        with pytest.raises(APIError, match=r"The stream reported an error: The run failed upstream\."):
            seen.extend(stream)
    assert [type(e) for e in seen] == [RunStreamEventThreadRunCreated]


def test_a_stream_cut_before_done_raises(server: LoopbackServer) -> None:
    server.script(Reply(sse=EVENTS[:2], cut=True))
    seen: list[Any] = []
    with client(server) as c, deprecated("createRun"):
        stream = c.beta.threads.runs.create("thread_1", assistant_id="asst_1", stream=True)
        with pytest.raises(StreamInterruptedError):
            seen.extend(stream)
    assert len(seen) == 2


def test_the_reference_servers_run_stream_is_typed_event_by_event() -> None:
    """`python -m generator serve` replays the spec's example stream. (Its examples for `runs.create` and
    `submit_tool_outputs` carry a stray `}` in some events, which the client rightly refuses.)"""
    with ReferenceServer([spec(OPENAI_SPEC)]) as server:
        with Client(OPENAI_KEY, base_url=f"{server.url}/v1", **FAST) as c, deprecated("createThreadAndRun"):
            events = list(c.beta.threads.create_and_run(assistant_id="asst_1", stream=True))
    assert [type(e).__name__ for e in events[:3]] == [
        "ThreadStreamEventThreadCreated",
        "RunStreamEventThreadRunCreated",
        "RunStreamEventThreadRunQueued",
    ]
    assert any(isinstance(e, MessageStreamEventThreadMessageDelta) for e in events)
    for event in events:  # each a model, of the class whose `event` is the SSE event's name
        assert type(event).model_fields["event"].annotation.__args__ == (event.event,)  # type: ignore[union-attr]
