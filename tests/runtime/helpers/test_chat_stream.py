"""`chat.completions.stream(...)`: typed events and the accumulated completion, sync and async, OpenAI and Azure."""

from __future__ import annotations

from typing import Any

import pytest
from openai_connector.lib.helpers._chat_stream_state import ChatCompletionStreamState

from tests.runtime._helpers import DEPLOYMENT, MESSAGES, PROVIDERS, Provider, async_client, chat_path, sync_client
from tests.support.loopback import LoopbackServer, Reply, sse_event

DONE = "data: [DONE]\n\n"
SAFE = {"hate": {"filtered": False, "severity": "safe"}}


def chunk(delta: dict[str, Any] | None, finish: str | None = None, index: int = 0, **extra: Any) -> str:
    choice: dict[str, Any] = {"index": index, "finish_reason": finish, **extra.pop("choice", {})}
    if delta is not None:
        choice["delta"] = delta
    body = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 7, "model": "gpt-4o-mini"}
    return sse_event({**body, "choices": [choice], **extra})


TEXT = [
    chunk({"role": "assistant", "content": ""}),
    chunk({"content": "Hel"}),
    chunk({"content": "lo"}),
    chunk({}, "stop"),
    sse_event(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion.chunk",
            "created": 7,
            "model": "gpt-4o-mini",
            "choices": [],
            "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
        }
    ),
    DONE,
]

# Azure OpenAI: prompt filter results first (empty `object`, no choices), filter results on each choice,
# and with asynchronous filtering, chunks whose choice carries only filter results (no `delta`).
AZURE_TEXT = [
    sse_event(
        {
            "id": "",
            "object": "",
            "created": 0,
            "model": "",
            "choices": [],
            "prompt_filter_results": [{"prompt_index": 0, "content_filter_results": SAFE}],
        }
    ),
    chunk({"role": "assistant", "content": ""}, choice={"content_filter_results": {}}),
    chunk({"content": "Hel"}, choice={"content_filter_results": SAFE}),
    sse_event(
        {
            "id": "",
            "object": "",
            "created": 0,
            "model": "",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": None,
                    "content_filter_offsets": {"check_offset": 0, "start_offset": 0, "end_offset": 3},
                    "content_filter_results": SAFE,
                }
            ],
        }
    ),
    chunk({"content": "lo"}, choice={"content_filter_results": SAFE}),
    chunk({}, "stop", choice={"content_filter_results": {}}),
    DONE,
]


def stream_args(provider: Provider) -> dict[str, Any]:
    return {"model": "gpt-4o-mini" if provider == "openai" else DEPLOYMENT, "messages": MESSAGES}


def read_sync(server: LoopbackServer, provider: Provider, **kwargs: Any) -> tuple[list[Any], Any]:
    with sync_client(server.url, provider) as client:
        with client.chat.completions.stream(**stream_args(provider), **kwargs) as stream:
            events = list(stream)
        return events, stream.get_final_completion()


async def read_async(server: LoopbackServer, provider: Provider, **kwargs: Any) -> tuple[list[Any], Any]:
    async with async_client(server.url, provider) as client:
        async with client.chat.completions.stream(**stream_args(provider), **kwargs) as stream:
            events = [event async for event in stream]
        return events, await stream.get_final_completion()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_sync_text_events_and_final_completion(server: LoopbackServer, provider: Provider) -> None:
    server.script(Reply(sse=TEXT if provider == "openai" else AZURE_TEXT))
    events, completion = read_sync(server, provider)
    types = [e.type for e in events]
    assert [t for t in types if t != "chunk"] == ["content.delta"] * 3 + ["content.done"]
    deltas = [e for e in events if e.type == "content.delta"]
    assert [(e.delta, e.snapshot) for e in deltas] == [("", ""), ("Hel", "Hel"), ("lo", "Hello")]
    assert next(e for e in events if e.type == "content.done").content == "Hello"
    assert completion.object == "chat.completion"
    assert (completion.id, completion.model, completion.created) == ("chatcmpl-1", "gpt-4o-mini", 7)
    [choice] = completion.choices
    assert (choice.message.role, choice.message.content, choice.finish_reason) == ("assistant", "Hello", "stop")
    request = server.requests[0]
    assert request.path.split("?")[0] == chat_path(provider)
    assert request.json()["stream"] is True


async def test_async_text_events_and_final_completion(server: LoopbackServer) -> None:
    server.script(Reply(sse=TEXT))
    events, completion = await read_async(server, "openai")
    assert [e.type for e in events].count("chunk") == 5
    assert "".join(e.delta for e in events if e.type == "content.delta") == "Hello"
    assert completion.choices[0].message.content == "Hello"
    assert completion.usage is not None and completion.usage.total_tokens == 5


async def test_async_azure_content_filter_chunks(server: LoopbackServer) -> None:
    server.script(Reply(sse=AZURE_TEXT))
    events, completion = await read_async(server, "azure")
    # The two annotation-only chunks yield no event; the four content chunks do.
    assert [e.type for e in events].count("chunk") == 4
    assert "".join(e.delta for e in events if e.type == "content.delta") == "Hello"
    assert completion.choices[0].message.content == "Hello"
    assert completion.model_extra["prompt_filter_results"][0]["content_filter_results"] == SAFE
    assert completion.choices[0].model_extra["content_filter_results"] == SAFE
    assert completion.choices[0].model_extra["content_filter_offsets"]["end_offset"] == 3


def tool_call(index: int, **fields: Any) -> dict[str, Any]:
    return {"tool_calls": [{"index": index, **fields}]}


TOOLS = [
    chunk({"role": "assistant", "content": None}),
    chunk(tool_call(0, id="call_a", type="function", function={"name": "weather", "arguments": ""})),
    chunk(tool_call(0, function={"arguments": '{"city": '})),
    chunk(tool_call(0, function={"arguments": '"Oslo"}'})),
    chunk(tool_call(1, id="call_b", type="function", function={"name": "time", "arguments": '{"tz"'})),
    chunk(tool_call(1, function={"arguments": ': "CET"}'})),
    chunk({}, "tool_calls"),
    DONE,
]


def check_tool_events(events: list[Any], completion: Any) -> None:
    steps = [
        (e.type.rsplit(".", 1)[1], e.index, e.name, e.arguments)
        for e in events
        if e.type.startswith("tool_calls.function.arguments")
    ]
    assert steps == [
        ("delta", 0, "weather", ""),
        ("delta", 0, "weather", '{"city": '),
        ("delta", 0, "weather", '{"city": "Oslo"}'),
        ("delta", 1, "time", '{"tz"'),
        ("done", 0, "weather", '{"city": "Oslo"}'),  # the first call is done when the second begins
        ("delta", 1, "time", '{"tz": "CET"}'),
        ("done", 1, "time", '{"tz": "CET"}'),  # the last one when the choice finishes
    ]
    assert not [e for e in events if e.type.startswith("content.")]
    [choice] = completion.choices
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    calls = [(c.id, c.type, c.function.name, c.function.arguments) for c in choice.message.tool_calls]
    assert calls == [
        ("call_a", "function", "weather", '{"city": "Oslo"}'),
        ("call_b", "function", "time", '{"tz": "CET"}'),
    ]
    assert "index" not in choice.message.tool_calls[0].model_dump()


def test_sync_tool_call_arguments_accumulate(server: LoopbackServer) -> None:
    server.script(Reply(sse=TOOLS))
    check_tool_events(*read_sync(server, "openai"))


async def test_async_tool_call_arguments_accumulate(server: LoopbackServer) -> None:
    server.script(Reply(sse=TOOLS))
    check_tool_events(*await read_async(server, "openai"))


def test_refusal_and_logprobs_events(server: LoopbackServer) -> None:
    def logprob(token: str) -> dict[str, Any]:
        return {"token": token, "logprob": -0.5, "bytes": list(token.encode()), "top_logprobs": []}

    server.script(
        Reply(
            sse=[
                chunk({"role": "assistant", "refusal": "I can"}, choice={"logprobs": {"refusal": [logprob("I can")]}}),
                chunk({"refusal": "'t."}, choice={"logprobs": {"refusal": [logprob("'t.")]}}),
                chunk({}, "stop"),
                DONE,
            ]
        )
    )
    events, completion = read_sync(server, "openai")
    kinds = [e.type for e in events if e.type != "chunk"]
    assert kinds == [
        "refusal.delta",
        "logprobs.refusal.delta",
        "refusal.delta",
        "logprobs.refusal.delta",
        "refusal.done",
        "logprobs.refusal.done",
    ]
    assert events[-2].refusal == "I can't."
    assert [t.token for t in events[-1].refusal] == ["I can", "'t."]
    assert completion.choices[0].message.refusal == "I can't."
    assert [t.token for t in completion.choices[0].logprobs.refusal] == ["I can", "'t."]


def test_several_choices_accumulate_apart(server: LoopbackServer) -> None:
    server.script(
        Reply(sse=[chunk({"content": "a"}, index=0), chunk({"content": "b"}, index=1), chunk({"content": "c"}), DONE])
    )
    events, completion = read_sync(server, "openai", n=2)
    assert [(e.choice_index, e.snapshot) for e in events if e.type == "content.delta"] == [
        (0, "a"),
        (1, "b"),
        (0, "ac"),
    ]
    assert [c.message.content for c in completion.choices] == ["ac", "b"]


def test_leaving_the_block_early_closes_the_response(server: LoopbackServer) -> None:
    server.script(Reply(sse=TEXT[:2], stall=True))
    with sync_client(server.url, "openai") as client:
        with client.chat.completions.stream(**stream_args("openai")) as stream:
            first = next(iter(stream))
            assert first.type == "chunk"
        assert stream.response.is_closed
    assert server.wait_idle(5.0)


async def test_async_leaving_the_block_early_closes_the_response(server: LoopbackServer) -> None:
    server.script(Reply(sse=TEXT[:2], stall=True))
    async with async_client(server.url, "openai") as client:
        async with client.chat.completions.stream(**stream_args("openai")) as stream:
            async for event in stream:
                assert event.type == "chunk"
                break
        assert stream.response.is_closed
    assert server.wait_idle(5.0)


def test_until_done_and_current_snapshot(server: LoopbackServer) -> None:
    server.script(Reply(sse=TEXT))
    with sync_client(server.url, "openai") as client:
        with client.chat.completions.stream(**stream_args("openai")) as stream:
            assert stream.until_done() is stream
            assert stream.current_completion_snapshot.choices[0].message.content == "Hello"


def test_bad_arguments_fail_before_anything_is_sent(server: LoopbackServer) -> None:
    with sync_client(server.url, "openai") as client:
        with pytest.raises(TypeError, match="'stream'"):
            client.chat.completions.stream(**stream_args("openai"), stream=True)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="temprature"):
            with client.chat.completions.stream(**stream_args("openai"), temprature=0.5):  # type: ignore[call-arg]
                pass
    assert server.requests == []


def test_the_azure_typed_resource_streams_too(server: LoopbackServer) -> None:
    """`client.azure.chat.completions` (Azure's own spec) has the helper as well: same events, same completion."""
    server.script(Reply(sse=AZURE_TEXT))
    with sync_client(server.url, "azure") as client:
        with client.azure.chat.completions.stream(deployment_id=DEPLOYMENT, messages=MESSAGES) as stream:
            text = "".join(e.delta for e in stream if e.type == "content.delta")
        completion = stream.get_final_completion()
    assert text == completion.choices[0].message.content == "Hello"
    assert server.requests[0].path.split("?")[0] == chat_path("azure")


def test_the_state_accumulates_the_chunks_of_create_stream_true(server: LoopbackServer) -> None:
    """Used alone, over a plain stream; a server that repeats `role` and leaves out the choice `index` too."""
    body = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m"}
    server.script(
        Reply(
            sse=[
                sse_event({**body, "choices": [{"delta": {"role": "assistant", "content": "Hel"}}]}),
                sse_event(
                    {**body, "choices": [{"delta": {"role": "assistant", "content": "lo"}, "finish_reason": "stop"}]}
                ),
                DONE,
            ]
        )
    )
    state = ChatCompletionStreamState()
    with sync_client(server.url, "openai") as client:
        for piece in client.chat.completions.create(**stream_args("openai"), stream=True):
            state.handle_chunk(piece)
    [choice] = state.get_final_completion().choices
    assert (choice.index, choice.message.role, choice.message.content) == (0, "assistant", "Hello")
